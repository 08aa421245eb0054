"""Tell page furniture from article text, one line at a time.

>>> boilerplate_reason("48.6 F", repeated=False)
'weather'
>>> boilerplate_reason("Please enter your comment!", repeated=False)
'lexicon'
>>> boilerplate_reason("Watch above via Reuters and CBS.", repeated=False)
'lexicon-prefix'
>>> boilerplate_reason("The council met on Monday.", repeated=False) is None
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newsstruct.layout.lexicons.boilerplate_lines import BOILERPLATE_LINES
from newsstruct.layout.lexicons.boilerplate_prefixes import BOILERPLATE_PREFIXES
from newsstruct.layout.lexicons.end_markers import END_MARKERS
from newsstruct.layout.patterns import COMMENTS_HEADING, COPYRIGHT, NO_WORDS, WEATHER
from newsstruct.text.words import count_words

__all__ = [
    "boilerplate_reason",
    "ends_article",
    "ends_sentence",
    "keys_and_words",
    "normalise_line",
    "repeated_lines",
    "word_count",
]

_PREFIX_MAX_WORDS = 25
_REPEATED_MAX_WORDS = 8
#: The prefixes by their first two characters: a line is compared with those alone.
_PREFIXES_BY_START: dict[str, tuple[str, ...]] = {
    start: tuple(p for p in sorted(BOILERPLATE_PREFIXES) if p[:2] == start)
    for start in {p[:2] for p in BOILERPLATE_PREFIXES}
}
#: The characters a sentence end (with its closing quotes) can finish a line with.
_SENTENCE_LAST = frozenset(".!?…\"'”’)]»")
#: ``SENTENCE_END``: a stop, then closing quotes and brackets only.
_STOPS = frozenset(".!?…")
_CLOSING = "\"'”’)]»"
#: A sentence end with its closing quotes and brackets is at most this long.
_SENTENCE_TAIL = 16
#: A line up to this long is cut into words to count or space them: faster than looking
#: at its spaces first.
_SPLIT_MAX_CHARS = 80
#: What a normalised line does not end with.
_KEY_END = " .!:;,…|-—–"
#: What a comments heading opens with ("one", or a digit: ``\d`` among ASCII characters).
_COMMENTS_FIRSTS = frozenset("o0123456789")
#: What a copyright line opens with ("©", "(c)", "Copyright").
_COPYRIGHT_FIRSTS = frozenset("©(cC")


def normalise_line(line: str) -> str:
    """Lower case, single spaces, no trailing punctuation: the form lexicons are matched in.

    Every block is normalised, most of them paragraphs already single-spaced: those are
    not cut into words and joined again.
    """
    lowered = line.lower()
    if len(lowered) <= _SPLIT_MAX_CHARS or not _single_spaced(lowered):
        lowered = " ".join(lowered.split())
    return lowered.rstrip(_KEY_END)


def word_count(line: str) -> int:
    """``len(line.split())``, counted without cutting a single-spaced line into words (every
    block is counted, most of them paragraphs).

    >>> word_count("The council met."), word_count("  Sign\tIn "), word_count("")
    (3, 2, 0)
    """
    if len(line) <= _SPLIT_MAX_CHARS or not _single_spaced(line):
        return len(line.split())
    return line.count(" ") + 1


def keys_and_words(lines: Iterable[str]) -> tuple[list[str], tuple[int, ...]]:
    """:func:`normalise_line` and :func:`word_count` of every line, its spaces looked at
    once for both (lowering a line moves, adds or removes no space, and keeps it printable
    or not).

    >>> keys_and_words(["Read More.", "The  council met."])
    (['read more', 'the council met'], (2, 3))
    """
    keys: list[str] = []
    words: list[int] = []
    for line in lines:
        lowered = line.lower()
        if len(lowered) > _SPLIT_MAX_CHARS and _single_spaced(lowered):
            keys.append(lowered.rstrip(_KEY_END))
            words.append(lowered.count(" ") + 1)
        else:
            parts = lowered.split()
            keys.append(" ".join(parts).rstrip(_KEY_END))
            words.append(len(parts))
    return keys, tuple(words)


def _single_spaced(line: str) -> bool:
    """Words separated by single " " and nothing else, none at the ends (a printable line
    holds no space but " ")."""
    return line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " "


def ends_article(key: str) -> bool:
    """A line (normalised) that opens what follows an article: a list of other stories or
    comments ("Most read", "Leave a reply", "5 thoughts on “Title”").

    >>> ends_article("related stories"), ends_article("3 responses to “tidal gates”")
    (True, True)
    """
    if key in END_MARKERS:
        return True
    first = key[:1]
    if first.isascii() and first not in _COMMENTS_FIRSTS:
        return False  # the only ASCII characters the heading's pattern opens with
    return COMMENTS_HEADING.match(key) is not None


def repeated_lines(lines: Iterable[str], keys: Iterable[str] | None = None) -> frozenset[str]:
    """Normalised short lines that occur more than once (site names, section furniture).

    ``keys`` are the lines already normalised, when the caller has them.  Only the lines
    whose key occurs more than once are checked for shape: the rest cannot repeat.
    """
    lines = list(lines)
    normalised = [normalise_line(line) for line in lines] if keys is None else list(keys)
    twice = {key for key, n in Counter(normalised).items() if n > 1 and key}
    counts = Counter(
        key
        for key, line in zip(normalised, lines, strict=True)
        if key in twice and not ends_sentence(line) and _at_most_words(line, _REPEATED_MAX_WORDS)
    )
    return frozenset(key for key, n in counts.items() if n > 1)


def ends_sentence(line: str) -> bool:
    """``SENTENCE_END`` matches within the line's last characters (a long paragraph costs
    no more): read from the end without the pattern, which every block is asked.

    >>> ends_sentence("It rained."), ends_sentence("Sign In")
    (True, False)
    """
    if line[-1:] not in _SENTENCE_LAST:
        return False
    # the pattern's stop is the character before the closing marks the line ends with
    body = line.rstrip(_CLOSING)
    return body[-1:] in _STOPS and len(line) - len(body) < _SENTENCE_TAIL


def _at_most_words(line: str, limit: int) -> bool:
    """``line`` has at most ``limit`` words (a line of up to twice as many characters
    cannot have more: words are separated)."""
    return len(line) <= 2 * limit or count_words(line, limit) <= limit


def boilerplate_reason(line: str, *, repeated: bool, key: str | None = None) -> str | None:
    """Why ``line`` is boilerplate (the rule's name), or ``None`` when it is content.

    ``repeated`` says whether the line is one of :func:`repeated_lines`; ``key`` is the
    line already normalised (:func:`normalise_line`), when the caller has it.
    """
    first = line[:1]
    if not first.isalnum() and NO_WORDS.match(line):
        return "no-words"
    # Each pattern is tried only on lines that can open like it, and each word-count
    # limit is checked after the cheaper test it guards.
    if (first.isdigit() or first == "-") and WEATHER.match(line) and count_words(line, 8) <= 8:
        return "weather"
    if (
        first in _COPYRIGHT_FIRSTS
        and COPYRIGHT.match(line)
        and count_words(line, _PREFIX_MAX_WORDS) <= _PREFIX_MAX_WORDS
    ):
        return "copyright"
    key = normalise_line(line) if key is None else key
    if key in BOILERPLATE_LINES:
        return "lexicon"
    if _has_prefix(key) and count_words(line, _PREFIX_MAX_WORDS) <= _PREFIX_MAX_WORDS:
        return "lexicon-prefix"
    if repeated:
        return "repeated-line"
    return None


def _has_prefix(key: str) -> bool:
    """``key`` opens with a listed prefix that ends at a word boundary ("tags:", not "tagsmith")."""
    prefixes = _PREFIXES_BY_START.get(key[:2], ())
    if not key.startswith(prefixes):  # most lines open with none: one test for them all
        return False
    return any(
        key.startswith(prefix)
        and (len(key) == len(prefix) or not key[len(prefix)].isalpha() or not prefix[-1].isalpha())
        for prefix in prefixes
    )
