"""The eighth round's news sentences (65 written first, 30 more in a second batch once the
first families were fixed) for the date stage (issue 20), none from the development
sets, written with their gold timexes before the stage was run on them: registers and
outlets the earlier rounds lacked or had little of (Australian, Irish, Nigerian and Canadian
news; parliamentary reports; company results; weather and disaster updates; sport fixtures;
election timelines; obituaries).  Values follow the TimeML 1.2.1 guidelines (TimeBank where
they are silent), reference Thursday 2024-03-14.  Read by ``benchmarks/date_sentences.py``.
"""

from __future__ import annotations

from date_sentences_round5 import Row

# fmt: off
ROUND8: dict[str, list[Row]] = {
    'australia8': [
        ('The Reserve Bank of Australia will next meet on April 2.', [('April 2', '2024-04-02')]),
        ('The ASX 200 closed 0.4 per cent higher on Thursday afternoon.', [('Thursday afternoon', '2024-03-14TAF')]),
        ('Net profit for the six months to December 31 rose 12 per cent.', [('the six months', 'P6M'), ('December 31', '2023-12-31')]),
        ('Bushfire crews are bracing for catastrophic conditions on Saturday.', [('Saturday', '2024-03-16')]),
        ('The ABS will release the March quarter CPI on April 24.', [('March quarter', '2024-Q1'), ('April 24', '2024-04-24')]),
    ],
    'ireland8': [
        ("The Taoiseach will travel to Washington for St Patrick's Day.", [("St Patrick's Day", '2024-03-17')]),
        ('The Central Statistics Office will publish the figures next Thursday.', [('next Thursday', '2024-03-21')]),
        ('Ireland host England at the Aviva Stadium on Saturday evening.', [('Saturday evening', '2024-03-16TEV')]),
        ('The Dáil sat until 11.42pm on Wednesday.', [('11.42pm', '2024-03-13T23:42'), ('Wednesday', '2024-03-13')]),
    ],
    'nigeria8': [
        ('The tribunal adjourned the matter till April 30.', [('April 30', '2024-04-30')]),
        ('The strike, which began on Monday, has crippled activities in federal hospitals.', [('Monday', '2024-03-11')]),
        ('The naira closed at N1,600 to the dollar at the parallel market on Wednesday.', [('Wednesday', '2024-03-13')]),
        ('The Senate on Tuesday passed the 2024 Appropriation Bill.', [('Tuesday', '2024-03-12'), ('2024', '2024')]),
        ('The court fixed April 15 for judgment.', [('April 15', '2024-04-15')]),
        ('The Super Eagles face Ghana in a friendly on March 22 in Marrakech.', [('March 22', '2024-03-22')]),
    ],
    'canada8': [
        ('Statistics Canada said the economy added 41,000 jobs in February.', [('February', '2024-02')]),
        ('The House of Commons rose for a two-week break on Friday.', [('two-week', 'P2W'), ('Friday', '2024-03-08')]),
        ("The Bank of Canada's next rate announcement is April 10.", [('April 10', '2024-04-10')]),
        ('The carbon tax rises on April 1.', [('April 1', '2024-04-01')]),
    ],
    'parliament8': [
        ('The Speaker suspended the sitting for 15 minutes.', [('15 minutes', 'PT15M')]),
        ('The second reading debate will resume on Tuesday, 19 March.', [('Tuesday, 19 March', '2024-03-19')]),
        ('Question time was extended by half an hour.', [('half an hour', 'PT30M')]),
        ('The committee must report back by the end of June.', [('the end of June', '2024-06')]),
        ('The Minister made a statement to the House on 5 March 2024.', [('5 March 2024', '2024-03-05')]),
    ],
    'results8': [
        ('Revenue for the fourth quarter ended December 31 was $2.1 billion.', [('the fourth quarter', '2023-Q4'), ('December 31', '2023-12-31')]),
        ('The company expects revenue growth of 5% in fiscal 2025.', [('fiscal 2025', '2025')]),
        ('Same-store sales fell 3% in the 13 weeks to March 2.', [('the 13 weeks', 'P13W'), ('March 2', '2024-03-02')]),
        ('The board declared a dividend of 25 cents a share, payable May 15.', [('May 15', '2024-05-15')]),
        ('Shares have fallen 30 per cent since the start of the year.', [('the start of the year', '2024')]),
        ('Trading in the shares was halted for two hours on Wednesday.', [('two hours', 'PT2H'), ('Wednesday', '2024-03-13')]),
    ],
    'weather_disaster8': [
        ('A severe weather warning is in place until 6pm tomorrow.', [('6pm tomorrow', '2024-03-15T18:00')]),
        ("The death toll from Sunday's earthquake has risen to 41.", [('Sunday', '2024-03-10')]),
        ('Rivers are not expected to peak until the weekend.', [('the weekend', '2024-W11-WE')]),
        ('More than 200 mm of rain fell in the 24 hours to 9am.', [('the 24 hours', 'PT24H'), ('9am', '2024-03-14T09:00')]),
        ('The heatwave is forecast to last until at least Tuesday.', [('Tuesday', '2024-03-19')]),
        ('The aftershocks continued for more than a week.', [('more than a week', 'P1W')]),
        ('Power has been out for almost 72 hours in parts of the county.', [('almost 72 hours', 'PT72H')]),
        ('Firefighters have battled the blaze since Saturday night.', [('Saturday night', '2024-03-09TNI')]),
        ('Temperatures are expected to reach 40C by the middle of next week.', [('the middle of next week', '2024-W12')]),
        ('The quake was the strongest to hit the region in more than a century.', [('more than a century', 'P100Y')]),
        ('Flights resumed on Wednesday morning after a 36-hour closure.', [('Wednesday morning', '2024-03-13TMO'), ('36-hour', 'PT36H')]),
    ],
    'sport8': [
        ('Kick-off is at 7.45pm.', [('7.45pm', '2024-03-14T19:45')]),
        ('The second Test starts in Christchurch on Friday.', [('Friday', '2024-03-15')]),
        ('The Blues have won three games in 11 days.', [('11 days', 'P11D')]),
        ('The grand final will be played on the last Saturday in September.', [('the last Saturday in September', '2024-09-28')]),
        ('The derby was postponed for 24 hours because of a waterlogged pitch.', [('24 hours', 'PT24H')]),
        ('She has held the world record for 12 years.', [('12 years', 'P12Y')]),
        ('The tournament runs from June 14 to July 14.', [('June 14', '2024-06-14'), ('July 14', '2024-07-14')]),
    ],
    'elections8': [
        ('Nominations close on March 28 and polling day is April 20.', [('March 28', '2024-03-28'), ('April 20', '2024-04-20')]),
        ('Early voting opens two weeks before the vote.', [('two weeks', 'P2W')]),
        ('The electoral commission has 60 days to certify the results.', [('60 days', 'P60D')]),
        ('The new president will be sworn in on May 29, 2027.', [('May 29, 2027', '2027-05-29')]),
        ('Results are expected within 48 hours of polls closing.', [('48 hours', 'PT48H')]),
        ('The last general election was held in October 2020.', [('October 2020', '2020-10')]),
        ('Parliament must be dissolved by mid-June.', [('mid-June', '2024-06')]),
        ('The party has governed the province for 42 years.', [('42 years', 'P42Y')]),
        ('Voters will head to the polls in the autumn.', [('the autumn', '2024-FA')]),
        ('The writs will be issued on Monday, with the election to be held 33 days later.', [('Monday', '2024-03-18'), ('33 days', 'P33D')]),
    ],
    'obituary8': [
        ('He died peacefully at home on Sunday, aged 87.', [('Sunday', '2024-03-10')]),
        ('She was born on 3 May 1938 in Enugu.', [('3 May 1938', '1938-05-03')]),
        ('He served as chief justice from 1996 until his retirement in 2008.', [('1996', '1996'), ('2008', '2008')]),
        ('The funeral will take place on Tuesday at St Mary\'s Church.', [('Tuesday', '2024-03-19')]),
        ('They were married for 61 years.', [('61 years', 'P61Y')]),
        ('A memorial service will be held later this month.', [('later this month', '2024-03')]),
        ('She is survived by her husband of 50 years.', [('50 years', 'P50Y')]),
    ],
    'second_batch8': [
        ('Earnings per share for the 52 weeks ended March 2 were $1.10.', [('the 52 weeks', 'P52W'), ('March 2', '2024-03-02')]),
        ('Interim results for the six months ended 30 September 2023 showed a loss.', [('the six months', 'P6M'), ('30 September 2023', '2023-09-30')]),
        ('The company has paid a dividend every year since 1975.', [('every year', 'P1Y'), ('1975', '1975')]),
        ('A total fire ban is in place for Friday and Saturday.', [('Friday', '2024-03-15'), ('Saturday', '2024-03-16')]),
        ('Snow is forecast for Tuesday night into Wednesday morning.', [('Tuesday night', '2024-03-19TNI'), ('Wednesday morning', '2024-03-20TMO')]),
        ('The river peaked at 8.9 metres at 4am.', [('4am', '2024-03-14T04:00')]),
        ('Evacuation orders were lifted after five days.', [('five days', 'P5D')]),
        ('The Wallabies last beat the All Blacks in 2019.', [('2019', '2019')]),
        ('The semi-finals are on April 20 and 21.', [('April 20', '2024-04-20'), ('21', '2024-04-21')]),
        ('He was sent off in the 63rd minute.', []),
        ('The draw for the quarter-finals takes place on Monday.', [('Monday', '2024-03-18')]),
        ('The count begins at 9am tomorrow.', [('9am tomorrow', '2024-03-15T09:00')]),
        ('Pre-polling opens on Monday, 11 days before election day.', [('Monday', '2024-03-18'), ('11 days', 'P11D')]),
        ('The previous election, in May 2019, returned a hung parliament.', [('May 2019', '2019-05')]),
        ('The government has been in caretaker mode since Parliament was dissolved on February 12.', [('February 12', '2024-02-12')]),
        ('Campaigning must stop 48 hours before polls open.', [('48 hours', 'PT48H')]),
        ('She joined the paper in 1962 and retired as editor 31 years later.', [('1962', '1962'), ('31 years', 'P31Y')]),
        ('Born on Christmas Day 1940, he grew up in Kano.', [('Christmas Day 1940', '1940-12-25')]),
        ('He is survived by his wife of 55 years, Mary.', [('55 years', 'P55Y')]),
        ('The House will sit for an extra week in June.', [('an extra week', 'P1W'), ('June', '2024-06')]),
        ('The bill was introduced in the Senate last November.', [('last November', '2023-11')]),
        ('Estimates hearings run until Friday.', [('Friday', '2024-03-15')]),
        ('The minimum wage committee has 30 days to submit its report.', [('30 days', 'P30D')]),
        ('The federal budget will be tabled on April 16.', [('April 16', '2024-04-16')]),
        ("Canada's inflation rate eased to 2.9 per cent in January from 3.4 per cent in December.", [('January', '2024-01'), ('December', '2023-12')]),
        ('The RBA has kept rates on hold since November.', [('November', '2023-11')]),
        ('Sydney recorded 120 mm of rain on Saturday, its wettest day in 30 years.', [('Saturday', '2024-03-09'), ('30 years', 'P30Y')]),
        ('The ceasefire will last 72 hours from midnight on Friday.', [('72 hours', 'PT72H'), ('midnight', '2024-03-15T24:00'), ('Friday', '2024-03-15')]),
        ('The match was abandoned after 20 minutes because of lightning.', [('20 minutes', 'PT20M')]),
        ('Fewer than half of the seats were filled at Wednesday night\'s sitting.', [('Wednesday night', '2024-03-13TNI')]),
    ],
}
# fmt: on
