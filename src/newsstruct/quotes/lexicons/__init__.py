"""Word lists only the quotes stage reads: one frozenset per module, documented
like :mod:`newsstruct.lexicons`."""
