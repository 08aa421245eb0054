"""What every speaker rule shares: speech cues in a stretch of text, the window a
cue may stand in, and the mark of a speaker that cannot be named."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsstruct.speakers.speech import OrgRef, Speech
from newsstruct.text.cues import SPEECH_CUE

__all__ = ["UNKNOWN", "WINDOW", "cues_in"]

#: How far around a quote a cue may stand, in characters.
WINDOW = 300
#: An attribution whose speaker cannot be named: no other rule may guess one.
UNKNOWN = Speech(OrgRef("", 0, 0), None, "unknown", 0.0)


def cues_in(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """Speech cues in ``text[start:end]``; a capitalised one only where a sentence starts
    (``Said Ellis:``), so that "United States" or "Fox News Reports" is no cue."""
    for cue in SPEECH_CUE.finditer(text, start, end):
        before = text[max(0, cue.start() - 3) : cue.start()].rstrip(" “\"‘'")
        if cue.group()[:1].islower() or not before or before[-1] in ".!?\n":
            yield cue
