"""What dateparser adds: absolute date strings read by the grammar alone and with dateparser.

    .venv/bin/python benchmarks/bench_date_strings.py

A small set of date strings as pages print them (written for this measurement:
English forms the grammar reads, numeric and non-English forms it does not,
zones, and lines that are no date), each read three ways: the date grammar alone
(``find_dates`` over the string), the printed-date reader (the grammar's English
pattern, then :func:`newsstruct.dates.read_date_string`, as the header and page
readers call it) and dateparser alone.  Prints the days each gets right, and the
time per string: dateparser cold (its languages loading), warm, and cached.
"""

from __future__ import annotations

import datetime as dt
import time

from newsstruct.dates import find_dates, read_date_string
from newsstruct.layout.printed_dates import read_printed_date
from newsstruct.model import Span

#: (string, the day it prints; None for a line that is no date).
STRINGS: tuple[tuple[str, str | None], ...] = (
    ("April 18, 2024", "2024-04-18"),
    ("Thursday, April 18, 2024", "2024-04-18"),
    ("18 April 2024", "2024-04-18"),
    ("2024-04-18", "2024-04-18"),
    ("4/18/2024", "2024-04-18"),
    ("Apr. 18, 2024 5:03 PM EDT", "2024-04-18"),
    ("Updated 4:48 PM EST, Mon November 6, 2023", "2023-11-06"),
    ("Published: 30 January 2017", "2017-01-30"),
    ("18.04.2024", "2024-04-18"),
    ("18.4.2024", "2024-04-18"),
    ("20.06.2019 11:43", "2019-06-20"),
    ("2024/4/18", "2024-04-18"),
    ("2024/04/18 09:30", "2024-04-18"),
    ("2024.04.18", "2024-04-18"),
    ("21/10/2019", "2019-10-21"),
    ("16. March, 2023 at 16:59", "2023-03-16"),
    ("09 Jun 2020, 02:32 PM IST", "2020-06-09"),
    ("Thu, 18 Apr 2024 09:30:00 GMT", "2024-04-18"),
    ("18 Apr 2024 09:30 UTC", "2024-04-18"),
    ("mardi 5 juin 2018", "2018-06-05"),
    ("5 juin 2018", "2018-06-05"),
    ("Mis à jour : 18/04/2024", "2024-04-18"),
    ("Dienstag, 16. April 2024", "2024-04-16"),
    ("Veröffentlicht: 18.04.2024", "2024-04-18"),
    ("16. April 2024, 10:15 Uhr", "2024-04-16"),
    ("18 de abril de 2024", "2024-04-18"),
    ("Publicado: 18 de abril de 2024", "2024-04-18"),
    ("lunedì 15 aprile 2024", "2024-04-15"),
    ("15 april 2024", "2024-04-15"),
    ("18 апреля 2024", "2024-04-18"),
    ("2024年4月18日", "2024-04-18"),
    ("The 2024 plan", None),
    ("Election 2024: what to expect", None),
    ("Version 2.1.2024", None),
    ("Call 555-2024", None),
    ("Room 18.04", None),
)

REFERENCE = dt.date(2024, 5, 1)


def by_grammar(text: str) -> str | None:
    """The day of the first date the grammar's own readers find in ``text`` (the numeric
    forms it hands to dateparser, rule ``numeric_other``, left out)."""
    found = find_dates(text, (Span.of(text, 0, len(text)),), REFERENCE)
    days = [
        m.value[:10] for m in found if m.value and len(m.value) >= 10 and m.rule != "numeric_other"
    ]
    return days[0] if days else None


def by_printed_reader(text: str) -> str | None:
    published = read_printed_date(text, 0, len(text))
    return None if published is None else published.value


def by_dateparser(text: str) -> str | None:
    found = read_date_string(text)
    return None if found is None else found.day.isoformat()


def score(read: object) -> int:
    assert callable(read)
    return sum(read(text) == day for text, day in STRINGS)


def seconds_each(read: object, *, clear: bool) -> float:
    assert callable(read)
    started = time.perf_counter()
    for text, _ in STRINGS:
        if clear:
            read_date_string.cache_clear()
        read(text)
    return (time.perf_counter() - started) / len(STRINGS)


def main() -> None:
    cold = seconds_each(by_dateparser, clear=True)
    warm = min(seconds_each(by_dateparser, clear=True) for _ in range(3))
    cached = min(seconds_each(by_dateparser, clear=False) for _ in range(3))
    grammar = min(seconds_each(by_grammar, clear=False) for _ in range(3))
    dates = sum(day is not None for _, day in STRINGS)
    print(f"{len(STRINGS)} strings, {dates} dates and {len(STRINGS) - dates} lines that are none")
    for name, read in (
        ("grammar, no dateparser", by_grammar),
        ("printed-date reader", by_printed_reader),
        ("dateparser alone", by_dateparser),
    ):
        print(f"  {name:22} right {score(read):2d}/{len(STRINGS)}")
    print(f"  grammar                {grammar * 1e3:8.3f} ms/string")
    print(f"  dateparser, cold       {cold * 1e3:8.3f} ms/string (first use: languages load)")
    print(f"  dateparser, warm       {warm * 1e3:8.3f} ms/string")
    print(f"  dateparser, cached     {cached * 1e3:8.3f} ms/string")
    for text, day in STRINGS:
        got = (by_grammar(text), by_printed_reader(text), by_dateparser(text))
        if len(set(got)) > 1 or got[1] != day:
            print(
                f"  {text!r:44} want {day}  grammar {got[0]}  reader {got[1]}  dateparser {got[2]}"
            )


if __name__ == "__main__":
    main()
