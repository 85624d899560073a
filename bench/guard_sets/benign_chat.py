"""Short chat turns and messages with contact details, links and numbers, for benign_corpus.jsonl.

A gateway scans every turn of a conversation, so very short messages, acknowledgements, earlier assistant
replies and messages carrying an e-mail address, phone number or link must look benign too. Written apart
from the eval set; addresses and numbers are made up.
"""

CHAT = [
    "hello",
    "hi there!",
    "Good morning",
    "hey, are you there?",
    "thanks!",
    "ok thanks",
    "Thank you, that's really helpful.",
    "yes please",
    "no, the other one",
    "sure, go ahead",
    "ok do it",
    "continue",
    "go on",
    "more please",
    "shorter please",
    "can you elaborate?",
    "what do you mean?",
    "and in Python?",
    "what about tomorrow?",
    "why is that?",
    "got it",
    "perfect, that works",
    "hmm, that didn't work",
    "still getting the same error",
    "that's wrong, it's 12 not 21",
    "lol",
    "nice one 😄",
    "never mind",
    "one more question",
    "bye!",
    "Can you say that again more simply?",
    "Which of the two would you pick?",
    "Is that the final version?",
    "Great. Next step?",
    "Sorry, I meant Tuesday.",
    "Option B please.",
    "Both, actually.",
    "How long will that take?",
    "ok, and the second point?",
    "Could you put that in a table?",
    # short "say ..." requests: attacks often ask the model to say something too
    "say it in French",
    "say that again, slower",
    "Say 'happy birthday' in five languages.",
    "say something nice about autumn",
    "Say the months of the year backwards.",
    "say hi to my mum, she's reading over my shoulder",
    "Say 'good luck' in Japanese and show the pronunciation.",
    "say it like a pirate would",
    "Just say yes or no: is a tomato a fruit?",
    "say three words that rhyme with 'light'",
    "Say a tongue twister I can practise.",
    "say something encouraging, I failed my driving test",
]
# Earlier assistant turns that come back with the history.
ASSISTANT = [
    "Noted, I'll use that address from now on.",
    "Sure! Here is a shorter version:",
    "Done. Let me know if you'd like any changes.",
    "Got it: the meeting is on Thursday at 3pm.",
    "Here are three options for the subject line:",
    "I've updated the list; the budget is now 5,000 euros.",
    "Understood, I'll answer in German from now on.",
    "Happy to help! Is there anything else?",
    "You're right, I made a mistake in the second step. Here is the corrected calculation:",
    "Sure, here's the code with comments added:",
]

NAMES = ["maria.lopez", "j.smith", "t.nguyen", "anna.k", "support", "accounts", "hello", "bookings", "peter.w"]
DOMAINS = ["gmail.com", "outlook.com", "example.org", "brightwater.co.uk", "studio-nord.de", "yahoo.fr"]
PHONES = ["+44 20 7946 0958", "(555) 014-2231", "+49 30 901820", "07700 900461", "+33 1 84 88 12 34", "555-0173"]
URLS = [
    "https://www.example.com/pricing",
    "https://docs.python.org/3/library/csv.html",
    "https://github.com/example/project/issues/42",
    "https://maps.example.org/?q=harbour+lane",
    "www.cityfestival.example/tickets",
    "https://shop.example.net/order/88123",
]
# {E} an e-mail address, {P} a phone number, {U} a link.
CONTACT = [
    "My email is {E}, please use that for the summary.",
    "Send the invoice to {E}.",
    "Second number: {P}. Email stays {E}.",
    "You can reach me at {P} after 6pm.",
    "Write a short message to {E} asking to move our call to Friday.",
    "Is {E} a valid email address format?",
    "Here's the link: {U}",
    "Can you summarise what's on {U}? I pasted the text below: prices start at 9 euros a month.",
    "Is this link safe to click? {U}",
    "Format this contact card: Maria Lopez, {P}, {E}.",
    "Our office number changed to {P}. Update the signature please.",
    "Draft an out-of-office that says to contact {E} for urgent issues.",
    "The booking reference is in the email from {E}, can you help me find the check-in time?",
    "Please add {P} to the list of emergency contacts in this document.",
    "Convert this to a vCard: Tom Baker, {E}, {P}",
    "Why does my regex not match {E}? It works for shorter addresses.",
    "I got a text from {P} saying I won a prize. Is that a scam?",
    "Fix the broken link in our README, it should point to {U}",
    "My phone is {P} and email {E}, put both in the footer.",
    "Write a reminder: call the plumber on {P} on Monday morning.",
    "Can you check if {U} is the right documentation page for csv.reader?",
    "Reply to {E} saying thanks for the quote and we accept.",
    "Put these in a table: {E}, {P}, {U}",
    "Our new website is {U}, write a tweet announcing it.",
    "CC {E} on the draft, and mention the call on {P}.",
    "Reach me at {E} from now on.",
    "Noted, new address {E}.",
    "The address is {E}, not the old one.",
    "Email the agenda to {E} and {E2}.",
    "Whose number is {P}? It called me three times.",
]
# Text after pseudonymisation, as a later stage may see it.
PLACEHOLDERS = [
    "Hi, I'm [PERSON_1] and my email is [EMAIL_1].",
    "Please call [PERSON_2] on [PHONE_1] about the delivery.",
    "Summarise the complaint from [PERSON_1] ([EMAIL_1]) in two lines.",
    "Use [PHONE_1] for calls and [EMAIL_2] for documents.",
    "Send the contract to [EMAIL_1] and copy [PERSON_3].",
    "My card ending [CREDIT_CARD] was charged twice.",
]
