"""Degrees and credentials printed after an author's name ("Rachael Link, MS, RD").

Dropped from bylines.  Collected from the byline shapes in the project's
evaluation notes (shared/eval/html/byline_patterns.md) and common academic
and professional post-nominals.
"""

CREDENTIALS = frozenset({
    "ba", "bsc", "cfa", "cpa", "dds", "do", "dr", "edd", "esq", "jd", "llm", "ma", "mba", "md",
    "mph", "ms", "msc", "np", "pa-c", "pharmd", "phd", "psyd", "rd", "rdn", "rn",
})  # fmt: skip
