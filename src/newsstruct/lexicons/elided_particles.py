"""Elided particles that open a surname before an apostrophe: "Colonna d'Istria",
"dell'Acqua", "l'Hermite", and after a hyphen "Amegah-d'Almeida".  The Italian and
French elisions of "de", "della", "dalla", "degli", "nella", "alla" and "le"/"la" in
surnames (the name words of such surnames open in lower case).
"""

ELIDED_PARTICLES = frozenset({"all", "d", "dall", "degl", "dell", "l", "nell"})  # fmt: skip
