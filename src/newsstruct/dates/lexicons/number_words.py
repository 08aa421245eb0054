"""Number words that count days, weeks, months and years ("two days ago", "a three-day trip").

Maps each English cardinal word from one to ninety, plus the counting words
that stand for one ("a", "an", "single"), to its value.  Compound numbers
("twenty-five") are read as a tens word, a hyphen and a unit word.  Standard
English number names.
"""

NUMBER_WORDS = {
    "a": 1, "an": 1, "eight": 8, "eighteen": 18, "eighty": 80, "eleven": 11, "fifteen": 15,
    "fifty": 50, "five": 5, "forty": 40, "four": 4, "fourteen": 14, "nine": 9, "nineteen": 19,
    "ninety": 90, "one": 1, "seven": 7, "seventeen": 17, "seventy": 70, "single": 1, "six": 6,
    "sixteen": 16, "sixty": 60, "ten": 10, "thirteen": 13, "thirty": 30, "three": 3,
    "twelve": 12, "twenty": 20, "two": 2,
}  # fmt: skip
