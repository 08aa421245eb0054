"""Words after a bare plural unit that make it a distance in time, a DURATION.

"The election is weeks away", "the project is years behind schedule", "the payments are
months overdue", "the flight landed hours late": how far an event is from now or from
its due time, the length TimeML 1.2.1 tags as an indefinite duration (``PXW``, ``PXY``),
as it tags "three months behind schedule" (``P3M``).  Adverbs of distance and delay after
a measure phrase (Quirk et al., A Comprehensive Grammar of the English Language, 7.60 and
8.54); read by :func:`newsstruct.dates.durations.read_plural`.
"""

DISTANCE_WORDS = frozenset({"away", "behind", "late", "overdue"})
