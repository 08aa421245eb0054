"""Lower-case words that end like a noun for someone by what they do (-er, -or, -ist,
-ian) but are none: prepositions, adverbs, ordinals and common nouns of things.  Before
a capitalised name they are no occupation ("after Ana Lee", "the river Lai").

Lower case.  Collected from the frequent English words with those endings.
"""

NOT_AGENT_NOUNS = frozenset({
    "after", "border", "center", "chapter", "corner", "either", "ever", "former", "further",
    "however", "latter", "letter", "matter", "neither", "never", "number", "order", "other",
    "over", "paper", "quarter", "rather", "river", "shelter", "summer", "together", "under",
    "water", "whether", "winter",
})  # fmt: skip
