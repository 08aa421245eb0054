"""The statements of an article: direct quotes (:class:`Quote`) and reported speech
(:class:`Reported`), with the :class:`Evidence` for their speakers.  Imported from and
documented with :mod:`newsstruct.model`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from newsstruct.model import Span, Speaker

__all__ = ["Evidence", "Quote", "QuoteKind", "QuoteMarks", "Reported", "ReportedShape"]

QuoteKind = Literal["full", "partial", "block", "term"]
QuoteMarks = Literal["curly", "straight", "guillemets", "mixed", "single", "unbalanced", "block"]
ReportedShape = Literal["before", "after", "according", "as", "label"]


@attrs.frozen
class Evidence:
    """One feature that weighed in a quote's attribution, and its weight in the score
    (positive for the chosen speaker, negative against)."""

    feature: str
    weight: float


@attrs.frozen
class Quote:
    """A direct quote: the words inside the marks (or a block quote after a colon).

    ``speaker`` is the very :class:`Person` (or :class:`Organization`) object of
    ``Article.people`` (``Article.organizations``), or ``None`` when no rule is
    sure; ``cue`` is the speech cue that attributed it ("said", "told CNN"),
    ``rule`` names the attribution rule (``"said-after"``), ``confidence`` is in [0, 1].
    ``source`` is the pronoun or descriptor that stood for the speaker at the cue
    ("she", "the spokesman") when the speaker was not named there.  When those
    words name no one the article identifies ("a friend", "the mayor" with no
    mayor named, an unresolved "they"), ``speaker`` is ``None`` and ``cue``,
    ``rule`` and ``source`` still say who spoke, as the text puts it
    (``confidence`` 0).
    ``marks`` says how the quote was delimited: ``"curly"``, ``"straight"``,
    ``"guillemets"``, ``"mixed"`` (“ ... "), ``"single"``, ``"unbalanced"`` (a mark
    is missing: the quote opens at its paragraph start or ends at its paragraph
    end or at the next opening mark) or ``"block"`` (no marks, after a colon).
    """

    start: int
    end: int
    text: str
    kind: QuoteKind = "full"
    speaker: Speaker | None = None
    cue: Span | None = None
    rule: str | None = None
    confidence: float = 0.0
    source: Span | None = None
    marks: QuoteMarks | None = None
    evidence: tuple[Evidence, ...] = ()


@attrs.frozen
class Reported:
    """A reported (indirect) statement: what someone said, told or wrote, without quote
    marks around it as a whole (``Blinken said the country had evidence``,
    ``Talks will resume, the ministry said``, ``according to the ministry, ...``).

    ``text``/``start``/``end`` are the content, without "that", up to the end of its
    clause; ``cue`` the reporting words; ``speaker``, ``source``, ``rule``,
    ``confidence`` and ``evidence`` as for a :class:`Quote`.  ``quotes`` are the
    indexes in ``Article.quotes`` of the quotes inside the content (a mixed quote:
    ``she said the plan was “dead on arrival”``).  ``shape`` says where the cue
    stands: ``"before"`` the content, ``"after"`` it, ``"according"`` to X, or
    ``"as"`` X reported, or ``"label"``: a headline's name and colon or subject and cue
    (``Ryan: FBI decision defies explanation``, ``Okafor says port will reopen``).
    """

    start: int
    end: int
    text: str
    speaker: Speaker | None = None
    cue: Span | None = None
    source: Span | None = None
    rule: str | None = None
    confidence: float = 0.0
    evidence: tuple[Evidence, ...] = ()
    quotes: tuple[int, ...] = ()
    shape: ReportedShape = "before"
