"""Find reported (indirect) statements: what someone said, told or wrote, without quote
marks around it as a whole.

Shapes, in each sentence of the body (``shape`` on the result):

- ``before``: the cue comes first, then the content, without or with "that"
  (``Blinken said the country had evidence``, ``told reporters that ...``,
  ``accused the US of ...``, ``called on Taiwan to ...``, ``X's statement that ...``);
- ``after``: the content comes first and the cue ends the sentence after a comma
  (``Talks will resume, the ministry said.``, ``..., said the ministry.``,
  ``..., as CNN reported.``);
- ``according``: ``According to X, ...`` or ``..., according to X.``;
- ``as``: ``as CNN reported, ...`` opening the sentence.

The content runs to its natural end: the end of the sentence, the comma before a
trailing cue or a participle clause (``, citing ...``), or an ``and`` before another
cue.  A content that is wholly a direct quote is a quote, not a reported statement;
quotes inside a content stay quotes (a mixed quote).  Beliefs, hopes and polls have
no cue in the speech lexicon and are not read.

>>> text = "Talks will resume in May, the ministry said. Lee told reporters she would not resign."
>>> [(text[f.content[0]:f.content[1]], f.shape) for f in find_reported(text, ((0, len(text)),), ())]
[('Talks will resume in May', 'after'), ('she would not resign', 'before')]
"""

from __future__ import annotations

import bisect
from typing import Literal

import attrs
import regex

from newsstruct.reported.clauses import clause_end, looks_like_clause, skip_listener
from newsstruct.reported.lexicons.object_verbs import OBJECT_VERBS
from newsstruct.text.cues import SPEECH_CUE
from newsstruct.text.marks import OPENING
from newsstruct.text.sentences import ends_sentence

__all__ = ["Found", "Shape", "find_reported"]

Shape = Literal["before", "after", "according", "as"]

#: At most this many words may stand after a trailing cue before the sentence ends
#: ("the ministry said on Monday.").
_TAIL_WORDS = 4
#: A content at least this much inside direct quotes belongs to those quotes, and one
#: almost wholly inside any quote marks is a quote (a shorter fragment is a mixed quote).
_QUOTED_SHARE = 0.9
_WHOLLY_QUOTED = 0.9
#: At most this many words name the speaker of a trailing cue (", the ministry said").
_SUBJECT_WORDS = 8
#: Words after a cue that open an indirect question (``explained why ...``).
_QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "who", "when", "where"})
#: Words that open a subordinate clause, which a reported statement does not start with.
_SUBORDINATORS = frozenset(
    {"when", "if", "while", "as", "after", "before", "because", "although", "though"}
    | {"since", "asked", "despite", "once", "unless", "whether"}
)
#: Words that end the part before a parenthetical cue when the statement follows it.
_RELATIVE_ENDS = frozenset({"which", "that", "who", "where", "when", "whom"})
#: Cues that name or describe more often than they report ("called him a liar").
_NAMING_CUES = frozenset({"called", "described", "mocked", "praised", "slammed", "sang", "read"})
#: Words that, before a cue word, make it a noun ("the reports", "most states").
_NOUN_MARKERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "my", "our"}
    | {"your", "most", "many", "some", "all", "several", "few", "both", "other", "such"}
    | {"to", "of", "in", "on", "about", "from", "with", "for", "by", "no", "any", "whose"}
)
#: Words that cannot open a reported clause: prepositions, subordinators, days.
_NOT_OPENERS = _SUBORDINATORS | frozenset(
    {"at", "in", "on", "to", "for", "with", "by", "from", "of", "about", "during", "into"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"today", "yesterday", "tonight", "later", "earlier", "again", "also", "repeatedly"}
)
#: A phrase set off after a cue opens with one of these and is at most so long.
_ASIDE_OPENERS = frozenset({"on", "in", "at", "during", "after", "before", "to", "via"})
_ASIDE_WORDS = 6
_ASIDE_CHARS = 60
#: A time or place phrase before a pronoun subject is at most this many words.
_LEAD_WORDS = 7
_PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i"})
#: "that" may stand this many words after a cue ("announced on Tuesday that").
_THAT_REACH = 4
_WORDS = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
#: A line break, or an end mark before a space or the end (a sentence may end there).
_STOPS = regex.compile(r"\n|[.!?](?=\s|\Z)")
#: ``, as X reported``, ``as X said,``: the clause word before a reporting cue.
_AS = regex.compile(r"(?:^|(?<=[,;—–]\s{0,3}))\s*as\s+", regex.IGNORECASE)


