"""How run time grows with the input, measured in one run: no wall-clock limits in tests.

A unit test never asserts a time in seconds (a loaded machine makes such a test flaky,
and a generous limit is blind to a 3x slowdown: speed is the benchmarks' business).  It
may assert a *growth ratio*: the CPU time of a function on an input twice as long,
divided by its time on the input itself, both measured in the same run.  Linear work
gives about 2, quadratic work (a regular expression backtracking over a run of spaces,
a loop that rescans the text) about 4.

>>> ratio = growth_ratio(lambda text: sorted(text), lambda scale: "ba" * 20_000 * scale)
>>> ratio < LINEAR_GROWTH
True
"""

from __future__ import annotations

import gc
import time
import tracemalloc
from collections.abc import Callable

__all__ = ["LINEAR_GROWTH", "growth_ratio", "memory_growth_ratio"]

#: The bound a linear function stays under: 2 with room for timer noise, well below 4.
LINEAR_GROWTH = 3.0
#: A ratio over the bound is measured again this many times; the best times count.
_TRIES = 3


def _cpu_seconds(func: Callable[[str], object], text: str) -> float:
    """CPU time of this process for one call (other programs on the machine do not count)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.process_time()
        func(text)
        return time.process_time() - start
    finally:
        if enabled:
            gc.enable()


def growth_ratio(func: Callable[[str], object], build: Callable[[int], str]) -> float:
    """CPU time of ``func(build(2))`` over that of ``func(build(1))``.

    Each size is timed once; while the ratio is over :data:`LINEAR_GROWTH` both are
    timed again (up to three times in all) and the best time of each counts, so a
    moment of noise cannot fail a test but a real quadratic cost always does.
    """
    one, two = build(1), build(2)
    func(one[:1_000])  # warm up: lazy grammars and caches are built outside the timing
    best_one = best_two = float("inf")
    for _ in range(_TRIES):
        best_one = min(best_one, _cpu_seconds(func, one))
        best_two = min(best_two, _cpu_seconds(func, two))
        ratio = best_two / max(best_one, 1e-6)
        if ratio < LINEAR_GROWTH:
            break
    return ratio


def _peak_bytes(func: Callable[[str], object], text: str) -> int:
    """The peak of the memory Python allocates during one call (``tracemalloc``: memory a
    C library such as libxml2 allocates for itself is not counted)."""
    gc.collect()
    tracemalloc.start()
    try:
        func(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def memory_growth_ratio(func: Callable[[str], object], build: Callable[[int], str]) -> float:
    """Peak Python memory of ``func(build(2))`` over that of ``func(build(1))``: about 2
    when memory grows with the input, about 4 when it grows with its square.

    >>> memory_growth_ratio(lambda text: text.split(), lambda scale: "ab " * 20_000 * scale) < LINEAR_GROWTH
    True
    """
    one, two = build(1), build(2)
    func(one[:1_000])  # warm up: caches filled once are not growth
    return _peak_bytes(func, two) / max(_peak_bytes(func, one), 1)
