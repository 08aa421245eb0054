"""Abbreviations whose final point need not end a sentence ("Mr. Biden", "U.S. Senate").

The one abbreviation list of newsstruct (:mod:`newsstruct.text.sentences` reads
it for every stage).  Lower case, with their points.  English honorifics,
titles, initialisms and calendar and address abbreviations common in news copy
(AP Stylebook abbreviations for titles, military ranks, states and months), and the
police ranks and courtesy titles of the Commonwealth press ("Insp.", "Cpl.", "Pte.",
"Hon.", "Rt. Hon.", "Engr.", "Ir.", "Fr." for a priest, "Asst.", "Dep.", "Pres.", the
Canadian councillor "Coun."), and the rupee of South Asian copy ("Rs. 21 million").
Whether such a point ends a sentence is decided by the word after it.
"""

ABBREVIATIONS = frozenset({
    "a.m.", "adm.", "ala.", "amb.", "apr.", "ariz.", "asst.", "atty.", "aug.", "brig.", "calif.",
    "capt.", "cmdr.", "co.", "col.", "colo.", "conn.", "corp.", "coun.", "cpl.", "dec.", "del.",
    "dep.", "dept.", "det.", "dr.", "e.g.", "engr.", "etc.", "feb.", "fla.", "fr.", "ft.", "ga.",
    "gen.", "gens.", "gov.", "govs.", "hon.", "i.e.", "ill.", "inc.", "insp.", "ir.", "jan.", "jr.",
    "lt.", "ltd.", "maj.", "mass.", "md.", "messrs.", "mich.", "minn.", "mo.", "mr.", "mrs.", "ms.",
    "mt.", "mx.", "n.c.", "n.j.", "n.m.", "n.y.", "no.", "nov.", "oct.", "p.m.", "pa.", "pres.",
    "prof.", "pte.", "rep.", "reps.", "rev.", "rs.", "rt.", "sen.", "sens.", "sep.", "sept.",
    "sgt.", "sr.", "st.", "supt.", "tenn.", "u.k.", "u.n.", "u.s.", "va.", "vs.", "wash.",
})  # fmt: skip
