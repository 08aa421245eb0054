"""Words right before a date that point it forward: "payable Jan. 2", "effective Feb. 1",
"by February", "a ruling expected Friday", "a vote scheduled Tuesday", "notes due 1995".

A deadline or a start date ahead, whatever the tense of the sentence ("the
dividend is payable Jan. 2" in a November paper is next January).  The
deadline prepositions, the commercial terms of dividend and contract notices
(Quirk et al., A Comprehensive Grammar of the English Language, 9.37; WSJ and
AP business copy) and the participles of plans and expectations.
"""

FUTURE_LEADS = frozenset(
    {"by", "due", "effective", "expected", "payable", "planned", "scheduled", "slated"}
)
