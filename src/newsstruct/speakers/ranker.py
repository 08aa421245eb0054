"""The learned speaker ranker: a logistic regression over the candidates' features.

The weights ship with the package as ``speakers/ranker.json`` (a small, versioned
data file) and are rebuilt exactly by ``training/train_speakers.py`` from PolNeAR
train; the file records the training data, seed, date and cross-validation
figures.  Inference is plain Python: a candidate's score is the sum of the
weights of its features (times their values) plus the bias, and its probability
the logistic of that score.  The chosen candidate's largest contributions are kept
as the quote's evidence.

>>> model = load_model()
>>> model.probability({"rule:said-after": 1.0, "cue_in_sentence": 1.0}) > 0.5
True
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import operator
from collections.abc import Iterator
from importlib import resources
from typing import Any

import attrs

from newsstruct.model import Evidence

__all__ = ["MODEL_FORMAT", "Model", "load_model"]

#: The ``format`` a ranker file must declare; a file of another format is refused.
MODEL_FORMAT = "newsstruct-speaker-ranker/1"
#: How many of the largest contributions a quote keeps as evidence.
EVIDENCE_SIZE = 4
#: Features whose weight is fixed at 1 (an offset, not learned): the rules' own prior.
OFFSETS = frozenset({"rule_prior"})


@attrs.frozen
class Model:
    """Feature weights, bias and the probability under which no speaker is given."""

    weights: dict[str, float] = attrs.field(eq=False)
    bias: float
    threshold: float
    info: dict[str, Any] = attrs.field(eq=False, factory=dict)
    #: ``weights`` with the offsets' fixed weight of 1, read by every score (taken when the
    #: model is made: a model's weights are not to be changed afterwards).
    _weights_with_offsets: dict[str, float] = attrs.field(init=False, eq=False, repr=False)
    #: The Evidence items given so far, by feature and rounded contribution (a few hundred).
    _made: dict[tuple[str, float], Evidence] = attrs.field(
        init=False, eq=False, repr=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(
            self, "_weights_with_offsets", {**self.weights, **dict.fromkeys(OFFSETS, 1.0)}
        )

    def score(self, features: dict[str, float]) -> float:
        """The linear score of a candidate with ``features``."""
        products: Iterator[float] = map(operator.mul, self._weights_of(features), features.values())
        return self.bias + sum(products)

    def probability(self, features: dict[str, float]) -> float:
        """The probability that a candidate with ``features`` is the speaker."""
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, self.score(features)))))

    def evidence(self, features: dict[str, float]) -> tuple[Evidence, ...]:
        """The features that weighed most for a candidate, largest first (by the rounded
        contribution, then by name)."""
        weights = self._weights_with_offsets
        weighed = [
            (name, product)
            for name, value in features.items()
            if (product := weights.get(name, 0.0) * value) != 0.0
        ]
        if len(weighed) > EVIDENCE_SIZE:  # round only those that can make the list (slow)
            kth = round(sorted([abs(p) for _, p in weighed])[-EVIDENCE_SIZE], 3)
            weighed = [(name, p) for name, p in weighed if abs(p) >= kth - 0.0006]
        parts = [(-abs(r), name, r) for name, r in [(n, round(p, 3)) for n, p in weighed]]
        parts.sort()
        return tuple([self._item(name, value) for _, name, value in parts[:EVIDENCE_SIZE]])

    def _item(self, name: str, value: float) -> Evidence:
        """One frozen Evidence per feature and value, made once and shared (faster than
        making it anew); not a zero's (0.0 and -0.0 would be one key)."""
        item = self._made.get((name, value)) if value else None
        if item is None:
            item = Evidence(name, value)
            if value:
                self._made[(name, value)] = item
        return item

    def _weights_of(self, features: dict[str, float]) -> Iterator[float]:
        """The weight of each feature, in order (0 for one the model does not know)."""
        return map(self._weights_with_offsets.get, features, itertools.repeat(0.0))


def model_from_data(data: dict[str, Any]) -> Model:
    """A :class:`Model` from the decoded JSON of a ranker file."""
    if data.get("format") != MODEL_FORMAT:
        raise ValueError(f"not a speaker ranker of format {MODEL_FORMAT!r}: {data.get('format')!r}")
    return Model(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        info={k: v for k, v in data.items() if k not in ("weights", "bias", "threshold")},
    )


@functools.cache
def load_model() -> Model:
    """The ranker shipped with the package (read once)."""
    raw = resources.files("newsstruct.speakers").joinpath("ranker.json").read_text("utf-8")
    return model_from_data(json.loads(raw))
