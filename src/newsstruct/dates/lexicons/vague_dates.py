"""Vague temporal references and their TIMEX3 values (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``).

Phrases that point at the present, the past or the future without a date,
annotated this way by the TimeML guidelines and the TempEval-3 corpora
(TimeBank, AQUAINT): "now", "currently", "recently", "the future", "back then", and
"current" as an adjective ("current market conditions"; "then current" is past), as
TimeBank and AQUAINT tag it; "the near term", "the short term" and "a later date" point
ahead as "the near future" does (TimeBank tags all three ``FUTURE_REF``), and "the long
term" with them.
Adverbs TimeML leaves unmarked ("lately", "presently") are not here, nor
"recent days" (a duration, ``PXD``); "in" of "in the future" and "right" of "right
now" stay outside the timex, as TimeBank tags them.  Keys are lowercase with single spaces.
"""

VAGUE_DATES = {
    "a later date": "FUTURE_REF",
    "back then": "PAST_REF",
    "current": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "more recently": "PAST_REF",
    "most recently": "PAST_REF",
    "now": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "recently": "PAST_REF",
    "the distant future": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "the longer term": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the past": "PAST_REF",
    "the short term": "FUTURE_REF",
    "then current": "PAST_REF",
    "these days": "PRESENT_REF",
    "this moment": "PRESENT_REF",
}  # fmt: skip
