"""Single-word place names that are never a person's name on their own:
countries, continents, disputed regions, capitals, large cities and US states
("Beijing", "Taiwan", "California").  Multi-word places ("Hong Kong") are
listed by their words.  From the UN member-state list and common news
datelines, with the capitals and large cities of South Asia, South-East Asia and
Africa that lead wire datelines there ("LAHORE:", "KUALA LUMPUR:"); cities that
are also common surnames (Colombo, Kano) are left out; "salaam" is the last word
of Dar es Salaam.
"""

PLACE_WORDS = frozenset({
    "ababa", "abidjan", "abuja", "accra", "addis", "afghanistan", "africa", "ahmedabad",
    "alabama", "alaska", "albania", "algeria", "algiers", "almaty", "america", "amsterdam",
    "angeles", "angola", "ankara", "antarctica", "arabia", "arctic", "argentina", "arizona",
    "arkansas", "armenia", "asia", "astana", "athens", "atlanta", "atlantic", "australia",
    "austria", "avenue", "azerbaijan", "baghdad", "bahrain", "baltimore", "bangkok",
    "bangladesh", "beijing", "beirut", "belarus", "belgium", "bengaluru", "berlin", "bogota",
    "bolivia", "bosnia", "boston", "brasilia", "brazil", "britain", "brooklyn", "brussels",
    "budapest", "bulgaria", "burma", "cairo", "california", "cambodia", "cameroon", "canada",
    "canberra", "capitol", "caracas", "carolina", "casablanca", "cebu", "chennai", "chicago",
    "chile", "china", "chittagong", "city", "colombia", "colorado", "congo", "connecticut",
    "copenhagen", "county", "crimea", "croatia", "cuba", "cyprus", "czechia", "dakar", "dakota",
    "dallas", "damascus", "davao", "delaware", "delhi", "denmark", "denver", "detroit",
    "dhaka", "doha", "dubai", "dublin", "durban", "east", "ecuador", "egypt", "emirates",
    "england", "eritrea", "estonia", "ethiopia", "europe", "faisalabad", "finland", "florida",
    "france", "francisco", "gaborone", "gaza", "geneva", "georgia", "germany", "ghana",
    "greece", "guatemala", "gulf", "haiti", "hampshire", "hanoi", "harare", "havana", "hawaii",
    "helsinki", "hill", "hollywood", "honduras", "hong", "houston", "hungary", "hyderabad",
    "ibadan", "iceland", "idaho", "illinois", "india", "indiana", "indonesia", "iowa", "iran",
    "iraq", "ireland", "islamabad", "island", "islands", "israel", "istanbul", "italy",
    "jakarta", "jamaica", "japan", "jersey", "jerusalem", "johannesburg", "jordan", "kabul",
    "kampala", "kansas", "karachi", "kashmir", "kathmandu", "kazakhstan", "kentucky", "kenya",
    "khartoum", "kiev", "kigali", "kingdom", "kinshasa", "kolkata", "kong", "korea", "kosovo",
    "kuala", "kumasi", "kuwait", "kyiv", "kyrgyzstan", "lagos", "lahore", "laos", "latvia",
    "lebanon", "liberia", "libya", "lima", "lisbon", "lithuania", "london", "louisiana",
    "luanda", "lumpur", "lusaka", "macau", "madrid", "maine", "malaysia", "mali", "malta",
    "manhattan", "manila", "maputo", "maryland", "massachusetts", "mexico", "miami", "michigan",
    "middle", "minnesota", "mississippi", "missouri", "mogadishu", "moldova", "mongolia",
    "montana", "montenegro", "morocco", "moscow", "mozambique", "multan", "mumbai", "myanmar",
    "nairobi", "namibia", "nebraska", "nepal", "netherlands", "nevada", "nicaragua", "niger",
    "nigeria", "north", "norway", "ocean", "oceania", "ohio", "oklahoma", "oman", "oregon",
    "oslo", "ottawa", "pacific", "pakistan", "palestine", "panama", "paraguay", "paris",
    "penang", "peninsula", "pennsylvania", "peru", "peshawar", "philadelphia", "philippines",
    "phoenix", "poland", "portugal", "prague", "province", "putrajaya", "pyongyang", "qatar",
    "quetta", "rabat", "rawalpindi", "republic", "riyadh", "romania", "rome", "russia",
    "rwanda", "salaam", "san", "santiago", "scotland", "sea", "seattle", "senegal", "seoul",
    "serbia", "shanghai", "singapore", "slovakia", "slovenia", "somalia", "south", "spain",
    "state", "states", "stockholm", "strait", "street", "sudan", "sweden", "switzerland",
    "syria", "taipei", "taiwan", "tajikistan", "tanzania", "tashkent", "tehran", "tennessee",
    "texas", "thailand", "tibet", "tokyo", "tunis", "tunisia", "turkey", "turkmenistan",
    "uganda", "ukraine", "united", "uruguay", "utah", "uzbekistan", "valley", "venezuela",
    "vermont", "vienna", "vietnam", "virginia", "wales", "warsaw", "washington", "west",
    "windhoek", "wisconsin", "woodside", "wyoming", "xinjiang", "yangon", "yemen", "york",
    "zambia", "zealand", "zimbabwe",
})  # fmt: skip
