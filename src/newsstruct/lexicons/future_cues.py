"""Words that put a sentence in the future, so "Friday" means the coming Friday.

News reports the past: an unqualified weekday, month or day resolves to the
nearest past one unless its sentence holds one of these (modal "will",
"upcoming", "scheduled" ...).  Compiled from English future-time markers
(Quirk et al., A Comprehensive Grammar of the English Language, 4.41-4.46).
"""

FUTURE_CUES = frozenset({
    "'ll", "coming", "expected to", "expects to", "going to", "is due", "is to",
    "next", "plan to", "planning", "plans to", "scheduled", "set to", "shall",
    "upcoming", "will", "won't", "would", "’ll",
})  # fmt: skip
