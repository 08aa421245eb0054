"""Head words of bodies that English-language news names in another language, the
head before the rest of the name: "Préfecture des Côtes-d'Armor", "Ministerio de
Obras Públicas", "Stichting Groene Kust", "Consorzio per la Tutela", "Fundación
Pro Bosque".  A capitalised run right after one names the body, not a person.

Lower case, with their accents.  French, Spanish, Portuguese, Italian, Dutch and
German words for ministries, local authorities, courts' and prosecutors' offices,
police, foundations, associations, unions, agencies and newspapers ("Revista",
"Jornal", "Diario"), from the official names of such bodies in those countries.
"""

FOREIGN_BODY_HEADS = frozenset({
    "agencia", "agenzia", "agência", "alcaldía", "asociación", "assemblée",
    "associazione", "associação", "autoridad", "autoridade", "ayuntamiento", "comisión",
    "comissão", "commissione", "confederación", "conseil", "consejo", "consorzio",
    "defensoría", "diario", "diário", "federación", "fiscalía", "fondazione",
    "fundación", "fundação", "gazeta", "gemeente", "gendarmerie", "gobierno", "jornal",
    "mairie", "ministerie", "ministerio", "ministerium", "ministero", "ministère",
    "ministério", "municipalidad", "periódico", "prefeitura", "procuraduría",
    "préfecture", "questura", "revista", "secretaría", "sindicato", "stichting",
})  # fmt: skip
