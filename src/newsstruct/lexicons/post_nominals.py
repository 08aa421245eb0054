"""Letters written after a person's name for an honour, a rank at the bar, a seat or
a degree: "Daniel Kirkwood SC", "Jane Roe KC", "Sir Tom Hale OBE", "Ann Lee MP", "Ruth
Mabo AO".  Commonwealth honours (UK, Australian and New Zealand orders), the silk
ranks of the bar (KC, QC, SC), members of parliaments and assemblies, justices of the
peace and common degrees.  Read in capitals only ("PhD" as written), so the words
"am", "ac" and "md" stay words.
"""

POST_NOMINALS = frozenset({
    "ac", "am", "ao", "cbe", "dbe", "frs", "jp", "kbe", "kc", "mbe", "md", "mha", "mla",
    "mp", "mpp", "msp", "oam", "obe", "phd", "qc", "qso", "sc",
})  # fmt: skip
