"""Adverbs of a habit or a norm, which make a bare month in their sentence generic: "Flu
usually peaks between June and August", "The season typically runs from December to March"
(``XXXX-06``, ``XXXX-12``: no particular year's month, as the TimeML 1.2.1 guidelines value a
generic reference).  Adverbs of usual frequency and of the norm from Quirk et al., A
Comprehensive Grammar of the English Language, 8.64 and 8.97; not "often" or "always", which
also qualify a single year's events ("always in March" of one plan).
"""

HABITUAL_ADVERBS = frozenset({
    "customarily", "generally", "normally", "ordinarily", "traditionally", "typically",
    "usually",
})  # fmt: skip
