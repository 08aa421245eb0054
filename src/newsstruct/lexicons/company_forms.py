"""The legal forms and group words that close a company's name: "Moravia Ferries SA",
"Tarvel Shipping Ltd", "Halden Group", "Kiel Optik GmbH".  The words before one name
the company wherever the article repeats them alone ("Moravia Ferries said"), not a
person.  Lower case, as the tokenizer gives them ("S.A." keeps its points).  The
common legal forms of English, French, Spanish, Portuguese, Italian, German, Dutch,
Nordic and Malaysian company law, as financial news prints them.
"""

COMPANY_FORMS = frozenset({
    "ab", "ag", "asa", "b.v.", "berhad", "bhd", "bv", "corp", "gmbh", "group",
    "holdings", "inc", "llc", "llp", "ltd", "ltda", "n.v.", "nv", "oyj", "plc", "pty",
    "pvt", "s.a.", "s.p.a.", "sa", "sarl", "spa", "srl",
})  # fmt: skip
