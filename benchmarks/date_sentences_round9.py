"""The ninth round's news sentences for the date stage (issue 20), none from the development
sets, written with their gold timexes before the stage was run on them.  They aim at the
families issue 20 still misses most on unseen news: anchored and indefinite durations, the
past or next N units, ranges as two timexes, durations as modifiers ("a 10-year sentence")
and ages that are no timexes, anaphoric anchors, times with zones, and span conventions;
in copy from outlets and countries the earlier rounds lacked or had little of (Kenya, the
Philippines, Scotland and Wales, India, Pakistan and Sri Lanka, the Caribbean, the Pacific
islands, Ghana, Zambia, Uganda, Malaysia).  Values follow the TimeML 1.2.1 guidelines
(TimeBank where they are silent, and the conventions of the earlier rounds), reference
Thursday 2024-03-14.  Read by ``benchmarks/date_sentences.py``.
"""

from __future__ import annotations

from date_sentences_round5 import Row

# fmt: off
ROUND9: dict[str, list[Row]] = {
    'anchored9': [
        ('The Fijian government lifted the curfew two days after the riots.', [('two days', 'P2D')]),
        ("Jamaica's opposition leader resigned less than a month before the general election.", [('less than a month', 'P1M')]),
        ('Police in Kisumu arrived hours after the clashes began.', [('hours', 'PTXH')]),
        ('The Ghanaian cedi recovered weeks after the IMF deal was signed.', [('weeks', 'PXW')]),
        ('Six weeks after the cyclone, parts of Vanuatu are still without power.', [('Six weeks', 'P6W')]),
        ('The Samoan prime minister will travel to Wellington ten days from now.', [('ten days', 'P10D'), ('now', 'PRESENT_REF')]),
        ('The suspect was re-arrested within 48 hours of his release.', [('48 hours', 'PT48H')]),
        ('A week on from the floods, roads in Sabah remain closed.', [('A week', 'P1W')]),
        ('The bridge in Cebu reopened nearly three years after it collapsed.', [('nearly three years', 'P3Y')]),
        ('Two decades after the ceasefire, Bougainville voted for independence.', [('Two decades', 'P20Y')]),
    ],
    'indefinite9': [
        ('Residents of Kibera have waited years for a clean water supply.', [('years', 'PXY')]),
        ('The Trinidad and Tobago dollar has been under pressure for months.', [('months', 'PXM')]),
        ('Talks between the unions and Scottish ministers could take weeks.', [('weeks', 'PXW')]),
        ('The Tongan volcano had been dormant for centuries.', [('centuries', 'PXY')]),
        ('Malaysian police spent several days searching the forest.', [('several days', 'PXD')]),
        ('The Barbados parliament has debated the bill for the past few weeks.', [('the past few weeks', 'PXW')]),
        ('The dispute over the land in Nakuru goes back decades.', [('decades', 'PXY')]),
        ('Power cuts in Lahore now last hours at a time.', [('now', 'PRESENT_REF'), ('hours', 'PTXH')]),
        ('The repairs to the Kingston port are expected to take many months.', [('many months', 'PXM')]),
        ('Sri Lanka has endured decades of ethnic conflict.', [('decades', 'PXY')]),
        ('In recent months, remittances to the Philippines have risen.', [('recent months', 'PXM')]),
        ("Uganda's shilling weakened over the past several days.", [('the past several days', 'PXD')]),
    ],
    'ranges9': [
        ('Zambia held the presidency of the bloc from 2019 to 2021.', [('2019', '2019'), ('2021', '2021')]),
        ("Kenya's budget for the 2024/25 financial year will be read in June.", [('2024', '2024'), ('25', '2025'), ('June', '2024-06')]),
        ('The Edinburgh Festival Fringe runs from 2 to 26 August.', [('2', '2024-08-02'), ('26 August', '2024-08-26')]),
        ('Flights to Port Moresby will be suspended March 18-22.', [('March 18', '2024-03-18'), ('22', '2024-03-22')]),
        ('The prison terms ranged between 10 and 15 years.', [('10', 'P10Y'), ('15 years', 'P15Y')]),
        ('The procedure takes 10-15 minutes.', [('10', 'PT10M'), ('15 minutes', 'PT15M')]),
        ('Dr Ali served as health minister between 2015 and 2020.', [('2015', '2015'), ('2020', '2020')]),
        ('The boil-water notice will stay in place for two to three days.', [('two', 'P2D'), ('three days', 'P3D')]),
        ('Enrolment for the 2023-24 school year fell in Manitoba.', [('2023', '2023'), ('24', '2024')]),
        ('Voting in the Solomon Islands will take place between 8am and 4pm.', [('8am', '2024-03-14T08:00'), ('4pm', '2024-03-14T16:00')]),
        ('The Scottish Parliament will be in recess from March 30 to April 14.', [('March 30', '2024-03-30'), ('April 14', '2024-04-14')]),
        ('The Canadian wildfire season lasted from May until October.', [('May', '2023-05'), ('October', '2023-10')]),
    ],
    'past_next9': [
        ('Inflation in Ghana has fallen for the past three months.', [('the past three months', 'P3M')]),
        ('The Philippine economy is expected to grow over the next decade.', [('the next decade', 'P10Y')]),
        ('Fiji has received more than 200,000 visitors in the last 12 months.', [('the last 12 months', 'P12M')]),
        ('The Kenyan government will recruit 20,000 teachers over the next two years.', [('the next two years', 'P2Y')]),
        ("Nigeria's central bank has raised rates three times in the past 12 months.", [('the past 12 months', 'P12M')]),
        ('Heavy rain is expected across Fiji over the next 36 hours.', [('the next 36 hours', 'PT36H')]),
        ("Scotland's population grew in the year to June 2023.", [('the year', 'P1Y'), ('June 2023', '2023-06')]),
        ('The Cook Islands will hold an election within the next six months.', [('the next six months', 'P6M')]),
    ],
    'modifier9': [
        ('A Nairobi court handed the former official a 10-year sentence.', [('10-year', 'P10Y')]),
        ('Nurses in Lagos began a three-day warning strike on Monday.', [('three-day', 'P3D'), ('Monday', '2024-03-11')]),
        ('The government in Suva announced a 30-day state of emergency.', [('30-day', 'P30D')]),
        ("Manitoba signed a five-year deal with the nurses' union.", [('five-year', 'P5Y')]),
        ('The decade-long conflict in Mindanao displaced thousands.', [('decade-long', 'P10Y')]),
        ('A month-long investigation by the Irish Times found the same.', [('month-long', 'P1M')]),
        ('The Samoan team will hold a two-week training camp in Apia.', [('two-week', 'P2W')]),
        ("Ghana's parliament approved a three-year IMF programme in 2023.", [('three-year', 'P3Y'), ('2023', '2023')]),
        ('He is serving a life sentence.', []),
    ],
    'ages9': [
        ('A 23-year-old man has been charged over the stabbing in Glasgow.', []),
        ('The 67-year-old former senator died in Quezon City.', []),
        ('Girls aged between 9 and 14 will receive the HPV vaccine in Uganda.', []),
        ('A two-year-old boy was rescued from the rubble in Papua New Guinea.', []),
        ('The scheme is open to people in their 60s and 70s.', []),
        ('Children under five years old are most at risk, the ministry said.', []),
        ('She began playing cricket at the age of eight.', []),
        ('Youths between the ages of 18 and 35 qualify for the loan.', []),
        ('The Jamaican sprinter, 31, announced her retirement on Tuesday.', [('Tuesday', '2024-03-12')]),
    ],
    'anaphora9': [
        ('The MV Princess of the Stars sank on 21 June 2008, and the search was called off the following week.', [('21 June 2008', '2008-06-21'), ('the following week', '2008-W26')]),
        ('Typhoon Haiyan struck on November 8, 2013; two days later the death toll passed 1,000.', [('November 8, 2013', '2013-11-08'), ('two days', 'P2D')]),
        ('The Kenyan shilling hit a record low in January 2024 and recovered the next month.', [('January 2024', '2024-01'), ('the next month', '2024-02')]),
        ('Grenada became independent in 1974. Five years later, a coup toppled the government.', [('1974', '1974'), ('Five years', 'P5Y')]),
        ('The Scottish referendum was held in September 2014; two years earlier, the deal had been signed in Edinburgh.', [('September 2014', '2014-09'), ('two years earlier', '2012')]),
        ('Parliament in Port of Spain was dissolved on 3 May 2020, and the election took place that August.', [('3 May 2020', '2020-05-03'), ('that August', '2020-08')]),
        ('A landslide hit Enga on May 24, 2023, and rescuers reached the village the next morning.', [('May 24, 2023', '2023-05-24'), ('the next morning', '2023-05-25TMO')]),
        ('Sri Lanka defaulted in April 2022. By the end of that year, inflation had peaked.', [('April 2022', '2022-04'), ('the end of that year', '2022')]),
        ('The Indian rupee fell to a record in October 2023, a month after it had rallied.', [('October 2023', '2023-10'), ('a month', 'P1M')]),
        ('Voters in Bougainville went to the polls in late 2019, and the results were announced that December.', [('late 2019', '2019'), ('that December', '2019-12')]),
    ],
    'zones9': [
        ('The alert was issued at 10 a.m. EAT Wednesday.', [('10 a.m. EAT Wednesday', '2024-03-13T10:00')]),
        ('The Philippine Stock Exchange closed at 3:30 p.m. Manila time.', [('3:30 p.m. Manila time', '2024-03-14T15:30')]),
        ('The eclipse will be visible from 2:15 p.m. NZDT.', [('2:15 p.m. NZDT', '2024-03-14T14:15')]),
        ('The markets in Nairobi open at 0900 GMT.', [('0900 GMT', '2024-03-14T09:00Z')]),
        ('The blast occurred in Lahore at 11:20 a.m. (0620 GMT) Sunday.', [('11:20 a.m.', '2024-03-10T11:20'), ('0620 GMT', '2024-03-10T06:20Z'), ('Sunday', '2024-03-10')]),
        ('The cyclone made landfall near Nadi at 4am Fiji time.', [('4am Fiji time', '2024-03-14T04:00')]),
        ('The vote in Ottawa is set for 3 p.m. ET Thursday.', [('3 p.m. ET Thursday', '2024-03-14T15:00')]),
        ('The Dublin rally is due to start at 2pm Irish time.', [('2pm Irish time', '2024-03-14T14:00')]),
        ('Polls in Trinidad close at 6 p.m. AST.', [('6 p.m. AST', '2024-03-14T18:00')]),
        ('Kick-off at Hampden is at 17:30 GMT.', [('17:30 GMT', '2024-03-14T17:30Z')]),
        ('Rescue teams arrived at 6:45 a.m. IST Friday.', [('6:45 a.m. IST Friday', '2024-03-08T06:45')]),
    ],
    'spans9': [
        ("Kenya's president will address parliament in Thursday's session.", [('Thursday', '2024-03-14')]),
        ('The Jamaica Observer reported just two days ago that the deal was off.', [('two days ago', '2024-03-12')]),
        ('Inflation in Sri Lanka has eased for a mere three months.', [('a mere three months', 'P3M')]),
        ('The roads in Accra have been closed for at least two weeks.', [('at least two weeks', 'P2W')]),
        ('The Welsh government spent more than a decade planning the road.', [('more than a decade', 'P10Y')]),
        ('Queues at the Manila passport office stretched for almost five hours.', [('almost five hours', 'PT5H')]),
        ('Floods in Kerala killed 12 people over the weekend.', [('the weekend', '2024-W10-WE')]),
        ("Monday's ruling by the Supreme Court in Abuja surprised lawyers.", [('Monday', '2024-03-11')]),
        ('The ban will run until the end of the month.', [('the end of the month', '2024-03')]),
        ('Lawmakers in Wellington sat until the early hours of Wednesday.', [('Wednesday', '2024-03-13')]),
        ('The Cayman Islands currently has no income tax.', [('currently', 'PRESENT_REF')]),
        ('Back then, Suva was a quiet port.', [('Back then', 'PAST_REF')]),
    ],
    'counted9': [
        ('The Zambian health ministry has 90 days to clear the backlog.', [('90 days', 'P90D')]),
        ("Guyana's oil output has tripled in two years.", [('two years', 'P2Y')]),
        ('The Malaysian prime minister spent an hour and a half with the protesters.', [('an hour and a half', 'PT1H30M')]),
        ('The Pacific Islands Forum meets every two years.', [('every two years', 'P2Y')]),
        ('The boy had been missing for a day and a half.', [('a day and a half', 'P1DT12H')]),
        ('The Kenyan runner won in 2:05:33, a course record.', [('2:05:33', 'PT2H5M33S')]),
        ('The queen reigned for seven decades.', [('seven decades', 'P70Y')]),
    ],
}
# fmt: on
