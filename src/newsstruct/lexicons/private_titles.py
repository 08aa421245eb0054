"""Head words of roles that make someone a named person but not an official:
journalists, experts, executives, lawyers, activists ("CNN correspondent",
"a professor at", "the company's chief executive").

Collected from AP Stylebook occupational titles, common occupations (nurse,
engineer, firefighter ...; not those that are common surnames too: Baker, Cook, Farmer) and the source descriptions
common in news attribution ("a spokesperson for the company" is excluded:
spokespeople are in the official titles, and the organisation decides).
"""

PRIVATE_TITLE_HEADS = frozenset({
    "accountant", "activist", "actor", "actress", "analyst", "anchor", "architect", "artist",
    "attorney", "author", "banker", "billionaire", "biologist", "bookseller", "boss", "broadcaster",
    "builder", "businessman", "businesswoman", "candidate", "cashier", "ceo", "cfo", "challenger",
    "chef", "chemist", "cleric", "clerk", "co-founder", "coach", "columnist", "commentator",
    "composer", "consultant", "contributor", "correspondent", "counselor", "critic", "cto",
    "curator", "dentist", "designer", "doctor", "donor", "dr.", "economist", "editor",
    "electrician", "engineer", "entrepreneur", "executive", "expert", "fellow", "firefighter",
    "fisherman", "forecaster", "founder", "frontrunner", "geologist", "historian", "hopeful",
    "host", "imam", "investor", "janitor", "journalist", "landlord", "lawyer", "lecturer",
    "librarian", "machinist", "manager", "mechanic", "meteorologist", "midwife", "musician",
    "nominee", "novelist", "nurse", "operative", "organizer", "owner", "paramedic",
    "partner", "pastor", "pharmacist", "photographer", "physician", "physicist", "player", "poet",
    "pollster", "priest", "principal", "producer", "prof.", "professor", "programmer", "protester",
    "psychiatrist", "psychologist", "publisher", "rabbi", "rancher", "reporter", "researcher",
    "resident", "retiree", "scholar", "scientist", "shopkeeper", "singer", "soldier", "specialist",
    "strategist", "student", "supporter", "surgeon", "teacher", "technician", "tenant", "therapist",
    "trucker", "tutor", "veteran", "veterinarian", "volunteer", "voter", "waiter", "waitress",
    "welder", "worker", "writer",
})  # fmt: skip
