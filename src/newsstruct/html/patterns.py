"""The regular expressions of the HTML stage: charset declarations, page titles,
author fields and labelled page dates.  Linear on any input, like every pattern
of newsstruct.
"""

from __future__ import annotations

import regex

__all__ = [
    "BY_INSIDE",
    "BY_OPENING",
    "CHARSET_META",
    "NOT_AN_AUTHOR",
    "PAGE_DATE_LABEL",
    "PAGE_DATE_SPLIT",
    "TITLE_BAR",
    "TITLE_SEPARATOR",
]

#: A ``<meta charset=...>`` or ``content="text/html; charset=..."`` declaration, in bytes.
CHARSET_META = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", regex.I
)

#: Separators between a headline and the site name in ``<title>``: "Headline | Site".
TITLE_SEPARATOR = regex.compile(r"\s+(?:[|\-–—»·•:]|::)\s+")

#: A bar inside an ``<h1>``: "Politics | Headline".
TITLE_BAR = regex.compile(r"\s+\|\s+")

#: Author fields that name no author: a commenter ("Art Edwards says:"), "No author".
NOT_AN_AUTHOR = regex.compile(r"\bsays:?\s*$|^\s*(?:no|unknown)\s+author\b", regex.IGNORECASE)

#: The opening of an element's text that starts a byline: "By", "by:", "Posted by", "Written
#: by", even with nothing after it (the names may stand in the next element); "Published
#: by" names the publisher.
BY_OPENING = regex.compile(
    r"^(?:(?:posted|written|words|story|reporting|text)[ ]+)?by(?=[ ]|:|$)",
    regex.IGNORECASE,
)

#: "Posted on May 2, 2020 by Jane Doe": the names follow the last "by" (author strings are
#: cut to 200 characters first, so the look-ahead stays short).
BY_INSIDE = regex.compile(r"(?:^|\s)by:?\s+(?!.*\sby:?\s)", regex.IGNORECASE)

#: The label of a date printed on a page: "Published:", "Posted on", "Written:", "Updated",
#: "LAST UPDATED:"; group ``rest`` holds the date that follows.
PAGE_DATE_LABEL = regex.compile(
    r"^(?P<label>published|posted|written|(?:last[ ]+)?updated)(?:[ ]+on)?[ ]*:?[ ]*(?P<rest>.+)$",
    regex.IGNORECASE,
)

#: Separators between two labelled dates in one element: "Written: ... / Updated: ...", "|".
PAGE_DATE_SPLIT = regex.compile(r"[ ]+[/|•][ ]+")
