"""Nouns that end the name of a building, a road, a programme or an award named after a
person: "Indira Gandhi International Airport", "Rajiv Gandhi Stadium", "Aldo Beckman
Memorial Award".  A capitalised run ending in one of these names the thing, not the
person: none of them is a common surname.

Lower case.  Compiled by the engineers from the places, roads and awards named after
people in international news (South Asian "Marg", "Nagar", "Chowk", "Bagh" and "Vihar"
among them); words that are also surnames ("Bridge", "Temple", "Hill", "Arena", "Way",
"Mills") are left out.
"""

NAMED_AFTER_NOUNS = frozenset({
    "airport", "auditorium", "award", "awards", "bagh", "basilica", "cathedral", "chowk",
    "expressway", "flyover", "gurdwara", "gymkhana", "highway", "lecture", "mall", "mandir",
    "marg", "masjid", "mausoleum", "memorial", "mosque", "motorway", "nagar", "observatory",
    "pavilion", "plaza", "prize", "programme", "scholarship", "stadium", "synagogue",
    "terminal", "terminus", "trophy", "vihar",
})  # fmt: skip
