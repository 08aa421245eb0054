"""Capitalised openers followed by a dash or colon that are labels, not places.

"FILE - In this photo...", "UPDATE: ...", "EDITOR'S NOTE —", "WARNING: ...".
Collected from wire copy and pasted pages (the look-alikes listed in the
project's byline and dateline notes) and the kicker labels news sites print.
"""

DATELINE_LABELS = frozenset({
    "analysis", "breaking", "breaking news", "correction", "developing", "editor's note",
    "editorial", "exclusive", "explainer", "file", "live", "note", "opinion", "photo",
    "photos", "published", "spoiler", "spoiler alert", "update", "updated", "video", "warning",
    "watch",
})  # fmt: skip
