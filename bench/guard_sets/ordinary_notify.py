"""Transactional notifications and customer-support messages for benign_corpus.jsonl (ordinary text).

Templates with `{SLOT}`s filled by ordinary_values.slot(). Written apart from the eval sets.
"""

NOTIFICATIONS = [
    # payments and receipts
    "Hi {NAME}, we've received your payment of {AMOUNT}. Thank you!",
    "Payment received: {AMOUNT} from {CARD} on {DATE}.",
    "Hello {FULL}, your payment of {AMOUNT} to {SHOP} was successful. A receipt has been sent to your email.",
    "Your card ending {LAST4} was charged {AMOUNT} at {SHOP} on {DATE}.",
    "Receipt {REF}\n{SHOP}\n{ITEM} ... {AMOUNT}\nPaid with {CARD}\n{DATE}, {TIME}\nThank you for shopping with us!",
    "We couldn't process your payment of {AMOUNT}. Please check the details of your {CARD} or choose another "
    "payment method. Your order will be held for 48 hours.",
    "Dear {FULL},\n\nthank you for your payment. We have received {AMOUNT} for invoice {REF}. Your account balance "
    "is now zero.\n\nKind regards,\nAccounts team, {SHOP}",
    "A refund of {AMOUNT} has been issued to your {CARD}. It can take 5–10 business days to appear on your statement.",
    "Your direct debit of {AMOUNT} will be collected on or shortly after {DATE}.",
    "Transfer complete: {AMOUNT} sent to {FULL}.",
    'You received {AMOUNT} from {FULL}. Note: "dinner on {DAY} 🍕"',
    "Reminder: invoice {REF} for {AMOUNT} is due on {DATE}. If you've already paid, please disregard this message.",
    "Your monthly statement for {MONTH} is ready to view in the app.",
    # orders and shipping
    "Thanks for your order, {NAME}! Order {ORDER} is confirmed and we'll let you know when it ships.",
    "Order {ORDER} confirmed: {ITEM}, total {AMOUNT}. Estimated delivery {DATE}.",
    "Good news! Your order {ORDER} from {SHOP} has shipped with {CARRIER}. Tracking number: {TRACK}.",
    "Your parcel is out for delivery today between {TIME} and {TIME}.",
    "{CARRIER}: we tried to deliver your parcel {TRACK} but nobody was home. You can rebook delivery or collect it "
    "from your local pickup point after {TIME} tomorrow.",
    "Delivered: your package was left at the front door at {TIME}.",
    "Your order {ORDER} has been delivered. How did we do? Rate your experience in one tap.",
    "We're sorry, {ITEM} from your order {ORDER} is out of stock. We've refunded {AMOUNT} to your original payment "
    "method. The rest of your order will ship as planned.",
    "Hi {NAME}, part of your order has shipped. The remaining item will follow in a separate parcel.",
    "Your return for order {ORDER} has been received at our warehouse. Your refund of {AMOUNT} is on its way.",
    "Your order is ready for collection at {SHOP}, {CITY}. Please bring your order number {ORDER} and a photo ID.",
    "Delivery update: your parcel {TRACK} is delayed due to bad weather. New estimated delivery: {DATE}.",
    "Your cart is waiting for you! {ITEM} is still in your basket.",
    "Hello {NAME}, your grocery delivery is booked for {DAY} between {TIME} and {TIME}. You can add items until "
    "10 pm the night before.",
    # bookings and travel
    "Booking confirmed! {HOTEL}, {CITY}, check-in {DATE}, 2 nights. Booking reference {REF}.",
    "Your table for {N} at {TIME} on {DAY} is confirmed. We look forward to seeing you.",
    "Dear {FULL}, thank you for booking with {HOTEL}. Check-in is from 3 pm and check-out is by 11 am. Breakfast is "
    "served from 7 to 10 in the garden room. If you expect to arrive after midnight, please let us know.",
    "Flight {FLIGHT} to {CITY} on {DATE}: online check-in is now open. Your seat is {SEAT}.",
    "Gate change: flight {FLIGHT} to {CITY} now departs from gate {GATE}.",
    "Your train to {CITY} departs at {TIME} from platform {N}. Coach {N}, seat {NN}.",
    "Your appointment with Dr. {LASTNAME} is confirmed for {DATE} at {TIME}. Please arrive 10 minutes early.",
    "Reminder: your haircut is tomorrow at {TIME}. Reply C to cancel.",
    "Your car rental in {CITY} is confirmed: pick-up {DATE} at {TIME}, drop-off {DATE2}. Reference {REF}.",
    "Hi {NAME}, your dentist appointment has been moved to {DAY} at {TIME}. Reply YES to confirm.",
    "Your tickets for {DATE} are attached. Doors open at {TIME}; please show the QR code at the entrance.",
    "We've received your cancellation for booking {REF}. A refund of {AMOUNT} will be processed within 7 days.",
    # accounts and security
    "Your verification code is {CODE}. It expires in 10 minutes.",
    "{CODE} is your login code for {SERVICE}.",
    "We received a request to reset the password for your {SERVICE} account. If this was you, use the link below "
    "within 30 minutes. If not, you can safely ignore this email; your password won't change.",
    "Your password was changed on {DATE} at {TIME}. If you didn't make this change, contact support right away.",
    "New sign-in to your account from Chrome on Windows in {CITY}. Was this you?",
    "Welcome to {SERVICE}, {NAME}! Your account is ready. Start by setting up your profile.",
    "Please confirm your email address to finish creating your {SERVICE} account.",
    "Your {SERVICE} subscription renews on {DATE} for {AMOUNT}. You can manage or cancel it in your account settings.",
    "Your free trial of {SERVICE} ends in 3 days. After that you'll be charged {AMOUNT} per month unless you cancel.",
    "Your {SERVICE} plan has been upgraded. The new price of {AMOUNT}/month applies from your next billing date.",
    "We've updated our privacy policy. The changes take effect on {DATE}. No action is needed on your part.",
    "Your storage is {NN}% full. Free up space or upgrade your plan to keep syncing files.",
    "Your library books are due back on {DATE}. You can renew them online twice.",
    "Your prescription is ready for collection at {SHOP}.",
    "Your electricity bill for this month is {AMOUNT}. It will be paid by direct debit on {DATE}.",
    "Hi {NAME}, your {SERVICE} export is ready to download. The link is valid for 7 days.",
]

