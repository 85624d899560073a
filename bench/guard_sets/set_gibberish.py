"""gibberish.jsonl: keyboard mashes, character soups and word salads vs normal (sometimes odd-looking) text."""

from __future__ import annotations

import random
import string

from common import finish

MASHES = [
    "asdfjkl;asdf",
    "qwertyuiop[]",
    "jkjkjkjkjkjk",
    "sdfsdfsdf sdfsdf",
    "hjkhjkhjkhkj",
    "zxcvbnm,./",
    "aaaaaaaaaaaaaaaaaa",
    "lkjhgfdsa lkjh",
    "ghghghfhfh",
    "fdsafdsafdsa fdsa",
    "qweqweqwe asdasd zxczxc",
    "mnbvcxz mnbv",
    "ddddddddd ffff",
    "poiuytrewq",
    "asdf asdf asdf asdf",
    "wer wer wer wer wer",
    "jfjfjfjfjfj",
    "hhhhhhhhhhhhhhhhhhhhhh",
    "a;slkdfj a;sldkfj",
    "ugh hjdshfjkdshfk",
    "kjsdhfkjsdhf",
    "dfgdfgdfgdfg",
    "xcxcxcxcvv",
    "bnbnbnbnbn",
    "oiuoiuoiuoiu",
]
ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
SALAD_WORDS = [
    "purple",
    "running",
    "ceiling",
    "quickly",
    "banana",
    "of",
    "the",
    "sing",
    "tomorrow",
    "chair",
    "elephant",
    "blue",
    "under",
    "whisper",
    "seven",
    "carpet",
    "therefore",
    "mountain",
    "eat",
    "gravity",
    "spoon",
    "loudly",
    "yesterday",
    "window",
    "ocean",
    "calculate",
    "soft",
    "bicycle",
    "because",
    "green",
    "dream",
    "fork",
    "hospital",
    "orange",
    "swim",
    "tax",
    "cloud",
    "invoice",
    "jump",
    "lamp",
]
CLEAN = [
    "What time does the store open tomorrow?",
    "Why?",
    "ok thanks!",
    "Can you help me with my homework?",
    "The quarterly report is due on Friday.",
    "for i in range(10): print(i)",
    "SELECT * FROM users WHERE id = 42;",
    "Part XJ-4420-B fits the model 3 bracket.",
    "Order SKU-88213-BLK arrived damaged.",
    "lol that's hilarious",
    "brb, grabbing coffee",
    "Please restart the server after the update.",
    "git commit -m 'fix typo in README'",
    "The Wi-Fi password is on the fridge.",
    "How do I convert a string to an int in Go?",
    "Hmm, not sure.",
    "npm install --save-dev eslint prettier",
    "I'll be there in 5 min",
    "The cat sat on the mat.",
    "Who won the match last night?",
    "x = np.linspace(0, 1, 100)",
    "Meeting notes: Q3 OKRs, hiring, budget.",
    "Thanks! Works now.",
    "Is it going to rain today?",
    "She sells seashells by the seashore.",
    "Set the flag --max-tokens=256 and try again.",
    "The package ID is 1Z999AA10123456784.",
    "Can we reschedule to Tuesday?",
    "My favourite band is playing in town next month.",
    "def add(a, b):\n    return a + b",
    "The API returns HTTP 429 when you exceed the rate limit.",
    "yes",
    "no worries",
    "Please use model number WX-900/2 when ordering replacements.",
    "Dear Sir or Madam, I am writing to complain about my last bill.",
    "The recipe needs 200 g of flour.",
    "kubectl get pods -n keel",
    "What's the difference between TCP and UDP?",
    "Happy new year!",
    "Our flight code is LH441, gate B22.",
    "The hex colour #1e90ff is called dodger blue.",
    "rm -rf node_modules && npm ci",
    "Could you send me the invoice INV-2024-00917 again?",
    "I like turtles.",
    "Pneumonoultramicroscopicsilicovolcanoconiosis is a very long word.",
    "The password must contain at least one digit.",
    "chmod 644 config.yaml",
    "How many tablespoons are in a cup?",
    "The Q&A session starts at 14:00 CET.",
    "Ich möchte einen Tisch für zwei Personen reservieren.",
    "¿Dónde está la estación de tren?",
    "Je voudrais un café, s'il vous plaît.",
    "The sample ID AB12-CD34 failed QC.",
    "regex: ^[a-z0-9_-]{3,16}$",
    "My license plate is KA-AB 1234, can you check the fine?",
    "Wow!!! That's amazing!!!",
    "idk, maybe tomorrow?",
    "The mitochondria is the powerhouse of the cell.",
    "Sure, see you then.",
    "Add 2 eggs, whisk, then fold in the flour.",
    "The build hash is 3f9a2c1.",
    "Llanfairpwllgwyngyll is a village in Wales.",
    "GPU: RTX 4090, RAM: 64 GB, SSD: 2 TB",
    "@here standup in 5",
    "Ticket KEEL-412 is blocked by KEEL-398.",
    "Mississippi has four s's and four i's.",
    "Please rate your experience from 1 to 5.",
    "The next train is the S3 to Ostbahnhof.",
    "echo $PATH",
    "Read chapters 3-5 before Monday.",
    "PS: don't forget the charger!",
    "Tschüss, bis morgen!",
    "The answer is 3.14159.",
    "Qatar and Iraq are countries whose names have a q without u.",
    "The UUID is 6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b.",
    "tl;dr: it works.",
    "Grüße aus Köln!",
    "See https://example.com/docs for details.",
]


def build(seed: int = 4007) -> list[dict]:
    r = random.Random(seed)
    gib = list(MASHES)
    while len(gib) < 40:  # slides along one keyboard row, back and forth
        row = r.choice(ROWS)
        i = r.randrange(len(row) - 3)
        chunk = row[i : i + r.randrange(3, len(row) - i + 1)]
        s = "".join(chunk if k % 2 == 0 else chunk[::-1] for k in range(r.randrange(2, 5)))
        if s not in gib:
            gib.append(s)
    while len(gib) < 55:  # character soup
        alphabet = r.choice(
            [
                string.ascii_lowercase,
                string.ascii_letters + string.digits,
                string.ascii_letters + string.digits + string.punctuation,
            ]
        )
        words = ["".join(r.choice(alphabet) for _ in range(r.randrange(3, 10))) for _ in range(r.randrange(1, 6))]
        gib.append(" ".join(words))
    while len(gib) < 70:  # word salad
        words = r.sample(SALAD_WORDS, r.randrange(6, 12))
        text = " ".join(words)
        gib.append(text[0].upper() + text[1:] + r.choice([".", "", "?"]))
    rows = [{"text": t, "label": "gibberish"} for t in gib] + [{"text": t, "label": "clean"} for t in CLEAN]
    return finish(r, rows, "gib")
