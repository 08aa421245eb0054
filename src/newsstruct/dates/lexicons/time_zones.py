"""Time-zone abbreviations printed after clock times ("5:03 PM EDT"), uppercase in text.

North American, European, Asian and Australian zone abbreviations as used
by news wires (tz database abbreviations), stored lowercase.
"""

TIME_ZONES = frozenset({
    "aedt", "aest", "akdt", "akst", "bst", "cdt", "cest", "cet", "cst", "edt", "eest", "eet",
    "est", "et", "gmt", "hkt", "hst", "ist", "jst", "kst", "mdt", "msk", "mst", "pdt", "pst",
    "pt", "sgt", "utc", "wat", "west", "wet",
})  # fmt: skip
