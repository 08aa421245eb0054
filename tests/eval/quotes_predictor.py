"""PolNeAR predictor for ``../shared/eval/quotes/eval.py``: newsstruct's direct quotes.

    .venv/bin/python ../shared/eval/quotes/eval.py \\
        --predictor tests/eval/quotes_predictor.py:predict \\
        --gold ../shared/eval/quotes/polnear_dev.jsonl

PolNeAR's direct quotes are whole sentences of speech; quoted fragments inside
the reporter's sentence are scored apart ("partial"), so only ``full`` and
``block`` quotes are returned.  ``speaker`` is the speaker's name, or ``None``
until the attribution stage names one.
"""

from __future__ import annotations

from typing import Any

import newsstruct

#: The quote kinds PolNeAR counts as direct quotes.
SCORED_KINDS = frozenset({"full", "block"})

#: Counts the scorer prints as ``predictor_stats``.
STATS: dict[str, int] = {"quotes": 0, "with_speaker": 0}


def predict(text: str) -> list[dict[str, Any]]:
    """Offsets into ``text`` (the words inside the marks) and the speaker's name of each quote."""
    article = newsstruct.parse(text)
    out: list[dict[str, Any]] = []
    for quote in article.quotes:
        if quote.kind not in SCORED_KINDS:
            continue
        speaker = None if quote.speaker is None else quote.speaker.name
        STATS["quotes"] += 1
        STATS["with_speaker"] += speaker is not None
        out.append({"start": quote.start, "end": quote.end, "speaker": speaker})
    return out
