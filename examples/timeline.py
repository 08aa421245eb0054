"""A timeline of every dated event across a folder of articles.

    python examples/timeline.py examples/articles [--published YYYY-MM-DD]

Each date expression is resolved against the article's printed publication
date (or ``--published``); the line shows its first day, its TIMEX3 value,
the words as written and the paragraph around them.
"""

from __future__ import annotations

import argparse
import pathlib
import sys

import newsstruct


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", default="examples/articles", type=pathlib.Path)
    parser.add_argument("--published", default=None, help="publication date for every article")
    args = parser.parse_args()
    events = []
    for path in sorted(args.folder.glob("*.txt")):
        article = newsstruct.parse(path.read_text(encoding="utf-8"), published=args.published)
        for mention in article.dates:
            if mention.range is None or mention.kind not in ("date", "time"):
                continue
            paragraph = next(
                (p.text for p in article.paragraphs if p.start <= mention.start < p.end), ""
            )
            context = " ".join(paragraph.split())[:90]
            events.append((mention.range.first, mention.value, mention.text, path.name, context))
    for first, value, text, name, context in sorted(events):
        print(f"{first}  {value:<12} {text!r:<28} {name}: {context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
