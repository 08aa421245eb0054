"""Words that make a capitalised phrase an organisation, a body or a publication,
not a person: "Chinese Foreign Ministry", "State Department", "National
Security Council", "CBS News", "Acme Capital".  Head nouns of organisation names
from news style guides, the organisation names of the evaluation notes, and the
words that end company names ("Capital", "Research", "Holdings", "Technologies",
"Co" without its full stop as in "Hartwell & Co"), and institutions named by a
place ("Arthur Road Jail", "Pentonville Prison").  With them, the head words of bodies named in another language
(:mod:`newsstruct.lexicons.foreign_body_heads`).
"""

from newsstruct.lexicons.foreign_body_heads import FOREIGN_BODY_HEADS

_ENGLISH_ORGANIZATION_WORDS = frozenset({
    "academy", "administration", "advisers", "advisors", "agency", "airlines", "airways",
    "alliance", "analytics", "army", "assembly", "associates", "association", "associations",
    "authority", "bank", "berhad", "bhd", "biosciences", "bloc", "board", "brands", "bulletin",
    "bureau", "cabinet", "campaign", "capital", "caucus", "center", "centre", "chamber",
    "chancellery", "chronicle", "church", "club", "co", "co-operative", "co.", "coalition",
    "collective", "college", "command", "commissariat", "commission", "committee", "company",
    "confederation", "conference", "congress", "consortium", "consulting", "cooperative", "corp",
    "corp.", "corporation", "council", "courier", "court", "crescent", "cross", "daily",
    "department", "directorate", "dispatch", "district", "division", "embassy", "enterprises",
    "examiner", "exchange", "federation", "ferries", "foods", "force", "forces", "forum",
    "foundation", "fund", "gazette", "globe", "gmbh", "government", "governorate", "group", "guard",
    "guild", "herald", "holdings", "hospital", "house", "inc", "inc.", "industries", "initiative",
    "inquirer", "insights", "inspectorate", "institute", "institution", "investments", "jail",
    "journal", "labs", "league", "legislature", "limited", "llc", "logistics", "ltd", "ltd.",
    "magazine", "markets", "media", "metals", "military", "mining", "ministry", "motors",
    "movement", "municipality", "nation", "navy", "network", "networks", "news", "newspaper",
    "observatory", "observer", "office", "organisation", "organisations", "organization",
    "organizations", "panel", "parliament", "partners", "party", "pentagon", "pharmaceuticals",
    "plc", "police", "post", "prefecture", "presidency", "press", "prison", "program", "project",
    "properties", "pty", "radio", "railway", "railways", "realty", "regime", "register", "research",
    "reuters", "review", "school", "sdn", "secretariat", "securities", "senate", "service",
    "services", "society", "solutions", "strategies", "studios", "supreme", "syndicate", "systems",
    "team", "technologies", "telecom", "television", "therapeutics", "times", "tribunal", "tribune",
    "trust", "union", "unit", "university", "ventures", "weekly",
})  # fmt: skip

#: The English words and the foreign heads: every word that makes a phrase a body.
ORGANIZATION_WORDS = _ENGLISH_ORGANIZATION_WORDS | FOREIGN_BODY_HEADS
