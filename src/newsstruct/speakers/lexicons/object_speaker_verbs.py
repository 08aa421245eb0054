"""Verbs whose object, not their subject, says what a participle cue after it says:
"State media quoted a senior official saying ...", "Ana Ruiz denied a report saying
...", "got a call from Luis Ortega saying ...", "saw a sign saying ...".  After any
other verb the subject speaks ("The ministry issued a statement saying ...", "Trump
unleashed a series of tweets saying ...").  Verbs of quoting, receiving, perceiving
and rejecting, in the past and present forms news uses; lower case.
"""

OBJECT_SPEAKER_VERBS = frozenset({
    "cited", "cites", "denied", "denies", "dismissed", "dismisses", "disputed", "disputes",
    "finds", "found", "gets", "got", "heard", "hears", "mocked", "obtained", "obtains",
    "quoted", "quotes", "received", "receives", "rejected", "rejects", "ridiculed", "saw",
    "sees", "watched", "watches",
})  # fmt: skip
