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

from newsstruct.model import Evidence, Organization, Paragraph, Person, Quote, Span
from newsstruct.speakers.after import after_quote
from newsstruct.speakers.before import before_quote
from newsstruct.speakers.candidates import (
    Candidate,
    Setting,
    candidates,
    same_speaker,
    speaker_key,
)
from newsstruct.speakers.cues import UNKNOWN, WINDOW
from newsstruct.speakers.paragraphs import (
    colon_block,
    just_before_or_continuation,
    previous_sentence,
    transcript_label,
)
from newsstruct.speakers.ranker import Model, load_model
from newsstruct.speakers.resolver import Resolver
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
    *,
    trace: list[tuple[Setting, list[Candidate]]] | None = None,
    model: Model | None = None,
) -> Attribution:
    """Give each quote its speaker; may add organisations found as speakers.

    ``trace``, when given, receives each quote's setting with its candidates, and
    ``model`` replaces the shipped ranker (the training script uses both; see
    :mod:`newsstruct.speakers.ranker`).
    """
    if not quotes:
        return Attribution(quotes=quotes, organizations=())
    resolver = Resolver(text, people, tuple((q.start, q.end) for q in quotes))
    model = model or load_model()
    starts = [p.start for p in paragraphs]
    speeches: list[_Decision | None] = []
    previous: tuple[Quote, Speech | None, int] | None = None
    spoken: set[object] = set()
    for index, quote in enumerate(quotes):
        if quote.kind == "term":
            speeches.append(None)
            continue
        para = _paragraph_index(starts, paragraphs, quote.start)
        end_para = max(para, _paragraph_index(starts, paragraphs, quote.end))
        rule = _by_rules(text, resolver, paragraphs, quotes, index, para, end_para, previous)
        setting = _setting(paragraphs, para, quote, rule, previous, spoken)
        found = candidates(resolver.mentions, setting)
        if trace is not None:
            trace.append((setting, found))
        decision = _decide(model, rule, found)
        speech = decision.speech if decision is not None else None
        if speech is not None and speech.speaker is not None:
            resolver.spoke(speech.speaker, speech.cue.start if speech.cue else quote.start)
            spoken.add(speaker_key(speech.speaker))
        speeches.append(decision)
        previous = (quote, speech, end_para)
    return _finish(text, quotes, speeches)


def _by_rules(
    text: str,
    resolver: Resolver,
    paragraphs: tuple[Paragraph, ...],
    quotes: tuple[Quote, ...],
    index: int,
    para: int,
    end_para: int,
    previous: tuple[Quote, Speech | None, int] | None,
) -> Speech | None:
    """The speech the rules of :mod:`newsstruct.speakers.rules` find, tried in order."""
    quote = quotes[index]
    lo, hi = _bounds(paragraphs, para, quote)
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
    return None if speech is UNKNOWN else speech


def _setting(
    paragraphs: tuple[Paragraph, ...],
    para: int,
    quote: Quote,
    rule: Speech | None,
    previous: tuple[Quote, Speech | None, int] | None,
    spoken: set[object],
) -> Setting:
    """Where ``quote`` stands: its window (this paragraph and the one before) and history."""
    if para < 0:
        window = (max(0, quote.start - WINDOW), quote.end + WINDOW)
        paragraph_start = window[0]
    else:
        window = (paragraphs[max(0, para - 1)].start, paragraphs[para].end)
        paragraph_start = paragraphs[para].start
    window = (window[0], max(window[1], quote.end))
    speaker = previous[1].speaker if previous is not None and previous[1] is not None else None
    near = previous is not None and para >= 0 and para - previous[2] <= 1
    return Setting(quote, window, paragraph_start, rule, speaker, near, spoken)


@attrs.frozen
class _Decision:
    """The speech chosen for a quote, its probability and the evidence for it."""

    speech: Speech
    probability: float
    evidence: tuple[Evidence, ...]


def _decide(model: Model, rule: Speech | None, found: list[Candidate]) -> _Decision | None:
    """The most probable candidate when it reaches the model's threshold; else the rules'
    own choice (the ranker may replace the rules' speaker or find one they missed, but
    never removes one); a speaker the text does not name keeps the rules' cue and source."""
    if not found:
        return None if rule is None else _Decision(rule, 0.0, ())
    scored = [(model.probability(c.features), -k, c) for k, c in enumerate(found)]
    probability, _, best = max(scored, key=lambda t: (t[0], t[1]))
    if probability >= model.threshold and best.speaker is not None:
        if rule is not None and same_speaker(rule.speaker, best.speaker):
            return _Decision(rule, probability, model.evidence(best.features))
        speech = Speech(best.speaker, None, "ranker", 1.0, best.source)
        return _Decision(speech, probability, model.evidence(best.features))
    if rule is None:
        return None
    chosen = next((c for c in found if same_speaker(c.speaker, rule.speaker)), None)
    if chosen is None or rule.speaker is None:
        return _Decision(rule, 0.0, ())
    return _Decision(rule, model.probability(chosen.features), model.evidence(chosen.features))


def _finish(text: str, quotes: tuple[Quote, ...], decisions: list[_Decision | None]) -> Attribution:
    """Number the organisations and set every quote's speaker to the shared object."""
    spans: dict[str, list[Span]] = {}
    names: dict[str, str] = {}
    for decision in decisions:
        if decision is not None and isinstance(decision.speech.speaker, OrgRef):
            ref = decision.speech.speaker
            names.setdefault(ref.name.lower(), ref.name)
            spans.setdefault(ref.name.lower(), []).append(Span.of(text, ref.start, ref.end))
    organizations = {
        k: Organization(f"o{i}", names[k], tuple(sorted(set(v), key=lambda s: s.start)))
        for i, (k, v) in enumerate(spans.items(), 1)
    }
    out: list[Quote] = []
    for quote, decision in zip(quotes, decisions, strict=True):
        if decision is None:
            out.append(quote)
            continue
        speech = decision.speech
        speaker = speech.speaker
        resolved = organizations[speaker.name.lower()] if isinstance(speaker, OrgRef) else speaker
        out.append(
            attrs.evolve(
                quote,
                speaker=resolved,
                cue=speech.cue,
                source=speech.source,
                rule=speech.rule,
                confidence=round(decision.probability, 3),
                evidence=decision.evidence,
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
