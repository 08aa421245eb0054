"""Holidays that name one day a year, with the rule that finds the day.

Values are ``MM-DD`` for fixed days, ``MM-<weekday>-<n>`` for the n-th
weekday of a month (``11-TH-4``: fourth Thursday of November; ``-1`` is the
last), days after such a weekday (``11-TH-4+1``: the Friday after Thanksgiving),
and ``easter`` (+/- days) for the days tied to Easter Sunday.  Facts from the
US federal holiday calendar (5 U.S.C. 6103), the UK bank holidays, the
Gregorian computus and the US retail calendar (Black Friday, Cyber Monday); the
eighth round of issue 20 added the fixed national days of Commonwealth news
(Anzac Day, Australia Day, Canada Day, Waitangi Day, Nigeria's Democracy Day,
Remembrance Day and Sunday), the patron saints' days of Ireland and Britain, and
the days of Lent and Whitsun tied to Easter.  A saint's day is written "st."; the
grammar reads it as "St", "St." or "Saint".  Names several countries give
different days (Labour Day, Thanksgiving in Canada, Independence Day outside the
US) are not added.
"""

HOLIDAYS = {
    "anzac day": "04-25",
    "armistice day": "11-11",
    "ash wednesday": "easter-46",
    "australia day": "01-26",
    "black friday": "11-TH-4+1",
    "bonfire night": "11-05",
    "boxing day": "12-26",
    "burns night": "01-25",
    "canada day": "07-01",
    "christmas": "12-25",
    "christmas day": "12-25",
    "christmas eve": "12-24",
    "columbus day": "10-MO-2",
    "cyber monday": "11-TH-4+4",
    "democracy day": "06-12",
    "easter": "easter+0",
    "easter monday": "easter+1",
    "easter sunday": "easter+0",
    "election day": "11-TU-E",
    "father's day": "06-SU-3",
    "fourth of july": "07-04",
    "good friday": "easter-2",
    "guy fawkes night": "11-05",
    "halloween": "10-31",
    "independence day": "07-04",
    "juneteenth": "06-19",
    "labor day": "09-MO-1",
    "martin luther king day": "01-MO-3",
    "martin luther king jr. day": "01-MO-3",
    "maundy thursday": "easter-3",
    "memorial day": "05-MO-1",
    "mother's day": "05-SU-2",
    "mothering sunday": "easter-21",
    "new year's day": "01-01",
    "new year's eve": "12-31",
    "palm sunday": "easter-7",
    "presidents day": "02-MO-3",
    "presidents' day": "02-MO-3",
    "remembrance day": "11-11",
    "remembrance sunday": "11-SU-2",
    "shrove tuesday": "easter-47",
    "st. andrew's day": "11-30",
    "st. david's day": "03-01",
    "st. george's day": "04-23",
    "st. patrick's day": "03-17",
    "st. stephen's day": "12-26",
    "thanksgiving": "11-TH-4",
    "thanksgiving day": "11-TH-4",
    "valentine's day": "02-14",
    "veterans day": "11-11",
    "waitangi day": "02-06",
    "whit monday": "easter+50",
}  # fmt: skip
