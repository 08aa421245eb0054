"""Stage 4b: attribute each quote to a person or an organisation.

Rules, tried in this order for each quote (``rule`` on the result):

- ``"said-after"``: a speech cue right after the closing mark, with its subject
  (``“Q,” Blinken said``) or inverted (``“Q,” replied Yang Jiechi``);
- ``"according-to"``: ``..., according to a U.S. intelligence assessment``;
- ``"said-before"``: the last cue before the quote in its sentence
  (``Blinken told CNN, “Q”``, ``Jiechi said the points “did not represent”``);
- ``"colon-block"``: a quote opening a paragraph after one ending with
  ``Secretary Antony Blinken emphasized:``;
- ``"transcript-label"``: a quote opening with ``PENCE:``, the surname of a
  person of the article in capitals;
- ``"continuation"``: a quote with no cue continues the speaker of the quote
  before it in its paragraph, or of the last quote of the paragraph before
  when the quote opens its paragraph.

A cue's subject is resolved by :mod:`newsstruct.speakers.resolver`: a person's
mention, a pronoun, ``who``, a descriptor (``the spokesman``) or an
organisation or document (``The Chinese Foreign Ministry``, ``the statement``).
When no rule is sure the speaker stays ``None``: no speaker is better than a
wrong one.

>>> from newsstruct.config import Config
>>> from newsstruct.model import Paragraph, Quote
>>> from newsstruct.people.find import find_people
>>> text = "“We won,” said Jane Doe. “It was hard.”"
>>> people = find_people(text, (Span.of(text, 0, len(text)),))
>>> quotes = (Quote(1, 8, text[1:8]), Quote(26, 38, text[26:38]))
>>> out = attribute_quotes(text, (Paragraph(0, len(text), text),), quotes, people)
>>> [(q.speaker.name, q.rule) for q in out.quotes if q.speaker]
[('Jane Doe', 'said-after'), ('Jane Doe', 'continuation')]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import attrs
import regex

from newsstruct.model import Organization, Paragraph, Person, Quote, Span
from newsstruct.speakers.patterns import (
    SPEAKER_ACCORDING,
    SPEAKER_BY_AFTER,
    SPEAKER_DASH_CREDIT,
    SPEAKER_FIRST_WORD,
    SPEAKER_NAME_VERB_COLON,
    SPEAKER_PASSIVE_BEFORE,
    SPEAKER_PRONOUN_COLON,
    SPEAKER_PRONOUN_SUBJECT,
    SPEAKER_TRANSCRIPT_LABEL,
)
from newsstruct.speakers.resolver import Resolver
from newsstruct.speakers.speech import OrgRef, Speech
from newsstruct.text.cues import SPEECH_CUE
from newsstruct.text.marks import CLOSING, OPENING
from newsstruct.text.sentences import ends_sentence, sentence_end, sentence_start

__all__ = ["Attribution", "attribute_quotes"]

_OPEN_MARKS = OPENING
_CLOSE_MARKS = CLOSING
#: How far around a quote a cue may stand, in characters.
_WINDOW = 300
_AFTER_PUNCT = " ,.?!—–-:"
#: What may stand between a cue and the quote it opens: ``writes back, “Q”``.
_CUE_PARTICLES = frozenset({"", "back", "in", "out", "up", "on"})
#: At most this many words between a sentence-ending quote and a cue still form its subject.
_SUBJECT_WORDS = 4
#: An attribution whose speaker cannot be named: no other rule may guess one.
_UNKNOWN = Speech(OrgRef("", 0, 0), None, "unknown", 0.0)
_CONFIDENCE = {
    "dash-credit": 0.9,
    "previous-sentence": 0.6,
    "said-after": 0.95,
    "according-to": 0.9,
    "said-before": 0.85,
    "colon-block": 0.85,
    "continuation": 0.75,
    "transcript-label": 0.9,
}


@attrs.frozen
class Attribution:
    """Quotes with speakers set, and the people and organisations they point to."""

    quotes: tuple[Quote, ...]
    people: tuple[Person, ...]
    organizations: tuple[Organization, ...]


def attribute_quotes(
    text: str,
    paragraphs: tuple[Paragraph, ...],
    quotes: tuple[Quote, ...],
    people: tuple[Person, ...],
) -> Attribution:
    """Give each quote its speaker; may add organisations found as speakers."""
    if not quotes:
        return Attribution(quotes=quotes, people=people, organizations=())
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
        label = _transcript_label(text, resolver, quote)
        speech = (
            (label if label is not _UNKNOWN else None)
            or _after(text, resolver, quote, min(hi, next_start), hi)
            or _before(text, resolver, quote, max(lo, prev_end))
            or _colon_block(text, resolver, paragraphs, para, quote)
        )
        if speech is None and label is None:  # "VIDEO:", "NOTE:" is no earlier speaker's
            speech = _just_before_or_continuation(
                text, resolver, previous, para, quote, lo, prev_end
            ) or _previous_sentence(text, resolver, paragraphs, para, quote)
        if speech is _UNKNOWN:
            speech = None
        if speech is not None:
            resolver.spoke(speech.speaker, speech.cue.start if speech.cue else quote.start)
        speeches.append(speech)
        previous = (quote, speech, max(para, end_para))
    return _finish(text, quotes, speeches, people)


def _finish(
    text: str, quotes: tuple[Quote, ...], speeches: list[Speech | None], people: tuple[Person, ...]
) -> Attribution:
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
        confidence = (
            0.0 if speaker is None else round(_CONFIDENCE[speech.rule] * speech.certainty, 3)
        )
        out.append(
            attrs.evolve(
                quote,
                speaker=resolved,
                cue=speech.cue,
                source=speech.source,
                rule=speech.rule,
                confidence=confidence,
            )
        )
    return Attribution(
        quotes=tuple(out), people=people, organizations=tuple(organizations.values())
    )


def _paragraph_index(starts: list[int], paragraphs: tuple[Paragraph, ...], pos: int) -> int:
    i = bisect.bisect_right(starts, pos) - 1
    return i if i >= 0 and pos <= paragraphs[i].end else -1


def _bounds(paragraphs: tuple[Paragraph, ...], para: int, quote: Quote) -> tuple[int, int]:
    if para < 0:
        return max(0, quote.start - _WINDOW), quote.end + _WINDOW
    return paragraphs[para].start, paragraphs[para].end


# ---------------------------------------------------------------------------
# the rules
# ---------------------------------------------------------------------------


def _after(text: str, resolver: Resolver, quote: Quote, limit: int, para_end: int) -> Speech | None:
    """``“Q,” Blinken said`` / ``“Q,” said Chris Krebs`` / ``“Q” ― Jane Doe`` / ``according to X``."""
    pos = quote.end
    while pos < limit and text[pos] in _CLOSE_MARKS:
        pos += 1
    end = sentence_end(text, pos, min(limit, pos + _WINDOW))
    while pos < end and text[pos] in _AFTER_PUNCT + _CLOSE_MARKS:
        pos += 1
    if pos >= end:
        return _according_later(text, resolver, end, para_end)
    dash = SPEAKER_DASH_CREDIT.match(text, quote.end, end)
    if dash is not None:
        person = resolver.person_at(dash.end())
        if person is not None:
            return Speech(person, Span.of(text, dash.start(), dash.end()), "dash-credit", 1.0)
    cue = next(_cues(text, pos, end), None)
    if cue is None:
        return _according_later(text, resolver, end, para_end)
    name = cue.group().lower()
    if name.startswith("according"):
        return resolver.object_of(cue, end, "according-to")
    ended = quote.text.rstrip("”’'\"").endswith((".", "!", "?"))
    if (ended and _opens_next_quote(text, cue.end(), end)) or _new_sentence(text, quote, pos):
        return None  # “Q1.” Mills then writes back, “Q2”  /  “Q1.” He said the plan ...
    if cue.start() == pos:
        found = resolver.object_of(cue, end, "said-after")
        after = SPEAKER_FIRST_WORD.search(text, cue.end(), end)
        named = after is not None and after.group()[:1].isupper()
        return found or (
            _UNKNOWN if named else None
        )  # “Q,” said Rep. G.K. Doe: not the last speaker
    if text[pos : cue.start()].rstrip().endswith(","):
        inverted = _named_object(resolver, cue, end)  # “Q” for Clinton, said Dan Ruiz.
        if inverted is not None:
            return inverted
    found = resolver.subject_of(cue, pos, "said-after", adjacent_only=True)
    if found is None and ended and len(text[pos : cue.start()].split()) > _SUBJECT_WORDS:
        return None  # “Q.” Doe was defensive when an architect said ...: a new sentence
    comma = text.rfind(",", pos, cue.start())
    if found is None and comma >= 0 and len(text[comma : cue.start()].split()) <= 2:
        found = resolver.subject_of(
            cue, comma + 1, "said-after", adjacent_only=True
        )  # “Q” for X, she said
    return found or _UNKNOWN  # “Q,” the man shouted: someone we cannot name


def _named_object(resolver: Resolver, cue: regex.Match[str], end: int) -> Speech | None:
    """The person named right after an inverted cue that ends a clause about the quote."""
    found = resolver.object_of(cue, end, "said-after")
    return found if found is not None and isinstance(found.speaker, Person) else None


def _transcript_label(text: str, resolver: Resolver, quote: Quote) -> Speech | None:
    """``"PENCE: Well, look, ...``: a transcript paragraph opening with a speaker's surname
    in capitals and a colon; only a label naming a person of the article counts."""
    label = SPEAKER_TRANSCRIPT_LABEL.match(text, quote.start, quote.end)
    if label is None:
        return None
    person = resolver.person_named(label.group(1))
    if person is None:
        return _UNKNOWN  # "VIDEO:", "Q:": no label, but not the speaker before either
    return Speech(person, Span.of(text, label.start(), label.end(1) + 1), "transcript-label", 1.0)


def _cues(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """Speech cues in ``text[start:end]``; a capitalised one only where a sentence starts
    (``Said Ellis:``), so that "United States" or "Fox News Reports" is no cue."""
    for cue in SPEECH_CUE.finditer(text, start, end):
        before = text[max(0, cue.start() - 3) : cue.start()].rstrip(" “\"‘'")
        if cue.group()[:1].islower() or not before or before[-1] in ".!?\n":
            yield cue


def _opens_next_quote(text: str, after_cue: int, end: int) -> bool:
    """The cue introduces the next quote: only ``,`` / ``:`` between it and an opening mark."""
    between = text[after_cue:end].strip(" ,:")
    return end < len(text) and text[end] in "“«" and between.lower() in _CUE_PARTICLES


def _new_sentence(text: str, quote: Quote, pos: int) -> bool:
    """The quote ends a sentence and a capitalised pronoun starts the next one."""
    if not quote.text.rstrip().endswith((".", "!", "?")):
        return False
    word = SPEAKER_FIRST_WORD.match(text, pos)
    return word is not None and word.group() in ("He", "She", "They", "It", "We", "I")


def _according_later(text: str, resolver: Resolver, pos: int, para_end: int) -> Speech | None:
    """``“Q1,” and ... “Q2,” according to a report.``: the cue ends the sentence, past other quotes."""
    end = pos
    limit = min(para_end, pos + _WINDOW)
    while end < limit and not (text[end] in ".!?\n" and ends_sentence(text, end)):
        end += 1
    cue = SPEAKER_ACCORDING.search(text, pos, end)
    return None if cue is None else resolver.object_of(cue, end, "according-to")


def _before(text: str, resolver: Resolver, quote: Quote, floor: int) -> Speech | None:
    """``Blinken told CNN, “Q”``: the last cue of the sentence before the quote."""
    stop = quote.start
    while stop > floor and text[stop - 1] in _OPEN_MARKS + " ":
        stop -= 1
    begin = sentence_start(text, floor, stop)
    cues = list(_cues(text, begin, stop))
    if not cues and text[stop - 1 : stop] == ":":
        colon = stop - 1  # "Pollsters agree - Carl Bialik: “Q”"
        while colon > begin and text[colon - 1] == " ":
            colon -= 1
        person = resolver.person_ending_at(colon)
        if person is not None:
            return Speech(person, None, "said-before", 0.85)
    unnamed: Speech | None = None  # "the woman said, “Q”": kept if no cue names anyone
    for cue in reversed(cues[-3:]):
        if cue.group().lower().startswith("according"):
            found = resolver.object_of(cue, stop, "according-to")
        elif _participle_after_comma(text, cue, begin):
            continue  # "Albright urged women to vote for Clinton, saying": not Clinton
        elif SPEAKER_PASSIVE_BEFORE.search(text, begin, cue.start()) and (
            SPEAKER_BY_AFTER.match(text, cue.end(), stop)
        ):
            found = resolver.object_of(cue, stop, "said-before")  # "was asked by host Bill Maher"
        else:
            found = resolver.subject_of(cue, begin, "said-before")
            if found is None or found.speaker is None:
                found = resolver.object_of(cue, stop, "said-before") or found
        if found is not None and found.speaker is None:
            unnamed = unnamed or found
        elif found is not None:
            return found
    for cue in reversed(cues[-3:]):  # "Trump attacked Clinton ..., saying, “Q”"
        found = _participle_subject(text, resolver, cue, begin)
        if found is not None:
            return found
    return _verb_colon(text, resolver, begin, stop) or unnamed


def _verb_colon(text: str, resolver: Resolver, begin: int, stop: int) -> Speech | None:
    """``Kasich resisted: “Q”``: a person and one verb before a colon."""
    m = SPEAKER_NAME_VERB_COLON.search(text, begin, stop)
    if m is not None:
        person = resolver.person_ending_at(m.start())
        if person is not None:
            return Speech(person, None, "said-before", 0.75)
    m = SPEAKER_PRONOUN_COLON.match(text, begin, stop)  # "She then addressed the supporters again:"
    if m is not None:
        return resolver.pronoun_at(m.start(), m.group(1).lower(), "said-before")
    if not text[begin:stop].rstrip().endswith(":"):
        return None
    clause = text.rfind(", ", begin, stop) + 2 if len(text[begin:stop].split()) > 10 else begin
    if clause > begin and len(text[clause:stop].split()) <= 12:
        begin = clause  # "With leaders worried ..., President Obama is rolling out a message:"
    if len(text[begin:stop].split()) <= 12:
        person = resolver.subject_between(begin, stop)  # "Here’s Clinton in December 1992:"
        if person is not None:
            return Speech(person, None, "said-before", 0.7)
    return None


def _participle_after_comma(text: str, cue: regex.Match[str], begin: int) -> bool:
    """``..., saying``: an -ing cue opening a clause, whose subject is the sentence's."""
    word = cue.group()
    return (
        word.islower() and word.endswith("ing") and text[begin : cue.start()].rstrip()[-1:] == ","
    )


