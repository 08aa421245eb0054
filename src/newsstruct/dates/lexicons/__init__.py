"""Word lists only the dates stage reads: one frozenset (or table) per module, documented
like :mod:`newsstruct.lexicons`."""
