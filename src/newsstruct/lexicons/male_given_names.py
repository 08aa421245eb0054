"""Given names that are almost always men's names ("Joe", "Antony", "Donald").
Used only to match ``he`` to a man and ``she`` to someone else; a name on
neither this list nor the female list leaves the pronoun free.  The general
given-name list minus the female and unisex names, US Social Security name
statistics deciding the sex.
"""

MALE_GIVEN_NAMES = frozenset({
    "aaron", "abdul", "abdullah", "abraham", "adam", "adrian", "ahmad", "ahmed", "alan",
    "albert", "alberto", "alejandro", "alexander", "alexei", "alfred", "ali", "andre",
    "andreas", "andrew", "andy", "anthony", "antonio", "antony", "arthur", "austin", "barack",
    "barry", "ben", "benjamin", "benny", "bernard", "bernie", "bill", "billy", "bob", "bobby",
    "boris", "brad", "bradley", "brandon", "brett", "brian", "bruce", "bryan", "carl", "carlos",
    "charles", "charlie", "christian", "christopher", "chuck", "claude", "clifford", "colin",
    "craig", "dan", "daniel", "danny", "darren", "dave", "david", "dean", "denis", "dennis",
    "derek", "dick", "dmitry", "dominic", "don", "donald", "doug", "douglas", "dylan", "earl",
    "ed", "eddie", "edward", "elijah", "emmanuel", "eric", "erik", "ernest", "ethan", "eugene",
    "evan", "fernando", "francis", "frank", "fred", "frederick", "gabriel", "gary", "gavin",
    "george", "gerald", "glenn", "gordon", "greg", "gregory", "harold", "harry", "hassan",
    "henry", "howard", "hugh", "hunter", "ian", "igor", "isaac", "jack", "jacob", "jake",
    "james", "jared", "jason", "javier", "jay", "jeff", "jeffrey", "jeremy", "jerry", "jesse",
    "jim", "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan", "jorge", "jose",
    "joseph", "josh", "joshua", "juan", "julian", "justin", "keith", "ken", "kenneth", "kevin",
    "kirk", "kyle", "larry", "lawrence", "leo", "leon", "louis", "lucas", "luis", "luke",
    "mario", "mark", "martin", "matt", "matthew", "max", "michael", "miguel", "mike", "mitch",
    "mitchell", "mohamed", "mohammad", "mohammed", "muhammad", "nathan", "neil", "nicholas",
    "nick", "noah", "norman", "omar", "oscar", "patrick", "paul", "pedro", "pete", "peter",
    "philip", "phillip", "rahul", "ralph", "randy", "raymond", "richard", "rick", "rob",
    "robert", "roberto", "roger", "ron", "ronald", "ross", "roy", "russell", "ryan", "samuel",
    "scott", "sean", "sergei", "sergey", "shawn", "simon", "stanley", "stephen", "steve",
    "steven", "ted", "thomas", "tim", "timothy", "todd", "tom", "tommy", "tony", "travis",
    "tyler", "victor", "vincent", "vladimir", "walter", "wayne", "william", "willie", "yuri",
    "zachary",
})  # fmt: skip
