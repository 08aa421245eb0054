"""The words of a region that matter to the date grammar, read a space-separated piece
at a time.

:func:`newsstruct.dates.find.find_dates` tries the grammar only at words that can
start a date and lie a few words before a head word (:mod:`newsstruct.dates.starts`).
Most words of a text are neither, so instead of splitting every region into words
(the ``regex`` split cost as much as all grammar matches together), a region is cut
at its spaces with ``str.split(" ")``, many times faster, and each piece's spelling
("week.", "“The", "well-known", "Monday") is read once into a :class:`Piece`: its
tokens that may start a date or are head words.  A piece of one token that is neither
is :data:`PLAIN`, and never looked at again.

The tokens are the very ones of ``DATE_TOKEN_SPLIT.split(region)``: a token is a run
of word characters and a space is none, so no token straddles two pieces, and a
piece's tokens in turn are the region's.  A token's number in the region is its
piece's number plus the tokens the pieces before it hold beyond one each, which only
the non-plain pieces can change.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from newsstruct.dates.grammar import RULES_BY_FIRST_WORD, date_grammar, digit_class
from newsstruct.dates.starts import DATE_HEAD_WORDS, DATE_NEXT_WORDS, DATE_TOKEN_SPLIT

__all__ = ["PLAIN", "Piece", "Token", "first_word", "layouts_of", "word_role"]


#: What a token may do: the cut-down grammar to try there (None if no date starts there),
#: whether it is a head word, and the words that must follow it (None: any).
Role = tuple["regex.Pattern[str] | None", bool, "frozenset[str] | None"]


class Token(NamedTuple):
    """A token of a piece that may start a date or is a head word."""

    #: Offset in the piece.
    offset: int
    #: Number among the piece's tokens.
    place: int
    word: str
    #: The cut-down grammar to try at it; None for a head word where no date starts.
    grammar: regex.Pattern[str] | None
    head: bool
    #: The words that must follow it for a date to start there (None: any).
    next_words: frozenset[str] | None
    #: The next token of the same piece; None when it is the piece's last.
    following: str | None


class Piece(NamedTuple):
    """A space-separated piece of text that is not :data:`PLAIN`."""

    #: How many tokens it holds (none in "—", two in "well-known").
    token_count: int
    #: The tokens among them that may start a date or are head words.
    tokens: tuple[Token, ...]
    #: Its first token; None when it holds none.
    first: str | None


#: The layout of a piece holding one token, which neither starts a date nor is a head
#: word; false, so that ``itertools.compress`` passes over it.
PLAIN = False

_ROLES: dict[str, Role] = {}


class _Layouts(dict[str, "Piece | bool"]):
    """The layouts of the spellings read so far; looking up a new one reads it."""

    def __missing__(self, piece: str) -> Piece | bool:
        return _piece_layout(piece)


_PIECES = _Layouts()
#: Beyond this many spellings a memo starts again (a long run over many texts).
_MEMO_MAX = 50_000


def word_role(word: str) -> Role:
    """The :data:`Role` of a token, memoised per spelling."""
    role = _ROLES.get(word)
    if role is None:
        digit = word[0].isdigit()
        key = digit_class(word) if digit else word.lower()
        rules = RULES_BY_FIRST_WORD.get(key)
        grammar = None if rules is None else date_grammar(rules)
        role = (grammar, digit or key in DATE_HEAD_WORDS, DATE_NEXT_WORDS.get(key))
        if len(_ROLES) >= _MEMO_MAX:
            _ROLES.clear()
        _ROLES[word] = role
    return role


def _piece_layout(piece: str) -> Piece | bool:
    """The tokens of a piece that matter (:data:`PLAIN` for one that does not), memoised
    per spelling."""
    parts = DATE_TOKEN_SPLIT.split(piece)
    words = parts[1::2]
    tokens = []
    offset = 0
    for place, word in enumerate(words):
        offset += len(parts[2 * place])
        grammar, head, next_words = word_role(word)
        if grammar is not None or head:
            following = words[place + 1] if place + 1 < len(words) else None
            tokens.append(Token(offset, place, word, grammar, head, next_words, following))
        offset += len(word)
    layout: Piece | bool = PLAIN
    if tokens or len(words) != 1:
        layout = Piece(len(words), tuple(tokens), words[0] if words else None)
    if len(_PIECES) >= _MEMO_MAX:
        _PIECES.clear()
    _PIECES[piece] = layout
    return layout


def layouts_of(pieces: list[str]) -> list[Piece | bool]:
    """The layout of every piece, in one pass of dictionary look-ups (the memo reads a
    spelling it does not know yet itself)."""
    return list(map(_PIECES.__getitem__, pieces))


def first_word(pieces: list[str], layouts: list[Piece | bool], index: int) -> str | None:
    """The first token of ``pieces[index:]``; None when they hold none."""
    for at in range(index, len(pieces)):
        layout = layouts[at]
        if layout is PLAIN:
            piece = pieces[at]
            if piece.isascii() and piece.isalnum():
                return piece  # letters and digits only: the piece is its one token
            return DATE_TOKEN_SPLIT.split(piece, maxsplit=1)[1]
        assert isinstance(layout, Piece)
        if layout.first is not None:
            return layout.first
    return None
