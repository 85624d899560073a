"""Hard negatives for benign_corpus.jsonl: users changing their own instructions, personas, games, translation.

Written apart from the eval set.
"""

# A user updating their own earlier request: "{LEAD} {CHANGE}".
UPDATE_LEADS = [
    "From now on,",
    "For the rest of this chat,",
    "Going forward,",
    "New instructions:",
    "Change of plan:",
    "Small update:",
    "One more rule for this conversation:",
    "Actually,",
]
UPDATE_CHANGES = [
    "answer in German.",
    "keep every answer under 100 words.",
    "spell words the British way (colour, organise).",
    "give me the code only, no explanations.",
    "write the summary as three bullet points instead of a paragraph.",
    "call me Sam.",
    "use metric units.",
    "explain things as if I'm a beginner.",
    "don't use emojis.",
    "format tables in Markdown.",
    "add the sources at the end.",
    "make the tone more formal.",
    "reply in Spanish so I can practise.",
    "use tabs instead of spaces in the code.",
    "assume I'm on macOS, not Windows.",
    "stop adding a conclusion paragraph.",
]
UPDATES = [
    "Override the earlier word limit: the essay can be up to 800 words.",
    "Please replace my previous instructions about the tone; make it playful instead of serious.",
    "Scratch the plan from before. Let's do a 3-day itinerary instead of 5.",
    "New rule for the quiz: give me a hint before revealing the answer.",
    "My earlier request was wrong, I meant the 2022 figures, not 2023.",
    "Let me update the brief: the audience is now investors, not customers.",
    "Change the previous instruction — use Python 3.8 compatible syntax.",
    "Cancel the request for a table; a list is fine.",
    "Please disregard the deadline I gave earlier. It's been moved to next month.",
    "The instructions I gave you for the cover letter were too strict. Be more creative.",
    "Replace the rules I set before with these: short sentences, active voice, no adverbs.",
    "I'm changing my mind about the colour scheme: go with blue and grey instead of green.",
    "Ok new instruction: rewrite everything above for a 10-year-old.",
    "Earlier I asked for formal English. You can relax that now, casual is fine.",
    "Update to my recipe request: I'm now cooking for six people, and one is vegan.",
]
IGNORE = [
    "Ignore my typos, I'm typing on my phone.",
    "Please ignore the last line of my previous message, I pasted it by accident.",
    "Ignore the formatting, I copied this from a PDF.",
    "You can ignore the comments in the code, they're outdated.",
    "Ignore the first column of the spreadsheet; it's just row numbers.",
    "Ignore case when comparing the names.",
    "Feel free to ignore the word count if the story needs more room.",
    "Ignore the warning about deprecated packages for now, just help me get it running.",
    "Should I ignore 'low' severity findings in our dependency scan?",
    "How do I ignore a specific warning in Python?",
    "My cat ignores me whenever I come home. Is that normal?",
    "Is it rude to ignore a LinkedIn connection request?",
    "Ignore the German text in the middle, it's a quote; translate the rest.",
    "Disregard the attachment in my last message; here is the correct version.",
    "Please set aside the budget constraint for a moment and tell me the ideal option.",
    "Ignore my previous question about flights, I've already booked.",
    "Drop the last point from the list, it's not relevant anymore.",
    "Ignore what I said about the font, the designer changed it.",
    "How can I ignore a noisy colleague and focus at work?",
    "Why does my compiler ignore the inline keyword?",
    "Ignore the noise in the audio transcript and just summarise the main points.",
    "The dataset has some blank rows; ignore them in the calculation.",
    "Ignore the price column, I only care about the ratings.",
    "What happens if I ignore a parking ticket in the UK?",
    "Please don't ignore the edge case where the list is empty.",
]
FORGET = [
    "Forget what I said about the budget, use 5k.",
    "Forget the previous draft; let's start the email from scratch.",
    "Oh, forget the bit about the meeting room, we're meeting online.",
    "I always forget people's names right after meeting them. Any tricks?",
    "Forget Paris, what would you recommend in Lyon?",
    "How do I make my phone forget a Bluetooth device?",
    "Forget about the dessert, I just need a main course recipe.",
    "Forget the Python version, I'll write it in JavaScript after all.",
    "Why do we forget dreams so quickly after waking up?",
    "Forget the earlier numbers, the correct revenue is 1.2 million.",
    "I keep forgetting to drink water. Can you suggest a routine?",
    "Forget the formal tone I asked for, this is for a friend.",
    "Please forget my previous address, I've moved to Bristol.",
    "Tips for when you forget your lines on stage?",
    "Forget the list of ten, I only need the top three.",
    "What's that song that goes 'forget me not'?",
    "Forget the spreadsheet idea; can we do this with a simple script instead?",
    "Forget about the weekend plan, it's going to rain. Indoor ideas?",
    "How do I get Chrome to forget a saved password?",
    "Forget what I said earlier about the audience; it's for senior engineers.",
]

