"""Who said it, session 34: credit lines after a quote and roles written with "co-"
(general shapes written afresh here)."""

from __future__ import annotations

import pytest

import newsstruct

LEAD = "Harbour talks resume after the storm\n\n"


def _quoted(text: str) -> list[tuple[str, str | None]]:
    article = newsstruct.parse(LEAD + text)
    return [(q.text, q.speaker and q.speaker.name) for q in article.quotes]


#: Paragraphs long enough to read as an article's body around the credited quotes.
_BODY = (
    "The ferry company cut the winter timetable to two sailings a day in October, and the "
    "island's council has received more than three hundred letters about it since then.\n\n"
)
_AFTER = (
    "\n\nThe council will reply to every letter before the next meeting, a spokesman for "
    "the council said, and the company has promised to publish its figures in January."
)


@pytest.mark.parametrize(("text", "expected"), [
    # a paragraph that is a dash and a name credits the quote that ends the paragraph before
    (_BODY + "\"The ferry has not run on time once this month, and nobody tells us why.\"\n\n"
     "— Ines Varga, Portree\n\n\"We want the old timetable back before the winter.\"\n\n"
     "-Tomas Reid." + _AFTER,
     [("The ferry has not run on time once this month, and nobody tells us why.", "Ines Varga"),
      ("We want the old timetable back before the winter.", "Tomas Reid")]),
    # a lone surname credits a person named in full before
    ("Mayor Ines Varga spoke on Monday. " + _BODY
     + "\"We will not close the pier, whatever the company decides.\"\n\n- Varga." + _AFTER,
     [("We will not close the pier, whatever the company decides.", "Ines Varga")]),
    # a dash line that is a sentence is no credit
    (_BODY + "\"We will not close the pier, whatever the company decides.\"\n\n- Nobody on "
     "the council asked what it would cost to keep the pier open through the winter, or who "
     "would pay for the repairs." + _AFTER,
     [("We will not close the pier, whatever the company decides.", None)]),
])  # fmt: skip
def test_credit_lines(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _quoted(text) == expected


@pytest.mark.parametrize("role", ["co-host", "co-owner", "co-chair", "co-author", "cofounder"])
def test_roles_written_with_co(role: str) -> None:
    text = f"“Imagine that on the same stage,” mused Radio Kilda {role} Ailsa Brodie."
    assert _quoted(text) == [("Imagine that on the same stage,", "Ailsa Brodie")]
