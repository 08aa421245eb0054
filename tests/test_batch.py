"""parse_many: same Articles as parse, in order, with or without processes."""

from __future__ import annotations

import itertools
import json
import pickle

import pytest

from newsstruct import Article, InputTypeError, InputValueError, parse, parse_many
from newsstruct.cli import main
from paths import FIXTURES

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]


@pytest.mark.parametrize("jobs", [1, 2])
def test_same_articles_as_parse_in_order(jobs: int) -> None:
    got = list(parse_many(TEXTS * 3, jobs=jobs, chunksize=2, published="2024-04-18"))
    assert got == [parse(t, published="2024-04-18") for t in TEXTS * 3]


def test_reads_a_generator_lazily() -> None:
    endless = itertools.cycle(TEXTS)
    first = list(itertools.islice(parse_many(endless, jobs=2, chunksize=1), 7))
    assert [a.text for a in first] == [TEXTS[i % len(TEXTS)] for i in range(7)]


def test_caller_mistakes() -> None:
    with pytest.raises(InputTypeError):
        list(parse_many(["fine", b"bytes"], jobs=1))  # type: ignore[list-item]
    with pytest.raises(InputValueError):
        parse_many(TEXTS, jobs=0)
    with pytest.raises(InputValueError):
        parse_many(TEXTS, chunksize=0)


def test_a_bad_item_fails_in_workers_too() -> None:
    with pytest.raises(InputTypeError):
        list(parse_many(["fine", None], jobs=2))  # type: ignore[list-item]


def test_articles_pickle_for_process_pools() -> None:
    for text in TEXTS:
        article = parse(text)
        assert pickle.loads(pickle.dumps(article)) == article


def test_cli_with_jobs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*map(str, SEEDS), "--jobs", "2", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [Article.from_dict(json.loads(line)).text for line in lines] == TEXTS


def test_cli_rejects_zero_jobs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEEDS[0]), "--jobs", "0"]) == 2
    assert "--jobs" in capsys.readouterr().err


@pytest.mark.parametrize("texts", ["abc", b"abc", 5, None])
def test_a_single_text_or_no_iterable_is_a_type_error_at_the_call(texts: object) -> None:
    with pytest.raises(InputTypeError, match="parse_many"):
        parse_many(texts, jobs=1)  # type: ignore[arg-type]


@pytest.mark.parametrize(("published", "error"), [("soon", InputValueError), (5, InputTypeError)])
def test_a_bad_published_raises_at_the_call(published: object, error: type[Exception]) -> None:
    for jobs in (1, 2):
        with pytest.raises(error, match="published"):
            parse_many(TEXTS, published=published, jobs=jobs)  # type: ignore[arg-type]
