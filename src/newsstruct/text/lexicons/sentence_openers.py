"""Words that open sentences in news copy and almost never follow an abbreviation
inside one: after "in the U.S." or "Fresno, Calif." a capitalised "The", "He" or
"But" starts a new sentence, while "U.S. Senate" and "Gov. Newsom" go on.

Lower case.  Articles, personal and demonstrative pronouns, and the conjunctions
and adverbs that most often open a sentence in English news (drawn from common
English function-word lists).
"""

SENTENCE_OPENERS = frozenset({
    "a", "after", "also", "although", "an", "and", "as", "at", "but", "by", "during", "for",
    "he", "her", "his", "however", "i", "if", "in", "it", "its", "many", "meanwhile", "most",
    "my", "no", "on", "one", "our", "she", "since", "so", "some", "that", "the", "their",
    "then", "there", "these", "they", "this", "those", "though", "to", "we", "when", "while",
    "yet", "you",
})  # fmt: skip
