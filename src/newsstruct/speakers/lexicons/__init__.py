"""Word lists only the speakers stage reads: one frozenset per module, documented
like :mod:`newsstruct.lexicons`."""
