"""A folder of articles as web pages: one annotated view per article and an index of who is quoted.

python examples/corpus_view.py examples/articles corpus-view/

Writes ``<name>.html`` (``Article.to_html()``) for every ``*.txt`` in the
folder, and ``index.html``: who is quoted most, quotes by organisation and by
official status, each as a bar chart drawn in inline SVG with its numbers in a
table below, then the articles with links to their views.  The pages are
self-contained: no scripts on the index, nothing fetched, open them from disk.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import pathlib
import sys
import urllib.parse
from collections import Counter
from collections.abc import Sequence

import newsstruct

STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 1rem auto; padding: 0 1rem; color: #1b1b1b; }
figure { margin: 1.5rem 0; } figcaption { font-weight: 700; margin-bottom: .4rem; }
svg text { font: 13px system-ui, sans-serif; fill: #1b1b1b; } svg rect { fill: #3b6ea5; }
table { border-collapse: collapse; font-size: .9rem; } td, th { border-bottom: 1px solid #ddd; padding: .2rem .6rem; text-align: left; }
td.n { text-align: right; } details { margin-top: .3rem; font-size: .9rem; }
"""
BAR, GAP, LABEL_WIDTH, CHART_WIDTH, TOP = 22, 6, 230, 680, 15


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=pathlib.Path, help="folder of *.txt articles")
    parser.add_argument("output", type=pathlib.Path, help="folder to write the pages into")
    args = parser.parse_args(argv)
    paths = sorted(args.folder.glob("*.txt"))
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in paths]
    articles = list(newsstruct.parse_many(texts, jobs=1))
    args.output.mkdir(parents=True, exist_ok=True)
    for path, article in zip(paths, articles, strict=True):
        (args.output / f"{path.stem}.html").write_text(article.to_html(), encoding="utf-8")
    index = args.output / "index.html"
    index.write_text(index_page(list(zip(paths, articles, strict=True))), encoding="utf-8")
    print(f"wrote {len(paths)} article views and {index}")
    return 0


def index_page(corpus: list[tuple[pathlib.Path, newsstruct.Article]]) -> str:
    """The index: three charts and the list of articles."""
    speakers: Counter[str] = Counter()
    organisations: Counter[str] = Counter()
    status: Counter[str] = Counter()
    for _, article in corpus:
        for quote in article.quotes:
            if quote.kind == "term":  # a quoted name or scare quotes: nobody speaks
                continue
            speakers[_speaker(quote.speaker)] += 1
            organisations[_organisation(quote.speaker)] += 1
            status[_status(quote.speaker)] += 1
    quotes = sum(status.values())
    body = [
        f"<h1>Who is quoted in {len(corpus)} articles</h1>",
        f"<p>{quotes} quotes, {len(speakers)} speakers. Each article links to its annotated view.</p>",
        chart("speakers", "Who is quoted most", speakers.most_common(TOP)),
        chart("organisations", "Quotes by organisation", organisations.most_common(TOP)),
        chart("status", "Quotes by official status", status.most_common()),
        article_table(corpus),
    ]
    digest = hashlib.sha256(STYLE.encode("utf-8")).digest()
    policy = f"default-src 'none'; style-src 'sha256-{base64.b64encode(digest).decode()}'"
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Who is quoted: {len(corpus)} articles</title><style>{STYLE}</style></head>"
        f"<body><main>{''.join(body)}</main></body></html>\n"
    )


def _speaker(speaker: newsstruct.Person | newsstruct.Organization | None) -> str:
    if speaker is None:
        return "(unattributed)"
    if isinstance(speaker, newsstruct.Person) and speaker.titles:
        return f"{speaker.name} ({speaker.titles[0].text})"
    return speaker.name


def _organisation(speaker: newsstruct.Person | newsstruct.Organization | None) -> str:
    if isinstance(speaker, newsstruct.Organization):
        return speaker.name
    if isinstance(speaker, newsstruct.Person) and speaker.organization:
        return speaker.organization
    return "(none stated)" if speaker is not None else "(unattributed)"


def _status(speaker: newsstruct.Person | newsstruct.Organization | None) -> str:
    if speaker is None:
        return "unattributed"
    if isinstance(speaker, newsstruct.Organization):
        return "organisation"
    return "official" if speaker.is_official else "not an official"


def chart(ident: str, title: str, counts: list[tuple[str, int]]) -> str:
    """A horizontal bar chart in inline SVG, with the same numbers in a table for screen readers."""
    if not counts:
        return f"<figure><figcaption>{html.escape(title)}</figcaption><p>No quotes.</p></figure>"
    biggest = max(n for _, n in counts)
    room = CHART_WIDTH - LABEL_WIDTH - 40
    rows = []
    for i, (label, n) in enumerate(counts):
        y, width = i * (BAR + GAP), max(1, round(room * n / biggest))
        name = html.escape(label if len(label) <= 32 else label[:31] + "…")
        rows.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 16}" text-anchor="end">{name}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width}" height="{BAR}">'
            f"<title>{html.escape(label)}: {n}</title></rect>"
            f'<text x="{LABEL_WIDTH + width + 6}" y="{y + 16}">{n}</text>'
        )
    height = len(counts) * (BAR + GAP)
    svg = (
        f'<svg viewBox="0 0 {CHART_WIDTH} {height}" width="{CHART_WIDTH}" height="{height}" '
        f'role="img" aria-labelledby="{ident}-title"><title id="{ident}-title">'
        f"{html.escape(title)}</title>{''.join(rows)}</svg>"
    )
    cells = "".join(
        f'<tr><td>{html.escape(label)}</td><td class="n">{n}</td></tr>' for label, n in counts
    )
    table = f"<details><summary>The numbers</summary><table>{cells}</table></details>"
    return f"<figure><figcaption>{html.escape(title)}</figcaption>{svg}{table}</figure>"


def article_table(corpus: list[tuple[pathlib.Path, newsstruct.Article]]) -> str:
    """The articles, each linked to its annotated view."""
    rows = []
    for path, article in corpus:
        headline = article.headline.text if article.headline is not None else path.name
        published = article.published.value if article.published is not None else ""
        speakers = {q.speaker.id for q in article.quotes if q.speaker is not None}
        rows.append(
            f'<tr><td><a href="{html.escape(urllib.parse.quote(path.stem))}.html">{html.escape(headline)}</a></td>'
            f"<td>{html.escape(published)}</td><td class='n'>{len(article.quotes)}</td>"
            f"<td class='n'>{len(speakers)}</td><td>{html.escape(path.name)}</td></tr>"
        )
    head = (
        "<tr><th>Headline</th><th>Published</th><th>Quotes</th><th>Speakers</th><th>File</th></tr>"
    )
    return f"<h2>Articles</h2><table>{head}{''.join(rows)}</table>"


if __name__ == "__main__":
    sys.exit(main())
