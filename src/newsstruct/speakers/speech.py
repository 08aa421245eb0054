"""What the speaker rules produce: a :class:`Speech` (speaker, cue, rule, certainty,
source), and :class:`OrgRef`, an organisation before the organisations are numbered.
"""

from __future__ import annotations

import attrs
import regex

from newsstruct.model import Person, Span

__all__ = ["OrgRef", "Speech", "unnamed", "with_source"]


@attrs.frozen
class OrgRef:
    """An organisation speaker before the organisations are numbered: its name and where."""

    name: str
    start: int
    end: int


@attrs.frozen
class Speech:
    """A resolved speaker, the cue that named it, the rule and a certainty in [0, 1];
    ``source`` is the pronoun or descriptor that stood for the speaker ("she", "the
    spokesman"), when the speaker was not named at the cue.  ``speaker`` is ``None``
    when the cue has a subject that names no one found in the article ("the
    letter's author said", "they wrote"): the quote then keeps only cue and source."""

    speaker: Person | OrgRef | None
    cue: Span | None
    rule: str  # a name of newsstruct.speakers.rules.RULES, or "unknown"
    certainty: float
    source: Span | None = None


def with_source(found: Speech | None, text: str, words: list[regex.Match[str]]) -> Speech | None:
    """``found`` with the words that stood for its speaker recorded as ``source``."""
    if found is None or not words or found.source is not None:
        return found
    source = Span.of(text, words[0].start(), words[-1].end())
    return Speech(
        speaker=found.speaker,
        cue=found.cue,
        rule=found.rule,
        certainty=found.certainty,
        source=source,
    )


def unnamed(cue: Span, rule: str, source: Span | None = None) -> Speech:
    """A cue whose subject is someone the article does not name (see :class:`Speech`)."""
    return Speech(None, cue, rule, 0.0, source)
