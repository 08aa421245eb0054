"""Tidy an author string read from a page before the byline grammar reads it.

Author strings from markup and metadata carry what stood next to the names:

- e-mail addresses, links and handles ("Mike Cason | mcason@al.com", "By April
  Roach @aprilroach28 Daniel O'Mahony"): taken out, and a handle between two
  names separates them;
- widget text ("Jane Doe Link Copied", "Follow Jane Doe"): a run of words cut at
  the first word of a page control (:mod:`newsstruct.html.lexicons.ui_words`)
  after a two-word name, or dropped at its start;
- a month or weekday without a day ("JANE DOE December"): cut;
- a run of capitals after a name in mixed case ("Jane Doe NEW YORK DAILY NEWS",
  "Jane Doe CEO"): set apart as a piece of its own (an outlet or a title);
- the site's own name after the names ("Jane Doe Valley Ledger"): set apart;
- two names run together ("Jane DoeMark Roe"): split where a lowercase letter
  meets a capital inside a word, when both sides are names of two words or more.

>>> tidy_byline("By Jane Doe jdoe@example.com Link Copied")
'By Jane Doe'
>>> tidy_byline("By Jane DoeMark Roe NEW YORK DAILY NEWS")
'By Jane Doe | Mark Roe | NEW YORK DAILY NEWS'
"""

from __future__ import annotations

import regex

from newsstruct.html.lexicons.ui_words import UI_WORDS
from newsstruct.html.patterns import BY_INSIDE
from newsstruct.layout.bylines import is_name
from newsstruct.layout.lexicons.byline_roles import BYLINE_ROLE_WORDS
from newsstruct.layout.lexicons.desk_credits import DESK_CREDITS
from newsstruct.layout.lexicons.name_suffixes import NAME_SUFFIXES
from newsstruct.layout.lexicons.outlet_words import OUTLET_WORDS
from newsstruct.layout.patterns import BYLINE_LEAD, BYLINE_TAIL
from newsstruct.lexicons.name_particles import NAME_PARTICLES
from newsstruct.text.timewords import month_number, weekday_number

__all__ = ["as_byline", "tidy_byline"]

#: Author strings are cut to this length: real ones are far shorter.
MAX_AUTHOR_CHARS = 400
_CONTACT = regex.compile(
    r"\S+@\S+\.\w+|https?://\S+|www\.\S+|(?<!\S)@\w+|\[email[^\]]{0,20}protected\]",
    regex.IGNORECASE,
)
#: A label before the names: "About the author -", "Author:", "Written by".
_LABEL = regex.compile(
    r"^(?:about[ ]+the[ ]+authors?|authors?|written[ ]+by|reporting[ ]+by|words[ ]+by)"
    r"[ ]*[:|\-–—]?[ ]*(?=\S)",
    regex.IGNORECASE,
)
#: A number after a name: an affiliation mark, a day, a time, a reading time.
_NUMBER = regex.compile(r"^[\d,.:*†‡§]*\d[\d,.:*†‡§]*$|^[*†‡§]+$")
#: Separators the byline grammar splits on, kept as they stand.
_SEPARATOR = regex.compile(r"[ ]*(?:[,;|/&·•]|\band\b|[ ][-–—][ ])[ ]*", regex.IGNORECASE)
_RUN_TOGETHER = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")
#: Word starts that stand before a capital inside one surname ("McDonald", "MacKenzie").
_NAME_PREFIXES = frozenset({"fitz", "mac", "mc", "o"}) | NAME_PARTICLES
#: Last words of a role or an outlet, which a camel-cased brand may stand before.
_CREDIT_WORDS = BYLINE_ROLE_WORDS | OUTLET_WORDS | DESK_CREDITS
#: A name keeps at least this many words when a tail is cut from it.
_MIN_NAME_WORDS = 2


def as_byline(candidate: str) -> str:
    """ "Posted on May 2 by Jane Doe" -> "By Jane Doe"; "Jane Doe" -> "By Jane Doe"."""
    candidate = " ".join(candidate[:MAX_AUTHOR_CHARS].split())
    by = BY_INSIDE.search(candidate)
    if by is not None and not BYLINE_LEAD.match(candidate):
        candidate = candidate[by.end() :]
    return candidate if BYLINE_LEAD.match(candidate) else f"By {candidate}"


