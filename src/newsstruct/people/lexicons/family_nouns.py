"""Nouns of kinship: a name right after one ("his wife, Rakeyia Scott", "brothers Omar
Said and Karim Said") that shares a surname with a person of the article is that
person's relative, a person of their own.

Lower case, singular and plural.  English kinship terms (the nuclear and extended
family, in-laws and step-relations as news copy writes them).
"""

FAMILY_NOUNS = frozenset({
    "aunt", "aunts", "brother", "brother-in-law", "brothers", "child", "children", "cousin",
    "cousins", "dad", "daughter", "daughter-in-law", "daughters", "ex-husband", "ex-wife",
    "father", "father-in-law", "granddaughter", "grandfather", "grandmother", "grandson",
    "husband", "mom", "mother", "mother-in-law", "nephew", "niece", "parents", "siblings",
    "sister", "sister-in-law", "sisters", "son", "son-in-law", "sons", "spouse",
    "stepdaughter", "stepfather", "stepmother", "stepson", "twin", "uncle", "widow",
    "widower", "wife",
})  # fmt: skip
