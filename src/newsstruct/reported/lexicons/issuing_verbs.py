"""Verbs of putting out a text whose object a participle cue then quotes: "The ministry
issued a statement saying ...", "Kofi Mensah posted a video on Facebook saying ...".
The participle's statement is the verb's subject's; the object is no statement of its
own.  Verbs of receiving, seeing or denying ("got a call from X saying", "saw a sign
saying", "denied a report saying") are left out: their subject does not say it.
Lower case, the past and present forms news uses.
"""

ISSUING_VERBS = frozenset({
    "circulated", "circulates", "distributed", "filed", "files", "issued", "issues",
    "posted", "posts", "published", "publishes", "put", "puts", "released", "releases",
    "sends", "sent", "shared", "shares", "submitted", "tweeted", "tweets", "writes",
    "wrote",
})  # fmt: skip
