"""Speech cues: the verbs and phrases of saying, as one pattern every stage shares
(the layout stage tells a lede from a deck by them, the people stage confirms a
name by them, the speakers stage attributes quotes at them).

>>> [m.group() for m in SPEECH_CUE.finditer("She said it, he added, and according to them...")]
['said', 'added', 'according to']
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.speech_verbs import SPEECH_CUES

__all__ = ["SPEECH_CUE", "cue_alternation"]


def cue_alternation() -> str:
    """The speech cues of the lexicon as one alternation, longest first."""
    cues = sorted(SPEECH_CUES, key=lambda c: (-len(c), c))
    return "|".join(regex.escape(c).replace("\\ ", r"\s+") for c in cues)


#: A speech cue from :mod:`newsstruct.lexicons.speech_verbs` as a whole word
#: ("said", "chimed in", "according to"); case-insensitive.
SPEECH_CUE = regex.compile(rf"(?<![\p{{L}}\-])(?:{cue_alternation()})(?![\p{{L}}\-])", regex.I)
