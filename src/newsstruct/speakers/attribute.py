"""Stage 4b: attribute each quote to a person or an organisation.

The rules are declared, in the order they are tried, in
:data:`newsstruct.speakers.rules.RULES`; each names itself in ``Quote.rule``.

A cue's subject is resolved by :mod:`newsstruct.speakers.resolver`: a person's
mention, a pronoun, ``who``, a descriptor (``the spokesman``) or an
organisation or document (``The Chinese Foreign Ministry``, ``the statement``).
When no rule is sure the speaker stays ``None``: no speaker is better than a
wrong one.

>>> from newsstruct.model import Paragraph, Quote
>>> from newsstruct.people import find_people
>>> from newsstruct.model import Span
>>> text = "“We won,” said Jane Doe. “It was hard.”"
>>> people = find_people(text, (Span.of(text, 0, len(text)),))
>>> quotes = (Quote(1, 8, text[1:8]), Quote(26, 38, text[26:38]))
>>> out = attribute_quotes(text, (Paragraph(0, len(text), text),), quotes, people)
>>> [(q.speaker.name, q.rule) for q in out.quotes if q.speaker]
[('Jane Doe', 'said-after'), ('Jane Doe', 'continuation')]
"""

from __future__ import annotations

import bisect

import attrs

from newsstruct.model import Organization, Paragraph, Person, Quote, Span
from newsstruct.speakers.after import after_quote
from newsstruct.speakers.before import before_quote
from newsstruct.speakers.cues import UNKNOWN, WINDOW
from newsstruct.speakers.paragraphs import (
    colon_block,
    just_before_or_continuation,
    previous_sentence,
    transcript_label,
)
from newsstruct.speakers.resolver import Resolver
from newsstruct.speakers.rules import confidence
from newsstruct.speakers.speech import OrgRef, Speech

__all__ = ["Attribution", "attribute_quotes"]


@attrs.frozen
class Attribution:
    """Quotes with speakers set, and the organisations found as speakers (a quote's
    person is the very :class:`~newsstruct.model.Person` passed in)."""

    quotes: tuple[Quote, ...]
    organizations: tuple[Organization, ...]


def attribute_quotes(
    text: str,
    paragraphs: tuple[Paragraph, ...],
    quotes: tuple[Quote, ...],
    people: tuple[Person, ...],
) -> Attribution:
    """Give each quote its speaker; may add organisations found as speakers."""
    if not quotes:
        return Attribution(quotes=quotes, organizations=())
    resolver = Resolver(text, people, tuple((q.start, q.end) for q in quotes))
    starts = [p.start for p in paragraphs]
    speeches: list[Speech | None] = []
    previous: tuple[Quote, Speech | None, int] | None = None
    for index, quote in enumerate(quotes):
        if quote.kind == "term":
            speeches.append(None)
            continue
        para = _paragraph_index(starts, paragraphs, quote.start)
        lo, hi = _bounds(paragraphs, para, quote)
        end_para = _paragraph_index(starts, paragraphs, quote.end)
        if end_para > para:
            hi = paragraphs[end_para].end
        prev_end = previous[0].end if previous is not None and previous[2] == para else lo
        next_start = quotes[index + 1].start if index + 1 < len(quotes) else hi
        label = transcript_label(text, resolver, quote)
        speech = (
            (label if label is not UNKNOWN else None)
            or after_quote(text, resolver, quote, min(hi, next_start), hi)
            or before_quote(text, resolver, quote, max(lo, prev_end))
            or colon_block(text, resolver, paragraphs, para, quote)
        )
        if speech is None and label is None:  # "VIDEO:", "NOTE:" is no earlier speaker's
            speech = just_before_or_continuation(
                text, resolver, previous, para, quote, lo, prev_end
            ) or previous_sentence(text, resolver, paragraphs, para, quote)
        if speech is UNKNOWN:
            speech = None
        if speech is not None:
            resolver.spoke(speech.speaker, speech.cue.start if speech.cue else quote.start)
        speeches.append(speech)
        previous = (quote, speech, max(para, end_para))
    return _finish(text, quotes, speeches)


def _finish(text: str, quotes: tuple[Quote, ...], speeches: list[Speech | None]) -> Attribution:
    """Number the organisations and set every quote's speaker to the shared object."""
    spans: dict[str, list[Span]] = {}
    names: dict[str, str] = {}
    for speech in speeches:
        if speech is not None and isinstance(speech.speaker, OrgRef):
            ref = speech.speaker
            names.setdefault(ref.name.lower(), ref.name)
            spans.setdefault(ref.name.lower(), []).append(Span.of(text, ref.start, ref.end))
    organizations = {
        k: Organization(f"o{i}", names[k], tuple(sorted(set(v), key=lambda s: s.start)))
        for i, (k, v) in enumerate(spans.items(), 1)
    }
    out: list[Quote] = []
    for quote, speech in zip(quotes, speeches, strict=True):
        if speech is None:
            out.append(quote)
            continue
        speaker = speech.speaker
        resolved = organizations[speaker.name.lower()] if isinstance(speaker, OrgRef) else speaker
        sure = 0.0 if speaker is None else confidence(speech.rule, speech.certainty)
        out.append(
            attrs.evolve(
                quote,
                speaker=resolved,
                cue=speech.cue,
                source=speech.source,
                rule=speech.rule,
                confidence=sure,
            )
        )
    return Attribution(quotes=tuple(out), organizations=tuple(organizations.values()))


def _paragraph_index(starts: list[int], paragraphs: tuple[Paragraph, ...], pos: int) -> int:
    i = bisect.bisect_right(starts, pos) - 1
    return i if i >= 0 and pos <= paragraphs[i].end else -1


def _bounds(paragraphs: tuple[Paragraph, ...], para: int, quote: Quote) -> tuple[int, int]:
    if para < 0:
        return max(0, quote.start - WINDOW), quote.end + WINDOW
    return paragraphs[para].start, paragraphs[para].end
