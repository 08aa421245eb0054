"""Common Spanish function words: the evidence ``newsstruct.language`` counts to guess
that a text is Spanish ('es').

The short function words (articles, pronouns, prepositions, conjunctions,
auxiliaries) at the top of Spanish word-frequency lists, as in the Snowball
stemmer project's Spanish stop-word list, cut to the most frequent.
Words that are also common in English (a, he, me, no, son) are left out, so
English text does not count as Spanish.
"""

SPANISH_STOPWORDS = frozenset({
    "al", "como", "con", "de", "del", "el", "ella", "ellos", "en", "entre", "era", "es", "esta",
    "este", "está", "están", "fue", "ha", "han", "la", "las", "le", "les", "lo", "los", "mi", "muy",
    "más", "ni", "nos", "para", "pero", "por", "porque", "que", "se", "sin", "sobre", "su", "sus",
    "también", "un", "una", "uno", "y", "ya",
})  # fmt: skip
