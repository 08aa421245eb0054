"""Signs in the text that a capitalised name is a body, not a person: a brand's inner
capital (``TechCrunch``), a plural verb after a lone name (``Flamengo have agreed``), a
capitalised group noun before a run (``Doctors Nova Scotia``), an appositive that calls
the name a body (``Mer Bleue, a local conservation group, said``).

>>> body_named("Flamengo have agreed to sell him.", "Flamengo")
True
>>> body_named("Mr. Trump and Biden have said so.", "Biden")
False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsstruct.lexicons.official_titles import OFFICIAL_TITLE_HEADS
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.private_titles import PRIVATE_TITLE_HEADS
from newsstruct.lexicons.romance_of import ROMANCE_OF
from newsstruct.lexicons.speaker_groups import GROUP_SPEAKER_WORDS
from newsstruct.people.given import given_name
from newsstruct.people.lexicons.body_nouns import BODY_NOUNS
from newsstruct.people.lexicons.company_nouns import COMPANY_NOUNS

if TYPE_CHECKING:
    from newsstruct.people.names import NameRun, Token
from newsstruct.people.names import Token

__all__ = [
    "ROMANCE_ARTICLES",
    "ROMANCE_JOINTS",
    "body_appositive",
    "body_named",
    "body_noun_before",
    "employer_of_next",
    "group_word_before",
    "inside_a_name_of",
    "last_listed_item",
    "portfolio_head",
]


def body_named(text: str, word: str) -> bool:
    """The lone name ``word`` is shaped like a brand or takes a plural verb in ``text``."""
    return _brand_shaped(word) or _plural_agreement(text, word)


#: A brand's inner capital after at least four letters ("TechCrunch", "BlackRock"; not
#: "McCarthy", "DeShawn", "LaToya", "MacKenzie").
_BRAND = regex.compile(r"\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}")


def _brand_shaped(word: str) -> bool:
    """``TechCrunch``, ``BlackRock``: a capital inside the word after four letters."""
    return _BRAND.match(word) is not None


def _plural_agreement(text: str, word: str) -> bool:
    """The lone name takes a plural verb somewhere in the text (``Flamengo have agreed``,
    ``Palmeiras are third``): a club, company or band in British usage, never a person.
    Not after "and" (``Trump and Biden have said``) nor an honorific."""
    if word.endswith("s"):
        return False  # "Reyes are": a plural name may be a family
    global _plural_subjects
    kept = _plural_subjects  # one tuple, read once: safe when threads parse other texts
    if kept[0] is not text:  # one pass over each text, kept for the names asked about
        kept = (text, frozenset(m.group(1) for m in _PLURAL_SUBJECT.finditer(text)))
        _plural_subjects = kept
    return word in kept[1]


#: A capitalised word before a plural verb, not after a conjunction or an honorific.
_PLURAL_SUBJECT = regex.compile(
    r"(?<!\b(?:and|or|nor|&|Mr\.|Mrs\.|Ms\.|Dr\.)\s+)(?<!\p{L})(\p{Lu}[\p{L}\-]+)\s+(?:have|are|were)\b"
)
_plural_subjects: tuple[str, frozenset[str]] = ("", frozenset())


def group_word_before(tokens: tuple[Token, ...], index: int) -> bool:
    """A capitalised group noun inside the sentence stands right before the run (``Doctors
    Nova Scotia``, ``Farmers Ireland``): the run ends a body's name.  At a sentence start
    it may head a list of people (``Economists Jo Bell and ...``)."""
    if index == 0:
        return False
    prev = tokens[index - 1]
    capitalised = prev.base[:1].isupper() and not prev.sentence_start
    titles = prev.low[:-1] in OFFICIAL_TITLE_HEADS  # "Ministers Kithure Kindiki and ..."
    portfolio = (  # "Superintendent of Police Rajendra Adhikari": the title's portfolio
        index >= 3
        and not prev.low.endswith("s")  # not "the president of Doctors Nova Scotia"
        and tokens[index - 2].low in ("of", "for")
        and tokens[index - 3].low.rstrip(".") in OFFICIAL_TITLE_HEADS
    )
    return (
        capitalised
        and not titles
        and not portfolio
        and prev.low in GROUP_SPEAKER_WORDS
        and tokens[index].start == prev.end + 1
    )


#: An appositive right after a name: an article, up to three lower-case words and its
#: head noun (``, a local conservation group``, ``, the country's largest lender``).
_APPOSITIVE_HEAD = regex.compile(r",\s+(?:a|an|the)\s+(?:[\p{Ll}’'\-]+\s+){0,3}(\p{Ll}+),")


def body_appositive(text: str, end: int) -> bool:
    """The appositive after the name ending at ``end`` calls it a body: its head noun is
    a kind of body or company (``Mer Bleue, a local conservation group, said``)."""
    found = _APPOSITIVE_HEAD.match(text, end, end + 80)
    if found is None:
        return False
    head = found.group(1)
    return head in ORGANIZATION_WORDS or head in COMPANY_NOUNS or head in BODY_NOUNS


def body_noun_before(noun: str, name: str) -> bool:
    """The lower-case ``noun`` right before a name whose first word is ``name`` (lower
    case) makes it a body's name: a company noun (``software company Brightline``), or a
    body noun before no given name (``the fan club Nordkurve Lindau``; not ``told the
    outlet Ana Lee had resigned``, ``the party Narendra Modi leads``).

    >>> body_noun_before("company", "brightline"), body_noun_before("outlet", "ana")
    (True, False)
    """
    if noun in BODY_NOUNS:
        return not given_name(name)
    return noun in COMPANY_NOUNS


def inside_a_name_of(tokens: tuple[Token, ...], index: int) -> bool:
    """``of``, ``to`` or ``for`` joins the word at ``index`` to a capitalised word before
    it (``Paths to Peace``, ``Bank of England``), or a Romance ``de``/``du`` to a body's
    head word (``Ministerio de Salud``): it ends the name of a body or a place."""
    if index < 2:
        return False
    joint, before = tokens[index - 1], tokens[index - 2]
    if joint.low in ROMANCE_JOINTS and joint.base.islower():  # "Ministerio de Salud"
        heads = tokens[max(0, index - 4) : index - 1]
        if any(t.low in ORGANIZATION_WORDS and t.base[:1].isupper() for t in heads):
            return True
        return _romance_head_before(tokens, index - 1)
    return joint.low in ("of", "to", "for") and joint.base.islower() and before.base[:1].isupper()


#: The most lower-case words between a body's head and a Romance "du" before a name
#: ("Caisse de dépôt et placement du Québec").
_LOWER_REACH = 6


def _romance_head_before(tokens: tuple[Token, ...], joint: int) -> bool:
    """The first capitalised word before the Romance joint at ``joint``, past lower-case
    words only (``Société d'habitation du``), is a body's head."""
    for token in reversed(tokens[max(0, joint - _LOWER_REACH) : joint]):
        if token.base[:1].isupper():
            return token.low in ORGANIZATION_WORDS
        if not token.base.islower():
            return False
    return False


#: Articles after a Romance "de" in a body's name (``de la Santé``, ``de los Andes``).
ROMANCE_ARTICLES = frozenset({"la", "las", "los"})
#: Romance words for "of" inside a body's name, and the articles after them
#: (``Ministerio de Salud``, ``Conseil départemental du Morbihan``, ``Ministère de la Santé``).
ROMANCE_JOINTS = ROMANCE_OF | ROMANCE_ARTICLES


#: The items of a portfolio list after a body's or a title's "of", up to the last one
#: (searched back from a name, ``(?r)``): "Ministry of Agriculture, Sea and | Food".
_LISTED_AFTER_OF = regex.compile(
    r"(?r)\b(\p{L}+)\s+(?:of|for)\s+\p{Lu}[\p{L}\-]*(?:,\s+\p{Lu}[\p{L}\-]*){0,4},?\s+(?:and|&)\s+\Z"
)


def last_listed_item(text: str, start: int) -> bool:
    """The name at ``start`` ends a list of portfolios after a body's or a title's "of"
    (``the Ministry of Agriculture, Sea and Food``, ``Minister of Trade, Industry and
    Tourism``): a word of the body's name, no person."""
    found = _LISTED_AFTER_OF.search(text, max(0, start - 120), start)
    head = "" if found is None else found.group(1).lower()
    return head in ORGANIZATION_WORDS or head in OFFICIAL_TITLE_HEADS


#: A body's or a title's head and "of", then the first items of a portfolio list up to
#: the comma before its tail (searched back, ``(?r)``): "the Ministry of Agriculture, |".
_LIST_HEAD = regex.compile(
    r"(?r)(\p{Lu}[\p{L}\-]*)\s+(?:of|for)\s+\p{Lu}[\p{L}\-]*(?:,\s+\p{Lu}[\p{L}\-]*){0,4},\s+\Z"
)
#: The tail of a portfolio list: "Sea and Food", "Industry & Tourism".
_LIST_TAIL = regex.compile(r"\p{Lu}[\p{L}\-]*,?\s+(?:and|&)\s+\p{Lu}")


def portfolio_head(text: str, floor: int, begin: int) -> int | None:
    """Where the body or title starts whose portfolio list ends with the words at
    ``begin`` (``the Ministry of Agriculture, | Sea and Food said``: at "Ministry"),
    not before ``floor``; None when those words end no such list."""
    if _LIST_TAIL.match(text, begin, begin + 60) is None:
        return None
    found = _LIST_HEAD.search(text, max(floor, begin - 120), begin)
    head = "" if found is None else found.group(1).lower()
    named = head in ORGANIZATION_WORDS or head in OFFICIAL_TITLE_HEADS
    return found.start(1) if found is not None and named else None


#: Title heads: a role between a body's name and a person's (``analyst``, ``researcher``).
_ROLE_HEADS = OFFICIAL_TITLE_HEADS | PRIVATE_TITLE_HEADS


def employer_of_next(text: str, tokens: tuple[Token, ...], run: NameRun) -> bool:
    """A lower-case role and a capitalised name follow ``run`` (``Latino Decisions
    researcher Sylvia Manzano``, ``Acme Capital analyst Ruth Bane``): the run is the
    body the named person works for."""
    if run.last + 1 >= len(tokens):
        return False
    role, name = tokens[run.last], tokens[run.last + 1]
    spaced = text[run.end : role.start] == " " and text[role.end : name.start] == " "
    return spaced and role.base.islower() and role.low in _ROLE_HEADS and name.capitalised
