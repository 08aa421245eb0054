"""The ``newsstruct`` command: parse article files and print JSON, JSON lines or a report.

    newsstruct FILE... [--published YYYY-MM-DD] [--html] [--format json|jsonl|text]

``-`` or no FILE reads standard input.  Exit status: 0 on success, 2 when a
file cannot be read or decoded, or an argument is invalid.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from newsstruct._version import __version__
from newsstruct.api import parse_html
from newsstruct.batch import parse_many
from newsstruct.errors import NewsstructError
from newsstruct.model import Article
from newsstruct.report import render

__all__ = ["main"]

EXIT_USAGE = 2
#: From this many files on, the command parses on one process per CPU by default.
_PARALLEL_FROM = 16


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
        "--published", metavar="YYYY-MM-DD", type=_iso_date,
        help="publication date of the articles (relative dates are resolved against it)",
    )  # fmt: skip
    parser.add_argument("--html", action="store_true", help="the files are HTML pages")
    parser.add_argument(
        "--format", choices=("json", "jsonl", "text", "html", "csv", "markdown"), default="json",
        help="json (default; an array for several files), jsonl (one line per file), text, "
        "html (an annotated page), csv (one row per quote) or markdown",
    )  # fmt: skip
    parser.add_argument(
        "--jobs", type=int, default=None, metavar="N",
        help=f"worker processes for plain-text files (default: one per CPU from "
        f"{_PARALLEL_FROM} files on, else 1)",
    )  # fmt: skip
    parser.add_argument("--version", action="version", version=f"newsstruct {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    A file that cannot be read or decoded is reported on stderr and skipped;
    the others are still printed, and the exit status is then 2.
    """
    args = _arguments().parse_args(argv)
    names = list(args.files) or ["-"]
    if args.jobs is not None and args.jobs < 1:
        print("newsstruct: --jobs must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    status = 0
    inputs: list[tuple[str, str | bytes]] = []
    for name in names:
        try:
            inputs.append((name, _read(name, args.html)))
        except (OSError, UnicodeDecodeError) as exc:
            print(f"newsstruct: {name}: {_describe(exc)}", file=sys.stderr)
            status = EXIT_USAGE
    jobs = args.jobs if args.jobs is not None else (None if len(inputs) >= _PARALLEL_FROM else 1)
    parsed: list[tuple[str, Article]] = []
    try:
        for done, (name, article) in enumerate(_articles(inputs, args, jobs), 1):
            parsed.append((name, article))
            _progress(done, len(inputs))
    except NewsstructError as exc:
        print(f"newsstruct: {exc}", file=sys.stderr)
        return EXIT_USAGE
    _write(sys.stdout, parsed, args.format, several=len(names) > 1)
    return status


def _read(name: str, html: bool) -> str | bytes:
    """The bytes of an HTML file (its charset decides), the UTF-8 text of any other."""
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    return data if html else data.decode("utf-8")


def _articles(
    inputs: list[tuple[str, str | bytes]], args: argparse.Namespace, jobs: int | None
) -> Iterator[tuple[str, Article]]:
    names = [name for name, _ in inputs]
    articles: Iterator[Article]
    if args.html:
        articles = (parse_html(data, published=args.published) for _, data in inputs)
    else:
        texts = [data for _, data in inputs if isinstance(data, str)]
        articles = parse_many(texts, published=args.published, jobs=jobs)
    return zip(names, articles, strict=True)


def _progress(done: int, total: int) -> None:
    """``parsed 12/40`` on standard error, only when it is a terminal and there are several."""
    if total > 1 and sys.stderr.isatty():
        end = "\n" if done == total else ""
        print(f"\rparsed {done}/{total}", end=end, file=sys.stderr, flush=True)


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date in the form YYYY-MM-DD"
        ) from None


def _describe(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return (
            f"not UTF-8 text (byte {exc.start}: {exc.object[exc.start : exc.start + 1]!r}); "
            "convert it with iconv, or pass --html for an HTML page with a charset"
        )
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    return str(exc)


def _write(out: TextIO, parsed: list[tuple[str, Article]], fmt: str, *, several: bool) -> None:
    if fmt in ("html", "csv", "markdown"):
        from newsstruct.view import render as render_view  # loaded only for these formats

        out.write(render_view(fmt, parsed))
    elif fmt == "text":
        reports = [(f"== {name}\n" if several else "") + render(a) for name, a in parsed]
        out.write("\n\n".join(reports) + "\n" if reports else "")
    elif fmt == "jsonl":
        for _, article in parsed:
            out.write(article.to_json() + "\n")
    elif several:
        out.write(json.dumps([a.to_dict() for _, a in parsed], ensure_ascii=False, indent=2) + "\n")
    elif parsed:
        out.write(parsed[0][1].to_json(indent=2) + "\n")
