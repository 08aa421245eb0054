"""Plural or generic nouns for unnamed sources that can speak as a group:
"officials said", "Chinese attendees accusing", "a source said".  A quote cued
by one of these has a group speaker, not a person.  From the source
descriptions common in news attribution (PolNeAR annotation guidelines), and
the plural nouns of people that international news quotes as one voice
("economists said", "aid groups said", "colleagues said", "ministers told", "fans
said"), a family ("the Bell family said"), and the sides of a trial ("the
defence said", "the prosecution said").
"""

GROUP_SPEAKER_WORDS = frozenset({
    "activists", "advocates", "agencies", "aides", "analysts", "athletes", "attendees",
    "authorities", "bankers", "campaign", "campaigners", "charities", "citizens", "coaches",
    "colleagues", "commentators", "critics", "defence", "defense", "delegates",
    "delegation", "democrats", "diplomats", "doctors", "economists", "employees",
    "engineers", "experts", "families", "family", "fans", "farmers", "friends", "groups",
    "individuals", "insiders", "inspectors", "investigators", "investors", "judges",
    "lawmakers", "lawyers", "leaders", "locals", "mediators", "medics", "members",
    "migrants", "ministers", "negotiators", "neighbors", "neighbours", "nurses",
    "observers", "officers", "officials", "opponents", "organisers", "organizers",
    "parents", "patients", "people familiar", "pilots", "players", "police", "prosecution",
    "prosecutors", "protesters", "protestors", "refugees", "regulators", "relatives",
    "republicans", "rescuers", "researchers", "residents", "scientists", "source",
    "sources", "spokesperson", "staff", "students", "supporters", "survivors", "teachers",
    "traders", "unions", "villagers", "volunteers", "voters", "witnesses", "workers",
})  # fmt: skip
