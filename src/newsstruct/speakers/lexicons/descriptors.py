"""Descriptors that refer back to a titled person, and the title words they
fit: "the top US diplomat" -> a person titled Secretary of State, Foreign
Minister or ambassador; "the senator" -> "Sen."; "the lawmaker" -> a senator
or representative; "the judge" -> a Justice, Magistrate or Recorder.  Values
are space-separated head words of titles (as in
:mod:`newsstruct.lexicons.official_titles`).  From AP Stylebook title
abbreviations, the court and police ranks of Commonwealth news, and the
descriptors news copy uses on second reference.
"""

DESCRIPTOR_TITLES: dict[str, str] = {
    "barrister": "barrister counsel kc qc sc advocate",
    "coach": "coach manager",
    "congressman": "congressman rep. representative",
    "congresswoman": "congresswoman rep. representative",
    "detective": "det. detective inspector insp. sergeant sgt. superintendent supt.",
    "diplomat": "ambassador diplomat envoy minister secretary",
    "general": "gen. general",
    "governor": "gov. governor",
    "judge": "judge justice magistrate recorder",
    "lawmaker": "congressman congresswoman lawmaker legislator mp rep. representative sen. senator",
    "lawyer": "advocate attorney barrister counsel kc lawyer qc sc solicitor",
    "leader": "chairman leader premier president",
    "legislator": "assemblyman assemblywoman lawmaker legislator mla mp rep. sen. senator",
    "manager": "coach manager",
    "minister": "minister",
    "official": "director minister official secretary",
    "president": "president",
    "professor": "prof. professor",
    "representative": "rep. representative",
    "senator": "sen. senator",
    "spokesman": "spokesman spokesperson",
    "spokeswoman": "spokesperson spokeswoman",
}
