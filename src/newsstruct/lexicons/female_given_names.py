"""Given names that are almost always women's names ("Hillary", "Kylie",
"Nancy").  Used only to match ``she`` to a woman and ``he`` to someone else
when both were mentioned; a name on neither this list nor the male list leaves
the pronoun free.  Drawn from the general given-name list, US Social Security
name statistics deciding the sex; unisex names (Jordan, Kim) are left out.
"""

FEMALE_GIVEN_NAMES = frozenset({
    "abigail", "aisha", "alexandra", "alice", "alicia", "alison", "allison", "amanda", "amber",
    "amy", "ana", "andrea", "angela", "angelina", "anita", "ann", "anna", "anne", "annie",
    "april", "ashley", "barbara", "beth", "betsy", "betty", "beverly", "brenda", "bridget",
    "brittany", "caitlin", "carla", "carmen", "carol", "caroline", "carolyn", "catherine",
    "charlotte", "chelsea", "cheryl", "christina", "christine", "cindy", "claire", "clara",
    "condoleezza", "connie", "crystal", "cynthia", "danielle", "deborah", "debra", "diana",
    "diane", "donna", "doris", "dorothy", "edith", "eileen", "elena", "elizabeth", "ellen",
    "emily", "emma", "erica", "erin", "eva", "evelyn", "fatima", "fiona", "frances", "gail",
    "gina", "gloria", "grace", "hannah", "heather", "heidi", "helen", "hillary", "holly",
    "huma", "irene", "isabel", "ivanka", "jacqueline", "jane", "janet", "janice", "jennifer",
    "jenny", "jessica", "jill", "joan", "joanne", "joyce", "judith", "judy", "julia", "julie",
    "karen", "kate", "katherine", "kathleen", "kathryn", "kathy", "katie", "kayla", "kellyanne",
    "kimberly", "kristen", "kylie", "laura", "lauren", "leah", "linda", "lisa", "liz", "lois",
    "lori", "louise", "lucy", "lydia", "madeline", "maria", "marie", "marilyn", "marsha",
    "martha", "mary", "maureen", "megan", "melania", "melissa", "michele", "michelle", "monica",
    "nadia", "nancy", "naomi", "natalie", "nicole", "nikki", "olga", "olivia", "pamela",
    "patricia", "paula", "peggy", "penny", "rachel", "rebecca", "rita", "rose", "ruby", "ruth",
    "sally", "samantha", "sandra", "sara", "sarah", "sharon", "sheila", "shirley", "sophia",
    "stacey", "stephanie", "sue", "susan", "tammy", "tanya", "teresa", "theresa", "tiffany",
    "tina", "tracy", "valerie", "vanessa", "victoria", "virginia", "wendy",
})  # fmt: skip
