"""Irregular past-tense verbs ("wrote", "stood", "made"): words that make a stretch of
text a clause with a finite verb in the past, where a regular verb would end in "-ed".

Read where a clause must be told from a noun phrase: a reported statement without
"that" (``Kiedis said his band wrote new songs``).  The past forms of the common
English irregular verbs (Quirk et al., *A Comprehensive Grammar of the English
Language*, 3.14-3.16) whose past form is not also their base form or a common noun
("cut", "put", "set", "hit" and "cost" are left out; so are "saw" and "found",
nouns and verbs alike, and "left" and "led", which are also adjectives or
participles before nouns).
"""

IRREGULAR_PAST = frozenset({
    "ate", "became", "began", "bit", "blew", "bought", "broke", "brought", "built", "came",
    "caught", "chose", "did", "drank", "drew", "drove", "fell", "felt", "flew", "forgot",
    "fought", "gave", "got", "grew", "had", "heard", "held", "hid", "kept", "knew", "lay",
    "lent", "lost", "made", "meant", "met", "paid", "ran", "rang", "rode", "rose", "said",
    "sang", "sank", "sat", "sent", "shook", "shot", "slept", "sold", "sought", "spent",
    "spoke", "stole", "stood", "struck", "swore", "taught", "thought", "threw", "told", "took",
    "tore", "understood", "was", "went", "were", "withdrew", "woke", "won", "wore", "wrote",
})  # fmt: skip
