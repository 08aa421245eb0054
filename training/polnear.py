"""Training examples for the speaker ranker from PolNeAR-style gold.

Each article of the gold file (``{id, text, quotes: [{start, end, speaker,
speaker_name, speaker_span}]}``) is parsed by newsstruct; the quotes it finds are
matched to the gold quotes as ``../shared/eval/quotes/eval.py`` matches them
(trimmed spans overlapping by half the gold span), and every candidate of a
matched quote is labelled: a person is the speaker when one of its mentions
overlaps the gold source mention or its name matches the gold name (the
scorer's surname rule); an organisation or an unnamed source when its words
overlap the gold source mention.
"""

from __future__ import annotations

import json
import pathlib
import re
from collections.abc import Iterator
from typing import Any

import attrs

import newsstruct
from newsstruct.model import Person
from newsstruct.speakers import attribute_quotes
from newsstruct.speakers.candidates import Candidate, Setting
from newsstruct.speakers.ranker import Model
from newsstruct.speakers.speech import OrgRef
from newsstruct.text.view import plain_spaces

__all__ = ["Example", "QuoteExamples", "examples", "read_gold", "speaker_match"]

#: The quote kinds the PolNeAR scorer counts as direct quotes.
SCORED_KINDS = frozenset({"full", "block"})
_TRIM = ' \t\n"\u201c\u201d\u201e\u00ab\u00bb'
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


@attrs.frozen
class Example:
    """One candidate: its features and whether it is the gold speaker."""

    features: dict[str, float] = attrs.field(eq=False)
    label: bool
    name: str | None


@attrs.frozen
class QuoteExamples:
    """The candidates of one matched quote, with the gold it is scored against."""

    article: int
    quote: tuple[int, int]
    candidates: tuple[Example, ...]
    rule_source: str | None
    gold_speaker: str | None
    gold_name: str | None
    gold_name_from: str | None = None


def read_gold(path: pathlib.Path) -> list[dict[str, Any]]:
    """The articles of a JSON-lines gold file."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def examples(
    articles: list[dict[str, Any]], model: Model, *, coref_names: bool = True
) -> Iterator[QuoteExamples]:
    """The labelled candidates of every matched quote, article by article, with the
    history (the speakers of earlier quotes) that ``model`` decides.  Without
    ``coref_names``, a gold name the corpus found by coreference (``speaker_name_from ==
    "coref"``) labels no candidate: only the source span does."""
    for number, article in enumerate(articles):
        text = plain_spaces(article["text"])
        parsed = newsstruct.parse(text)
        bare = tuple(attrs.evolve(q, speaker=None) for q in parsed.quotes)
        trace: list[tuple[Setting, list[Candidate]]] = []
        attribute_quotes(text, parsed.paragraphs, bare, parsed.people, trace=trace, model=model)
        found = [(s, c) for s, c in trace if s.quote.kind in SCORED_KINDS]
        gold = article["quotes"]
        pairs = _match([_trim(text, g["start"], g["end"]) for g in gold],
                       [_trim(text, s.quote.start, s.quote.end) for s, _ in found])  # fmt: skip
        for gi, pi in pairs:
            setting, found_candidates = found[pi]
            yield _labelled(number, setting, gold[gi], found_candidates, coref_names)


def _labelled(
    number: int, setting: Setting, gold: dict[str, Any], found: list[Candidate], coref: bool
) -> QuoteExamples:
    span = gold.get("speaker_span") or [-1, -1]
    name = gold.get("speaker_name")
    label_name = name if coref or gold.get("speaker_name_from") != "coref" else None
    out = []
    rule = setting.rule
    rule_source = None if rule is None or rule.source is None else rule.source.text
    for candidate in found:
        speaker = candidate.speaker
        if isinstance(speaker, Person):
            hit = any(_overlaps(m.start, m.end, span) for m in speaker.mentions) or (
                label_name is not None and speaker_match(speaker.name, label_name)
            )
        elif isinstance(speaker, OrgRef):
            hit = _overlaps(speaker.start, speaker.end, span)
        else:
            source = candidate.source
            hit = name is None and source is not None and _overlaps(source.start, source.end, span)
        out.append(Example(candidate.features, hit, _printed(candidate)))
    quote = (setting.quote.start, setting.quote.end)
    return QuoteExamples(
        number, quote, tuple(out), rule_source, gold.get("speaker"), name,
        gold.get("speaker_name_from"),
    )  # fmt: skip


def _printed(candidate: Candidate) -> str | None:
    """What the evaluation predictor prints for a candidate: its name, else its words."""
    if isinstance(candidate.speaker, Person | OrgRef):
        return candidate.speaker.name
    return None if candidate.source is None else candidate.source.text


def _overlaps(start: int, end: int, span: list[int]) -> bool:
    return min(end, span[1]) > max(start, span[0])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _match(golds: list[tuple[int, int]], preds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap, as the scorer does (half the gold span)."""
    pairs = []
    for gi, g in enumerate(golds):
        length = g[1] - g[0]
        for pi, p in enumerate(preds):
            shared = max(0, min(g[1], p[1]) - max(g[0], p[0]))
            if length > 0 and shared > 0 and shared >= 0.5 * length:
                pairs.append((shared / length, shared, gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _name_tokens(value: str) -> list[str]:
    value = re.sub(r"\([^)]*\)", " ", value)
    tokens = re.findall(r"[^\W_][\w'\u2019.\-]*", value.lower())
    return [t for t in (re.sub(r"['\u2019]s$", "", t).strip(".-'\u2019") for t in tokens) if t]


def _surname(value: str | None) -> str | None:
    if not value:
        return None
    tokens = [t for t in _name_tokens(value.split(",")[0]) if t not in _SUFFIXES]
    return tokens[-1] if tokens else None


def speaker_match(predicted: str | None, *golds: str | None) -> bool:
    """The scorer's rule: the gold surname is among the predicted words, or the surnames agree."""
    if not predicted:
        return False
    words = set(_name_tokens(predicted))
    last = _surname(predicted)
    for gold in golds:
        surname = _surname(gold)
        if surname and (surname in words or surname == last):
            return True
    return False
