"""Common French function words: the evidence ``newsstruct.language`` counts to guess
that a text is French ('fr').

The short function words (articles, pronouns, prepositions, conjunctions,
auxiliaries) at the top of French word-frequency lists, as in the Snowball
stemmer project's French stop-word list, cut to the most frequent.
Words that are also common in English (a, on, son) are left out, so
English text does not count as French.
"""

FRENCH_STOPWORDS = frozenset({
    "au", "aux", "avec", "ce", "ces", "cette", "comme", "dans", "de", "des", "du", "elle", "elles",
    "en", "est", "et", "eux", "il", "ils", "je", "l", "la", "le", "les", "leur", "leurs", "lui",
    "mais", "même", "nous", "ont", "ou", "où", "par", "pas", "plus", "pour", "qu", "que", "qui",
    "sa", "sans", "se", "ses", "sont", "sur", "un", "une", "vous", "à", "était", "été", "être",
})  # fmt: skip
