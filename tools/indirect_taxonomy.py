"""The indirect block of ``eval_all.py --speech-only``, scored as the scorer scores it and
again with two taxonomy mismatches set aside (issue 18's "indirect F1"):

- gold items labelled "indirect" that newsstruct's direct quotes match: passages inside
  quote marks the corpus labels indirect (the New York Times' doubled apostrophes, the
  later sentences of a quote of several sentences);
- newsstruct's reported statements that match a gold "partial" item: mixed statements
  (``said the plan was "dead on arrival"``), which the corpus files as partial and which
  issue 18 asks to be one reported statement.

    .venv/bin/python tools/indirect_taxonomy.py ../shared/eval/quotes/polnear_dev.jsonl

It also prints speaker accuracy over every matched statement, and again with the wrong
speakers set aside whose gold source is a pronoun or descriptor the corpus did not resolve
("the president", no name) while newsstruct names someone.

Reads ``../shared/eval``; a developer's tool, not a test.
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
import sys
from types import ModuleType
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
QUOTES_EVAL = ROOT.parent / "shared" / "eval" / "quotes"
sys.path.insert(0, str(ROOT / "tests" / "eval"))

import quotes_predictor  # noqa: E402


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, QUOTES_EVAL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EV = _load("eval")
EA = _load("eval_all")


def _spans(text: str, items: list[dict[str, Any]]) -> list[tuple[int, int]]:
    return [EV.trim(text, item["start"], item["end"]) for item in items]


def _article(record: dict[str, Any], totals: dict[str, int]) -> None:
    """Adds one article's counts: kept gold and predictions, matches, and the two mismatches."""
    text = record["text"]
    preds = quotes_predictor.predict_all(text)
    reported = [p for p in preds if p["kind"] != "direct"]
    direct = [p for p in preds if p["kind"] == "direct"]
    gold = record.get("indirect") or []
    matched = EV.match(_spans(text, gold), _spans(text, reported), 0.5)
    neutral = {g for g, item in enumerate(gold) if not EA.is_speech(item)}
    dropped = {p for g, p in matched if g in neutral}  # a non-speech match counts neither way
    matched = [(g, p) for g, p in matched if g not in neutral]
    kept_gold = [g for g in range(len(gold)) if g not in neutral]
    kept_pred = [p for p in range(len(reported)) if p not in dropped]
    gold_hit = {g for g, _ in matched}
    pred_hit = {p for _, p in matched}
    gold_spans = _spans(text, [gold[g] for g in kept_gold])
    quoted = {kept_gold[g] for g, _ in EV.match(gold_spans, _spans(text, direct), 0.5)}
    pred_spans = _spans(text, [reported[p] for p in kept_pred])
    partial = _spans(text, record.get("partial") or [])
    mixed = {kept_pred[p] for _, p in EV.match(partial, pred_spans, 0.5)}
    totals["gold"] += len(kept_gold)
    totals["pred"] += len(kept_pred)
    totals["matched"] += len(matched)
    totals["gold_quoted"] += len(quoted - gold_hit)
    totals["pred_mixed"] += len(mixed - pred_hit)


#: First words of a gold source that names no one: a pronoun or a descriptor.
_UNNAMED = frozenset({"he", "she", "they", "i", "we", "it", "who", "the", "his", "her", "a", "an"})


def _speakers(record: dict[str, Any], totals: dict[str, int]) -> None:
    """Adds the "all" block's matched speech pairs, the right speakers, and the wrong ones
    whose gold source is an unresolved pronoun or descriptor ("the president", no name)
    while newsstruct gives a full name: the corpus cannot say whether that name is right."""
    text = record["text"]
    preds = quotes_predictor.predict_all(text)
    gold = [
        item
        for kind in ("quotes", "partial", "indirect")
        for item in record.get(kind) or []
        if kind == "quotes" or EA.is_speech(item)
    ]
    for g, p in EV.match(_spans(text, gold), _spans(text, preds), 0.5):
        item, said = gold[g], preds[p].get("speaker")
        totals["pairs"] += 1
        if EV.speaker_match(said, item.get("speaker"), item.get("speaker_name")):
            totals["right"] += 1
            continue
        source = (item.get("speaker") or "").split()
        unnamed = item.get("speaker_name") is None and source and source[0].lower() in _UNNAMED
        if unnamed and said and len(said.split()) >= 2 and said[:1].isupper():
            totals["unresolved"] += 1


def _prf(matched: int, pred: int, gold: int) -> str:
    precision, recall = matched / max(1, pred), matched / max(1, gold)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"


def main() -> None:
    keys = ("gold", "pred", "matched", "gold_quoted", "pred_mixed", "pairs", "right", "unresolved")
    totals = dict.fromkeys(keys, 0)
    with open(sys.argv[1], encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                _article(record, totals)
                _speakers(record, totals)
    print(totals)
    print("as scored:  ", _prf(totals["matched"], totals["pred"], totals["gold"]))
    print(
        "set aside:  ",
        _prf(
            totals["matched"],
            totals["pred"] - totals["pred_mixed"],
            totals["gold"] - totals["gold_quoted"],
        ),
    )

    right, pairs, unresolved = totals["right"], totals["pairs"], totals["unresolved"]
    print(f"speaker, all statements (near the scorer's): {right / max(1, pairs):.3f}")
    print(f"  with unresolved gold sources set aside: {right / max(1, pairs - unresolved):.3f}")


if __name__ == "__main__":
    main()
