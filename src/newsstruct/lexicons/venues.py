"""Nouns that end the name of a sports or events venue: "Queen's Park Oval",
"Kensington Oval", "Moses Mabhida Stadium".  A run of capitalised
words that ends in one names a place, not a person, whatever its first word.  Lower
case.  English venue nouns from sports reporting; ones that are common surnames as
well ("Park", "Field", "Green", "Hall", "Arena": Bruce Arena) are left out.
"""

VENUE_WORDS = frozenset({
    "ballpark", "coliseum", "colosseum", "oval", "racecourse", "showground",
    "showgrounds", "speedway", "stadium", "velodrome",
})  # fmt: skip
