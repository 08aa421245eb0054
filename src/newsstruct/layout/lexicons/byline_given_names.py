"""US given names beyond the general given-name list that make a bare line a byline
("Blake Hounshell", "Whitney Curtis"): the ones the sex lists held before those lists
took the world's names.  Bylines read the US names only: with the world's lists a
reader's sign-off under a letter ("Atul M. Karnik.") was taken for the page's byline.
"""

BYLINE_GIVEN_NAMES = frozenset({
    "allen", "blake", "brooke", "chad", "clay", "clinton", "curtis", "daisy", "dale", "florence",
    "franklin", "georgia", "grant", "guy", "hal", "hazel", "jesus", "kent", "lance", "lewis",
    "logan", "madison", "marshall", "nelson", "perry", "ray", "regina", "rex", "savannah",
    "shelby", "sherman", "troy", "vernon", "wade", "wallace", "warren", "whitney", "wilson",
})  # fmt: skip
