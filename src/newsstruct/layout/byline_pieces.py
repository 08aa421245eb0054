"""What one piece of a byline is: a name, a role, an outlet or a credential.

:mod:`newsstruct.layout.bylines` cuts a byline into pieces at its separators
("By Jane Doe, Staff Writer | Reuters"); :func:`read_piece` tells what each
one holds, also when two are glued together as browsers copy inline elements
("Jane DoeStaff Writer", "Jane DoeJane Doe") or no separator stands between a
name and an outlet ("JANE DOE Associated Press").

>>> reading = read_piece(Piece(0, 24, "Jane DoeStaff Writer"), last=True, first=True)
>>> reading.kind, reading.name.text, reading.role
('name', 'Jane Doe', 'Staff Writer')
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
    GLUED_ROLE,
    GLUED_WORDS,
    LOWER_UPPER,
    NAME_WORD,
    NON_SPACE,
    WEB_ADDRESS,
)
from newsstruct.lexicons.name_particles import NAME_PARTICLES
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.outlets import OUTLETS
from newsstruct.text.cues import SPEECH_CUE
from newsstruct.text.timewords import WEEKDAYS

__all__ = ["DESK_ENDINGS", "Piece", "Reading", "is_name", "is_outlet", "read_piece"]

#: Quote marks around a nickname inside a name.
_NICKNAME_QUOTES = "\"'“”‘’"
#: An affiliation has at least this many words (a surname may be an organisation word).
_AFFILIATION_MIN_WORDS = 3
#: An organisation's initials have at least this many capitals ("DJ Kay" is a name).
_INITIALS_MIN_LETTERS = 3
#: Small words that may stand inside an outlet's name ("The Mail on Sunday").
_OUTLET_JOINERS = frozenset({"&", "and", "for", "of", "on", "the"})
#: How a longer credit ends with a desk credit ("TOI staff"), for ``str.endswith``.
DESK_ENDINGS = tuple(" " + credit for credit in sorted(DESK_CREDITS))


@attrs.frozen
class Piece:
    """A piece of a byline line, with its offsets in the text."""

    start: int
    end: int
    text: str
    #: The piece follows a bar or bullet ("Jane Doe | 5 min read"): it may end the byline.
    after_bar: bool = False
    #: The piece follows "and" or "&" ("Jane Doe and Kay"): a co-author, not an affiliation.
    after_and: bool = False


@attrs.frozen
class Reading:
    """What one piece of a byline is: its ``kind`` (name, role, outlet, credential or
    reject), and the name, outlet and role parts it holds."""

    kind: str
    name: Piece | None = None
    outlet: Piece | None = None
    role: str | None = None


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
        if not _is_name_word(word):
            return False
    return True


def _is_name_word(word: str) -> bool:
    """``NAME_WORD`` matches; a word of ASCII letters opening with a capital ("Jane", the
    most common) matches its first form without the pattern being tried."""
    if word.isascii() and word.isalpha() and word[0].isupper():
        return True
    return NAME_WORD.match(word) is not None


def read_piece(piece: Piece, *, last: bool, first: bool) -> Reading:
    """What one piece of a byline is (see :class:`Reading`).

    ``last`` if it ends the byline and may be an outlet named by its last word
    ("Coastal Gazette"), ``first`` if it opens the byline.
    """
    lowered = " ".join(piece.text.lower().split())
    if lowered.replace(".", "") in CREDENTIALS:
        return Reading("credential")
    piece = _undoubled(piece)
    words = piece.text.split()
    named = _name_then_role(piece) if first else None
    if named is not None:
        return Reading("name", *named)
    glued = _glued_role(piece)
    if glued is not None:
        return Reading("name", glued[0], None, glued[1])
    if is_outlet(piece.text):
        return Reading("outlet", None, piece)
    if words[-1].lower().strip(".") in BYLINE_ROLE_WORDS:
        return Reading("role", None, _leading_outlet(piece), piece.text)
    split = _name_then_outlet(piece)  # before the outlet word: "MARK ROE Associated Press"
    if split is not None:
        return Reading("name", *split)
    if last and len(words) > 1 and words[-1].lower() in OUTLET_WORDS:
        return Reading("outlet", None, piece)
    if last and _is_station(words):
        return Reading("outlet", None, piece)
    if _is_affiliation(words):
        return Reading("credential")  # "ACLU Racial Justice Program": where the author works
    if _is_role_of(words):
        return Reading("role", None, None, piece.text)  # "Director of Education Equity"
    if is_name(words):
        return Reading("name", piece)
    return Reading("reject")


def _is_affiliation(words: list[str]) -> bool:
    """Three words or more ending in an organisation word ("Program", "University"), or
    an organisation's initials beside other words ("ACLU Foundations of California",
    "AMP Project Marketing"): the body a guest author belongs to, named after their role."""
    if len(words) >= _AFFILIATION_MIN_WORDS and words[-1].lower() in ORGANIZATION_WORDS:
        return True
    lower = any(map(str.islower, "".join(words)))  # not a name in capitals ("JANE DOE")
    return lower and any(_is_initials(w) for w in words if w.lower() not in NAME_SUFFIXES)


def _is_initials(word: str) -> bool:
    """An organisation's initials: three capitals or more ("ACLU", "NASA")."""
    return len(word) >= _INITIALS_MIN_LETTERS and word.isalpha() and word.isupper()