def _participle_subject(
    text: str, resolver: Resolver, cue: regex.Match[str], begin: int
) -> Speech | None:
    """``Trump attacked Clinton ..., saying, “Q”``: an -ing cue takes the sentence's subject."""
    if not cue.group().lower().endswith("ing"):
        return None
    person = resolver.subject_between(begin, cue.start())
    if person is None:
        pronoun = SPEAKER_PRONOUN_SUBJECT.match(text, begin, cue.start())  # "He then ..., saying"
        if pronoun is None:
            return None
        found = resolver.pronoun_at(pronoun.start(1), pronoun.group(1).lower(), "said-before")
        if found is None:
            return None
        source = Span.of(text, *pronoun.span(1))
        return attrs.evolve(found, cue=Span.of(text, *cue.span()), source=source)
    return Speech(person, Span.of(text, cue.start(), cue.end()), "said-before", 0.8)


def _said_just_before(text: str, resolver: Resolver, floor: int, quote: Quote) -> Speech | None:
    """``..., Schiff said. “Q”``: the sentence before the quote ends with a cue."""
    stop = quote.start
    while stop > floor and text[stop - 1] in _OPEN_MARKS + " ":
        stop -= 1
    begin = sentence_start(text, floor, stop)
    if begin <= floor or text[begin:stop].strip():
        return None
    end = begin
    while end > floor and text[end - 1] in " .\n":
        end -= 1
    start = sentence_start(text, floor, end)
    cues = list(_cues(text, start, end))
    if not cues:
        return None
    last = cues[-1]
    tail = text[last.end() : end].strip()
    if tail and len(tail.split()) > 4:
        return None
    if not tail:
        found = resolver.subject_of(last, start, "said-before")
    else:
        found = resolver.object_of(last, end, "said-before")
    return None if found is None else attrs.evolve(found, certainty=found.certainty * 0.9)


