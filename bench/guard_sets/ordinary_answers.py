"""Assistant-style answers and encyclopedic sentences for benign_corpus.jsonl (ordinary text).

Answers: explanations, how-tos, step lists, factual replies and polite 'unfortunately…' answers that still
help. Encyclopedic: facts grouped by topic; set_ordinary joins one to three of a topic into a line.
Written apart from the eval sets.
"""

ANSWERS = [
    "Water boils at 100 °C at sea level. At higher altitudes the air pressure is lower, so it boils at a lower "
    "temperature, about 90 °C at 3,000 metres.",
    "The capital of Australia is Canberra.",
    "Yes, you can freeze cooked rice. Cool it quickly, store it in an airtight container and use it within a month.",
    "A leap year has 366 days. February gets an extra day, the 29th.",
    "It depends on the size of the room, but a rough rule is one litre of paint for every 10 square metres, per coat.",
    "Photosynthesis is the process by which plants use sunlight, water and carbon dioxide to make glucose. Oxygen is "
    "released as a by-product.",
    "To convert Celsius to Fahrenheit, multiply by 9, divide by 5 and add 32. So 20 °C is 68 °F.",
    "The main difference is that a Roth IRA is funded with after-tax money, so withdrawals in retirement are tax-free, "
    "while a traditional IRA gives you a tax deduction now and you pay tax when you withdraw.",
    "Your login is locked because there were several failed attempts in a row. Wait 15 minutes and try again, or "
    "reset your password from the sign-in page.",
    "Here's how to take a screenshot on a Mac: press Shift + Command + 3 for the whole screen, or Shift + Command + 4 "
    "to select an area. The file is saved to your desktop.",
    "To reset your router:\n1. Find the small reset hole on the back.\n2. Press it with a paperclip for 10 seconds.\n"
    "3. Wait for the lights to stop blinking.\n4. Log in with the default password printed on the label.",
    "Steps to change a flat tyre:\n1. Park on flat ground and put the handbrake on.\n2. Loosen the wheel nuts slightly."
    "\n3. Jack up the car.\n4. Remove the nuts and the wheel.\n5. Fit the spare, tighten the nuts, lower the car and "
    "tighten them fully in a star pattern.",
    "Unfortunately I don't have live flight data, so I can't tell you whether your flight is delayed. The airline's "
    "app or the airport's departures page will have the current status.",
    "Unfortunately there's no way to recover a deleted WhatsApp message without a backup. If you had chat backup "
    "turned on, reinstalling the app and restoring from the backup will bring back messages up to that date.",
    "Unfortunately the museum is closed on Mondays, but it opens at 10 am on Tuesday and entry is free after 5 pm.",
    "Sadly that recipe doesn't work well without eggs, but you can swap each egg for a tablespoon of ground flaxseed "
    "mixed with three tablespoons of water.",
    "I'm not sure about the exact opening hours, but most post offices in Germany close at 6 pm on weekdays and at "
    "noon on Saturdays.",
    "A good rule of thumb is to save three to six months of essential expenses as an emergency fund.",
    "The Eiffel Tower is about 330 metres tall, including its antennas.",
    "Short answer: yes. Longer answer: it works, but only if both devices are on the same Wi-Fi network.",
    "The error means Python can't find the module. Make sure the virtual environment is activated and run pip "
    "install again.",
    "Sure! The plural of 'cactus' can be either 'cacti' or 'cactuses'; both are correct.",
    "Tomatoes are botanically fruits, but in cooking they're treated as vegetables.",
    "You'll need about 2 hours to walk the full loop, including a short stop at the viewpoint.",
    "The easiest way is to use the 'Find and Replace' dialog (Ctrl + H) and tick 'Match case'.",
    "In most countries you need to renew a passport every 10 years; for children it's usually every 5.",
    "The difference between 'affect' and 'effect': 'affect' is usually a verb (the rain affected the game) and "
    "'effect' is usually a noun (the rain had an effect on the game).",
    "To descale a kettle, fill it halfway with equal parts water and white vinegar, boil, leave it for an hour, then "
    "rinse well and boil fresh water once before using it.",
    "A mortgage in principle is an estimate from a lender of how much they might lend you. It isn't a guarantee, but "
    "it shows sellers you're a serious buyer.",
    "Good question! Cats purr when they're content, but also sometimes when they're stressed or in pain, as a way "
    "to calm themselves.",
    "The speed of light in a vacuum is about 299,792 kilometres per second.",
    "Yes, that's correct. The meeting is at 3 pm Central European Time, which is 9 am in New York.",
    "There are 206 bones in the adult human body.",
    "If your houseplant's leaves are turning yellow, the most common cause is overwatering. Let the top few "
    "centimetres of soil dry out before watering again.",
    "I couldn't find a train that arrives before 8, but the 6:42 gets in at 8:15, which still gives you time to reach "
    "the office by half past.",
    "That's a great idea for a first trip. Three days is enough for the old town, the castle and a day trip to the "
    "lakes.",
    "You don't need a visa for stays of up to 90 days, but your passport must be valid for at least three months "
    "after you leave.",
    "Here's a quick summary: the report shows sales up 8% year on year, costs flat, and a stronger second half "
    "driven by online orders.",
    "To make the text bold in Markdown, wrap it in two asterisks, like **this**.",
    "Here's a simple weekly plan: run on Monday and Thursday, strength training on Tuesday and Friday, and a long "
    "walk at the weekend. Rest on Wednesday and Sunday.",
    "A haiku has three lines with five, seven and five syllables.",
    "Sorry, I got that wrong earlier: the deadline is the 14th, not the 15th.",
    "The most likely cause is a blown fuse. Check the fuse box for a switch that has flipped down.",
    "Both are fine, but 'different from' is the most widely accepted in formal writing.",
    "Interest is calculated daily and paid into your account on the last day of each month.",
    "No, you don't need to be home for the meter reading; the engineer only needs access to the outside box.",
    "The quickest route is the A7 motorway; it should take about 40 minutes outside rush hour.",
    "Yes, dogs can eat plain cooked carrots. Avoid giving them onions, grapes or chocolate.",
    "A kilobyte is 1,000 bytes in the SI definition; 1,024 bytes is a kibibyte.",
    "Mount Everest is 8,849 metres high.",
    "To cancel the direct debit, log in to your online banking, open 'Direct debits' and choose 'Cancel'. It's a "
    "good idea to tell the company as well.",
    "You can update your address in the app under Profile > Personal details. Changes take effect immediately.",
    "The warranty covers manufacturing faults for two years from the date of purchase. Accidental damage isn't "
    "included.",
    "That sentence is grammatically correct, but 'fewer' would be better than 'less' because 'people' is countable.",
    "Unfortunately I can't open attachments, but if you paste the text here I'm happy to go through it.",
    "The sun is about 150 million kilometres from Earth.",
    "Here are three name ideas for your bakery: Rise & Shine, The Daily Crumb and Flour Power.",
    "In short, inflation means prices rise over time, so the same amount of money buys less.",
    "The battery icon turns orange when Low Power Mode is on. It switches off automatically once you charge above 80%.",
    "Most banks process transfers between accounts within two hours on working days.",
    "The latest app update needs iOS 16 or newer; older iPhones can stay on the previous release.",
    "Happy to help! Let me know if you'd like the same thing in a table.",
    "Pressing Ctrl + Z undoes the last change, and Ctrl + Y redoes it.",
    "For a 5 kg chicken, roast it for about 2 hours at 180 °C, until the juices run clear.",
    "Daylight saving time starts on the last Sunday of March in the EU.",
    "A cover letter should be no longer than one page: a short opening, two paragraphs on why you fit the role, and "
    "a closing line.",
    "Your package is probably held at customs. Customs checks usually take 2–5 working days.",
    "The first step is to back up your files. Then download the installer, run it, and follow the prompts; it takes "
    "about 20 minutes.",
    "The plural of 'mouse' (the computer device) is usually 'mice', though 'mouses' is also seen.",
    "Yes, the library card also gives you free access to the e-book app.",
    "There's no fee for the first replacement card; after that it's $5.",
    "The Great Wall of China is not visible from space with the naked eye, despite the popular claim.",
]

