"""Lower-case particles that may stand inside a person's name.

"Lauren del Valle", "Alejandro de la Garza", "Ludwig van Beethoven",
"Osama bin Laden", "Joris van den Heijden".  Collected from the byline shapes in
the project's evaluation notes (shared/eval/html/byline_patterns.md) and common
Romance, Germanic, Dutch and Arabic naming conventions, and the Turkic patronymic
words ("Tofig Ali oglu Huseynov": oglu, ogly, qizi, kyzy, uulu, and the Azerbaijani
"gizi"/"kizi"/"qızı", Turkmen "gyzy", Kazakh "uly", Uzbek "ugli"), and the Faroese "í"
and "á" of a farm name ("Bárður í Lon", "Bárður á Steig Nielsen") and its "við" ("by":
"Jóannes við Sandá"), and the Catalan
"i" between two surnames ("Pau Serra i Vilaró"), and the Portuguese "e" ("Maria Lourdes
Rodrigues e Pereira").
"""

NAME_PARTICLES = frozenset({
    "af", "al", "ap", "bin", "bint", "binti", "da", "das", "de", "degli", "dei", "del",
    "dela", "della", "delos", "den", "der", "des", "di", "do", "dos", "du", "e", "el",
    "gizi", "gyzy", "i", "ibn", "kizi", "kyzy", "la", "las", "le", "los", "oglu",
    "ogly", "oğlu", "qizi", "qızı", "st.", "ten", "ter", "ugli", "uly", "uulu", "van",
    "við", "von", "y", "zu", "á", "í",
})  # fmt: skip
