"""Words that, written as a person's courtesy title or title, say the text calls
her a woman: honorifics ("Ms.", "Mrs.", "Dame"), gendered role words
("chairwoman", "spokeswoman", "actress") and kin words used as a title
("mother of three", "widow").  Read by :mod:`newsstruct.people.genders` for
``Person.gender`` and to keep ``he`` from such a person.  From the AP Stylebook's
courtesy titles and its entries on "-woman" compounds, English kinship terms, and
the courtesy titles "Mma" (Setswana), "Haja" (Sierra Leone), "Ña" and "Doña".
"""

FEMALE_WORDS = frozenset({
    "actress", "assemblywoman", "aunt", "businesswoman", "chairwoman", "congresswoman",
    "councilwoman", "countess", "dame", "daughter", "doña", "duchess", "empress",
    "grandmother", "haja", "lady", "madam", "madame", "miss", "mma", "mother", "mrs",
    "mrs.", "ms", "ms.", "niece", "policewoman", "princess", "queen", "sister",
    "spokeswoman", "stateswoman", "widow", "wife", "ña",
})  # fmt: skip
