"""Parse many articles, in order, on several processes.

>>> import newsstruct
>>> texts = ["Plan approved\\n\\nThe council approved the plan on Monday, members said."] * 3
>>> [a.headline.text for a in newsstruct.parse_many(texts, jobs=1)]
['Plan approved', 'Plan approved', 'Plan approved']
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from newsstruct.api import parse
from newsstruct.config import Config
from newsstruct.errors import InputTypeError, InputValueError
from newsstruct.inputs import check_config, coerce_published
from newsstruct.model import Article

__all__ = ["parse_many"]

#: Chunks submitted ahead of the one being yielded, per worker: enough to keep
#: workers busy, few enough that a huge or endless input is never held in memory.
_AHEAD_PER_JOB = 2


def parse_many(
    texts: Iterable[str],
    *,
    published: dt.date | dt.datetime | str | None = None,
    config: Config | None = None,
    jobs: int | None = None,
    chunksize: int = 16,
) -> Iterator[Article]:
    """Parse every text of ``texts`` and yield the Articles in the same order.

    ``jobs`` worker processes parse chunks of ``chunksize`` texts
    (``None``: one per CPU; ``1``: no processes at all, a plain loop in this
    one).  ``texts`` is read lazily, a few chunks ahead, so a generator over a
    corpus on disk works.  Each text is checked as :func:`newsstruct.parse`
    checks it: a non-``str`` raises the same :class:`~newsstruct.InputTypeError`
    when its turn comes.  ``published`` and ``config`` apply to every text.

    Checked at the call, before any text is read: ``texts`` itself must be an
    iterable other than a single ``str`` or ``bytes`` (wrap one text in a list),
    and ``published``, ``config``, ``jobs`` and ``chunksize`` must be valid.

    >>> import newsstruct
    >>> newsstruct.parse_many("one article")
    Traceback (most recent call last):
    ...
    newsstruct.errors.InputTypeError: parse_many() takes an iterable of texts, got a single str: pass [text], or call newsstruct.parse(text)
    """
    _check_texts(texts)
    given = coerce_published(published)
    checked = check_config(config)
    workers = (os.cpu_count() or 1) if jobs is None else jobs
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise InputValueError(f"jobs must be a positive int or None, got {jobs!r}")
    if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
        raise InputValueError(f"chunksize must be a positive int, got {chunksize!r}")
    if workers == 1:
        return (parse(text, published=given, config=checked) for text in texts)
    return _in_processes(texts, given, checked, workers, chunksize)


def _check_texts(texts: object) -> None:
    if isinstance(texts, str | bytes | bytearray | memoryview):
        raise InputTypeError(
            f"parse_many() takes an iterable of texts, got a single {type(texts).__name__}: "
            "pass [text], or call newsstruct.parse(text)"
        )
    if not isinstance(texts, Iterable):
        raise InputTypeError(
            f"parse_many() takes an iterable of texts (a list, a generator), "
            f"got {type(texts).__name__}"
        )


def _in_processes(
    texts: Iterable[str], published: dt.date | None, config: Config, workers: int, chunksize: int
) -> Iterator[Article]:
    chunks = _chunks(texts, chunksize)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: list[Future[list[Article]]] = [
            pool.submit(_parse_chunk, chunk, published, config)
            for chunk in itertools.islice(chunks, workers * _AHEAD_PER_JOB)
        ]
        while pending:
            done = pending.pop(0)
            for chunk in itertools.islice(chunks, 1):
                pending.append(pool.submit(_parse_chunk, chunk, published, config))
            yield from done.result()


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    iterator = iter(texts)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _parse_chunk(texts: list[str], published: dt.date | None, config: Config) -> list[Article]:
    return [parse(text, published=published, config=config) for text in texts]
