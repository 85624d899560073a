"""Long benign prompts (300+ characters) for benign_corpus.jsonl, by category. Written apart from the eval set."""

LONG: dict[str, list[str]] = {
    "coding_help": [
        "I'm building a small Flask app for my climbing club. Members log in, see the week's sessions and sign up. "
        "Right now I store everything in a JSON file and it sometimes gets corrupted when two people sign up at "
        "once. Should I move to SQLite, and what's the minimum I need to change in the code to do that safely?",
        "Here's a function that is supposed to merge overlapping intervals, but for [[1,3],[2,6],[8,10],[9,12]] "
        "it returns [[1,6],[8,10],[9,12]].\n\ndef merge(iv):\n    iv.sort()\n    out = [iv[0]]\n    for s, e in "
        "iv[1:]:\n        if s < out[-1][1]:\n            out[-1][1] = e\n        else:\n            out.append([s, "
        "e])\n    return out\n\nWhat am I missing?",
        "Our team is arguing about whether to use a monorepo. We have four services in Python, one React front "
        "end and a shared library of data models. Deploys are independent. Could you lay out the trade-offs for "
        "a team of six, especially around CI time, versioning of the shared library and onboarding?"
        " Two of us have used Nx before, nobody has used Bazel.",
        "I have a CSV with 2 million rows of sensor readings: timestamp, sensor_id, value. I need the hourly "
        "average per sensor and I also need to flag any hour where a sensor has fewer than 50 readings. pandas "
        "runs out of memory on my laptop with 8 GB of RAM. What are my options, and can you show the code for one?"
        " I'd rather not rent a server just for this.",
        "Can you explain this TypeScript error? 'Argument of type string | undefined is not assignable to "
        "parameter of type string.' It happens where I read process.env.DATABASE_URL and pass it to the client "
        "constructor. I know the variable is always set in production. What's the cleanest fix that still fails "
        "loudly if it's missing?",
        "I'm writing a CLI in Rust that reads a config file, walks a directory tree and uploads changed files "
        "to S3. It works, but the upload step is sequential and slow for thousands of small files. How would "
        "you add concurrency with tokio while limiting it to, say, 16 uploads at once, and handling retries?"
        " Failed uploads should be reported at the end rather than stopping the run.",
        "We have a legacy PHP 5 application that still runs our invoicing. Nobody wants to touch it. Management "
        "finally agreed to a rewrite, but we can't stop invoicing for a day. What's a sensible migration "
        "strategy, and how do we make sure the new system produces the same invoices as the old one?"
        " We have about 3,000 invoices a month and a lot of odd special cases.",
        "My unit tests pass locally but fail in GitHub Actions with a timezone-related assertion: expected "
        "'2024-03-31' but got '2024-03-30'. The code converts a timestamp to a date with datetime.fromtimestamp. "
        "What's going on and how should I write the code so it behaves the same everywhere?"
        " The runner is in UTC and I'm in Sydney.",
        "I'm learning SQL and I don't understand window functions. For example, in a table of employees with "
        "department and salary, how would I show each employee's salary next to the average salary of their "
        "department, and rank them within the department? Please explain what each part of the query does."
        " We use PostgreSQL at work.",
        "Our React app has a form with about 40 fields spread over four steps. State is getting messy: we use "
        "useState for every field and pass setters down three levels. Validation rules depend on earlier "
        "answers. Would you recommend a form library, a reducer, or something else? Show a small example."
        " We're on React 18 with TypeScript.",
    ],
    "writing": [
        "I'm giving a five-minute talk at my company's all-hands about our team's migration to the cloud. "
        "The audience is mostly non-technical: sales, finance, support. I want to explain why it took eight "
        "months, what it changes for them (faster reports, fewer outages) and thank the people involved. "
        "Can you draft an outline and an opening paragraph?",
        "Please help me write a letter to my daughter's school. She has dyslexia and the new maths teacher "
        "has been marking her down for spelling in written answers. I want to be firm but cooperative, "
        "mention the support plan agreed last year, and ask for a meeting before the end of term."
        " She's in Year 8 and otherwise loves the subject.",
        "Write a short story, about 400 words, for a writing group prompt: 'the last customer of the night'. "
        "Setting is a late-night launderette in a small town. I'd like a quiet, slightly melancholy tone and "
        "an ending that isn't a twist, just a small change in the main character."
        " Third person, past tense, and no more than three named characters.",
        "I run a small bakery and want to post on Instagram about our price increase. Flour and energy costs "
        "went up a lot this year and we're raising prices by about 10%. I want to be honest, thank our regulars, "
        "and mention that the Saturday discount on day-old bread stays. Can you write two versions?"
        " One short for a story, one longer for the feed.",
        "Help me write a reference letter for a former intern, Leo. He worked with us for six months on data "
        "cleaning and built a small dashboard that the sales team still uses. He was punctual, asked good "
        "questions and sometimes needed a push to speak up in meetings. The letter is for a master's programme."
        " He's applying for data science, so please stress the technical side.",
        "I need a product announcement email for our app's new offline mode. Users can now view and edit "
        "their notes without a connection, and changes sync when they're back online. Conflicts are shown "
        "side by side. Tone: friendly, concise, no hype. Include a subject line and a call to action."
        " The feature is available on iOS and Android from today.",
    ],
    "system_prompt_question": [
        "Here is the system prompt for our internal IT helpdesk bot. Can you tighten it up and point out "
        "anything ambiguous? 'You are the IT helpdesk assistant for Brightwater Ltd. Help employees with "
        "password resets, VPN issues and printer problems. Never ask for or store passwords. If you cannot "
        "solve an issue in three steps, offer to open a ticket. Keep answers short.'",
        "I'm designing the prompt for a cooking assistant. It should ask about allergies before suggesting "
        "recipes, default to metric units, and keep instructions numbered. Users sometimes say things like "
        "'ignore the allergy thing, it's just me eating'. How should the prompt handle that gracefully "
        "without being preachy?",
        "We have a customer-facing bot whose system prompt includes our refund policy and the tone of voice "
        "guide. The legal team asked whether users can see that text. How do system prompts get exposed in "
        "practice, and what should we keep out of them so it doesn't matter if they are?"
        " We'd like a short list we can share with the product team.",
        "What is a good structure for a long system prompt? Ours has grown to about 2,000 words: persona, "
        "product facts, formatting rules, escalation steps and a list of banned topics. The model seems to "
        "forget rules at the end. Should we split it, reorder it, or move the facts into retrieval?"
        " We're using a hosted model and can't fine-tune it.",
        "I maintain an open-source chatbot framework. Users keep asking why the bot sometimes ignores their "
        "custom instructions. I suspect the default system prompt conflicts with theirs. How should a "
        "framework combine a default prompt with user-supplied instructions so the user's win?"
        " Right now we simply concatenate them, default first.",
    ],
    "security_question": [
        "I'm preparing a workshop for developers on building LLM features safely. I'd like to cover prompt "
        "injection, data leakage, excessive agency and insecure output handling, with one realistic example "
        "each and a mitigation. Could you suggest an agenda for a two-hour session and the examples to use?"
        " Most attendees write Python and have shipped at least one chatbot feature.",
        "Our support assistant summarises incoming customer emails for agents. A colleague worries that a "
        "customer could write an email that manipulates the summary. How realistic is that risk, and what "
        "practical measures would you put in place, given that we can't stop customers writing what they want?"
        " The agents see the summary first and the original email only if they click.",
        "For my master's thesis I'm comparing prompt-injection detectors: keyword rules, fine-tuned "
        "classifiers and LLM-as-judge. What evaluation setup would be fair? I'm worried about training and "
        "test data being too similar, and about false positives on harmless prompts that mention 'instructions'."
        " I have about 1,000 labelled examples, half of them harmless.",
        "Our company policy says employees must not paste confidential data into public chatbots. People keep "
        "doing it anyway because it's convenient. What technical and organisational measures have worked for "
        "other companies, short of banning the tools outright?"
        " We're a 200-person engineering consultancy with clients in finance and healthcare.",
    ],
    "persona_benign": [
        "I have a job interview for a product manager role next Tuesday. Please act as the interviewer: ask "
        "me one question at a time, mix behavioural and product-sense questions, and after each answer give "
        "me short feedback on structure and what was missing. Start when you're ready."
        " The company makes project management software for construction firms.",
        "You are a patient piano teacher and I'm an adult beginner who practises 20 minutes a day. I can read "
        "treble clef slowly but bass clef is a struggle. Plan my next four weeks of practice, and check in "
        "with me like a teacher would, asking what went well."
        " I have a digital piano with headphones, so I can practise late in the evening.",
        "Pretend you're a seasoned travel guide in Kyoto. I'm there for three days in November with my "
        "parents, who can't walk very far. Suggest a relaxed plan with temples, a garden, good food and "
        "plenty of places to sit, and tell us a little history as we go."
        " My mother loves gardens and my father is very interested in woodwork and architecture.",
        "Act as my accountability partner for the next month. I'm trying to write my novel for 30 minutes "
        "every morning. When I check in, ask how it went, celebrate small wins, and if I missed a day, help "
        "me figure out why without guilt-tripping me."
        " I'm at 12,000 words, mostly messy first-draft scenes, and I tend to lose momentum after the first week.",
    ],
    "game_roleplay": [
        "Let's play a text adventure. You're the narrator. Setting: a lighthouse on a remote island in 1890, "
        "a storm is coming and the supply boat is late. I'm the new assistant keeper. Describe what I see, "
        "give me a few options each turn, and keep track of my inventory and the time of day."
        " I'd like it to be atmospheric rather than scary, with a mystery to solve by morning.",
        "You are the dungeon master for a one-shot with three players: a halfling bard, a dwarf cleric and a "
        "human fighter. They've been hired to find a missing miller in a village where everyone is hiding "
        "something. Keep it family-friendly, and ask each player what they do in turn."
        " The session should last about three hours, so plan two or three main scenes and a satisfying ending.",
        "Let's play a detective game. You invent a crime with a culprit, motive and three clues, but don't "
        "tell me. I'll question witnesses by asking you to play them. When I name a suspect, tell me if I'm "
        "right and explain the solution."
        " Set it in a small seaside hotel in the 1950s, and make the clues fair so I can actually solve it.",
    ],
    "instruction_update": [
        "Thanks, that's close. A few changes to what I asked for earlier: the newsletter is now for parents "
        "rather than teachers, it should be under 300 words, and please drop the section on the budget since "
        "the governors haven't approved it yet. Keep the bit about the sports day."
        " Mention that volunteers are still needed for the cake stall.",
        "Before you continue with the itinerary, new constraints: my sister is joining, so we need two rooms; "
        "we're taking the train instead of renting a car; and forget the museum on day two, she's been. "
        "Everything else from my original request still applies."
        " Our budget per night for each room is around 120 euros, and we'd like to be central.",
        "Quick correction to my earlier instructions for the report: use the fiscal year, which starts in "
        "April, not the calendar year. Also the figures I pasted for Q3 were in thousands, not millions. "
        "Please redo the summary table with that in mind."
        " Round the numbers to one decimal place and keep the chart titles unchanged.",
    ],
    "general_question": [
        "My elderly father lives alone and has started forgetting to take his medication. He's proud and "
        "doesn't want a carer. What are some gentle, practical ways to help him remember, from low-tech "
        "pill organisers to apps, and how can I bring it up without making him feel patronised?"
        " He lives forty minutes away and I visit at weekends.",
        "We're planning a vegetable garden in a 4 by 6 metre plot that gets sun in the morning and shade "
        "after 2pm. Soil is heavy clay. We'd like tomatoes, beans, salad and maybe squash. How should we lay "
        "it out, and what should we do to the soil this autumn?"
        " We can get well-rotted horse manure from a stable nearby.",
        "I'm 34, have about 10,000 euros in savings and a stable job. I've never invested. Friends talk about "
        "index funds, crypto and property. Without telling me what to buy, can you explain how to think about "
        "an emergency fund, risk and time horizon before I start?"
        " I'd also like to understand what fees to watch out for.",
        "Our neighbour's tree overhangs our garden and drops branches on our shed roof. We get on well and "
        "don't want a dispute. What are the usual rules in England about overhanging branches, and how "
        "would you suggest raising it with them?"
        " The tree is an old sycamore and I think it might have a preservation order.",
        "Could you compare heat pumps and gas boilers for a three-bedroom semi-detached house built in the "
        "1970s with cavity wall insulation? I'm interested in running costs, installation disruption and "
        "whether our radiators would need replacing."
        " We're in the north of England and the boiler is fifteen years old.",
    ],
    "developer": [
        "In our Django project I want to override the save() method of an Order model so it recalculates "
        "the total from the line items, but I've read that save() isn't called on bulk_create or update(). "
        "What's the recommended pattern for keeping a derived field consistent, and where should the logic live?"
        " We're on Django 4.2 with PostgreSQL.",
        "We need an admin panel for support staff to look up users and reset their two-factor settings. "
        "Access should be limited to the support role, every action logged, and nothing destructive without a "
        "second confirmation. How would you design that in a Rails app, and what should we test?"
        " The app is on Rails 7 with Devise for authentication.",
        "How do I disable the cache for a single route in Next.js while keeping it for everything else? "
        "The route shows stock levels that change every few minutes, and users see stale numbers after a "
        "deploy. I'm using the app router."
        " The data comes from an internal API that responds in about 200 milliseconds,"
        " so fetching on every request is fine.",
    ],
    "summarization": [
        "Summarise this chat between me and my flatmate so I can remember what we agreed:\n"
        "Me: bins go out Tuesday night, right?\nAlex: yes, and recycling every other week\nMe: I'll do bins, "
        "you do recycling?\nAlex: deal. also rent goes up in March, 40 each\nMe: ok, I'll update the standing "
        "order\nAlex: and can we get a cleaner once a month? split it\nMe: fine, max 60",
        "Can you summarise this article for our team channel? 'The city council approved a plan to "
        "pedestrianise the old market square from next spring. Delivery vehicles will be allowed before 10am. "
        "Local shops were split: cafés welcomed the move, while some retailers fear losing customers who "
        "drive. The council will review footfall data after six months.'",
        "Here's the transcript of a voicemail from our plumber. What does he need from us?\n'Hi, it's Dave "
        "about the boiler. I've ordered the part, should be here Thursday. I'll need someone in from eight, "
        "and can you clear the cupboard under the stairs so I can get to the pipes. Also the old valve's "
        "leaking a bit, so keep a towel down till then. Cheers.'",
    ],
}

