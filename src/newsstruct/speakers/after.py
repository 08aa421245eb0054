"""The rules that read the words right after a quote: ``said-after``, ``dash-credit``,
``unlisted-verb`` and ``according-to`` (see :mod:`newsstruct.speakers.rules`)."""

from __future__ import annotations

import attrs
import regex

from newsstruct.model import Paragraph, Person, Quote, Span
from newsstruct.people.patterns import credit_ends
from newsstruct.reported.before import BE_FORMS
from newsstruct.speakers.cues import UNKNOWN, WINDOW, cues_in
from newsstruct.speakers.patterns import (
    SPEAKER_ACCORDING,
    SPEAKER_DASH_CREDIT,
    SPEAKER_FIRST_WORD,
    SPEAKER_PRONOUN_NEXT,
    SPEAKER_UNLISTED_VERB,
)
from newsstruct.speakers.resolver import Resolver
from newsstruct.speakers.speech import Speech, unnamed
from newsstruct.text.cues import according_cue
from newsstruct.text.marks import CLOSING, OPENING
from newsstruct.text.sentences import ends_sentence, sentence_end

__all__ = ["after_quote", "credit_paragraph"]

_AFTER_PUNCT = " ,.?!—–-:"
#: What may stand between a cue and the quote it opens: ``writes back, “Q”``.
_CUE_PARTICLES = frozenset({"", "back", "in", "out", "up", "on"})
#: A particle, a comma or colon, then a straight opening mark: the cue opens the next quote.
_STRAIGHT_NEXT_QUOTE = regex.compile(r"\s*(\p{L}*)\s*(?:[,:]\s*(?:\"|'')|:\s*'(?=\p{Lu}))")
#: At most this many words between a sentence-ending quote and a cue still form its subject.
_SUBJECT_WORDS = 4


#: The capitalised words of a name credited after a dash (``― Jane Doe``).
_CREDIT_NAME = regex.compile(r"\p{Lu}[\p{L}.'’\-]*(?:[ ]\p{Lu}[\p{L}.'’\-]*){0,5}")


