"""The newsstruct benchmark: speed per article and per stage, growth, memory, import time.

    python benchmarks/bench.py            # full: sizes 1 KB to 1 MB, dateparser and trafilatura comparisons
    python benchmarks/bench.py --quick    # CI: small sizes, no comparison (a few seconds)
    python benchmarks/bench.py --report bench-report   # also writes .md and .json

Everything is measured in one run on this machine; ratios compare figures of
that run only.  Times are the CPU time of this process (``time.process_time``,
best of a few repeats): the work of one core, not counting other programs that
share the machine.  The corpus is the bundled example article, the seed fixtures
of the tests and synthetic articles of several sizes built from a fixed seed.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import platform
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(1, str(ROOT / "benchmarks"))

from articles import navigation_header, synthetic_article  # noqa: E402

import newsstruct  # noqa: E402
from newsstruct import config, dates, layout, people, quotes, speakers  # noqa: E402

#: CPU seconds of this process (parse runs on one core).
_clock = time.process_time


def _best(func: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = _clock()
        func()
        best = min(best, _clock() - start)
    return best


def stage_times(texts: list[str]) -> dict[str, float]:
    """Seconds per article for each stage, summed over ``texts`` and divided by their number."""
    cfg = config.Config()
    totals = dict.fromkeys(("structure", "quotes", "people", "speakers", "dates"), 0.0)
    for text in texts:
        t0 = _clock()
        structure = layout.read_structure(text, layout.split_lines(text), cfg)
        t1 = _clock()
        found = quotes.find_quotes(text, structure.paragraphs)
        t2 = _clock()
        named = people.find_people(text, structure.content)
        t3 = _clock()
        speakers.attribute_quotes(text, structure.paragraphs, found, named)
        t4 = _clock()
        dates.find_dates(text, structure.content, None)
        t5 = _clock()
        for name, spent in zip(totals, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            totals[name] += spent
    return {name: spent / len(texts) for name, spent in totals.items()}


def import_time() -> float:
    """Seconds for ``import newsstruct`` in a fresh interpreter (best of three)."""
    code = "import time; t = time.perf_counter(); import newsstruct; print(time.perf_counter() - t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                check=True,
                env={"PYTHONPATH": str(ROOT / "src")},
            ).stdout
        )
        for _ in range(3)
    ]
    return min(runs)


def measure(quick: bool) -> dict[str, Any]:
    """All figures of one run."""
    repeat = 2 if quick else 3
    example = (ROOT / "examples" / "articles" / "harbour_council.txt").read_text(encoding="utf-8")
    seeds = [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
    ]
    thousand = [synthetic_article(1000, seed) for seed in range(10 if quick else 40)]
    newsstruct.parse(example)  # compile lazy grammars before timing
    corpus = [example, *seeds]
    result: dict[str, Any] = {
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}"
    }
    spent = _best(lambda: [newsstruct.parse(t) for t in thousand], repeat)
    words = sum(len(t.split()) for t in thousand)
    result["parse_1000_words"] = {
        "articles_per_s": len(thousand) / spent,
        "words_per_s": words / spent,
        "ms_per_article": 1000 * spent / len(thousand),
    }
    pasted = [navigation_header(300, seed) + t for seed, t in enumerate(thousand)]
    navigated = _best(lambda: [newsstruct.parse(t) for t in pasted], repeat)
    result["navigation_header_300_lines"] = {
        "ms_per_article": 1000 * navigated / len(pasted),
        "added_ms": 1000 * (navigated - spent) / len(pasted),
    }
    spent = _best(lambda: [newsstruct.parse(t) for t in corpus], repeat)
    result["parse_bundled_and_seeds"] = {
        "articles_per_s": len(corpus) / spent,
        "words_per_s": sum(len(t.split()) for t in corpus) / spent,
    }
    result["stages_ms_per_article"] = {k: 1000 * v for k, v in stage_times(thousand).items()}
    sizes = [1_000, 10_000, 100_000] if quick else [1_000, 10_000, 100_000, 1_000_000]
    growth = []
    for size in sizes:
        one = synthetic_article(size // 6)[:size]
        two = synthetic_article(size // 3)[: 2 * size]
        t1, t2 = (
            _best(lambda one=one: newsstruct.parse(one), repeat),  # type: ignore[misc]
            _best(lambda two=two: newsstruct.parse(two), repeat),  # type: ignore[misc]
        )
        growth.append({"chars": size, "seconds_1x": t1, "seconds_2x": t2, "ratio": t2 / t1})
    result["growth"] = growth
    tracemalloc.start()
    newsstruct.parse(synthetic_article(sizes[-1] // 6)[: sizes[-1]])
    result["peak_memory_mb"] = {
        f"parse {sizes[-1]:,} chars": tracemalloc.get_traced_memory()[1] / 1e6
    }
    tracemalloc.stop()
    result["import_seconds"] = import_time()
    if not quick:
        result["dates_vs_search_dates"] = _dates_comparison(corpus + thousand[:10])
        result["parse_html_vs_bare_extraction"] = _html_comparison()
    return result


def _dates_comparison(texts: list[str]) -> dict[str, float]:
    from dateparser.search import search_dates

    cfg = config.Config()
    regions = [layout.read_structure(t, layout.split_lines(t), cfg).content for t in texts]
    ours = _best(
        lambda: [dates.find_dates(t, r, None) for t, r in zip(texts, regions, strict=True)], 3
    )
    search_dates(texts[0])  # load its language data before timing
    theirs = _best(lambda: [search_dates(t) for t in texts], 1)
    return {"newsstruct_ms_per_text": 1000 * ours / len(texts),
            "search_dates_ms_per_text": 1000 * theirs / len(texts), "speedup": theirs / ours}  # fmt: skip


def _html_comparison() -> dict[str, float]:
    """``parse_html`` against ``trafilatura.bare_extraction`` alone, measured as
    ``bench_html.py`` does (the HTML evaluation pages beside the checkout, else the
    test fixtures; per page, both in turns, best of three)."""
    from bench_html import _pages, _time, alone

    pages = _pages(None)
    for page in pages:  # imports, lazy grammars and dateparser's locales before timing
        alone(page)
        newsstruct.parse_html(page)
    mine, theirs = _time([newsstruct.parse_html, alone], pages, 3)
    return {"pages": len(pages), "bare_extraction_ms_per_page": 1000 * theirs / len(pages),
            "parse_html_ms_per_page": 1000 * mine / len(pages), "ratio": mine / theirs}  # fmt: skip


def markdown(result: dict[str, Any]) -> str:
    """The figures as a Markdown report."""
    p = result["parse_1000_words"]
    lines = [
        "# newsstruct benchmark", "", f"Machine: {result['machine']}", "",
        f"- `parse()` of a 1,000-word article: {p['articles_per_s']:.0f} articles/s, "
        f"{p['words_per_s']:,.0f} words/s ({p['ms_per_article']:.2f} ms each)",
        f"- the same articles under a 300-line navigation header: "
        f"{result['navigation_header_300_lines']['ms_per_article']:.2f} ms each "
        f"(+{result['navigation_header_300_lines']['added_ms']:.2f} ms)",
        f"- bundled example and seed articles: {result['parse_bundled_and_seeds']['articles_per_s']:.0f} articles/s",
        f"- `import newsstruct`: {result['import_seconds']:.3f} s",
        "", "| stage | ms per 1,000-word article |", "| --- | --- |",
        *(f"| {k} | {v:.2f} |" for k, v in result["stages_ms_per_article"].items()),
        "", "| chars | 1x s | 2x s | ratio |", "| --- | --- | --- | --- |",
        *(f"| {g['chars']:,} | {g['seconds_1x']:.4f} | {g['seconds_2x']:.4f} | {g['ratio']:.2f} |" for g in result["growth"]),
        "", *(f"- peak memory, {k}: {v:.1f} MB" for k, v in result["peak_memory_mb"].items()),
    ]  # fmt: skip
    if "dates_vs_search_dates" in result:
        d = result["dates_vs_search_dates"]
        lines.append(f"- dates stage {d['newsstruct_ms_per_text']:.2f} ms/text, `search_dates` "
                     f"{d['search_dates_ms_per_text']:.1f} ms/text: {d['speedup']:.0f}x faster")  # fmt: skip
    if "parse_html_vs_bare_extraction" in result:
        h = result["parse_html_vs_bare_extraction"]
        lines.append(f"- `parse_html` {h['parse_html_ms_per_page']:.1f} ms/page, "
                     f"`trafilatura.bare_extraction` alone {h['bare_extraction_ms_per_page']:.1f} "
                     f"ms/page ({h['pages']} pages): ratio {h['ratio']:.2f}")  # fmt: skip
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small sizes, no comparison: for CI")
    parser.add_argument("--report", type=pathlib.Path, help="write REPORT.md and REPORT.json")
    args = parser.parse_args()
    result = measure(args.quick)
    text = markdown(result)
    print(text)
    if args.report is not None:
        args.report.with_suffix(".md").write_text(text, encoding="utf-8")
        args.report.with_suffix(".json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
