"""The pieces of a statement around a cue set off by commas inside its sentence:
``Loyalty, he noted, has long been a weakness`` gives two pieces, the cue between
them, as attribution corpora annotate them; ``A, he said, and B`` gives B its own
piece, its conjunction included.
"""

from __future__ import annotations

import regex

from newsstruct.reported.clauses import CLAUSE_COMMA, clause_end, first_verb, looks_like_clause
from newsstruct.reported.colons import after_colon
from newsstruct.reported.found import SUBORDINATORS, WORDS, Found, made, skip_space
from newsstruct.reported.verb_words import verb_like
from newsstruct.text.marks import OPENING

__all__ = ["RELATIVE_ENDS", "other_piece", "past_cue_clause"]

#: Words that open no piece of a statement around a parenthetical cue.
_NOT_PIECE_OPENERS = SUBORDINATORS | {
    "about", "also", "and", "at", "but", "by", "during", "finally", "first", "for", "from",
    "however", "in", "indeed", "instead", "into", "meanwhile", "moreover", "nevertheless",
    "nonetheless", "nor", "now", "of", "on", "or", "overall", "so", "still", "then", "thus",
    "to", "today", "ultimately", "until", "with", "without", "yesterday", "yet",
}  # fmt: skip
#: Words that end the part before a parenthetical cue when the statement follows it.
RELATIVE_ENDS = frozenset({"which", "that", "who", "where", "when", "whom"})


#: How many characters at either edge of a lead are read for its first and last words.
_EDGE_CHARS = 80


def other_piece(
    text: str, start: int, end: int, cue: regex.Match[str], found: Found
) -> Found | None:
    """The content's other piece around a cue set off by commas inside the sentence
    (``Loyalty, he noted, has long been a weakness``): attribution corpora give each piece
    its own span, the cue between them."""
    if found.shape != "after":
        return None
    mark = skip_space(text, cue.end(), end)  # the first character after the cue's spaces
    if cue.group().lower() in ("told", "tells"):
        mark = _past_listener(text, mark, end)  # "he told reporters, but had ..."
    comma = text.rfind(",", start, cue.start())
    if comma >= 0 and text[mark : mark + 1] == ":" and found.content[1] <= comma:
        return after_colon(text, comma + 1, end, cue, mark)  # "..., she said: nobody will pay"
    if comma < 0 or text[mark : mark + 1] != ",":
        return None
    rest = skip_space(text, mark + 1, end)
    if text[rest : rest + 1] in OPENING:
        return None  # "..., he said, “Q”": a quote follows
    if found.content[1] <= comma:  # the statement is the lead: the rest continues it
        first = WORDS.match(text, rest)
        if first is not None and first.group() in ("and", "but"):
            return _joined_piece(text, rest, first.end(), end, cue, comma)
        if first is None or not _piece_opener(first.group()) or first.group()[:1].isupper():
            return None  # "..., she said, citing costs", "..., on Monday", "..., and ..."
        if _SPAN_OF_TIME.match(text, rest):
            return None  # "..., the minister said, two years after X became ...": when
        if first_verb(text, rest, clause_end(text, rest, end), first_word=True) is None:
            return None  # "..., the bank said, its best quarter on record": no verb, no piece
        return made((rest, clause_end(text, rest, end)), cue, "before", (comma + 1, end))
    lead = (skip_space(text, start, comma), comma)  # the statement is the rest
    opening = text[lead[0] : min(lead[1], lead[0] + _EDGE_CHARS)].split()  # linear on
    closing = text[max(lead[0], lead[1] - _EDGE_CHARS) : lead[1]].split()[-1:]  # long leads
    if text[lead[0] : lead[0] + 1] in OPENING or not closing or closing[0].lower() in RELATIVE_ENDS:
        return None  # "... highlighted areas in which, he said, ...": the narrator's clause
    one = len(opening) == 1 and (
        lead[1] - lead[0] <= _EDGE_CHARS or len(text[slice(*lead)].split()) == 1
    )
    if one and (not _piece_opener(opening[0]) or opening[0].endswith("ly")):
        return None  # "However, she said, ...", "Now, ...": a linking word, no content
    return made(lead, cue, "after", (comma + 1, end))


#: The most words of a listener between a cue and the comma that closes its clause.
_LISTENER_WORDS = 3


def _past_listener(text: str, pos: int, end: int) -> int:
    """Where the comma after a short listener stands (``told reporters,``, ``told the
    BBC,``), else ``pos``: the first character after the cue."""
    comma = CLAUSE_COMMA.search(text, pos, min(end, pos + 40))
    if comma is None or text[comma.start()] != ",":
        return pos
    words = text[pos : comma.start()].split()
    listener = 0 < len(words) <= _LISTENER_WORDS and not any(map(verb_like, words))
    return comma.start() if listener else pos


def _joined_piece(
    text: str, rest: int, after: int, end: int, cue: regex.Match[str], comma: int
) -> Found | None:
    """``A, he said, and B``: the clause B after ``and``/``but`` (at ``rest``) is a piece
    of its own, its conjunction included, when it has a subject and a verb."""
    clause = skip_space(text, after, end)
    if text[clause : clause + 1] in OPENING:
        return None  # "..., he said, and “everyone started running.”": a quote
    if text[clause : clause + 5].lower() == "then ":
        return None  # "..., she said, and then she walked out": what the narrator saw next
    stop = clause_end(text, clause, end)
    if not looks_like_clause(text, clause, stop):
        return None  # "..., she said, but also the drugs": no clause
    return made((rest, stop), cue, "before", (comma + 1, end))


#: A span of time measured from an event: "two years after", "days before", "a week since".
_SPAN_OF_TIME = regex.compile(
    r"(?:\p{L}+\s+|\d+\s+){0,2}(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)"
    r"\s+(?:after|before|since|ago|later|earlier)\b",
    regex.IGNORECASE,
)


def _piece_opener(word: str) -> bool:
    """A word that may open a piece of a statement: no preposition, conjunction, linking
    adverb or participle ("citing", "on", "though", "and", "however", "now")."""
    low = word.lower()
    return low not in _NOT_PIECE_OPENERS and not low.endswith("ing")


#: A cue's clause ends at a comma at most this far after the cue (``he said,``).
_CUE_CLAUSE_CHARS = 40


def past_cue_clause(text: str, cue_end: int, end: int, floor: int) -> int:
    """Past the comma that closes the clause of the cue ending at ``cue_end``
    (``A, he said, | B, she said.``: B is no part of a lead from A), else ``floor``."""
    comma = CLAUSE_COMMA.search(text, cue_end, min(end, cue_end + _CUE_CLAUSE_CHARS))
    return comma.end() if comma is not None else floor
