"""Nouns that put a company's name right after them: "software company Brightline",
"the airline Skyjet", "retailer Homewise".  The name that follows is a body, not a
person, whatever its shape.

Lower case.  Generic nouns for businesses in English business news (kinds of
company, not industries that also name people's jobs: "publisher" and
"developer" name people too and are left out), and "NGO" ("Environmental NGO
Moviment Baħar Ħaj said").
"""

COMPANY_NOUNS = frozenset({
    "agency", "airline", "automaker", "bank", "brand", "brokerage", "carmaker",
    "carrier", "chain", "charity", "company", "conglomerate", "consultancy",
    "distributor", "exporter", "firm", "group", "importer", "insurer", "lender",
    "maker", "manufacturer", "miner", "newspaper", "ngo", "non-profit", "nonprofit", "refiner",
    "retailer", "start-up", "startup", "subsidiary", "supplier", "utility", "watchdog",
})  # fmt: skip