@attrs.frozen
class Found:
    """A reported statement before its speaker is known: the content, the cue, the shape
    and the stretch where the speaker is named (``speaker_zone``)."""

    content: tuple[int, int]
    cue: tuple[int, int]
    shape: Shape
    speaker_zone: tuple[int, int]


def find_reported(
    text: str,
    regions: tuple[tuple[int, int], ...],
    quotes: tuple[tuple[int, int], ...],
    marked: tuple[tuple[int, int], ...] | None = None,
) -> tuple[Found, ...]:
    """Every reported statement in ``regions`` (the body paragraphs), in text order;
    ``quotes`` are the spans of the direct quotes (full and block) and ``marked`` of
    every stretch inside quote marks (``quotes`` when not given), each sorted."""
    marks = quotes if marked is None else marked
    found: list[Found] = []
    for start, end in regions:
        for s_start, s_end in _sentences(text, start, end):
            found.extend(_in_sentence(text, s_start, s_end, marks))
    kept = [
        f
        for f in found
        if _quoted_share(quotes, f.content) < _QUOTED_SHARE
        and _quoted_share(marks, f.content) < _WHOLLY_QUOTED
    ]
    kept.sort(key=lambda f: (f.content[0], f.content[1]))
    return tuple(kept)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, each without its final mark."""
    out: list[tuple[int, int]] = []
    begin = start
    for stop in _STOPS.finditer(text, start, end):
        i = stop.start()
        if text[i] == "\n" or ends_sentence(text, i):
            if text[begin:i].strip():
                out.append((begin, i))
            begin = i + 1
    if text[begin:end].strip():
        out.append((begin, end))
    return out


def _in_sentence(
    text: str, start: int, end: int, marked: tuple[tuple[int, int], ...]
) -> list[Found]:
    out: list[Found] = []
    for cue in SPEECH_CUE.finditer(text, start, end):
        if _inside(marked, cue.start()):
            continue  # a cue word quoted by someone else is no cue
        if cue.group()[:1].isupper() and text[start : cue.start()].strip():
            continue  # "United States": a capitalised cue only opens a sentence
        word = cue.group().lower()
        if word.startswith("according"):
            found = _according(text, start, end, cue)
        else:
            found = _as_shape(text, start, end, cue) or _after(text, start, end, cue)
            found = found or _before(text, start, end, cue)
        if found is not None:
            out.append(found)
    return out


def _inside(spans: tuple[tuple[int, int], ...], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and pos < spans[i][1]


def _quoted_share(quotes: tuple[tuple[int, int], ...], content: tuple[int, int]) -> float:
    """How much of ``content`` lies inside direct quotes (a quote with its cue is the
    quote's statement, not a reported one)."""
    start, end = content
    i = max(0, bisect.bisect_right(quotes, (start, float("inf"))) - 1)
    covered = 0
    while i < len(quotes) and quotes[i][0] < end:
        covered += max(0, min(end, quotes[i][1]) - max(start, quotes[i][0]))
        i += 1
    return covered / max(1, end - start)


def _according(text: str, start: int, end: int, cue: regex.Match[str]) -> Found | None:
    """``According to X, CONTENT`` or ``CONTENT, according to X``."""
    comma = text.find(",", cue.end(), end)
    if not text[start : cue.start()].strip() and comma > 0:
        content = (_skip_space(text, comma + 1, end), clause_end(text, comma + 1, end))
        return _made(content, cue, "according", (cue.end(), comma))
    before = text[start : cue.start()].rstrip()
    if before.endswith(","):
        first = _clause_start(text, start, start + len(before) - 1)
        content = (first, start + len(before) - 1)
        return _made(content, cue, "according", (cue.end(), _phrase_end(text, cue.end(), end)))
    return None


def _as_shape(text: str, start: int, end: int, cue: regex.Match[str]) -> Found | None:
    """``as CNN reported, CONTENT`` / ``CONTENT, as CNN reported``."""
    clause = _skip_space(text, _after_last_comma(text, start, cue.start()), cue.start())
    opener = _AS.match(text, clause, cue.start())
    if opener is None or len(text[opener.end() : cue.start()].split()) > _SUBJECT_WORDS:
        return None
    after = text[cue.end() : end]
    by = after.lstrip()
    if by.lower().startswith("by ") and text[start:clause].rstrip().endswith(","):
        content = (start, start + len(text[start:clause].rstrip()) - 1)  # "..., as reported by CNN"
        zone = cue.end() + len(after) - len(by) + 3
        return _made(content, cue, "according", (zone, _phrase_end(text, zone, end)))
    if after.lstrip().startswith(","):  # "as CNN reported, Xi had promised ..."
        comma = cue.end() + after.index(",")
        content = (_skip_space(text, comma + 1, end), clause_end(text, comma + 1, end))
        return _made(content, cue, "as", (opener.end(), cue.start()))
    if len(after.split()) <= _TAIL_WORDS and text[start:clause].rstrip().endswith(","):
        content = (start, start + len(text[start:clause].rstrip()) - 1)  # "..., as CNN reported"
        return _made(content, cue, "as", (opener.end(), cue.start()))
    return None


def _after(text: str, start: int, end: int, cue: regex.Match[str]) -> Found | None:
    """``CONTENT, the ministry said.`` / ``CONTENT, said the ministry.``: a cue clause
    ending the sentence after a comma (or set off inside it: ``..., he said, ...``)."""
    if cue.group().lower().endswith("ing"):
        return None  # ", describing the exchange": a participle clause, no trailing cue
    comma = text.rfind(",", start, cue.start())
    if comma < 0 or len(text[comma + 1 : cue.start()].split()) > _SUBJECT_WORDS:
        return None
    tail = text[cue.end() : end]
    if not text[comma + 1 : cue.start()].strip() and not _WORDS.match(tail.lstrip()):
        return None  # "Mr. Brown, 54, disagreed.": no one names the speaker after the comma
    aside = tail.lstrip().startswith(",")  # "Lenox was a juggernaut, Mr. Clarke said, until ..."
    if (len(tail.split()) > _TAIL_WORDS and not aside) or "," in text[comma + 1 : cue.start()]:
        return None
    opens = tail.lstrip(" ,:")[:1]
    if "that" in tail.lower().split() or (opens and opens in OPENING):
        return None  # "..., Xi had promised that ...", "..., he said, “Q”"
    before = text[start:comma].rstrip()
    if not before or before[-1] in OPENING or before[-1] in "”\"’'»":
        return None  # "“Q,” she said": a direct quote
    content = (_clause_start(text, start, comma), start + len(before))
    if text[content[0]] in OPENING:
        return None  # "“Q,” Mr. King, 82, told ...": a quote and its cue
    lead_in = not looks_like_clause(text, content[0], content[1])  # "To understand X, he said, ..."
    if aside and (lead_in or before.split()[-1].lower() in _RELATIVE_ENDS):
        rest = _skip_space(text, cue.end() + tail.index(",") + 1, end)
        content = (rest, clause_end(text, rest, end))
    opener = text[content[0] : content[0] + 12].split()[:1]
    if opener and opener[0].lower() in _SUBORDINATORS:
        return None  # "When asked if ..., he responded negatively": no statement
    return _made(content, cue, "after", (comma + 1, end))


def _before(text: str, start: int, end: int, cue: regex.Match[str]) -> Found | None:
    """``SUBJECT CUE [LISTENER] [that] CONTENT``; an indirect question (``explained why
    ...``) is content too."""
    word = " ".join(cue.group().lower().split())
    pos = _skip_space(text, cue.end(), end)
    if pos >= end or text[pos] in ":,;" or (text[pos] in OPENING and text[pos] != "'"):
        return None  # "said: “Q”", "said, “Q”": a direct quote's cue
    if _noun_use(text, start, cue):
        return None  # "the reports", "most states": a noun, not a cue
    if word in OBJECT_VERBS:
        content = (pos, clause_end(text, pos, end))
        return _made(content, cue, "before", (start, cue.start()))
    pos = _past_that(text, skip_listener(text, _past_aside(text, pos, end), end, word), end)
    pos = _past_lead_phrase(text, pos, end)
    that = text[max(0, pos - 6) : pos].lower().rstrip().endswith("that")
    first = text[pos : pos + 12].split()[:1]
    if not first:
        return None
    question = first[0].lower() in _QUESTION_WORDS
    stop = clause_end(text, pos, end)
    if not (that or question) and not _zero_that(text, pos, stop, word):
        return None  # "said the decision", "said Friday as he ...": no statement
    return _made((pos, stop), cue, "before", (start, cue.start()))


def _past_aside(text: str, pos: int, end: int) -> int:
    """Past a short phrase set off by a comma after the cue (``wrote on Twitter, ...``,
    ``said in a statement, ...``), else ``pos``."""
    comma = text.find(",", pos, min(end, pos + _ASIDE_CHARS))
    if comma < 0:
        return pos
    words = text[pos:comma].split()
    if 0 < len(words) <= _ASIDE_WORDS and words[0].lower() in _ASIDE_OPENERS:
        return _skip_space(text, comma + 1, end)
    return pos


def _past_lead_phrase(text: str, pos: int, end: int) -> int:
    """Past a time or place phrase before a pronoun subject (``said after the convention
    he would ...``), else ``pos``."""
    words = list(_WORDS.finditer(text, pos, min(end, pos + 80)))[:_LEAD_WORDS]
    if not words or words[0].group().lower() not in _NOT_OPENERS:
        return pos
    for word in words[1:]:
        if any(c in text[pos : word.start()] for c in ",;:.!?"):
            return pos
        if word.group().lower() in _PRONOUN_SUBJECTS:
            return word.start()
    return pos


def _past_that(text: str, pos: int, end: int) -> int:
    """Past a "that" within the next few words (``announced Tuesday that``), else ``pos``."""
    words = list(_WORDS.finditer(text, pos, min(end, pos + 60)))[:_THAT_REACH]
    for word in words:
        if word.group().lower() == "that":
            if any(c in text[pos : word.start()] for c in ",;:.!?"):
                return pos
            return _skip_space(text, word.end(), end)
    return pos


def _zero_that(text: str, pos: int, stop: int, cue: str) -> bool:
    """A content without "that": a clause that opens with its subject, not a noun
    object ("called a rival “disgusting”"), a preposition or a subordinate clause."""
    first = text[pos : pos + 16].split()[:1]
    if cue in _NAMING_CUES or not first:
        return False
    if first[0].lower() in _NOT_OPENERS:
        return False
    return looks_like_clause(text, pos, stop)


def _noun_use(text: str, start: int, cue: regex.Match[str]) -> bool:
    """The cue word is a noun here: ``the reports``, ``most states``, ``to reports``."""
    before = text[max(start, cue.start() - 20) : cue.start()].split()[-1:]
    return bool(before) and before[0].lower() in _NOUN_MARKERS


def _made(
    content: tuple[int, int], cue: regex.Match[str], shape: Shape, zone: tuple[int, int]
) -> Found | None:
    if content[1] - content[0] < 3:
        return None
    return Found(content, cue.span(), shape, zone)


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _after_last_comma(text: str, floor: int, pos: int) -> int:
    """Just after the last comma (or semicolon, dash) before ``pos``, else ``floor``."""
    best = floor
    for mark in ",;—–":
        best = max(best, text.rfind(mark, floor, pos) + 1)
    return best


def _clause_start(text: str, floor: int, pos: int) -> int:
    """Where the sentence's first clause begins (leading spaces skipped)."""
    return _skip_space(text, floor, pos)


def _phrase_end(text: str, pos: int, end: int) -> int:
    """The end of a short phrase (a name after "according to"): the next punctuation."""
    for i in range(pos, end):
        if text[i] in ",;:(—–":
            return i
    return end
