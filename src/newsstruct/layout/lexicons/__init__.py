"""Word lists only the layout stage reads: one frozenset per module, documented
like :mod:`newsstruct.lexicons`."""
