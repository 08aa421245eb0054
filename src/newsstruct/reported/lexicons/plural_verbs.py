"""Common verbs in the plain present form that a plural subject takes in a content
without "that": "said cruise passengers spend little money", "say the measures come too
late".  After a plural noun they make the words a clause; alone they are too often
nouns or infinitives to count.

Lower case, the base form only.  Collected from the most frequent English verbs
(the base forms of news-corpus verb frequency lists) that are not also frequent
plural-noun modifiers; speech verbs and auxiliaries live elsewhere.
"""

PLURAL_VERBS = frozenset({
    "account", "affect", "agree", "appear", "believe", "buy", "cause", "come", "compete",
    "continue", "cost", "create", "decline", "deserve", "disagree", "earn", "employ", "end",
    "exist", "expect", "face", "fall", "fear", "feel", "get", "go", "grow", "happen",
    "help", "hold", "hurt", "include", "increase", "indicate", "involve", "keep", "know",
    "lack", "leave", "live", "look", "lose", "make", "mean", "move", "need", "occur",
    "operate", "oppose", "own", "pay", "prefer", "produce", "reflect", "rely", "remain",
    "rise", "risk", "run", "seem", "sell", "spend", "stay", "struggle", "suffer", "suggest",
    "support", "take", "tend", "think", "use", "want", "win", "work", "worry",
})  # fmt: skip
