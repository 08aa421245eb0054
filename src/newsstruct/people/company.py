"""Names that only the company they keep confirms as people: a list with a confirmed
person (``Ivo Park, Bo Kim and Sam Cho``), a kinship noun (``his wife, Rakeyia Scott``),
an introduction (``Callum Reddan, who``, ``the commissioner, Bronwyn Falk,``); such a
run must also look like a name alone (:func:`plain_name`).
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.demonyms import DEMONYMS
from newsstruct.lexicons.not_names import NOT_NAME_WORDS
from newsstruct.lexicons.official_titles import OFFICIAL_TITLE_HEADS
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.person_nouns import PERSON_NOUNS
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.lexicons.private_titles import PRIVATE_TITLE_HEADS
from newsstruct.lexicons.title_modifiers import TITLE_MODIFIERS
from newsstruct.people.confirm import word_before
from newsstruct.people.lexicons.family_nouns import FAMILY_NOUNS
from newsstruct.people.names import NameRun, Token

__all__ = ["introduced", "kin_before", "listed_with", "lone_surname", "plain_name"]


#: What stands between two names of a list: a comma or "and"/"or", after an age or a
#: parenthesis ("Omar Said, 39, and Karim Said", "Ana Diaz (Tidewater) and Bo Kim").
_LIST_GAP = regex.compile(
    r"(?:\s*\([^()\n]{1,60}\)|,\s*\d{1,3}\b)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
)


_AND_OR = regex.compile(r"\b(?:and|or)\b")


def _in_parentheses(text: str, pos: int) -> bool:
    """An opening parenthesis stands before ``pos`` on its line, not closed yet."""
    before = text[max(0, pos - 60) : pos]
    return before.rfind("(") > max(before.rfind(")"), before.rfind("\n"))


def listed_with(
    text: str, confirmed: list[NameRun], doubtful: list[tuple[NameRun, tuple[str, ...]]]
) -> list[tuple[NameRun, tuple[str, ...], bool]]:
    """``doubtful`` runs (of two words or more, unconfirmed), each with whether it stands
    in one list (joined by "and" or "or") with a confirmed person (``Ivo Park, Bo Kim and
    Sam Cho``), directly or through other names of the list.

    >>> from newsstruct.people.names import name_runs, tokenize
    >>> text = "Ivo Park, Bo Kim and Sam Cho scored."
    >>> runs = name_runs(text, tokenize(text, 0, len(text)))
    >>> [(r.text(text), listed) for r, _, listed in listed_with(text, [runs[2]],
    ...  [(r, tuple(w.low for w in r.words)) for r in runs[:2]])]
    [('Ivo Park', True), ('Bo Kim', True)]
    """
    runs = sorted(
        (r.start, r.end, sure)
        for r, sure in [*((r, True) for r in confirmed), *((r, False) for r, _ in doubtful)]
        if not _in_parentheses(text, r.start)  # a work or a club in parentheses after a name
    )
    listed: set[int] = set()
    group: list[int] = []  # the starts of the current list of names
    sure = False  # whether it holds a confirmed person
    joined = False  # whether "and" or "or" links two names of the group
    for index, (start, end, confirmed_run) in enumerate(runs):
        group.append(start)
        sure = sure or confirmed_run
        following = runs[index + 1][0] if index + 1 < len(runs) else None
        gap = None if following is None else _LIST_GAP.fullmatch(text, end, following)
        if gap is not None:
            joined = joined or bool(_AND_OR.search(gap.group()))
        else:  # a list has "and" or "or": "Like Maria Vasquez, Grand Rapids voters" is none
            if sure and joined and len(group) > 1:
                listed.update(group)
            group, sure, joined = [], False, False
    return [(run, k, run.start in listed) for run, k in doubtful]


def plain_name(run: NameRun, k: tuple[str, ...]) -> bool:
    """A run that only its company confirms (a list, a kinship noun) must look like a
    name alone: its words in one sentence ("World War II. Trump"), not opening it with
    three words or more after a plural or a role ("Celebrities Julianne Moore"; "Bhim
    Bahadur Gurung led" may), no word but the last that names
    no one, and no word that names a body, a portfolio or a place ("Southern District",
    "Responsive Politics")."""
    words = run.words
    if any(w.sentence_start for w in words[1:]):
        return False
    if words[0].sentence_start and len(k) > 2 and not _opens_with_a_name(k):
        return False
    if any(w in NOT_NAME_WORDS for w in k[:-1]):  # the last may be "Said"
        return False
    if k[-1] in DEMONYMS or (k[-1].endswith("s") and k[-1][:-1] in DEMONYMS):
        return False  # "African Americans", "Indian Muslim"
    return not any(w in ORGANIZATION_WORDS or w in TITLE_MODIFIERS or w in PLACE_WORDS for w in k)


#: Nouns for a person or a role ("Actress Julianne Moore", "Coach Jin Park").
_ROLE_WORDS = PERSON_NOUNS | OFFICIAL_TITLE_HEADS | PRIVATE_TITLE_HEADS | FAMILY_NOUNS


def _opens_with_a_name(k: tuple[str, ...]) -> bool:
    """The first word of ``k`` is no plural and no noun for a person or a role."""
    return not k[0].endswith("s") and k[0] not in _ROLE_WORDS


#: A kinship noun right before a name, a comma or a space away (searched from the end:
#: for ``search`` only, as :func:`~newsstruct.people.confirm.word_before` uses it).
_KIN_BEFORE = regex.compile(r"(?r)(\p{L}[\p{L}\-]*),?\s+$")


def kin_before(text: str, run: NameRun) -> bool:
    """A kinship noun right before ``run``: "his wife, Rakeyia Scott", "son Eric Trump".

    >>> from newsstruct.people.names import name_runs, tokenize
    >>> text = "Scott's wife, Rakeyia Scott, filmed it."
    >>> [kin_before(text, r) for r in name_runs(text, tokenize(text, 0, len(text)))]
    [False, True]
    """
    return word_before(text, run, _KIN_BEFORE, 40) in FAMILY_NOUNS


#: ``, who``, ``, 29,`` right after a name: a relative clause for a person, an age.
_WHO_OR_AGE_AFTER = regex.compile(r",\s+(?:who\b|\d{1,3},)")
#: A role noun (with a short complement) and a comma right before a name: "the justice
#: minister, Oh Dong-hyun", "his partner in the firm, Duncan Laing" (searched from the
#: end: for ``search`` only, as :func:`~newsstruct.people.confirm.word_before` uses it).
_ROLE_COMMA_BEFORE = regex.compile(
    r"(?r)\b(\p{L}[\p{L}\-]*)(?:\s+(?:at|for|in|of|with)\s+(?:(?:the|a|an|his|her|its|their)\s+)?"
    r"\p{L}[\p{L}\-]*)?,\s+$"
)
#: Nouns of a role held by one person.
_ROLE_NOUNS = OFFICIAL_TITLE_HEADS | PRIVATE_TITLE_HEADS | PERSON_NOUNS | FAMILY_NOUNS


def introduced(text: str, run: NameRun) -> bool:
    """A run introduced the way a person is: followed by ``, who`` or an age (``Callum
    Reddan, who struck twice``, ``Thabo Nkosi, 29,``), or set off by commas after a role
    noun (``the new commissioner, Bronwyn Falk, took``).

    >>> from newsstruct.people.names import name_runs, tokenize
    >>> text = "His partner in the firm, Duncan Orr, died. Fenwick Hall, which is old, shut."
    >>> [introduced(text, r) for r in name_runs(text, tokenize(text, 0, len(text)))]
    [True, False]
    """
    if _WHO_OR_AGE_AFTER.match(text, run.end) is not None:
        return True
    if text[run.end : run.end + 1] not in (",", ".", ";", ")", ""):
        return False
    return word_before(text, run, _ROLE_COMMA_BEFORE, 60) in _ROLE_NOUNS


def lone_surname(text: str, tokens: tuple[Token, ...], run: NameRun) -> bool:
    """A one-word run inside a sentence that may be a surname used alone (``... when
    Reddan struck``): after a lower-case word other than an article, and no capitalised
    word, number or "of" right after it; not a people (``Americans``).  Not the remnant
    of a longer capitalised name (``the City Museum``, ``Flight 804``, ``Bridge of
    Spies``)."""
    word = run.words[0]
    if word.sentence_start or run.first == 0 or _LONE_NEXT.match(text, run.end) is not None:
        return False
    if word.low in DEMONYMS or (word.low.endswith("s") and word.low[:-1] in DEMONYMS):
        return False
    prev = tokens[run.first - 1]
    return (
        text[prev.end : word.start] in (" ", ", ")
        and prev.base.islower()
        and prev.low not in _ARTICLES
    )


#: What may not follow a surname used alone: a capitalised word, a number, "of".
_LONE_NEXT = regex.compile(r"\s+(?:\p{Lu}|\p{N}|of\b)")
_ARTICLES = frozenset({"a", "an", "the"})