def _is_role_of(words: list[str]) -> bool:
    """ "Director of Education Equity", "Professor of Law", "Editor for Europe": a role word
    before "of" or "for" and capitalised words after it."""
    for at in range(1, len(words) - 1):
        if words[at] in ("of", "for"):
            return words[at - 1].lower() in BYLINE_ROLE_WORDS
    return False


def _undoubled(piece: Piece) -> Piece:
    """ "Jane DoeJane Doe" (an avatar's alt text glued to the link): one copy of the name."""
    text = piece.text
    half = len(text) // 2
    if half and text[:half] == text[half:] and is_name(text[:half].split()):
        return _sub(piece, 0, half)
    return piece


def _glued_role(piece: Piece) -> tuple[Piece, str] | None:
    """ "Jane DoeStaff Writer", "Jane DoePhillyVoice Staff": a name with a role glued to
    it, as inline elements copy."""
    if LOWER_UPPER.search(piece.text) is None:
        return None  # both patterns below find a lower-case letter before a capital
    match = GLUED_ROLE.match(piece.text)
    cut = None if match is None else match.end("name")
    if cut is None or GLUED_WORDS.search(piece.text, 0, cut):
        glue = GLUED_WORDS.search(piece.text)
        cut = None if glue is None else glue.end() - 1  # before the capital
    if cut is None:
        return None
    name, role = piece.text[:cut].split(), piece.text[cut:].strip()
    if not role or role.split()[-1].lower().strip(".") not in BYLINE_ROLE_WORDS:
        return None
    if len(name) < 2 or not is_name(name):
        return None
    return _sub(piece, 0, cut), role


def is_outlet(piece: str) -> bool:
    """A known outlet, "The <Capitalised Words>", a web address ("Phys.org") or a desk
    credit ("TOI staff")."""
    words = piece.split()
    lowered = " ".join(words).lower()
    if lowered in OUTLETS or ("." in piece and WEB_ADDRESS.match(piece)):
        return True
    if words[0].lower() == "the" and len(words) > 1:
        return all(w[:1].isupper() or w.lower() in _OUTLET_JOINERS for w in words[1:])
    return lowered in DESK_CREDITS or lowered.endswith(DESK_ENDINGS)


def _sub(piece: Piece, rel_start: int, rel_end: int) -> Piece:
    part = piece.text[rel_start:rel_end]
    stripped = part.strip()
    offset = rel_start + part.index(stripped) if stripped else rel_start
    return Piece(piece.start + offset, piece.start + offset + len(stripped), stripped)


def _name_then_outlet(piece: Piece) -> tuple[Piece, Piece] | None:
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


def _name_then_role(piece: Piece) -> tuple[Piece, Piece | None, str] | None:
    """ "JANE DOE AP Business Writer", "Adam Aaronson PhillyVoice Staff": a name of two or
    three words, then two or three words ending in a role; the outlet in front of the
    role when it is a known one."""
    words = piece.text.split()
    if words[-1].lower().strip(".") not in BYLINE_ROLE_WORDS:
        return None
    for cut in (2, 3):
        if 2 <= len(words) - cut <= 3 and is_name(words[:cut]):
            if SPEECH_CUE.fullmatch(words[cut]):
                return None  # "Lucia Ferro told reporters at 10:30 ...": a sentence
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


def _leading_outlet(piece: Piece) -> Piece | None:
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
