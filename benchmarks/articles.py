"""Synthetic news-shaped articles of a given size, from a fixed seed, for the benchmarks.

Imports nothing of newsstruct, so a benchmark can time another checkout on the same texts.
"""

from __future__ import annotations

import random

__all__ = ["navigation_header", "synthetic_article"]

_WORDS = [
    "council",
    "harbour",
    "plan",
    "barrier",
    "approved",
    "residents",
    "cost",
    "state",
    "city",
    "water",
    "project",
    "members",
    "budget",
    "years",
    "money",
    "storm",
    "work",
    "vote",
    "river",
    "bridge",
    "school",
    "road",
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "for",
    "with",
    "after",
    "before",
    "over",
    "under",
    "new",
    "long",
    "local",
    "public",
    "final",
    "early",
    "officials",
]
_NAMES = ["Linda Okafor", "James Whitfield", "Wang Yi", "Maria del Carmen Ortiz", "Kwame Mensah"]
_TITLES = ["Mayor", "Councillor", "Foreign Minister", "Governor", "Senator"]


def synthetic_article(words: int, seed: int = 7) -> str:
    """A news-shaped article of about ``words`` words: header, quotes, people and dates."""
    rng = random.Random(seed)
    paragraphs = ["Harbour Council Approves Flood Barrier", "By Jane Doe, Coastal Gazette"]
    count = 0
    while count < words:
        who = rng.randrange(len(_NAMES))
        body = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(20, 45)))
        kind = rng.randrange(4)
        if kind == 0:
            text = f"{_TITLES[who]} {_NAMES[who]} said on Monday that the {body}."
        elif kind == 1:
            text = f"“The {body},” {_NAMES[who].split()[-1]} said last week."
        elif kind == 2:
            text = f"The {body} in March 2024, according to the city."
        else:
            text = f"“The {body},” she said. “We will start in the fall.”"
        paragraphs.append(text[0].upper() + text[1:])
        count += len(text.split())
    return "\n\n".join(paragraphs)


_MENU = ["Home", "News", "World", "Sport", "Business", "Opinion", "Sign In", "Subscribe", "Menu",
         "Search", "Latest Stories", "Video", "Podcasts", "Contact us", "About", "Privacy Policy"]  # fmt: skip


def navigation_header(lines: int, seed: int = 7) -> str:
    """A page's menu as a browser copies it: ``lines`` short lines, a blank line now and then."""
    rng = random.Random(seed)
    items = [("\n" if i % 7 == 0 else "") + rng.choice(_MENU) for i in range(lines)]
    return "\n".join(items) + "\n\n"
