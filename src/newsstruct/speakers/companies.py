"""The company that ``the company`` (``the firm``, ``the bank``) refers to: the last
company the text named before, by a company suffix (``Kelantan Rail Sdn Bhd``,
``Brightline Inc.``) or after a company noun (``software company Brightline``).

>>> text = "Kelantan Rail Sdn Bhd raised fares. The company said costs rose."
>>> start, end = company_before(text, text.index("The company"), "company")
>>> text[start:end]
'Kelantan Rail Sdn Bhd'
"""

from __future__ import annotations

from collections.abc import Container

import regex

from newsstruct.lexicons.agencies import AGENCIES
from newsstruct.lexicons.company_forms import COMPANY_FORMS
from newsstruct.lexicons.demonyms import DEMONYMS
from newsstruct.lexicons.not_names import NOT_NAME_WORDS
from newsstruct.lexicons.official_titles import OFFICIAL_TITLE_HEADS
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.outlets import OUTLETS
from newsstruct.lexicons.person_nouns import PERSON_NOUNS
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.lexicons.private_titles import PRIVATE_TITLE_HEADS
from newsstruct.lexicons.speaker_groups import GROUP_SPEAKER_WORDS
from newsstruct.people.lexicons.company_nouns import COMPANY_NOUNS

__all__ = [
    "BODY_NOUNS",
    "body_before",
    "company_before",
    "country_before",
    "named_before",
    "subject_company_before",
    "suffixed_name",
]

#: How far back a company's name is looked for, in characters.
_REACH = 2000
#: Words that end a company's name: the legal forms (in any case: "GmbH", "N.V.") and
#: the spelled-out ones.
_SUFFIXES = "|".join(
    [r"Corporation|Limited|Company|Co|Sdn\s+Bhd"]
    + [
        rf"(?=\p{{Lu}})(?i:{regex.escape(form)})"
        for form in sorted(COMPANY_FORMS, key=len, reverse=True)
    ]
    + ["plc"]
)
_WORD = r"\p{Lu}[\p{L}&'’\-]*\.?"
_SUFFIXED = regex.compile(rf"(?:{_WORD}\s+){{1,5}}(?:{_SUFFIXES})(?!\p{{L}})\.?")
_BANK = regex.compile(rf"(?:{_WORD}\s+){{0,4}}Bank\b(?:\s+of(?:\s+{_WORD}){{1,3}})?")
#: The company nouns, longest first, as one alternation.
_COMPANY_NOUN = "|".join(sorted(COMPANY_NOUNS, key=len, reverse=True))
_AFTER_NOUN = regex.compile(rf"\b(?:{_COMPANY_NOUN})\s+({_WORD}(?:\s+{_WORD}){{0,3}})")

#: A name that an appositive calls a company ("Huye Mountain Roasters, one of Rwanda's
#: largest coffee exporters,", "Skyjet, a budget airline,").
_MODIFIER = r"(?!(?:for|at|of|in|with|from|on|to|by)\b)[\p{L}\-'’]+\s+"  # no preposition
_DESCRIBED = regex.compile(
    rf"({_WORD}(?:\s+{_WORD}){{0,4}}),\s+(?:one\s+of|an?)\s+(?:{_MODIFIER}){{0,5}}?"
    rf"(?:{_COMPANY_NOUN})s?,"
)  # not "Ana Ruiz, a spokeswoman for the bank,"


def company_before(text: str, pos: int, noun: str) -> tuple[int, int] | None:
    """The span of the last company named before ``pos`` that ``the`` + ``noun`` may
    refer to (a bank for ``the bank``), within :data:`_REACH` characters; else None.
    A company named after "at" is someone's employer and is passed over."""
    floor = max(0, pos - _REACH)
    best: tuple[int, int] | None = None
    patterns = ((_BANK if noun == "bank" else _SUFFIXED, 0), (_AFTER_NOUN, 1), (_DESCRIBED, 1))
    for pattern, group in patterns:
        for found in pattern.finditer(text, floor, pos):
            if _employer(text, found.start(group)):
                continue  # "head of research at Avesta Investment Group": an employer
            if best is None or found.start(group) > best[0]:
                best = found.span(group)
    if best is None:
        return None
    start, end = best
    article = _ARTICLE.match(text, start, end)
    if article is not None:
        start = article.end()  # "The Bank of Gondor": the name without its article
    while end > start and text[end - 1] == " ":
        end -= 1
    if text[end - 1 : end] == "." and not text[start:end].lower().endswith(_ABBREVIATED):
        end -= 1  # "... Acme Group." : the sentence's point
    return start, end


