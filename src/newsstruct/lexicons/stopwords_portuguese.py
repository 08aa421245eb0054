"""Common Portuguese function words: the evidence ``newsstruct.language`` counts to guess
that a text is Portuguese ('pt').

The short function words (articles, pronouns, prepositions, conjunctions,
auxiliaries) at the top of Portuguese word-frequency lists, as in the Snowball
stemmer project's Portuguese stop-word list, cut to the most frequent.
Words that are also common in English (a, as, do, no) are left out, so
English text does not count as Portuguese.
"""

PORTUGUESE_STOPWORDS = frozenset({
    "ao", "aos", "com", "da", "das", "de", "dos", "e", "ela", "ele", "eles", "em", "entre", "era",
    "está", "foi", "isso", "já", "mais", "mas", "na", "nas", "nos", "num", "não", "o", "os", "ou",
    "para", "pela", "pelo", "por", "que", "se", "sem", "ser", "seu", "sua", "são", "também", "um",
    "uma",
})  # fmt: skip
