"""Adjectives of regions that news copy uses for a person as it uses a nation's
("the Catalan said", "the Basque", "the Tasmanian"): second references to someone
from there, and no one's name.  Kept apart from
:mod:`newsstruct.lexicons.demonyms`, which maps a nation's adjective to its state: a
region's adjective in a title stays part of the title ("Catalan President").  Regions
with their own sports and press identities in Europe, North America and Australia.
"""

REGIONAL_DEMONYMS = frozenset({
    "andalusian", "basque", "bavarian", "breton", "catalan", "corsican", "flemish",
    "galician", "quebecer", "sardinian", "sicilian", "tasmanian", "texan", "walloon",
})  # fmt: skip
