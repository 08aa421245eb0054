"""The ``newsstruct`` command: parse article files and print JSON, JSON lines or a report.

    newsstruct FILE... [--published YYYY-MM-DD] [--html] [--format json|jsonl|text|html|csv|markdown]
                       [--max-chars N] [--jobs N]

``-`` or no FILE reads standard input.  Without ``--format``, a terminal gets
the readable ``text`` report and a pipe or file gets ``json``.  Each JSON or
JSON Lines record is ``Article.to_dict()`` with a ``"source"`` key first: the
file path as given, or ``-`` (``Article.from_dict`` accepts and ignores it).
A file that cannot be read, decoded or parsed (longer than ``--max-chars``) is
reported on standard error with its name and skipped; the others are still
printed.  Exit status: 0 on success, 2 when any file was skipped or an
argument is invalid.
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
from newsstruct.config import DEFAULT_CONFIG, Config
from newsstruct.errors import InputTooLargeError, NewsstructError
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
        "paragraphs, quotes and reported speech with speakers, people and dates.",
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
        "--format", choices=("json", "jsonl", "text", "html", "csv", "markdown"), default=None,
        help="json (an array for several files), jsonl (one line per file), text (a "
        "readable report), html (an annotated page), csv (one row per statement) or markdown; "
        "default: text on a terminal, json when piped or redirected",
    )  # fmt: skip
    parser.add_argument(
        "--max-chars", type=_positive_int, default=DEFAULT_CONFIG.max_chars, metavar="N",
        help=f"skip, with an error, a file whose text is longer than N characters "
        f"(default {DEFAULT_CONFIG.max_chars:,})",
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

    A file that cannot be read, decoded or parsed is reported on stderr with
    its name and skipped; the others are still printed, and the exit status
    is then 2.
    """
    args = _arguments().parse_args(argv)
    names = list(args.files) or ["-"]
    if args.jobs is not None and args.jobs < 1:
        print("newsstruct: --jobs must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    config = Config(max_chars=args.max_chars)
    status = 0
    inputs: list[tuple[str, str | bytes]] = []
    for name in names:
        try:
            inputs.append((name, _read(name, args.html, config)))
        except (OSError, UnicodeDecodeError, NewsstructError) as exc:
            _skip(name, exc)
            status = EXIT_USAGE
    jobs = args.jobs if args.jobs is not None else (None if len(inputs) >= _PARALLEL_FROM else 1)
    parsed: list[tuple[str, Article]] = []
    for done, (name, result) in enumerate(_articles(inputs, args, config, jobs), 1):
        if isinstance(result, Article):
            parsed.append((name, result))
        else:
            _skip(name, result)
            status = EXIT_USAGE
        _progress(done, len(inputs))
    fmt = args.format or ("text" if sys.stdout.isatty() else "json")
    _write(sys.stdout, parsed, fmt, several=len(names) > 1)
    return status


def _read(name: str, html: bool, config: Config) -> str | bytes:
    """The bytes of an HTML file (its charset decides), the UTF-8 text of any other."""
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    if html:
        return data
    text = data.decode("utf-8")
    if len(text) > config.max_chars:
        raise InputTooLargeError(
            f"{len(text):,} characters, more than --max-chars {config.max_chars:,}; "
            "pass a larger --max-chars to parse it"
        )
    return text


def _articles(
    inputs: list[tuple[str, str | bytes]],
    args: argparse.Namespace,
    config: Config,
    jobs: int | None,
) -> Iterator[tuple[str, Article | NewsstructError]]:
    """Each input's Article, or the error that kept it from being parsed, in order."""
    if args.html:
        for name, data in inputs:
            try:
                yield name, parse_html(data, published=args.published, config=config)
            except NewsstructError as exc:
                yield name, exc
        return
    texts = [data for _, data in inputs if isinstance(data, str)]  # checked by _read
    articles = parse_many(texts, published=args.published, config=config, jobs=jobs)
    yield from zip([name for name, _ in inputs], articles, strict=True)


def _skip(name: str, exc: Exception) -> None:
    print(f"newsstruct: {name}: {_describe(exc)}; skipped", file=sys.stderr)


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


def _positive_int(value: str) -> int:
    try:
        number = int(value.replace(",", "").replace("_", ""))
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return number


def _describe(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return (
            f"not UTF-8 text (byte {exc.start}: {exc.object[exc.start : exc.start + 1]!r}); "
            "convert it with iconv, or pass --html for an HTML page with a charset"
        )
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, InputTooLargeError) and "--max-chars" not in str(exc):
        return f"{exc} (the command's --max-chars sets that limit)"
    return str(exc)


def _write(out: TextIO, parsed: list[tuple[str, Article]], fmt: str, *, several: bool) -> None:
    if fmt in ("html", "csv", "markdown"):
        from newsstruct.view import render as render_view  # loaded only for these formats

        out.write(render_view(fmt, parsed))
    elif fmt == "text":
        reports = [(f"== {name}\n" if several else "") + render(a) for name, a in parsed]
        out.write("\n\n".join(reports) + "\n" if reports else "")
    elif fmt == "jsonl":
        for name, article in parsed:
            out.write(json.dumps(_record(name, article), ensure_ascii=False) + "\n")
    elif several:
        records = [_record(name, article) for name, article in parsed]
        out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif parsed:
        out.write(json.dumps(_record(*parsed[0]), ensure_ascii=False, indent=2) + "\n")


def _record(name: str, article: Article) -> dict[str, object]:
    """One JSON record: ``{"source": name, **article.to_dict()}``, so a skipped file
    never shifts which record belongs to which file."""
    return {"source": name, **article.to_dict()}
