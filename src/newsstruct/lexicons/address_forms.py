"""Forms of address that stand for a titled person after "His", "Her" or "Your": "Her
Honour" (a judge), "His Excellency" (a head of state, governor or ambassador), "Her
Worship" (a magistrate or mayor), "His Majesty", "His Holiness", "His Lordship".  They
are never a person's name ("Honor", a given name too, is left out); a speaker phrase made of one refers back to the person with
the title it fits (:mod:`newsstruct.speakers.lexicons.descriptors`).  From the court,
diplomatic and royal usage of Commonwealth and US news.
"""

ADDRESS_FORMS = frozenset({
    "eminence", "excellency", "highness", "holiness", "honour", "ladyship",
    "lordship", "majesty", "worship",
})  # fmt: skip
