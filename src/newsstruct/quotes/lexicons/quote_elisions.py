"""Words written with a leading apostrophe that is not a quote mark:
``'em``, ``'til``, ``rock 'n' roll``, ``'tis``.

A single quote mark before one of these words (followed by a non-letter) is an
apostrophe.  Collected from English dictionaries' lists of aphetic forms.
"""

QUOTE_ELISIONS = frozenset({
    "bout", "cause", "cept", "cos", "coz", "em", "fraid", "n", "neath", "nother", "nuff", "ol",
    "round", "s", "scuse", "t", "til", "tis", "twas", "twere", "ya", "yall",
})  # fmt: skip