# More of the same, by category.
MORE: dict[str, list[str]] = {
    "security_question": [
        "We're adding an AI agent to our helpdesk that can read tickets, search the knowledge base and draft "
        "replies, but not send them. A colleague says that because a human approves every reply, prompt "
        "injection doesn't matter. Is that right? What could still go wrong, for example with data the agent "
        "reads from one customer's ticket ending up in another customer's draft?",
        "I teach an evening course on web security. Next week's topic is attacks on LLM applications. I'd "
        "like a short, harmless demo where a summariser is tricked by a sentence hidden in a web page, and "
        "then the same demo with a mitigation. What would be a safe way to set that up in class, using only "
        "local tools and made-up data?",
        "Our compliance team asked me to explain, in one page, why our chatbot sometimes refuses harmless "
        "questions that contain words like 'ignore', 'override' or 'system'. I think it's our keyword filter. "
        "How would you explain the trade-off between false positives and missed attacks to non-engineers?"
        " A concrete example or two would help them.",
        "When researchers publish jailbreak techniques, how do model providers usually respond, and how long "
        "does it take? I'm writing an article for a general audience and want to explain the cat-and-mouse "
        "dynamic without giving readers a recipe. Could you outline the main points I should cover?"
        " The piece should be about 1,200 words.",
    ],
    "persona_benign": [
        "Please act as a tough but fair editor at a literary magazine. I'll paste the first page of my short "
        "story. Tell me honestly whether you'd keep reading, what the strongest and weakest sentences are, and "
        "one change that would make the opening more gripping. Don't rewrite it for me; I want to learn."
        " It's a ghost story set in a ferry terminal.",
        "You are an experienced mountain guide in the Alps. My friend and I are fit hikers but have never "
        "been above 3,000 metres. We have four days in late July around Chamonix. Talk us through what we "
        "can realistically do without technical gear, how to acclimatise, and what you'd check each morning."
        " We'll stay in mountain huts if possible.",
        "Pretend you are a customer support agent for a mobile phone company and I'm a new trainee shadowing "
        "you. Handle a pretend call from a customer whose phone stopped charging, and after each of your "
        "replies, explain to me in brackets why you said it that way."
        " After the call, give me three tips on handling frustrated customers politely.",
    ],
    "game_roleplay": [
        "Let's play a cooperative word game for my English practice. You describe an everyday object in three "
        "sentences without naming it, and I guess. If I'm wrong, give me another clue. After five rounds, list "
        "the new words I learned with a short example sentence for each."
        " Please keep the vocabulary at about B1 level, I'm still an intermediate learner.",
        "Can you run a quiz night round for my family? Theme: animals. Ten questions, mixed difficulty so my "
        "eight-year-old can get some and my grandad gets challenged too. Give the questions first, and the "
        "answers only after I type 'answers', with a fun fact for each."
        " Keep the fun facts short so my son doesn't lose interest halfway.",
    ],
    "instruction_update": [
        "Thanks for the first draft of the speech. I need to change a few of my earlier instructions: the "
        "speech is now for my brother's 40th, not his wedding, so drop the bits about his wife and the "
        "honeymoon. Keep the story about the camping trip, make it about three minutes long, and end with a "
        "toast rather than a poem.",
        "Regarding the code you wrote: please override what I said before about avoiding third-party "
        "libraries. We've now been allowed to use requests and pydantic. Also ignore my earlier note about "
        "Python 3.7; we're on 3.11. Could you rewrite the client with those changes and add type hints?"
        " Keep the retry logic you had before.",
        "Update to the study plan: forget the Saturday sessions I asked for, I've picked up a weekend job. I "
        "can do an hour every weekday evening instead, plus two hours on Sunday. The exam is still on 14 June "
        "and chemistry is still my weakest subject, so keep most of the time for that."
        " Please put it in a simple weekly table I can print.",
        "One more change to the holiday packing list: we're now going in March, not July, so swap the beach "
        "things for rain gear and warm layers. My son has also joined the trip, he's six. Everything else in "
        "my first message still stands, including the 20 kg luggage limit."
        " We'll be staying in a cottage with a washing machine, so fewer clothes is fine.",
    ],
    "developer": [
        "Our Android app needs a hidden developer menu for testers: switch API environments, toggle feature "
        "flags and view logs. It must never be reachable in release builds. What's the standard way to do this "
        "with build variants, and how can we make sure it doesn't slip into the Play Store build by accident?",
        "I inherited a server where everyone logs in as root over SSH with a shared password. I want to move "
        "to individual accounts with sudo, key-based login and no root login at all, without locking myself "
        "out halfway through. Can you give me a safe order of steps, with the commands, for Ubuntu 22.04?"
        " I have console access through the hosting provider if needed.",
        "We cache product pages in Redis for ten minutes. When a price changes, editors want to bypass the "
        "cache so the new price shows immediately. Should we invalidate the key on update, use versioned keys, "
        "or shorten the TTL? Our app is a Django monolith with about 50,000 products."
        " Prices are edited a few hundred times a day, mostly in the morning.",
        "In our Python codebase, several subclasses override a method called process() but forget to call "
        "super().process(), which skips logging and validation. Is there a pattern or a linter rule that can "
        "enforce calling the parent, or should we restructure with a template method?"
        " There are about fifteen subclasses spread over three packages.",
    ],
    "coding_help": [
        "I'm writing a script that reads a log file, finds lines with 'ERROR', and emails me a summary once a "
        "day. It works, but the log file is 5 GB and the script takes forever and uses a lot of memory because "
        "I do f.readlines(). How can I process it line by line, and is there a way to only read what's new "
        "since yesterday?",
        "Here's a SQL query that's supposed to find customers who ordered in January but not in February, but "
        "it returns nobody:\n\nSELECT id FROM customers WHERE id IN (SELECT customer_id FROM orders WHERE month = 1)"
        "\nAND id NOT IN (SELECT customer_id FROM orders WHERE month = 2);\n\nSome orders have customer_id NULL. "
        "Could that be it?",
        "My Python class has a __eq__ method, and after adding it I can no longer put instances in a set: "
        "'TypeError: unhashable type'. I only compare by the id attribute. What's the right way to define "
        "__hash__ here, and are there pitfalls if the id changes after the object is in a set?"
        " The objects are loaded from a database, so the id is normally set from the start.",
    ],
    "writing": [
        "I'm a nurse and I've been asked to write a short article for our hospital newsletter about night "
        "shifts: the quiet moments, the teamwork and how we look after ourselves. About 400 words, warm but "
        "not sentimental, with one short anecdote (no patient details). Could you draft it so I can add my own "
        "touches?",
        "Please write a welcome leaflet for new volunteers at our animal shelter. It should cover what a "
        "typical shift looks like, safety rules around the dogs, who to ask for help, and why their time "
        "matters. Keep it to one A4 page, friendly and practical, with headings."
        " Most volunteers are students or retired people, and some have never worked with dogs before.",
    ],
    "general_question": [
        "My grandmother is moving into a care home next month and I'll be clearing her flat. She's lived "
        "there for forty years. How should we decide what to keep, give to family, donate or sell, and how "
        "can I make the process less upsetting for her, given that she wants to be involved but tires quickly?"
        " We have about three weekends.",
        "We're thinking of adopting a retired greyhound. We live in a flat with a small garden, both work "
        "from home three days a week, and have a seven-year-old cat. What should we know about greyhounds "
        "and cats, exercise needs and the first few weeks, and what questions should we ask the rescue?"
        " The cat is confident and fairly bossy.",
    ],
}
