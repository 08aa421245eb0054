"""Lower-case words that may stand inside an official title before or after its
head word: "Deputy Secretary of State", "national security adviser",
"Minister of Public Security", "former president", "top US diplomat".

Collected from AP Stylebook title entries and the names of government
departments and portfolios of the US, UK, EU, China and the UN.
"""

TITLE_MODIFIERS = frozenset({
    "acting", "affairs", "agriculture", "air", "armed", "army", "arts", "assistant", "associate",
    "attorney", "aviation", "budget", "cabinet", "chief", "chiefs", "children", "civil", "climate",
    "commerce", "communications", "communist", "congressional", "county", "culture", "customs",
    "cyber", "cybersecurity", "defence", "defense", "democratic", "deputy", "development",
    "digital", "district", "ecology", "economic", "economy", "education", "election", "emergency",
    "employment", "energy", "enterprise", "environment", "environmental", "equality", "executive",
    "external", "families", "family", "federal", "finance", "financial", "first", "fisheries",
    "forces", "foreign", "forests", "former", "general", "government", "health", "heritage", "high",
    "highways", "homeland", "house", "housing", "human", "immigration", "indigenous", "industry",
    "information", "infrastructure", "innovation", "intelligence", "interim", "interior",
    "internal", "international", "jobs", "joint", "junior", "justice", "labor", "labour", "lands",
    "late", "legislative", "local", "majority", "management", "maritime", "military", "minerals",
    "mines", "minority", "municipal", "national", "natural", "naval", "navy", "office", "outgoing",
    "parliamentary", "party", "people", "permanent", "personal", "petty", "planning", "police",
    "political", "ports", "presidential", "press", "prime", "principal", "procurement",
    "prosecutions", "provincial", "public", "railways", "regional", "relations", "republican",
    "resources", "retired", "revenue", "roads", "rural", "science", "security", "senate", "senior",
    "services", "skills", "social", "special", "sport", "sports", "staff", "state", "strategic",
    "supreme", "tax", "technology", "telecommunications", "top", "tourism", "trade", "transport",
    "transportation", "treasury", "urban", "veterans", "vice", "war", "water", "welfare", "white",
    "women", "works", "youth",
})  # fmt: skip
