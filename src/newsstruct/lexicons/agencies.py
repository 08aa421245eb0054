"""Government agencies, departments and international bodies by their common
short names ("FBI", "State Department", "NATO").  A person whose title or
appositive names one of these is an official.  From the US federal agency
list (usa.gov A-Z index), UK and Chinese ministries and the UN system.
"""

AGENCIES = frozenset({
    "atf", "cbp", "cdc", "cia", "cisa", "dea", "defense department", "dhs", "dni", "dod", "doj",
    "eu", "europol", "faa", "fbi", "fcc", "fda", "fec", "fed", "fema", "ftc", "gao", "imf",
    "interpol", "irs", "justice department", "nasa", "nato", "nhs", "noaa", "nsa", "nsc",
    "opec", "osha", "pentagon", "sec", "secret service", "state department", "supreme court",
    "treasury", "un", "unesco", "unicef", "usaid", "white house", "who", "world bank", "wto",
})  # fmt: skip
