"""Last words of news outlet names ("Coastal Gazette", "Daily Herald", "Fox News").

A byline piece after a comma that ends in one of these names an outlet, not
an author: "By Jane Doe, Coastal Gazette", "By Jane Doe, Valley Ledger".  Collected
from the mastheads of English-language newspapers, broadcasters and news sites
(Ledger, Courant, Plain Dealer, Bee, Intelligencer, Picayune, Statesman...).  Words
that are also common surnames ("Sun", "Banner") are left out.
"""

OUTLET_WORDS = frozenset({
    "advocate", "argus", "beacon", "bee", "bulletin", "chronicle", "citizen", "clarion",
    "constitution", "courant", "courier", "daily", "dealer", "democrat", "dispatch", "eagle",
    "enquirer", "enterprise", "examiner", "express", "gazette", "globe", "guardian", "herald",
    "independent", "inquirer", "insider", "intelligencer", "journal", "leader", "ledger",
    "magazine", "mail", "media", "mercury", "messenger", "mirror", "monitor", "network", "news",
    "newspaper", "observer", "online", "patriot", "picayune", "pioneer", "post", "press",
    "radio", "record", "recorder", "register", "reporter", "republic", "republican", "review",
    "sentinel", "standard", "star", "statesman", "telegram", "telegraph", "times", "today",
    "transcript", "tribune", "tv", "union", "weekly", "wire", "world",
})  # fmt: skip