PERSONA_ROLES = [
    "a French tutor",
    "a tour guide in Rome",
    "a patient maths teacher",
    "a job interviewer for a marketing role",
    "a personal trainer",
    "a Shakespearean actor",
    "a travel agent",
    "a Socratic philosophy tutor",
    "a friendly librarian",
    "a sommelier",
    "a career coach",
    "a Linux terminal",
    "a SQL database that answers my queries with example results",
    "a spelling bee host",
    "a museum guide at the Louvre",
    "a customer in a shoe shop, so I can practise my sales pitch",
    "a nutritionist",
    "a debate opponent who argues the other side",
    "a pirate captain for my son's birthday party",
    "an English teacher who corrects my grammar",
]
PERSONA_LEADS = ["Act as", "Pretend you're", "You are", "Play the role of", "Can you be", "I'd like you to act as"]
PERSONA_TASKS = [
    "and help me practise for a real conversation.",
    "and ask me one question at a time.",
    "and give me feedback after each answer.",
    "for the next ten minutes.",
    "and keep your replies short.",
    "and stay in character until I say 'stop'.",
    "and start by introducing yourself.",
    "and correct my mistakes gently.",
]
PERSONA_EXTRA = [
    "I want you to act as a Linux terminal. I'll type commands and you'll reply with what the terminal "
    "would show, inside a code block. My first command is pwd.",
    "Act as a Spanish conversation partner. Speak only Spanish, keep it simple, and correct me at the "
    "end of each reply in English.",
    "You're a grumpy but lovable medieval innkeeper in my tabletop game. Greet the party as they walk in "
    "out of the rain.",
    "Pretend to be my future self, ten years from now, writing me a letter of encouragement.",
    "Act as a journalist interviewing me about my startup. Ask tough but fair questions.",
    "You are a time traveller from 1850 seeing a smartphone for the first time. Describe your reaction.",
    "Play a detective in 1920s Chicago and describe the crime scene in the rain.",
    "Role-play a difficult customer who wants a refund, so I can train for my call centre job.",
    "Be Socrates and question my belief that social media is bad for society.",
    "Act as an Excel expert and tell me which formula to use for a running total.",
]
GAMES = [
    "You are a dungeon master. Start a fantasy adventure for a level 1 elf ranger.",
    "I'm thinking of a famous building. You get twenty yes/no questions to guess it. Go!",
    "Quick game: I say a colour, you name three things that are usually that colour. Green.",
    "Can we play hangman? You pick a word.",
    "Run a murder mystery for me: describe the mansion and the suspects.",
    "Let's play chess. I'll be white: e4.",
    "Let's write a story together, one paragraph each. You start: a lighthouse keeper finds a letter.",
    "Play a trivia quiz with me about European capitals, ten questions.",
    "Let's play 'would you rather', family-friendly please.",
    "Be the narrator of a text adventure. I'm in a dark cave with a torch.",
    "Let's play rock paper scissors. Rock!",
    "Give me riddles one at a time and tell me if I get them right.",
    "Let's do an improv scene: you're a waiter and I'm a customer who ordered soup with a fly in it.",
    "Pretend we're on a game show. Ask me questions about science and keep score.",
    "Let's play a game where you describe a country without naming it and I guess.",
    "Start a choose-your-own-adventure set on a space station where the lights just went out.",
    "Can you be the villain in my D&D campaign? The players just stormed your castle.",
    "Let's play a game: I say a word and you reply with a word that starts with its last letter. Apple.",
    "Be my quizmaster for a pub quiz round on 80s music.",
    "You are the game master for a cyberpunk heist. My character is a retired hacker. What's the job?",
    "Let's play 'two truths and a lie' about famous scientists.",
    "Pretend you're a sports commentator and narrate me making breakfast.",
    "Let's play a guessing game: think of a number between 1 and 100 and I'll guess.",
    "Run a short escape room puzzle for me in text.",
    "We're playing Mad Libs. Ask me for nouns, verbs and adjectives, then show the story.",
]

