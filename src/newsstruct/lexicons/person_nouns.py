"""Common nouns for one unnamed person (or voice) that a speech cue can have as its
subject: "the woman said", "a friend commented", "the narrator says".  Such a
subject names no one the article introduces by name; the quote keeps the phrase
as its ``source``.  Kinship, role and voice nouns from the unnamed-source
descriptions in news attribution (PolNeAR annotation guidelines, AP Stylebook),
and the nouns of age, faith, sport and craft that second references use ("the
teenager", "the abbot", "the skipper", "the weaver"), and of residents by what they
hold or pay ("ratepayer", "homeowner", "stallholder").
"""

PERSON_NOUNS = frozenset({
    "abbot", "announcer", "attendee", "aunt", "baker", "batsman", "beekeeper",
    "billionaire", "boatman", "bowler", "boy", "brother", "butcher", "bystander",
    "caller", "carpenter", "child", "climber", "coach", "colleague", "commuter",
    "coroner", "cousin", "customer", "cyclist", "dancer", "daughter", "debutant",
    "democrat", "demonstrator", "doctor", "driver", "employee", "fan", "farmer",
    "father", "ferryman", "fiddler", "firefighter", "fisherman", "friend", "girl",
    "granddaughter", "grandfather", "grandmother", "grandson", "grower", "herder",
    "homeowner", "householder", "husband", "imam", "insider", "interviewer", "jockey",
    "landlord", "landowner", "leaseholder", "listener", "man", "medic", "member",
    "midwife", "moderator", "mogul", "mom", "monk", "mother", "motorist", "narrator",
    "neighbor", "neighbour", "nephew", "newcomer", "niece", "nun", "nurse", "operative",
    "owner", "paramedic", "parent", "parishioner", "passenger", "pastor", "pathologist",
    "patient", "pensioner", "person", "pilot", "player", "priest", "questioner",
    "ratepayer", "reader", "referee", "relative", "republican", "rescuer", "resident",
    "respondent", "rookie", "shopkeeper", "shopper", "sister", "skipper", "smallholder",
    "soldier", "son", "sprinter", "stallholder", "stranger", "student", "survivor",
    "swimmer", "taxpayer", "teacher", "teenager", "tenant", "trader", "trapper",
    "tycoon", "uncle", "user", "vendor", "veteran", "victim", "viewer", "villager",
    "visitor", "voice", "voice-over", "volunteer", "weaver", "widow", "widower", "wife",
    "witness", "woman", "worker", "youngster",
})  # fmt: skip
