"""Head words of roles that make someone a named person but not an official:
journalists, experts, executives, lawyers, activists ("CNN correspondent",
"a professor at", "the company's chief executive").

Collected from AP Stylebook occupational titles and the source descriptions
common in news attribution ("a spokesperson for the company" is excluded:
spokespeople are in the official titles, and the organisation decides).
"""

PRIVATE_TITLE_HEADS = frozenset({
    "activist", "actor", "actress", "analyst", "anchor", "artist", "attorney", "author",
    "banker", "billionaire", "boss", "broadcaster", "businessman", "businesswoman", "candidate",
    "ceo", "cfo", "challenger", "chef", "co-founder", "coach", "columnist", "commentator",
    "consultant", "contributor", "correspondent", "critic", "cto", "donor", "dr.", "economist",
    "editor", "entrepreneur", "executive", "expert", "fellow", "founder", "frontrunner",
    "historian", "hopeful", "host", "investor", "journalist", "lawyer", "lecturer", "manager",
    "nominee", "novelist", "operative", "organizer", "owner", "partner", "pastor",
    "photographer", "physician", "player", "pollster", "priest", "producer", "prof.",
    "professor", "protester", "publisher", "rabbi", "reporter", "researcher", "resident",
    "scholar", "scientist", "singer", "specialist", "strategist", "student", "supporter",
    "teacher", "veteran", "voter", "writer",
})  # fmt: skip
