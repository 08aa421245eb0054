"""Documents and publications that can be the source of a quote: "the statement
said", "according to a U.S. intelligence assessment".  Head nouns from the
attribution cues of the PolNeAR annotation guidelines and news style guides.
"""

DOCUMENT_WORDS = frozenset({
    "advisory", "analysis", "announcement", "assessment", "bill", "blog", "book", "brief",
    "briefing", "cable", "communique", "complaint", "document", "draft", "email", "estimate",
    "filing", "findings", "indictment", "interview", "judgment", "law", "lawsuit", "letter",
    "memo", "memorandum", "motion", "note", "order", "petition", "poll", "post", "readout",
    "release", "report", "resolution", "ruling", "statement", "study", "summary", "survey",
    "testimony", "transcript", "tweet", "verdict",
})  # fmt: skip
