"""Verbs of saying that take the listener before what was said: "told reporters
(that) ...", "assured Biden that ...", "warned investors that ...".  The words
between the verb and the content (the listener) are skipped.

Lower case, in the forms news copy uses.  Collected from the verbs of
communication with an indirect object (VerbNet "tell" and "inform" classes) that
are common in news attribution.
"""

LISTENER_VERBS = frozenset({
    "advised", "advises", "assured", "assures", "assuring", "informed", "informs", "notified",
    "promised", "promises", "reassured", "reminded", "reminding", "reminds", "tell", "telling",
    "tells", "told", "warned", "warning", "warns",
})  # fmt: skip
