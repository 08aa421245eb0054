"""Stage 5: recognise date expressions and normalise them to TIMEX3 values.

Placeholder until the dates issue lands: finds nothing.
"""

from __future__ import annotations

import datetime as dt

from newsstruct.config import Config
from newsstruct.model import DateMention, Span

__all__ = ["find_dates"]


def find_dates(
    text: str, regions: tuple[Span, ...], reference: dt.date | None, config: Config
) -> tuple[DateMention, ...]:
    """Every date expression inside ``regions``, resolved against ``reference``."""
    return ()
