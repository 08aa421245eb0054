"""Read a byline line into authors, their roles and the outlet.

Handles the shapes listed in the project's byline notes: a "By" lead-in in any
case, glued to the name ("ByJane Doe") or after a date or a bar ("Posted on
May 3, 2020 by Jane Doe", "Opinion | By Jane Doe"), lists split by commas,
"and", "&", ";", "|" and "/", a trailing outlet with or without a comma ("By
JANE DOE Associated Press"), roles ("Staff Writer", also glued: "Jane
DoeStaff Writer"), credentials ("PhD"), a glued date, time, handle, comment
count or reading time ("By Jane Doe | 10 hours ago", "Jane Doe@janedoe",
"Jane DoeNovember 6, 2023", "By Jane Doe 5 Comments"), a name doubled by an
avatar's alt text ("Jane DoeJane Doe"), a handle or initials after a "By" alone
("By" over "delta201") or a date ("May 3, 2020 by GZT"), and desk credits ("By AP", "By the
Weekend Desk Team"), which give an outlet or a credit and no person.  The
pieces themselves are read by :mod:`newsstruct.layout.byline_pieces`.

>>> line = "By Jeremy Herb, Lauren del Valle and Kara Scannell, CNN"
>>> byline = parse_byline(line, 0, len(line))
>>> [a.name for a in byline.authors], byline.outlet.text
(['Jeremy Herb', 'Lauren del Valle', 'Kara Scannell'], 'CNN')
>>> parse_byline("By choosing I Accept, you consent", 0, 33) is None
True
"""

from __future__ import annotations

import attrs
import regex

from newsstruct.layout.boilerplate import word_count
from newsstruct.layout.byline_pieces import (
    DESK_ENDINGS,
    Piece,
    Reading,
    is_name,
    is_outlet,
    read_piece,
)
from newsstruct.layout.datelines import PLACE_PREFIXES
from newsstruct.layout.lexicons.byline_roles import BYLINE_ROLE_WORDS
from newsstruct.layout.lexicons.desk_credits import DESK_CREDITS
from newsstruct.layout.lexicons.function_words import FUNCTION_WORDS
from newsstruct.layout.lexicons.name_suffixes import NAME_SUFFIXES
from newsstruct.layout.patterns import (
    BYLINE_GLUED_LEAD,
    BYLINE_INNER_LEAD,
    BYLINE_LEAD,
    BYLINE_SPLIT,
    BYLINE_TAIL,
    DATE_HINT,
    GLUED_ROLE,
    HANDLE,
    LOWER_UPPER,
    SENTENCE_END,
)
from newsstruct.model import Author, AuthorKind, Span
from newsstruct.text.marks import CLOSING, OPENING

__all__ = ["Byline", "credit_author", "is_name", "parse_byline", "parse_role_line"]

_MAX_WORDS = 25
#: A role line has at most this many words ("Senior Supreme Court Analyst").
_ROLE_MAX_WORDS = 4
#: A byline known to be one (``lenient``) may list more: twenty co-authors of a paper.
_MAX_KNOWN_WORDS = 120
#: A lenient byline takes pieces of at most this size as names.
_HANDLE_MAX_WORDS = 4
_HANDLE_MAX_CHARS = 40
#: Small words that may stand inside an outlet's name ("The Mail on Sunday").
#: Quote marks around a nickname inside a name.
_NICKNAME_QUOTES = OPENING + CLOSING
_OUTLET_JOINERS = frozenset({"&", "and", "for", "of", "on", "the"})
#: Characters a byline line may open with that are no part of it ("---- by Jane Doe").
_DECORATION = "-–—*•·|>»& \t"
#: A "by" inside a line follows at most this many words, or a label of fewer ended by a bar.
_PREFIX_MAX_WORDS = 8
_LABEL_MAX_WORDS = 3
_BARS = ("|", "•", "·")
_AND = regex.compile(r"\band\b|\bund\b", regex.IGNORECASE)
#: Where a reporter filed from, ending a led byline: `` at Melbourne Park``, `` in Kyiv``.
_PLACE_TAIL = regex.compile(
    r"(?<![ ])[ ]+(?:at|in)[ ]+(?:the[ ]+)?\p{Lu}[\p{L}'’.\-]*"
    r"(?:[ ]+\p{Lu}[\p{L}'’.\-]*){0,3}[ ]*\Z"
)  # (?<![ ]) keeps the search linear on long runs of spaces


@attrs.frozen
class Byline:
    """Authors of one byline line and the outlet it credits (``None`` when none).

    ``credit`` is the desk, team or outlet a byline names instead of a person
    ("By AP", "By the Weekend Desk Team", "By Staff Writer"), else ``None``.
    """

    authors: tuple[Author, ...]
    outlet: Span | None
    credit: Span | None = None


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
    role_start = body_start
    body_start = _past_leading_role(text, body_start, end) if has_lead else body_start
    limit = _MAX_KNOWN_WORDS if lenient else _MAX_WORDS
    tail = BYLINE_TAIL.search(text, body_start, end)
    body_end = tail.start() if tail else end
    place = _PLACE_TAIL.search(text, body_start, body_end) if has_lead else None
    body_end = body_end if place is None else place.start()  # "By Jo Bell at Melbourne Park"
    body = text[body_start:body_end]
    if len(body.split()) > limit:
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
    if len(pieces) > 1 and all(is_outlet(p.text) for p in pieces):
        # "AFP/The Local", "Reuters | AP": a joint credit, kept as one outlet
        first, last = pieces[0], pieces[-1]
        joint = Span(first.start, last.end, text[first.start : last.end])
        return Byline((), joint, joint)
    byline = _classify(pieces, has_lead=has_lead, lenient=lenient)
    if byline is None and len(pieces) == 1 and (led or DATE_HINT.search(text, start, body_start)):
        return _handle(pieces[0])
    if byline is not None and role_start < body_start and byline.authors:
        role = " ".join(text[role_start:body_start].split())  # "By political reporter Jo Bell"
        lead = attrs.evolve(byline.authors[0], role=byline.authors[0].role or role)
        byline = attrs.evolve(byline, authors=(lead, *byline.authors[1:]))
    return byline


