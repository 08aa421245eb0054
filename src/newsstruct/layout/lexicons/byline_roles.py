"""Job words that end a role in a byline ("Staff Writer", "Senior Supreme Court Analyst").

A byline piece whose last word is one of these is a role, not a person.
Collected from the byline shapes in the project's evaluation notes
(shared/eval/html/byline_patterns.md) and newspaper4k's removed role words.
"""

BYLINE_ROLE_WORDS = frozenset({
    "analyst", "anchor", "columnist", "contributor", "correspondent", "critic", "desk",
    "editor", "editors", "host", "intern", "producer", "report", "reporter", "reporters",
    "staff", "team", "writer", "writers",
})  # fmt: skip
