"""Documents and publications that can be the source of a quote: "the statement
said", "according to a U.S. intelligence assessment".  Head nouns from the
attribution cues of the PolNeAR annotation guidelines and news style guides.
"""

DOCUMENT_WORDS = frozenset({
    "ad", "advisory", "analysis", "announcement", "article", "assessment", "bill", "blog",
    "book", "brief", "briefing", "cable", "column", "communique", "complaint", "document",
    "draft", "editorial", "email", "estimate", "excerpt", "excerpts", "filing", "findings",
    "headline", "indictment", "interview", "judgment", "law", "lawsuit", "letter", "memo",
    "memorandum", "motion", "note", "op-ed", "order", "petition", "poll", "post", "readout",
    "release", "report", "resolution", "ruling", "statement", "study", "summary", "survey",
    "testimony", "transcript", "tweet", "verdict", "website",
})  # fmt: skip
