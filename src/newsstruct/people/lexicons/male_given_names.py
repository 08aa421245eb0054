"""Given names that are almost always men's names ("Joe", "Antony", "Donald").
Used only to match ``he`` to a man and ``she`` to someone else; a name on
neither this list nor the female list leaves the pronoun free.  The general
given-name list minus the female and unisex names, US Social Security name
statistics deciding the sex.
"""

MALE_GIVEN_NAMES = frozenset({
    "aaron", "abdul", "abdullah", "abraham", "adam", "adrian", "ahmad", "ahmed", "alan",
    "albert", "alberto", "alejandro", "alex", "alexander", "alexei", "alfred", "alfredo",
    "ali", "allen", "alvin", "andre", "andreas", "andres", "andrew", "andy", "angelo",
    "anthony", "antonio", "antony", "armando", "arnold", "arthur", "austin", "barack", "barry",
    "ben", "benjamin", "benny", "bernard", "bernie", "bill", "billy", "blake", "bob", "bobby",
    "boris", "brad", "bradley", "brandon", "brent", "brett", "brian", "bruce", "bryan",
    "byron", "calvin", "carl", "carlos", "cecil", "cesar", "chad", "charles", "charlie",
    "chris", "christian", "christopher", "chuck", "clarence", "claude", "clay", "clayton",
    "clifford", "clint", "clinton", "cody", "colin", "conrad", "corey", "craig", "curt",
    "curtis", "dale", "damian", "dan", "daniel", "danny", "darrell", "darren",
    "dave", "david", "dean", "denis", "dennis", "derek", "desmond", "dick", "diego", "dmitri",
    "dmitry", "dominic", "don", "donald", "doug", "douglas", "duane", "dustin", "dwayne",
    "dwight", "dylan", "earl", "ed", "eddie", "edgar", "eduardo", "edward", "edwin", "elijah",
    "elliot", "elmer", "emanuel", "emmanuel", "enrique", "eric", "erik", "ernest", "ernesto",
    "ethan", "eugene", "evan", "everett", "felix", "fernando", "floyd", "francis", "francisco",
    "frank", "franklin", "fred", "frederick", "gabriel", "gary", "gavin", "gene", "geoffrey",
    "george", "gerald", "gerard", "gilbert", "glen", "glenn", "gordon", "grant", "greg",
    "gregory", "gustavo", "guy", "hal", "hank", "harold", "harry", "harvey", "hassan",
    "hector", "henry", "herbert", "herman", "howard", "hugh", "hugo", "hunter", "ian", "igor",
    "isaac", "ivan", "jack", "jacob", "jake", "james", "jared", "jason", "javier",
    "jay", "jeff", "jeffrey", "jeremy", "jerome", "jerry", "jesse", "jesus", "jim", "jimmy",
    "joe", "joel", "john", "johnny", "jon", "jonathan", "jorge", "jose", "joseph", "josh",
    "joshua", "juan", "julian", "julio", "justin", "karl", "keith", "ken", "kenneth", "kent",
    "kevin", "kirk", "kurt", "kyle", "lance", "larry", "lawrence", "leo", "leon",
    "leonard", "leroy", "lester", "lewis", "lloyd", "logan", "lonnie", "louis", "lucas",
    "luis", "luke", "malcolm", "manuel", "marc", "marcus", "mario", "mark", "marshall",
    "martin", "marvin", "matt", "matthew", "maurice", "max", "melvin", "michael", "miguel",
    "mike", "milton", "mitch", "mitchell", "mohamed", "mohammad", "mohammed", "muhammad",
    "nathan", "nathaniel", "neil", "nelson", "nicholas", "nick", "noah", "norman", "oliver",
    "omar", "oscar", "otis", "owen", "pablo", "patrick", "paul", "pedro", "perry", "pete",
    "peter", "phil", "philip", "phillip", "rafael", "rahul", "ralph", "ramon", "randall",
    "randy", "ray", "raymond", "reginald", "rex", "ricardo", "richard", "rick", "ricky", "rob",
    "robert", "roberto", "rodney", "roger", "roland", "ron", "ronald", "ross", "roy", "ruben",
    "rudy", "russell", "ryan", "salvador", "sam", "samuel", "scott", "sean", "sergei",
    "sergey", "sergio", "seth", "shane", "shaun", "shawn", "sheldon", "sherman", "sidney",
    "simon", "stanley", "stephen", "steve", "steven", "stuart", "ted", "terrence", "theodore",
    "thomas", "tim", "timothy", "todd", "tom", "tommy", "tony", "travis", "trent", "trevor",
    "troy", "tyler", "vernon", "victor", "vincent", "vladimir", "wade", "wallace", "walter",
    "warren", "wayne", "wesley", "wilbur", "willard", "william", "willie", "wilson", "xavier",
    "yuri", "zachary",
})  # fmt: skip
