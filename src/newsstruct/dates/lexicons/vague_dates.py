"""Vague temporal references and their TIMEX3 values (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``).

Phrases that point at the present, the past or the future without a date,
annotated this way by the TimeML guidelines and the TempEval-3 corpora
(TimeBank, AQUAINT): "now", "currently", "recently", "the future".  Keys are
lowercase with single spaces.
"""

VAGUE_DATES = {
    "currently": "PRESENT_REF",
    "in the future": "FUTURE_REF",
    "in the near future": "FUTURE_REF",
    "lately": "PAST_REF",
    "more recently": "PAST_REF",
    "most recently": "PAST_REF",
    "now": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "recent days": "PAST_REF",
    "recent months": "PAST_REF",
    "recent weeks": "PAST_REF",
    "recent years": "PAST_REF",
    "recently": "PAST_REF",
    "right now": "PRESENT_REF",
    "the distant future": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the past": "PAST_REF",
    "these days": "PRESENT_REF",
    "this moment": "PRESENT_REF",
}  # fmt: skip
