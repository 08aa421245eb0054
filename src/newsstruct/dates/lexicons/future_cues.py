"""Words that put a sentence in the future, so "Friday" means the coming Friday.

News reports the past: an unqualified weekday, month or day resolves to the
nearest past one unless its sentence holds one of these (modal "will",
"upcoming", "scheduled", a passive "is expected" or "is forecast", an expectation in the
present: "expects", "predict" ...), or a deadline or obligation ("must", "due by",
"has until", "needs to"), or the present tense of a schedule or timetable ("The
tournament runs from June 14", "The show opens on Friday", "the law takes effect",
"crews are bracing for"; Quirk et al. 4.42, the simple present of fixed arrangements:
only third-person forms, which follow no modal or "to"), or a date put back ("The case
was adjourned until a date in June", "postponed to", "deferred until", "pushed back to": the
new date lies ahead of the report, as court and parliamentary copy prints it).  Compiled from English
future-time markers (Quirk et al., A Comprehensive Grammar of the English Language,
4.41-4.46).
"""

FUTURE_CUES = frozenset({
    "'ll", "adjourned till", "adjourned to", "adjourned until", "are bracing", "are due",
    "are expected", "are forecast", "begins in", "begins on", "closes on", "comes into force",
    "coming", "deadline", "deferred to", "deferred until", "due by", "expect", "expected to",
    "expects", "gets under way", "gets underway", "goes on sale", "going to", "has until",
    "have until", "is bracing", "is due", "is expected", "is forecast", "is to", "kicks off",
    "must", "next", "opens on", "plan to", "planning", "plans to", "postponed till",
    "postponed to", "postponed until", "predict", "predicts", "pushed back to", "put off until",
    "reconvenes on", "reopens on", "rescheduled for", "resumes on", "returns from",
    "returns on", "runs from", "runs until", "scheduled", "set to", "shall", "slated",
    "starts in", "starts on", "takes effect", "takes place", "upcoming", "will", "won't",
    "would", "’ll",
})  # fmt: skip