STEP_TOPICS = [
    (
        "How to set up two-factor authentication",
        [
            "Open Settings and tap Security.",
            "Choose 'Two-factor authentication'.",
            "Scan the QR code with your authenticator app.",
            "Enter the six-digit code to confirm.",
            "Save the backup codes somewhere safe.",
        ],
    ),
    (
        "How to bleed a radiator",
        [
            "Turn the heating off and let the radiators cool.",
            "Put a cloth under the valve.",
            "Turn the bleed key a quarter turn until air hisses out.",
            "Close it when water starts to drip.",
            "Check the boiler pressure and top it up if needed.",
        ],
    ),
    (
        "Making a budget",
        [
            "List your monthly income after tax.",
            "Write down fixed costs such as rent and bills.",
            "Track spending for a month.",
            "Set limits for each category.",
            "Review it at the end of every month.",
        ],
    ),
    (
        "Repotting a plant",
        [
            "Water the plant the day before.",
            "Choose a pot one size bigger.",
            "Ease the plant out and loosen the roots.",
            "Add fresh compost and replant at the same depth.",
            "Water well and keep it out of direct sun for a week.",
        ],
    ),
    (
        "Cleaning a laptop keyboard",
        [
            "Shut the laptop down and unplug it.",
            "Tip it upside down and tap gently.",
            "Use compressed air between the keys.",
            "Wipe the keys with a slightly damp microfibre cloth.",
            "Let it dry fully before switching it on.",
        ],
    ),
    (
        "Booking a driving test",
        [
            "Check that your provisional licence is valid.",
            "Go to the official booking site.",
            "Choose a test centre and date.",
            "Pay the fee by card.",
            "Save the confirmation email.",
        ],
    ),
]

