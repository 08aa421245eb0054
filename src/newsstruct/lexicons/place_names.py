"""Place names of two words or more that are never a person's name: countries and
territories, and the capitals and large cities that datelines and affiliations name
("Costa Rica", "Sierra Leone", "Papua New Guinea", "San Jose", "Port Moresby").  A run
of capitalised words that spells one of them is a place, even before a cue ("in San
Jose, Costa Rica, said").  Lower case, words joined by one space, without "and"
("trinidad tobago" is not listed: its run stops at "and").  From the UN member-state
and territory names and common wire datelines; some names whose words are all in
:mod:`~newsstruct.lexicons.places` are listed too, whole.
"""

PLACE_NAMES = frozenset({
    "abu dhabi", "addis ababa", "buenos aires", "burkina faso", "cabo verde", "cape town",
    "cape verde", "cayman islands", "central african republic", "cook islands",
    "costa rica", "czech republic", "dominican republic", "east timor", "el salvador",
    "equatorial guinea", "faroe islands", "french polynesia", "guatemala city",
    "hong kong", "ivory coast", "kuala lumpur", "la paz", "los angeles", "marshall islands",
    "mexico city", "new caledonia", "new delhi", "new york", "new zealand", "north korea",
    "north macedonia", "papua new guinea", "phnom penh", "port louis", "port moresby",
    "port vila", "puerto rico", "rio de janeiro", "saint lucia", "san francisco",
    "san jose", "san juan", "san marino", "san salvador", "santo domingo", "sao paulo",
    "sao tome", "saudi arabia", "sierra leone", "solomon islands", "south africa",
    "south korea", "south sudan", "sri lanka", "tel aviv", "united arab emirates",
    "united kingdom", "united states", "virgin islands", "western sahara",
})  # fmt: skip
