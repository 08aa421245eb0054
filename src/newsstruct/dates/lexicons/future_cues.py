"""Words that put a sentence in the future, so "Friday" means the coming Friday.

News reports the past: an unqualified weekday, month or day resolves to the
nearest past one unless its sentence holds one of these (modal "will",
"upcoming", "scheduled", a passive "is expected" or "is forecast" ...), or a deadline or obligation ("must", "due by",
"has until", "needs to").  Compiled from English future-time markers
(Quirk et al., A Comprehensive Grammar of the English Language, 4.41-4.46).
"""

FUTURE_CUES = frozenset({
    "'ll", "are due", "are expected", "are forecast", "coming", "deadline", "due by",
    "expected to", "expects to", "going to", "has until", "have until", "is due",
    "is expected", "is forecast", "is to", "must", "next", "plan to", "planning", "plans to",
    "scheduled", "set to", "shall", "slated", "upcoming", "will", "won't", "would", "’ll",
})  # fmt: skip
