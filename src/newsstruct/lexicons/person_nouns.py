"""Common nouns for one unnamed person (or voice) that a speech cue can have as its
subject: "the woman said", "a friend commented", "the narrator says".  Such a
subject names no one the article introduces by name; the quote keeps the phrase
as its ``source``.  Kinship, role and voice nouns from the unnamed-source
descriptions in news attribution (PolNeAR annotation guidelines, AP Stylebook).
"""

PERSON_NOUNS = frozenset({
    "announcer", "attendee", "billionaire", "boy", "brother", "bystander", "caller", "child",
    "colleague", "customer", "daughter", "democrat", "demonstrator", "doctor", "employee",
    "father", "friend", "girl", "grandmother", "husband", "insider", "interviewer", "listener",
    "man", "member", "moderator", "mogul", "mom", "mother", "narrator", "neighbor", "nurse", "operative",
    "passenger", "patient", "person", "questioner", "reader", "republican", "respondent",
    "shopper", "sister", "son", "stranger", "student", "teacher", "tycoon", "user", "veteran",
    "viewer", "voice", "voice-over", "widow", "wife", "woman", "worker",
})  # fmt: skip
