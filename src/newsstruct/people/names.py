"""Words and capitalised name runs of a text region, with offsets.

The people stage reads a region as a list of :class:`Token` objects and cuts it
into *runs*: stretches of capitalised words (with name particles and initials
inside) that may hold a person's name.  A run is then trimmed of the words that
are never part of a name (titles, organisation words, function words), so
``Secretary of State Antony Blinken`` gives the run ``Antony Blinken``.

>>> text = "Secretary of State Antony Blinken met CNN's Kylie Atwood."
>>> [r.text(text) for r in name_runs(text, tokenize(text, 0, len(text)))]
['Antony Blinken', 'Kylie Atwood']
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import NamedTuple

import attrs

from newsstruct.lexicons.demonyms import DEMONYMS
from newsstruct.lexicons.elided_particles import ELIDED_PARTICLES
from newsstruct.lexicons.name_particles import NAME_PARTICLES
from newsstruct.people.given import (
    HYPHEN_WORDS,
    KNOWN_GIVEN_NAMES,
    SYLLABLE_MAX,
    given_name,
    romanised_given_name,
)
from newsstruct.people.joins import joinable, past_a_nickname
from newsstruct.people.name_words import (
    BREAKERS,
    PATRONYMIC_WORDS,
    RELEVANT_LOWER,
    SUFFIXES,
    SURNAME_MONTHS,
    SURNAME_TITLES,
    SURNAME_VERBS,
)
from newsstruct.people.patterns import PEOPLE_TOKEN_SPLIT
from newsstruct.people.run_edges import (
    ALIAS_WORD,
    month_given_name,
    particles_before,
    past_an_alias,
    trimmed,
)
from newsstruct.text.lexicons.abbreviations import ABBREVIATIONS
from newsstruct.text.marks import CLOSING, OPENING
from newsstruct.text.sentences import is_abbreviation, opens_sentence

__all__ = [
    "NameRun",
    "Token",
    "given_name",
    "key",
    "name_runs",
    "romanised_given_name",
    "tokenize",
]

_POSSESSIVE_ENDS = ("'s", "’s", "'S", "’S")
_SENTENCE_ENDS = frozenset(".!?")


class Token(NamedTuple):
    """A word: ``base`` is its text without a possessive ending, lowercased in ``low``.

    ``dot`` tells that a full stop follows at once ("Sen.", "J."); ``possessive``
    that the word ended in ``'s`` / ``’s`` or a bare ``’`` after ``s``;
    ``sentence_start`` that it opens a sentence or its region.  A named tuple:
    an article has thousands of words and they are built fast.
    """

    start: int
    end: int
    base: str
    low: str
    dot: bool
    possessive: bool
    sentence_start: bool

    @property
    def capitalised(self) -> bool:
        """Starts with a capital and is not an all-capitals acronym ("FBI", "U.S.")."""
        b = self.base
        return b[:1].isupper() and (len(b) == 1 or not b.isupper())

    @property
    def initial(self) -> bool:
        """A single capital letter followed by a full stop ("J."), or initials ("G.K.")."""
        b = self.base
        if len(b) == 1:
            return b.isupper() and self.dot
        return (
            len(b) in (4, 6)
            and b.isupper()
            and b[1::2] == "." * (len(b) // 2)
            and (b.lower() not in _INITIALISMS)
        )


@attrs.frozen
class NameRun:
    """Tokens ``tokens[first:last]`` that may form one person's name: its ``words``, the
    offsets of its first character and after it (a possessive ending and a suffix's full
    stop excluded) and its :func:`key`, read once when it is made (rules ask again and again)."""

    first: int
    last: int
    tokens: tuple[Token, ...]
    words: tuple[Token, ...] = attrs.field(init=False, eq=False, repr=False)
    start: int = attrs.field(init=False, eq=False, repr=False)
    end: int = attrs.field(init=False, eq=False, repr=False)
    key: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        words = self.tokens[self.first : self.last]
        tok = words[-1]
        end = tok.start + len(tok.base) + (1 if tok.low in SUFFIXES and tok.dot else 0)
        for name, value in ("words", words), ("start", words[0].start), ("end", end):
            object.__setattr__(self, name, value)
        object.__setattr__(self, "key", key(words))

    def text(self, text: str) -> str:
        """The run as written."""
        return text[self.start : self.end]


#: Builds a :class:`Token` from a tuple of its fields, skipping the named tuple's
#: keyword-checking constructor (tokenize builds one per word).
_token: Callable[[tuple[int, int, str, str, bool, bool, bool]], Token] = functools.partial(
    tuple.__new__, Token
)


def key(words: tuple[Token, ...] | list[Token]) -> tuple[str, ...]:
    """The comparable form of a name: lowercased words, suffixes and initials dropped.

    >>> key(tokenize("Joseph R. Biden Jr.", 0, 19))
    ('joseph', 'biden')
    """
    alias = next((i for i, w in enumerate(words) if w.base == ALIAS_WORD), len(words))
    return tuple(
        w.low.replace("’", "'")
        for i, w in enumerate(words[:alias])  # not the other name after "alias"
        if (w.low not in SUFFIXES or not i) and not w.initial  # "Vi Lyles", not "Tupou VI"
    )


def tokenize(text: str, start: int, end: int) -> tuple[Token, ...]:
    """The words of ``text[start:end]`` that rules look at, in order.

    A stretch of plain lower-case words that no rule looks up ("met the
    delegation") is kept as one token, its first word: it still breaks name runs
    and titles, and an article's thousands of such words cost little.
    """
    out: list[Token] = []
    append = out.append
    # [gap, part, gap, part, ..., gap]: the words (runs of plain lower-case words as one
    # part) and what separates them, read in one call; offsets summed from lengths.
    parts = PEOPLE_TOKEN_SPLIT.split(text[start:end])
    gap_before = parts[0]  # between the last word (kept or not) and this one
    w_end = start + len(gap_before)
    last_abbreviation = False  # whether the last word was "Sen." or "J."
    in_filler = False
    for word, gap_after in zip(parts[1::2], parts[2::2], strict=True):
        if " " in word:  # plain lower-case words: filler but those a rule looks up
            words = word.split(" ")
            w_end, in_filler, last_abbreviation = _plain_words(
                text, words, gap_after, w_end, in_filler, out
            )
            gap_before = gap_after
            continue
        w_start = w_end
        w_end = w_start + len(word)
        if word.islower() and word not in RELEVANT_LOWER and "'" not in word and "’" not in word:
            if not in_filler:
                append(_token((w_start, w_end, word, word, False, False, not out)))
                in_filler = True
            last_abbreviation = False
            gap_before = gap_after
            w_end += len(gap_after)
            continue
        in_filler = False
        after = gap_after[:1] if gap_after else text[w_end : w_end + 1]
        upper = word[0].isupper()
        possessive = word.endswith(_POSSESSIVE_ENDS)
        base = word[:-2] if possessive and len(word) > 2 else word
        if not possessive and upper and after in ("’", "'") and word[-1] == "s":
            possessive = text[w_end + 1 : w_end + 2].isspace()
        # Only a capitalised word (or the first one) can open a sentence.
        opens = not out or (
            upper and _ends_sentence(gap_before, last_abbreviation and not opens_sentence(word))
        )
        dot = after == "."
        append(_token((w_start, w_end, base, base.lower(), dot, possessive, opens)))
        last_abbreviation = dot and is_abbreviation(base + ".")
        gap_before = gap_after
        w_end += len(gap_after)
    return tuple(out)


def _plain_words(
    text: str, words: list[str], gap_after: str, w_end: int, in_filler: bool, out: list[Token]
) -> tuple[int, bool, bool]:
    """Add to ``out`` the tokens of a run of plain lower-case words that starts at ``w_end``
    (one space between them, ``gap_after`` after the last): each word a rule looks up, and
    the first word of each stretch of filler.  Returns where the run's gap ends, whether
    it ends in filler, and whether its last word is an abbreviation."""
    relevant = RELEVANT_LOWER
    append = out.append
    pos = w_end
    for plain in words:
        looked_up = plain in relevant
        if looked_up or not in_filler:
            end = pos + len(plain)
            append(_token((pos, end, plain, plain, False, False, not out)))
            in_filler, pos = not looked_up, end + 1
        else:
            pos += len(plain) + 1  # the one space after each word but the last
    # a full stop can follow only the last word, and only a word looked up is marked (its
    # token is the last one added): one test per run, not per word
    last = words[-1]
    dot = last in relevant and (gap_after[:1] or text[pos - 1 : pos]) == "."
    if dot:
        tok = out[-1]
        out[-1] = _token((tok.start, tok.end, last, last, True, False, tok.sentence_start))
    return pos - 1 + len(gap_after), in_filler, dot and is_abbreviation(last + ".")


def _ends_sentence(gap: str, after_abbreviation: bool) -> bool:
    """Whether ``gap`` between two words closes a sentence (or a line)."""
    if "\n" in gap:
        return True
    stripped = gap.strip(" )" + OPENING + CLOSING)
    if not stripped or stripped[0] not in _SENTENCE_ENDS:
        return False
    return not (stripped[0] == "." and after_abbreviation)


#: Dotted capitals that are places or bodies, never a person's initials ("U.S.", "D.C.").
_INITIALISMS = frozenset(a for a in ABBREVIATIONS if a.count(".") >= 2) | {
    "d.c.", "e.u.", "l.a.", "n.h.", "s.c.", "n.d.", "s.d.", "r.i.", "w.va."
}  # fmt: skip


def _elided(part: str) -> bool:
    """``part`` is an elided particle and a capitalised name (``d'Almeida``)."""
    head, mark, tail = part.replace("’", "'").partition("'")
    return bool(mark) and head in ELIDED_PARTICLES and tail[:1].isupper()


def _particle_prefixed(base: str) -> bool:
    """A surname that opens with a lower-case particle and a hyphen ("al-Rashidi",
    "el-Sayed"): a name word though it opens in lower case."""
    head, _, tail = base.partition("-")
    return head in NAME_PARTICLES and tail[:1].isupper()


def _name_word(tok: Token) -> bool:
    if not tok.base[:1].isupper():  # the common case, answered first: a lower-case word
        if "-" in tok.base:
            return _particle_prefixed(tok.base)
        return _elided(tok.base)  # "Colonna d'Istria"
    if tok.initial:
        return True
    if not tok.capitalised or tok.low in BREAKERS:
        return False
    # "Miami-based", "Kansas-born": a lower-case part after a hyphen is no name, but a
    # syllable of a romanised given name is ("Moon Jae-in", "Kim Jong-un", "Hye-jin")
    return (
        "-" not in tok.base
        or all(
            not p[:1].islower()
            or (len(p) <= SYLLABLE_MAX and p not in HYPHEN_WORDS)
            or _elided(p)  # "Amegah-d'Almeida"
            for p in tok.base.split("-")[1:]
        )
    )


def name_runs(text: str, tokens: tuple[Token, ...]) -> list[NameRun]:
    """Maximal runs of name words, trimmed of leading title and place words."""
    runs: list[NameRun] = []
    i, n = 0, len(tokens)
    # only the tokens that can be name words (capitalised or hyphenated) are tried
    for k in [k for k, tok in enumerate(tokens) if tok.base[:1].isupper() or "-" in tok.base]:
        if k < i or not (_name_word(tokens[k]) or month_given_name(text, tokens, k)):
            continue  # inside the run before, or no name word ("Jan de Vries": a name)
        i = k
        j = i + 1
        while j < n and joinable(text, tokens[j - 1], tokens[j]):
            tok = tokens[j]
            particle = tok.low in NAME_PARTICLES and (
                (j + 1 < n and (_name_word(tokens[j + 1]) or tokens[j + 1].low in NAME_PARTICLES))
                or tok.low in PATRONYMIC_WORDS  # "Bektur Tilek uulu": the name's last word
            )
            month = (
                tok.low in SURNAME_MONTHS and not text[tok.end : tok.end + 3].strip()[:1].isdigit()
            )
            verb = tok.low in SURNAME_VERBS and tok.base[:1].isupper()
            if verb and not tok.sentence_start and not (j + 1 < n and tokens[j + 1].capitalised):
                j += 1  # "Karim Said, 42", "Karim Said and": a capitalised verb inside a
                continue  # sentence is a surname (not "Biden Said He Would" in Title Case)
            surname = (tok.low in SURNAME_TITLES or tok.low in DEMONYMS or month or verb) and (
                tokens[j - 1].low in KNOWN_GIVEN_NAMES
                or (j - i > 1 and _ends_name(tokens, j))  # "Peter T. King"
                or (j + 1 < n and tokens[j + 1].low in SUFFIXES)
            )  # "Charlie King", "Mark Cuban", "Theresa May" (not "until May 4"), "Edward Said"
            nick = tok.base.isupper() and _in_marks(text, tok)  # Justin “JJ” Saunders
            if not (_name_word(tok) or tok.low in SUFFIXES or particle or surname or nick):
                break
            j += 1
        j = past_a_nickname(text, tokens, i, j)  # not "Lee “Gumayusi" of Lee “Gumayusi” Min's
        end = past_an_alias(text, tokens, j)  # "Anish alias Kannan": one person
        first, last = trimmed(text, tokens, particles_before(tokens, i), j)
        if last > first:
            runs.append(NameRun(first, end if last == j else last, tokens))
        i = end
    return runs


def _in_marks(text: str, tok: Token) -> bool:
    """``tok`` stands between a quote mark that opens and one that closes (a nickname)."""
    return text[tok.start - 1 : tok.start] in OPENING and text[tok.end : tok.end + 1] in CLOSING


def _ends_name(tokens: tuple[Token, ...], j: int) -> bool:
    """``tokens[j]``, a title word or a month (no demonym: "Boris Johnson British"), ends
    the name before it: after an initial (``Peter T. King``), or no capitalised word follows."""
    if not tokens[j].capitalised or (tokens[j].low in DEMONYMS and len(tokens[j].low) > 3):
        return False
    return tokens[j - 1].initial or not (j + 1 < len(tokens) and tokens[j + 1].capitalised)
