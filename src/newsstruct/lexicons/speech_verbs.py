"""Speech cues: verbs and phrases that report speech or writing, in the forms
news copy uses ("said", "told", "chimed in", "according to", "wrote on
Twitter").  A quote's speaker is the subject of the nearest cue.  Collected
from the reporting verbs of news style guides and the attribution cues of the
PolNeAR annotation guidelines.  Multi-word cues are written with one space.
"""

SPEECH_CUES = frozenset({
    "according to", "accused", "accusing", "acknowledged", "acknowledges", "acknowledging",
    "add", "added", "adding", "adds", "admits", "admitted", "advised", "affirmed", "agreed",
    "agrees", "announced", "announces", "answered", "answers", "argued", "argues", "arguing",
    "asked", "asking", "asks", "asserted", "asserting", "asserts", "assured", "barked",
    "beamed", "bellowed", "boasted", "boasts", "boomed", "bragged", "called", "cautioned",
    "cautions", "chanted", "charged", "chided", "chimed in", "claimed", "claiming", "claims",
    "commented", "comments", "complained", "complains", "conceded", "concedes", "conceding",
    "concluded", "condemned", "confessed", "confesses", "confirmed", "confirms", "contended",
    "contends", "continued", "continues", "countered", "counters", "cried", "criticised",
    "criticized", "declared", "declares", "declaring", "demanded", "demurred", "denied",
    "denies", "denounced", "described", "describing", "echoed", "elaborated", "emailed",
    "emphasised", "emphasized", "emphasizes", "estimated", "exclaimed", "explained",
    "explaining", "explains", "fired back", "fumed", "gushed", "hit back", "hollered",
    "implored", "in a statement", "indicated", "informed", "insisted", "insisting", "insists",
    "interjected", "interrupted", "intoned", "joked", "joking", "lamented", "lamenting",
    "laughed", "maintained", "mocked", "mocks", "mused", "muttered", "noted", "notes",
    "noting", "objected", "observed", "offered", "opined", "pleaded", "pledged", "pointed out",
    "posted", "predicted", "predicts", "proclaimed", "promised", "protested", "quipped",
    "quipping", "raged", "read", "reads", "reasoned", "recalled", "recalling", "recalls",
    "recounted", "reiterated", "reiterates", "remarked", "remarks", "reminded", "repeated",
    "replied", "replies", "reported", "reports", "responded", "responds", "retorted",
    "revealed", "said", "sang", "saying", "says", "scoffed", "screamed", "shot back",
    "shouted", "shouts", "sighed", "sings", "slammed", "snapped", "speculated", "spoke of",
    "stated", "states", "stressed", "stresses", "stressing", "suggested", "suggesting",
    "suggests", "summed up", "teased", "tell", "telling", "tells", "testified", "texted",
    "thundered", "told", "tweeted", "tweeting", "urged", "urges", "urging", "vowed", "vowing",
    "warned", "warning", "warns", "went on", "whispered", "wondered", "writes", "writing",
    "wrote", "yelled", "yelling", "yells",
})  # fmt: skip
