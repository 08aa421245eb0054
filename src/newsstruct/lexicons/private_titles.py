"""Head words of roles that make someone a named person but not an official:
journalists, experts, executives, lawyers, activists ("CNN correspondent",
"a professor at", "the company's chief executive").

Collected from AP Stylebook occupational titles, common occupations (nurse,
engineer, firefighter ...; not those that are common surnames too: Baker, Cook, Farmer) and the source descriptions
common in news attribution ("a spokesperson for the company" is excluded:
spokespeople are in the official titles, and the organisation decides), and the
ranks of the Christian churches (bishop, archbishop, cardinal, chaplain, patriarch),
and the shared roles written with "co-" (co-host, co-owner, co-chair), and the
playing positions sports reports put before a name (as "striker", "winger": "fullback",
"halfback", "quarterback", "linebacker", "playmaker").  "Collector" is an
art collector as often as the head of an Indian district ("District Collector"), so it
makes a title here and no official.
"""

PRIVATE_TITLE_HEADS = frozenset({
    "accountant", "activist", "actor", "actress", "advocate", "analyst", "anchor",
    "archbishop", "archimandrite", "architect", "artist", "attorney", "author",
    "banker", "billionaire", "biologist", "bishop", "bookseller", "boss", "broadcaster",
    "builder", "businessman", "businesswoman", "campaigner", "candidate", "captain",
    "cardinal", "cashier", "ceo", "cfo", "challenger", "chaplain", "chef", "chemist",
    "cleric", "clerk", "co-author", "co-chair", "co-chairman", "co-chairwoman",
    "co-creator", "co-director", "co-editor", "co-founder", "co-host", "co-leader",
    "co-manager", "co-organiser", "co-organizer", "co-owner", "co-pilot",
    "co-president", "co-star", "co-worker", "coach", "cofounder", "collector",
    "columnist", "commentator", "composer", "consultant", "contributor", "coordinator",
    "correspondent", "counsel", "counselor", "critic", "cto", "curator", "defender",
    "dentist", "designer", "doctor", "donor", "dr.", "economist", "editor",
    "electrician", "engineer", "entrepreneur", "executive", "expert", "fellow",
    "firefighter", "fisherman", "flanker", "forecaster", "founder", "frontrunner",
    "fullback", "geologist", "goalkeeper", "halfback", "head", "historian", "hopeful",
    "host", "imam", "investor", "janitor", "journalist", "landlord", "lawyer",
    "lecturer", "librarian", "linebacker", "machinist", "manager", "mechanic",
    "meteorologist", "midfielder", "midwife", "musician", "nominee", "novelist",
    "nurse", "officer", "operative", "operator", "organiser", "organizer", "owner",
    "paramedic", "parent", "partner", "pastor", "patriarch", "pharmacist",
    "photographer", "physician", "physicist", "player", "playmaker", "poet", "pollster",
    "priest", "principal", "producer", "prof.", "professor", "programmer", "protester",
    "psychiatrist", "psychologist", "publisher", "pupil", "quarterback", "rabbi",
    "rancher", "reporter", "researcher", "resident", "retiree", "scholar", "scientist",
    "shopkeeper", "singer", "soldier", "specialist", "strategist", "striker", "student",
    "supporter", "surgeon", "teacher", "technician", "tenant", "therapist", "trucker",
    "tutor", "veteran", "veterinarian", "volunteer", "voter", "waiter", "waitress",
    "welder", "winger", "worker", "writer",
})  # fmt: skip
