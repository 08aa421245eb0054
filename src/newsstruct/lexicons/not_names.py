"""Words that are capitalised at the start of a sentence or in a headline but are
never part of a person's name: articles, pronouns, conjunctions,
prepositions, sentence adverbs, auxiliaries, number words ("Six others were
hurt") and frequent headline verbs ("Since", "However", "According", "The", "Watch").  Months and weekdays come
from :mod:`newsstruct.text.timewords`.  Collected from English function-word lists.
"""

NOT_NAME_WORDS = frozenset({
    "a", "about", "above", "according", "across", "after", "afterwards", "against", "ago", "ahead",
    "all", "almost", "also", "although", "amid", "among", "an", "analysis", "and", "another", "any",
    "anyone", "anything", "are", "as", "at", "back", "be", "because", "been", "before", "behind",
    "being", "below", "beneath", "beside", "besides", "between", "beyond", "both", "breaking",
    "but", "by", "can", "conservative", "could", "democrat", "democratic", "democrats", "despite",
    "did", "do", "does", "dozens", "dr", "during", "each", "earlier", "early", "editorial", "eight",
    "either", "eleven", "else", "even", "ever", "every", "everyone", "except", "exclusive", "few",
    "fifty", "finally", "first", "five", "for", "former", "forty", "four", "from", "further",
    "furthermore", "given", "gop", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "however", "hundred", "i", "if", "in", "including",
    "indeed", "independent", "inside", "instead", "into", "is", "it", "its", "itself", "just",
    "last", "late", "later", "latest", "least", "less", "liberal", "like", "live", "many", "may",
    "maybe", "me", "meanwhile", "more", "moreover", "most", "mr", "mrs", "ms", "much", "must", "my",
    "near", "neither", "nevertheless", "new", "next", "nine", "no", "nobody", "none", "nor", "not",
    "nothing", "now", "of", "off", "on", "once", "one", "only", "opinion", "or", "other", "others",
    "otherwise", "our", "ours", "out", "outside", "over", "overall", "perhaps", "photos", "please",
    "plus", "progressive", "rather", "read", "recently", "regarding", "related", "republican",
    "republicans", "said", "says", "second", "seven", "several", "shall", "she", "should", "since",
    "sir", "six", "so", "some", "someone", "something", "still", "such", "tags", "ten", "than",
    "thanks", "that", "the", "their", "theirs", "them", "then", "there", "therefore", "these",
    "they", "third", "thirty", "this", "those", "though", "thousand", "three", "through",
    "throughout", "thus", "to", "today", "together", "tomorrow", "too", "toward", "towards",
    "twelve", "twenty", "two", "under", "unless", "unlike", "until", "up", "update", "updated",
    "upon", "us", "very", "via", "video", "was", "watch", "we", "were", "what", "whatever", "when",
    "whenever", "where", "whereas", "whether", "which", "while", "who", "whom", "whose", "why",
    "will", "with", "within", "without", "would", "yesterday", "yet", "you", "your",
})  # fmt: skip
