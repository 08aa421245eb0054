"""Words that make a capitalised phrase an organisation, a body or a publication,
not a person: "Chinese Foreign Ministry", "State Department", "National
Security Council", "CBS News", "Acme Capital".  Head nouns of organisation names
from news style guides, the organisation names of the evaluation notes, and the
words that end company names ("Capital", "Research", "Holdings", "Technologies",
"Co" without its full stop as in "Hartwell & Co"), and institutions named by a
place ("Arthur Road Jail", "Pentonville Prison"); and the head words of bodies that
English-language news leaves in French, Spanish, Portuguese or Italian
("Préfecture", "Conseil", "Mairie", "Ministerio", "Fiscalía", "Prefeitura",
"Questura"), from the names of ministries and local authorities in those
countries' official style.
"""

ORGANIZATION_WORDS = frozenset({
    "academy", "administration", "advisers", "advisors", "agency", "airlines", "airways",
    "alcaldía", "alliance", "analytics", "army", "assembly", "assemblée", "associates",
    "association", "associations", "authority", "ayuntamiento", "bank", "berhad", "bhd",
    "biosciences", "bloc", "board", "brands", "bulletin", "bureau", "cabinet", "campaign",
    "capital", "caucus", "center", "centre", "chamber", "chronicle", "church", "club", "co",
    "co-operative", "co.", "coalition", "collective", "college", "command", "commissariat",
    "commission", "committee", "company", "confederation", "conference", "congress",
    "conseil", "consejo", "consortium", "consulting", "cooperative", "corp", "corp.",
    "corporation", "council", "courier", "court", "crescent", "cross", "daily",
    "defensoría", "department", "directorate", "dispatch", "district", "division",
    "embassy", "enterprises", "examiner", "exchange", "federation", "fiscalía", "foods",
    "force", "forces", "forum", "foundation", "fund", "gazette", "gendarmerie", "globe",
    "gmbh", "gobierno", "government", "governorate", "group", "guard", "guild", "herald",
    "holdings", "hospital", "house", "inc", "inc.", "industries", "initiative", "inquirer",
    "insights", "inspectorate", "institute", "institution", "investments", "jail",
    "journal", "labs", "league", "legislature", "limited", "llc", "logistics", "ltd",
    "ltd.", "magazine", "mairie", "markets", "media", "metals", "military", "mining",
    "ministerio", "ministerium", "ministero", "ministry", "ministère", "ministério",
    "motors", "movement", "municipalidad", "municipality", "nation", "navy", "network",
    "networks", "news", "newspaper", "observatory", "observer", "office", "organisation",
    "organisations", "organization", "organizations", "panel", "parliament", "partners",
    "party", "pentagon", "pharmaceuticals", "plc", "police", "post", "prefecture",
    "prefeitura", "press", "prison", "procuraduría", "program", "project", "properties",
    "préfecture", "pty", "questura", "radio", "realty", "regime", "register", "research",
    "reuters", "review", "school", "sdn", "secretariat", "securities", "senate", "service",
    "services", "society", "solutions", "strategies", "studios", "supreme", "syndicate",
    "systems", "team", "technologies", "telecom", "television", "therapeutics", "times",
    "tribunal", "tribune", "trust", "union", "unit", "university", "ventures", "weekly",
})  # fmt: skip
