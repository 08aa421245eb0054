"""Nouns for boats and ships written right before a vessel's name ("the trawler Ann
Marie", "the schooner, the Mary Bernadette,"): vessels are often named for people, and
the run after such a noun is the vessel's name, no person's.

Lower case.  The kinds of vessel that news of fishing, shipping, rescues at sea and
navies names, from the common English terms for ships and boats; nouns that are also a
role or a common word before a person's name are left out ("carrier", "liner", "tender",
"tug", "cutter": "a Uber driver and carrier", "Jo Cutter").
"""

VESSEL_NOUNS = frozenset({
    "barge", "boat", "bulker", "catamaran", "coaster", "corvette", "destroyer", "dinghy",
    "dragger", "dredger", "ferry", "freighter", "frigate", "ketch", "longliner", "schooner",
    "seiner", "ship", "sloop", "steamer", "submarine", "tanker", "trawler", "vessel", "yacht",
})  # fmt: skip
