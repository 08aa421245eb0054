"""Compare the speed of ``parse()`` here with another checkout, in one run.

    python benchmarks/bench_compare.py --against /path/to/other/checkout [--rounds 5]

Both sides parse the same texts (``bench.py``'s forty 1,000-word synthetic
articles, the bundled article and the test seeds) in worker processes started
from this script, in alternating rounds, so that load on the machine falls on
both alike.  Each round reports the CPU time of the worker (best of 3); the
ratio is other / this of the medians (above 1: this checkout is faster).
The other checkout's ``src/`` is put first on the worker's ``sys.path``; both
use this Python and its installed dependencies.  Use it to give a change's
speed as a ratio to the code it started from, e.g. with ``git worktree add
/tmp/start <commit>``.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]

#: What a worker runs: parse every text (after one warm-up pass), best of 3, CPU seconds.
_WORKER = """
import json, pathlib, sys, time
sys.path.insert(0, sys.argv[1])
sys.path.insert(1, sys.argv[2])
import newsstruct
from articles import synthetic_article
root = pathlib.Path(sys.argv[3])
texts = [synthetic_article(1000, seed) for seed in range(40)]
texts.append((root / "examples" / "articles" / "harbour_council.txt").read_text(encoding="utf-8"))
texts += [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "fixtures" / "seeds").glob("*.txt"))]
for t in texts:
    newsstruct.parse(t)
best = float("inf")
for _ in range(3):
    start = time.process_time()
    for t in texts:
        newsstruct.parse(t)
    best = min(best, time.process_time() - start)
print(json.dumps({"seconds": best, "articles": len(texts), "where": newsstruct.__file__}))
"""


def _round(src: pathlib.Path) -> dict[str, float | str]:
    done = subprocess.run(
        [sys.executable, "-c", _WORKER, str(src), str(ROOT / "benchmarks"), str(ROOT)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    result: dict[str, float | str] = json.loads(done.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=pathlib.Path, required=True, help="the other checkout")
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds (default 5)")
    args = parser.parse_args()
    sides = {"this": ROOT / "src", "other": args.against.resolve() / "src"}
    times: dict[str, list[float]] = {"this": [], "other": []}
    for number in range(args.rounds):
        order = ("this", "other") if number % 2 == 0 else ("other", "this")
        for side in order:
            found = _round(sides[side])
            times[side].append(float(found["seconds"]))
            articles = int(found["articles"])
    median = {side: statistics.median(values) for side, values in times.items()}
    for side in ("this", "other"):
        rate = articles / median[side]
        print(f"{side:5}  {sides[side]}  median {median[side]:.3f} s  {rate:.0f} articles/s")
    print(f"ratio other/this: {median['other'] / median['this']:.3f} (above 1: this is faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
