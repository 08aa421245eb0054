"""Where a body's name stands in the words of a speaker phrase: the head word and the
capitalised words around it, joined by "of", "for", "on" or a Romance "de", and the
issuer of a document (``a statement from the Harbor Authority``).

>>> import regex
>>> words = list(regex.finditer(r"\\S+", "the Ministerio de Obras Públicas"))
>>> start, end = body_span(words, [w.group().lower() for w in words])
>>> "the Ministerio de Obras Públicas"[start:end]
'Ministerio de Obras Públicas'
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.romance_of import ROMANCE_OF
from newsstruct.people.body_signs import ROMANCE_ARTICLES
from newsstruct.speakers.heads import (
    NOUN_PHRASE_ENDS,
    capitalised_run_end,
    document,
    is_head,
    record,
)

__all__ = ["body_span"]


def body_span(words: list[regex.Match[str]], lows: list[str]) -> tuple[int, int]:
    """Where the body named by ``words`` (``lows`` their lower case) starts and ends: the
    issuer of a document, else the name around its last head word (``Christian News
    Service``, ``the Federal Reserve Bank of New York``, ``a recent Pew poll``)."""
    ends = next((k for k, w in enumerate(lows) if w in NOUN_PHRASE_ENDS), len(lows))
    heads = (k for k, w in enumerate(lows[:ends]) if is_head(w) and not record(w))
    head = max(heads, default=len(lows) - 1)  # "police data": the police
    issuer = _issuer(words, lows, head)
    if issuer is not None:  # "a statement from the Harbor Authority": the authority
        return issuer
    k = head
    if words[k].group()[:1].isupper():
        k = capitalised_run_end(words, k)  # "Christian News Service": the whole name
    while (joint := _joint_after(words, lows, k)) is not None:
        k = capitalised_run_end(words, joint)  # "the Federal Reserve Bank of New York"
        if k + 2 < len(words) and lows[k + 1] == "and" and words[k + 2].group()[:1].isupper():
            k = capitalised_run_end(words, k + 2)  # "of Health and Human Services"
            break  # a second "and" joins another body ("... and Easter Seals")
    first = next((j for j in range(k) if words[j].group()[:1].isupper()), 0)
    return words[first].start(), words[k].end()  # "a recent Pew poll": "Pew poll"


#: Words that join a body's name to the capitalised words after it (Romance ones in
#: :data:`~newsstruct.lexicons.romance_of.ROMANCE_OF`).
_NAME_JOINS = frozenset({"of", "for", "on"}) | ROMANCE_OF


def _joint_after(words: list[regex.Match[str]], lows: list[str], k: int) -> int | None:
    """Where the capitalised words that go on a body's name after ``words[k]`` start:
    after "of", "for", "on" (``Bank of New York``) or a Romance "de", "du", "de la"
    (``Ministerio de Obras Públicas``, ``Conseil départemental du Morbihan``)."""
    j = k + 1
    after = lows[j + 1 : j + 2]
    lower = j < len(words) and words[j].group().islower()
    if lower and (lows[j] in ROMANCE_OF or (after and after[0] in ROMANCE_OF)):
        j = _lower_romance_run(words, lows, j)  # "Conseil départemental | du", "Caisse
        # de dépôt et placement | du", "Institut national de santé publique | du"
    if j >= len(lows) or lows[j] not in _NAME_JOINS:
        return None
    if lows[j] in ROMANCE_OF and lows[j + 1 : j + 2] and lows[j + 1] in ROMANCE_ARTICLES:
        j += 1  # "de la Santé"
    return j + 1 if j + 1 < len(words) and words[j + 1].group()[:1].isupper() else None


#: Romance words for "and" inside a body's name ("de dépôt et placement").
_ROMANCE_AND = frozenset({"et", "e", "y", "i"})
#: The most words of a lower-case run inside a body's name before its last "du".
_LOWER_RUN = 5


def _lower_romance_run(words: list[regex.Match[str]], lows: list[str], j: int) -> int:
    """Where the last Romance "de"/"du" before a capitalised word stands in a run of
    lower-case words from ``j`` after a body's head (``Caisse | de dépôt et placement du |
    Québec``); ``j`` when there is none."""
    last = j
    for i in range(j, min(len(words), j + 1 + _LOWER_RUN)):
        if not words[i].group().islower():
            break
        if lows[i] in ROMANCE_OF and i + 1 < len(words) and words[i + 1].group()[:1].isupper():
            last = i
    return last


#: Words between a document and the body that issued it ("a statement from the Harbor Authority").
_ISSUED_BY = frozenset({"from", "by", "of"})


def _issuer(words: list[regex.Match[str]], lows: list[str], head: int) -> tuple[int, int] | None:
    """Where the body that issued a document is named: ``statement from the Harbor
    Authority``, ``a letter by Acme``; None when the head is no document."""
    if not document(lows[head]) or head + 2 >= len(words) or lows[head + 1] not in _ISSUED_BY:
        return None
    k = head + 2
    if lows[k] == "the" and k + 1 < len(words):
        k += 1
    names = [w for w in words[k:] if w.group()[:1].isupper()]
    if not names or names[0] is not words[k]:
        return None
    last = capitalised_run_end(words, k)
    return words[k].start(), words[last].end()
