"""Documents and publications that can be the source of a quote: "the statement
said", "according to a U.S. intelligence assessment".  Head nouns from the
attribution cues of the PolNeAR annotation guidelines and news style guides, and the
record words of data journalism ("according to FEC records", "the polling average",
"the FBI data").
"""

DOCUMENT_WORDS = frozenset({
    "ad", "advisory", "analysis", "announcement", "article", "assessment", "average", "bill",
    "blog", "book", "brief", "briefing", "cable", "column", "communique", "complaint", "data",
    "document", "draft", "editorial", "email", "estimate", "excerpt", "excerpts", "figures",
    "filing", "findings", "headline", "indictment", "interview", "judgment", "law", "lawsuit",
    "letter", "memo", "memorandum", "motion", "note", "op-ed", "order", "petition", "poll",
    "post", "projection", "readout", "record", "release", "report", "resolution", "result",
    "ruling", "statement", "statistics", "study", "summary", "survey", "tally", "testimony",
    "tracker", "transcript", "tweet", "verdict", "website",
})  # fmt: skip
