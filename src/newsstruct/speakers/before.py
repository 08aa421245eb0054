"""The rules that read the reporter's sentence before a quote: ``said-before``,
``passive-by``, ``name-colon``, ``participle-subject``, ``verb-colon``,
``pronoun-colon`` and ``subject-colon`` (see :mod:`newsstruct.speakers.rules`)."""

from __future__ import annotations

import attrs
import regex

from newsstruct.model import Quote, Span
from newsstruct.speakers.cues import cues_in
from newsstruct.speakers.patterns import (
    SPEAKER_BY_AFTER,
    SPEAKER_NAME_VERB_COLON,
    SPEAKER_PASSIVE_BEFORE,
    SPEAKER_PRONOUN_COLON,
    SPEAKER_PRONOUN_SUBJECT,
)
from newsstruct.speakers.reported import coordinated_speech
from newsstruct.speakers.resolver import Resolver
from newsstruct.speakers.speech import Speech
from newsstruct.text.cues import according_cue
from newsstruct.text.marks import OPENING
from newsstruct.text.sentences import sentence_start

__all__ = ["before_quote"]


def before_quote(text: str, resolver: Resolver, quote: Quote, floor: int) -> Speech | None:
    """``Blinken told CNN, “Q”``: the last cue of the sentence before the quote."""
    stop = quote.start
    while stop > floor and text[stop - 1] in OPENING + " ":
        stop -= 1
    begin = sentence_start(text, floor, stop)
    cues = list(cues_in(text, begin, stop))
    if not cues and text[stop - 1 : stop] == ":":
        colon = stop - 1  # "Pollsters agree - Carl Bialik: “Q”"
        while colon > begin and text[colon - 1] == " ":
            colon -= 1
        person = resolver.person_ending_at(colon)
        if person is not None:
            return Speech(person, None, "name-colon", 0.85)
    unnamed: Speech | None = None  # "the woman said, “Q”": kept if no cue names anyone
    for cue in reversed(cues[-3:]):
        if according_cue(cue.group()):
            found = resolver.object_of(cue, stop, "according-to")
        elif _participle_after_comma(text, cue, begin):
            continue  # "Albright urged women to vote for Clinton, saying": not Clinton
        elif SPEAKER_PASSIVE_BEFORE.search(text, begin, cue.start()) and (
            SPEAKER_BY_AFTER.match(text, cue.end(), stop)
        ):
            found = resolver.object_of(cue, stop, "passive-by")  # "was asked by host Bill Maher"
        else:
            found = _coordinated_subject(text, resolver, cue, begin)
            found = found or resolver.subject_of(cue, begin, "said-before")
            inverted = not cue.group().split()[0].lower().endswith("ing")  # not "saying X"
            if inverted and (found is None or found.speaker is None):
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


def _coordinated_subject(
    text: str, resolver: Resolver, cue: regex.Match[str], begin: int
) -> Speech | None:
    """``Ruiz met Vega on Monday and said, “Q”``: a cue that is its subject's second
    verb takes the subject of the first (not the object nearest the quote)."""
    said = coordinated_speech(text, resolver, begin, cue, any_phrase=False)
    return said if said is not None and said.speaker is not None else None  # not "When my
    # mother ..., I laughed and said": no one named, the ranker's


def _verb_colon(text: str, resolver: Resolver, begin: int, stop: int) -> Speech | None:
    """``Kasich resisted: “Q”``: a person and one verb before a colon."""
    m = SPEAKER_NAME_VERB_COLON.search(text, begin, stop)
    if m is not None:
        person = resolver.person_ending_at(m.start())
        if person is not None:
            return Speech(person, None, "verb-colon", 0.75)
    m = SPEAKER_PRONOUN_COLON.match(text, begin, stop)  # "She then addressed the supporters again:"
    if m is not None:
        return resolver.pronoun_at(m.start(), m.group(1).lower(), "pronoun-colon")
    if not text[begin:stop].rstrip().endswith(":"):
        return None
    clause = text.rfind(", ", begin, stop) + 2 if len(text[begin:stop].split()) > 10 else begin
    if clause > begin and len(text[clause:stop].split()) <= 12:
        begin = clause  # "With leaders worried ..., President Obama is rolling out a message:"
    if len(text[begin:stop].split()) <= 12:
        person = resolver.subject_between(begin, stop)  # "Here’s Clinton in December 1992:"
        if person is not None:
            return Speech(person, None, "subject-colon", 0.7)
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
        found = resolver.pronoun_at(
            pronoun.start(1), pronoun.group(1).lower(), "participle-subject"
        )
        if found is None:
            return None
        source = Span.of(text, *pronoun.span(1))
        return attrs.evolve(found, cue=Span.of(text, *cue.span()), source=source)
    return Speech(person, Span.of(text, cue.start(), cue.end()), "participle-subject", 0.8)
