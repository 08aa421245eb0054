"""Last words of news outlet names ("Coastal Gazette", "Daily Herald", "Fox News").

A byline piece after a comma that ends in one of these names an outlet, not
an author: "By Jane Doe, Coastal Gazette".  Collected from the mastheads of
English-language newspapers, broadcasters and news sites.
"""

OUTLET_WORDS = frozenset({
    "bulletin", "chronicle", "courier", "daily", "dispatch", "examiner", "express", "gazette",
    "globe", "herald", "independent", "inquirer", "insider", "journal", "magazine", "mail",
    "media", "monitor", "network", "news", "newspaper", "observer", "online", "post", "press",
    "radio", "record", "register", "reporter", "review", "sentinel", "standard", "star",
    "telegraph", "times", "today", "tribune", "tv", "weekly", "wire",
})  # fmt: skip
