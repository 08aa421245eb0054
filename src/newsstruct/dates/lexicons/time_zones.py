"""Time-zone abbreviations printed after clock times ("5:03 PM EDT"), uppercase in text.

North American, European, Asian and Australian zone abbreviations as used
by news wires (tz database abbreviations), stored lowercase; and those of African, South
and Southeast Asian, Atlantic Canadian, Caribbean and Pacific copy ("10 a.m. EAT", "6 p.m.
AST", "2:15 p.m. NZDT", "9 a.m. PKT").  Only after a clock time and only in capitals.
"""

TIME_ZONES = frozenset({
    "aedt", "aest", "akdt", "akst", "bst", "cdt", "cest", "cet", "cst", "edt", "eest", "eet",
    "est", "et", "gmt", "hkt", "hst", "ist", "jst", "kst", "mdt", "msk", "mst", "pdt", "pst",
    "pt", "sgt", "utc", "wat", "west", "wet",
    # Africa, South and Southeast Asia, Atlantic Canada and the Caribbean, the Pacific
    "acdt", "acst", "adt", "ast", "awst", "cat", "chst", "eat", "fjt", "ict", "myt", "ndt",
    "npt", "nst", "nzdt", "nzst", "pht", "pkt", "sast", "wib",
})  # fmt: skip
