"""Descriptors that refer back to a titled person, and the title words they
fit: "the top US diplomat" -> a person titled Secretary of State, Foreign
Minister or ambassador; "the senator" -> "Sen."; "the lawmaker" -> a senator
or representative.  Values are space-separated head words of titles (as in
:mod:`newsstruct.lexicons.official_titles`).  From AP Stylebook title
abbreviations and the descriptors news copy uses on second reference.
"""

DESCRIPTOR_TITLES: dict[str, str] = {
    "congressman": "congressman rep. representative",
    "congresswoman": "congresswoman rep. representative",
    "diplomat": "ambassador diplomat envoy minister secretary",
    "general": "gen. general",
    "governor": "gov. governor",
    "lawmaker": "congressman congresswoman lawmaker legislator mp rep. representative sen. senator",
    "leader": "chairman leader premier president",
    "minister": "minister",
    "official": "director minister official secretary",
    "president": "president",
    "representative": "rep. representative",
    "senator": "sen. senator",
    "spokesman": "spokesman spokesperson",
    "spokeswoman": "spokesperson spokeswoman",
}
