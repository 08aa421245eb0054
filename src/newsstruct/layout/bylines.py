"""Read a byline line into authors, their roles and the outlet.

Handles the shapes listed in the project's byline notes: a "By" lead-in in any
case, lists split by commas, "and", "&", ";", "|" and "/", a trailing outlet
with or without a comma ("By JANE DOE Associated Press"), roles ("Staff
Writer"), credentials ("PhD"), a glued date ("By Jane Doe | 10 hours ago")
and desk credits ("By AP"), which give an outlet and no person.

>>> line = "By Jeremy Herb, Lauren del Valle and Kara Scannell, CNN"
>>> byline = parse_byline(line, 0, len(line))
>>> [a.name for a in byline.authors], byline.outlet.text
(['Jeremy Herb', 'Lauren del Valle', 'Kara Scannell'], 'CNN')
>>> parse_byline("By choosing I Accept, you consent", 0, 33) is None
True
"""

from __future__ import annotations

import attrs

from newsstruct.layout.lexicons.byline_roles import BYLINE_ROLE_WORDS
from newsstruct.layout.lexicons.credentials import CREDENTIALS
from newsstruct.layout.lexicons.desk_credits import DESK_CREDITS
from newsstruct.layout.lexicons.name_suffixes import NAME_SUFFIXES
from newsstruct.layout.lexicons.outlet_words import OUTLET_WORDS
from newsstruct.layout.patterns import (
    BYLINE_FOR_OUTLET,
    BYLINE_LEAD,
    BYLINE_SPLIT,
    BYLINE_TAIL,
    NAME_WORD,
    NON_SPACE,
    SENTENCE_END,
)
from newsstruct.lexicons.name_particles import NAME_PARTICLES
from newsstruct.lexicons.outlets import OUTLETS
from newsstruct.model import Author, AuthorKind, Span
from newsstruct.text.marks import CLOSING, OPENING
from newsstruct.text.timewords import WEEKDAYS

__all__ = ["Byline", "credit_author", "is_name", "parse_byline", "parse_role_line"]

_MAX_WORDS = 25
#: A byline known to be one (``lenient``) may list more: twenty co-authors of a paper.
_MAX_KNOWN_WORDS = 120
#: A lenient byline takes pieces of at most this size as names.
_HANDLE_MAX_WORDS = 4
_HANDLE_MAX_CHARS = 40
#: Small words that may stand inside an outlet's name ("The Mail on Sunday").
#: Quote marks around a nickname inside a name.
_NICKNAME_QUOTES = OPENING + CLOSING
_OUTLET_JOINERS = frozenset({"&", "and", "for", "of", "on", "the"})


@attrs.frozen
class Byline:
    """Authors of one byline line and the outlet it credits (``None`` when none)."""

    authors: tuple[Author, ...]
    outlet: Span | None


@attrs.frozen
class _Piece:
    start: int
    end: int
    text: str


def parse_byline(text: str, start: int, end: int, *, lenient: bool = False) -> Byline | None:
    """The byline in ``text[start:end]``, or ``None`` when that line is not a byline.

    Without a "By" lead-in a line counts only when it names an outlet or a
    role beside the names ("Jane Doe | Reuters", "Jane Doe, Staff Writer").
    ``lenient`` is for a line known to be a byline (HTML author metadata):
    a short piece that does not look like a name ("delta201", "Mobasir
    hassan") is still taken as one.
    """
    line = text[start:end]
    limit = _MAX_KNOWN_WORDS if lenient else _MAX_WORDS
    if len(line.split()) > limit or _ends_like_a_sentence(line):
        return None
    lead = BYLINE_LEAD.match(line)
    body_start = start + (lead.end() if lead else 0)
    tail = BYLINE_TAIL.search(text, body_start, end)
    body_end = tail.start() if tail else end
    pieces = _split(text, body_start, body_end)
    if not pieces:
        return None
    whole = _whole_desk_credit(text, pieces)
    if whole is not None:
        return Byline((), whole)
    if len(pieces) > 1 and all(_is_outlet(p.text) for p in pieces):
        # "AFP/The Local", "Reuters | AP": a joint credit, kept as one outlet
        first, last = pieces[0], pieces[-1]
        return Byline((), Span(first.start, last.end, text[first.start : last.end]))
    byline = _classify(pieces, has_lead=lead is not None, lenient=lenient)
    if byline is None and lead is not None and len(pieces) == 1:
        role = _role_credit(pieces[0])  # "By Staff Writer"
        return None if role is None else Byline((), role)
    return byline


def _whole_desk_credit(text: str, pieces: list[_Piece]) -> Span | None:
    """ "Staff and news service reports", "AP and TOI staff": a desk credit that the list
    split would cut apart, as one outlet (only when it opens with an outlet or desk word)."""
    if len(pieces) < 2 or not _is_outlet(pieces[0].text):
        return None
    whole = text[pieces[0].start : pieces[-1].end]
    lowered = " ".join(whole.lower().split())
    if any(lowered.endswith(" " + d) for d in DESK_CREDITS):
        return Span(pieces[0].start, pieces[-1].end, whole)
    return None


