"""Nouns for landforms and waters that end a place's name: "Lai River", "Craig Cove",
"Kitimat Valley", "Fraser Island".  A run of capitalised words that ends in one names
a place, not a person, whatever its first word ("Craig" is a given name too).  Lower
case.  English geographic feature nouns; the ones that are common surnames as well
("Bay", "Creek", "Lake", "Hill", "Park", "Beach", "Rivers") are left out.
"""

LANDFORM_WORDS = frozenset({
    "archipelago", "atoll", "canal", "cove", "delta", "estuary", "falls", "fjord",
    "glacier", "gulf", "island", "islands", "lagoon", "mountains", "peninsula",
    "plateau", "reef", "river", "rocks", "strait", "valley", "volcano", "waterfall",
})  # fmt: skip
