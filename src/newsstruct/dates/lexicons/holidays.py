"""Holidays that name one day a year, with the rule that finds the day.

Values are ``MM-DD`` for fixed days, ``MM-<weekday>-<n>`` for the n-th
weekday of a month (``11-TH-4``: fourth Thursday of November; ``-1`` is the
last), days after such a weekday (``11-TH-4+1``: the Friday after Thanksgiving),
and ``easter`` (+/- days) for the days tied to Easter Sunday.  Facts from the
US federal holiday calendar (5 U.S.C. 6103), the UK bank holidays, the
Gregorian computus and the US retail calendar (Black Friday, Cyber Monday).
"""

HOLIDAYS = {
    "black friday": "11-TH-4+1",
    "boxing day": "12-26",
    "christmas": "12-25",
    "christmas day": "12-25",
    "christmas eve": "12-24",
    "columbus day": "10-MO-2",
    "cyber monday": "11-TH-4+4",
    "easter": "easter+0",
    "easter monday": "easter+1",
    "easter sunday": "easter+0",
    "election day": "11-TU-E",
    "father's day": "06-SU-3",
    "fourth of july": "07-04",
    "good friday": "easter-2",
    "halloween": "10-31",
    "independence day": "07-04",
    "labor day": "09-MO-1",
    "martin luther king day": "01-MO-3",
    "martin luther king jr. day": "01-MO-3",
    "memorial day": "05-MO-1",
    "mother's day": "05-SU-2",
    "new year's day": "01-01",
    "new year's eve": "12-31",
    "presidents day": "02-MO-3",
    "presidents' day": "02-MO-3",
    "st. patrick's day": "03-17",
    "thanksgiving": "11-TH-4",
    "thanksgiving day": "11-TH-4",
    "valentine's day": "02-14",
    "veterans day": "11-11",
}  # fmt: skip