def credit_author(outlet: Span) -> Author:
    """The author kept for a byline that credits no person, only ``outlet``: a desk
    ("TOI staff", "Sports Desk") or an organisation ("AP", "AFP/The Local").

    >>> credit_author(Span(3, 12, "TOI staff")).kind, credit_author(Span(3, 5, "AP")).kind
    ('desk', 'organization')
    """
    lowered = " ".join(outlet.text.lower().split())
    words = set(lowered.split())
    is_desk = any(lowered == d or lowered.endswith(" " + d) or d in words for d in DESK_CREDITS)
    name = " ".join(outlet.text.split())
    kind: AuthorKind = "desk" if is_desk else "organization"
    return Author(name, outlet.start, outlet.end, outlet.text, kind=kind)


def _role_credit(piece: _Piece) -> Span | None:
    """ "By Staff Writer": a byline that gives a role and no name credits the desk."""
    if parse_role_line(piece.text) is None:
        return None
    return Span(piece.start, piece.end, piece.text)


def parse_role_line(line: str) -> str | None:
    """The role when a whole line is one ("Staff Writer", "Senior Reporter"), else ``None``.

    A line with a "By" lead-in or a separator is a byline, not a role.
    """
    words = line.split()
    if BYLINE_LEAD.match(line) or any(mark in line for mark in ",;|/&"):
        return None
    is_role = 0 < len(words) <= 4 and words[-1].lower().strip(".") in BYLINE_ROLE_WORDS
    if is_role and all(w[:1].isupper() for w in words):
        return " ".join(words)
    return None


def _short_handle(text: str) -> bool:
    """A piece short enough to be a name or handle someone signs with ("delta201")."""
    words = text.split()
    return (
        len(words) <= _HANDLE_MAX_WORDS
        and len(text) <= _HANDLE_MAX_CHARS
        and any(c.isalpha() for c in text)
        and not any(mark in text for mark in ("@", "http", "://"))
    )


def _ends_like_a_sentence(line: str) -> bool:
    """ "By Tuesday, the fire had spread." ends a sentence; "By Perry Bacon Jr." does not."""
    if not SENTENCE_END.search(line):
        return False
    last = line.split()[-1].lower()
    return not (last in NAME_SUFFIXES or (len(last) <= 3 and last.endswith(".")))


def is_name(words: list[str]) -> bool:
    """True for the words of a printed person name ("Lauren del Valle", "J.R. Stone", "JANE DOE")."""
    if not 1 <= len(words) <= 6:
        return False
    core = [w for w in words if w.lower() not in NAME_SUFFIXES]
    if not core or core[-1].lower() in NAME_PARTICLES or not core[0][:1].isupper():
        return False
    if len(core) == 1 and core[0].isupper():
        return False  # "KABC", "WIRED": call signs and mastheads, not people
    for word in core:
        if word.lower() in WEEKDAYS:
            return False
        if word.lower() in NAME_PARTICLES and word is not core[0]:
            continue
        if word is not core[0] and word is not core[-1]:
            word = word.strip(_NICKNAME_QUOTES) or word  # 'Amanda "Tania Mae" Tan'
        if not NAME_WORD.match(word):
            return False
    return True


def _split(text: str, start: int, end: int) -> list[_Piece]:
    pieces: list[_Piece] = []
    pos = start
    for sep in [*BYLINE_SPLIT.finditer(text, start, end), None]:
        stop = end if sep is None else sep.start()
        piece_text = text[pos:stop].strip().strip("-—–:").strip()
        if piece_text:
            offset = text.index(piece_text, pos, stop)
            pieces.append(_Piece(offset, offset + len(piece_text), piece_text))
        if sep is not None:
            pos = sep.end()
    return pieces


def _classify(pieces: list[_Piece], *, has_lead: bool, lenient: bool) -> Byline | None:
    """Names, roles, credentials and outlets of the pieces; ``None`` if any piece is none of them
    (unless ``lenient``: then a short piece is a name)."""
    names: list[_Piece] = []
    roles: dict[int, str] = {}
    outlet: _Piece | None = None
    for number, piece in enumerate(pieces):
        if outlet is not None and len(piece.text.split()) == 1:
            continue  # "BBC News, Kyiv": a place after the outlet
        last = number == len(pieces) - 1 and (number > 0 or not is_name(piece.text.split()))
        kind, name, found_outlet = _read_piece(piece, last=last, first=number == 0)
        if kind == "reject" and lenient and _short_handle(piece.text):
            kind, name = "name", piece
        if kind == "reject":
            return None
        if found_outlet is not None and outlet is None:
            outlet = found_outlet
        if kind == "role" and names:
            roles[len(names) - 1] = piece.text
        if name is not None:
            names.append(name)
    if not has_lead and (not names or (outlet is None and not roles)):
        return None
    if not names and outlet is None:
        return None
    outlet_text = None if outlet is None else outlet.text
    authors = tuple(
        Author(" ".join(p.text.split()), p.start, p.end, p.text, outlet_text, roles.get(i))
        for i, p in enumerate(names)
    )
    outlet_span = None if outlet is None else Span(outlet.start, outlet.end, outlet.text)
    return Byline(authors, outlet_span)


