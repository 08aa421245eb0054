"""Single-word place names that are never a person's name on their own:
countries, continents, disputed regions, capitals, large cities and US states
("Beijing", "Taiwan", "California").  Multi-word places ("Hong Kong") are
listed by their words when none is a name; the others ("Costa Rica") are in
:mod:`~newsstruct.lexicons.place_names`.  From the UN member-state list and common
news datelines, with the capitals and large cities of South Asia, South-East Asia
and Africa that lead wire datelines there ("LAHORE:", "KUALA LUMPUR:"); cities and
countries that are also common names are left out (Colombo, Kano; "Chad", a given
name; "Togo", "Tonga", "Monaco", surnames); "salaam" is the last word of Dar es
Salaam; Greenland, a territory, is named like a country ("Statistics Greenland").
"""

PLACE_WORDS = frozenset({
    "ababa", "abidjan", "abuja", "accra", "addis", "afghanistan", "africa", "ahmedabad",
    "alabama", "alaska", "albania", "algeria", "algiers", "almaty", "america", "amsterdam",
    "andorra", "angeles", "angola", "ankara", "antarctica", "arabia", "arctic", "argentina",
    "arizona", "arkansas", "armenia", "asia", "astana", "athens", "atlanta", "atlantic",
    "australia", "austria", "avenue", "azerbaijan", "baghdad", "bahamas", "bahrain",
    "baltimore", "bangkok", "bangladesh", "barbados", "beijing", "beirut", "belarus",
    "belgium", "belize", "bengaluru", "benin", "berlin", "bhutan", "bogota", "bolivia",
    "bosnia", "boston", "botswana", "brasilia", "brazil", "britain", "brooklyn", "brunei",
    "brussels", "budapest", "bulgaria", "burma", "burundi", "cairo", "california",
    "cambodia", "cameroon", "canada", "canberra", "capitol", "caracas", "carolina",
    "casablanca", "cebu", "chennai", "chicago", "chile", "china", "chittagong", "city",
    "colombia", "colorado", "comoros", "congo", "connecticut", "copenhagen", "county",
    "crimea", "croatia", "cuba", "cyprus", "czechia", "dakar", "dakota", "dallas",
    "damascus", "davao", "delaware", "delhi", "denmark", "denver", "detroit", "dhaka",
    "djibouti", "doha", "dominica", "dubai", "dublin", "durban", "east", "ecuador", "egypt",
    "emirates", "england", "eritrea", "estonia", "eswatini", "ethiopia", "europe",
    "faisalabad", "fiji", "finland", "florida", "france", "francisco", "gabon", "gaborone",
    "gambia", "gaza", "geneva", "georgia", "germany", "ghana", "greece", "greenland",
    "grenada", "guatemala", "guinea", "gulf", "guyana", "haiti", "hampshire", "hanoi",
    "harare", "havana", "hawaii", "helsinki", "hill", "hollywood", "honduras", "hong",
    "houston", "hungary", "hyderabad", "ibadan", "iceland", "idaho", "illinois", "india",
    "indiana", "indonesia", "iowa", "iran", "iraq", "ireland", "islamabad", "island",
    "islands", "israel", "istanbul", "italy", "jakarta", "jamaica", "japan", "jersey",
    "jerusalem", "johannesburg", "jordan", "kabul", "kampala", "kansas", "karachi",
    "kashmir", "kathmandu", "kazakhstan", "kentucky", "kenya", "khartoum", "kiev", "kigali",
    "kingdom", "kinshasa", "kiribati", "kolkata", "kong", "korea", "kosovo", "kuala",
    "kumasi", "kuwait", "kyiv", "kyrgyzstan", "lagos", "lahore", "laos", "latvia",
    "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lima", "lisbon",
    "lithuania", "london", "louisiana", "luanda", "lumpur", "lusaka", "luxembourg", "macau",
    "madagascar", "madrid", "maine", "malawi", "malaysia", "maldives", "mali", "malta",
    "manhattan", "manila", "maputo", "maryland", "massachusetts", "mauritania", "mauritius",
    "mexico", "miami", "michigan", "micronesia", "middle", "minnesota", "mississippi",
    "missouri", "mogadishu", "moldova", "mongolia", "montana", "montenegro", "morocco",
    "moscow", "mozambique", "multan", "mumbai", "myanmar", "nairobi", "namibia", "nauru",
    "nebraska", "nepal", "netherlands", "nevada", "nicaragua", "niger", "nigeria", "north",
    "norway", "ocean", "oceania", "ohio", "oklahoma", "oman", "oregon", "oslo", "ottawa",
    "pacific", "pakistan", "palau", "palestine", "panama", "paraguay", "paris", "penang",
    "peninsula", "pennsylvania", "peru", "peshawar", "philadelphia", "philippines",
    "phoenix", "poland", "portugal", "prague", "province", "putrajaya", "pyongyang",
    "qatar", "quetta", "rabat", "rawalpindi", "republic", "riyadh", "romania", "rome",
    "russia", "rwanda", "salaam", "samoa", "san", "santiago", "scotland", "sea", "seattle",
    "senegal", "seoul", "serbia", "seychelles", "shanghai", "singapore", "slovakia",
    "slovenia", "somalia", "south", "spain", "state", "states", "stockholm", "strait",
    "street", "sudan", "suriname", "sweden", "switzerland", "syria", "taipei", "taiwan",
    "tajikistan", "tanzania", "tashkent", "tehran", "tennessee", "texas", "thailand",
    "tibet", "tokyo", "tunis", "tunisia", "turkey", "turkmenistan", "tuvalu", "uganda",
    "ukraine", "united", "uruguay", "utah", "uzbekistan", "valley", "vanuatu", "venezuela",
    "vermont", "vienna", "vietnam", "virginia", "wales", "warsaw", "washington", "west",
    "windhoek", "wisconsin", "woodside", "wyoming", "xinjiang", "yangon", "yemen", "york",
    "zambia", "zealand", "zimbabwe",
})  # fmt: skip
