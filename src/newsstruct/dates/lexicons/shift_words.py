"""Words before "by" after which "a week", "an hour" names a length of time, a DURATION.

"delayed by an hour", "postponed by a week", "extended by a year", "pushed back by a
day", "brought forward by a month": verbs that move or stretch an event in time, and
the particles they take.  Not "cut by a quarter" or "rose by a third" (fractions: the
unit "quarter" is left out by the reader).  Verbs from the TimeML 1.2.1 guidelines'
duration examples and Quirk et al., A Comprehensive Grammar of the English Language,
8.59-8.61 (duration adjuncts), with the particles of their phrasal forms.
"""

SHIFT_WORDS = frozenset({
    "ahead", "back", "brought", "deferred", "delay", "delayed", "extend", "extended",
    "followed", "forward", "lengthened", "moved", "outlived", "postpone", "postponed",
    "preceded", "prolonged", "pushed", "put", "shifted", "shortened", "slipped", "up",
})  # fmt: skip
