"""Abbreviations whose final point does not end a sentence ("Mr. Biden", "U.S. Senate").

Lower case, with their points.  English honorifics, titles, initialisms and
calendar and address abbreviations common in news copy (AP Stylebook
abbreviations for titles, states and months).
"""

ABBREVIATIONS = frozenset({
    "a.m.", "ala.", "apr.", "ariz.", "aug.", "calif.", "capt.", "co.", "col.", "colo.", "conn.",
    "corp.", "dec.", "dept.", "dr.", "e.g.", "etc.", "feb.", "fla.", "ft.", "ga.", "gen.", "gov.",
    "i.e.", "ill.", "inc.", "jan.", "jr.", "lt.", "ltd.", "mass.", "md.", "messrs.", "mich.",
    "minn.", "mo.", "mr.", "mrs.", "ms.", "mt.", "n.c.", "n.j.", "n.m.", "n.y.", "no.", "nov.",
    "oct.", "p.m.", "pa.", "prof.", "rep.", "reps.", "rev.", "sen.", "sens.", "sep.", "sept.",
    "sgt.", "sr.", "st.", "supt.", "tenn.", "u.k.", "u.n.", "u.s.", "va.", "vs.", "wash.",
})  # fmt: skip
