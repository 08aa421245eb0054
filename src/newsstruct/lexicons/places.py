"""Single-word place names that are never a person's name on their own:
countries, continents, disputed regions, capitals, large cities and US states
("Beijing", "Taiwan", "California").  Multi-word places ("Hong Kong") are
listed by their words.  From the UN member-state list and common news
datelines.
"""

PLACE_WORDS = frozenset({
    "afghanistan", "africa", "alabama", "alaska", "albania", "algeria", "america", "amsterdam",
    "angeles", "angola", "ankara", "antarctica", "arabia", "arctic", "argentina", "arizona",
    "arkansas", "armenia", "asia", "athens", "atlanta", "atlantic", "australia", "austria",
    "avenue", "azerbaijan", "baghdad", "bahrain", "baltimore", "bangkok", "bangladesh",
    "beijing", "belarus", "belgium", "berlin", "bogota", "bolivia", "bosnia", "boston",
    "brasilia", "brazil", "britain", "brooklyn", "brussels", "budapest", "bulgaria", "burma",
    "cairo", "california", "cambodia", "cameroon", "canada", "canberra", "capitol", "caracas",
    "carolina", "chicago", "chile", "china", "city", "colombia", "colorado", "congo",
    "connecticut", "copenhagen", "county", "crimea", "croatia", "cuba", "cyprus", "czechia",
    "dakota", "dallas", "damascus", "delaware", "delhi", "denmark", "denver", "detroit", "doha",
    "dubai", "dublin", "east", "ecuador", "egypt", "emirates", "england", "eritrea", "estonia",
    "ethiopia", "europe", "finland", "florida", "france", "francisco", "gaza", "geneva",
    "georgia", "germany", "ghana", "greece", "guatemala", "gulf", "haiti", "hampshire", "hanoi",
    "havana", "hawaii", "helsinki", "hill", "hollywood", "honduras", "hong", "houston",
    "hungary", "iceland", "idaho", "illinois", "india", "indiana", "indonesia", "iowa", "iran",
    "iraq", "ireland", "islamabad", "island", "islands", "israel", "istanbul", "italy",
    "jakarta", "jamaica", "japan", "jersey", "jerusalem", "johannesburg", "jordan", "kabul",
    "kansas", "kashmir", "kazakhstan", "kentucky", "kenya", "kiev", "kingdom", "kong", "korea",
    "kosovo", "kuwait", "kyiv", "kyrgyzstan", "lagos", "laos", "latvia", "lebanon", "liberia",
    "libya", "lima", "lisbon", "lithuania", "london", "louisiana", "macau", "madrid", "maine",
    "malaysia", "mali", "malta", "manhattan", "manila", "maryland", "massachusetts", "mexico",
    "miami", "michigan", "middle", "minnesota", "mississippi", "missouri", "moldova",
    "mongolia", "montana", "montenegro", "morocco", "moscow", "mozambique", "mumbai", "myanmar",
    "nairobi", "namibia", "nebraska", "nepal", "netherlands", "nevada", "nicaragua", "niger",
    "nigeria", "north", "norway", "ocean", "oceania", "ohio", "oklahoma", "oman", "oregon",
    "oslo", "ottawa", "pacific", "pakistan", "palestine", "panama", "paraguay", "paris",
    "peninsula", "pennsylvania", "peru", "philadelphia", "philippines", "phoenix", "poland",
    "portugal", "prague", "province", "pyongyang", "qatar", "republic", "riyadh", "romania",
    "rome", "russia", "rwanda", "san", "santiago", "scotland", "sea", "seattle", "senegal",
    "seoul", "serbia", "shanghai", "singapore", "slovakia", "slovenia", "somalia", "south",
    "spain", "state", "states", "stockholm", "strait", "street", "sudan", "sweden",
    "switzerland", "syria", "taipei", "taiwan", "tajikistan", "tanzania", "tehran", "tennessee",
    "texas", "thailand", "tibet", "tokyo", "tunisia", "turkey", "turkmenistan", "uganda",
    "ukraine", "united", "uruguay", "utah", "uzbekistan", "valley", "venezuela", "vermont",
    "vienna", "vietnam", "virginia", "wales", "warsaw", "washington", "west", "wisconsin",
    "woodside", "wyoming", "xinjiang", "yemen", "york", "zambia", "zealand", "zimbabwe",
})  # fmt: skip
