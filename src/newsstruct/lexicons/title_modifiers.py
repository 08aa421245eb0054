"""Lower-case words that may stand inside an official title before or after its
head word: "Deputy Secretary of State", "national security adviser",
"Minister of Public Security", "former president", "top US diplomat".

Collected from AP Stylebook title entries and the names of government
departments and portfolios of the US, UK, EU, China and the UN.
"""

TITLE_MODIFIERS = frozenset({
    "acting", "affairs", "agriculture", "air", "armed", "army", "assistant", "associate",
    "attorney", "budget", "chief", "chiefs", "civil", "commerce", "communications", "communist",
    "congressional", "county", "culture", "cyber", "cybersecurity", "defence", "defense",
    "democratic", "deputy", "development", "district", "ecology", "economic", "economy",
    "education", "election", "emergency", "energy", "environment", "environmental", "executive",
    "external", "federal", "finance", "first", "fisheries", "forces", "foreign", "former",
    "general", "health", "high", "homeland", "house", "housing", "human", "immigration",
    "industry", "information", "infrastructure", "intelligence", "interim", "interior",
    "internal", "international", "joint", "junior", "justice", "labor", "labour", "late",
    "majority", "management", "military", "minority", "municipal", "national", "naval", "navy",
    "outgoing", "parliamentary", "party", "people", "permanent", "personal", "planning",
    "police", "political", "presidential", "press", "prime", "principal", "provincial",
    "public", "regional", "republican", "resources", "retired", "rural", "science", "security",
    "senate", "senior", "services", "social", "special", "staff", "state", "strategic",
    "supreme", "tax", "technology", "top", "tourism", "trade", "transport", "transportation",
    "treasury", "urban", "veterans", "vice", "war", "water", "welfare", "white", "works",
})  # fmt: skip
