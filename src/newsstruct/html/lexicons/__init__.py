"""Word lists only the HTML stage reads: one frozenset per module, documented like
:mod:`newsstruct.lexicons`."""
