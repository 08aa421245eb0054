"""Candidates for a quote's speaker: every person named near the quote, the speaker of
the quote before it and the rules' own choice, each with the facts the ranker reads.

A quote's window is its paragraph and the paragraph before it (in news the source
of 99% of quotes is named there: PolNeAR train).  Each candidate is one speaker
(a :class:`~newsstruct.model.Person`, an :class:`~newsstruct.speakers.speech.OrgRef`,
or ``None`` for an unnamed source such as "a friend") with a feature dict; see
:mod:`newsstruct.speakers.features` for what each feature means.
"""

from __future__ import annotations

import attrs

from newsstruct.model import Person, Quote, Span
from newsstruct.speakers.features import person_features, rule_features
from newsstruct.speakers.mentions import Mentions
from newsstruct.speakers.speech import OrgRef, Speech

__all__ = ["MAX_PEOPLE", "Candidate", "Setting", "candidates", "same_speaker", "speaker_key"]

#: At most this many people of the window become candidates (the nearest ones).
MAX_PEOPLE = 12
#: The window reaches at most this many characters before the quote and after it.
REACH_BEFORE = 1500
REACH_AFTER = 500
#: Each candidate keeps at most this many of its mentions on each side of the quote.
NEAREST = 4


@attrs.frozen
class Setting:
    """Where a quote stands and what was decided before it.

    ``window`` is the stretch searched for mentions (the paragraph before the
    quote's and its own); ``rule`` the speech the rules found; ``previous`` the
    speaker of the quote before it and ``previous_near`` whether that quote is in
    the same or the previous paragraph; ``spoken`` the :func:`speaker_key` of every
    speaker of an earlier quote (a set the attribution loop keeps adding to).
    """

    quote: Quote
    window: tuple[int, int]
    paragraph_start: int
    rule: Speech | None
    previous: Person | OrgRef | None
    previous_near: bool
    spoken: set[object] = attrs.field(eq=False, hash=False)


@attrs.frozen
class Candidate:
    """One possible speaker of a quote and the features that describe it."""

    speaker: Person | OrgRef | None
    source: Span | None
    features: dict[str, float] = attrs.field(eq=False, hash=False)


def speaker_key(speaker: Person | OrgRef) -> object:
    """What tells speakers apart: the Person object, or an organisation's name."""
    return ("org", speaker.name.lower()) if isinstance(speaker, OrgRef) else id(speaker)


def same_speaker(a: Person | OrgRef | None, b: Person | OrgRef | None) -> bool:
    """One speaker: the same Person object, or organisations of the same name."""
    if isinstance(a, OrgRef) and isinstance(b, OrgRef):
        return a.name.lower() == b.name.lower()
    return a is b


def candidates(mentions: Mentions, setting: Setting, *, ruled: bool = False) -> list[Candidate]:
    """The candidates for ``setting.quote``, people nearest to it first; with ``ruled``,
    only the rules' own speaker (the one candidate a reported statement's ranker scores)."""
    found: list[Candidate] = []
    rule = setting.rule
    if ruled and rule is None:
        return found
    near = []
    if not ruled or (rule is not None and isinstance(rule.speaker, Person)):
        near = _mentions_near(mentions, setting)  # (no one named can be another's speaker)
    if ruled and rule is not None:
        near = [(p, own) for p, own in near if same_speaker(p, rule.speaker)]
    extra = [rule.speaker] if rule is not None else []
    if setting.previous is not None and not ruled:
        extra.append(setting.previous)
    first = None  # the paragraph's subject, read only for a person's features
    if near or any(isinstance(speaker, Person) for speaker in extra):
        first = mentions.subject_between(setting.paragraph_start, setting.quote.start)
    for person, own in near:
        features = person_features(mentions, setting, person, own, first)
        found.append(Candidate(person, None, features))
    for speaker in extra:
        if any(same_speaker(c.speaker, speaker) for c in found):
            continue
        if isinstance(speaker, Person):
            features = person_features(mentions, setting, speaker, [], first)
            found.append(Candidate(speaker, None, features))
        elif isinstance(speaker, OrgRef) or (rule is not None and rule.source is not None):
            source = rule.source if rule is not None and speaker is None else None
            found.append(Candidate(speaker, source, rule_features(setting, speaker)))
    return found


def _mentions_near(
    mentions: Mentions, setting: Setting
) -> list[tuple[Person, list[tuple[int, int]]]]:
    """The people with a mention in the window outside the quote itself, nearest first,
    each with its nearest mentions on either side (at most :data:`NEAREST` each)."""
    quote = setting.quote
    start = max(setting.window[0], quote.start - REACH_BEFORE)
    end = min(setting.window[1], quote.end + REACH_AFTER)
    before: dict[int, list[tuple[int, int]]] = {}
    after: dict[int, list[tuple[int, int]]] = {}
    gap: dict[int, tuple[int, Person]] = {}
    for m_start, m_end, person in mentions.between(start, end):
        if quote.start <= m_start < quote.end:
            continue
        key = id(person)
        if m_end <= quote.start:
            before.setdefault(key, []).append((m_start, m_end))
            distance = quote.start - m_end
        else:
            after.setdefault(key, []).append((m_start, m_end))
            distance = m_start - quote.end
        if key not in gap or distance < gap[key][0]:
            gap[key] = (distance, person)
    nearest = sorted(gap.items(), key=lambda item: item[1][0])[:MAX_PEOPLE]
    return [
        (person, before.get(key, [])[-NEAREST:] + after.get(key, [])[:NEAREST])
        for key, (_, person) in nearest
    ]
