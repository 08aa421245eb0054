"""Word lists only the people stage reads: one frozenset per module, documented
like :mod:`newsstruct.lexicons`."""
