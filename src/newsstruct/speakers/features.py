"""The features the speaker ranker reads, each a fact anyone can check in the text.

Every feature is named for what it says; its weight is learned (see
:mod:`newsstruct.speakers.ranker`).  Values are 1.0 for a fact that holds (absent
otherwise), or a number scaled to about [0, 1].

Where the candidate's nearest mention stands:
``before_sent:N`` (N sentences before the quote, 3 for three or more),
``before_other_para`` (in the paragraph before), ``no_before``,
``after_sent:N`` (after the quote), ``no_after``, ``before_chars`` (log distance),
``quotes_between:N`` (other quotes between that mention and this quote).

What the mentions do: ``cue_after_mention`` (a speech cue follows a mention within
three words: "Blinken said", "Blinken, 61, said"), ``cue_before_mention`` (a cue right
before it: "said Blinken"), ``cue_in_sentence`` (one of those in the quote's own
sentence), ``subject`` (a mention opens its sentence or clause),
``paragraph_subject`` (the first person named as a subject in the quote's paragraph),
``possessive`` (only as "Blinken's"), ``in_other_quote`` (only inside quotes).

Who the candidate is: ``previous_speaker`` (spoke the quote just before, in this or
the previous paragraph), ``spoke_before`` (spoke an earlier quote), ``mentions``
(log count in the article), ``official``, ``titled``, ``kind:person`` /
``kind:org`` / ``kind:unnamed``.

What the rules said: ``rule:NAME`` (the rule of :mod:`newsstruct.speakers.rules` that
chose this candidate), ``rule_prior`` (the log-odds of the rule's own confidence times the certainty of its
words: a prior whose weight is fixed at 1, so that a rule seldom seen in training
keeps the confidence the rules table gives it), ``rule_source:KIND`` (the words at the cue
were a name, a pronoun, a descriptor, ``who``, an organisation), ``pronoun_agrees`` /
``pronoun_clashes`` (the pronoun at the cue and what the text says of the person's sex).
"""

from __future__ import annotations

import bisect
import math
from typing import TYPE_CHECKING

from newsstruct.model import Person
from newsstruct.speakers.rules import confidence
from newsstruct.speakers.speech import OrgRef
from newsstruct.text.cues import SPEECH_CUE

if TYPE_CHECKING:
    from newsstruct.speakers.candidates import Setting
    from newsstruct.speakers.mentions import Mentions

__all__ = ["person_features", "rule_features"]

#: A cue counts as next to a mention with at most this many characters between.
_CUE_REACH = 40
#: ... and at most this many words.
_CUE_WORDS = 3
#: The roles of at most this many mentions on each side of the quote are read (the nearest).
_ROLE_MENTIONS = 3
#: Sentences are counted over at most this many characters.
_SENTENCE_REACH = 2000
_PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def person_features(
    mentions: Mentions,
    setting: Setting,
    person: Person,
    own: list[tuple[int, int]],
    paragraph_subject: Person | None = None,
) -> dict[str, float]:
    """The features of ``person`` as the speaker of ``setting.quote``; ``own`` are the
    person's mentions in the quote's window (outside the quote), in text order, and
    ``paragraph_subject`` the first person named as a subject in the quote's paragraph."""
    text = mentions.text
    out: dict[str, float] = {"kind:person": 1.0}
    _position(text, mentions, setting, own, out)
    _roles(text, mentions, setting, own, out)
    if paragraph_subject is person:
        out["paragraph_subject"] = 1.0
    _history(setting, person, out)
    out["mentions"] = min(1.0, math.log1p(len(person.mentions)) / 3)
    if person.is_official:
        out["official"] = 1.0
    if person.titles:
        out["titled"] = 1.0
    out.update(rule_features(setting, person, kind=False))
    _pronoun(mentions, setting, person, out)
    return out


def rule_features(
    setting: Setting, speaker: Person | OrgRef | None, *, kind: bool = True
) -> dict[str, float]:
    """What the rules said of ``speaker`` (and its kind, for a speaker no one names)."""
    out: dict[str, float] = {}
    if kind:
        out["kind:org" if isinstance(speaker, OrgRef) else "kind:unnamed"] = 1.0
        _history(setting, speaker, out)
    rule = setting.rule
    if rule is None or not _same(rule.speaker, speaker):
        return out
    out[f"rule:{rule.rule}"] = 1.0
    prior = min(0.99, max(0.01, confidence(rule.rule, rule.certainty)))
    out["rule_prior"] = math.log(prior / (1 - prior))
    out[f"rule_source:{_source_kind(setting, speaker)}"] = 1.0
    return out


def _same(a: Person | OrgRef | None, b: Person | OrgRef | None) -> bool:
    if isinstance(a, OrgRef) and isinstance(b, OrgRef):
        return a.name.lower() == b.name.lower()
    return a is b


