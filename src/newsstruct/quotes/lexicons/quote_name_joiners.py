"""Short lowercase words that may stand between the capitalised words of a quoted
name or title of a work: "Pirates of the Caribbean", "Make America Great Again"
has none, "Leader of the Free World" has two.

A quote whose words are all capitalised or one of these is a name or title
(``kind="term"``), not speech.  Collected from English title-case style rules
(the articles, coordinating conjunctions and short prepositions left lowercase).
"""

QUOTE_NAME_JOINERS = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "de", "del", "for", "in", "la", "le", "nor", "of",
    "on", "or", "the", "to", "von", "with",
})  # fmt: skip
