"""Words that signal speech next to a quote: speech verbs in their common
inflections and the nouns of "according to", "in a statement".

Used by quote detection only to decide the shape of a quote (a closing mark
followed by ``he said`` opens at the paragraph start, ``X said, "Q"`` is a full
quote, a block quote follows ``X emphasized:``).  Collected from the cue
positions listed in the project's quotes issue, the PolNeAR attribution verbs
and common newswire usage.

``quote_kinds`` uses these together with the single-word cues of
``lexicons/speech_verbs.py`` (the attribution stage's lexicon), less the naming
verbs of ``quote_naming_verbs``; this set keeps the few words quote shapes need
that are not attribution cues ("statement", "speaking") and makes the stage
work on its own.
"""

QUOTE_CUE_WORDS = frozenset({
    "according", "acknowledged", "add", "added", "adding", "adds", "admits", "admitted", "agreed",
    "announced", "answered", "argued", "argues", "asked", "asking", "asks", "boasted", "cautioned",
    "chimed", "claimed", "claims", "commented", "complained", "conceded", "concluded", "confirmed",
    "continued", "continues", "countered", "cried", "declared", "declares", "demanded", "denied",
    "emphasised", "emphasized", "exclaimed", "explained", "explains", "insisted", "insists",
    "joked", "maintained", "mused", "noted", "notes", "observed", "pleaded", "pledged", "posted",
    "predicted", "promised", "quipped", "recalled", "recalls", "reiterated", "remarked", "replied",
    "replies", "reported", "reports", "responded", "responds", "said", "say", "saying", "says",
    "shouted", "snapped", "speaking", "stated", "statement", "states", "stressed", "stresses",
    "suggested", "tell", "telling", "tells", "testified", "told", "tweeted", "urged", "vowed",
    "warned", "warns", "whispered", "writes", "wrote", "yelled",
})  # fmt: skip
