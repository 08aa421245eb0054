"""Nouns of age, faith, sport and craft that news copy uses on second reference for
the person a story is about ("Kiran Rai, 17, took four wickets ... “...,” the teenager
said"; "the abbot said", "the skipper said", "the weaver said").  Unlike "the man" or
"the driver", such a noun rarely stands for someone new.  A subset of
:mod:`newsstruct.lexicons.person_nouns`, from second references in feature and sport
copy.
"""

SECOND_REFERENCE_NOUNS = frozenset({
    "abbot", "baker", "batsman", "boatman", "bowler", "butcher", "carpenter", "climber",
    "cyclist", "dancer", "debutant", "ferryman", "fiddler", "herder", "jockey", "monk",
    "newcomer", "nun", "pensioner", "rookie", "skipper", "sprinter", "swimmer", "teenager",
    "weaver", "youngster",
})  # fmt: skip
