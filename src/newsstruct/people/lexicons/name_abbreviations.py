"""Given names written as an abbreviation with a full stop, which go on into the rest
of the name like an initial: "Md. Shafiqul Islam" (Mohammad, in Bangladeshi
newspapers), "Mohd. Rafiq Hassan" (Malaysian), "Wm. Jefferson" (William, in older
American copy).

Lower case, without the full stop.  From the abbreviations of Muhammad common in
South and Southeast Asian English-language news, and the traditional English
abbreviations of given names (Chas., Jas., Thos., Wm.; not Geo. nor Jos.,
which are also a word and a Nigerian city).
"""

NAME_ABBREVIATIONS = frozenset({
    "chas", "jas", "md", "mohd", "muhd", "thos", "wm",
})  # fmt: skip
