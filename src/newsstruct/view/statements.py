"""The statements every view shows: one record per thing someone said.

Today a statement is a direct quote (:class:`~newsstruct.Quote`).  The HTML
page, the CSV table and the Markdown report all read :func:`statements`, so a
new kind of statement (reported speech, say) is added there once and every
view shows it.

>>> import newsstruct
>>> article = newsstruct.parse("Plan approved\\n\\nLONDON — The council approved the plan on "
...     "Monday. “We had no choice,” said Mayor Jane Doe after a long debate.")
>>> [(s.kind, s.text, s.speaker.name, s.cue.text) for s in statements(article)]
[('full', 'We had no choice,', 'Jane Doe', 'said')]
"""

from __future__ import annotations

import attrs

from newsstruct.model import Article, Organization, Person, Quote, Span, Speaker

__all__ = ["Statement", "speaker_organization", "speaker_titles", "statements"]


@attrs.frozen
class Statement:
    """One statement as the views show it: where it is, who said it, and why we think so.

    ``kind`` is the quote kind (``"full"``, ``"partial"``, ``"block"``,
    ``"term"``); ``evidence`` lists, in plain words, what the attribution rests on.
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: Speaker | None = None
    cue: Span | None = None
    rule: str | None = None
    confidence: float = 0.0
    source: Span | None = None
    evidence: tuple[str, ...] = ()

    @property
    def unattributed(self) -> bool:
        """True when the statement says something and no speaker was found for it."""
        return self.speaker is None and self.kind != "term"

    @property
    def label(self) -> str:
        """The speaker's name, else ``"unattributed"`` (with the words that stood for them) or ``"quoted term"``."""
        if self.speaker is not None:
            return self.speaker.name
        if self.kind == "term":
            return "quoted term"
        if self.source is not None:
            return f"unattributed: {self.source.text}"
        return "unattributed"


def statements(article: Article) -> tuple[Statement, ...]:
    """Every statement of ``article`` in text order: the one place a new kind is added."""
    found = [_from_quote(quote) for quote in article.quotes]
    return tuple(sorted(found, key=lambda s: (s.start, -s.end)))


def _from_quote(quote: Quote) -> Statement:
    return Statement(
        start=quote.start,
        end=quote.end,
        text=quote.text,
        kind=quote.kind,
        speaker=quote.speaker,
        cue=quote.cue,
        rule=quote.rule,
        confidence=quote.confidence,
        source=quote.source,
        evidence=_quote_evidence(quote),
    )


def _quote_evidence(quote: Quote) -> tuple[str, ...]:
    """What a quote's attribution rests on, in the words of its own fields, then the
    ranker's largest contributions (``Quote.evidence``: feature and weight)."""
    evidence: list[str] = []
    if quote.cue is not None:
        evidence.append(f"speech cue “{quote.cue.text}”")
    if quote.source is not None:
        evidence.append(f"the speaker is given as “{quote.source.text}”")
    if quote.marks is not None:
        evidence.append(f"quote marks: {quote.marks}")
    evidence.extend(f"{e.feature} {e.weight:+.2f}" for e in quote.evidence)
    return tuple(evidence)


def speaker_titles(speaker: Speaker | None) -> str:
    """A person's titles as written, each once, joined by ``"; "`` (``""`` for anyone else).

    >>> speaker_titles(Person("p1", "Jane Doe", titles=(Span(0, 5, "Mayor"), Span(9, 14, "Mayor"))))
    'Mayor'
    """
    if isinstance(speaker, Person):
        return "; ".join(dict.fromkeys(title.text for title in speaker.titles))
    return ""


def speaker_organization(speaker: Speaker | None) -> str:
    """The organisation a speaker belongs to: a person's, or the body itself (``""`` if none)."""
    if isinstance(speaker, Organization):
        return speaker.name
    if isinstance(speaker, Person):
        return speaker.organization or ""
    return ""
