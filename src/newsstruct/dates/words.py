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

:func:`next_word_fits` and :func:`narrowed_grammar` apply the next-word tests of
:mod:`newsstruct.dates.starts` at a start.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from newsstruct.dates.grammar import RULES_BY_FIRST_WORD, date_grammar, digit_class
from newsstruct.dates.starts import (
    DATE_HEAD_WORDS,
    DATE_NEXT_WORDS,
    DATE_TOKEN_SPLIT,
    OTHER_WORD,
    RULE_NEXT_WORDS,
)

__all__ = [
    "PLAIN",
    "Piece",
    "Token",
    "first_word",
    "layouts_of",
    "narrowed_grammar",
    "next_word_fits",
    "word_role",
]

#: A first word (lowercase), the rules that may start at it, and for some of them the
#: words that must follow (:data:`newsstruct.dates.starts.RULE_NEXT_WORDS`).
Narrowing = tuple[str, tuple[str, ...], dict[str, frozenset[str]]]
#: What a token may do: the cut-down grammar to try there (None if no date starts there),
#: whether it is a head word, the words that must follow it (None: any), and the rules to
#: leave out of the grammar before some next words (None: none).
Role = tuple["regex.Pattern[str] | None", bool, "frozenset[str] | None", "Narrowing | None"]


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
    #: Rules that start there only before some words (None: none).
    narrowing: Narrowing | None
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
        conditions = RULE_NEXT_WORDS.get(key)
        narrowing = None if rules is None or conditions is None else (key, rules, conditions)
        role = (grammar, digit or key in DATE_HEAD_WORDS, DATE_NEXT_WORDS.get(key), narrowing)
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
        grammar, head, next_words, narrowing = word_role(word)
        if grammar is not None or head:
            following = words[place + 1] if place + 1 < len(words) else None
            tokens.append(
                Token(offset, place, word, grammar, head, next_words, narrowing, following)
            )
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


def next_word_fits(word: str | None, allowed: frozenset[str]) -> bool:
    """Whether ``word`` (None: no word follows) is one of ``allowed``, a set of
    :data:`newsstruct.dates.starts.DATE_NEXT_WORDS`."""
    if word is None:
        return False
    return (
        word.lower() in allowed
        or (word[0].isdigit() and "#digit" in allowed)
        or (OTHER_WORD in allowed and not (word.isascii() and word.isalnum()))
    )


_NARROWED: dict[tuple[str, str | None], regex.Pattern[str] | None] = {}


def narrowed_grammar(narrowing: Narrowing, next_word: str | None) -> regex.Pattern[str] | None:
    """The grammar cut down to the rules that may start at a word before ``next_word``
    (None when none may), memoised per next word.  A rule left out could not match there,
    so the grammar finds what the word's whole cut-down grammar finds, only sooner."""
    key = (narrowing[0], next_word)
    if key not in _NARROWED:
        _, rules, conditions = narrowing
        kept = tuple(
            rule
            for rule in rules
            if rule not in conditions or next_word_fits(next_word, conditions[rule])
        )
        if len(_NARROWED) >= _MEMO_MAX:
            _NARROWED.clear()
        _NARROWED[key] = date_grammar(kept) if kept else None
    return _NARROWED[key]
