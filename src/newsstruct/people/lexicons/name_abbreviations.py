"""Given names written as an abbreviation with a full stop, which go on into the rest
of the name like an initial: "Md. Shafiqul Islam" (Mohammad, in Bangladeshi
newspapers), "Mohd. Rafiq Hassan" (Malaysian), "Wm. Jefferson" (William, in older
American copy).

Lower case, without the full stop.  From the abbreviations of Muhammad common in
South and Southeast Asian English-language news, and the traditional English
abbreviations of given names (Chas., Geo., Jas., Jos., Thos., Wm.).
"""

NAME_ABBREVIATIONS = frozenset({
    "chas", "geo", "jas", "jos", "md", "mohd", "muhd", "thos", "wm",
})  # fmt: skip
