"""Romance words for "of" (and "of the") that join the words of a body's name:
"Ministerio de Salud Pública", "Préfecture des Côtes-d'Armor", "Conseil
départemental du Morbihan", "Ministério da Saúde", "Ministero della Salute".

Lower case.  French, Spanish, Portuguese and Italian prepositions with their
contracted articles, as English-language news leaves such names untranslated.
A following article ("de la", "de las") belongs to the same join.
"""

ROMANCE_OF = frozenset({
    "da", "das", "de", "del", "della", "des", "di", "do", "dos", "du",
})  # fmt: skip
