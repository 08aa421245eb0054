"""Labels that stand before a headline ("WATCH: ...", "EXCLUSIVE: ...").

Collected from news front pages and wire feeds: section and format labels
that outlets print in front of, or on the line above, a headline.  Matched
case-insensitively, with or without a trailing colon.
"""

KICKER_LABELS = frozenset({
    "analysis", "breaking", "breaking news", "commentary", "developing", "developing story",
    "editorial", "exclusive", "explainer", "fact check", "factbox", "first on cnn", "in pictures",
    "interview", "just in", "live", "live updates", "news analysis", "opinion", "photos", "podcast",
    "review", "special report", "update", "updated", "video", "watch",
})  # fmt: skip
