"""Reported speech inside a relative clause: ``the changes, which officials said will
start in May, ...`` (the content is what follows the cue, up to the clause's end), and
``the wall, which he said Mexico would pay for, ...``.

>>> from newsstruct.text.cues import SPEECH_CUE
>>> text = "The changes, which officials said will start in May, apply to all."
>>> cue = next(SPEECH_CUE.finditer(text))
>>> found = relative_content(text, 0, len(text), cue, cue.end() + 1)
>>> text[found.content[0] : found.content[1]], text[found.speaker_zone[0] : found.speaker_zone[1]]
('will start in May', 'officials ')
"""

from __future__ import annotations

import regex

from newsstruct.reported.clauses import clause_end, first_verb, looks_like_clause
from newsstruct.reported.found import Found, made
from newsstruct.reported.verb_words import verb_like
from newsstruct.text.marks import DASHES
from newsstruct.text.timewords import WEEKDAYS

__all__ = ["relative_content", "relative_end"]

#: "which", "that" or "what" and one to three words (the cue's subject) right before the cue.
_RELATIVE_THEN_SUBJECT = regex.compile(
    r"(?:^|[\s,(—–-])(?:which|that|what)\s+((?:[\p{L}\p{N}’'.\-]+\s+){1,3})$", regex.IGNORECASE
)
#: Words that make the words after "which"/"that" no subject of the cue.
_NOT_SUBJECTS = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "be", "been", "will", "would", "also"}
    | {"not", "never", "could", "can", "should", "may", "might", "must", "did", "does", "do"}
)


#: Antecedents of "that" whose relative clause tells what was said, not a claim:
#: ("everything that he said turned out to be false", "the words that she said hurt").
_NOT_ANTECEDENTS = frozenset(
    {"everything", "nothing", "anything", "something", "all", "much", "little", "words"}
    | {"comments", "remarks", "things", "statement", "statements", "claims", "claim"}
)
#: A time right after the cue (``said Tuesday``, ``said on Monday``, ``said last week``).
_TIME_AFTER_CUE = regex.compile(
    r"(?:on\s+)?(?:(?:" + "|".join(sorted(w.capitalize() for w in WEEKDAYS)) + r")"
    r"|yesterday|today|last\s+week|this\s+week|earlier|later)\s+"
)


def relative_content(
    text: str, start: int, end: int, cue: regex.Match[str], pos: int
) -> Found | None:
    """The statement of a cue whose subject follows "which" or "that": a verb right after
    the cue (``that he said defied expectations``) or, after a comma's "which", a clause
    that the next comma closes (``, which he said Mexico would pay for,``); else None."""
    relative = _RELATIVE_THEN_SUBJECT.search(text, max(start, cue.start() - 48), cue.start())
    if relative is None or pos >= end:
        return None
    if any(w.lower() in _NOT_SUBJECTS for w in relative.group(1).split()):
        return None  # "which was said to ...": a passive, no subject
    before = text[max(start, relative.start() - 24) : relative.start() + 1].lower().split()
    if before and before[-1].strip(",") in _NOT_ANTECEDENTS:
        return None  # "Everything that he said turned out to be false": what was said, no claim
    time = _TIME_AFTER_CUE.match(text, pos, end)
    if time is not None:  # "which the agency said Tuesday was incomplete"
        pos = time.end()
    stop = clause_end(text, pos, end)
    comma = text.find(",", pos, stop)
    opened = text[max(start, relative.start() - 1) : relative.start(1)].lstrip().startswith(",")
    if first_verb(text, pos, stop, first_word=True) == pos:  # "said | will start in May"
        return made(
            (pos, comma if comma >= 0 else stop), cue, "before", (relative.start(1), cue.start())
        )
    if opened and comma >= 0:  # ", which he said Mexico would pay for, ..."
        return made((pos, comma), cue, "before", (relative.start(1), cue.start()))
    return None


#: How far a relative clause's content is searched for the comma that ends it.
_RELATIVE_REACH = 300
#: A relative pronoun as the cue's subject after a comma (``(?r)``): ", which says".
_RELATIVE_CUE = regex.compile(r"(?r),\s*(?:which|who)\s+\Z")
#: The same after a dash, an adverb allowed (``(?r)``): "— who previously said".
_DASHED_RELATIVE_CUE = regex.compile(r"(?r)(?:[—–―]|\s--?)\s*(?:which|who)\s+(?:\p{Ll}+ly\s+)?\Z")


def relative_end(text: str, start: int, cue_start: int, pos: int, stop: int) -> int:
    """Where the content at ``pos`` of a cue whose subject is a relative pronoun after a
    comma ends: at the first comma that closes a whole clause and that a verb follows,
    the main clause's (``The agency, which says the ash is safe, | closed the
    schools``); else ``stop``."""
    if _DASHED_RELATIVE_CUE.search(text, max(start, cue_start - 30), cue_start):
        dash = min((k for k in (text.find(d, pos, stop) for d in DASHES) if k >= 0), default=-1)
        if dash < 0:
            return stop
        while dash > pos and text[dash - 1].isspace():
            dash -= 1
        return dash  # "Trump — who said he would win — said"
    if not _RELATIVE_CUE.search(text, max(start, cue_start - 12), cue_start):
        return stop
    reach = min(stop, pos + _RELATIVE_REACH)  # one sentence of many such cues: linear
    comma = text.find(",", pos, reach)
    while comma >= 0:
        after = text[comma + 1 : comma + 24].split()[:1]
        if after and verb_like(after[0].lower()) and looks_like_clause(text, pos, comma):
            return comma  # not "the dam, | built in 1960, is safe": no clause yet
        comma = text.find(",", comma + 1, reach)
    return stop