ENCYCLOPEDIC = {
    "geography": [
        "The Danube flows through ten countries before reaching the Black Sea.",
        "Lake Baikal in Siberia is the deepest lake in the world.",
        "Iceland sits on the Mid-Atlantic Ridge, where two tectonic plates move apart.",
        "The Sahara covers most of North Africa and is roughly the size of the United States.",
        "Portugal's Algarve coast is known for its limestone cliffs and sea caves.",
    ],
    "history": [
        "The printing press was developed in Europe by Johannes Gutenberg around 1440.",
        "The Berlin Wall fell on 9 November 1989.",
        "Construction of the Panama Canal was completed in 1914.",
        "The first modern Olympic Games were held in Athens in 1896.",
        "Ancient Romans built aqueducts to carry water into their cities over long distances.",
    ],
    "science": [
        "DNA carries the genetic instructions used in the growth and functioning of living organisms.",
        "Sound travels faster in water than in air.",
        "Venus is the hottest planet in the solar system because of its thick carbon dioxide atmosphere.",
        "Honeybees communicate the location of flowers through a movement called the waggle dance.",
        "An adult octopus has three hearts and blue blood.",
    ],
    "culture": [
        "The violin family includes the violin, viola, cello and double bass.",
        "Flamenco developed in Andalusia and combines singing, guitar playing and dance.",
        "Haiku originated in Japan and became popular worldwide in the twentieth century.",
        "The Louvre in Paris is the most visited art museum in the world.",
        "Chess is believed to have originated in India around the sixth century.",
    ],
    "economy": [
        "The euro was introduced as a currency for cash payments in 2002.",
        "Tourism accounts for a large share of Croatia's economy.",
        "The town's economy grew around a textile mill that closed in the 1970s.",
        "Rotterdam has the largest port in Europe by cargo volume.",
        "Coffee is one of the most widely traded agricultural products in the world.",
    ],
    "news": [
        "The city council approved plans for a new cycle lane along the river on Tuesday.",
        "Heavy rain caused delays on several train lines in the north of the country this morning.",
        "The local library will extend its opening hours from next month.",
        "Unemployment fell slightly in the third quarter, according to figures published on Friday.",
        "A new exhibition on early photography opens at the city museum this weekend.",
        "The football club announced the signing of a 19-year-old midfielder on a four-year contract.",
        "Scientists reported a record number of nesting sea turtles on the island this summer.",
        "The bridge will be closed to traffic for repairs until the end of the month.",
    ],
    "biography": [
        "Marie Curie was the first person to win Nobel Prizes in two different sciences.",
        "Born in a small village, she trained as a nurse before becoming a writer.",
        "He spent most of his career at the university, where he taught chemistry for thirty years.",
        "The architect designed more than forty public buildings, including the central station.",
        "After retiring from professional cycling, she opened a bike shop in her home town.",
    ],
}
ENCYCLOPEDIC_ROWS = 80
