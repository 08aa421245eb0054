"""Word lists of the text primitives: one frozenset per module, documented like
:mod:`newsstruct.lexicons`."""
