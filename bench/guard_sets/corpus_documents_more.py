"""More ordinary documents for the shipped corpora, used like corpus_documents.DOCS."""

DOCS: dict[str, list[list[str]]] = {
    "news": [
        [
            "Riverside council has approved plans for a new swimming pool on the site of the old bus depot.",
            "The 25-metre pool will include a learner pool and a small gym.",
            "Construction is expected to start in the spring and take about eighteen months.",
            "The project will cost 14 million pounds, partly funded by a national sports grant.",
            "Local swimming clubs welcomed the decision after years of travelling to the next town.",
            "Some residents raised concerns about parking on nearby streets.",
            "The council says a traffic study will be published before work begins.",
        ],
        [
            "A heatwave is expected to reach the south of the country by Thursday.",
            "Temperatures could climb to 36 degrees in some inland areas.",
            "Health officials advise people to avoid strenuous activity in the afternoon.",
            "Several cities are opening cool rooms in libraries and community centres.",
            "Farmers are worried about the effect on late harvests.",
            "Forecasters expect the heat to ease early next week.",
        ],
    ],
    "recipe": [
        [
            "This lentil soup has been our winter staple for years.",
            "Soften a chopped onion, two carrots and a stick of celery in olive oil.",
            "Add two cloves of garlic and a teaspoon of cumin and cook for a minute.",
            "Stir in 200 grams of red lentils, a tin of tomatoes and a litre of stock.",
            "Simmer for 25 minutes until the lentils fall apart.",
            "Blend half of it for a creamier texture, then season with lemon juice.",
            "It keeps for four days in the fridge and freezes well.",
        ],
        [
            "These banana muffins are a good way to use up overripe fruit.",
            "Mash three bananas and mix them with 80 grams of melted butter.",
            "Add an egg, 100 grams of sugar and a splash of milk.",
            "Fold in 200 grams of flour with a teaspoon of baking powder.",
            "Bake at 180 degrees for about 22 minutes.",
            "A handful of walnuts or chocolate chips is a nice addition.",
        ],
    ],
    "job_posting": [
        [
            "We are hiring a part-time bookkeeper to join our family-run garden centre.",
            "The role is 20 hours a week, with flexible days.",
            "You will manage invoices, reconcile bank statements and prepare VAT returns.",
            "Experience with Xero is essential; experience in retail is a plus.",
            "We offer a staff discount, free parking and a friendly team.",
            "To apply, send a CV and a short cover letter by the end of the month.",
            "Interviews will take place in the first week of next month.",
        ],
        [
            "Junior front-end developer, hybrid, two days a week in our Bristol office.",
            "You'll work on our booking platform with React and TypeScript.",
            "We pair a lot, review each other's code and ship several times a day.",
            "You should be comfortable with HTML, CSS and modern JavaScript.",
            "We provide a learning budget and a mentor for your first six months.",
            "Salary range and benefits are listed on our careers page.",
        ],
    ],
    "newsletter": [
        [
            "Dear parents and carers,",
            "Thank you for supporting our summer fair, which raised over 2,300 pounds for new library books.",
            "Year 5 will visit the science museum on 12 June; please return consent forms by Friday.",
            "Sports day is on 20 June, weather permitting, with a picnic lunch on the field.",
            "We remind families that the school gates open at 8:40 each morning.",
            "Lost property will be displayed in the hall on the last day of term.",
            "With best wishes, the head teacher.",
        ],
    ],
    "faq": [
        [
            "How long does delivery take? Standard delivery takes three to five working days.",
            "Can I return an item? Yes, within 30 days, as long as it is unused and in its original packaging.",
            "Do you ship abroad? We currently ship to the EU, the UK and Switzerland.",
            "How do I track my order? You will receive a tracking link by email once it has shipped.",
            "Can I change my order? Contact us within two hours of ordering and we will do our best.",
            "Do you offer gift wrapping? Yes, for a small fee, selected at checkout.",
        ],
    ],
    "forum": [
        [
            "Has anyone else had trouble with the 2.3 firmware on the X200 router?",
            "Since updating, my connection drops every evening around 9pm.",
            "I've tried rebooting and resetting to factory settings.",
            "The logs show 'DHCP lease expired' just before each drop.",
            "My provider says the line is fine.",
            "Would rolling back to 2.2 be safe, or does anyone know a fix?",
        ],
    ],
    "changelog": [
        [
            "Version 3.4.0",
            "Added: dark mode for the settings screen.",
            "Added: export of reports as PDF.",
            "Changed: the default date format now follows the system locale.",
            "Fixed: crash when opening a project with an empty name.",
            "Fixed: search ignored accented characters.",
            "Removed: the legacy sync option, deprecated since 3.0.",
        ],
    ],
    "itinerary": [
        [
            "Day 1: arrive in Lisbon, check in at the hotel in Baixa, evening walk to the river.",
            "Day 2: morning tram 28 to Alfama, afternoon at the tile museum.",
            "Day 3: day trip to Sintra by train, visit Pena Palace and the Moorish castle.",
            "Day 4: Belém in the morning, pastries at the famous bakery, afternoon free.",
            "Day 5: train to Porto, about three hours, dinner by the Douro.",
            "Day 6: port cellar tour in Vila Nova de Gaia, evening flight home.",
        ],
    ],
}

REQUESTS: list[tuple[str, tuple[str, ...]]] = [
    ("Summarise this news story in three bullet points:", ("news",)),
    ("What are the main facts in this article?", ("news",)),
    ("Can you convert this recipe to US cups?", ("recipe",)),
    ("Make a shopping list from this recipe:", ("recipe",)),
    ("Rewrite this job ad so it sounds more welcoming:", ("job_posting",)),
    ("What skills does this job ask for?", ("job_posting",)),
    ("Summarise this school newsletter for my partner:", ("newsletter",)),
    ("Which dates from this newsletter should go in my calendar?", ("newsletter",)),
    ("Turn this FAQ into a short paragraph for our product page:", ("faq",)),
    ("Help me answer this forum post:", ("forum",)),
    ("Write release notes for users from this changelog:", ("changelog",)),
    ("Is this itinerary realistic? Suggest changes:", ("itinerary",)),
    ("Summarise:", ("news", "recipe", "job_posting", "newsletter", "faq", "forum", "changelog", "itinerary")),
    ("TL;DR please:", ("news", "forum", "newsletter", "faq")),
    ("Translate this into Spanish:", ("recipe", "itinerary", "faq", "news")),
]
