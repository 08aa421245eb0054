"""Where a name starts after an official's title and its portfolio: ``Minister of Basic
Education | Mariatu Koroma``, ``Minister of Health and Wellness | Dharmendra Sooknah``;
and the titles that stand for the person named after them (``a spokesman for Aung San
Suu Kyi``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsstruct.lexicons.title_modifiers import TITLE_MODIFIERS
from newsstruct.people.given import given_name
from newsstruct.people.name_words import LOWER_TITLES

if TYPE_CHECKING:
    from newsstruct.people.names import Token

__all__ = ["past_portfolio"]


def past_portfolio(tokens: tuple[Token, ...], i: int, j: int) -> int:
    """Past a portfolio's last word when two name words or more follow it (``Minister of
    Basic Education | Mariatu Koroma``): after a title and "of"/"for", the words before
    it are the title's; else ``i``."""
    k = i - 1  # "Minister of Health and | Wellness ...": back to the title's "of"
    if tokens[k].low in ("and", "&"):
        k -= 1
        while 1 < k > i - 8 and (tokens[k].low in ("and", "&") or tokens[k].capitalised):
            k -= 1
    if k < 1 or tokens[k].low not in ("of", "for") or tokens[k - 1].low not in LOWER_TITLES:
        return i
    for k in range(j - 3, i - 1, -1):
        if tokens[k].low in TITLE_MODIFIERS and not any(
            given_name(t.low) for t in tokens[i : k + 1]
        ):
            return k + 1
    if (
        j - i >= 3
        and tokens[i - 2].low not in _STAND_INS
        and not any(given_name(t.low) for t in tokens[i:j])
    ):
        return i + 1  # "Chief District Officer of Kaski | Tek Bahadur K.C.": one place word
    return i


#: Titles that stand for the person named after their "for" or "of" (``a spokesman for
#: Aung San Suu Kyi``, ``a lawyer for Yoon Suk Yeol``): the whole run is that name.
_STAND_INS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "adviser", "advisor"}
    | {"aide", "counsel", "representative", "assistant", "envoy", "biographer"}
)
