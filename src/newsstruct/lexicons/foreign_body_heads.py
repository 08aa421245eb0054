"""Head words of bodies that English-language news names in another language, the
head before the rest of the name: "Préfecture des Côtes-d'Armor", "Ministerio de
Obras Públicas", "Stichting Groene Kust", "Consorzio per la Tutela", "Fundación
Pro Bosque".  A capitalised run right after one names the body, not a person.

Lower case, with their accents.  French, Spanish, Catalan, Portuguese, Italian, Dutch and
German words for ministries, local authorities, courts' and prosecutors' offices,
police, foundations, associations, unions, agencies and newspapers ("Revista",
"Jornal", "Diario"), banks and savings funds ("Banque", "Caisse"), companies and
societies ("Société", "Compañía"), universities, institutes, observatories,
departments and directorates, parties and collectives, from the official names of such
bodies in those countries ("Caisse de dépôt et placement du Québec"), and the Galician
words for the regional government, a municipality, a provincial council and a fishers'
guild ("Xunta", "Concello", "Deputación", "Confraría", with the Spanish "Cofradía"), and
the Papiamento "Sindikato" (a union) of the Curaçao and Aruba press.  Heads that are
common surnames too ("Banco", "Cámara", "Caja", "Empresa") are left out: "Juan Cámara
said" is a person.
"""

FOREIGN_BODY_HEADS = frozenset({
    "agencia", "agenzia", "agência", "ajuntament", "alcaldía", "asociación",
    "assemblée", "associació", "associazione", "associação", "autoridad", "autoridade",
    "ayuntamiento", "banque", "caisse", "cambra", "carabinieri", "cofradía",
    "collectif", "comisión", "comissão", "commissione", "compagnia", "compagnie",
    "companhia", "compañía", "concello", "confederación", "confraría", "conseil",
    "consejo", "consell", "conselleria", "consorzio", "cooperativa", "coopérative",
    "coordinadora", "corporación", "defensoría", "departament", "departamento",
    "deputación", "diario", "dipartimento", "dirección", "direction", "direzione",
    "diário", "département", "federación", "fiscalía", "fondazione", "fundació",
    "fundación", "fundação", "gazeta", "gemeente", "gendarmerie", "generalitat",
    "gobierno", "govern", "grup", "institut", "instituto", "istituto", "jornal",
    "juzgado", "mairie", "ministerie", "ministerio", "ministerium", "ministero",
    "ministère", "ministério", "municipalidad", "observatoire", "observatorio",
    "osservatorio", "parti", "partido", "periódico", "policía", "polizia", "polícia",
    "prefeitura", "procuraduría", "préfecture", "questura", "revista", "régie",
    "secretaría", "sindicato", "sindikato", "sociedad", "sociedade", "società",
    "société", "stichting", "syndicat", "tribunale", "universidad", "universidade",
    "università", "université", "unió", "xunta",
})  # fmt: skip