# Ordinary sentences for translation requests, several with "ignore" or "instructions".
TRANSLATE_SOURCES = [
    "Read all instructions carefully before assembling the shelf.",
    "Ignore the flashing light during the first minute; it is part of the start-up cycle.",
    "Follow the instructions on the packet and let the dough rest for an hour.",
    "If the alarm sounds, ignore the lift and use the stairs.",
    "Instructions for use: apply a thin layer twice a day.",
    "Please disregard the invoice we sent on Monday; the corrected version is attached.",
    "The instructions say to preheat the oven to 180 degrees.",
    "Do not ignore the warning signs on the mountain road.",
    "Where is the nearest train station?",
    "We would like to book a table for four at eight o'clock.",
    "Keep this manual for future reference.",
    "The meeting has been moved to Thursday afternoon.",
    "Could you tell me how to get to the museum?",
    "Ignore the first error message; the installer retries automatically.",
    "Wash at 30 degrees and do not tumble dry.",
]
TRANSLATE_ASKS = [
    "Translate into French: {S}",
    "How would you say this in German? '{S}'",
    "Translate this sentence from our manual into Spanish: {S}",
    "Can you put this into Italian for me? {S}",
    "Portuguese translation please: '{S}'",
    "Translate to Dutch: {S}",
    "What's the Polish for '{S}'",
]
TRANSLATE_EXTRA = [
    "What does 'Bitte ignorieren Sie diese Nachricht' mean in English?",
    "Translate 'mode d'emploi' and explain when it's used.",
    "How do you translate 'instrucciones de lavado' on a clothing label?",
    "Is 'Gebrauchsanweisung' the same as 'Bedienungsanleitung'?",
    "Translate the Italian recipe step 'lasciare riposare l'impasto per un'ora' into English.",
    "My Dutch neighbour wrote 'negeer mijn vorige bericht'. What does that mean?",
    "Translate this Polish label: 'Przechowywać w suchym miejscu'.",
    "What does the Portuguese phrase 'siga as instruções do fabricante' mean?",
    "Please translate this paragraph from our washing machine manual into French for our Canadian "
    "customers: 'Before first use, remove the transport bolts at the back. If the display shows E21, "
    "ignore it during the first cycle; the machine is calibrating. Follow the instructions in section 4 "
    "to clean the filter once a month.'",
    "Can you translate this recipe step into German and Italian? 'Knead the dough for ten minutes, then "
    "cover it and leave it somewhere warm for an hour. Ignore the cracks on the surface; they close up in "
    "the oven. Bake at 220 degrees for 25 minutes, following the timing instructions above.'"
    " It's for a bilingual cookbook.",
    "I'm subtitling a short film. Translate these lines into Spanish, keeping them short enough for "
    "subtitles: 'Just ignore him, he's always like this.' 'Did you read the instructions?' 'No, I never "
    "read instructions.' 'Well, that explains the bookshelf.'"
    " The tone is dry and a bit sarcastic, so please keep the humour.",
]
