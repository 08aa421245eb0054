"""Time-zone abbreviations printed after clock times ("5:03 PM EDT"), uppercase in text.

North American, European, Asian and Australian zone abbreviations as used
by news wires (tz database abbreviations), stored lowercase; and those of African, South
and Southeast Asian, Atlantic Canadian, Caribbean and Pacific copy ("10 a.m. EAT", "6 p.m.
AST", "2:15 p.m. NZDT", "9 a.m. PKT").  Only after a clock time and only in capitals.
"""

TIME_ZONES = frozenset({
    "acdt", "acst", "adt", "aedt", "aest", "akdt", "akst", "ast", "awst", "bst", "cat",
    "cdt", "cest", "cet", "chst", "cst", "eat", "edt", "eest", "eet", "est", "et",
    "fjt", "gmt", "hkt", "hst", "ict", "ist", "jst", "kst", "mdt", "msk", "mst", "myt",
    "ndt", "npt", "nst", "nzdt", "nzst", "pdt", "pht", "pkt", "pst", "pt", "sast",
    "sgt", "utc", "wat", "west", "wet", "wib",
})  # fmt: skip
