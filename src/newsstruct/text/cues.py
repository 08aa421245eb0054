"""Speech cues: the verbs and phrases of saying, as one pattern every stage shares
(the layout stage tells a lede from a deck by them, the people stage confirms a
name by them, the speakers stage attributes quotes at them).

>>> [m.group() for m in SPEECH_CUE.finditer("She said it, he added, and according to them...")]
['said', 'added', 'according to']
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator

import regex

from newsstruct.lexicons.speech_verbs import SPEECH_CUES

__all__ = [
    "PLAIN_SAYING_VERBS",
    "SPEECH_CUE",
    "CuePattern",
    "according_cue",
    "cue_alternation",
    "leading_letters",
]


def cue_alternation(cues: Iterable[str] = SPEECH_CUES) -> str:
    """``cues`` (the lexicon's by default) as one alternation, longest first."""
    ordered = sorted(cues, key=lambda c: (-len(c), c))
    return "|".join(regex.escape(c).replace("\\ ", r"\s+") for c in ordered)


def _cue_pattern(cues: Iterable[str]) -> regex.Pattern[str]:
    """``cues`` as whole words, case-insensitive."""
    return regex.compile(rf"(?<![\p{{L}}\-])(?:{cue_alternation(cues)})(?![\p{{L}}\-])", regex.I)


class CuePattern:
    """The cues as a pattern that is fast where it counts: ``finditer`` over an article.

    The alternation of some 370 cues, tried at every position of a text, cost about
    3 ms per 1,000-word article, and looking every word up in a set about 0.8 ms.
    Instead, the words of a long text that can open a cue are listed once, with
    string and set operations and a literal search per opener present (see
    :meth:`_index_words`); each ``finditer`` over a stretch of that text then
    bisects the list and tries, at each such word, only the cues that open with
    it.  A cue's first word is all letters, so it is the whole run of letters
    where a match starts: the matches are the very ones the full alternation
    gives.  ``pattern`` is the full pattern's own, and so is what ``fullmatch`` finds.

    The list of the last long text is kept (with a reference to the text) until
    another long text comes.
    """

    def __init__(self, cues: frozenset[str]) -> None:
        self._full = _cue_pattern(cues)
        self.pattern = self._full.pattern
        by_first: dict[str, list[str]] = {}
        for cue in cues:
            by_first.setdefault(cue.split()[0], []).append(cue)
        if not all(_WORD.fullmatch(first) and first == first.lower() for first in by_first):
            raise ValueError("a cue must open with a lower-case word of letters")
        if not all(cue.isascii() and cue == cue.lower() for cue in cues):
            raise ValueError("a cue must be written in lower-case ASCII")
        self._groups = {first: frozenset(group) for first, group in by_first.items()}
        #: The first words of the cues (all letters, lower case).
        self.openers = frozenset(by_first)
        self._one_word = frozenset(cue for cue in cues if " " not in cue)
        # compiled on first use: some 200 patterns would cost a tenth of a second at import
        self._by_first: dict[str, regex.Pattern[str]] = {}
        self._alone: dict[str, regex.Pattern[str]] = {}
        self._index: tuple[str, list[int], list[str]] = ("", [], [])

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """A cue starting at ``pos``, or None."""
        pos, end = _bounds(text, pos, endpos)
        word = _WORD.match(text, pos, end)
        if word is None:
            return None
        first = word.group().lower()
        if first in self.openers:
            return self._opening(first).match(text, pos, end)
        # case-folding matches what lower() does not ("ſaid"): the full pattern decides
        return None if word.group().isascii() else self._full.match(text, pos, end)

    def fullmatch(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        """``text[pos:endpos]`` as one whole cue, or None.  A stretch of ASCII with no
        white space can only be a cue of one word: one that is none is answered by a set
        look-up (a cue is lower-case ASCII), the rest by the full pattern.

        >>> SPEECH_CUE.fullmatch("Said") is not None, SPEECH_CUE.fullmatch("Reyes")
        (True, None)
        """
        pos, end = _bounds(text, pos, endpos)
        span = text[pos:end]
        if span.isascii() and span.split() == [span] and span.lower() not in self._one_word:
            return None
        return self._full.fullmatch(text, pos, end)

    def may_open(self, word: str) -> bool:
        """Whether a cue may start at ``word`` (a word as ``str.split`` gives it): its
        leading letters, lower-cased, open a cue, or it is not ASCII (case-folding
        matches what ``lower()`` does not).  False tells that no cue starts there.

        >>> SPEECH_CUE.may_open("Said,"), SPEECH_CUE.may_open("plan")
        (True, False)
        """
        return not word.isascii() or leading_letters(word) in self.openers

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """The cues in ``text[pos:endpos]``, in order and not overlapping."""
        pos, end = _bounds(text, pos, endpos)
        after = pos
        for start, first in self._opening_words(text, pos, end):
            if start < after:
                continue
            found = self._opening(first).match(text, start, end)
            if found is not None:
                after = found.end()
                yield found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """The first cue in ``text[pos:endpos]``, or None; a text not indexed is read only up
        to that cue (a line is asked whether it holds one)."""
        pos, end = _bounds(text, pos, endpos)
        if self._index[0] is text:
            return next(self.finditer(text, pos, end), None)
        for start, first in self._scan(text, pos, end):
            found = self._opening(first).match(text, start, end)
            if found is not None:
                return found
        return None

    def _opening(self, first: str) -> regex.Pattern[str]:
        """The cues that open with the word ``first``, as a pattern."""
        pattern = self._by_first.get(first)
        if pattern is None:
            pattern = self._by_first[first] = _cue_pattern(self._groups[first])
        return pattern

    def _alone_word(self, word: str) -> regex.Pattern[str]:
        """``word`` as a whole run of letters."""
        pattern = self._alone.get(word)
        if pattern is None:
            pattern = regex.compile(rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})")
            self._alone[word] = pattern
        return pattern

    def _opening_words(self, text: str, pos: int, end: int) -> Iterator[tuple[int, str]]:
        """The runs of letters of ``text[pos:end]`` (cut at its edges) that open a cue: where
        each starts, and the run lower-cased, in text order; lazily, so that the first cue
        of a long stretch costs no more than the words before it.

        A run cut by ``pos`` needs no look: no cue starts right after a letter.
        """
        if len(text) < _INDEXED_MIN_CHARS:
            yield from self._scan(text, pos, end)
            return
        index = self._index
        if index[0] is not text:
            index = (text, *self._index_words(text))
            self._index = index
        _, starts, words = index
        for i in range(bisect.bisect_left(starts, pos), bisect.bisect_left(starts, end)):
            if starts[i] + len(words[i]) <= end:
                yield starts[i], words[i]
        last = _LAST_RUN.search(text, pos, end) if _letter_at(text, end) else None
        if last is not None and last.end() == end:
            cut = last.group().lower()  # a run cut by end: "say" of "sayings"
            if cut in self.openers:
                yield last.start(), cut

    def _scan(self, text: str, pos: int, end: int) -> Iterator[tuple[int, str]]:
        """:meth:`_opening_words` word by word, lazily (short texts, and :meth:`search`)."""
        for word in _WORD.finditer(text, pos, end):
            low = word.group().lower()
            if low in self.openers:
                yield word.start(), low

    def _index_words(self, text: str) -> tuple[list[int], list[str]]:
        """Where each run of letters of ``text`` that opens a cue starts, and the run
        lower-cased.  The runs present are found as sets: the text's words split at
        spaces, punctuation stripped, those still holding a non-letter cut into their
        runs of letters; then each such opener is searched for as a whole word."""
        lowered = text.lower()
        if len(lowered) != len(text):  # lower() changed a length ("İ"): word by word
            pairs = list(self._scan(text, 0, len(text)))
        else:
            words = set(map(str.strip, set(lowered.split()), itertools.repeat(_EDGES)))
            present = set(self.openers.intersection(words))
            odd = " ".join(itertools.filterfalse(str.isalpha, words))
            present.update(self.openers.intersection(_WORD.findall(odd)))
            pairs = sorted(
                (found.start(), word)
                for word in present
                for found in self._alone_word(word).finditer(lowered)
            )
        return [start for start, _ in pairs], [word for _, word in pairs]


def leading_letters(word: str) -> str:
    """The letters that open ``word``, lower-cased.

    >>> leading_letters("Didn't")
    'didn'
    """
    return "".join(itertools.takewhile(str.isalpha, word)).lower()


def _letter_at(text: str, i: int) -> bool:
    """A letter stands at ``text[i]``, as ``regex`` knows letters (an ASCII character is
    asked of ``str``: the same answer, sooner)."""
    char = text[i : i + 1]
    return char.isalpha() if char.isascii() else _LETTER.match(text, i) is not None


def _bounds(text: str, pos: int, endpos: int | None) -> tuple[int, int]:
    """``pos`` and ``endpos`` read as ``regex`` reads them: as slice bounds."""
    size = len(text)
    end = size if endpos is None else endpos
    if 0 <= pos <= end <= size:
        return pos, end  # the common case, at once
    start, end, _ = slice(pos, endpos).indices(size)
    return start, max(start, end)


#: Texts shorter than this are scanned word by word, not indexed.
_INDEXED_MIN_CHARS = 500
#: Punctuation stripped from the edges of a word of news text.
_EDGES = " \t\n.,;:!?\"'()[]{}“”‘’«»—–-…*/"
_WORD = regex.compile(r"\p{L}+")
#: The last run of letters of a stretch (searched from its end).
_LAST_RUN = regex.compile(r"(?r)\p{L}+")
#: A letter, as ``regex`` knows letters (a newer Unicode than ``str.isalpha``).
_LETTER = regex.compile(r"\p{L}")
#: A speech cue from :mod:`newsstruct.lexicons.speech_verbs` as a whole word
#: ("said", "chimed in", "according to"); case-insensitive.
SPEECH_CUE = CuePattern(SPEECH_CUES)
#: The plain verbs of saying, which close a clause of their own: a cue among them may end
#: its clause at a comma (``..., she told The Irish Times, because ...``), and one inside
#: a subject's words ends a clause before the subject (``X said the agency had asked``).
PLAIN_SAYING_VERBS = frozenset(
    {"said", "says", "told", "tells", "added", "adds", "wrote", "writes"}
)


def according_cue(word: str) -> bool:
    """A cue that puts its source after it as a phrase, not a subject: ``according to``
    and ``as per`` (``as per the police``, common in South Asian and African news).

    >>> according_cue("According to"), according_cue("as per"), according_cue("said")
    (True, True, False)
    """
    low = " ".join(word.lower().split())
    return low.startswith("according") or low == "as per"
