"""parse_html against trafilatura.bare_extraction alone, on the same pages, in one run.

    python benchmarks/bench_html.py [--pages DIR_OR_JSONL] [--repeat N]

Without ``--pages`` it reads ``../shared/eval/html/dev.jsonl`` when the
evaluation data sits beside the checkout, else the HTML fixtures of the tests.
Prints processor milliseconds per page for each and their ratio (the target is <= 1.15),
and the ratio without the time ``parse()`` takes on the composed text (our HTML part).
Each page runs through both in turns (best of ``--repeat``), so load on a shared machine
slows both alike.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval" / "html"


def _pages(source: pathlib.Path | None) -> list[bytes]:
    if source is None:
        source = (
            SHARED / "dev.jsonl"
            if (SHARED / "dev.jsonl").exists()
            else ROOT / "tests" / "fixtures" / "html"
        )
    if source.suffix == ".jsonl":
        rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
        return [(source.parent / row["html_path"]).read_bytes() for row in rows]
    return [p.read_bytes() for p in sorted(source.glob("*.html"))]


def _time(funcs: list[object], pages: list[bytes], repeat: int) -> list[float]:
    """Seconds of processor time each function takes over all pages: per page the best
    of ``repeat`` runs, the functions run one after the other on the same page (in
    turns, so a busy machine slows both alike)."""
    totals = [0.0] * len(funcs)
    for number, page in enumerate(pages):
        best = [float("inf")] * len(funcs)
        for turn in range(repeat):
            order = list(range(len(funcs)))
            if (number + turn) % 2:
                order.reverse()
            for index in order:
                start = time.process_time()
                funcs[index](page)  # type: ignore[operator]
                best[index] = min(best[index], time.process_time() - start)
        totals = [t + b for t, b in zip(totals, best, strict=True)]
    return totals


def alone(page: bytes) -> object:
    """The baseline: trafilatura alone, with its defaults (fallback extractors on) and metadata."""
    import trafilatura

    return trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=pathlib.Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import newsstruct

    pages = _pages(args.pages)
    for page in pages[:3]:  # warm imports and lazy grammars
        newsstruct.parse_html(page)
        alone(page)

    def text_only(page: bytes) -> object:
        return newsstruct.parse(texts[page])

    texts = {page: newsstruct.parse_html(page).text for page in pages}
    ours, theirs, text = _time([newsstruct.parse_html, alone, text_only], pages, args.repeat)
    print(f"pages: {len(pages)}")
    print(f"trafilatura.bare_extraction: {1000 * theirs / len(pages):7.2f} ms/page")
    print(f"newsstruct.parse_html:       {1000 * ours / len(pages):7.2f} ms/page")
    print(f"newsstruct.parse(its text):  {1000 * text / len(pages):7.2f} ms/page")
    print(f"ratio parse_html / bare_extraction: {ours / theirs:.2f} (target <= 1.15)")
    print(f"ratio without the text parse:       {(ours - text) / theirs:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