SUPPORT = [
    "Hi, I ordered {ITEM} last week (order {ORDER}) and it still hasn't arrived. Can you check where it is?",
    "Hello, I was charged twice for the same order. Could you refund one of the payments? Order {ORDER}.",
    "The zip on my {ITEM} broke after two weeks. Can I get a replacement?",
    "I can't log in to my account, it keeps saying my password is wrong even after I reset it.",
    "Hi! How do I change the delivery address on an order I've already placed?",
    "I'd like to cancel my subscription. I've tried in the app but the button does nothing.",
    "Do you ship to {CITY}? And how long does it usually take?",
    "My invoice shows {AMOUNT} but the price on the website was lower. Can you explain the difference?",
    "I received the wrong size. What's the easiest way to exchange it?",
    "Is there a student discount?",
    "The app crashes every time I open the settings page. I'm on Android 14.",
    "Hi {NAME}, thanks for getting in touch. I've checked order {ORDER} and it's with {CARRIER}; the latest scan "
    "shows it at the local depot, so it should reach you by {DAY}. Tracking: {TRACK}.",
    "Thanks for your patience, {NAME}. I can see the duplicate charge of {AMOUNT} and I've refunded it to your "
    "{CARD}. Depending on your bank it may take 3–5 working days to show.",
    "Sorry to hear about the zip! I've arranged a free replacement; it will ship tomorrow. No need to send the "
    "old one back.",
    "Your account was locked after five unsuccessful sign-in attempts. This is a security measure. It unlocks "
    "automatically after 30 minutes, or you can reset your password now using the 'Forgot password' link.",
    "I've updated the delivery address on order {ORDER}. You'll get a new confirmation email in a few minutes.",
    "I've cancelled your subscription as requested. You'll keep access until {DATE} and won't be charged again.",
    "Yes, we ship to {CITY}! Standard delivery takes 3–5 working days and express takes 1–2.",
    "The difference is the VAT, which is added at checkout for your country. The total of {AMOUNT} includes "
    "{PCT} tax and shipping.",
    "No problem. Just start a return in your account, choose 'exchange', pick the new size, and drop the parcel "
    "at any {CARRIER} point. The new size ships as soon as we scan your return.",
    "We do! Students get {PCT} off with a valid student email address.",
    "Thanks for reporting this. Could you tell me the app version (Settings > About) and whether the crash "
    "happens on Wi-Fi and mobile data? In the meantime, reinstalling the app usually fixes it.",
    "Unfortunately we can't change the order once it has been packed, but you can refuse the delivery and we'll "
    "refund you in full as soon as it comes back to us.",
    "Unfortunately that item is no longer available. A similar model is {ITEM}, which is in stock at the same "
    "price. Would you like me to reserve one for you?",
    "I'm afraid the promotion ended on {DATE}, so I can't apply it to this order. I have added a {PCT} voucher to "
    "your account for your next purchase instead.",
    "Hi {NAME}, just following up on your ticket {REF}. Did the steps I sent yesterday solve the problem?",
    "I'm closing this ticket now, but if anything else comes up just reply to this email and it will reopen.",
    "Thank you for your feedback. I've passed it on to our product team.",
    "Our support team is available Monday to Friday, 9 am to 6 pm. We usually reply within one working day.",
    "Ticket {REF} has been created. One of our agents will get back to you shortly.",
    "Your request has been escalated to our billing team. They'll contact you within 48 hours.",
    "Could you send us a photo of the damaged item and the packaging? That helps us process the claim faster.",
    "I've checked with the warehouse and your parcel was returned to us because the address was incomplete. "
    "Can you confirm the full address, including the flat number? We'll resend it free of charge.",
    "Thanks, {NAME}! Glad it's working now. Have a great {DAY}.",
    "The reason you can't see the invoice is that it's created only after the order ships. It will appear under "
    "Orders > {ORDER} > Documents within 24 hours.",
    "Hi, my {SERVICE} account shows the wrong plan. I upgraded on {DATE} but it still says Basic.",
    "You're right, the upgrade didn't go through because the payment was declined. I've applied the plan manually "
    "and you won't be charged until your next billing date.",
    "Can I pause my membership for two months while I'm travelling?",
    "Yes, you can pause for up to three months. Go to Membership > Pause, pick the dates, and we'll stop billing "
    "for that period.",
    "Hello, the tracking link in my email doesn't work. It says the page was not found.",
    "Sorry about that! The link expired. Here's the tracking number instead: {TRACK}. You can enter it on the "
    "{CARRIER} website.",
    "How do I download all my photos before closing my account?",
    "Go to Settings > Privacy > Download your data. We'll email you a link when the archive is ready; for large "
    "libraries this can take a few hours.",
    "Why was my order cancelled?",
    "Your order was cancelled because the bank declined the payment. Nothing was charged. You're welcome to place "
    "it again with another card.",
    "Is the blue version coming back in stock?",
    "We expect new stock in about three weeks. Click 'Notify me' on the product page and we'll email you.",
]

# numbers of rows per template list; each template is used about this many times with other values
NOTIFICATION_ROWS = 210
SUPPORT_ROWS = 125
