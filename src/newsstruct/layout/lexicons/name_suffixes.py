"""Generational suffixes that may end a printed name ("Perry Bacon Jr.", "John Smith III").

Standard English generational and dynastic post-nominals, with and without
the abbreviation point.
"""

NAME_SUFFIXES = frozenset({"ii", "iii", "iv", "jr", "jr.", "sr", "sr.", "v"})
