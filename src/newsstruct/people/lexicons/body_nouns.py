"""Nouns for bodies other than companies that put the body's name right after them:
"the fan club Nordkurve Lindau", "the property website Immoweb", "the housing
observatory OLAP", "the party Fidesz".  The name that follows is a body, not a
person, whatever its shape (as after a company noun, :mod:`company_nouns`).

Lower case.  Kinds of clubs, parties, unions, sites, institutes and campaigns in
English news; "broadcaster" names people too and is left out.  Unlike a company
noun, one of these in an appositive (``Tuilagi, chairman of the rugby union,``)
still leaves a person.
"""

BODY_NOUNS = frozenset({
    "alliance", "app", "association", "club", "co-op", "coalition", "collective", "cooperative",
    "federation", "foundation", "institute", "movement", "network", "ngo", "observatory",
    "organisation", "organization", "outlet", "party", "platform", "portal",
    "site", "think-tank", "thinktank", "union", "website",
})  # fmt: skip
