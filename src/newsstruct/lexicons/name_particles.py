"""Lower-case particles that may stand inside a person's name.

"Lauren del Valle", "Alejandro de la Garza", "Ludwig van Beethoven",
"Osama bin Laden".  Collected from the byline shapes in the project's
evaluation notes (shared/eval/html/byline_patterns.md) and common
Romance, Germanic, Dutch and Arabic naming conventions.
"""

NAME_PARTICLES = frozenset({
    "al", "bin", "binti", "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du",
    "el", "ibn", "la", "le", "st.", "ten", "ter", "van", "von", "y", "zu",
})  # fmt: skip
