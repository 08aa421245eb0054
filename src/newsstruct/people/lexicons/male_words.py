"""Words that, written as a person's courtesy title or title, say the text calls
him a man: honorifics ("Mr.", "Sir", "Lord"), gendered role words ("spokesman",
"chairman": some outlets write "chairman" for women too, which is why role words
weigh less than honorifics) and kin words used as a title ("father of two",
"widower").
Read by :mod:`newsstruct.people.genders`.  From the AP Stylebook's courtesy
titles and English kinship terms, and the Setswana courtesy title "Rra".
"""

MALE_WORDS = frozenset({
    "assemblyman", "brother", "businessman", "chairman", "congressman", "councilman",
    "duke", "emperor", "father", "grandfather", "husband", "king", "lord", "mr", "mr.",
    "nephew", "policeman", "prince", "rra", "sir", "son", "spokesman", "statesman", "uncle",
    "widower",
})  # fmt: skip
