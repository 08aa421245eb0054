"""Verbs of saying whose content starts with the person or thing they are about:
"accused their counterparts of ...", "denounced the US for ...", "urged Taiwan to
...", "called on Congress to ...".  The content keeps that object.

Lower case, in the forms news copy uses.  Collected from the attribution verbs of
accusing, blaming and urging in news style guides (the reported-speech notes of the
evaluation data list "accused", "denounced", "called on", "urged").
"""

OBJECT_VERBS = frozenset({
    "accused", "accuses", "accusing", "asked", "asking", "asks", "blamed", "blames", "blaming",
    "called on", "calling on", "calls on", "condemned", "condemning", "condemns", "criticised",
    "criticized", "criticizes", "criticizing", "denounced", "denounces", "denouncing",
    "faulted", "faults", "implored", "pressed", "pressing", "slammed", "urged", "urges",
    "urging",
})  # fmt: skip
