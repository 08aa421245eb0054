"""Whole lines that open what follows an article: lists of other stories, comments.

On a pasted page the article ends above them, however much prose (teaser
summaries, comments) comes after.  Compared like ``BOILERPLATE_LINES``
(lower-cased, whitespace collapsed, trailing punctuation dropped).  The
headings news sites and blogs print over their recirculation modules and
comment sections, in English.
"""

END_MARKERS = frozenset({
    "comments", "leave a comment", "leave a reply", "more from", "more on this story",
    "more stories", "most popular", "most read", "popular posts", "post a comment", "read next",
    "recent posts", "recommended", "recommended for you", "related", "related articles",
    "related news", "related posts", "related stories", "show comments", "top stories",
    "trending", "trending now", "up next", "view comments", "what to read next",
    "you may also like", "you might also like",
})  # fmt: skip
