"""Frequent Chinese, Korean and Vietnamese family names, which come first in
the name ("Xi Jinping", "Wang Yi", "Yang Jiechi", "Moon Jae-in").  A
capitalised pair starting with one of these is a person, and the family name
alone ("Wang said") refers back to that person.  From the Chinese Ministry of
Public Security's most-common-surnames list, Statistics Korea and Vietnamese
census summaries, with the common romanisations of Hokkien, Teochew and Cantonese
family names used in Singapore, Malaysia and Hong Kong ("Goh", "Ng", "Wong"); those
that are also English words or given names ("Low", "Sim", "Ang", "Ho") are left out.
"""

EAST_ASIAN_SURNAMES = frozenset({
    "bai", "cai", "cao", "chan", "chen", "cheng", "cheung", "chia", "choi", "chua", "chung",
    "cui", "dai", "deng", "ding", "dong", "du", "duan", "fan", "fang", "feng", "fong", "fu",
    "gao", "ge", "goh", "gong", "gu", "guo", "han", "hao", "heng", "hou", "hu", "hua", "huang",
    "jang", "jeong", "jia", "jiang", "jin", "kang", "koh", "kong", "kwok", "lai", "lam", "lau",
    "lee", "leong", "li", "liang", "liao", "lim", "lin", "liu", "lu", "luo", "lyu", "meng",
    "moon", "ng", "nguyen", "ong", "pan", "park", "peng", "qian", "qin", "quek", "ren", "seah",
    "shao", "shen", "shi", "song", "su", "sun", "tan", "tang", "tay", "teo", "tham", "tian",
    "toh", "tran", "tsang", "wan", "wang", "wei", "wen", "wong", "wu", "xi", "xia", "xiao",
    "xie", "xu", "xue", "yan", "yang", "yao", "yap", "ye", "yeo", "yeung", "yin", "yoon", "yu",
    "yuan", "zeng", "zhang", "zhao", "zheng", "zhong", "zhou", "zhu",
})  # fmt: skip