def tidy_byline(line: str, site_names: tuple[str, ...] = ()) -> str:
    """``line`` as a "By ..." line without the noise listed in the module docstring
    ("" when nothing is left); ``site_names`` are the site's own names ("Valley Ledger")."""
    line = " ".join(_CONTACT.sub(" | ", line).split())
    line = as_byline(_LABEL.sub("", line))
    lead = BYLINE_LEAD.match(line)
    assert lead is not None
    tail = BYLINE_TAIL.search(line, lead.end())  # a date or time: the names have ended
    line = line[: tail.start()] if tail is not None else line
    pieces: list[str] = []
    position = lead.end()
    for separator in [*_SEPARATOR.finditer(line, position), None]:
        stop = len(line) if separator is None else separator.start()
        pieces += _tidy_piece(line[position:stop], site_names)
        if separator is not None:
            pieces.append(separator.group())
            position = separator.end()
    named = [p for p in pieces if p.strip() and not _SEPARATOR.fullmatch(p)]
    if len(named) > 1:  # the site's own name beside other names is no author
        pieces = [p for p in pieces if not _names_site(p, site_names)]
    body = "".join(pieces)
    body = regex.sub(r"(?:[ ]*\|[ ]*){2,}", " | ", body).strip(" |,;/&")
    return f"{line[: lead.end()].rstrip()} {body}" if body else ""


def _names_site(piece: str, site_names: tuple[str, ...]) -> bool:
    lowered = " ".join(piece.lower().split())
    return any(lowered == " ".join(name.lower().split()) for name in site_names)


def _tidy_piece(piece: str, site_names: tuple[str, ...]) -> list[str]:
    """One piece of a byline (between separators), tidied; run-together names and a
    capitals or site-name tail come back as pieces of their own, joined by " | "."""
    words = piece.split()
    while words and words[0].lower().strip(".:") in UI_WORDS:
        words.pop(0)
    for number, word in enumerate(words):
        ui = number >= _MIN_NAME_WORDS and word.lower().strip(".:,") in UI_WORDS
        if ui or (number >= 1 and _NUMBER.match(word)):  # "Jane Doe 1", "Jo Lee 3 min read"
            words = words[:number]
            break
    while len(words) > _MIN_NAME_WORDS and _is_time_word(words[-1]):
        words.pop()
    if not words or all(_is_time_word(w) or _NUMBER.match(w) for w in words):
        return []
    tail = _tail_at(words, site_names) or len(words)
    parts = _split_run_together(words[:tail])
    if tail < len(words):
        parts.append(words[tail:])
    return [" | ".join(" ".join(p) for p in parts)]


def _split_run_together(words: list[str]) -> list[list[str]]:
    """ "Jane DoeMark Roe" -> ["Jane Doe", "Mark Roe"] when both halves have two words or more."""
    for number, word in enumerate(words):
        cut = _RUN_TOGETHER.search(word, 2)
        if cut is None or word[: cut.start()].lower() in _NAME_PREFIXES:
            continue
        left = [*words[:number], word[: cut.start()]]
        right = [word[cut.start() :], *words[number + 1 :]]
        credit = right[-1].lower().strip(".,") in _CREDIT_WORDS  # "PhillyVoice Staff"
        if len(left) >= _MIN_NAME_WORDS and len(right) >= _MIN_NAME_WORDS and not credit:
            return [left, *_split_run_together(right)]
    return [words]


def _tail_at(words: list[str], site_names: tuple[str, ...]) -> int:
    """Where a tail that is not part of the name starts: the site's name, or a run of
    capitals after a name in mixed case; 0 when there is none."""
    lowered = [w.lower() for w in words]
    for name in site_names:
        size = len(name.split())
        if len(words) - size >= _MIN_NAME_WORDS and lowered[-size:] == name.lower().split():
            return len(words) - size
    if not any(w[:1].isupper() and not w.isupper() for w in words[:_MIN_NAME_WORDS]):
        return 0  # a name in capitals ("JANE DOE") keeps its capitals
    start = len(words)
    while start > _MIN_NAME_WORDS and _is_capitals(words[start - 1]):
        start -= 1
    return start if start < len(words) and is_name(words[:start]) else 0


def _is_time_word(word: str) -> bool:
    """A month or weekday name or abbreviation ("December", "Oct.", "Thu")."""
    return month_number(word.strip(",")) is not None or weekday_number(word.strip(",")) is not None


def _is_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return (
        len(letters) >= 2
        and all(c.isupper() for c in letters)
        and word.lower().strip(".,") not in NAME_SUFFIXES
    )
