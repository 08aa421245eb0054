"""Words right before a date that point it forward: "payable Jan. 2", "effective Feb. 1",
"by February", "a ruling expected Friday", "a vote scheduled Tuesday", "notes due 1995".

A deadline or a start date ahead, whatever the tense of the sentence ("the
dividend is payable Jan. 2" in a November paper is next January).  The
deadline prepositions, the commercial terms of dividend and contract notices
(Quirk et al., A Comprehensive Grammar of the English Language, 9.37; WSJ and
AP business copy) and the participles of plans and expectations; and a present "is" or
"are" linking a subject to its date, the simple present of a timetable ("Kick-off is at
7.45pm on Saturday", "The final is on Sunday", "The deadline is Friday"; Quirk et al.
4.42), since news tells what is over in the past tense ("was on Sunday").
"""

FUTURE_LEADS = frozenset(
    {"are", "by", "due", "effective", "expected", "is", "payable", "planned", "scheduled",
     "slated"}
)  # fmt: skip