def _past_leading_role(text: str, start: int, end: int) -> int:
    """Past a role in lower case before the name (``By state political reporter Lucy
    Nguyen-Hartley``, ABC News style), else ``start``."""
    words = list(_WORD.finditer(text, start, end))
    k = 0
    while k < len(words) and k < _ROLE_WORDS_BEFORE and words[k].group().islower():
        k += 1
    if 0 < k < len(words) and words[k - 1].group() in BYLINE_ROLE_WORDS:
        return words[k].start()
    return start


#: A role before the name has at most this many words.
_ROLE_WORDS_BEFORE = 4
_WORD = regex.compile(r"\S+")


def _handle(piece: Piece) -> Byline | None:
    """After a "By" alone on the line above or a date and "by" ("May 3, 2020 by GZT"), one
    token that is no name is what the author signs with: a handle ("delta201") or, in
    capitals, the site's initials (a credit)."""
    token = piece.text
    if not HANDLE.fullmatch(token) or token.lower() in FUNCTION_WORDS:
        return None
    span = Span(piece.start, piece.end, token)
    if token.isupper():
        return Byline((), None, span)
    return Byline((Author(token, piece.start, piece.end, token),), None)


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


def _whole_desk_credit(text: str, pieces: list[Piece]) -> Span | None:
    """ "Staff and news service reports", "AP and TOI staff": a desk credit that the list
    split would cut apart, as one outlet (only when it opens with an outlet or desk word)."""
    if len(pieces) < 2 or not is_outlet(pieces[0].text):
        return None
    whole = text[pieces[0].start : pieces[-1].end]
    lowered = " ".join(whole.lower().split())
    if lowered.endswith(DESK_ENDINGS):
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


def parse_role_line(line: str) -> str | None:
    """The role when a whole line is one ("Staff Writer", "Senior Reporter"), else ``None``.

    A line with a "By" lead-in or a separator is a byline, not a role, and so is a name
    glued to a role ("Jane DoeStaff Writer").  The line under every name is asked, often
    a paragraph: the words are counted first.
    """
    if not 0 < word_count(line) <= _ROLE_MAX_WORDS:
        return None
    words = line.split()
    if BYLINE_LEAD.match(line) or any(mark in line for mark in ",;|/&"):
        return None
    if LOWER_UPPER.search(line) and GLUED_ROLE.match(line):  # a glued name needs that pair
        return None
    is_role = words[-1].lower().strip(".") in BYLINE_ROLE_WORDS
    if is_role and all(w[:1].isupper() for w in words):
        return " ".join(words)
    return None


def _lone_word(piece: Piece) -> bool:
    """One word after a comma, not after "and": after a full name, a place or an
    affiliation ("Jane Doe, Kyiv"), not a co-author ("Jane Doe and Kay"); or a place
    of two or three words that opens with a place prefix ("Jane Doe, São Paulo")."""
    if piece.after_and:
        return False
    words = piece.text.split()
    return len(words) == 1 or (len(words) <= 3 and words[0].lower() in PLACE_PREFIXES)


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


def _split(text: str, start: int, end: int) -> list[Piece]:
    pieces: list[Piece] = []
    pos = start
    after_bar = after_and = False
    for sep in [*BYLINE_SPLIT.finditer(text, start, end), None]:
        stop = end if sep is None else sep.start()
        piece_text = text[pos:stop].strip().strip("-—–:").strip()
        if piece_text:
            offset = text.index(piece_text, pos, stop)
            piece = Piece(offset, offset + len(piece_text), piece_text, after_bar, after_and)
            pieces.append(piece)
        if sep is not None:
            pos = sep.end()
            after_bar = any(bar in sep.group() for bar in _BARS)
            after_and = "&" in sep.group() or _AND.search(sep.group()) is not None
    return pieces


def _classify(pieces: list[Piece], *, has_lead: bool, lenient: bool) -> Byline | None:
    """Names, roles, credentials and outlets of the pieces; ``None`` if any piece is none of them
    (unless ``lenient``: then a short piece is a name).  After a bar or bullet, a piece that
    is none of them ends the byline instead ("By Jane Doe | 5 min read")."""
    names: list[Piece] = []
    roles: dict[int, str] = {}
    outlet: Piece | None = None
    role_only: Piece | None = None
    for number, piece in enumerate(pieces):
        if outlet is not None and len(piece.text.split()) == 1:
            continue  # "BBC News, Kyiv": a place after the outlet
        last = number == len(pieces) - 1 and (number > 0 or not is_name(piece.text.split()))
        reading = read_piece(piece, last=last, first=number == 0)
        alone = reading.kind == "credential" and len(pieces) == 1  # a known byline's only piece
        if (reading.kind == "reject" or alone) and lenient and _short_handle(piece.text):
            reading = Reading("name", piece)
        if reading.kind == "reject":
            if piece.after_bar and (names or outlet is not None):
                break
            return None
        if reading.name is piece and names and _lone_word(piece) and " " in names[-1].text:
            continue  # "By Jane Doe, Kyiv", "Jane Doe, Acme": a place or an affiliation
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
    if not has_lead and not lenient and any(" " not in p.text.strip() for p in names):
        return None  # "Reading Time: 3 min read": one word is no name without a "By"
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
