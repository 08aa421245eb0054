"""Head words of bodies that English-language news names in another language, the
head before the rest of the name: "Préfecture des Côtes-d'Armor", "Ministerio de
Obras Públicas", "Stichting Groene Kust", "Consorzio per la Tutela", "Fundación
Pro Bosque".  A capitalised run right after one names the body, not a person.

Lower case, with their accents.  French, Spanish, Portuguese, Italian, Dutch and
German words for ministries, local authorities, courts' and prosecutors' offices,
police, foundations, associations, unions and agencies, from the official names of
such bodies in those countries.
"""

FOREIGN_BODY_HEADS = frozenset({
    "agencia", "agenzia", "agência", "alcaldía", "asociación", "assemblée",
    "associazione", "associação", "autoridad", "autoridade", "ayuntamiento", "comisión",
    "comissão", "commissione", "confederación", "conseil", "consejo", "consorzio",
    "defensoría", "federación", "fiscalía", "fondazione", "fundación", "fundação",
    "gemeente", "gendarmerie", "gobierno", "mairie", "ministerie", "ministerio",
    "ministerium", "ministero", "ministère", "ministério", "municipalidad",
    "prefeitura", "procuraduría", "préfecture", "questura", "secretaría", "sindicato",
    "stichting",
})  # fmt: skip
