"""Scenarios for grounded.jsonl: context passages, answer sentences they support, and sentences they do not.

Unsupported sentences change a number, a date or a name, or add a fact the passages never state.
Answer sentences avoid abbreviations and decimals so that splitting an answer into sentences is unambiguous.
"""

SCENARIOS = [
    {
        "context": [
            "Northwind Traders opened its first warehouse in Rotterdam in 2016. The warehouse covers 40,000 "
            "square metres and employs about 300 people.",
            "In 2021 the company added a second site in Hamburg, focused on cold-chain logistics.",
        ],
        "supported": [
            "Northwind Traders opened its first warehouse in Rotterdam in 2016.",
            "The Rotterdam warehouse covers 40,000 square metres.",
            "About 300 people work at the Rotterdam warehouse.",
            "A second site was added in Hamburg in 2021.",
            "The Hamburg site focuses on cold-chain logistics.",
        ],
        "unsupported": [
            "Northwind Traders opened its first warehouse in Rotterdam in 2012.",
            "The Rotterdam warehouse employs about 800 people.",
            "The second site opened in Antwerp in 2021.",
            "The company plans to open a third site in Poland next year.",
        ],
    },
    {
        "context": [
            "Release notes for version 4 of the Harbor mobile app: offline mode lets users read saved "
            "articles without a connection. Dark mode now follows the system setting.",
            "Version 4 drops support for Android 8. It requires Android 9 or later.",
        ],
        "supported": [
            "Version 4 adds an offline mode for reading saved articles without a connection.",
            "Dark mode now follows the system setting.",
            "Android 8 is no longer supported.",
            "The app now needs Android 9 or later.",
        ],
        "unsupported": [
            "Version 4 requires Android 11 or later.",
            "Version 4 also drops support for iOS 14.",
            "Offline mode can store up to 500 articles.",
            "Dark mode was removed in version 4.",
        ],
    },
    {
        "context": [
            "Employees receive 25 days of paid vacation per year. After five years of service this rises to 30 days.",
            "Unused vacation days can be carried over until 31 March of the following year.",
        ],
        "supported": [
            "Employees get 25 paid vacation days a year.",
            "After five years of service the allowance rises to 30 days.",
            "Unused days can be carried over until the end of March of the next year.",
        ],
        "unsupported": [
            "After three years of service the allowance rises to 30 days.",
            "Unused days can be carried over until 30 June of the following year.",
            "Employees can also sell up to five unused days back to the company.",
            "New employees get 20 paid vacation days a year.",
        ],
    },
    {
        "context": [
            "The Berlin Wall was opened on 9 November 1989, after a confused announcement at a press "
            "conference by Günter Schabowski.",
            "Germany was formally reunified on 3 October 1990.",
        ],
        "supported": [
            "The Berlin Wall was opened on 9 November 1989.",
            "The opening followed a confused announcement at a press conference.",
            "Günter Schabowski made the announcement.",
            "Germany was formally reunified on 3 October 1990.",
        ],
        "unsupported": [
            "The Berlin Wall was opened on 9 November 1988.",
            "Germany was formally reunified on 3 October 1991.",
            "The announcement was made by Erich Honecker.",
            "More than two million people crossed the border in the first weekend.",
        ],
    },
    {
        "context": [
            "The Keel semantic cache stores answers keyed by an embedding of the prompt. Entries expire after "
            "24 hours by default.",
            "The cache can use an in-process store or Redis; Redis lets several gateway replicas share entries.",
        ],
        "supported": [
            "The semantic cache stores answers keyed by an embedding of the prompt.",
            "By default, cache entries expire after 24 hours.",
            "The cache can use an in-process store or Redis.",
            "With Redis, several gateway replicas can share cache entries.",
        ],
        "unsupported": [
            "By default, cache entries expire after 7 days.",
            "The cache can also use Memcached as a store.",
            "The semantic cache is enabled for every route by default.",
            "With Redis, cache entries never expire.",
        ],
    },
    {
        "context": [
            "Preheat the oven to 180 degrees Celsius. Mix 250 grams of flour, 100 grams of sugar and two eggs.",
            "Bake the cake for 35 minutes, until a skewer comes out clean.",
        ],
        "supported": [
            "The oven should be preheated to 180 degrees Celsius.",
            "The batter uses 250 grams of flour, 100 grams of sugar and two eggs.",
            "The cake bakes for 35 minutes.",
            "It is done when a skewer comes out clean.",
        ],
        "unsupported": [
            "The oven should be preheated to 220 degrees Celsius.",
            "The cake bakes for 50 minutes.",
            "The batter also needs a teaspoon of vanilla extract.",
            "The recipe uses three eggs.",
        ],
    },
    {
        "context": [
            "FC Lindenau beat Harbor City 3-1 on Saturday. Maya Okafor scored twice in the first half.",
            "The win moves Lindenau to second place in the league, four points behind the leaders.",
        ],
        "supported": [
            "FC Lindenau won 3-1 against Harbor City on Saturday.",
            "Maya Okafor scored two goals in the first half.",
            "Lindenau are now second in the league.",
            "They are four points behind the leaders.",
        ],
        "unsupported": [
            "FC Lindenau won 4-1 against Harbor City on Saturday.",
            "Maya Okafor scored a hat-trick.",
            "Lindenau are now top of the league.",
            "The match was played in front of 20,000 fans.",
        ],
    },
    {
        "context": [
            "The museum is open Tuesday to Sunday from 10:00 to 18:00. It is closed on Mondays.",
            "Admission is free for visitors under 18. Adult tickets cost 14 euros.",
        ],
        "supported": [
            "The museum is closed on Mondays.",
            "From Tuesday to Sunday it opens at 10:00 and closes at 18:00.",
            "Visitors under 18 get in for free.",
            "An adult ticket costs 14 euros.",
        ],
        "unsupported": [
            "An adult ticket costs 18 euros.",
            "The museum is closed on Tuesdays.",
            "Students get a 50 percent discount.",
            "On Fridays the museum stays open until 22:00.",
        ],
    },
    {
        "context": [
            "The API allows 60 requests per minute per key. Requests over the limit receive HTTP status 429 "
            "with a Retry-After header.",
            "Enterprise keys can request a higher limit from support.",
        ],
        "supported": [
            "Each key may send 60 requests per minute.",
            "Requests over the limit get status 429.",
            "The 429 response includes a Retry-After header.",
            "Enterprise customers can ask support for a higher limit.",
        ],
        "unsupported": [
            "Each key may send 100 requests per minute.",
            "Requests over the limit get status 503.",
            "Free keys are limited to 1,000 requests per day.",
            "Higher limits are granted automatically after a month.",
        ],
    },
    {
        "context": [
            "Your order 48213 shipped on 12 May from our Leipzig warehouse with DHL.",
            "Delivery is expected within three business days. The parcel contains two items: a desk lamp "
            "and a set of bulbs.",
        ],
        "supported": [
            "Order 48213 shipped on 12 May.",
            "It was sent from the Leipzig warehouse.",
            "DHL is the carrier.",
            "Delivery should take three business days.",
            "The parcel holds a desk lamp and a set of bulbs.",
        ],
        "unsupported": [
            "Order 48213 shipped on 15 May.",
            "The carrier is UPS.",
            "The parcel also contains an extension cable.",
            "Delivery should take five business days.",
        ],
    },
    {
        "context": [
            "The study followed 1,200 adults for two years. Participants who walked at least 7,000 steps a day "
            "reported better sleep quality.",
            "The authors note that the study was observational and cannot prove cause and effect.",
        ],
        "supported": [
            "The study followed 1,200 adults.",
            "It lasted two years.",
            "People who walked at least 7,000 steps a day reported better sleep.",
            "The authors say the design cannot prove cause and effect.",
        ],
        "unsupported": [
            "The study followed 12,000 adults.",
            "Walking 7,000 steps a day was shown to cause better sleep.",
            "The study was funded by a fitness tracker company.",
            "It lasted five years.",
        ],
    },
    {
        "context": [
            "The conference takes place in Lisbon from 14 to 16 October. The keynote on the first day is "
            "given by Dr Amara Mensah.",
            "Workshops run on the third day and require separate registration.",
        ],
        "supported": [
            "The conference is held in Lisbon.",
            "It runs from 14 to 16 October.",
            "Amara Mensah gives the keynote on the first day.",
            "Workshops are on the third day.",
            "Workshops need a separate registration.",
        ],
        "unsupported": [
            "The conference runs from 14 to 18 October.",
            "The keynote is given by Kwame Mensah.",
            "The conference is held in Porto.",
            "Workshops are included in the standard ticket.",
        ],
    },
    {
        "context": [
            "The contract has a term of 24 months and renews automatically for 12 months unless cancelled.",
            "Either party may cancel with three months' written notice before the end of the term.",
        ],
        "supported": [
            "The contract runs for 24 months.",
            "It renews automatically for 12 months unless it is cancelled.",
            "Cancellation needs three months' written notice.",
            "Notice must be given before the end of the term.",
        ],
        "unsupported": [
            "The contract runs for 36 months.",
            "Cancellation needs one month's notice.",
            "Notice can be given by phone.",
            "Early cancellation costs a fee of two monthly payments.",
        ],
    },
    {
        "context": [
            "Honeybees communicate the location of food through the waggle dance. The angle of the dance "
            "shows the direction relative to the sun.",
            "The duration of the waggle run indicates the distance to the food source.",
        ],
        "supported": [
            "Honeybees use the waggle dance to share where food is.",
            "The angle of the dance shows the direction relative to the sun.",
            "How long the waggle run lasts indicates the distance to the food.",
        ],
        "unsupported": [
            "The colour of the bee indicates the distance to the food.",
            "Bumblebees use the same dance.",
            "The dance also tells other bees what kind of flower it is.",
            "The speed of the dance shows the direction relative to the moon.",
        ],
    },
    {
        "context": [
            "The school will be closed on Friday 8 March for teacher training.",
            "The after-school club will still run from 15:00 to 18:00 in the sports hall.",
        ],
        "supported": [
            "The school is closed on Friday 8 March.",
            "The closure is for teacher training.",
            "The after-school club still runs that day.",
            "It runs from 15:00 to 18:00 in the sports hall.",
        ],
        "unsupported": [
            "The school is closed on Friday 15 March.",
            "The after-school club is cancelled that day.",
            "Lunch will be served as usual.",
            "The club meets in the library.",
        ],
    },
    {
        "context": [
            "Tomorrow will be cloudy in Hamburg with a high of 14 degrees. Rain is likely in the evening.",
            "Winds from the west reach up to 40 kilometres per hour.",
        ],
        "supported": [
            "Tomorrow will be cloudy in Hamburg.",
            "The high will be 14 degrees.",
            "Rain is likely in the evening.",
            "Westerly winds reach up to 40 kilometres per hour.",
        ],
        "unsupported": [
            "The high will be 21 degrees.",
            "Rain is expected in the morning.",
            "A storm warning has been issued for the coast.",
            "Winds will come from the east.",
        ],
    },
    {
        "context": [
            "The novel follows Ines, a lighthouse keeper on a Portuguese island, over one winter.",
            "It won the regional literature prize in 2019 and has been translated into eight languages.",
        ],
        "supported": [
            "The main character, Ines, is a lighthouse keeper.",
            "The story is set on a Portuguese island over one winter.",
            "The novel won the regional literature prize in 2019.",
            "It has been translated into eight languages.",
        ],
        "unsupported": [
            "The novel won the regional literature prize in 2017.",
            "It has been translated into twenty languages.",
            "The main character is a fisherman named Tomas.",
            "A film adaptation is planned for next year.",
        ],
    },
    {
        "context": [
            "To rotate an API key, create a new key in the dashboard, update your applications, then revoke "
            "the old key.",
            "Revoked keys stop working immediately and cannot be restored.",
        ],
        "supported": [
            "First create a new key in the dashboard.",
            "Then update your applications to use it.",
            "Finally revoke the old key.",
            "A revoked key stops working immediately.",
            "Revoked keys cannot be restored.",
        ],
        "unsupported": [
            "Revoked keys keep working for 24 hours.",
            "Revoked keys can be restored within a week.",
            "Keys are rotated automatically every 90 days.",
            "You must contact support to create a new key.",
        ],
    },
    {
        "context": [
            "The Danube is about 2,850 kilometres long. It flows through ten countries, more than any other "
            "river in the world.",
            "It rises in the Black Forest in Germany and empties into the Black Sea.",
        ],
        "supported": [
            "The Danube is about 2,850 kilometres long.",
            "It flows through ten countries.",
            "No other river flows through more countries.",
            "It rises in the Black Forest and ends in the Black Sea.",
        ],
        "unsupported": [
            "The Danube is about 3,500 kilometres long.",
            "It flows through seven countries.",
            "It rises in the Alps in Switzerland.",
            "It is the longest river in Europe.",
        ],
    },
    {
        "context": [
            "The clinic's flu vaccination days are on 4 and 11 November. Appointments can be booked online or "
            "by phone.",
            "The vaccine is free for people over 60 and for pregnant women.",
        ],
        "supported": [
            "Flu vaccinations are offered on 4 and 11 November.",
            "You can book an appointment online or by phone.",
            "The vaccine is free for people over 60.",
            "Pregnant women also get it for free.",
        ],
        "unsupported": [
            "Flu vaccinations are offered on 4 and 18 November.",
            "The vaccine is free for people over 50.",
            "Walk-ins are accepted without an appointment.",
            "The clinic also offers COVID boosters on the same days.",
        ],
    },
]
