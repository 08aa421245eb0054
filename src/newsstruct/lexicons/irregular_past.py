"""Irregular past-tense verbs ("wrote", "stood", "made", "said"), with "was" and "were":
words that say a clause is in the past where a regular verb would end in "-ed".

Read by the dates stage (a bare day right after a past verb is the last such day:
"said Friday", "met Monday") and by the reported-speech stage (a clause without
"that" has a finite verb: "Kiedis said his band wrote new songs"; there the forms
that are as often nouns or adjectives, "found", "saw", "left", "led", "hit", "quit",
do not count).  The past forms of the common English irregular verbs (Quirk et al.,
*A Comprehensive Grammar of the English Language*, 3.14-3.16).
"""

IRREGULAR_PAST = frozenset({
    "ate", "became", "began", "bit", "blew", "bought", "broke", "brought", "built", "came",
    "caught", "chose", "did", "drank", "drew", "drove", "fell", "felt", "fled", "flew", "forgot",
    "fought", "found", "gave", "got", "grew", "had", "heard", "held", "hid", "hit", "kept", "knew",
    "lay", "led", "left", "lent", "lost", "made", "meant", "met", "paid", "quit", "ran", "rang",
    "rode", "rose", "said", "sang", "sank", "sat", "saw", "sent", "shook", "shot", "slept", "sold",
    "sought", "sped", "spent", "spoke", "stole", "stood", "struck", "swore", "taught", "thought",
    "threw", "told", "took", "tore", "understood", "was", "went", "were", "withdrew", "woke", "won",
    "wore", "wrote",
})  # fmt: skip