def after_quote(
    text: str, resolver: Resolver, quote: Quote, limit: int, para_end: int
) -> Speech | None:
    """``“Q,” Blinken said`` / ``“Q,” said Chris Krebs`` / ``“Q” ― Jane Doe`` / ``according to X``;
    a verb no cue list holds between the quote and a name (``“Q,” Lindt harrumphed``)."""
    pos = quote.end
    while pos < limit and text[pos] in CLOSING:
        pos += 1
    end = sentence_end(text, pos, min(limit, pos + WINDOW))
    while pos < end and text[pos] in _AFTER_PUNCT + CLOSING:
        pos += 1
    if pos >= end:
        return _according_later(text, resolver, end, para_end)
    dash = SPEAKER_DASH_CREDIT.match(text, quote.end, end)
    credited = dash and _CREDIT_NAME.match(text, dash.end(), min(len(text), dash.end() + 80))
    if dash is not None and credited and credit_ends(text, credited.end()):
        person = resolver.person_at(dash.end())
        if person is not None:
            return Speech(person, Span.of(text, dash.start(), dash.end()), "dash-credit", 1.0)
    cue = next(cues_in(text, pos, end), None)
    if cue is None:
        return _unlisted_verb(text, resolver, quote, pos, end) or _according_later(
            text, resolver, end, para_end
        )
    name = cue.group().lower()
    if according_cue(name):
        return resolver.object_of(cue, end, "according-to")
    ended = quote.text.rstrip("”’'\"").endswith((".", "!", "?"))
    if (ended and _opens_next_quote(text, cue.end(), end)) or _new_sentence(text, quote, pos):
        return None  # “Q1.” Mills then writes back, “Q2”  /  “Q1.” He said the plan ...
    if ended and _introduced(text, quote):
        return None  # Ruiz said: “No.” Bell agreed.: the cue before speaks
    if cue.start() == pos:
        found = resolver.object_of(cue, end, "said-after")
        after = SPEAKER_FIRST_WORD.search(text, cue.end(), end)
        named = after is not None and after.group()[:1].isupper()
        return found or (
            UNKNOWN if named else None
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
    return found or UNKNOWN  # “Q,” the man shouted: someone we cannot name


def _named_object(resolver: Resolver, cue: regex.Match[str], end: int) -> Speech | None:
    """The person named right after an inverted cue that ends a clause about the quote."""
    found = resolver.object_of(cue, end, "said-after")
    return found if found is not None and isinstance(found.speaker, Person) else None


def _opens_next_quote(text: str, after_cue: int, end: int) -> bool:
    """The cue introduces the next quote: only ``,`` / ``:`` between it and an opening mark."""
    between = text[after_cue:end].strip(" ,:")
    if end < len(text) and text[end] in "“«" and between.lower() in _CUE_PARTICLES:
        return True
    straight = _STRAIGHT_NEXT_QUOTE.match(text, after_cue, end)  # "said: ''Q''", 'said, "Q"'
    return straight is not None and straight.group(1).lower() in _CUE_PARTICLES


#: How far before a quote's opening mark a cue that introduces it is looked for.
_INTRODUCING_REACH = 40


#: Forms of "be" that make the cue right after them passive (``was asked``, ``were told``).
_PASSIVE_BE = BE_FORMS - {"be"}


def _introduced(text: str, quote: Quote) -> bool:
    """A cue, then a colon or comma, stands right before the quote's opening mark in
    its sentence (``Ruiz said: “No.”``, ``she told reporters, “No.”``)."""
    floor = max(0, quote.start - _INTRODUCING_REACH)
    mark = len(text[floor : quote.start].rstrip(" " + OPENING)) + floor
    if mark <= floor or text[mark - 1] not in ",:":
        return False
    stop = max(text.rfind(". ", floor, mark), text.rfind("\n", floor, mark), floor)
    cue = next((c for c in cues_in(text, stop, mark - 1) if c.end() >= mark - 25), None)
    if cue is None or _passive(text, stop, cue.start()):
        return False  # "Amsel was asked: “Q?”": the one asked does not speak it
    after = SPEAKER_FIRST_WORD.search(text, quote.end, min(len(text), quote.end + 8))
    return after is not None and after.group()[:1].isupper()  # "“Q?” a reporter asked"


def _passive(text: str, floor: int, cue_start: int) -> bool:
    """A form of "be" and a space stand right before the cue at ``cue_start``."""
    before = text[max(floor, cue_start - 8) : cue_start]
    be = before.split()[-1:] if before[-1:].isspace() else []
    return bool(be) and be[0].lower() in _PASSIVE_BE


def _new_sentence(text: str, quote: Quote, pos: int) -> bool:
    """The quote ends a sentence and a capitalised pronoun starts the next one."""
    if not quote.text.rstrip().endswith((".", "!", "?")):
        return False
    word = SPEAKER_FIRST_WORD.match(text, pos)
    return word is not None and word.group() in ("He", "She", "They", "It", "We", "I")


def _according_later(text: str, resolver: Resolver, pos: int, para_end: int) -> Speech | None:
    """``“Q1,” and ... “Q2,” according to a report.``: the cue ends the sentence, past other quotes."""
    end = pos
    limit = min(para_end, pos + WINDOW)
    while end < limit and not (text[end] in ".!?\n" and ends_sentence(text, end)):
        end += 1
    cue = SPEAKER_ACCORDING.search(text, pos, end)
    return None if cue is None else resolver.object_of(cue, end, "according-to")


def _unlisted_verb(
    text: str, resolver: Resolver, quote: Quote, pos: int, end: int
) -> Speech | None:
    """``“Q,” Sela Marchetti harrumphed.`` / ``“Q,” deadpanned Cora Lindt.`` / ``“Q,” he
    relented.``: a quote that ends its clause (``,``, ``?``, ``!``) and, after it, a
    name or he/she with a lower-case verb that is no listed cue, and the clause ends."""
    if text[quote.start : quote.end].rstrip(CLOSING + " ")[-1:] not in (",", "?", "!"):
        return None
    first = resolver.mentions.between(pos, pos + 1)
    if first:  # "Sela Marchetti harrumphed"
        _, name_end, person = first[0]
        verb = SPEAKER_UNLISTED_VERB.match(text, name_end, end)
        if verb is not None and _clause_ends(text, verb.end(), end):
            return Speech(person, Span.of(text, *verb.span(1)), "unlisted-verb", 1.0)
        return None
    pronoun = SPEAKER_PRONOUN_NEXT.match(text, pos, end)
    if pronoun is not None:  # "he relented"
        verb = SPEAKER_UNLISTED_VERB.match(text, pronoun.end(), end)
        if verb is None or not _clause_ends(text, verb.end(), end):
            return None
        cue = Span.of(text, *verb.span(1))
        found = resolver.pronouns.resolve(pos, cue, "unlisted-verb", pronoun.group(1).lower())
        source = Span.of(text, *pronoun.span(1))
        return attrs.evolve(found or unnamed(cue, "unlisted-verb"), source=source)
    verb = SPEAKER_UNLISTED_VERB.match(text, pos, end)
    if verb is None:
        return None
    after = verb.end()
    while after < end and text[after] == " ":
        after += 1
    inverted = resolver.mentions.between(after, after + 1)
    if inverted and _clause_ends(text, inverted[0][1], end):  # "deadpanned Cora Lindt"
        return Speech(inverted[0][2], Span.of(text, *verb.span(1)), "unlisted-verb", 1.0)
    return None


def _clause_ends(text: str, pos: int, end: int) -> bool:
    """The clause ends at ``pos``: punctuation, or at most three more words before ``end``."""
    rest = text[pos:end]
    stop = min((rest.find(c) for c in ".,;!?" if c in rest), default=len(rest))
    return len(rest[:stop].split()) <= 3


#: A paragraph that credits the quote before it: a dash, then a name and at most a
#: short description (``— Ann Lee, a nurse from Leeds``, ``-Clinton.``).
_CREDIT_LINE = regex.compile(r"\s*(?:[―—–]|--?)\s*(?=\p{Lu})")
#: What may follow the name on a credit line: a stop, or a comma and a description with
#: no verb of its own (``, Portree``, ``, a nurse from Leeds``).
_CREDIT_REST = regex.compile(r"[.\s]*|,[^.!?;:\n]{1,80}?\.?\s*")
#: A credit line has at most this many words.
_CREDIT_WORDS = 12


def credit_paragraph(
    text: str, resolver: Resolver, paragraphs: tuple[Paragraph, ...], last: int, quote: Quote
) -> Speech | None:
    """``“Q.” ¶ — Ann Lee, a nurse``: a quote that ends paragraph ``last`` and a next
    paragraph that is a dash and a person's name (a pull quote's or an epigraph's credit)."""
    if last + 1 >= len(paragraphs) or text[quote.end : paragraphs[last].end].strip(
        _AFTER_PUNCT + CLOSING + " \n"
    ):
        return None
    credit = paragraphs[last + 1]
    dash = _CREDIT_LINE.match(text, credit.start, credit.end)
    if dash is None or len(credit.text.split()) > _CREDIT_WORDS:
        return None
    person = resolver.person_at(dash.end())
    name_end = next((m.end for m in person.mentions if m.start == dash.end()), 0) if person else 0
    word = SPEAKER_FIRST_WORD.match(text, dash.end(), credit.end)
    if person is None and word is not None:
        person, name_end = resolver.mentions.named(word.group()), word.end()  # "- Clinton."
    if person is None or not _CREDIT_REST.fullmatch(text, name_end, credit.end):
        return None  # "- Ines Varga is a freelance journalist": a sentence, no credit
    return Speech(person, Span.of(text, dash.start(), dash.end()), "dash-credit", 1.0)
