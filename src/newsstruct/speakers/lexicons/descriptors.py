"""Descriptors that refer back to a titled person, and the title words they
fit: "the top US diplomat" -> a person titled Secretary of State, Foreign
Minister or ambassador; "the senator" -> "Sen."; "the lawmaker" -> a senator
or representative; "the judge" -> a Justice, Magistrate or Recorder.  Values
are space-separated head words of titles (as in
:mod:`newsstruct.lexicons.official_titles`).  From AP Stylebook title
abbreviations, the court and police ranks of Commonwealth news, and the
descriptors news copy uses on second reference, and the forms of address of
:mod:`newsstruct.lexicons.address_forms` ("Her Honour" -> a judge).
"""

DESCRIPTOR_TITLES: dict[str, str] = {
    "barrister": "barrister counsel kc qc sc advocate",
    "coach": "coach manager",
    "congressman": "congressman rep. representative",
    "congresswoman": "congresswoman rep. representative",
    "detective": "det. detective inspector insp. sergeant sgt. superintendent supt.",
    "diplomat": "ambassador diplomat envoy minister secretary",
    "eminence": "cardinal",
    "excellency": "ambassador commissioner governor president",
    "general": "gen. general",
    "governor": "gov. governor",
    "highness": "emir king prince princess queen sheikh sultan",
    "holiness": "pope patriarch",
    "honor": "judge justice magistrate recorder",
    "honour": "judge justice magistrate recorder",
    "judge": "judge justice magistrate recorder",
    "ladyship": "judge justice lady",
    "lawmaker": "congressman congresswoman lawmaker legislator mp rep. representative sen. senator",
    "lawyer": "advocate attorney barrister counsel kc lawyer qc sc solicitor",
    "leader": "chairman leader premier president",
    "legislator": "assemblyman assemblywoman lawmaker legislator mla mp rep. sen. senator",
    "lordship": "judge justice lord",
    "majesty": "emperor king queen sultan",
    "manager": "coach manager",
    "minister": "minister",
    "official": "director minister official secretary",
    "president": "president",
    "professor": "prof. professor",
    "representative": "rep. representative",
    "senator": "sen. senator",
    "spokesman": "spokesman spokesperson",
    "spokeswoman": "spokesperson spokeswoman",
    "worship": "magistrate mayor",
}
