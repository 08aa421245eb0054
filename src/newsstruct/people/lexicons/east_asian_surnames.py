"""Frequent Chinese, Korean and Vietnamese family names, which come first in
the name ("Xi Jinping", "Wang Yi", "Yang Jiechi", "Moon Jae-in").  A
capitalised pair starting with one of these is a person, and the family name
alone ("Wang said") refers back to that person.  From the Chinese Ministry of
Public Security's most-common-surnames list, Statistics Korea and Vietnamese
census summaries (Nguyen, Tran, Pham, Hoang, Phan, Vu, Dang, Bui, Ngo ...), with
the common romanisations of Hokkien, Teochew and Cantonese family names used in
Singapore, Malaysia and Hong Kong ("Goh", "Ng", "Wong"); those that are also
English words or given names ("Low", "Sim", "Ang", "Ho", "Le", "Do") are left out.
"""

EAST_ASIAN_SURNAMES = frozenset({
    "bai", "bui", "cai", "cao", "chan", "chen", "cheng", "cheung", "chia", "choi", "chua",
    "chung", "cui", "dai", "dang", "deng", "ding", "dinh", "dong", "du", "duan", "duong", "fan",
    "fang", "feng", "fong", "fu", "gao", "ge", "goh", "gong", "gu", "guo", "han", "hao", "heng",
    "hoang", "hou", "hu", "hua", "huang", "huynh", "jang", "jeong", "jia", "jiang", "jin",
    "kang", "koh", "kong", "kwok", "lai", "lam", "lau", "lee", "leong", "li", "liang", "liao",
    "lim", "lin", "liu", "lu", "luo", "lyu", "meng", "moon", "ng", "ngo", "nguyen", "ong",
    "pan", "park", "peng", "pham", "phan", "qian", "qin", "quek", "ren", "seah", "shao", "shen",
    "shi", "song", "su", "sun", "tan", "tang", "tay", "teo", "tham", "tian", "toh", "tran",
    "trinh", "truong", "tsang", "vo", "vu", "wan", "wang", "wei", "wen", "wong", "wu", "xi",
    "xia", "xiao", "xie", "xu", "xue", "yan", "yang", "yao", "yap", "ye", "yeo", "yeung", "yin",
    "yoon", "yu", "yuan", "zeng", "zhang", "zhao", "zheng", "zhong", "zhou", "zhu",
})  # fmt: skip
