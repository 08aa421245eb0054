"""Word lists as data: one frozenset per module, lowercase, documented.

Each module holds one set and a docstring saying what it holds and where its
entries came from.  ``tests/test_lexicons.py`` keeps every set lowercase,
sorted in its source and free of duplicates.
"""