_ARTICLE = regex.compile(r"(?:The|A|An)\s+")
#: A role and "at" right before a company's name: where someone works ("an analyst at X
#: Group", "head of research at X"); not "Workers at Tesla Inc.", "jobs at Rio Tinto".
_ROLE_AT = regex.compile(r"(\p{Ll}+)\s+at\s+\Z")
_ROLES = PERSON_NOUNS | OFFICIAL_TITLE_HEADS | PRIVATE_TITLE_HEADS | {"research"}


def _employer(text: str, start: int) -> bool:
    """The company at ``start`` follows a person's role and "at": their employer."""
    role = _ROLE_AT.search(text, max(0, start - 40), start)
    return role is not None and role.group(1) in _ROLES


#: Company suffixes written with a point of their own.
_ABBREVIATED = ("inc.", "co.", "corp.", "ltd.", *(f for f in COMPANY_FORMS if "." in f))


#: Nouns of public bodies that ``the`` + noun refers back with (``the ministry``, ``the
#: council``) to the body last named with it (``the Ministry of Health``).
BODY_NOUNS = frozenset(
    {"agency", "association", "authority", "board", "bureau", "commission", "committee"}
    | {"council", "court", "department", "embassy", "federation", "foundation", "hospital"}
    | {"institute", "ministry", "regulator", "tribunal", "union", "university", "watchdog"}
)
#: The heads of the bodies a generic noun also refers back to (``the Enforcement
#: Directorate ... The agency said``, ``the Competition Authority ... the regulator``).
_KINDS = {
    "agency": ("Agency", "Directorate", "Bureau", "Service", "Administration", "Authority"),
    "regulator": ("Regulator", "Authority", "Commission", "Board", "Office"),
    "watchdog": ("Watchdog", "Authority", "Commission", "Ombudsman", "Office"),
}
_BODY_PATTERNS: dict[str, regex.Pattern[str]] = {}


def body_before(text: str, pos: int, noun: str) -> tuple[int, int] | None:
    """The span of the last body named with ``noun`` before ``pos`` (``the Ministry of
    Health``, ``Kessock District Council``), within :data:`_REACH` characters: its
    capitalised head and at least one other capitalised word; else None.

    >>> text = "The Kessock District Council voted. The council said rents rose."
    >>> start, end = body_before(text, text.index("The council"), "council")
    >>> text[start:end]
    'Kessock District Council'
    """
    pattern = _BODY_PATTERNS.get(noun)
    if pattern is None:
        head = "(?:" + "|".join(_KINDS.get(noun, (noun.capitalize(),))) + ")"
        pattern = _BODY_PATTERNS[noun] = regex.compile(
            rf"(?:{_WORD}\s+){{0,4}}{head}\b(?:\s+(?:of|for|on)(?:\s+(?:the\s+)?{_WORD}){{1,4}})?"
        )
    best: tuple[int, int] | None = None
    for found in pattern.finditer(text, max(0, pos - _REACH), pos):
        start, end = found.span()
        article = _ARTICLE.match(text, start, end)
        start = start if article is None else article.end()
        if len(text[start:end].split()) >= 2:
            best = (start, end)
    return best


#: Country names (from the demonyms' countries; not unions such as the EU or the UN).
_COUNTRIES = regex.compile(
    r"\b(?:"
    + "|".join(
        regex.escape(name)
        for name in sorted(set(DEMONYMS.values()), key=len, reverse=True)
        if " " in name or name[1:].islower()
    )
    + r")\b"
)


