"""TimeML predictor for ``../shared/eval/dates/eval.py``: the dates stage over the whole text.

    python ../shared/eval/dates/eval.py --predictor tests/eval/dates_predictor.py \
        --gold ../shared/eval/dates/aquaint.jsonl --types DATE

``predict`` runs :func:`newsstruct.dates.find_dates` over the text as one region;
``predict_parse`` goes through :func:`newsstruct.parse` (structure decides the regions).
Every prediction carries its TIMEX3 type, as TempEval-3 systems report it, so a score
restricted to one type (``--types DATE DURATION``) sees that type's predictions only: dates
and vague references are ``DATE``, durations ``DURATION``, sets ``SET``.  Times stay
untyped (scored in every scope): the corpora type the parts of a day differently
(AQUAINT "Wednesday night" ``DATE``, TimeBank ``TIME``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsstruct.dates import find_dates
from newsstruct.model import DateMention, Span

_TYPES = {"date": "DATE", "vague": "DATE", "duration": "DURATION", "set": "SET"}


def _row(mention: DateMention) -> dict[str, Any]:
    row: dict[str, Any] = {"start": mention.start, "end": mention.end, "value": mention.value}
    if mention.kind in _TYPES:
        row["type"] = _TYPES[mention.kind]
    return row


def predict(text: str, dct: str) -> list[dict[str, Any]]:
    """Date expressions of ``text`` resolved against the document creation time ``dct``."""
    reference = dt.date.fromisoformat(dct[:10]) if dct else None
    region = (Span.of(text, 0, len(text)),)
    return [_row(m) for m in find_dates(text, region, reference)]


def predict_parse(text: str, dct: str) -> list[dict[str, Any]]:
    """The same through ``newsstruct.parse(text, published=dct)``."""
    import newsstruct

    return [_row(m) for m in newsstruct.parse(text, published=dct[:10] or None).dates]
