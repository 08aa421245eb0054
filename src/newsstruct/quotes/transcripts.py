"""Transcripts: paragraphs that open with a speaker's label in capitals and a colon
(``ACHTERBERG: Honestly, the volume ...``, ``JAKE TAPPER: Welcome back.``).  In an
article where the same label opens at least two paragraphs, each such paragraph's
words after the label are a quote of kind ``block``, without quote marks; the
speaker rule ``transcript-label`` reads the label.  A label used once is more often
a headline or a note (``UPDATE:``, ``FIX IS IN:``) than a speaker, and ``Q:`` is
the interviewer, whose questions are no one's statement.

>>> from newsstruct.model import Paragraph
>>> text = "LEE: We won.\\nQ: Why?\\nLEE: We worked."
>>> paragraphs = (Paragraph(0, 12, text[0:12]), Paragraph(13, 20, text[13:20]), Paragraph(21, 36, text[21:36]))
>>> [(q.text, q.kind) for q in transcript_quotes(text, paragraphs)]
[('We won.', 'block'), ('We worked.', 'block')]
"""

from __future__ import annotations

from collections import Counter

import regex

from newsstruct.model import Paragraph, Quote

__all__ = ["transcript_quotes"]

#: A speaker label opening a paragraph: one to three words in capitals, a colon, a space.
_LABEL = regex.compile(r"(?:\p{Lu}[\p{Lu}’'.\-]*\s){0,2}(\p{Lu}[\p{Lu}’'\-]+):\s+(?=\S)")
#: Labels that name no speaker: the interviewer, notes and page furniture.
_NOT_SPEAKERS = frozenset(
    {"Q", "QUESTION", "UPDATE", "UPDATED", "WATCH", "VIDEO", "BREAKING", "NOTE", "CORRECTION"}
    | {"READ", "MORE", "RELATED", "PHOTO", "SOURCE", "ADVERTISEMENT", "EDITOR'S", "EXCLUSIVE"}
)
#: A label counts when it opens at least this many paragraphs.
_TIMES = 2


def transcript_quotes(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Quote]:
    """The words after the speaker label of every transcript paragraph, as block quotes."""
    labelled = []
    for paragraph in paragraphs:
        label = _LABEL.match(text, paragraph.start, paragraph.end)
        if label is not None and label.group(1) not in _NOT_SPEAKERS:
            labelled.append((label, paragraph))
    counts = Counter(" ".join(label.group().split()) for label, _ in labelled)
    out = []
    for label, paragraph in labelled:
        if counts[" ".join(label.group().split())] < _TIMES:
            continue
        start, end = label.end(), paragraph.end
        while end > start and text[end - 1].isspace():
            end -= 1
        if any(c.isalnum() for c in text[start:end]):
            out.append(Quote(start, end, text[start:end], kind="block", marks="block"))
    return out