def _source_kind(setting: Setting, speaker: Person | OrgRef | None) -> str:
    rule = setting.rule
    if rule is None or rule.source is None:
        return "org" if isinstance(speaker, OrgRef) else "name"
    words = rule.source.text.lower().split()
    if len(words) == 1 and words[0] in ("he", "she", "they", "it", "i", "we"):
        return "pronoun"
    return "who" if words == ["who"] else "descriptor"


def _position(
    text: str,
    mentions: Mentions,
    setting: Setting,
    own: list[tuple[int, int]],
    out: dict[str, float],
) -> None:
    quote = setting.quote
    before = [m for m in own if m[1] <= quote.start]
    after = [m for m in own if m[0] >= quote.end]
    if before:
        near = max(before, key=lambda m: m[1])
        out[f"before_sent:{min(3, _sentences(mentions, near[1], quote.start))}"] = 1.0
        if near[1] <= setting.paragraph_start:
            out["before_other_para"] = 1.0
        out["before_chars"] = min(1.0, math.log1p(quote.start - near[1]) / 8)
        out[f"quotes_between:{min(2, mentions.quotes_between(near[1], quote.start))}"] = 1.0
    else:
        out["no_before"] = 1.0
    if after:
        near = min(after, key=lambda m: m[0])
        out[f"after_sent:{min(2, _sentences(mentions, quote.end, near[0]))}"] = 1.0
    else:
        out["no_after"] = 1.0


def _roles(
    text: str,
    mentions: Mentions,
    setting: Setting,
    own: list[tuple[int, int]],
    out: dict[str, float],
) -> None:
    quote = setting.quote
    outside = [m for m in own if not mentions.quoted(m[0])]
    if own and not outside:
        out["in_other_quote"] = 1.0
    if own and all(text[e : e + 2] in ("'s", "’s") for _, e in own):
        out["possessive"] = 1.0
    before = [m for m in outside if m[1] <= quote.start][-_ROLE_MENTIONS:]
    after = [m for m in outside if m[0] >= quote.end][:_ROLE_MENTIONS]
    for s, e in before + after:
        near_quote = (
            _sentences(mentions, e, quote.start) == 0
            if e <= quote.start
            else (_sentences(mentions, quote.end, s) == 0)
        )
        follows, precedes, subject = _mention_roles(text, mentions, s, e)
        if follows:
            out["cue_after_mention"] = 1.0
            if near_quote:
                out["cue_in_sentence"] = 1.0
        if precedes:
            out["cue_before_mention"] = 1.0
            if near_quote:
                out["cue_in_sentence"] = 1.0
        if subject:
            out["subject"] = 1.0


def _mention_roles(text: str, mentions: Mentions, start: int, end: int) -> tuple[bool, bool, bool]:
    """A cue right after the mention, one right before it, and whether it opens its clause
    (the same for every quote: read once per article)."""
    found = mentions.roles.get((start, end))
    if found is None:
        found = (_cue_follows(text, end), _cue_precedes(text, start), mentions.subject_like(start))
        mentions.roles[(start, end)] = found
    return found


def _history(setting: Setting, speaker: Person | OrgRef | None, out: dict[str, float]) -> None:
    if speaker is None:
        return
    if setting.previous is not None and _same(setting.previous, speaker):
        out["previous_speaker" if setting.previous_near else "previous_speaker_far"] = 1.0
    key = ("org", speaker.name.lower()) if isinstance(speaker, OrgRef) else id(speaker)
    if key in setting.spoken:
        out["spoke_before"] = 1.0


def _pronoun(mentions: Mentions, setting: Setting, person: Person, out: dict[str, float]) -> None:
    rule = setting.rule
    if rule is None or rule.source is None:
        return
    sex = _PRONOUN_SEX.get(rule.source.text.lower())
    if sex is None:
        return
    known = mentions.sex(person)
    if known is None:
        out["pronoun_unknown"] = 1.0
    else:
        out["pronoun_agrees" if known == sex else "pronoun_clashes"] = 1.0


def _sentences(mentions: Mentions, start: int, end: int) -> int:
    """How many sentence ends (or paragraph breaks) lie between ``start`` and ``end`` in
    the article, at most 4 (4 for a stretch longer than the window reads)."""
    if end - start > _SENTENCE_REACH:
        return 4
    stops = mentions.sentence_stops()
    return max(0, min(4, bisect.bisect_left(stops, end) - bisect.bisect_left(stops, start)))


def _cue_follows(text: str, end: int) -> bool:
    """A speech cue within three words after ``end`` ("Blinken said", "Blinken, 61, said")."""
    cue = SPEECH_CUE.search(text, end, end + _CUE_REACH)
    if cue is None:
        return False
    between = text[end : cue.start()]
    return len(between.split()) <= _CUE_WORDS and not any(c in between for c in '.!?\n“”"')


def _cue_precedes(text: str, start: int) -> bool:
    """A speech cue ending at most two words before ``start`` ("said Blinken")."""
    last = next(reversed(list(SPEECH_CUE.finditer(text, max(0, start - _CUE_REACH), start))), None)
    if last is None:
        return False
    between = text[last.end() : start]
    return len(between.split()) <= 2 and not any(c in between for c in '.!?\n“”"')
