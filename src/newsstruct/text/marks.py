"""Quote marks: every character that may open or close a quote, defined once.

Straight and curly double and single marks, low-9 marks („ ‚), reversed marks
(‟ ‛), guillemets (« » ‹ ›), the fullwidth double mark and the CJK double prime
marks, and doubled single marks standing for a double one (``''``, ````,
‘‘, ’’: old newswire text).  Whether a ``'`` or ``’`` is a quote mark or an
apostrophe is decided in :mod:`newsstruct.quotes.marks`.

>>> [m.group() for m in QUOTE_MARK.finditer("“Yes,” he said, 'no' «non»")]
['“', '”', "'", "'", '«', '»']
>>> "„" in OPENING and "»" in CLOSING and '"' in OPENING and '"' in CLOSING
True
"""

from __future__ import annotations

import regex

from newsstruct.text.timewords import MONTHS, WEEKDAYS

__all__ = [
    "CLOSING",
    "CURLY_DOUBLE",
    "DASHES",
    "DOUBLE",
    "DOUBLED",
    "DOUBLE_CLOSING",
    "DOUBLE_OPENING",
    "GUILLEMETS",
    "NICKNAME",
    "OPENING",
    "QUOTE_MARK",
    "SINGLE",
    "SINGLE_CLOSING",
    "SINGLE_OPENING",
    "STRAIGHT",
    "STRAIGHT_DOUBLE",
    "across_nickname_mark",
    "nickname_at",
]

#: Marks that open a double quote: curly, low-9, reversed, guillemet, CJK.
DOUBLE_OPENING = "“„‟«〝"
#: Marks that close a double quote.
DOUBLE_CLOSING = "”»〞〟"
#: Marks that open a single quote (a ``’`` closes one or is an apostrophe).
SINGLE_OPENING = "‘‚‛‹"
#: Marks that close a single quote.
SINGLE_CLOSING = "’›"
#: Marks that open and close alike: the straight double and single marks, the fullwidth mark.
STRAIGHT = "\"'＂"
#: The straight double marks (ASCII and fullwidth).
STRAIGHT_DOUBLE = '"＂'
#: Curly double marks of every style (not guillemets, not straight).
CURLY_DOUBLE = "“”„‟〝〞〟"
#: Double guillemets.
GUILLEMETS = "«»"
#: Two single marks written for one double mark.
DOUBLED = ("''", "``", "‘‘", "’’")

#: The dashes that set off an aside or a clause ("Jo Bell — a teacher — said"), with the
#: two hyphens, or one after a space ("Jo Bell - a teacher - said"), typed for one.
DASHES = ("—", "–", "―", "--", " -")
#: Every character that may open a quote.
OPENING = STRAIGHT + DOUBLE_OPENING + SINGLE_OPENING
#: Every character that may close a quote.
CLOSING = STRAIGHT + DOUBLE_CLOSING + SINGLE_CLOSING
#: Every double-quote character (straight, curly, guillemets).
DOUBLE = STRAIGHT_DOUBLE + DOUBLE_OPENING + DOUBLE_CLOSING
#: Every single-quote character, the straight apostrophe-like mark included.
SINGLE = "'" + SINGLE_OPENING + SINGLE_CLOSING

#: Any quote mark, the doubled ones first so that ``''`` is one mark.
QUOTE_MARK = regex.compile(
    "|".join(regex.escape(d) for d in DOUBLED)
    + "|["
    + regex.escape(STRAIGHT + DOUBLE_OPENING + DOUBLE_CLOSING + SINGLE_OPENING + SINGLE_CLOSING)
    + "]"
)

#: A nickname in quote marks between a given name and a surname (``Wilfred “Buddy”
#: Penney``, ``Clarence "Sonny" Hiscock``): group ``nick`` is the nickname, one or
#: two capitalised words, perhaps after a Romance article that names join as a particle
#: (``Ramón “el Flaco” Vilte``, ``Juan “la Roca” Paz``), between a mark that opens and
#: one that closes (a straight mark both).  Matched at the given name; no mark, no match.
NICKNAME = regex.compile(
    r"\p{Lu}[\p{L}\-]*\x20["
    + regex.escape(STRAIGHT + DOUBLE_OPENING + SINGLE_OPENING)
    + r"](?P<nick>(?:(?:el|la|le|los|las)\x20)?\p{Lu}[\p{L}.\-]*(?:\x20\p{Lu}[\p{L}.\-]*)?)["
    + regex.escape(STRAIGHT + DOUBLE_CLOSING + SINGLE_CLOSING)
    + r"]\x20(?P<surname>(?:\p{Lu}\.\x20)?(?:\p{Lu}['’])?\p{Lu}\p{Ll}+)"  # an initial may come first
)
#: Words after a quoted word that are no surname: a weekday or a month ("called
#: Governor Hale “Liar” Thursday").
_NOT_SURNAMES = frozenset(WEEKDAYS) | frozenset(MONTHS)


def across_nickname_mark(text: str, left: tuple[int, int], right: int) -> bool:
    """The word at ``left`` (start, end) and the word starting at ``right`` stand on
    either side of a nickname's quote mark: the given name and the nickname, or the
    nickname and the surname.

    >>> text = 'Wilfred "Buddy" Penney said'
    >>> across_nickname_mark(text, (0, 7), 9), across_nickname_mark(text, (9, 14), 16)
    (True, True)
    """
    for found in NICKNAME.finditer(text, max(0, left[0] - 60), min(len(text), right + 60)):
        if found.group("surname").lower() in _NOT_SURNAMES:
            continue
        if (found.start(), found.start("nick")) == (left[0], right):
            return True
        if found.end("nick") == left[1] and found.start("surname") == right:
            return True
    return False


def nickname_at(text: str, start: int) -> bool:
    """The quoted words starting at ``start`` are a nickname between a given name and a
    surname (:data:`NICKNAME`; not before a weekday or a month).

    >>> nickname_at('Wilfred "Buddy" Penney said', 9), nickname_at('Hale "Liar" Monday', 6)
    (True, False)
    """
    for found in NICKNAME.finditer(text, max(0, start - 40), min(len(text), start + 60)):
        if found.start("nick") == start:
            return found.group("surname").lower() not in _NOT_SURNAMES
    return False
