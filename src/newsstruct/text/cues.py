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

__all__ = ["SPEECH_CUE", "CuePattern", "cue_alternation"]


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
    gives.  ``fullmatch`` and ``pattern`` are the full pattern's own.

    The list of the last long text is kept (with a reference to the text) until
    another long text comes.
    """

    def __init__(self, cues: frozenset[str]) -> None:
        full = _cue_pattern(cues)
        self.pattern = full.pattern
        self.fullmatch = full.fullmatch
        by_first: dict[str, list[str]] = {}
        for cue in cues:
            by_first.setdefault(cue.split()[0], []).append(cue)
        self._groups = {first: frozenset(group) for first, group in by_first.items()}
        self._openers = frozenset(by_first)
        # compiled on first use: some 200 patterns would cost a tenth of a second at import
        self._by_first: dict[str, regex.Pattern[str]] = {}
        self._alone: dict[str, regex.Pattern[str]] = {}
        self._index: tuple[str, list[int], list[str]] = ("", [], [])

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """A cue starting at ``pos``, or None."""
        end = len(text) if endpos is None else endpos
        word = _WORD.match(text, pos, end)
        first = None if word is None else word.group().lower()
        if first not in self._openers:
            return None
        return self._opening(first).match(text, pos, end)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """The cues in ``text[pos:endpos]``, in order and not overlapping."""
        end = len(text) if endpos is None else endpos
        after = pos
        for start, first in self._opening_words(text, pos, end):
            if start < after:
                continue
            found = self._opening(first).match(text, start, end)
            if found is not None:
                after = found.end()
                yield found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """The first match in ``text[pos:endpos]``, or None."""
        return next(self.finditer(text, pos, endpos), None)

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
            pattern = self._alone[word] = regex.compile(rf"(?<!\p{{L}}){word}(?!\p{{L}})")
        return pattern

    def _opening_words(self, text: str, pos: int, end: int) -> list[tuple[int, str]]:
        """The runs of letters of ``text[pos:end]`` (cut at its edges) that open a cue: where
        each starts, and the run lower-cased, in text order.

        A run cut by ``pos`` needs no look: no cue starts right after a letter.
        """
        if len(text) < _INDEXED_MIN_CHARS:
            return self._scanned(text, pos, end)
        index = self._index
        if index[0] is not text:
            index = (text, *self._index_words(text))
            self._index = index
        _, starts, words = index
        out = [
            (starts[i], words[i])
            for i in range(bisect.bisect_left(starts, pos), bisect.bisect_left(starts, end))
            if starts[i] + len(words[i]) <= end
        ]
        if pos < end < len(text) and text[end - 1].isalpha() and text[end].isalpha():
            start = end - 1  # a run cut by end: its first letters may be a cue ("say" of "sayings")
            while start > pos and text[start - 1].isalpha():
                start -= 1
            cut = text[start:end].lower()
            if cut in self._openers:
                out.append((start, cut))
        return out

    def _scanned(self, text: str, pos: int, end: int) -> list[tuple[int, str]]:
        """:meth:`_opening_words` word by word (short texts; and a run cut by ``pos``)."""
        words = ((w.start(), w.group().lower()) for w in _WORD.finditer(text, pos, end))
        return [(start, word) for start, word in words if word in self._openers]

    def _index_words(self, text: str) -> tuple[list[int], list[str]]:
        """Where each run of letters of ``text`` that opens a cue starts, and the run
        lower-cased.  The runs present are found as sets: the text's words split at
        spaces, punctuation stripped, those still holding a non-letter cut into their
        runs of letters; then each such opener is searched for as a whole word."""
        lowered = text.lower()
        if len(lowered) != len(text):  # lower() changed a length ("İ"): word by word
            pairs = self._scanned(text, 0, len(text))
        else:
            words = set(map(str.strip, set(lowered.split()), itertools.repeat(_EDGES)))
            present = set(self._openers.intersection(words))
            odd = " ".join(itertools.filterfalse(str.isalpha, words))
            present.update(self._openers.intersection(_WORD.findall(odd)))
            pairs = sorted(
                (found.start(), word)
                for word in present
                for found in self._alone_word(word).finditer(lowered)
            )
        return [start for start, _ in pairs], [word for _, word in pairs]


#: Texts shorter than this are scanned word by word, not indexed.
_INDEXED_MIN_CHARS = 500
#: Punctuation stripped from the edges of a word of news text.
_EDGES = " \t\n.,;:!?\"'()[]{}“”‘’«»—–-…*/"
_WORD = regex.compile(r"\p{L}+")
#: A speech cue from :mod:`newsstruct.lexicons.speech_verbs` as a whole word
#: ("said", "chimed in", "according to"); case-insensitive.
SPEECH_CUE = CuePattern(SPEECH_CUES)