def _read_piece(
    piece: _Piece, *, last: bool, first: bool
) -> tuple[str, _Piece | None, _Piece | None]:
    """(kind, name part, outlet part) of one piece of a byline.

    ``last`` if it ends the byline and may be an outlet named by its last word
    ("Coastal Gazette"), ``first`` if it opens the byline.
    """
    lowered = " ".join(piece.text.lower().split())
    if lowered.replace(".", "") in CREDENTIALS:
        return "credential", None, None
    words = piece.text.split()
    named = _name_then_role(piece) if first else None
    if named is not None:
        return "name", named[0], named[1]
    if _is_outlet(piece.text):
        return "outlet", None, piece
    if words[-1].lower().strip(".") in BYLINE_ROLE_WORDS:
        return "role", None, _leading_outlet(piece)
    split = _name_then_outlet(piece)  # before the outlet word: "MARK ROE Associated Press"
    if split is not None:
        return "name", split[0], split[1]
    if last and len(words) > 1 and words[-1].lower() in OUTLET_WORDS:
        return "outlet", None, piece
    if last and _is_station(words):
        return "outlet", None, piece
    if is_name(words):
        return "name", piece, None
    return "reject", None, None


def _is_outlet(piece: str) -> bool:
    """A known outlet, "The <Capitalised Words>", or a desk credit ("TOI staff")."""
    words = piece.split()
    lowered = " ".join(words).lower()
    if lowered in OUTLETS:
        return True
    if words[0].lower() == "the" and len(words) > 1:
        return all(w[:1].isupper() or w.lower() in _OUTLET_JOINERS for w in words[1:])
    return any(lowered == d or lowered.endswith(" " + d) for d in DESK_CREDITS)


def _sub(piece: _Piece, rel_start: int, rel_end: int) -> _Piece:
    part = piece.text[rel_start:rel_end]
    stripped = part.strip()
    offset = rel_start + part.index(stripped) if stripped else rel_start
    return _Piece(piece.start + offset, piece.start + offset + len(stripped), stripped)


def _name_then_outlet(piece: _Piece) -> tuple[_Piece, _Piece] | None:
    """ "JANE DOE Associated Press" or "Glen Owen For The Mail On Sunday": name, then outlet."""
    words = piece.text.split()
    for cut in range(1, len(words)):
        if " ".join(words[cut:]).lower() in OUTLETS and is_name(words[:cut]):
            at = _word_offset(piece.text, cut)
            return _sub(piece, 0, at), _sub(piece, at, len(piece.text))
    match = BYLINE_FOR_OUTLET.match(piece.text)
    if match and is_name(match.group("name").split()) and _names_outlet(match.group("outlet")):
        return (
            _sub(piece, match.start("name"), match.end("name")),
            _sub(piece, match.start("outlet"), match.end("outlet")),
        )
    return None


def _name_then_role(piece: _Piece) -> tuple[_Piece, _Piece | None] | None:
    """ "JANE DOE AP Business Writer", "Adam Aaronson PhillyVoice Staff": a name of two or
    three words, then two or three words ending in a role; the outlet in front of the
    role when it is a known one."""
    words = piece.text.split()
    if words[-1].lower().strip(".") not in BYLINE_ROLE_WORDS:
        return None
    for cut in (2, 3):
        if 2 <= len(words) - cut <= 3 and is_name(words[:cut]):
            rest = _sub(piece, _word_offset(piece.text, cut), len(piece.text))
            return _sub(piece, 0, _word_offset(piece.text, cut)), _leading_outlet(rest)
    return None


def _is_station(words: list[str]) -> bool:
    """ "7 News WSVN", "ABC7 News": capitalised words around an outlet word, not a name."""
    return (
        len(words) > 1
        and not is_name(words)
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and any(w.lower() in OUTLET_WORDS for w in words)
    )


def _names_outlet(text: str) -> bool:
    """ "The Mail On Sunday", "Coastal Gazette": a known outlet, "The ...", or an outlet word."""
    words = text.split()
    return (
        text.lower() in OUTLETS
        or words[0].lower() == "the"
        or any(w.lower() in OUTLET_WORDS for w in words)
    )


def _leading_outlet(piece: _Piece) -> _Piece | None:
    """ "CNN Senior Supreme Court Analyst": the outlet in front of a role, if known."""
    words = piece.text.split()
    for cut in range(len(words) - 1, 0, -1):
        if " ".join(words[:cut]).lower() in OUTLETS:
            return _sub(piece, 0, _word_offset(piece.text, cut))
    return None


def _word_offset(text: str, index: int) -> int:
    """Character offset where word number ``index`` (as ``str.split`` counts) of ``text`` starts."""
    for number, word in enumerate(NON_SPACE.finditer(text)):
        if number == index:
            return word.start()
    return len(text)