def _colon_block(
    text: str, resolver: Resolver, paragraphs: tuple[Paragraph, ...], para: int, quote: Quote
) -> Speech | None:
    """A quote opening its paragraph after ``Secretary Antony Blinken emphasized:``."""
    if para <= 0 or text[paragraphs[para].start : quote.start].strip(_OPEN_MARKS + " "):
        return None
    prev = paragraphs[para - 1]
    if not prev.text.rstrip().endswith(":"):
        return None
    stop = prev.start + len(prev.text.rstrip()) - 1
    begin = sentence_start(text, prev.start, stop)
    cues = list(_cues(text, begin, stop))
    if cues:
        found = resolver.subject_of(cues[-1], begin, "colon-block")
        if found is not None:
            return found
    person = resolver.subject_between(begin, stop)
    return None if person is None else Speech(person, None, "colon-block", 0.8)


def _just_before_or_continuation(
    text: str,
    resolver: Resolver,
    previous: tuple[Quote, Speech | None, int] | None,
    para: int,
    quote: Quote,
    lo: int,
    prev_end: int,
) -> Speech | None:
    """``“Q1,” X said. “Q2”`` continues X; ``Y said. “Q2”`` after another speaker's quote is Y's."""
    cued = _said_just_before(text, resolver, max(lo, prev_end), quote)
    continued = _continuation(text, previous, para, quote, lo)
    if cued is None:
        return continued
    same_cue = previous is not None and previous[1] is not None and previous[1].cue == cued.cue
    return continued if continued is not None and same_cue else cued


