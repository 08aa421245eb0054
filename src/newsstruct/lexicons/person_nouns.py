"""Common nouns for one unnamed person (or voice) that a speech cue can have as its
subject: "the woman said", "a friend commented", "the narrator says".  Such a
subject names no one the article introduces by name; the quote keeps the phrase
as its ``source``.  Kinship, role and voice nouns from the unnamed-source
descriptions in news attribution (PolNeAR annotation guidelines, AP Stylebook).
"""

PERSON_NOUNS = frozenset({
    "announcer", "attendee", "aunt", "billionaire", "boy", "brother", "bystander",
    "caller", "child", "coach", "colleague", "coroner", "cousin", "customer",
    "daughter", "democrat", "demonstrator", "doctor", "driver", "employee", "fan",
    "farmer", "father", "firefighter", "fisherman", "friend", "girl", "granddaughter",
    "grandfather", "grandmother", "grandson", "husband", "imam", "insider",
    "interviewer", "landlord", "listener", "man", "medic", "member", "midwife",
    "moderator", "mogul", "mom", "mother", "narrator", "neighbor", "neighbour",
    "nephew", "niece", "nurse", "operative", "owner", "paramedic", "parent",
    "passenger", "pastor", "pathologist", "patient", "person", "pilot", "player",
    "priest", "questioner", "reader", "referee", "relative", "republican", "rescuer",
    "resident", "respondent", "shopkeeper", "shopper", "sister", "soldier", "son",
    "stranger", "student", "survivor", "teacher", "tenant", "trader", "tycoon", "uncle",
    "user", "vendor", "veteran", "victim", "viewer", "villager", "visitor", "voice",
    "voice-over", "volunteer", "widow", "widower", "wife", "witness", "woman", "worker",
})  # fmt: skip