def country_before(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the last country named before ``pos`` (within :data:`_REACH`), which
    ``the country`` refers to; else None.

    >>> text = "China grew bolder. The country said it holds jurisdiction."
    >>> start, end = country_before(text, text.index("The country"))
    >>> text[start:end]
    'China'
    """
    best = None
    for found in _COUNTRIES.finditer(text, max(0, pos - _REACH), pos):
        best = found.span()
    return best


#: A capitalised name that opens its sentence as the subject of a verb ("Caledonian
#: MacBrayne said ...", "SeaLink did not send ..."): whom "the company" may mean when
#: no company noun or suffix names one.
_SUBJECT_NAME = regex.compile(
    rf"(?:(?<=[.!?][\"”’]?\s+)|(?<=\n)|^)({_WORD}(?:\s+{_WORD}){{0,3}})\s+"
    r"(?:said|says|announced|confirmed|added|stated|declined|did\s+not|has\s+not)\b"
)
#: Heads and words that make such a name no company's: a public body, a group of people.
_NOT_COMPANY_WORDS = (
    (BODY_NOUNS | PLACE_WORDS | PERSON_NOUNS | NOT_NAME_WORDS | frozenset(DEMONYMS))
    | ORGANIZATION_WORDS
    | AGENCIES
    | OUTLETS
)


def subject_company_before(
    text: str, pos: int, people_ends: Container[int] = ()
) -> tuple[int, int] | None:
    """The span of the last capitalised name before ``pos`` (within 1,000 characters) that
    opens its sentence as a verb's subject and names no person (``people_ends``: where
    the article's person mentions end), no place and no public body.

    >>> text = "Caledonian MacBrayne said sailings were cut. The company said"
    >>> start, end = subject_company_before(text, text.index("The company"))
    >>> text[start:end]
    'Caledonian MacBrayne'
    """
    best = None
    for found in _SUBJECT_NAME.finditer(text, max(0, pos - 1000), pos):
        start, end = found.span(1)
        words = text[start:end].lower().replace(".", "").split()
        if end in people_ends or any(w in _NOT_COMPANY_WORDS for w in words):
            continue
        if text[start:end].lower() in _NOT_COMPANY_WORDS or _plural_of_people(words[-1]):
            continue  # "Sky News", "Officials", "Analysts": an outlet, a group
        best = (start, end)
    return best


def _plural_of_people(word: str) -> bool:
    """``officials``, ``analysts``, ``residents``: the plural of a noun for people."""
    return word.endswith("s") and (
        word[:-1] in PERSON_NOUNS | PRIVATE_TITLE_HEADS | OFFICIAL_TITLE_HEADS
        or word in GROUP_SPEAKER_WORDS
    )


def named_before(
    text: str, pos: int, noun: str, people_ends: Container[int] = ()
) -> tuple[int, int] | None:
    """The span of what ``the`` + ``noun`` at ``pos`` refers back to: the country named
    last (``the country``, ``the nation``), the body last named with that noun (``the
    ministry``), or the company (``the company``, ``the bank``); else None.

    >>> text = "Kessock Rail Ltd raised fares. The company said costs rose."
    >>> start, end = named_before(text, text.index("The company"), "company")
    >>> text[start:end]
    'Kessock Rail Ltd'
    """
    if noun in ("country", "nation"):
        return country_before(text, pos)
    found = body_before(text, pos, noun) if noun in BODY_NOUNS else None
    if found is None and noun in COMPANY_NOUNS:
        found = company_before(text, pos, noun)
    if found is None and noun in ("company", "firm", "operator"):
        found = subject_company_before(text, pos, people_ends)  # "Caledonian MacBrayne said"
    return found


def suffixed_name(words: list[regex.Match[str]], lows: list[str]) -> tuple[int, int] | None:
    """The capitalised run that a company's legal form ends (``Water and energy producer
    | Aruba Power Ltd``), when words stand before it."""
    form = words[-1].group()
    if len(words) < 3 or lows[-1].rstrip(".") not in _FORMS or form[:1].islower():
        return None  # not "the Four Seasons spa", "the Wagner group"
    k = len(words) - 1
    while k > 0 and words[k - 1].group()[:1].isupper():
        k -= 1
    lead = k - 2 if k > 1 and lows[k - 1] == "the" else k - 1
    if not 0 < k < len(words) - 1 or lows[lead] in _MEMBERS_OF:
        return None  # "Workers at the Tata Group said": the workers, not the company
    return words[k].start(), words[-1].end()


#: Prepositions that make a company's name the home of the speakers before it
#: ("Workers at the Tata Group", "Shareholders of Volvo AB").
_MEMBERS_OF = frozenset({"at", "of", "for", "in", "from", "with", "near", "inside", "outside"})
#: The legal forms as the words of a phrase end them ("Ltd", "N.V").
_FORMS = frozenset(form.rstrip(".") for form in COMPANY_FORMS)
