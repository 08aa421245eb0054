"""Verbs of saying whose content is what the speaker commits to or demands, as a
to-infinitive right after the verb: "vowed to fight on", "pledged to cut taxes",
"promised to resign".  The content keeps its "to".

Lower case, the forms of these verbs that the speech-cue lexicon holds.  Collected
from the commissive verbs of saying (VerbNet's "promise" class and the "vow",
"pledge" entries of news style guides).
"""

PROMISE_VERBS = frozenset({
    "pledged", "pledges", "promised", "promises", "promising", "vowed", "vowing", "vows",
})  # fmt: skip
