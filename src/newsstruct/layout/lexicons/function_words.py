"""English function words: articles, pronouns, prepositions, conjunctions, auxiliaries.

Running prose is dense with them (about a third of its words), while menus,
section names, headlines and teaser lists are not: the block classifier of
:mod:`newsstruct.layout.region` reads their share as jusText does with its
stoplists (Pomikálek 2011, "Removing Boilerplate and Duplicate Content from Web
Corpora").  The closed word classes of English grammar, not a frequency list of
any corpus, so that no topic word ("university", "american") counts as one.
"""

FUNCTION_WORDS = frozenset({
    "a", "about", "above", "across", "after", "against", "all", "almost", "along", "also",
    "although", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "be",
    "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "doing", "down", "during", "each", "either", "every", "few", "for",
    "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
    "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "least", "less", "many", "may", "me", "might", "more", "most", "much",
    "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "often", "on",
    "once", "one", "only", "onto", "or", "other", "others", "our", "ours", "ourselves", "out",
    "over", "own", "per", "quite", "rather", "same", "several", "shall", "she", "should", "since",
    "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
    "there", "these", "they", "this", "those", "though", "through", "throughout", "thus", "till",
    "to", "too", "toward", "towards", "under", "unless", "until", "up", "upon", "us", "very",
    "via", "was", "we", "were", "what", "whatever", "when", "whenever", "where", "whether",
    "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would",
    "yet", "you", "your", "yours", "yourself",
})  # fmt: skip
