"""Verbs of saying whose content is what the speaker commits to or demands, as a
to-infinitive right after the verb: "vowed to fight on", "pledged to cut taxes",
"promised to resign".  The content keeps its "to".

Lower case, the past and -ing forms that the speech-cue lexicon holds; the -s forms
are left out, being nouns as often ("Election pledges to build homes have gone unmet").  Collected
from the commissive verbs of saying (VerbNet's "promise" class and the "vow",
"pledge" entries of news style guides).
"""

PROMISE_VERBS = frozenset({
    "pledged", "pledging", "promised", "promising", "vowed", "vowing",
})  # fmt: skip
