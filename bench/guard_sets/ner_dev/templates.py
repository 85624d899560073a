# ruff: noqa: E501  (sentence templates and value tables: one entry a line)
"""Texts of the names-and-places development set, by genre (build.py fills the slots).

Slots: {P} {Q} {R} people (full name, in the order their culture writes it); .f given name only,
.l surname only, .h title + surname, .u "SURNAME, Given" as forms write it, .i initial + surname;
{C} {D} cities (.k its country, .r its region or country); {K} a country; {G} a region; {A} {B}
street addresses in a country's own format; {O} an organisation; {T} {T2} software; {X} a product;
{W} a capitalised ordinary word; {DATE} {TIME} {NUM} fillers. People and places are labelled
(an address is one LOCATION), organisations are labelled ORGANIZATION; the rest are look-alikes.
"""

GENRES = {
    "ticket": [
        "Ticket #{NUM}: {P} says the parcel to {A} never arrived. Courier claims it was left with a neighbour.",
        "Customer {P} ({C}, {C.k}) cannot log in to the {X} app since the update. Escalated to tier 2.",
        "Hi, this is {P.f} again. My order was supposed to ship to {A} but the tracking shows {D}. Can you fix it?",
        "Caller {P.h} asked us to change the delivery address to {A}. Verified identity via security questions.",
        "Refund request from {P}: duplicate charge on the {X} subscription. {Q.f} from Billing is on it.",
        "{W} issue reported by {P} from our {C} branch; {T} logs attached, nothing personal in them.",
        "User reports that {X} keeps crashing on startup. No name given, location {C}.",
        "Please call back {P.hf} regarding the {W} dispute; she is travelling to {D} on {DATE}.",
        "Complaint: the technician {P.f} never showed up at {A}. Customer wants a new slot on {DATE}.",
        "Agent note - spoke with {P.l} ({K}); promised a replacement {X} within five working days.",
    ],
    "email": [
        "Hi {P.f},\n\nThanks for sending the {W} draft. I have shared it with {Q} in {C}; we will get back to you by Friday.\n\nBest regards,\n{R}",
        "Dear {P.h},\n\nFurther to our call, please find attached the contract for the {C} office. {Q.f} will countersign.\n\nKind regards,\n{R}\n{O}",
        "Hello {P.f} and {Q.f},\nQuick reminder that the workshop moves from {C} to {D} next month. Travel is booked through {O}.\nCheers,\n{R.f}",
        "Dear Hiring Committee,\n\nI am writing to apply for the data engineer role. I currently live in {C}, {C.k}, and work with {T} and {T2} daily.\n\nSincerely,\n{P}",
        "{P.f}, could you forward this to {Q}? The {W} numbers for {G} look off.\nThanks,\n{R.f}",
        "Hi team,\n\n{P} joins us on Monday from {O}. She will be based in {C} and report to {Q}.\n\nWarm regards,\n{R}",
        "Good morning {P.hf},\nYour appointment at our {C} clinic is confirmed for {DATE} at {TIME}.\nRegards,\nReception",
        "From: {P}\nTo: {Q}\nSubject: {W} for {K}\n\n{Q.f}, the figures are in the shared folder. Let me know what you think.\n{P.f}",
        "Hello,\nMy name is {P} and I am moving to {A} next month. Please transfer my contract to the new address.\nThank you,\n{P.f}",
        "Hi {P.f}! Hope all is well in {C}. {Q.f} and I will be in {D} for the {X} launch - dinner?\nBest,\n{R.f}",
    ],
    "chat": [
        "[09:14] {P.f}: anyone know why the {T} deploy is stuck?\n[09:15] {Q.f}: yeah, {T2} is down in {C}\n[09:16] {P.f}: ugh ok",
        "{P.f}: landed in {C}!!\n{Q.f}: welcome back, how was {K}?\n{P.f}: hot, but the food was amazing",
        "<{P.f}> did {Q} approve the {W} change?\n<{R.f}> not yet, she's in {C} until Thursday",
        "{P.f} (10:02): can you ask {Q.f} about the {X} licence?\n{R.f} (10:05): sure, pinging her now",
        "lol {P.f} just told me {Q.f} is moving to {C}",
        "ok so {P.f} and i are driving from {C} to {D} tomorrow, u coming?",
        "{W} is broken again. {T} says the pod restarted 40 times. @{P.f} can you look?",
        "Me: is {P.f} joining?\n{Q.f}: she's stuck at the airport in {C}",
    ],
    "cv": [
        "Name: {P}\nLocation: {C}, {C.k}\nSkills: {T}, {T2}, Python, SQL\nExperience: Backend engineer at {O} (2019-2023)",
        "{P.u}\nAddress: {A}\nObjective: senior role in {W}\nLanguages: English, French",
        "CURRICULUM VITAE\n{P}\nBorn in {C}, raised in {D}. Worked for {O} in {G}. Tools: {T}, {T2}, {X}.",
        "Referees: {P.hf} ({O}, {C}); {Q.hf} ({D}).",
        "Education: BSc Computer Science (2016), studied in {C}. Certifications: {T} Administrator, {W} Practitioner.",
    ],
    "shipping": [
        "Ship to: {P}\n{A}\nPhone on file. Deliver between {TIME} and 18:00.",
        "Sender: {O}, {C}\nRecipient: {P}\nAddress: {A}\nContents: {X} (1 unit)",
        "Consignee: {P.u}\nDelivery address: {A}\nIncoterm DAP {D}",
        "Return label for {P.f}: drop the box at any post office in {K} and keep the receipt.",
        "Deliver to {P}, {A}. If nobody is home leave it with {Q.h} next door.",
    ],
    "meeting": [
        "Attendees: {P}, {Q}, {R}\nAgenda: {W}, {T} migration\nAction items: {P.f} to draft the {C} rollout plan; {Q.f} to talk to {O}.",
        "Minutes - {DATE}\nPresent: {P.f}, {Q.f}, {R.f}\nApologies: {Q.h}\nDecision: pilot the {X} in {C} before {G}.",
        "Notes from the {W} sync. {P} presented the {T} dashboard; {Q} raised concerns about costs in {K}.",
        "Speaker: {P.hf}\nTopic: Scaling {T} in {G}\nModerator: {Q}",
        "Next steps: {P.f} books the venue in {C}, {Q.f} sends the invite, {R.f} owns the {W}.",
    ],
    "travel": [
        "Flying from {C} to {D} on {DATE}, then a train to {A}. {P.f} is meeting me at the station.",
        "Itinerary for {P}: {C} ({DATE}) - {D} - back home to {K}.",
        "We are staying with {P.f}'s parents in {C} for two nights, then heading to {G}.",
        "Can you recommend a hotel near {A}? My colleague {P.l} stayed in {D} last time.",
        "Booking for {P.hf} and {Q.f}: two rooms, {C}, check-in {DATE}.",
        "I grew up in {C} but moved to {D} for work; my sister still lives in {K}.",
    ],
    "medical": [
        "Patient: {P}\nDOB: {DATE}\nGP: {Q.h} (surgery in {C})\nReason: follow-up after {W} review",
        "Hello, I'd like to book an appointment with {P.h} for my mother, {Q}. We live in {C}.",
        "Referral from {P.hf} ({C}) for {Q}. Please see within two weeks.",
        "Next of kin: {P}, {A}",
        "The patient, {P.f}, reports dizziness since returning from {K}.",
    ],
    "code": [
        "LGTM. One nit: the {T} client should be created once, not per request. cc {P.f}",
        "Reviewed by {P} - please rebase on main before merging the {T} upgrade.",
        "# TODO({P.f}): drop the {T2} fallback once {T} 2.0 is out",
        "Co-authored-by: {P} <dev@example.com>",
        "{T} and {T2} both pin an old {X} SDK; {W} builds fail on {K} mirrors.",
        "Fixed the {W} bug in the {T} adapter. Thanks {P.f} for the repro!",
        "Why does {T} time out in {C} but not in {D}? Latency from {G} is fine.",
        "Migrated {T} to {T2}. {W} and {W} settings moved to the {X} config.",
    ],
    "negatives": [
        "{W} is due on {DATE}. {T} and {T2} dashboards are attached.",
        "{X} now supports {T}. {W} updates roll out next week.",
        "{O} announced record profits; {O} shares fell on the news.",
        "{W}: please submit by Friday. {W} questions go to the help desk.",
        "Ask {X} to set a timer. {X} did not understand the request.",
        "The {T} meetup was great. Next time: {T2} deep dive.",
        "Deploying {T} with {T2} on {X}: a step-by-step guide.",
        "Happy New Year from everyone at {O}!",
        "Monday: {W}. Tuesday: {W}. Wednesday: {T} training.",
        "Please Review The Attached {W} And Confirm By Noon.",
    ],
    "mixed": [
        "{P} from {O} visited our {C} site to discuss the {X} rollout across {G}.",
        "According to {P.l}, the {C} warehouse ships to all of {K}.",
        "{P.f} prefers {T} over {T2}, while {Q.f} swears by {X}.",
        "The conference in {C} featured {P}, {Q} and {R}.",
        "Thanks to {P.hf} and the {O} team in {D} for hosting us.",
        "{K} and {G} account for most of our {W} growth, says {P}.",
        "Mr {P.l} and Mrs {Q.l} from {C} won the {X} raffle.",
        "I'm {P.f}, a nurse from {C}. Call me {P.f} or {P.l}, either is fine.",
    ],
}
