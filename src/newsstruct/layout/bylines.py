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
    BYLINE_GLUED_LEAD,
    BYLINE_INNER_LEAD,
    BYLINE_LEAD,
    BYLINE_SPLIT,
    BYLINE_TAIL,
    DATE_HINT,
    GLUED_ROLE,
    NAME_WORD,
    NON_SPACE,
    SENTENCE_END,
    WEB_ADDRESS,
)
from newsstruct.lexicons.name_particles import NAME_PARTICLES
from newsstruct.lexicons.outlets import OUTLETS
from newsstruct.model import Author, Span
from newsstruct.text.timewords import WEEKDAYS

__all__ = ["Byline", "is_name", "parse_byline", "parse_role_line"]

_MAX_WORDS = 25
#: A lenient byline takes pieces of at most this size as names.
_HANDLE_MAX_WORDS = 4
_HANDLE_MAX_CHARS = 40
#: Small words that may stand inside an outlet's name ("The Mail on Sunday").
#: Quote marks around a nickname inside a name.
_NICKNAME_QUOTES = "\"'“”‘’"
_OUTLET_JOINERS = frozenset({"&", "and", "for", "of", "on", "the"})
#: Characters a byline line may open with that are no part of it ("---- by Jane Doe").
_DECORATION = "-–—*•·|>» \t"
#: A "by" inside a line follows at most this many words, or a label of fewer ended by a bar.
_PREFIX_MAX_WORDS = 8
_LABEL_MAX_WORDS = 3
_BARS = ("|", "•", "·")


@attrs.frozen
class Byline:
    """Authors of one byline line and the outlet it credits (``None`` when none).

    ``credit`` is the desk, team or outlet a byline names instead of a person
    ("By AP", "By the Weekend Desk Team", "By Staff Writer"), else ``None``.
    """

    authors: tuple[Author, ...]
    outlet: Span | None
    credit: Span | None = None


@attrs.frozen
class _Piece:
    start: int
    end: int
    text: str
    #: The piece follows a bar or bullet ("Jane Doe | 5 min read"): it may end the byline.
    after_bar: bool = False


def parse_byline(
    text: str, start: int, end: int, *, lenient: bool = False, led: bool = False
) -> Byline | None:
    """The byline in ``text[start:end]``, or ``None`` when that line is not a byline.

    Without a "By" lead-in a line counts only when it names an outlet or a
    role beside the names ("Jane Doe | Reuters", "Jane Doe, Staff Writer").
    The lead-in may be glued to the name ("ByJane Doe") or follow a date or a
    bar ("Posted on May 3, 2020 by Jane Doe", "Opinion | By Jane Doe").
    ``lenient`` is for a line known to be a byline (HTML author metadata):
    a short piece that does not look like a name ("delta201", "Mobasir
    hassan") is still taken as one.  ``led`` says that the line before was a
    lead-in alone ("By", "Author:"): the line is read as if it had one.
    """
    while start < end and text[start] in _DECORATION:
        start += 1
    body_start, has_lead = _after_lead(text, start, end)
    has_lead = has_lead or led
    tail = BYLINE_TAIL.search(text, body_start, end)
    body_end = tail.start() if tail else end
    body = text[body_start:body_end]
    if len(body.split()) > _MAX_WORDS:
        return None
    if _ends_like_a_sentence(body):
        if not (has_lead and _is_name_with_stop(body)):
            return None
        body_end = body_start + len(body.rstrip()) - 1
    pieces = _split(text, body_start, body_end)
    if not pieces:
        return None
    whole = _whole_desk_credit(text, pieces)
    if whole is not None:
        return Byline((), whole, whole)
    if len(pieces) > 1 and all(_is_outlet(p.text) for p in pieces):
        # "AFP/The Local", "Reuters | AP": a joint credit, kept as one outlet
        first, last = pieces[0], pieces[-1]
        joint = Span(first.start, last.end, text[first.start : last.end])
        return Byline((), joint, joint)
    return _classify(pieces, has_lead=has_lead, lenient=lenient)


def _after_lead(text: str, start: int, end: int) -> tuple[int, bool]:
    """Where the names start, and whether a "By" lead-in stands before them."""
    line = text[start:end]
    lead = BYLINE_LEAD.match(line) or BYLINE_GLUED_LEAD.match(line)
    if lead is not None:
        return start + lead.end(), True
    inner = BYLINE_INNER_LEAD.search(line)
    if inner is not None and _is_lead_prefix(line[: inner.start()]):
        return start + inner.end(), True
    return start, False


def _is_lead_prefix(prefix: str) -> bool:
    """What may stand before a "by" inside a line: a date or time ("Posted on May 3,
    2020", "6:08 PM ET"), or a short label ended by a bar or bullet ("Opinion |")."""
    words = prefix.split()
    if len(words) > _PREFIX_MAX_WORDS:
        return False
    if DATE_HINT.search(prefix):
        return True
    return prefix.rstrip().endswith(_BARS) and len(words) <= _LABEL_MAX_WORDS


def _is_name_with_stop(body: str) -> bool:
    """ "Tatyana Turner.": a name of two words or more that ends with a full stop."""
    words = body.rstrip().rstrip(".").split()
    return len(words) >= 2 and "," not in body and is_name(words)


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
    after_bar = False
    for sep in [*BYLINE_SPLIT.finditer(text, start, end), None]:
        stop = end if sep is None else sep.start()
        piece_text = text[pos:stop].strip().strip("-—–:").strip()
        if piece_text:
            offset = text.index(piece_text, pos, stop)
            pieces.append(_Piece(offset, offset + len(piece_text), piece_text, after_bar))
        if sep is not None:
            pos = sep.end()
            after_bar = any(bar in sep.group() for bar in _BARS)
    return pieces


