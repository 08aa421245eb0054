"""Job words that end a role in a byline ("Staff Writer", "Senior Supreme Court Analyst").

A byline piece whose last word is one of these is a role, not a person.
Collected from the byline shapes in the project's evaluation notes
(shared/eval/html/byline_patterns.md) and newspaper4k's removed role words, and
the posts that guest authors sign with ("Staff Attorney", "Senior Fellow",
"Professor of Law").
"""

BYLINE_ROLE_WORDS = frozenset({
    "analyst", "anchor", "attorney", "columnist", "contributor", "correspondent", "critic",
    "desk", "director", "economist", "editor", "editors", "fellow", "host", "intern",
    "journalist", "lecturer", "photographer", "producer", "professor", "report", "reporter",
    "reporters", "researcher", "scientist", "staff", "team", "writer", "writers",
})  # fmt: skip
