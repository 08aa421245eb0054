"""Head words of the titles of public office: the last word of "Secretary of
State", "Foreign Minister", "national security adviser", "FBI Director".

A person introduced with one of these titles holds or held public office
(government, legislature, party, military, judiciary, diplomacy, agencies,
international bodies).  Collected from English-language news style guides
(AP Stylebook title entries) and government titles of the US, UK, EU, China
and the UN.  Abbreviated forms keep their full stop ("sen."); the British police ranks
are also written without it ("Ch Supt", "Det Insp", "Sgt"), as is the British
councillor ("Cllr", the Canadian "Coun.") and the Australian and New Zealand one ("Cr").  "Lyonpo" is the Bhutanese title of a cabinet minister.
Members of provincial, state and European legislatures as the Canadian, Indian, Australian and
European press abbreviates them: "MLA", "MHA", "MPP", "MEP" (not "MNA", also a news agency), and
the Kenyan member of a county assembly, "MCA".  "Headman" and
"headwoman": the traditional authority of a village in Malawi, Zambia, Zimbabwe and
Thailand, a recognised office there ("Group Village Headman"); "sarpanch", the elected head
of an Indian village council; the head of an Indian district's administration
("District Collector").
"""

OFFICIAL_TITLE_HEADS = frozenset({
    "adm.", "administrator", "admiral", "adviser", "advisor", "aide", "alderman", "ambassador",
    "assemblyman", "assemblywoman", "attache", "attorney-general", "auditor", "brig.", "brigadier",
    "cabinet", "capt.", "captain", "chair", "chairman", "chairperson", "chairwoman", "chancellor",
    "chief", "chieftain", "cllr", "col.", "colonel", "commandant", "commander",
    "commissar", "commissioner", "comptroller", "congressman", "congresswoman", "consul", "coun.",
    "councillor", "councilman", "councilmember", "councilor", "councilwoman", "cr", "czar", "del.",
    "delegate", "det", "det.", "diplomat", "director", "emir", "emperor", "empress", "envoy",
    "gen.", "general", "gov.", "governor", "headman", "headwoman", "insp", "insp.", "inspector",
    "judge", "justice", "king", "lawmaker", "leader", "legislator", "lieutenant", "lt.", "lyonpo",
    "magistrate", "maj.", "major", "marshal", "mayor", "mca", "mep", "mha", "minister", "mla",
    "monarch", "mp", "mpp", "negotiator", "official", "ombudsman", "overseer", "premier",
    "president", "president-elect", "prime-minister", "prince", "princess", "prosecutor", "queen",
    "regent", "regulator", "rep.", "representative", "sarpanch", "secretary", "secretary-general",
    "sen.", "senator", "sergeant", "sgt", "sgt.", "sheriff", "speaker", "spokesman", "spokesperson",
    "spokeswoman", "sultan", "superintendent", "supt", "supt.", "taoiseach", "treasurer", "tsar",
    "undersecretary", "vice-president", "whip",
})  # fmt: skip
