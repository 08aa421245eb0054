"""Romance words for "of" (and "of the") and "for" that join the words of a body's
name: "Ministerio de Salud Pública", "Préfecture des Côtes-d'Armor", "Conseil
départemental du Morbihan", "Ministério da Saúde", "Consorzio per la Tutela".

Lower case.  French, Spanish, Portuguese and Italian prepositions with their
contracted articles, as English-language news leaves such names untranslated.
A following article ("de la", "per la") belongs to the same join.
"""

ROMANCE_OF = frozenset({
    "da", "das", "de", "del", "della", "des", "di", "do", "dos", "du", "para", "per", "pour",
})  # fmt: skip
