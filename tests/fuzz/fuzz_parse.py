"""Coverage-guided fuzzing of ``newsstruct.parse`` with atheris (optional, not run by CI).

    pip install atheris
    python tests/fuzz/fuzz_parse.py -max_total_time=300 -max_len=4096

Each input is decoded as UTF-8 (invalid bytes replaced) and parsed with and
without a publication date; the fuzzer reports any exception, and the
invariants every Article keeps are checked: spans index the text, quotes are
sorted and disjoint, and the dict form round-trips.
"""

from __future__ import annotations

import itertools
import sys

import atheris

with atheris.instrument_imports():
    import newsstruct


def check(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    for published in (None, "2024-04-18"):
        article = newsstruct.parse(text, published=published)
        for item in (*article.paragraphs, *article.quotes, *article.dates, *article.boilerplate):
            if text[item.start : item.end] != item.text:
                raise AssertionError(f"span does not index the text: {item!r}")
        ends = [(q.start, q.end) for q in article.quotes]
        if any(a[1] > b[0] for a, b in itertools.pairwise(ends)):
            raise AssertionError("quotes overlap or are out of order")
        if newsstruct.Article.from_dict(article.to_dict()) != article:
            raise AssertionError("to_dict does not round-trip")


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
