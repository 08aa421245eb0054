"""Quote marks: every character that may open or close a quote, defined once.

>>> [m.group() for m in QUOTE_MARK.finditer("“Yes,” he said, 'no' «non»")]
['“', '”', "'", "'", '«', '»']
"""

from __future__ import annotations

import regex

__all__ = ["QUOTE_MARK"]

#: Any character that may open or close a quote: straight and curly double and
#: single marks, low-9 marks („ ‚), reversed marks (‟ ‛), guillemets (« » ‹ ›),
#: the fullwidth double mark and the CJK double prime marks; doubled single
#: marks standing for a double one (``''``, ````, ‘‘, ’’: old newswire text).
#: Whether a ``'`` or ``’`` is a quote mark or an apostrophe is decided in
#: ``newsstruct.quotes.marks``.
QUOTE_MARK = regex.compile(r"''|``|‘‘|’’|[\"'“”„‟«»‹›‘’‚‛＂〝〞〟]")
