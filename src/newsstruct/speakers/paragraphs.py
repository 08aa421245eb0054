"""The rules that read the paragraphs around a quote: ``transcript-label``,
``colon-block``, ``said-just-before``, ``continuation`` and ``previous-sentence``
(see :mod:`newsstruct.speakers.rules`)."""

from __future__ import annotations

import attrs

from newsstruct.model import Paragraph, Person, Quote, Span
from newsstruct.quotes.interviews import is_answer
from newsstruct.reported.main_clause import main_clause_start
from newsstruct.speakers.cues import UNKNOWN, cues_in
from newsstruct.speakers.patterns import SPEAKER_TRANSCRIPT_LABEL
from newsstruct.speakers.resolver import Resolver
from newsstruct.speakers.speech import Speech
from newsstruct.text.marks import CLOSING, OPENING
from newsstruct.text.sentences import sentence_start

__all__ = [
    "colon_block",
    "interview_answer",
    "just_before_or_continuation",
    "previous_sentence",
    "transcript_label",
]


def transcript_label(text: str, resolver: Resolver, quote: Quote) -> Speech | None:
    """``"PENCE: Well, look, ...``: a transcript paragraph opening with a speaker's surname
    in capitals and a colon; only a label naming a person of the article counts."""
    label = SPEAKER_TRANSCRIPT_LABEL.match(text, quote.start, quote.end)
    if label is None and quote.kind == "block":  # a transcript paragraph: the label before it
        line = text.rfind("\n", 0, quote.start) + 1
        label = SPEAKER_TRANSCRIPT_LABEL.match(text, line, quote.start)
        label = label if label is not None and label.end() >= quote.start - 1 else None
    if label is None:
        return None
    person = resolver.person_named(label.group(1))
    if person is None:
        return UNKNOWN  # "VIDEO:", "Q:": no label, but not the speaker before either
    return Speech(person, Span.of(text, label.start(), label.end(1) + 1), "transcript-label", 1.0)


def interview_answer(text: str, resolver: Resolver, quote: Quote) -> Speech | None:
    """An interview's answer (a block quote after a question line or an ``A:`` label) is
    the person interviewed: the one the article mentions most (the first, on a tie)."""
    line = text.rfind("\n", 0, quote.start) + 1
    if quote.kind != "block" or not is_answer(text, line, quote.start):
        return None
    people = resolver.mentions.people
    if not people:
        return None
    most = max(people, key=lambda person: len(person.mentions))
    return Speech(most, None, "interview-answer", 0.8)


def _said_just_before(text: str, resolver: Resolver, floor: int, quote: Quote) -> Speech | None:
    """``..., Schiff said. “Q”``: the sentence before the quote ends with a cue."""
    stop = quote.start
    while stop > floor and text[stop - 1] in OPENING + " ":
        stop -= 1
    begin = sentence_start(text, floor, stop)
    if begin <= floor or text[begin:stop].strip():
        return None
    end = begin
    while end > floor and text[end - 1] in " .\n":
        end -= 1
    start = sentence_start(text, floor, end)
    cues = list(cues_in(text, start, end))
    if not cues:
        return None
    last = cues[-1]
    tail = text[last.end() : end].strip()
    if tail and len(tail.split()) > 4:
        return None
    if not tail:
        found = resolver.subject_of(last, start, "said-just-before")
    else:
        found = resolver.object_of(last, end, "said-just-before")
    return None if found is None else attrs.evolve(found, certainty=found.certainty * 0.9)


def colon_block(
    text: str, resolver: Resolver, paragraphs: tuple[Paragraph, ...], para: int, quote: Quote
) -> Speech | None:
    """A quote opening its paragraph after ``Secretary Antony Blinken emphasized:``."""
    if para <= 0 or text[paragraphs[para].start : quote.start].strip(OPENING + " "):
        return None
    prev = paragraphs[para - 1]
    if not prev.text.rstrip().endswith(":"):
        return None
    stop = prev.start + len(prev.text.rstrip()) - 1
    begin = sentence_start(text, prev.start, stop)
    cues = list(cues_in(text, begin, stop))
    if cues:
        found = resolver.subject_of(cues[-1], begin, "colon-block")
        if found is not None:
            return found
    # "When Wallace died, President Clinton released this statement:" is Clinton's
    person = resolver.subject_between(main_clause_start(text, begin, stop), stop)
    return None if person is None else Speech(person, None, "colon-block", 0.8)


def just_before_or_continuation(
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
    opens_paragraph = not text[lo : quote.start].strip(OPENING + " ")
    if previous_para == para or (previous_para == para - 1 and opens_paragraph):
        source = speech.source if speech.speaker is None else None  # "she" we could not name
        return Speech(speech.speaker, None, "continuation", 1.0, source)
    return None


def previous_sentence(
    text: str, resolver: Resolver, paragraphs: tuple[Paragraph, ...], para: int, quote: Quote
) -> Speech | None:
    """A quote-only paragraph after one whose last sentence is about a person; or a quote
    ending its paragraph that opens a sentence after one about a person (``Sen. Jane Doe
    (Vt.), who lost, identified young voters. “Q”``)."""
    if para < 0:
        return None
    tail = text[quote.end : paragraphs[para].end].strip(CLOSING + " .,!?")
    if tail:
        return None
    here = paragraphs[para]
    stop = quote.start
    while stop > here.start and text[stop - 1] in OPENING + " ":
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
    person = resolver.subject_between(begin, end) or _introduced_last(text, resolver, begin, end)
    return None if person is None else Speech(person, None, "previous-sentence", 1.0)


def _introduced_last(text: str, resolver: Resolver, begin: int, end: int) -> Person | None:
    """The person a sentence ends by introducing after "was" or "is" and a few lower-case
    words (``The first speaker was parent Yesenia Carrasco.``), else None."""
    stop = end
    while stop > begin and text[stop - 1] in ".!? ":
        stop -= 1
    person = resolver.person_ending_at(stop)
    if person is None:
        return None
    mention = next(m for m in person.mentions if m.end == stop)
    words = text[begin : mention.start].split()[-(_INTRODUCTION_WORDS + 1) :]
    for k, word in enumerate(words):
        if word.lower() in ("was", "is") and all(w.islower() for w in words[k + 1 :]):
            return person
    return None


#: Lower-case words at most between "was" and the person it introduces.
_INTRODUCTION_WORDS = 3
