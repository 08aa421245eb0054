"""Train the speaker ranker (``src/newsstruct/speakers/ranker.json``) from PolNeAR train.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python training/train_speakers.py                 # writes the ranker file
    .venv/bin/python training/train_speakers.py --check         # rebuilds it, compares bytes

The model is an L2-regularised logistic regression over the candidates' features
(:mod:`newsstruct.speakers.features`), fitted by Newton's method with numpy: the
same data give the same weights.  The regularisation and the feature groups are
chosen by 5-fold cross-validation on the training articles (fold = article number
modulo 5), by the share of quotes whose speaker's name is right where PolNeAR
found the name itself (its coreference-derived names are often another person's:
in a sample of 25 disagreements with the rules, 15 were annotation errors); those
names label no candidate either, only the annotated source span does.  PolNeAR dev
is never read.  History features (who spoke the quote before) come from the model
of the previous pass: pass 1 uses the rules alone.  The file records the data's
SHA-256, the folds, the chosen settings, the cross-validation figures and the
date (``--date``, the date of the existing file with ``--check``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import pathlib
import sys
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from polnear import Example, QuoteExamples, examples, read_gold, speaker_match  # noqa: E402

from newsstruct.speakers.ranker import MODEL_FORMAT, OFFSETS, Model, model_from_data  # noqa: E402
from newsstruct.speakers.rules import RULES  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_train.jsonl"
DEFAULT_OUT = ROOT / "src" / "newsstruct" / "speakers" / "ranker.json"
#: L2 strengths tried by cross-validation.
LAMBDAS = (0.3, 1.0, 3.0, 10.0)
#: Feature groups that cross-validation may leave out (by name prefix).  The rules' own
#: features always stay: the ranker corrects the rules, it does not replace them.
DROPPABLE = {
    "none": (),
    "no-history": ("previous_speaker", "spoke_before"),
}
THRESHOLD = 0.5
#: The cross-validation figures, averaged over folds; "names_clean" chooses the settings.
_FIGURES = ("names", "names_clean", "speaker_accuracy")
#: Every rule of the table follows its own choice in the rules-only model of pass 1.
RULES_ONLY = {f"rule:{r.name}": 5.0 for r in RULES if r.name != "ranker"}


def rules_only_model() -> Model:
    """The first pass's history: the rules' own choices (their prior is the offset)."""
    return Model(weights=dict(RULES_ONLY), bias=-3.0, threshold=THRESHOLD)


def fit(
    rows: list[dict[str, float]], labels: list[bool], names: list[str], lam: float
) -> np.ndarray:
    """Weights (bias last) of an L2 logistic regression, by Newton's method; the features
    of :data:`OFFSETS` enter with weight 1 and are not fitted."""
    index = {name: k for k, name in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    offset = np.zeros(len(rows))
    for i, row in enumerate(rows):
        for name, value in row.items():
            k = index.get(name)
            if name in OFFSETS:
                offset[i] += value
            elif k is not None:
                x[i, k] = value
    x[:, -1] = 1.0
    y = np.asarray(labels, dtype=float)
    w = np.zeros(len(names) + 1)
    penalty = np.full(len(names) + 1, lam)
    penalty[-1] = 1e-6

    def loss(weights: np.ndarray) -> float:
        z = np.clip(x @ weights + offset, -60, 60)
        return float(np.sum(np.logaddexp(0, z) - y * z) + 0.5 * np.sum(penalty * weights**2))

    current = loss(w)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w + offset, -60, 60)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        scale = 1.0
        while scale > 1e-4 and loss(w - scale * step) > current:
            scale /= 2  # backtracking: each step lowers the loss
        w = w - scale * step
        previous, current = current, loss(w)
        if previous - current < 1e-10:
            break
    return w


def to_model(w: np.ndarray, names: list[str]) -> Model:
    weights = {
        n: round(float(v), 4) for n, v in zip(names, w[:-1], strict=True) if round(float(v), 4)
    }
    return Model(weights=weights, bias=round(float(w[-1]), 4), threshold=THRESHOLD)


def predicted(model: Model, quote: QuoteExamples) -> str | None:
    """What the library would print for the quote (as the evaluation predictor does):
    the best candidate at or above the threshold, else the rules' own choice
    (``newsstruct.speakers.attribute._decide``)."""
    if not quote.candidates:
        return quote.rule_source
    scored = [(model.probability(c.features), -k, c) for k, c in enumerate(quote.candidates)]
    probability, _, best = max(scored, key=lambda t: (t[0], t[1]))
    if probability >= model.threshold and best.name is not None and not _unnamed(best):
        return best.name
    chosen = next(
        (c for c in quote.candidates if any(k.startswith("rule:") for k in c.features)), None
    )
    if chosen is None or _unnamed(chosen):
        return quote.rule_source
    return chosen.name


def _unnamed(candidate: Example) -> bool:
    """A candidate for someone the text does not name ("a friend")."""
    return "kind:unnamed" in candidate.features


def figures(model: Model, quotes: Sequence[QuoteExamples]) -> dict[str, float]:
    """Speaker accuracy (surface or name), names accuracy (quotes with a gold name) and
    names accuracy where the corpus did not find the name by coreference ("clean")."""
    right = named = named_right = clean = clean_right = 0
    for q in quotes:
        guess = predicted(model, q)
        right += speaker_match(guess, q.gold_speaker, q.gold_name)
        if q.gold_name:
            named += 1
            hit = speaker_match(guess, q.gold_name)
            named_right += hit
            if q.gold_name_from != "coref":
                clean += 1
                clean_right += hit
    return {
        "speaker_accuracy": round(right / max(1, len(quotes)), 4),
        "names": round(named_right / max(1, named), 4),
        "names_clean": round(clean_right / max(1, clean), 4),
        "quotes": len(quotes),
    }


def train(quotes: Sequence[QuoteExamples], lam: float, drop: tuple[str, ...]) -> Model:
    keep: Callable[[str], bool] = lambda name: not name.startswith(drop) if drop else True  # noqa: E731
    rows, labels = [], []
    for q in quotes:
        if not any(c.label for c in q.candidates):
            continue  # no candidate is the speaker: nothing to learn from
        for c in q.candidates:
            rows.append({k: v for k, v in c.features.items() if keep(k)})
            labels.append(c.label)
    names = sorted({k for row in rows for k in row if k not in OFFSETS})
    return to_model(fit(rows, labels, names, lam), names)


def cross_validate(quotes: list[QuoteExamples], folds: int) -> tuple[dict[str, Any], Model]:
    """The settings with the best mean held-out names accuracy, on all gold names and on
    the names the corpus found itself (not by coreference), and the figures of each."""
    results: list[dict[str, Any]] = []
    for group, drop in DROPPABLE.items():
        for lam in LAMBDAS:
            per_fold = []
            for fold in range(folds):
                fit_on = [q for q in quotes if q.article % folds != fold]
                held = [q for q in quotes if q.article % folds == fold]
                per_fold.append(figures(train(fit_on, lam, drop), held))
            mean = {k: round(sum(f[k] for f in per_fold) / folds, 4) for k in _FIGURES}
            results.append({"drop": group, "lambda": lam, **mean, "folds": per_fold})
            print(f"  cv drop={group:10} lambda={lam:<5} names {mean['names']:.4f} clean "
                  f"{mean['names_clean']:.4f} speaker {mean['speaker_accuracy']:.4f}", file=sys.stderr)  # fmt: skip
    best = max(results, key=lambda r: (r["names_clean"] + r["names"], -r["lambda"]))
    rules = figures(rules_only_model(), quotes)
    chosen = {"chosen": {k: best[k] for k in ("drop", "lambda")}, "best": best, "rules_only": rules,
              "tried": [{k: r[k] for k in ("drop", "lambda", *_FIGURES)} for r in results]}  # fmt: skip
    return chosen, train(quotes, best["lambda"], DROPPABLE[best["drop"]])


def build(gold: pathlib.Path, folds: int, passes: int, date: str) -> dict[str, Any]:
    """The ranker file's data."""
    articles = read_gold(gold)
    history = rules_only_model()
    cv: dict[str, Any] = {}
    for number in range(passes):
        print(f"pass {number + 1}: reading {len(articles)} articles", file=sys.stderr)
        quotes = list(examples(articles, history, coref_names=False))
        cv, history = cross_validate(quotes, folds)
    data = {
        "format": MODEL_FORMAT,
        "weights": history.weights,
        "bias": history.bias,
        "threshold": history.threshold,
        "trained_on": {
            "file": gold.name,
            "sha256": hashlib.sha256(gold.read_bytes()).hexdigest(),
            "articles": len(articles),
            "matched_quotes": len(quotes),
        },
        "method": "L2 logistic regression (Newton with backtracking), candidates of matched "
        "quotes, labelled by the gold source span and by gold names not found by coreference; "
        "rule_prior enters as an offset",
        "seed": 0,
        "folds": folds,
        "passes": passes,
        "date": date,
        "cross_validation": cv,
    }
    model_from_data(data)  # the file must load
    return data


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=pathlib.Path, default=DEFAULT_GOLD)
    parser.add_argument("--out", type=pathlib.Path, default=DEFAULT_OUT)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--date", default=None, help="date to record (default: today)")
    parser.add_argument("--check", action="store_true", help="rebuild and compare with --out")
    args = parser.parse_args(argv)
    date = args.date
    if args.check and date is None:
        date = json.loads(args.out.read_text(encoding="utf-8")).get("date")
    text = dump(build(args.gold, args.folds, args.passes, date or dt.date.today().isoformat()))
    if args.check:
        same = text == args.out.read_text(encoding="utf-8")
        print("identical" if same else f"differs from {args.out}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
