"""News sentences written for the date stage, none taken from the development sets: the
families of issue 20 as held-out news prints them, each sentence with the timexes the TimeML
1.2.1 guidelines give it (TimeBank where they are silent), reference Thursday 2024-03-14.

    python benchmarks/date_sentences.py [--failures]

Prints how many sentences of each family come out exactly right (spans and values).  The
fifth round of issue 20 wrote the first 224 (families marked 5), the sixth added new news
styles (court, business wire, sport, British and South Asian English, broadcast, weather)
and the families it fixed (marked 6).  A report, not a test: expected failures stay here so
that a later round sees them; the families fixed have example tables under ``tests/``.
"""

from __future__ import annotations

import argparse
import datetime as dt

from date_sentences_round5 import ROUND5, Row

from newsstruct.dates import find_dates
from newsstruct.model import Span

REFERENCE = dt.date(2024, 3, 14)


#: The sixth round's sentences: new news styles and the families it fixed.
# fmt: off
ROUND6: dict[str, list[Row]] = {
    'allotted_unit': [
        ('The landlord gave tenants a week to leave the building.', [('a week', 'P1W')]),
        ('Regulators have given the bank a month to fix its controls.', [('a month', 'P1M')]),
        ('Rebels were offered a day to lay down their arms.', [('a day', 'P1D')]),
        ('The council has a year to draw up a new plan.', [('a year', 'P1Y')]),
        ('Judges granted him a week to file the appeal.', [('a week', 'P1W')]),
        ('The scheme costs taxpayers $40 million a year.', []),
        ('Crews worked 16 hours a day to clear the rubble.', [('16 hours', 'PT16H')]),
        ('The clinic sees 300 patients a week.', []),
    ],
    'generations_of': [
        ('A new generation of electric buses entered service.', []),
        ('Four generations of the Okafor family gathered at the farm.', []),
        ('Successive generations of fighter jets were built at the plant.', []),
        ('The feud has divided the valley for generations.', [('generations', 'PXY')]),
        ('The reforms will take a generation to bear fruit.', [('a generation', 'PXY')]),
    ],
    'early_hours': [
        ('The fire broke out in the early hours of Sunday.', [('Sunday', '2024-03-10')]),
        ('Police raided the flat in the early hours.', []),
        ('Talks ran into the small hours of Tuesday.', [('Tuesday', '2024-03-12')]),
        ('Revellers partied into the wee hours.', []),
        ('Rescuers worked for hours in the rain.', [('hours', 'PTXH')]),
    ],
    'someday': [
        ('She hopes to one day lead the party.', [('one day', 'FUTURE_REF')]),
        ('Engineers say the reactor could one day power the city.', [('one day', 'FUTURE_REF')]),
        ('He dreams of one day returning to his village.', [('one day', 'FUTURE_REF')]),
        ('The strike lasted one day.', [('one day', 'P1D')]),
        ('Shares rose 4 percent in one day.', [('one day', 'P1D')]),
    ],
    'term': [
        ('Analysts expect prices to stay high in the near term.', [('the near term', 'FUTURE_REF')]),
        ('The cuts may help in the short term but hurt growth in the long term.', [('the short term', 'FUTURE_REF'), ('the long term', 'FUTURE_REF')]),
        ('The bonds will be sold at a later date, the ministry said.', [('a later date', 'FUTURE_REF')]),
        ('The vote was postponed to a later date.', [('a later date', 'FUTURE_REF')]),
        ('She chairs the long term care committee.', []),
        ('The short-term loans carry high rates.', []),
    ],
    'unit_plural_clause': [
        ('Fuel prices could climb further in the weeks to come.', [('the weeks to come', 'PXW')]),
        ('The scandal will shape politics for years to come.', [('years', 'PXY')]),
        ('In the months that followed, the party split.', [('months', 'PXM')]),
        ('In the years that followed, the town rebuilt its port.', [('years', 'PXY')]),
        ('The days that followed were chaotic.', [('days', 'PXD')]),
    ],
    'generic_today': [
        ("Today's teenagers rarely read newspapers.", [('Today', 'PRESENT_REF')]),
        ("In today's world, privacy is scarce.", [('today', 'PRESENT_REF')]),
        ('They are building the schools of tomorrow.', [('tomorrow', 'FUTURE_REF')]),
        ("Today's vote was delayed by an hour.", [('Today', '2024-03-14'), ('an hour', 'PT1H')]),
        ("Tomorrow's match is sold out.", [('Tomorrow', '2024-03-15')]),
    ],
    'court': [
        ('He was jailed for 18 months and banned from driving for three years.', [('18 months', 'P18M'), ('three years', 'P3Y')]),
        ('She received a two-year suspended sentence.', [('two-year', 'P2Y')]),
        ('The trial is expected to last six weeks.', [('six weeks', 'P6W')]),
        ('The jury deliberated for nine hours over two days.', [('nine hours', 'PT9H'), ('two days', 'P2D')]),
        ('Sentencing was adjourned until April 22.', [('April 22', '2024-04-22')]),
    ],
    'business': [
        ('Revenue rose 8% in the three months to June.', [('the three months', 'P3M'), ('June', '2023-06')]),
        ('Profit for fiscal 2023 fell by a fifth.', [('fiscal 2023', '2023')]),
        ('The company will report first-quarter results on April 25.', [('first-quarter', '2024-Q1'), ('April 25', '2024-04-25')]),
        ('Shares have doubled over the past 12 months.', [('the past 12 months', 'P12M')]),
        ('The loan matures in 2031.', [('2031', '2031')]),
        ('Orders fell for a third straight month in February.', [('February', '2024-02')]),
    ],
    'sport': [
        ('She won gold at the 2022 Games.', [('2022', '2022')]),
        ('The club has not won the league in 30 years.', [('30 years', 'P30Y')]),
        ('The final will be played on Sunday evening.', [('Sunday evening', '2024-03-17TEV')]),
        ('He retired last season after a decade at the club.', [('a decade', 'P10Y')]),
    ],
    'british': [
        ('The inquiry will report a fortnight from now.', [('a fortnight', 'P2W'), ('now', 'PRESENT_REF')]),
        ('The strike ended a fortnight ago.', [('a fortnight ago', '2024-W09')]),
        ('MPs return from recess on Monday week.', [('Monday week', '2024-03-25')]),
        ('The bill had its second reading on 12 March.', [('12 March', '2024-03-12')]),
    ],
    'broadcast': [
        ('Good evening. Tonight, the storm moves east.', [('Tonight', '2024-03-14TNI')]),
        ('Earlier today, the minister resigned.', [('Earlier today', '2024-03-14')]),
        ("We'll have more on that later this hour.", [('this hour', '2024-03-14T')]),
        ('Coming up after the break: the week ahead in markets.', [('the week ahead', '2024-W12')]),
    ],
    'asian_english': [
        ('The new fares apply from next month.', [('next month', '2024-04')]),
        ('The minister will visit Dhaka on Monday evening.', [('Monday evening', '2024-03-18TEV')]),
        ('The scheme was launched two years back.', [('two years back', '2022')]),
        ('Polling will be held in seven phases from April 19 to June 1.', [('April 19', '2024-04-19'), ('June 1', '2024-06-01')]),
    ],
    'weather': [
        ('Heavy rain is forecast overnight Tuesday into Wednesday.', [('Tuesday', '2024-03-19'), ('Wednesday', '2024-03-20')]),
        ('Temperatures will stay below freezing for the next 48 hours.', [('the next 48 hours', 'PT48H')]),
        ('It was the wettest February on record.', [('February', '2024-02')]),
    ],
}
# fmt: on

#: family -> (round that wrote it, sentences with their expected timexes)
FAMILIES: dict[str, tuple[int, list[Row]]] = {
    **{family: (5, rows) for family, rows in ROUND5.items()},
    **{family: (6, rows) for family, rows in ROUND6.items()},
}


def timexes(text: str) -> list[tuple[str, str | None]]:
    """The date stage's timexes of ``text`` as (span text, value)."""
    found = find_dates(text, (Span.of(text, 0, len(text)),), REFERENCE)
    return [(d.text, d.value) for d in found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--failures", action="store_true", help="print each failing sentence")
    args = parser.parse_args()
    passed = total = 0
    for family, (round_written, rows) in FAMILIES.items():
        right = 0
        for text, expected in rows:
            got = timexes(text)
            right += got == expected
            if got != expected and args.failures:
                print(f"[{family}] {text}\n    got      {got}\n    expected {expected}")
        print(f"{family:24} round {round_written}  {right:3d} / {len(rows)}")
        passed, total = passed + right, total + len(rows)
    print(f"all {passed} / {total}")


if __name__ == "__main__":
    main()
