"""Irregular past-tense verbs that put the date right after them in the past ("said Friday",
"met Monday", "was told Wednesday"), whatever else the sentence says.

A date straight after a past verb is the time of that verb's event, so it is the last
such day even in a sentence that also looks ahead ("Officials said Friday that talks
would resume").  Regular past forms ("announced", "ended") are told by their "-ed"
ending; these are the irregular ones news copy puts before a date: the past forms of
the common English irregular verbs (Quirk et al., A Comprehensive Grammar of the English
Language, 3.14-3.16), with "was" and "were".
"""

PAST_FORMS = frozenset({
    "began", "bought", "broke", "brought", "came", "did", "fell", "flew", "fought", "found",
    "gave", "got", "had", "held", "hit", "kept", "led", "left", "lost", "made", "met", "paid",
    "quit", "ran", "rose", "said", "saw", "sent", "shot", "sold", "spoke", "stood", "struck",
    "told", "took", "was", "went", "were", "won", "wrote",
})  # fmt: skip