@attrs.frozen
class _Reading:
    """What one piece of a byline is: its ``kind`` (name, role, outlet, credential or
    reject), and the name, outlet and role parts it holds."""

    kind: str
    name: _Piece | None = None
    outlet: _Piece | None = None
    role: str | None = None


def _classify(pieces: list[_Piece], *, has_lead: bool, lenient: bool) -> Byline | None:
    """Names, roles, credentials and outlets of the pieces; ``None`` if any piece is none of them
    (unless ``lenient``: then a short piece is a name).  After a bar or bullet, a piece that
    is none of them ends the byline instead ("By Jane Doe | 5 min read")."""
    names: list[_Piece] = []
    roles: dict[int, str] = {}
    outlet: _Piece | None = None
    role_only: _Piece | None = None
    for number, piece in enumerate(pieces):
        if outlet is not None and len(piece.text.split()) == 1:
            continue  # "BBC News, Kyiv": a place after the outlet
        last = number == len(pieces) - 1 and (number > 0 or not is_name(piece.text.split()))
        reading = _read_piece(piece, last=last, first=number == 0)
        if reading.kind == "reject" and lenient and _short_handle(piece.text):
            reading = _Reading("name", piece)
        if reading.kind == "reject":
            if piece.after_bar and (names or outlet is not None):
                break
            return None
        if reading.outlet is not None and outlet is None:
            outlet = reading.outlet
        if reading.kind == "role" and not names and role_only is None:
            role_only = piece  # "By Staff Writer": a credit
        if reading.role is not None and (names or reading.name is not None):
            roles[len(names) - (reading.name is None)] = reading.role
        if reading.name is not None:
            names.append(reading.name)
    if not has_lead and (not names or (outlet is None and not roles)):
        return None
    credit = outlet if outlet is not None else role_only
    if not names and credit is None:
        return None
    outlet_text = None if outlet is None else outlet.text
    authors = tuple(
        Author(" ".join(p.text.split()), p.start, p.end, p.text, outlet_text, roles.get(i))
        for i, p in enumerate(names)
    )
    outlet_span = None if outlet is None else Span(outlet.start, outlet.end, outlet.text)
    credit_span = None if names or credit is None else Span(credit.start, credit.end, credit.text)
    return Byline(authors, outlet_span, credit_span)


def _read_piece(piece: _Piece, *, last: bool, first: bool) -> _Reading:
    """What one piece of a byline is (see :class:`_Reading`).

    ``last`` if it ends the byline and may be an outlet named by its last word
    ("Coastal Gazette"), ``first`` if it opens the byline.
    """
    lowered = " ".join(piece.text.lower().split())
    if lowered.replace(".", "") in CREDENTIALS:
        return _Reading("credential")
    piece = _undoubled(piece)
    words = piece.text.split()
    glued = _glued_role(piece)
    if glued is not None:
        return _Reading("name", glued[0], None, glued[1])
    named = _name_then_role(piece) if first else None
    if named is not None:
        return _Reading("name", *named)
    if _is_outlet(piece.text):
        return _Reading("outlet", None, piece)
    if words[-1].lower().strip(".") in BYLINE_ROLE_WORDS:
        return _Reading("role", None, _leading_outlet(piece), piece.text)
    split = _name_then_outlet(piece)  # before the outlet word: "MARK ROE Associated Press"
    if split is not None:
        return _Reading("name", *split)
    if last and len(words) > 1 and words[-1].lower() in OUTLET_WORDS:
        return _Reading("outlet", None, piece)
    if last and _is_station(words):
        return _Reading("outlet", None, piece)
    if is_name(words):
        return _Reading("name", piece)
    return _Reading("reject")


def _undoubled(piece: _Piece) -> _Piece:
    """ "Jane DoeJane Doe" (an avatar's alt text glued to the link): one copy of the name."""
    text = piece.text
    half = len(text) // 2
    if half and text[:half] == text[half:] and is_name(text[:half].split()):
        return _sub(piece, 0, half)
    return piece


def _glued_role(piece: _Piece) -> tuple[_Piece, str] | None:
    """ "Jane DoeStaff Writer": a name with a role glued to it, as inline elements copy."""
    match = GLUED_ROLE.match(piece.text)
    if match is None:
        return None
    role = match.group("role")
    if role.split()[-1].lower() not in BYLINE_ROLE_WORDS or not is_name(
        match.group("name").split()
    ):
        return None
    return _sub(piece, 0, match.end("name")), role


def _is_outlet(piece: str) -> bool:
    """A known outlet, "The <Capitalised Words>", a web address ("Phys.org") or a desk
    credit ("TOI staff")."""
    words = piece.split()
    lowered = " ".join(words).lower()
    if lowered in OUTLETS or WEB_ADDRESS.match(piece):
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


def _name_then_role(piece: _Piece) -> tuple[_Piece, _Piece | None, str] | None:
    """ "JANE DOE AP Business Writer", "Adam Aaronson PhillyVoice Staff": a name of two or
    three words, then two or three words ending in a role; the outlet in front of the
    role when it is a known one."""
    words = piece.text.split()
    if words[-1].lower().strip(".") not in BYLINE_ROLE_WORDS:
        return None
    for cut in (2, 3):
        if 2 <= len(words) - cut <= 3 and is_name(words[:cut]):
            rest = _sub(piece, _word_offset(piece.text, cut), len(piece.text))
            return _sub(piece, 0, _word_offset(piece.text, cut)), _leading_outlet(rest), rest.text
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
