"""Verbs that name or characterise with the quoted words: ``called it "a disgrace"``,
``described as "reckless"``.

With a capitalised quote they introduce a name (``a group called "Hafnium"``,
a term); with lowercase words they report someone's characterisation, so a
short quote near them is a partial quote of speech, not a scare quote.
Collected from the PolNeAR attribution verbs and newswire usage.
"""

QUOTE_NAMING_VERBS = frozenset({
    "brand", "branded", "branding", "brands", "call", "called", "calling", "calls", "characterised",
    "characterized", "characterizes", "decried", "deemed", "denounced", "describe", "described",
    "describes", "describing", "hailed", "label", "labeled", "labelled", "labels", "praised",
    "slammed", "termed",
})  # fmt: skip
