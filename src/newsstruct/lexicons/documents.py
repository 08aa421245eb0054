"""Documents and publications that can be the source of a quote: "the statement
said", "according to a U.S. intelligence assessment".  Head nouns from the
attribution cues of the PolNeAR annotation guidelines and news style guides, and the
court, government and business papers that wire copy cites ("according to the
request, seen by Reuters", "according to the census", "the prospectus said").
"""

DOCUMENT_WORDS = frozenset({
    "ad", "advisory", "affidavit", "analysis", "announcement", "application", "article",
    "assessment", "audit", "bill", "blog", "book", "brief", "briefing", "cable",
    "census", "column", "communique", "complaint", "contract", "decree", "directive",
    "document", "dossier", "draft", "editorial", "email", "estimate", "excerpt",
    "excerpts", "filing", "findings", "guidelines", "headline", "indictment",
    "interview", "judgment", "law", "lawsuit", "letter", "memo", "memorandum", "motion",
    "note", "notice", "op-ed", "order", "paper", "petition", "poll", "post",
    "presentation", "proposal", "prospectus", "readout", "regulation", "release",
    "report", "request", "resolution", "review", "ruling", "statement", "study",
    "submission", "summary", "survey", "testimony", "transcript", "treaty", "tweet",
    "verdict", "warrant", "website",
})  # fmt: skip
