"""Nouns that name a statement and may carry its content in a that-clause: "X's
statement that ...", "the ministry's assurance that ...".  A "that" after one of them
opens reported speech.

Lower case.  Collected from the nouns of saying in news attribution (statement,
claim, pledge ...); nouns of belief and report ("view", "report", "allegation")
are left out: the evaluation notes count allegations as ambiguous.
"""

SPEECH_NOUNS = frozenset({
    "acknowledgment", "admission", "announcement", "argument", "assertion", "assurance",
    "claim", "comment", "contention", "declaration", "insistence", "pledge", "promise",
    "remark", "statement", "suggestion", "vow", "warning",
})  # fmt: skip
