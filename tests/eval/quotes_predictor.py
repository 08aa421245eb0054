"""PolNeAR predictor for ``../shared/eval/quotes/eval.py``: newsstruct's direct quotes.

    .venv/bin/python ../shared/eval/quotes/eval.py \\
        --predictor tests/eval/quotes_predictor.py:predict \\
        --gold ../shared/eval/quotes/polnear_dev.jsonl

PolNeAR's direct quotes are whole sentences of speech; quoted fragments inside
the reporter's sentence are scored apart ("partial"), so only ``full`` and
``block`` quotes are returned.  ``speaker`` is the speaker's name, else the
pronoun or descriptor that stands for an unnamed speaker at the cue (the quote's
``source``), else ``None``.
"""

from __future__ import annotations

from typing import Any

import newsstruct

#: The quote kinds PolNeAR counts as direct quotes.
SCORED_KINDS = frozenset({"full", "block"})

#: Counts the scorer prints as ``predictor_stats``.
STATS: dict[str, int] = {"quotes": 0, "with_speaker": 0}


def _speaker(quote: newsstruct.Quote | newsstruct.Reported) -> str | None:
    """The speaker's name; for a speaker the article does not name, the words at the cue
    that stand for it ("the mayor", "she", "the letter"), as a reader would see them."""
    if quote.speaker is not None:
        return quote.speaker.name
    return None if quote.source is None else quote.source.text


def predict(text: str) -> list[dict[str, Any]]:
    """Offsets into ``text`` (the words inside the marks) and the speaker's name of each quote."""
    article = newsstruct.parse(text)
    out: list[dict[str, Any]] = []
    for quote in article.quotes:
        if quote.kind not in SCORED_KINDS:
            continue
        speaker = _speaker(quote)
        STATS["quotes"] += 1
        STATS["with_speaker"] += speaker is not None
        out.append({"start": quote.start, "end": quote.end, "speaker": speaker})
    return out


#: The quote kinds ``predict_all`` gives as direct statements (terms are names, not speech).
ALL_KINDS = frozenset({"full", "block", "partial"})


def predict_all(text: str) -> list[dict[str, Any]]:
    """Every attributed statement for ``../shared/eval/quotes/eval_all.py``: the quotes
    (``kind`` "direct") and the reported statements (``kind`` "indirect"), each with its
    speaker's name (or the words that stand for an unnamed one)."""
    article = newsstruct.parse(text)
    out: list[dict[str, Any]] = []
    for quote in article.quotes:
        if quote.kind in ALL_KINDS:
            out.append(
                {
                    "start": quote.start,
                    "end": quote.end,
                    "speaker": _speaker(quote),
                    "kind": "direct",
                }
            )
    for item in article.reported:
        out.append(
            {"start": item.start, "end": item.end, "speaker": _speaker(item), "kind": "indirect"}
        )
    return out
