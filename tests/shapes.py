"""Shared by the tables of sentence shapes (tests/test_speaker_shapes.py,
tests/test_who_shapes.py): a lead that makes a sentence an article's body, and the
statements that ``parse`` finds in a text with their speakers' names.

>>> statements(LEAD + "Ana Ruiz said the bridge was closed.")
[('the bridge was closed', 'Ana Ruiz')]
"""

from __future__ import annotations

import newsstruct

#: A headline and a first paragraph: the sentence under test is the article's body.
LEAD = "Budget vote\n\nThe council met on Monday to vote on the budget.\n\n"


def statements(text: str) -> list[tuple[str, str | None]]:
    """Every reported statement of ``text``: its content and its speaker's name."""
    return [
        (r.text, None if r.speaker is None else r.speaker.name)
        for r in newsstruct.parse(text).reported
    ]
