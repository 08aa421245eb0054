"""Acronyms a text defines for a body: ``the Saskatchewan Health Authority (SHA)``, so
that ``the SHA said`` and the full name are one :class:`~newsstruct.model.Organization`.

An acronym counts when its letters are the initials of the capitalised words before
the bracket, small joining words aside (``of``, ``for``, ``and``, ``the``).

>>> acronyms("the National Office for Risk and Disaster Management (BNGRC) said")
{}
>>> acronyms("the Saskatchewan Health Authority (SHA) said. The SHA agreed.")
{'sha': 'Saskatchewan Health Authority'}

A name ending in a body's head word takes the acronym in brackets after it even when
the letters differ, as a name's acronym in another language does (``the Catalan Water
Agency (ACA)``).

A body's acronym the text never defines is one body with the first capitalised words
whose initials it is, when that body speaks too (:func:`spelled_out`: ``the Eswatini
Football Association said ... According to the EFA``).
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.demonyms import DEMONYMS
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS

__all__ = ["acronyms", "spelled_out"]

#: Capitalised words (small joining words between them) and an acronym in brackets.
_DEFINED = regex.compile(
    r"((?:\p{Lu}[\p{L}\-’']*\s+(?:(?:of|for|and|the|on|&)\s+)*){1,8})\((\p{Lu}{2,8})\)"
)
#: Joining words that give no letter to an acronym.
_JOINING = frozenset({"of", "for", "and", "the", "on", "&"})


def acronyms(text: str) -> dict[str, str]:
    """Each acronym the text defines (lower case) and the name it stands for."""
    found: dict[str, str] = {}
    for match in _DEFINED.finditer(text):
        words = match.group(1).split()
        acronym = match.group(2)
        letters = [w for w in words if w.lower() not in _JOINING]
        if len(letters) < len(acronym):
            continue
        named = letters[-len(acronym) :]  # "the Saskatchewan Health Authority (SHA)"
        if "".join(w[0] for w in named).upper() != acronym:
            named = _body_in_another_language(words, acronym)
            if not named:
                continue  # "Cllr Tomás Welby (FG)": a party after a person, no acronym
        first = words.index(named[0], max(0, len(words) - len(acronym) * 3))
        while words[first].lower() in _JOINING:
            first += 1
        found.setdefault(acronym.lower(), " ".join(words[first:]).strip())
    return found


def _body_in_another_language(words: list[str], acronym: str) -> list[str]:
    """``the Catalan Water Agency (ACA)``: the capitalised words (after the last "the")
    of a name ending in a body's head word, whose acronym of three letters or more, no
    country's code, shares a letter with its initials (of its name in another
    language); else ``[]`` (not ``Lloyds Bank (UK)``, ``Health Committee (PSOE)``)."""
    lows = [w.lower() for w in words]
    first = max((k + 1 for k, w in enumerate(lows) if w == "the"), default=0)
    named = [w for w in words[first:] if w.lower() not in _JOINING]
    initials = {w[0].upper() for w in named}
    shared = sum(letter in initials for letter in acronym)
    if len(acronym) < 3 or acronym.lower() in DEMONYMS or not shared:
        return []
    return named if len(named) >= 2 and lows[-1] in ORGANIZATION_WORDS else []


#: How many letters an acronym spelled out by the text may have.
_SPELLED_LETTERS = (2, 8)


def spelled_out(text: str, acronym: str, speakers: set[str]) -> str | None:
    """The first capitalised words of ``text`` whose initials are ``acronym`` (small
    joining words aside) that name a body among ``speakers`` (lower case), else None:
    the two speak as one body.

    >>> text = "The Eswatini Football Association said so. The EFA said"
    >>> spelled_out(text, "EFA", {"eswatini football association", "efa"})
    'Eswatini Football Association'
    """
    low, high = _SPELLED_LETTERS
    if not (low <= len(acronym) <= high and acronym.isalpha() and acronym.isupper()):
        return None
    joining = r"\s+(?:(?:of|for|and|the|on|&)\s+)*"
    words = joining.join(regex.escape(letter) + r"[\p{Ll}\-’']+" for letter in acronym)
    pattern = regex.compile(r"(?<![\p{L}\-])" + words + r"(?![\p{L}\-])")
    return next((m.group() for m in pattern.finditer(text) if m.group().lower() in speakers), None)
