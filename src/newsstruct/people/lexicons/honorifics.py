"""Courtesy titles written before a person's name ("Mr. Blinken", "Ms Atwood",
"Dr. Fauci").  They confirm that the following capitalised words are a person
but say nothing about office.  From AP Stylebook courtesy titles and British
usage (no full stop).
"""

HONORIFICS = frozenset({
    "dame", "dr", "dr.", "lady", "lord", "madam", "miss", "mr", "mr.", "mrs", "mrs.", "ms",
    "ms.", "mx", "mx.", "rev.", "reverend", "sir",
})  # fmt: skip
