"""The statements every view shows: one record per thing someone said.

A statement is a direct quote (:class:`~newsstruct.Quote`) or a reported one
(:class:`~newsstruct.Reported`).  The HTML page, the CSV table and the Markdown
report all read :func:`statements`, so a new kind of statement is added there
once and every view shows it.

>>> import newsstruct
>>> article = newsstruct.parse("Plan approved\\n\\nLONDON — The council approved the plan on "
...     "Monday. “We had no choice,” said Mayor Jane Doe. She said the vote was close.")
>>> [(s.form, s.kind, s.text, s.speaker.name, s.cue.text) for s in statements(article)]
[('direct', 'full', 'We had no choice,', 'Jane Doe', 'said'), \
('reported', 'indirect', 'the vote was close', 'Jane Doe', 'said')]
"""

from __future__ import annotations

from typing import Literal

import attrs

from newsstruct.model import Article, Organization, Person, Quote, Reported, Span, Speaker

__all__ = [
    "Form",
    "Statement",
    "speaker_gender",
    "speaker_organization",
    "speaker_titles",
    "statements",
]

#: ``"direct"`` (a quote) or ``"reported"`` (reported speech).
Form = Literal["direct", "reported"]

#: Where a reported statement's cue stands, in words (``Reported.shape``).
_SHAPES = {
    "before": "the cue stands before the statement",
    "after": "the cue follows the statement",
    "according": "“according to” names the source",
    "as": "“as” the source reported",
}


@attrs.frozen
class Statement:
    """One statement as the views show it: where it is, who said it, and why we think so.

    ``form`` is ``"direct"`` for a quote and ``"reported"`` for reported speech;
    ``index`` is the statement's place in ``Article.quotes`` or ``Article.reported``.
    ``kind`` is the quote kind (``"full"``, ``"partial"``, ``"block"``,
    ``"term"``) for a quote, and ``"indirect"`` or ``"mixed"`` (it holds a partial
    quote: ``she said the plan was “dead on arrival”``) for a reported statement,
    whose ``quotes`` are the indexes in ``Article.quotes`` of the quotes inside it
    (``Reported.quotes``).  ``evidence`` lists, in plain words, what the
    attribution rests on.
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
    form: Form = "direct"
    index: int = 0
    quotes: tuple[int, ...] = ()

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

    @property
    def ident(self) -> str:
        """``q1``, ``q2`` ... for the quotes and ``r1``, ``r2`` ... for the reported
        statements, numbered as in ``Article.quotes`` and ``Article.reported``.

        >>> from newsstruct.view import Statement
        >>> Statement(0, 5, "It is", "mixed", form="reported", index=2).ident
        'r3'
        """
        return f"{'q' if self.form == 'direct' else 'r'}{self.index + 1}"


def statements(article: Article) -> tuple[Statement, ...]:
    """Every statement of ``article`` in text order, direct and reported: the one place
    a new kind is added.  Where two start together the longer comes first (a reported
    statement before the quote it holds), as the view nests them."""
    found = [_from_quote(i, quote) for i, quote in enumerate(article.quotes)]
    found += [_from_reported(i, said) for i, said in enumerate(article.reported)]
    return tuple(sorted(found, key=lambda s: (s.start, -s.end, s.form != "reported")))


def _from_quote(index: int, quote: Quote) -> Statement:
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
        index=index,
    )


def _from_reported(index: int, said: Reported) -> Statement:
    return Statement(
        start=said.start,
        end=said.end,
        text=said.text,
        kind="mixed" if said.quotes else "indirect",
        speaker=said.speaker,
        cue=said.cue,
        rule=said.rule,
        confidence=said.confidence,
        source=said.source,
        evidence=_reported_evidence(said),
        form="reported",
        index=index,
        quotes=said.quotes,
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


def _reported_evidence(said: Reported) -> tuple[str, ...]:
    """What a reported statement's attribution rests on: its cue and where it stands,
    the words that stood for the speaker, the quotes inside, then the ranker's
    largest contributions."""
    evidence: list[str] = []
    if said.cue is not None:
        evidence.append(f"speech cue “{said.cue.text}”")
    evidence.append(_SHAPES.get(said.shape, said.shape))
    if said.source is not None:
        evidence.append(f"the speaker is given as “{said.source.text}”")
    if said.quotes:
        count = len(said.quotes)
        evidence.append(f"holds {count} quote{'s' * (count != 1)} (a mixed quote)")
    evidence.extend(f"{e.feature} {e.weight:+.2f}" for e in said.evidence)
    return tuple(evidence)


def speaker_titles(speaker: Speaker | None) -> str:
    """A person's titles as written, each once, joined by ``"; "`` (``""`` for anyone else).

    >>> speaker_titles(Person("p1", "Jane Doe", titles=(Span(0, 5, "Mayor"), Span(9, 14, "Mayor"))))
    'Mayor'
    """
    if isinstance(speaker, Person):
        return "; ".join(dict.fromkeys(title.text for title in speaker.titles))
    return ""


def speaker_gender(speaker: Speaker | None) -> str:
    """A person's gender as the article states it, with the words it rests on (``""``
    when the article says nothing about it, or for anyone else).

    >>> speaker_gender(Person("p1", "Ann Lee", gender="female",
    ...     gender_evidence=(Span(0, 3, "Ms."), Span(20, 23, "she"), Span(40, 43, "she"))))
    'female (Ms., she)'
    >>> speaker_gender(Person("p2", "Jo Bell", gender_evidence=(Span(0, 3, "Mr."), Span(9, 12, "she"))))
    'gender unclear (Mr., she)'
    """
    if not isinstance(speaker, Person) or not speaker.gender_evidence:
        return ""
    words = ", ".join(dict.fromkeys(span.text for span in speaker.gender_evidence))
    return f"{speaker.gender or 'gender unclear'} ({words})"


def speaker_organization(speaker: Speaker | None) -> str:
    """The organisation a speaker belongs to: a person's, or the body itself (``""`` if none)."""
    if isinstance(speaker, Organization):
        return speaker.name
    if isinstance(speaker, Person):
        return speaker.organization or ""
    return ""
