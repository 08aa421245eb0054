"""Plural or generic nouns for unnamed sources that can speak as a group:
"officials said", "Chinese attendees accusing", "a source said".  A quote cued
by one of these has a group speaker, not a person.  From the source
descriptions common in news attribution (PolNeAR annotation guidelines).
"""

GROUP_SPEAKER_WORDS = frozenset({
    "activists", "advocates", "aides", "analysts", "attendees", "authorities", "campaign",
    "critics", "delegates", "delegation", "democrats", "diplomats", "experts", "individuals",
    "insiders", "investigators", "lawmakers", "leaders", "members", "officials", "opponents",
    "organizers", "people familiar", "police", "prosecutors", "protesters", "protestors",
    "republicans", "researchers", "residents", "scientists", "source", "sources",
    "spokesperson", "staff", "supporters", "voters", "witnesses",
})  # fmt: skip
