"""Record words of data journalism that head the phrase after ``according to``
("according to FEC records", "according to figures released by the clerk",
"according to the FBI data"): the phrase names a document, so its head is found
there, but these words never name a body that speaks on its own ("the average
commuter said" is no speaker named "average").  Collected from the source phrases
of wire copy; adjectives that are also record words ("average", "record") are left
out.
"""

RECORD_WORDS = frozenset({
    "data", "figure", "figures", "projection", "records", "result", "results", "statistics",
    "tally", "tracker",
})  # fmt: skip
