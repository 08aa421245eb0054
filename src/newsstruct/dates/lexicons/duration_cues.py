"""Words after which "a week" or a bare "weeks" names a length of time, a DURATION.

"for weeks", "within a year", "could take days", "lasted hours", "nearly a
month", "was given a week", "has a month to appeal", "waited years", "goes back decades",
"spanning centuries", "it has been months since": a preposition of extent, a verb of
lasting, waiting or of granting time, "back" after a verb of reaching into the past, or an
approximation before the unit.  Without one, "a year" after a quantity is a frequency ("$5 million a
year") and a bare plural is no timex at all.  Prepositions and verbs of extent
from the TimeML 1.2.1 guidelines' duration examples and Quirk et al.,
A Comprehensive Grammar of the English Language, 8.59-8.61 (duration adjuncts).
"""

DURATION_CUES = frozenset({
    "about", "after", "allow", "allowed", "allows", "almost", "another", "back",
    "barely", "been", "during", "following", "for", "gave", "give", "given", "gives",
    "giving", "grant", "granted", "grants", "had", "has", "have", "in", "just", "last",
    "lasted", "lasting", "lasts", "least", "mere", "nearly", "need", "needed", "needs", "offer",
    "offered", "offers", "only", "over", "span", "spanned", "spanning", "spans",
    "spend", "spending", "spends", "spent", "take", "taken", "takes", "taking", "than",
    "through", "throughout", "took", "wait", "waited", "waiting", "waits", "within",
})  # fmt: skip
