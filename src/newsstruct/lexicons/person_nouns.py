"""Common nouns for one unnamed person (or voice) that a speech cue can have as its
subject: "the woman said", "a friend commented", "the narrator says".  Such a
subject names no one the article introduces by name; the quote keeps the phrase
as its ``source``.  Kinship, role and voice nouns from the unnamed-source
descriptions in news attribution (PolNeAR annotation guidelines, AP Stylebook),
and the nouns of age, faith, sport and craft that second references use ("the
teenager", "the abbot", "the skipper", "the weaver").
"""

PERSON_NOUNS = frozenset({
    "abbot", "announcer", "attendee", "aunt", "baker", "batsman", "billionaire",
    "boatman", "bowler", "boy", "brother", "butcher", "bystander", "caller",
    "carpenter", "child", "climber", "coach", "colleague", "coroner", "cousin",
    "customer", "cyclist", "dancer", "daughter", "debutant", "democrat", "demonstrator",
    "doctor", "driver", "employee", "fan", "farmer", "father", "ferryman", "fiddler",
    "firefighter", "fisherman", "friend", "girl", "granddaughter", "grandfather",
    "grandmother", "grandson", "herder", "husband", "imam", "insider", "interviewer",
    "jockey", "landlord", "listener", "man", "medic", "member", "midwife", "moderator",
    "mogul", "mom", "monk", "mother", "narrator", "neighbor", "neighbour", "nephew",
    "newcomer", "niece", "nun", "nurse", "operative", "owner", "paramedic", "parent",
    "passenger", "pastor", "pathologist", "patient", "pensioner", "person", "pilot",
    "player", "priest", "questioner", "reader", "referee", "relative", "republican",
    "rescuer", "resident", "respondent", "rookie", "shopkeeper", "shopper", "sister",
    "skipper", "soldier", "son", "sprinter", "stranger", "student", "survivor",
    "swimmer", "teacher", "teenager", "tenant", "trader", "tycoon", "uncle", "user",
    "vendor", "veteran", "victim", "viewer", "villager", "visitor", "voice",
    "voice-over", "volunteer", "weaver", "widow", "widower", "wife", "witness", "woman",
    "worker", "youngster",
})  # fmt: skip
