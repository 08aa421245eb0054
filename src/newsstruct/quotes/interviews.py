"""Interview answers: the paragraphs of a question-and-answer interview that answer a
question, as block quotes without quote marks (``Q: How did you start? ¶ A: My
grandfather was a shepherd.``, or a question paragraph and the answer paragraph after
it, in a text that calls itself an interview).  The speaker rule ``interview-answer``
gives them to the person interviewed.

An answer counts when the line before it is a question: a ``Q:`` (``Question:``) label
with ``A:`` (``Answer:``) labels opening at least two answers; or, unlabelled, a short
line ending with a question mark, with at least two answers (no questions themselves)
in a text that says "interview", "Q&A" or "excerpts".  A paragraph that holds quote marks keeps its own quotes.

>>> from newsstruct.model import Paragraph
>>> text = "INTERVIEW\\n\\nQ: Why?\\n\\nA: We won.\\n\\nQ: And now?\\n\\nA: We rest."
>>> spans = [(m.start(), m.end()) for m in regex.finditer(r"[^\\n]+", text)]
>>> paragraphs = tuple(Paragraph(s, e, text[s:e]) for s, e in spans)
>>> [q.text for q in interview_answers(text, paragraphs)]
['We won.', 'We rest.']
"""

from __future__ import annotations

import regex

from newsstruct.model import Paragraph, Quote
from newsstruct.text.marks import DOUBLE

__all__ = ["answer_after_question", "interview_answers", "is_answer"]

#: An answer's label (``A:``, ``Answer:``) and a question's (``Q:``, ``Question:``).
_ANSWER_LABEL = regex.compile(r"(?:A|Answer)\s?[:.]\s+(?=\S)")
_QUESTION_LABEL = regex.compile(r"(?:Q|Question)\s?[:.]\s+(?=\S)")
#: A line opening with a question's label (the layout may read it as a heading).
_QUESTION_LINE = regex.compile(r"(?m)^[ \t]*(?:Q|Question)\s?[:.][ \t]+\S")
#: Words by which a text says it is an interview.
_INTERVIEW = regex.compile(r"(?i)\binterview\b|\bQ\s?&\s?A\b|\bexcerpts\b")
#: The most words of an unlabelled question line.
_QUESTION_WORDS = 40
#: How far back a question line is looked for (longer than any question line counted).
_LINE_CHARS = 400
#: How many questions make a text an interview.
_TIMES = 2


def interview_answers(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Quote]:
    """The answers of a question-and-answer interview in ``paragraphs``, as block quotes."""
    labelled = [p for p in paragraphs if _ANSWER_LABEL.match(text, p.start, p.end)]
    if len(labelled) >= _TIMES and len(_QUESTION_LINE.findall(text)) >= _TIMES:
        return [q for p in labelled if (q := _block(text, p.start, p.end))]
    if _INTERVIEW.search(text) is None:
        return []
    answers = [
        _block(text, p.start, p.end) for p in paragraphs if answer_after_question(text, p.start)
    ]
    found = [q for q in answers if q is not None]
    return found if len(found) >= _TIMES else []  # not one rhetorical question


def answer_after_question(text: str, start: int) -> bool:
    """The line before the paragraph at ``start`` is a question: a ``Q:`` line, or a
    short line ending with a question mark and holding no quote marks."""
    before = text[max(0, start - _LINE_CHARS) : start].rstrip()  # linear on long text
    line = before[before.rfind("\n") + 1 :].strip()
    if not line.endswith("?") or _QUESTION_LABEL.match(line):
        return bool(_QUESTION_LABEL.match(line))
    if any(mark in DOUBLE for mark in line) or len(line.split()) > _QUESTION_WORDS:
        return False
    return line[:1].isupper() and text[start : start + 8].lstrip()[:1] not in DOUBLE


def is_answer(text: str, line: int, start: int) -> bool:
    """The block quote at ``start`` (on the line opening at ``line``) answers a question:
    an ``A:`` label alone stands before it on its line, or the line before is a question."""
    label = _ANSWER_LABEL.match(text, line, start + 1)
    return (label is not None and label.end() == start) or answer_after_question(text, line)


def _block(text: str, start: int, end: int) -> Quote | None:
    """A block quote of ``text[start:end]`` without its trailing spaces; None when it is
    empty, a question itself or holds quote marks."""
    label = _ANSWER_LABEL.match(text, start, end)
    start = start if label is None else label.end()  # "A: My father ...": past "A:"
    while end > start and text[end - 1].isspace():
        end -= 1
    words = text[start:end]
    if not any(c.isalnum() for c in words) or words.endswith("?"):
        return None
    if any(mark in DOUBLE for mark in words):
        return None
    return Quote(start, end, words, kind="block", marks="block")
