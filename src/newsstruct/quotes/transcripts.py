"""Transcripts: paragraphs that open with a speaker's label and a colon
(``ACHTERBERG: Honestly, the volume ...``, ``JAKE TAPPER: Welcome back.``,
``Matthews: Well, speculation is bad.``).  When
the same label opens at least two paragraphs and names a person the article names
(their surname or full name in capitals), each such paragraph's words after the
label are a quote of kind ``block``, without quote marks; the speaker rule
``transcript-label`` reads the label.  Other labels (``PHOTOS:``, ``Q:``,
``WASHINGTON:``) are no speakers, and a labelled paragraph that holds quote marks
keeps its own quotes.  The pipeline adds these quotes once the people are found.

>>> from newsstruct.model import Paragraph
>>> text = "LEE: We won.\\nQ: Why?\\nLEE: We worked."
>>> paragraphs = (Paragraph(0, 12, text[0:12]), Paragraph(13, 20, text[13:20]), Paragraph(21, 36, text[21:36]))
>>> [(q.text, q.kind) for q in transcript_quotes(text, paragraphs, frozenset({"Ann Lee"}))]
[('We won.', 'block'), ('We worked.', 'block')]
"""

from __future__ import annotations

from collections import Counter

import regex

from newsstruct.model import Paragraph, Quote
from newsstruct.quotes.interviews import interview_answers
from newsstruct.text.marks import DOUBLE

__all__ = ["transcript_quotes", "with_transcripts"]

#: A speaker label opening a paragraph: one to three capitalised words (in capitals or
#: not: ``TAPPER:``, ``Matthews:``, ``Alex Seitz-Wald:``), a colon, a space.
_LABEL = regex.compile(r"(?:\p{Lu}[\p{L}’'.\-]*\s){0,2}(\p{Lu}[\p{L}’'\-]+):\s+(?=\S)")
#: A label counts when it opens at least this many paragraphs.
_TIMES = 2


def transcript_quotes(
    text: str, paragraphs: tuple[Paragraph, ...], names: frozenset[str]
) -> list[Quote]:
    """The words after the speaker label of every transcript paragraph, as block quotes;
    ``names`` are the names of the people the article names."""
    labels = {" ".join(name.split()).upper() for name in names}
    labels |= {name.split()[-1].upper() for name in names if name.split()}
    labelled = []
    for paragraph in paragraphs:
        label = _LABEL.match(text, paragraph.start, paragraph.end)
        key = None if label is None else " ".join(label.group().rstrip(": \t").split()).upper()
        if label is None or key not in labels:
            continue
        if any(mark in DOUBLE for mark in text[label.end() : paragraph.end]):
            continue  # "LEE: “We won,” she said.": the quote marks say what is quoted
        labelled.append((key, label, paragraph))
    counts = Counter(key for key, _, _ in labelled)
    out = []
    for key, label, paragraph in labelled:
        if counts[key] < _TIMES:
            continue
        start, end = label.end(), paragraph.end
        while end > start and text[end - 1].isspace():
            end -= 1
        if any(c.isalnum() for c in text[start:end]):
            out.append(Quote(start, end, text[start:end], kind="block", marks="block"))
    return out


def with_transcripts(
    text: str, paragraphs: tuple[Paragraph, ...], quotes: tuple[Quote, ...], names: frozenset[str]
) -> tuple[Quote, ...]:
    """``quotes`` with the transcript quotes and interview answers
    (:mod:`~newsstruct.quotes.interviews`) added, sorted; a transcript paragraph that
    holds a quote found before (in single marks) keeps that quote instead."""
    labelled = transcript_quotes(text, paragraphs, names)
    answers = [  # "Q: ...? ¶ STROUD: ...": the label's
        a
        for a in interview_answers(text, paragraphs)
        if not any(t.start < a.end and a.start < t.end for t in labelled)
    ]
    found = [
        t
        for t in (*labelled, *answers)
        if not any(q.start < t.end and t.start < q.end for q in quotes)
    ]
    if not found:
        return quotes
    return tuple(sorted((*quotes, *found), key=lambda q: (q.start, q.end)))
