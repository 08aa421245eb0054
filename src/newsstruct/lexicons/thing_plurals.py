"""Plural nouns that end like nouns for people by what they do (-ers, -ors, -ists,
-ians, -men: "growers", "vendors", "physicians", "fishermen") but name things: a
subject made of one of them ("the numbers show") is no group of speakers.

Lower case.  Collected from the frequent English nouns with those endings (news-corpus
word frequency lists) that name objects, places, amounts or ideas.
"""

THING_PLURALS = frozenset({
    "abdomens", "answers", "banners", "barriers", "borders", "calendars", "centers",
    "centres", "chambers", "chapters", "characters", "colors", "colours", "computers",
    "containers", "corners", "covers", "detectors", "dollars", "dossiers", "errors",
    "factors", "filters", "floors", "headquarters", "indicators", "layers", "letters",
    "liters", "litres", "markers", "matters", "meters", "metres", "mirrors",
    "motors", "numbers", "offers", "orders", "papers", "parameters", "pillars", "posters",
    "quarters", "reactors", "regimens", "rivers", "rumors", "rumours", "sectors",
    "seminars", "sensors", "servers", "specimens", "stickers", "theaters", "theatres",
    "towers", "trackers", "waters",
})  # fmt: skip
