"""Common English function words: the evidence ``newsstruct.language`` counts to guess
that a text is English ('en').

The short function words (articles, pronouns, prepositions, conjunctions,
auxiliaries) at the top of English word-frequency lists, as in the Snowball
stemmer project's English stop-word list, cut to the most frequent.
newsstruct reads English: a text whose words are mostly these is read as it should be.
"""

ENGLISH_STOPWORDS = frozenset({
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he",
    "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "may", "more", "most", "no",
    "not", "of", "on", "one", "only", "or", "other", "our", "out", "over", "she", "so", "some",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to",
    "up", "was", "we", "were", "what", "when", "which", "who", "will", "with", "would", "you",
})  # fmt: skip