def _continuation(
    text: str, previous: tuple[Quote, Speech | None, int] | None, para: int, quote: Quote, lo: int
) -> Speech | None:
    """A quote with no cue of its own continues the speaker before it."""
    if previous is None:
        return None
    _, speech, previous_para = previous
    if speech is None:
        return None
    opens_paragraph = not text[lo : quote.start].strip(_OPEN_MARKS + " ")
    if previous_para == para or (previous_para == para - 1 and opens_paragraph):
        source = speech.source if speech.speaker is None else None  # "she" we could not name
        return Speech(speech.speaker, None, "continuation", 1.0, source)
    return None


def _previous_sentence(
    text: str, resolver: Resolver, paragraphs: tuple[Paragraph, ...], para: int, quote: Quote
) -> Speech | None:
    """A quote-only paragraph after one whose last sentence is about a person; or a quote
    ending its paragraph that opens a sentence after one about a person (``Sen. Jane Doe
    (Vt.), who lost, identified young voters. “Q”``)."""
    if para < 0:
        return None
    tail = text[quote.end : paragraphs[para].end].strip(_CLOSE_MARKS + " .,!?")
    if tail:
        return None
    here = paragraphs[para]
    stop = quote.start
    while stop > here.start and text[stop - 1] in _OPEN_MARKS + " ":
        stop -= 1
    if stop > here.start:
        if sentence_start(text, here.start, stop) != stop or text[stop - 1] not in ".!?":
            return None  # the quote does not open its own sentence
        end = stop
        floor = here.start
    elif para > 0:
        prev = paragraphs[para - 1]
        end = prev.start + len(prev.text.rstrip())
        floor = prev.start
    else:
        return None
    begin = sentence_start(text, floor, max(floor, end - 1))
    person = resolver.subject_between(begin, end)
    return None if person is None else Speech(person, None, "previous-sentence", 1.0)
