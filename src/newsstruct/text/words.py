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

import regex

__all__ = ["WORD", "count_words"]

#: A word, for counting.
WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*")


def count_words(line: str, limit: int) -> int:
    """The number of words in ``line``, or ``limit + 1`` when there are more than ``limit``."""
    return len(list(islice(WORD.finditer(line), limit + 1)))
