"""Turn an HTML page into newsstruct's JSON.

    python examples/html_to_json.py page.html [--url https://example.org/story] > page.json

The page is read as bytes and decoded by its declared charset; nothing is
fetched, ``--url`` only helps the extractor.
"""

from __future__ import annotations

import argparse
import pathlib
import sys

import newsstruct


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("page", type=pathlib.Path)
    parser.add_argument("--url", default=None)
    args = parser.parse_args()
    article = newsstruct.parse_html(args.page.read_bytes(), url=args.url)
    print(article.to_json(indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
