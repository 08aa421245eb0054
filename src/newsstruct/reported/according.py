"""The ``according`` and ``as`` shapes of reported speech: ``According to X, CONTENT``,
``CONTENT, according to X``, ``as CNN reported, CONTENT``, ``CONTENT, as reported by
CNN`` (:func:`newsstruct.reported.find.find_reported` reads each sentence's cues).

>>> from newsstruct.text.cues import SPEECH_CUE
>>> text = "Talks will resume in May, according to the ministry"
>>> found = according_shape(text, 0, len(text), next(SPEECH_CUE.finditer(text)))
>>> text[found.content[0]:found.content[1]], found.shape
('Talks will resume in May', 'according')
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.irregular_past import IRREGULAR_PAST
from newsstruct.people.body_signs import portfolio_head
from newsstruct.reported.clauses import clause_end
from newsstruct.reported.found import SUBJECT_WORDS, Found, made, more_words, skip_space
from newsstruct.reported.trailing import TAIL_WORDS
from newsstruct.reported.verb_words import regular_past
from newsstruct.text.cues import SPEECH_CUE
from newsstruct.text.marks import CLOSING, OPENING

__all__ = ["according_shape", "as_shape"]

#: ``, as X reported``, ``as X said,``: the clause word before a reporting cue, where the
#: search starts (``\G``: the sentence or the clause after a comma).
_AS = regex.compile(r"(?:\G|(?<=[,;—–]\s{0,3}))\s*as\s+", regex.IGNORECASE)


#: A participle phrase that says how the source reached the writer, set off by commas
#: after it: ", seen by Reuters,", ", obtained by the Guardian,", ", dated May 3,"; a
#: preposition after the participle (not "published figures show ...,": the content).
_SEEN_BY = regex.compile(
    r"\s*(?:(?:seen|obtained|reviewed|cited|quoted|released|published|filed)\s+"
    r"(?:by|on|in|last|this|earlier)|dated)\b[^,;.]{0,50},"
)


#: A name set off by a comma after an unnamed source, a title's words or abbreviations
#: before it (``according to a police spokesman, Insp. Ravi Ramgoolam``).
_APPOSITIVE_NAME = regex.compile(r",\s+(?:\p{Lu}[\p{L}'’\-]*\.?\s+){0,4}\p{Lu}[\p{L}'’\-]+")
#: An unnamed source: a determiner and lower-case words (``a police spokesman``).
_UNNAMED_SOURCE = regex.compile(r"\s*(?:a|an|the|his|her|its|their)\s+[\p{Ll}'’\-\s]+")


#: A descriptor ending in a person's role, before a leading "according to"'s name.
_SPOKESPERSON = regex.compile(r"(?:spokes(?:man|woman|person)|official|officer|source)\s*\Z")


def named_after(text: str, source_start: int, comma: int, stops: str) -> int:
    """The end of a name set off by ``comma`` after an unnamed source, when one of ``stops``
    (or the sentence's end) follows it; else ``comma``.

    >>> text = "according to a police spokesman, Insp. Ravi Ramgoolam."
    >>> text[: named_after(text, 12, text.index(","), ".")]
    'according to a police spokesman, Insp. Ravi Ramgoolam'
    """
    if _UNNAMED_SOURCE.fullmatch(text, source_start, comma) is None:
        return comma
    name = _APPOSITIVE_NAME.match(text, comma)
    if name is None or text[name.end() : name.end() + 1] not in (*stops, ""):
        return comma
    return name.end()


#: After an according-to phrase set off by commas, words that go on with the clause it
#: stands in, no appositive about its source (``, a social analytics tool``).
_CONTINUES = regex.compile(
    r"\s*(?!(?:a|an|the|which|who|whose|one|its|his|her|their|and|but|said|says|as|according)"
    r"\b)[\p{L}\p{N}$€£]",
    regex.I,
)


def according_shape(text: str, start: int, end: int, cue: regex.Match[str]) -> Found | None:
    """``According to X, CONTENT`` or ``CONTENT, according to X``."""
    comma = text.find(",", cue.end(), end)
    if comma > 0 and portfolio_head(text, cue.end(), skip_space(text, comma + 1, end)):
        comma = text.find(",", comma + 1, end)  # "the Ministry of Trade, Industry and Tourism,"
    if comma > 0 and _SPOKESPERSON.search(text, cue.end(), comma) is not None:
        comma = named_after(text, cue.end(), comma, ",")  # "According to a police
        # spokesman, Insp. Ravi Ramgoolam, the road ..."; not "the police, John Banda, 34,"
    if not text[start : cue.start()].strip() and comma > 0:
        source_end = comma
        seen = _SEEN_BY.match(text, comma + 1, end)
        if seen is not None:  # "According to the request, seen by Reuters, two firms ..."
            comma = seen.end() - 1
        content = (skip_space(text, comma + 1, end), clause_end(text, comma + 1, end))
        return made(content, cue, "according", (cue.end(), source_end))
    before = text[start : cue.start()].rstrip()
    held = before.rstrip(CLOSING)  # '... “magnify divisions,” according to': a quote's comma
    if held.endswith(","):
        stop = start + len(before) - (1 if held == before else 0)
        first = skip_space(text, start, stop)
        if held != before and text[first : first + 1] in OPENING + '"':
            return None  # '“We are ready,” according to the statement': a quote's cue
        content = (first, stop)
        window = text[max(first, content[1] - 40) : content[1]]  # the last words only
        last = window.rsplit(", ", 1)[-1] if ", " in window else None
        if last is not None and len(last.split()) <= 3 and SPEECH_CUE.search(last) is not None:
            return None  # "..., he said, according to an estimate": the cue's own statement
        source_end = _phrase_end(text, cue.end(), end)  # "..., according to a spokesman, X."
        if text[source_end : source_end + 1] == "," and _inside_a_said_clause(
            text, first, stop, _CONTINUES.match(text, source_end + 1, end) is not None
        ):
            return None  # "X said ... worth, according to the valuation, about €420,000": X's
        source_end = named_after(text, cue.end(), source_end, ".;") if source_end < end else end
        return made(content, cue, "according", (cue.end(), source_end))
    return None


def _inside_a_said_clause(text: str, first: int, stop: int, continues: bool) -> bool:
    """``text[first:stop]``, before an according-to aside that the sentence ``continues``
    past, opens with a short subject and a past speech cue without a comma (``X said``,
    ``X told reporters``), and at least six words follow the cue: the aside is inside X's
    statement."""
    cue = SPEECH_CUE.search(text, first, stop)
    if not continues or cue is None or "," in text[first : cue.start()]:
        return False
    word = cue.group().lower().split()[0]
    past = regular_past(word) or word in IRREGULAR_PAST
    return (
        past
        and len(text[first : cue.start()].split()) <= 6
        and more_words(text, cue.end(), stop, 6)
    )


def as_shape(text: str, start: int, end: int, cue: regex.Match[str]) -> Found | None:
    """``as CNN reported, CONTENT`` / ``CONTENT, as CNN reported`` / ``As reported by
    CNN, CONTENT`` / ``CONTENT, as reported by CNN``."""
    if cue.group().split()[0].lower().endswith("ing"):
        return None  # "quoted the minister, Ana Ruiz, as saying ...": "X as saying"
    clause = skip_space(text, _after_last_comma(text, start, cue.start()), cue.start())
    opener = _AS.match(text, clause, min(cue.start(), clause + 12))  # bounded: linear
    if opener is None or len(text[opener.end() : cue.start()].split()) > SUBJECT_WORDS:
        return None
    if text[opener.end() : opener.end() + 7].lower() == "far as ":
        return None  # "As far as we could tell, ...": a hedge, no source
    after = text[cue.end() : end]
    by = after.lstrip()
    zone = cue.end() + len(after) - len(by) + 3
    by_comma = text.find(",", zone, end)
    short = 0 < len(text[zone:by_comma].split()) <= SUBJECT_WORDS  # "by CNN on Monday,"
    if by.lower().startswith("by ") and not text[start:clause].strip() and by_comma > 0 and short:
        content = (skip_space(text, by_comma + 1, end), clause_end(text, by_comma + 1, end))
        return made(content, cue, "according", (zone, by_comma))  # "As reported by CNN, ..."
    if by.lower().startswith("by ") and text[start:clause].rstrip().endswith(","):
        content = (start, start + len(text[start:clause].rstrip()) - 1)  # "..., as reported by CNN"
        return made(content, cue, "according", (zone, _phrase_end(text, zone, end)))
    if after.lstrip().startswith(","):  # "as CNN reported, Xi had promised ..."
        comma = cue.end() + after.index(",")
        content = (skip_space(text, comma + 1, end), clause_end(text, comma + 1, end))
        return made(content, cue, "as", (opener.end(), cue.start()))
    if len(after.split()) <= TAIL_WORDS and text[start:clause].rstrip().endswith(","):
        content = (start, start + len(text[start:clause].rstrip()) - 1)  # "..., as CNN reported"
        return made(content, cue, "as", (opener.end(), cue.start()))
    return None


def _after_last_comma(text: str, floor: int, pos: int) -> int:
    """Just after the last comma (or semicolon, dash) before ``pos``, else ``floor``."""
    best = floor
    for mark in ",;—–":
        best = max(best, text.rfind(mark, floor, pos) + 1)
    return best


def _phrase_end(text: str, pos: int, end: int) -> int:
    """The end of a short phrase (a name after "according to"): the next punctuation."""
    for i in range(pos, end):
        if text[i] in ",;:(—–":
            return i
    return end
