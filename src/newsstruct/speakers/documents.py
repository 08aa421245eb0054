"""Who a document speaks for: ``The ministry issued a statement on Friday. The statement
said ...`` is the ministry's, as ``In a statement, the SHA said ... The statement read
...`` is the SHA's.  A document named with "the" (or "that", "this") at a cue goes to
the body or person who issued it a few sentences before, when the text says so; the
document stays the statement's ``source``.  With no issuer in reach it speaks itself.

>>> from newsstruct.speakers.resolver import Resolver
>>> text = "The ministry issued a statement on Friday. The statement said talks would resume."
>>> issued_by(text, Resolver(text, (), ()), "statement", text.index("statement said")).name
'ministry'
"""

from __future__ import annotations

import functools

import attrs
import regex

from newsstruct.lexicons.documents import DOCUMENT_WORDS
from newsstruct.model import Person, Span
from newsstruct.reported.lexicons.issuing_verbs import ISSUING_VERBS
from newsstruct.speakers.resolver import Resolver
from newsstruct.speakers.speech import OrgRef, Speech

__all__ = ["for_document", "issued_by"]

#: How far back the issuing of a document is looked for, in characters.
_REACH = 400
#: Words before a document's noun that point back to one named before.
_DEFINITE = frozenset({"the", "that", "this"})


def issued_by(text: str, resolver: Resolver, noun: str, start: int) -> Person | OrgRef | None:
    """The issuer of the document ``noun`` mentioned at ``start`` ("The | statement"): the
    subject of the last issuing verb before ``start`` with that document as its object
    (``issued a statement``); else None (``In a statement, X said`` is
    :func:`for_document`'s, which reads the last speaker)."""
    noun = noun.lower()
    before = text[max(0, start - 6) : start].lower().split()[-1:]
    if noun not in DOCUMENT_WORDS or not before or before[0] not in _DEFINITE:
        return None  # "a statement from NATO said": its own words
    floor = max(0, start - _REACH)
    verbs = list(_issued(noun).finditer(text, floor, start))
    if not verbs:
        return None
    verb = verbs[-1]
    sentence = max(text.rfind(mark, floor, verb.start()) for mark in (". ", "\n")) + 1
    said = resolver.subject_of(verb, sentence, "said-before", any_phrase=True)
    speaker = None if said is None else said.speaker
    if isinstance(speaker, OrgRef) and (
        speaker.name.lower() in DOCUMENT_WORDS
        or text[max(0, speaker.start - 4) : speaker.start].lower().split()[-1:] in (["a"], ["an"])
    ):
        return None  # "The report released a statement", "a group of parents sent a letter"
    return speaker


@functools.lru_cache(maxsize=64)
def _issued(noun: str) -> regex.Pattern[str]:
    """An issuing verb (or a speech cue after ``In a NOUN,``) whose object is ``noun``."""
    verbs = "|".join(sorted(ISSUING_VERBS))
    return regex.compile(
        rf"\b(?:{verbs})(?=\s+(?:out\s+)?(?:a|an|its|their|his|her)\s+(?:[\p{{L}}\-]+\s+){{0,2}}?"
        rf"{regex.escape(noun)}\b)"
    )


def for_document(
    text: str, resolver: Resolver, rule: Speech | None, previous: Speech | None
) -> Speech | None:
    """``rule`` with its document speaker (``The statement said``) replaced by the
    document's issuer: one :func:`issued_by` finds, or the last speaker when their cue
    came with ``in a statement``; None when ``rule`` names no document or none is found."""
    if rule is None or not isinstance(rule.speaker, OrgRef):
        return None
    ref = rule.speaker
    issuer = issued_by(text, resolver, ref.name, ref.start)
    if issuer is None and previous is not None and previous.cue is not None:
        around = text[max(0, previous.cue.start - 60) : previous.cue.end + 60].lower()
        if f"in a {ref.name.lower()}" in around and previous.cue.start < ref.start:
            issuer = previous.speaker  # "In a statement, the SHA said ... The statement read"
    if issuer is None:
        return None
    return attrs.evolve(rule, speaker=issuer, source=rule.source or _span(text, ref))


def _span(text: str, ref: OrgRef) -> Span:
    return Span.of(text, ref.start, ref.end)
