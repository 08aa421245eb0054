"""Words that count an unknown number of units ("several days", "a few weeks", "months").

A duration counted by one of these has an unknown amount: TIMEX3 writes it
with an ``X`` (``PXD``, ``PXM``).  Ordinary English quantifiers.
"""

VAGUE_COUNTS = frozenset({
    "a couple of", "a few", "couple of", "dozens of", "few", "hundreds of", "many", "several",
    "some", "tens of", "thousands of",
})  # fmt: skip
