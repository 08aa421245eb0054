"""Whole lines that are page furniture, not article text.

Compared after lower-casing, collapsing whitespace and dropping trailing
punctuation (``"Read More"``, ``"Please enter your comment!"``).  Collected
from pasted news pages: navigation labels, share and comment prompts,
newsletter and advertising furniture, as listed in the project's foundation
issue and seen in pasted pages.
"""

BOILERPLATE_LINES = frozenset({
    "ad", "advertisement", "all rights reserved", "back to top", "click here", "comment",
    "comments", "continue reading", "email", "facebook", "follow us", "latest", "latest news",
    "latest stories", "leave a comment", "leave a reply", "load more", "more from", "most popular",
    "most read", "newsletter", "please enter your comment", "please enter your name here",
    "print", "read more", "read next", "recommended", "related", "related articles",
    "related news", "related stories", "reply", "scroll to continue", "share", "share this",
    "share this article", "show comments", "sign up", "skip to content", "skip to main content",
    "sponsored", "subscribe", "tags", "top stories", "trending", "trending now", "tweet",
    "twitter", "whatsapp", "you may also like",
})  # fmt: skip
