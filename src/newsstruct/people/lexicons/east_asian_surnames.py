"""Frequent Chinese, Korean and Vietnamese family names, which come first in
the name ("Xi Jinping", "Wang Yi", "Yang Jiechi", "Moon Jae-in").  A
capitalised pair starting with one of these is a person, and the family name
alone ("Wang said") refers back to that person.  From the Chinese Ministry of
Public Security's most-common-surnames list, Statistics Korea and Vietnamese
census summaries.
"""

EAST_ASIAN_SURNAMES = frozenset({
    "bai", "cai", "cao", "chen", "cheng", "choi", "chung", "cui", "dai", "deng", "ding", "dong",
    "du", "duan", "fan", "fang", "feng", "fu", "gao", "ge", "gong", "gu", "guo", "han", "hao",
    "hou", "hu", "hua", "huang", "jang", "jeong", "jia", "jiang", "jin", "kang", "kong", "lai",
    "lam", "lee", "li", "liang", "liao", "lim", "lin", "liu", "lu", "luo", "lyu", "meng",
    "moon", "nguyen", "pan", "park", "peng", "qian", "qin", "ren", "shao", "shen", "shi",
    "song", "su", "sun", "tan", "tang", "tian", "tran", "wan", "wang", "wei", "wen", "wu", "xi",
    "xia", "xiao", "xie", "xu", "xue", "yan", "yang", "yao", "ye", "yin", "yoon", "yu", "yuan",
    "zeng", "zhang", "zhao", "zheng", "zhong", "zhou", "zhu",
})  # fmt: skip
