"""News sentences written for the date stage, none taken from the development sets: the
families of issue 20 as held-out news prints them, each sentence with the timexes the TimeML
1.2.1 guidelines give it (TimeBank where they are silent), reference Thursday 2024-03-14.

    python benchmarks/date_sentences.py [--failures]

Prints how many sentences of each family come out exactly right (spans and values).  The
fifth round of issue 20 wrote the first 224 (families marked 5), the sixth added new news
styles (court, business wire, sport, British and South Asian English, broadcast, weather)
and the families it fixed (marked 6), the seventh outlets, countries and registers still
missing (marked 7), the eighth (``date_sentences_round8.py``, marked 8) more registers
and countries: parliament, company results, weather and disasters, sport fixtures,
election timelines, obituaries, the ninth (``date_sentences_round9.py``, marked 9) the
families issue 20 still misses most (durations, ranges, ages, anchors, zones, spans) in copy
from Kenya, the Philippines, Scotland, South Asia, the Caribbean and the Pacific, the tenth
(``date_sentences_round10.py``, marked 10) results, sport, court, parliament, weather,
obituary and election copy from the Faroe Islands, Yukon, Zanzibar, Andorra, Mauritius,
Bavaria, Haiti, Tasmania, Assam and Cape Verde, the eleventh (``date_sentences_round11.py``,
marked 11) health, fiscal-period, court, sport, obituary, weather and election copy and the
date styles of British, Indian and African news, from Botswana to Bangladesh, the twelfth
(``date_sentences_round12.py``, marked 12) wire, results, court, sport, obituary, weather
and election copy from Chile to Mongolia, anchors, race times and the date styles of more
countries.  A report, not a test: expected failures stay here so
that a later round sees them; the families fixed have example tables under ``tests/``.
"""

from __future__ import annotations

import argparse
import datetime as dt

from date_sentences_round5 import ROUND5, Row
from date_sentences_round8 import ROUND8
from date_sentences_round9 import ROUND9
from date_sentences_round10 import ROUND10
from date_sentences_round11 import ROUND11
from date_sentences_round12 import ROUND12

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


