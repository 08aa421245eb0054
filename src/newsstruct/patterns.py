"""Every regular expression of newsstruct, named, precompiled and commented.

One section per stage.  All patterns use the ``regex`` module and are written
so that no input can make them backtrack catastrophically: no nested
quantifiers over the same characters, bounded repeats where a repeat could
otherwise scan a whole line several times.
"""

from __future__ import annotations

import regex

__all__ = ["INVISIBLE", "LINE_BREAK"]

# ---------------------------------------------------------------------------
# segment: lines
# ---------------------------------------------------------------------------

#: A line break: CRLF, CR, LF and the other separators ``str.splitlines`` knows.
LINE_BREAK = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

#: Characters that are not ``str.isspace`` but show nothing: zero-width space,
#: joiners, word joiner, byte-order mark, soft hyphen.
INVISIBLE = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
