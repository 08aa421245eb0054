"""Abbreviations whose final point need not end a sentence ("Mr. Biden", "U.S. Senate").

The one abbreviation list of newsstruct (:mod:`newsstruct.text.sentences` reads
it for every stage).  Lower case, with their points.  English honorifics,
titles, initialisms and calendar and address abbreviations common in news copy
(AP Stylebook abbreviations for titles, military ranks, states and months).
Whether such a point ends a sentence is decided by the word after it.
"""

ABBREVIATIONS = frozenset({
    "a.m.", "adm.", "ala.", "amb.", "apr.", "ariz.", "atty.", "aug.", "brig.", "calif.", "capt.",
    "cmdr.", "co.", "col.", "colo.", "conn.", "corp.", "dec.", "del.", "dept.", "det.", "dr.",
    "e.g.", "etc.", "feb.", "fla.", "ft.", "ga.", "gen.", "gens.", "gov.", "govs.", "i.e.", "ill.",
    "inc.", "jan.", "jr.", "lt.", "ltd.", "maj.", "mass.", "md.", "messrs.", "mich.", "minn.",
    "mo.", "mr.", "mrs.", "ms.", "mt.", "mx.", "n.c.", "n.j.", "n.m.", "n.y.", "no.", "nov.",
    "oct.", "p.m.", "pa.", "prof.", "rep.", "reps.", "rev.", "sen.", "sens.", "sep.", "sept.",
    "sgt.", "sr.", "st.", "supt.", "tenn.", "u.k.", "u.n.", "u.s.", "va.", "vs.", "wash.",
})  # fmt: skip
