"""The shapes of verbs that make words a clause: finite verbs and auxiliaries, past forms
in -ed, present forms in -s, plain present verbs after a plural (``passengers spend``), and
a verb past a "who" clause.  :mod:`newsstruct.reported.clauses` reads clauses with them.

>>> finite("was"), verb_like("removed"), present_tense("restores"), present_tense("news")
(True, True, True, False)
"""

from __future__ import annotations

from newsstruct.lexicons.irregular_past import IRREGULAR_PAST
from newsstruct.reported.lexicons.plural_verbs import PLURAL_VERBS

__all__ = [
    "CONJUNCTIONS",
    "FINITE_WORDS",
    "NOT_SUBJECT_WORDS",
    "adverb",
    "complete_verb",
    "finite",
    "plural_present",
    "present_tense",
    "verb_after_relative",
    "verb_like",
]

#: Conjunctions that join clauses or verbs ("laughed and said", "But as ...").
CONJUNCTIONS = frozenset({"and", "but", "or", "nor"})

#: Words that make a stretch a clause: auxiliaries, modals, common finite verbs.
FINITE_WORDS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
    | {"should", "may", "might", "must", "did", "does", "do", "shall", "wo", "won't", "isn't"}
    | {"wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't", "couldn't"}
    | {"didn't", "doesn't", "don't", "can't", "cannot", "needs", "wants", "plans", "remains"}
    | {"shouldn't", "mustn't", "mightn't", "needn't", "shan't", "ain't", "oughtn't"}
)

#: Words ending in -s that are no plural subject ("was", "is", "has", "this", "its").
NOT_SUBJECT_WORDS = frozenset(
    {"was", "is", "has", "this", "its", "his", "hers", "ours", "yes", "as"}
)


def verb_like(word: str) -> bool:
    """A finite verb, or a past form in -ed (``rebels removed``): no list item holds one."""
    return finite(word) or regular_past(word)


#: A past in -ed of four letters that the length test leaves out with "shed", "need"
#: ("owed", "sued" are mostly passive participles: "nurses who are owed back pay").
_SHORT_PASTS = frozenset({"used"})


def regular_past(word: str) -> bool:
    """A past form in -ed longer than four letters (``removed``; not ``shed``, ``need``),
    or one in -ied (``died``, ``lied``), or ``used``."""
    return word.endswith("ed") and (len(word) > 4 or word.endswith("ied") or word in _SHORT_PASTS)


def complete_verb(word: str) -> bool:
    """A verb complete without an object after a subject pronoun: a past or a present in
    -s, no auxiliary (``lied``, ``happened``, ``agrees``; not ``was``, ``indeed``,
    ``unprompted``)."""
    if word in FINITE_WORDS:
        return False
    past = word.endswith("ed") and word not in ("said", "indeed") and not word.startswith("un")
    return finite(word) or past or present_tense(word)


def finite(word: str) -> bool:
    """An auxiliary, a modal, a common finite verb or an irregular past (lower case)."""
    return word in FINITE_WORDS or word in IRREGULAR_PAST


def verb_after_relative(words: list[str], k: int) -> bool:
    """A finite verb after the "who" clause at ``words[k]``, not joined to its own verb by
    a conjunction (``men who worked at the port | had been arrested``)."""
    for j in range(k + 2, min(len(words), k + 12)):
        if (
            words[j] in FINITE_WORDS
            and words[j - 1] not in CONJUNCTIONS
            and words[j - 1] not in FINITE_WORDS
        ):
            return True
    return False


#: Plural nouns without an -s ("children need", "women fear").
_PLURALS = frozenset({"children", "people", "women", "men", "police", "staff", "youth"})


def plural_present(words: list[str], k: int) -> bool:
    """``words[k]``, within the first four words, is a plain present verb after a plural
    noun (``passengers spend``) or after one and a phrase of place (``young men from the
    medina prefer``), or ``used to``."""
    if words[k] == "used" and words[k + 1 : k + 2] == ["to"]:
        return k <= 3
    after = words[k + 1 : k + 2]
    if after and len(after[0]) > 3 and after[0].endswith("s") and after[0] not in _NOT_VERBS_IN_S:
        return False  # "new savings account rates", "the region support groups": no verb
    if k > 3:  # "young men from the medina prefer"
        return k <= 7 and words[k] in PLURAL_VERBS and _plural_then_phrase(words, k)
    return _plural(words[k - 1]) and words[k] in PLURAL_VERBS


def _plural(word: str) -> bool:
    return word in _PLURALS or (word.endswith("s") and word not in NOT_SUBJECT_WORDS)


#: Prepositions of a phrase between a plural subject and its verb ("men from the medina").
_SUBJECT_PHRASE = frozenset({"from", "in", "of", "at", "on", "across", "near", "around"})


def _plural_then_phrase(words: list[str], k: int) -> bool:
    """``young men from the medina prefer``: a plural noun, a short phrase of place
    (a preposition and two words at most, no verb), then the verb at ``k``."""
    for j in range(max(0, k - 4), k - 2):
        if _plural(words[j]) and words[j + 1] in _SUBJECT_PHRASE:
            return not any(w in PLURAL_VERBS or w.endswith("ed") for w in words[j + 2 : k])
    return False


def present_tense(word: str) -> bool:
    """A word ending like a verb's third person singular (``restores``), not ``-ss``,
    ``-us``, ``-is`` or a possessive."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s"))
        and word not in _NOT_VERBS_IN_S
    )


#: Words ending like a verb in -s that are none: adverbs and -s nouns ("as", "its" and
#: other words of three letters are left out by their length).
_NOT_VERBS_IN_S = frozenset(
    {"always", "perhaps", "sometimes", "towards", "afterwards", "besides", "whereas"}
    | {"indoors", "outdoors", "downstairs", "upstairs", "nowadays", "backwards", "forwards"}
    | {"news", "series", "species", "politics", "economics", "means", "overseas"}
)


#: Words that end in -ly like an adverb but are nouns ("the Bell family said", "a NATO
#: ally said") or adjectives ("early results show", "daily flights").
_LY_NOT_ADVERBS = frozenset(
    {"ally", "anomaly", "assembly", "family", "monopoly", "rally", "supply", "early"}
    | {"daily", "weekly", "monthly", "yearly", "elderly", "friendly", "holy"}
)


def adverb(word: str) -> bool:
    """A lower-case word ending in -ly, longer than four letters, and no noun or
    adjective (``repeatedly``, not ``family``, ``early``).

    >>> adverb("repeatedly"), adverb("Kelly"), adverb("early")
    (True, False, False)
    """
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in _LY_NOT_ADVERBS
