"""What the words right around a speech cue say about the name before it: a given name
that says "he" or "she" is a person (``Katrín said she would stay``), a name that speaks
of itself as "it" is a body (``X said it had opened two clinics``), and whether a cue
follows in the sentence at all.
"""

from __future__ import annotations

import regex

from newsstruct.people.given import given_name
from newsstruct.people.names import NameRun
from newsstruct.people.patterns import PEOPLE_HE_OR_SHE_SOON, PEOPLE_ITSELF_AFTER
from newsstruct.text.cues import SPEECH_CUE

__all__ = ["cue_in_sentence", "cue_right_after", "cue_then_he_or_she", "speaks_of_itself"]


def cue_right_after(text: str, run: NameRun) -> regex.Match[str] | None:
    """A finite speech cue one space after ``run`` (``Katrín said``; not ``Keeps
    saying``), else None."""
    if text[run.end : run.end + 1] != " ":
        return None
    cue = SPEECH_CUE.match(text, run.end + 1, run.end + 30)
    return None if cue is None or cue.group().lower().endswith("ing") else cue


def cue_then_he_or_she(text: str, run: NameRun) -> bool:
    """``Katrín said she would stay``, ``Ellie-Mae told them she ...``: a given name, a
    speech cue right after it, then he or she before the clause ends.  A surname or a
    body is left out: a club or a company says "he" of its players and staff
    (``Arsenal said he would miss the match``)."""
    word = run.words[0]
    if not (given_name(word.low) or "-" in word.base):
        return False
    cue = cue_right_after(text, run)
    return cue is not None and PEOPLE_HE_OR_SHE_SOON.match(text, cue.end()) is not None


def cue_in_sentence(text: str, pos: int) -> bool:
    """A speech cue before the sentence that runs on at ``pos`` ends (at most 200 characters)."""
    rest = text[pos : pos + 200]
    stop = min((i for i in (rest.find(c) for c in ".!?\n") if i >= 0), default=len(rest))
    return SPEECH_CUE.search(rest, 0, stop) is not None


def speaks_of_itself(text: str, run: NameRun) -> bool:
    """A speech cue right after the name, then ``it`` with a verb or ``its`` in the same
    clause (``X said it had opened two clinics``): a body speaking of itself."""
    cue = cue_right_after(text, run)
    return (
        cue is not None and PEOPLE_ITSELF_AFTER.match(text, cue.end(), cue.end() + 120) is not None
    )
