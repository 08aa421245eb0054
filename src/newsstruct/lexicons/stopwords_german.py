"""Common German function words: the evidence ``newsstruct.language`` counts to guess
that a text is German ('de').

The short function words (articles, pronouns, prepositions, conjunctions,
auxiliaries) at the top of German word-frequency lists, as in the Snowball
stemmer project's German stop-word list, cut to the most frequent.
Words that are also common in English (also, an, in, so, was, will) are left out, so
English text does not count as German.
"""

GERMAN_STOPWORDS = frozenset({
    "als", "am", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der", "des",
    "die", "ein", "eine", "einem", "einen", "einer", "er", "es", "für", "hat", "ich", "im", "ist",
    "mit", "nach", "nicht", "noch", "nur", "oder", "sein", "sich", "sie", "sind", "um", "und",
    "vom", "von", "vor", "war", "wie", "wir", "wird", "wurde", "zu", "zum", "zur", "über",
})  # fmt: skip
