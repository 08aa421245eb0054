"""Ordinal words and their numbers, for "the eighth day" or "the second day of the strike".

English ordinal numbers from first to thirty-first (the days a month can have),
by their standard English names.
"""

ORDINAL_WORDS = {
    "eighteenth": 18, "eighth": 8, "eleventh": 11, "fifteenth": 15, "fifth": 5, "first": 1,
    "fourteenth": 14, "fourth": 4, "nineteenth": 19, "ninth": 9, "second": 2,
    "seventeenth": 17, "seventh": 7, "sixteenth": 16, "sixth": 6, "tenth": 10,
    "third": 3, "thirteenth": 13, "thirtieth": 30, "thirty-first": 31, "twelfth": 12,
    "twentieth": 20, "twenty-eighth": 28, "twenty-fifth": 25, "twenty-first": 21,
    "twenty-fourth": 24, "twenty-ninth": 29, "twenty-second": 22, "twenty-seventh": 27,
    "twenty-sixth": 26, "twenty-third": 23,
}  # fmt: skip
