"""Who is quoted, how often, and in what role, across a folder of articles.

python examples/who_is_quoted.py examples/articles
"""

from __future__ import annotations

import pathlib
import sys
from collections import Counter

import newsstruct


def quoted(folder: pathlib.Path) -> Counter[tuple[str, str]]:
    """(speaker, role) -> number of quotes, over every ``*.txt`` of ``folder``."""
    counts: Counter[tuple[str, str]] = Counter()
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    for article in newsstruct.parse_many(texts, jobs=1):
        for quote in article.quotes:
            if quote.speaker is None or quote.kind == "term":
                continue
            role = _role(quote.speaker)
            counts[(quote.speaker.name, role)] += 1
    return counts


def _role(speaker: newsstruct.Person | newsstruct.Organization) -> str:
    if isinstance(speaker, newsstruct.Organization):
        return "organisation"
    return speaker.titles[0].text if speaker.titles else ""


def main() -> int:
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "examples/articles")
    print(f"{'quotes':>6}  {'speaker':30} role")
    for (name, role), count in quoted(folder).most_common():
        print(f"{count:>6}  {name:30} {role}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
