"""Words right before a date that point it forward: "payable Jan. 2", "effective Feb. 1",
"by February".

A deadline or a start date ahead, whatever the tense of the sentence ("the
dividend is payable Jan. 2" in a November paper is next January).  The
deadline prepositions and the commercial terms of dividend and contract notices
(Quirk et al., A Comprehensive Grammar of the English Language, 9.37; WSJ and
AP business copy).
"""

FUTURE_LEADS = frozenset({"by", "effective", "payable"})
