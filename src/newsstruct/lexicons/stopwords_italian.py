"""Common Italian function words: the evidence ``newsstruct.language`` counts to guess
that a text is Italian ('it').

The short function words (articles, pronouns, prepositions, conjunctions,
auxiliaries) at the top of Italian word-frequency lists, as in the Snowball
stemmer project's Italian stop-word list, cut to the most frequent.
Words that are also common in English (a, come, in, per) are left out, so
English text does not count as Italian.
"""

ITALIAN_STOPWORDS = frozenset({
    "al", "alla", "anche", "che", "ci", "con", "da", "dal", "degli", "dei", "del", "della", "delle",
    "di", "e", "gli", "ha", "hanno", "il", "l", "la", "le", "lo", "ma", "nel", "nella", "non",
    "più", "questo", "se", "si", "sono", "su", "sua", "suo", "tra", "un", "una", "uno", "è",
})  # fmt: skip
