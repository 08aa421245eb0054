"""The speaker ranker's training script (``training/train_speakers.py``) on a tiny corpus
it is given here: it trains, records what it trained on, rebuilds the same bytes, and
``--check`` tells a changed file.  PolNeAR itself is never read by this test."""

from __future__ import annotations

import json
import math
import pathlib
import sys

import pytest

pytest.importorskip("numpy")  # the train extra; the test extra installs it too

from paths import ROOT

sys.path.insert(0, str(ROOT / "training"))
import train_speakers

from newsstruct.speakers.ranker import MODEL_FORMAT, model_from_data

_PEOPLE = [
    ("Mayor", "Jo Bell", "she"),
    ("Councillor", "Omar Tanaka", "he"),
    ("Engineer", "Priya Raman", "she"),
    ("Senator", "Lars Okafor", "he"),
]


def _article(number: int) -> dict[str, object]:
    """An article in PolNeAR's format: two people, three quotes, gold speaker spans."""
    (t1, n1, _), (t2, n2, p2) = _PEOPLE[number % 4], _PEOPLE[(number + 1) % 4]
    s1 = n1.split()[1]
    q1 = f"The barrier will hold number {number},"
    q2 = f"The pumps failed {number} times,"
    q3 = "We will vote again,"
    text = (
        f"Harbour Council Vote {number}\n\n{t1} {n1} met {t2} {n2} on Monday. “{q1}” {s1} "
        f"said. {n2} disagreed. “{q2}” {p2} said.\n\n“{q3}” said {n1}.\n"
    )
    quotes = []
    for quote, surface, name in ((q1, s1, n1), (q2, p2, n2), (q3, n1, n1)):
        start = text.index(quote)
        at = text.index(surface, start + len(quote))
        quotes.append({
            "start": start, "end": start + len(quote), "text": quote, "speaker": surface,
            "speaker_span": [at, at + len(surface)], "speaker_name": name,
            "speaker_name_from": None,  # the name, not a coreference guess, labels "she"
        })  # fmt: skip
    return {"id": f"tiny-{number}", "text": text, "quotes": quotes, "partial": [], "indirect": []}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    path = tmp_path_factory.mktemp("training") / "tiny.jsonl"
    lines = [json.dumps(_article(n), ensure_ascii=False) for n in range(10)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_tiny_corpus_is_consistent(corpus: pathlib.Path) -> None:
    for line in corpus.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        assert len(article["quotes"]) == 3
        for quote in article["quotes"]:
            assert article["text"][quote["start"] : quote["end"]] == quote["text"]
            start, end = quote["speaker_span"]
            assert article["text"][start:end] == quote["speaker"]


def test_training_writes_a_model_that_loads_and_records_its_data(corpus: pathlib.Path) -> None:
    data = train_speakers.build(corpus, folds=2, passes=1, date="2026-01-01")
    model = model_from_data(data)
    assert data["format"] == MODEL_FORMAT and data["date"] == "2026-01-01"
    assert data["trained_on"]["articles"] == 10 and data["trained_on"]["matched_quotes"] > 0
    assert len(data["trained_on"]["sha256"]) == 64
    assert data["cross_validation"]["chosen"]["lambda"] in train_speakers.LAMBDAS
    assert model.weights and all(math.isfinite(w) for w in model.weights.values())


def test_the_same_data_give_the_same_bytes_and_check_tells_a_change(
    corpus: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    out = tmp_path / "ranker.json"
    args = ["--gold", str(corpus), "--out", str(out), "--folds", "2", "--passes", "1"]
    assert train_speakers.main([*args, "--date", "2026-01-01"]) == 0
    first = out.read_bytes()
    assert train_speakers.main([*args, "--check"]) == 0  # rebuilt byte for byte
    out.write_bytes(first.replace(b'"threshold": 0.5', b'"threshold": 0.6'))
    assert train_speakers.main([*args, "--check"]) == 1
