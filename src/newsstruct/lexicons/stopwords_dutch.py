"""Common Dutch function words: the evidence ``newsstruct.language`` counts to guess
that a text is Dutch ('nl').

The short function words (articles, pronouns, prepositions, conjunctions,
auxiliaries) at the top of Dutch word-frequency lists, as in the Snowball
stemmer project's Dutch stop-word list, cut to the most frequent.
Words that are also common in English (had, is, of, over, was, we) are left out, so
English text does not count as Dutch.
"""

DUTCH_STOPWORDS = frozenset({
    "aan", "al", "als", "bij", "dat", "de", "den", "der", "deze", "die", "dit", "door", "een", "en",
    "er", "het", "hij", "hun", "ik", "je", "kan", "maar", "met", "naar", "niet", "nog", "om", "ook",
    "op", "te", "tot", "uit", "van", "voor", "wat", "wel", "werd", "worden", "wordt", "zal", "ze",
    "zich", "zijn", "zo",
})  # fmt: skip
