"""Counting words only as far as a rule needs.

The structure rules compare word counts with small limits ("a heading has at
most 12 words"); counting stops one word past the limit, so a long paragraph
costs no more than a short one.

>>> count_words("The council met on Monday.", 3)
4
>>> count_words("Read More", 8)
2
"""

from __future__ import annotations

from itertools import islice

from newsstruct.patterns import WORD, words_at_least

__all__ = ["count_words"]


def count_words(line: str, limit: int) -> int:
    """The number of words in ``line``, or ``limit + 1`` when there are more than ``limit``."""
    if limit >= _PATTERN_MAX_LIMIT:  # a pattern of that many repeats would be huge
        return len(list(islice(WORD.finditer(line), limit + 1)))
    if words_at_least(limit + 1).match(line):
        return limit + 1
    return len(WORD.findall(line))


#: Limits from here on are counted word by word, not by one ``words_at_least`` pattern.
_PATTERN_MAX_LIMIT = 64
