"""The ``newsstruct`` command: parse article files and print JSON, JSON lines or a report.

    newsstruct FILE... [--published YYYY-MM-DD] [--html] [--format json|jsonl|text]

``-`` or no FILE reads standard input.  Exit status: 0 on success, 2 when a
file cannot be read or decoded, or an argument is invalid.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from newsstruct._version import __version__
from newsstruct.api import parse, parse_html
from newsstruct.errors import NewsstructError
from newsstruct.model import Article
from newsstruct.report import render

__all__ = ["main"]

EXIT_USAGE = 2


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsstruct",
        description="Turn news articles into structure: headline, byline, dateline, "
        "paragraphs, quotes with speakers, people and dates.",
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="article files; '-' or none: stdin"
    )
    parser.add_argument(
        "--published", metavar="YYYY-MM-DD", help="publication date of the articles"
    )
    parser.add_argument("--html", action="store_true", help="the files are HTML pages")
    parser.add_argument(
        "--format", choices=("json", "jsonl", "text"), default="json",
        help="json (default; an array for several files), jsonl (one line per file) or text",
    )  # fmt: skip
    parser.add_argument("--version", action="version", version=f"newsstruct {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _arguments().parse_args(argv)
    names = list(args.files) or ["-"]
    articles: list[Article] = []
    for name in names:
        try:
            articles.append(_parse_one(name, args.html, args.published))
        except (OSError, UnicodeDecodeError, NewsstructError) as exc:
            print(f"newsstruct: {name}: {_describe(exc)}", file=sys.stderr)
            return EXIT_USAGE
    _write(sys.stdout, articles, args.format, several=len(names) > 1)
    return 0


def _parse_one(name: str, html: bool, published: str | None) -> Article:
    if html:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        return parse_html(data, published=published)
    raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    return parse(raw.decode("utf-8"), published=published)


def _describe(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return (
            f"not UTF-8 text (byte {exc.start}: {exc.object[exc.start : exc.start + 1]!r}); "
            "convert it with iconv, or pass --html for an HTML page with a charset"
        )
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    return str(exc)


def _write(out: TextIO, articles: list[Article], fmt: str, *, several: bool) -> None:
    if fmt == "text":
        out.write("\n\n".join(render(a) for a in articles) + "\n")
    elif fmt == "jsonl":
        for article in articles:
            out.write(article.to_json() + "\n")
    elif several:
        out.write(json.dumps([a.to_dict() for a in articles], ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(articles[0].to_json(indent=2) + "\n")
