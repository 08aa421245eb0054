"""Whole lines that are page furniture, not article text.

Compared after lower-casing, collapsing whitespace and dropping trailing
punctuation (``"Read More"``, ``"Please enter your comment!"``).  Collected
from pasted news pages: navigation labels, share and comment prompts,
newsletter and advertising furniture, as listed in the project's foundation
issue and seen in pasted pages.
"""

BOILERPLATE_LINES = frozenset({
    "account", "ad", "advertisement", "all rights reserved", "back to top", "click here",
    "close", "close menu", "comment", "comments", "continue reading", "email", "email this",
    "facebook", "follow us", "home", "jump to", "latest", "latest news", "latest stories",
    "leave a comment", "leave a reply", "listen to this article", "load more", "log in",
    "log out", "main menu", "menu", "more from", "most popular", "most read", "my account",
    "navigation", "newsletter", "open menu", "please enter your comment",
    "please enter your name here", "print", "print this page", "read more", "read next",
    "recommended", "register", "related", "related articles", "related news", "related stories",
    "reply", "scroll to continue", "search", "sections", "see more", "share",
    "share on facebook", "share on twitter", "share this", "share this article",
    "share this story", "share this:", "show comments", "show more", "sign in", "sign up",
    "sign up now", "skip to content", "skip to main content", "sponsored", "subscribe",
    "subscribe now", "tags", "toggle navigation", "top stories", "trending", "trending now",
    "tweet", "twitter", "view comments", "whatsapp", "you may also like",
})  # fmt: skip