#: The seventh round's sentences: outlets, countries and registers the set lacked
#: (Australia, Canada, Ireland, Nigeria, Kenya, South Africa, the Philippines, Singapore,
#: obituaries, press releases, science, live blogs, parliament, shipping), written with
#: their gold values before the stage was run on them.
# fmt: off
ROUND7: dict[str, list[Row]] = {
    'oceania_canada_ireland': [
        ('The Reserve Bank left the cash rate on hold at its meeting on Tuesday.', [('Tuesday', '2024-03-12')]),
        ('The Sydney Morning Herald revealed in February that the deal had collapsed.', [('February', '2024-02')]),
        ('Voters in Tasmania go to the polls on March 23.', [('March 23', '2024-03-23')]),
        ('The Bank of Canada held its key rate at 5 per cent for a fifth consecutive meeting.', []),
        ('Ottawa announced the funding on Monday, nearly a year after the wildfires.', [('Monday', '2024-03-11'), ('nearly a year', 'P1Y')]),
        ('The strike by 155,000 federal workers lasted 12 days last spring.', [('12 days', 'P12D'), ('last spring', '2023-SP')]),
        ('The Dáil will rise for the Easter recess on March 21.', [('March 21', '2024-03-21')]),
        ('The referendum was held on Friday, March 8.', [('Friday, March 8', '2024-03-08')]),
    ],
    'africa': [
        ('The naira has lost more than 70 per cent of its value since June.', [('June', '2023-06')]),
        ('The Central Bank of Nigeria raised its benchmark rate by 400 basis points in February.', [('February', '2024-02')]),
        ('Fuel queues returned to Lagos for the second time in three months.', [('three months', 'P3M')]),
        ('The finance bill will be tabled in parliament in June.', [('June', '2024-06')]),
        ('Nairobi recorded 180 millimetres of rain in 24 hours.', [('24 hours', 'PT24H')]),
        ('Eskom has implemented stage 6 load shedding for the past five days.', [('the past five days', 'P5D')]),
        ('South Africans vote on May 29 in the most contested election since 1994.', [('May 29', '2024-05-29'), ('1994', '1994')]),
        ("NAIROBI, March 13 (Reuters) - Kenya's shilling firmed on Wednesday.", [('March 13', '2024-03-13'), ('Wednesday', '2024-03-13')]),
    ],
    'asia': [
        ('The typhoon made landfall early Wednesday.', [('early Wednesday', '2024-03-13')]),
        ("Singapore's economy grew 2.2 per cent in the fourth quarter from a year earlier.", [('the fourth quarter', '2023-Q4'), ('a year earlier', '2022-Q4')]),
        ('The Lok Sabha polls will be held in seven phases starting April 19.', [('April 19', '2024-04-19')]),
        ('Onion prices have doubled in a fortnight.', [('a fortnight', 'P2W')]),
        ('The ferry has been out of service since last October.', [('last October', '2023-10')]),
    ],
    'obituary': [
        ('She died on Tuesday at the age of 92.', [('Tuesday', '2024-03-12')]),
        ('Born in 1931 in Cork, he emigrated to Boston in the 1950s.', [('1931', '1931'), ('the 1950s', '195')]),
        ('He spent four decades at the newspaper before retiring in 2009.', [('four decades', 'P40Y'), ('2009', '2009')]),
    ],
    'wire_release': [
        ('The company expects to close the transaction in the second half of 2024.', [('the second half of 2024', '2024-H2')]),
        ('The dividend is payable on April 30 to shareholders of record on April 15.', [('April 30', '2024-04-30'), ('April 15', '2024-04-15')]),
        ('The update rolled out to users over the past two weeks.', [('the past two weeks', 'P2W')]),
        ('The phone goes on sale next Tuesday.', [('next Tuesday', '2024-03-19')]),
        ('The outage affected millions of users for about six hours on Tuesday.', [('six hours', 'PT6H'), ('Tuesday', '2024-03-12')]),
    ],
    'science_health': [
        ('Patients were followed for a median of 5.2 years.', [('5.2 years', 'P5.2Y')]),
        ('The vaccine must be given within 72 hours of exposure.', [('72 hours', 'PT72H')]),
        ('Symptoms typically appear two to 14 days after infection.', [('two', 'P2D'), ('14 days', 'P14D')]),
        ('The probe will reach Jupiter in 2031.', [('2031', '2031')]),
        ('The telescope took images every 90 minutes.', [('every 90 minutes', 'PT90M')]),
        ('The drug cut the risk of death by a third in patients over 65 years.', []),
    ],
    'elections_courts': [
        ('Polls close at 8 p.m. local time.', [('8 p.m. local time', '2024-03-14T20:00')]),
        ('Turnout was 61 percent, down from 66 percent four years ago.', [('four years ago', '2020')]),
        ('The new parliament will sit for the first time on April 2.', [('April 2', '2024-04-02')]),
        ('The suspect was arrested late Saturday.', [('late Saturday', '2024-03-09')]),
        ('He was sentenced to life with a minimum term of 25 years.', [('25 years', 'P25Y')]),
        ('The hearing was adjourned to a date to be fixed.', []),
        ('The inquest heard that she had been dead for up to three days.', [('up to three days', 'P3D')]),
    ],
    'sport_markets': [
        ('The Lions have lost four of their last five games.', []),
        ('The season opener is on March 28 against Boston.', [('March 28', '2024-03-28')]),
        ('The club went 14 months without an away win.', [('14 months', 'P14M')]),
        ('The yen hit a 34-year low against the dollar.', [('34-year', 'P34Y')]),
        ('Gold rose to a record on Friday before easing on Monday.', [('Friday', '2024-03-08'), ('Monday', '2024-03-11')]),
        ('Inflation rose to 3.2 percent in February from 3.1 percent a month earlier.', [('February', '2024-02'), ('a month earlier', '2024-01')]),
        ('Markets were closed on Monday for a public holiday.', [('Monday', '2024-03-11')]),
        ('Exports fell in January and February.', [('January', '2024-01'), ('February', '2024-02')]),
    ],
    'weather_transport': [
        ('Farmers have had no rain for 40 days.', [('40 days', 'P40D')]),
        ('The monsoon is expected to arrive in early June.', [('early June', '2024-06')]),
        ('Frost is likely tonight and early tomorrow.', [('tonight', '2024-03-14TNI'), ('early tomorrow', '2024-03-15')]),
        ('Winds will ease by Saturday afternoon.', [('Saturday afternoon', '2024-03-16TAF')]),
        ('The flight landed at 06:45 GMT.', [('06:45 GMT', '2024-03-14T06:45Z')]),
        ('The ship has been stranded in the canal for six days.', [('six days', 'P6D')]),
        ('The airline will resume flights to Beirut from April 1.', [('April 1', '2024-04-01')]),
        ('The quake struck at 03:15 GMT Sunday.', [('03:15 GMT Sunday', '2024-03-10T03:15Z')]),
        ('The hotel is a 10-minute walk from the station.', [('10-minute', 'PT10M')]),
    ],
    'feature_liveblog': [
        ('A decade ago, few people had heard of the app.', [('A decade ago', '2014')]),
        ('For much of the 20th century, the mill employed half the town.', [('the 20th century', '19')]),
        ('Nowadays, most tickets are sold online.', [('Nowadays', 'PRESENT_REF')]),
        ('In the early 2000s, the town had three cinemas.', [('the early 2000s', '200')]),
        ('The minister is due to speak at 10am.', [('10am', '2024-03-14T10:00')]),
        ('Updates will continue throughout the evening.', [('the evening', '2024-03-14TEV')]),
    ],
    'parliament_arts': [
        ('The bill passed its third reading by 312 votes to 150 on Wednesday night.', [('Wednesday night', '2024-03-13TNI')]),
        ('Lawmakers have until the end of the month to agree a budget.', [('the end of the month', '2024-03')]),
        ('The assembly sat for 19 hours straight.', [('19 hours', 'PT19H')]),
        ('House prices fell for the third month in a row in February.', [('February', '2024-02')]),
        ('The film opens in cinemas on March 22 after a two-week delay.', [('March 22', '2024-03-22'), ('two-week', 'P2W')]),
        ('The musical closed after a 12-year run.', [('12-year', 'P12Y')]),
    ],
    'anaphora7': [
        ('The ceasefire took effect on March 1. Two days later, fighting resumed.', [('March 1', '2024-03-01'), ('Two days', 'P2D')]),
        ('The plant opened in 1987. Within a year, it employed 2,000 people.', [('1987', '1987'), ('a year', 'P1Y')]),
        ('Her contract runs until 2026. That year, she will turn 40.', [('2026', '2026'), ('That year', '2026')]),
        ('Protests began in October 2022 and by the following January had spread nationwide.', [('October 2022', '2022-10'), ('the following January', '2023-01')]),
        ('Rescuers found the climber on Sunday; he had gone missing the previous day.', [('Sunday', '2024-03-10'), ('the previous day', '2024-03-09')]),
    ],
    'ranges7': [
        ('The conference runs from 18 to 20 March in Geneva.', [('18', '2024-03-18'), ('20 March', '2024-03-20')]),
        ('Fees rose in 2019-20 by nine per cent.', [('2019', '2019'), ('20', '2020')]),
    ],
}
# fmt: on

#: family -> (round that wrote it, sentences with their expected timexes)
FAMILIES: dict[str, tuple[int, list[Row]]] = {
    **{family: (5, rows) for family, rows in ROUND5.items()},
    **{family: (6, rows) for family, rows in ROUND6.items()},
    **{family: (7, rows) for family, rows in ROUND7.items()},
    **{family: (8, rows) for family, rows in ROUND8.items()},
    **{family: (9, rows) for family, rows in ROUND9.items()},
    **{family: (10, rows) for family, rows in ROUND10.items()},
    **{family: (11, rows) for family, rows in ROUND11.items()},
    **{family: (12, rows) for family, rows in ROUND12.items()},
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
