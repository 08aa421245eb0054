"""A CSV table of the named officials in a folder of articles, with titles and organisations.

python examples/officials_csv.py examples/articles > officials.csv
"""

from __future__ import annotations

import csv
import pathlib
import sys

import newsstruct


def main() -> int:
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "examples/articles")
    writer = csv.writer(sys.stdout)
    writer.writerow(["article", "name", "titles", "organization", "country", "mentions"])
    for path in sorted(folder.glob("*.txt")):
        article = newsstruct.parse(path.read_text(encoding="utf-8"))
        for person in article.officials:
            titles = "; ".join(dict.fromkeys(t.text for t in person.titles))
            row = [path.name, person.name, titles, person.organization or "", person.country or ""]
            writer.writerow([*row, len(person.mentions)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
