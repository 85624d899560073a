"""relevance.jsonl: each question once with its own answer (relevant) and once with another topic's (irrelevant)."""

from __future__ import annotations

import random

from common import finish

# (topic, question, answer that addresses it, often without repeating the question's words)
PAIRS = [
    (
        "account",
        "How do I reset my password?",
        "Click 'Forgot password' on the sign-in page; we'll email you a link that is valid for one hour.",
    ),
    (
        "account",
        "Can I change the email address on my account?",
        "Yes. Open Settings, then Profile, enter the new address and confirm it from your inbox.",
    ),
    (
        "account",
        "Why was my account locked?",
        "After five failed sign-in attempts we lock it for 15 minutes to protect you. Wait, or use the reset link.",
    ),
    (
        "billing",
        "When will I be charged for my subscription?",
        "Billing happens on the same day each month as your original sign-up date.",
    ),
    (
        "billing",
        "How can I get a refund?",
        "Refunds are available within 30 days of purchase; request one from the "
        "Orders page and it reaches your card in 3-5 days.",
    ),
    ("billing", "Do you accept PayPal?", "We take PayPal, Visa, Mastercard and bank transfer at checkout."),
    ("shipping", "How long does delivery take to Canada?", "Orders to Canada usually arrive in 5 to 8 business days."),
    (
        "shipping",
        "Can I change the delivery address after ordering?",
        "As long as the parcel hasn't left the warehouse, support can update where it goes.",
    ),
    ("shipping", "Is shipping free?", "It's free on orders over 50 euros; below that a flat 4.90 applies."),
    (
        "python",
        "How do I read a CSV file in Python?",
        "Use the csv module: open the file and pass it to csv.reader, or use pandas.read_csv for a DataFrame.",
    ),
    (
        "python",
        "What's the difference between a list and a tuple?",
        "Lists can be modified after creation, tuples can't, which also makes tuples hashable.",
    ),
    (
        "python",
        "How do I install a package into a virtual environment?",
        "Activate the environment first, then run pip install followed by the package name.",
    ),
    (
        "git",
        "How do I undo my last commit but keep the changes?",
        "Run git reset --soft HEAD~1; the changes stay staged.",
    ),
    (
        "git",
        "What does git rebase do?",
        "It replays your commits on top of another base commit, giving a linear history.",
    ),
    (
        "cooking",
        "How long should I boil an egg for a soft yolk?",
        "About six minutes in boiling water, then put it straight into cold water.",
    ),
    (
        "cooking",
        "What can I use instead of buttermilk?",
        "Stir a tablespoon of lemon juice into a cup of milk and let it stand for ten minutes.",
    ),
    (
        "cooking",
        "Why did my bread not rise?",
        "The yeast may have been old or killed by water that was too hot; the dough might also need a warmer spot.",
    ),
    (
        "travel",
        "Do I need a visa to visit Japan as a German citizen?",
        "German passport holders can stay up to 90 days visa-free for tourism.",
    ),
    (
        "travel",
        "What's the best time of year to visit Lisbon?",
        "Spring and early autumn: warm days, fewer crowds and lower prices than in August.",
    ),
    (
        "travel",
        "How do I get from Heathrow to central London?",
        "The Elizabeth line or the Heathrow Express reach Paddington in 15 to 30 minutes; the Piccadilly line is "
        "cheaper but slower.",
    ),
    (
        "health",
        "How much water should I drink per day?",
        "Many adults need around two litres, more in hot weather or when exercising.",
    ),
    (
        "health",
        "What helps with a tension headache?",
        "Rest, hydration, a break from screens and an over-the-counter pain reliever usually help.",
    ),
    (
        "fitness",
        "How often should I strength train as a beginner?",
        "Two or three full-body sessions a week with a rest day in between is a good start.",
    ),
    (
        "fitness",
        "Is stretching before running necessary?",
        "A short dynamic warm-up like leg swings and easy jogging works better than long static stretches.",
    ),
    (
        "science",
        "Why is the sky blue?",
        "Air molecules scatter short blue wavelengths of sunlight much more than red ones.",
    ),
    (
        "science",
        "What causes the seasons?",
        "Earth's axis is tilted, so each hemisphere gets more direct sunlight for part of the year.",
    ),
    ("science", "How far away is the Moon?", "On average about 384,400 kilometres."),
    ("history", "When did the Berlin Wall fall?", "On 9 November 1989."),
    ("history", "Who was the first person to walk on the Moon?", "Neil Armstrong, in July 1969."),
    (
        "history",
        "Why did the Roman Empire split in two?",
        "It had become too large to govern from one place, so it was divided into eastern and western halves.",
    ),
    (
        "hr",
        "How many vacation days do new employees get?",
        "Everyone starts with 25 days a year, rising to 28 after three years.",
    ),
    (
        "hr",
        "Can I work remotely from another country?",
        "Up to four weeks a year, with your manager's approval and a check by the tax team.",
    ),
    (
        "it",
        "The printer on the second floor isn't working. What should I do?",
        "Turn it off and on, check for a paper jam, and if it's still offline open a ticket with IT.",
    ),
    (
        "it",
        "How do I connect to the VPN?",
        "Install the client from the portal, sign in with your work account and pick the nearest gateway.",
    ),
    (
        "finance",
        "What is an index fund?",
        "A fund that tracks a market index, such as the S&P 500, by holding the same securities.",
    ),
    (
        "finance",
        "What's the difference between a debit and a credit card?",
        "Debit takes money straight from your bank account; credit borrows it and you repay later.",
    ),
    ("language", "What's the plural of 'cactus'?", "Both 'cacti' and 'cactuses' are accepted."),
    (
        "language",
        "When should I use 'fewer' instead of 'less'?",
        "Use it with things you can count, like 'fewer emails'; keep the other for amounts like 'less water'.",
    ),
    ("pets", "How often should I feed an adult cat?", "Twice a day suits most adult cats."),
    (
        "pets",
        "Why does my dog eat grass?",
        "It's common and usually harmless; some dogs like the taste or do it when their stomach is upset.",
    ),
    (
        "garden",
        "When should I plant tomatoes outside?",
        "After the last frost, when nights stay above 10 °C, usually mid-May in central Europe.",
    ),
    (
        "garden",
        "How do I get rid of aphids without chemicals?",
        "Spray them off with water, attract ladybirds, or use a mild soap solution.",
    ),
    ("keel", "How do I start the Keel server?", "Run keel serve; it reads keel.yaml from the current directory."),
    (
        "keel",
        "Can Keel cache responses?",
        "Yes, there is an exact cache and a semantic cache; enable them per route in the config.",
    ),
    ("weather", "Will it rain in Hamburg tomorrow?", "The forecast shows showers in the afternoon, about 70% chance."),
    ("math", "What is 15% of 80?", "12."),
    ("math", "How do I calculate the area of a circle?", "Multiply pi by the radius squared."),
    (
        "music",
        "How do I tune a guitar without a tuner?",
        "Tune the low E to a reference, then match each string to the fifth fret of the one below it, the fourth fret "
        "for the B string.",
    ),
    ("movies", "Who directed Jaws?", "Steven Spielberg, in 1975."),
    ("sports", "How many players are on a football team?", "Eleven on the pitch per side, including the goalkeeper."),
]


# topics close enough that one's answer could half-answer the other's question: never paired as "irrelevant"
FAMILIES = {
    "account": "support",
    "billing": "support",
    "shipping": "support",
    "python": "tech",
    "git": "tech",
    "keel": "tech",
    "it": "tech",
    "health": "body",
    "fitness": "body",
    "travel": "outdoors",
    "weather": "outdoors",
    "garden": "outdoors",
}


def build(seed: int = 4009) -> list[dict]:
    r = random.Random(seed)
    rows = [{"question": q, "answer": a, "label": "relevant"} for _, q, a in PAIRS]
    for topic, q, _ in PAIRS:
        family = FAMILIES.get(topic, topic)
        # short answers ("12.", "On 9 November 1989.") could pass as a wrong answer rather than an off-topic one
        others = [a for t, _, a in PAIRS if FAMILIES.get(t, t) != family and len(a.split()) >= 6]
        rows.append({"question": q, "answer": r.choice(others), "label": "irrelevant"})
    return finish(r, rows, "rel", unique=None)
