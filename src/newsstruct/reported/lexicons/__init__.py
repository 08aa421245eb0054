"""Word lists only the reported-speech stage reads: one frozenset per module, documented
like :mod:`newsstruct.lexicons`."""
