"""Courtesy titles written before a person's name ("Mr. Blinken", "Ms Atwood",
"Dr. Fauci").  They confirm that the following capitalised words are a person
but say nothing about office.  From AP Stylebook courtesy titles and British
usage (no full stop), and the courtesy titles of the Nigerian and West African
press ("Alhaji" and "Alhaja"/"Hajia" for a man or woman who made the hajj,
"Comrade" for a unionist or activist, "Barrister", "Engr." for an engineer), and the
Malaysian honorifics the press prints before a name ("Datuk Seri", "Datin", "Tun",
"Encik", "Puan"), "Advocate" as the South Asian press prints it before a lawyer's
name (as "Barrister"), the Fijian chiefly title "Ratu", and the Setswana "Mma" and
"Rra" (Mrs/Ms and Mr) of the Botswana press, the Sierra Leonean "Haja", and the
Paraguayan "Ña" and Spanish "Doña" before a woman's name, "Hon." (Honourable) as the
Pacific and Commonwealth press prints it before a minister's name, and the Sesotho
"Ntate" (Mr) of the Lesotho press, the Malaysian "Hajah" and "Ir." (engineer), the
Swahili "Mzee" (elder) and the Kiribati "Nei" (Ms), the Portuguese "Dona" before a
woman's name (Cape Verde, Brazil, Portugal; "Dom" is left out, a given name too), and
"Aunty" as the Australian press prints it before the name of an Aboriginal or Torres
Strait Islander elder ("Auntie" and "Uncle" are left out: "Auntie Anne's", "Uncle Sam"),
and "Drs." (doctorandus) as the Dutch, Surinamese, Aruban and Indonesian press print it,
and the Catholic clergy's "Fr." (Father) and "Msgr." (Monsignor), with and without the
full stop, as the AP Stylebook and the Irish, Canadian and Philippine press print them
("Sr.", Sister, is left out: a suffix too, "John Doe Sr.").
"""

HONORIFICS = frozenset({
    "advocate", "alhaja", "alhaji", "aunty", "barrister", "comrade", "dame", "datin",
    "dato", "datuk", "dona", "doña", "dr", "dr.", "drs", "drs.", "encik", "engr",
    "engr.", "fr", "fr.", "haja", "hajah", "hajia", "hon", "hon.", "ir.", "lady",
    "lord", "madam", "miss", "mma", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "msgr",
    "msgr.", "mx", "mx.", "mzee", "nei", "ntate", "puan", "ratu", "rev.", "reverend",
    "rra", "seri", "sheikh", "sheikha", "sir", "tun", "ña",
})  # fmt: skip
