"""Titles of people, and whether a title makes its holder an official.

A title is read around one mention of a name:

* before it: ``Secretary of State Antony Blinken``, ``Chinese leader Xi Jinping``,
  ``U.S. national security adviser Jake Sullivan``, ``FBI Director Christopher Wray``
  (rule ``"title-before"``); the demonym or agency in front gives the country or
  organisation;
* after it, in an appositive: ``Yang Jiechi, a top official in the Chinese
  Communist Party`` (``"appositive"``), ``Chris Krebs, who led the U.S. Cybersecurity
  and Infrastructure Security Agency`` (``"who-led"``);
* across sentences, in a credit line: ``The spokesman said in a statement. For the
  State Department, Ned Price.`` (``"sign-off"``).

>>> from newsstruct.people.names import tokenize
>>> text = "Chinese Foreign Minister Wang Yi met reporters."
>>> toks = tokenize(text, 0, len(text))
>>> found = title_before(text, toks, 3)
>>> found.span.text, found.country, found.official
('Foreign Minister', 'China', True)
"""

from __future__ import annotations

import attrs
import regex

from newsstruct.lexicons.agencies import AGENCIES
from newsstruct.lexicons.demonyms import DEMONYMS
from newsstruct.lexicons.official_titles import OFFICIAL_TITLE_HEADS
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.lexicons.private_titles import PRIVATE_TITLE_HEADS
from newsstruct.lexicons.title_modifiers import TITLE_MODIFIERS
from newsstruct.model import Span
from newsstruct.people.lexicons.honorifics import HONORIFICS
from newsstruct.people.name_edges import list_after
from newsstruct.people.names import Token
from newsstruct.people.patterns import (
    OFFICIALS_APPOSITIVE,
    OFFICIALS_BARE_APPOSITIVE,
    OFFICIALS_COMPLEMENT,
    OFFICIALS_PREDECESSOR,
    OFFICIALS_WHO_LED,
    PEOPLE_SIGN_OFF,
)

__all__ = [
    "TitleFinding",
    "appositive_title",
    "predecessor_title",
    "sign_off_title",
    "title_before",
]

_HEADS = OFFICIAL_TITLE_HEADS | PRIVATE_TITLE_HEADS
_OFFICIAL_HEADS = OFFICIAL_TITLE_HEADS | {h.rstrip(".") for h in OFFICIAL_TITLE_HEADS}
_ALL_HEADS = _HEADS | {h.rstrip(".") for h in _HEADS} | {h + "s" for h in _HEADS}
_JOINERS = frozenset({"of", "the", "and", "for", "on"})
#: Words of tenure between "the" and an office ("the current mayor of X, Name"); those
#: of :data:`TITLE_MODIFIERS` ("former", "outgoing") are the title's own words.
_TENURE = frozenset({"current", "incoming", "newly", "new", "elected", "sitting"})
_INNER = TITLE_MODIFIERS | _JOINERS
_ORG_LEADS = AGENCIES | ORGANIZATION_WORDS | PLACE_WORDS
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our"})
_NP_WORDS = TITLE_MODIFIERS | frozenset(DEMONYMS) | ORGANIZATION_WORDS | {"of", "the"}
#: Offices only a place or a legislature has: the capitalised words before them name
#: where (``Kushiro Mayor``, ``Dededo Mayor``, ``Opposition MP``), never a company; not
#: "governor", which NBA teams and schools style their owners and board members
#: (``Miami Heat Governor Micky Arison``, ``School Governor Jane Doe``).
_ELECTED_HEADS = frozenset(
    {"mayor", "mp", "mla", "mpp", "mep", "senator", "sen", "councillor"}
    | {"councilor", "alderman", "premier", "lawmaker", "legislator", "congressman"}
    | {"congresswoman", "assemblyman", "assemblywoman", "sheriff", "magistrate", "headman"}
    | {"headwoman", "sarpanch", "mha", "mca"}
)
#: Ministers only a government has ("Gandaki Chief Minister"; not "Church minister").
_GOVERNMENT_MINISTER = regex.compile(r"\b(?:chief|prime|deputy)\s+minister\b")
_LED_VERBS = frozenset(
    {"led", "leads", "heads", "headed", "runs", "ran", "directs", "directed", "chairs", "chaired"}
    | {"oversees", "oversaw", "commands", "commanded", "served", "serves", "represents"}
)


@attrs.frozen
class TitleFinding:
    """A title (or an office held without a title) found next to a name."""

    span: Span | None
    official: bool
    rule: str
    country: str | None = None
    organization: str | None = None


def _is_head(tok: Token) -> bool:
    return tok.low in _ALL_HEADS


def _official(head: Token) -> bool:
    low = head.low.rstrip(".")
    return low in _OFFICIAL_HEADS or low.removesuffix("s") in _OFFICIAL_HEADS


def title_before(text: str, tokens: tuple[Token, ...], index: int) -> TitleFinding | None:
    """The title written right before ``tokens[index]`` (the first word of a name); or, set
    off by a comma, a title opening its clause (``Minister for Enterprise, Simon Coveney``)."""
    words, j = _title_words(text, tokens, index, comma_ok=False)
    if words and words[-1].low in _JOINERS:
        return None  # "a spokesman for Ruffini": the name is what the title stands for
    plural = bool(words) and words[-1].low.endswith("s") and words[-1].low[:-1] in _HEADS
    if plural and words[-1].low not in _HEADS and not list_after(text, tokens, index):
        return None  # "Residents of Princes Town": a plural title heads a list of names
    found = _title_from(text, words, tokens[j] if j >= 0 else None)
    listed = _portfolio_title(text, tokens, index, comma=False) if index else None
    if listed is not None and _wider(listed, found):
        return listed  # "Minister of Health and Wellness Dharmendra Sooknah"
    honorific = bool(words) and all(_honorific(w) for w in words)  # "..., Dr Fatmata Koroma"
    if index and _honorific(tokens[index - 1]):
        index -= 1  # "Minister for Infrastructure, Hon. Mele Fonua": the title before "Hon."
    if (found is not None and not honorific) or index == 0:
        return found
    if text[tokens[index - 1].end : tokens[index].start] != ", ":
        return found
    listed = _portfolio_title(text, tokens, index)
    if listed is not None:  # "The Minister for Health and Medical Services, Tiare Kautu"
        return listed
    words, j = _title_words(text, tokens, index, comma_ok=True)
    office = any(w.low in _PORTFOLIO_HEADS for w in words) and words[-1].capitalised
    while office and j > 0 and tokens[j].low in _TENURE:
        j -= 1  # "The current mayor of Grande-Rivière, Hélène Cyr": the title's "the"
    if office and j >= 0 and tokens[j].low == "the":  # "The mayor of X, Mary Brown",
        words, j = [tokens[j], *words], j - 1  # "The Minister for Land Revenue, X"
    opens = bool(words) and (
        words[0].sentence_start or j < 0 or _clause_break(text, tokens[j], words[0])
    )
    return _title_from(text, words, tokens[j] if j >= 0 else None) if opens else None


def _wider(listed: TitleFinding, found: TitleFinding | None) -> bool:
    """``listed`` starts before ``found`` (or ``found`` is None): the longer title."""
    if found is None or found.span is None:
        return True
    return listed.span is not None and listed.span.start < found.span.start


#: A title head, "for" or "of", and a portfolio of capitalised words joined by "and" or
#: commas, then the comma before a name (searched back, ``(?r)``).
_PORTFOLIO = (
    r"(?r)\b\p{Lu}\p{L}+\s+(?:for|of)\s+\p{Lu}[\p{L}\-]*"
    r"(?:(?:,\s+|\s+(?:and|&)\s+(?:the\s+)?|\s+)\p{Lu}[\p{L}\-]*){0,6}"
)
_PORTFOLIO_TITLE = regex.compile(_PORTFOLIO + r",\s+\Z")
#: The same title with no comma in it, right before the name (``Minister of Health and
#: Wellness Dharmendra Sooknah``).
_PORTFOLIO_TITLE_BARE = regex.compile(_PORTFOLIO.replace(r",\s+|", "") + r" \Z")


def _portfolio_title(
    text: str, tokens: tuple[Token, ...], index: int, *, comma: bool = True
) -> TitleFinding | None:
    """A title whose portfolio joins several words by "and" or commas, before the name at
    ``tokens[index]`` and set off by a comma (``The Minister for Health and Medical
    Services, Tiare Kautu``) or, with ``comma`` false, right before it, which the
    word-by-word reading stops at."""
    start = tokens[index].start
    pattern = _PORTFOLIO_TITLE if comma else _PORTFOLIO_TITLE_BARE
    found = pattern.search(text, max(0, start - 120), start)
    if found is None:
        return None
    words = [t for t in tokens[:index] if t.start >= found.start()]
    listed = " and " in found.group() or "," in found.group()[:-2]
    office = bool(words) and words[0].low.rstrip(".") in _PORTFOLIO_HEADS
    if not (listed or office) or not (comma or office):  # bare: a government's office
        return None  # "Director of Marketing Anna" is read word by word
    return _title_from(text, words, None) if words and _is_head(words[0]) else None


#: Offices a government gives a portfolio of one or two words ("Minister for Land
#: Revenue"), unlike a company's "Director of Marketing".
_PORTFOLIO_HEADS = frozenset({"minister", "secretary", "commissioner"}) | _ELECTED_HEADS


def _honorific(token: Token) -> bool:
    """``Dr``, ``Dr.``, ``Hon.``: an honorific, no title of office."""
    return token.low in HONORIFICS or f"{token.low}." in HONORIFICS


def _clause_break(text: str, before: Token, first: Token) -> bool:
    """Punctuation (a comma, a dash, a colon) between two words."""
    return any(ch in ",;:—–(" for ch in text[before.end : first.start])


def _title_words(
    text: str, tokens: tuple[Token, ...], index: int, *, comma_ok: bool
) -> tuple[list[Token], int]:
    """The words of a title right before ``tokens[index]``, and the index before them
    (``comma_ok``: a comma may stand between the title and the name)."""
    j = index - 1
    words: list[Token] = []
    while j >= 0 and len(words) < 8:
        tok, nxt = tokens[j], tokens[j + 1]
        gap = text[tok.end : nxt.start]
        abbreviated = tok.dot and gap == ". " and tok.low + "." in _HEADS
        comma = comma_ok and not words and gap == ", "
        if (
            tok.possessive
            or (gap.strip(" ") and not abbreviated and not comma)
            or nxt.sentence_start
        ):
            break
        low = tok.low
        known = _is_head(tok) or low in _INNER or low in DEMONYMS or low in _ORG_LEADS
        named = tok.capitalised or (tok.base.isupper() and len(tok.base) > 1)
        place = not words and j >= 2 and tokens[j - 1].low in _JOINERS
        place = place and tokens[j - 2].low in _ELECTED_HEADS  # "mayor of Springfield"
        if not known and not (named and ((words and _is_head(words[0])) or place)):
            break  # "Kushiro Mayor", "The mayor of Springfield, Mary Brown"
        words.insert(0, tok)
        j -= 1
    return words, j


def _title_from(text: str, words: list[Token], before: Token | None) -> TitleFinding | None:
    """Split ``words`` into a leading country/organisation and the title proper."""
    while words and words[0].low in _JOINERS:
        words = words[1:]
    heads = [k for k, w in enumerate(words) if _is_head(w)]
    if not heads:
        return None
    first_head = heads[1] if len(heads) > 1 and words[heads[0]].base.isupper() else heads[0]
    # Leading words before the title proper: demonyms and organisation words (an acronym
    # before another head names a body: "MCA president").
    k = 0
    country = organization = None
    while k < first_head and words[k].low not in TITLE_MODIFIERS - {"state", "white", "house"}:
        k += 1
    lead = words[:k]
    for w in lead:
        if w.low in DEMONYMS:
            country = DEMONYMS[w.low]
    org_words = [w for w in lead if w.low not in DEMONYMS]
    if org_words:
        organization = text[org_words[0].start : org_words[-1].end]
    title = words[words.index(org_words[0]) :] if org_words else words[k:]
    while title and title[0].low in _JOINERS:
        title = title[1:]
    while title and title[-1].low in _JOINERS:
        title = title[:-1]
    if not title:
        return None
    if before is not None and before.possessive and country is None:
        country = DEMONYMS.get(before.low)
    start, end = title[0].start, title[-1].start + len(title[-1].base)
    if title[-1].dot and title[-1].low + "." in _HEADS:
        end += 1
    official = any(_official(w) for w in title if _is_head(w))
    if organization is not None and not _government(organization):
        elected = any(w.low.rstrip(".") in _ELECTED_HEADS for w in title if w not in org_words)
        elected = elected or _GOVERNMENT_MINISTER.search(" ".join(w.low for w in title)) is not None
        elected = elected and not any(w.low in ("honorary", "mock") for w in words)
        official = official and (elected or all(w.low in PLACE_WORDS for w in org_words))
    return TitleFinding(Span.of(text, start, end), official, "title-before", country, organization)


def appositive_title(text: str, tokens: tuple[Token, ...], after: int) -> TitleFinding | None:
    """A title in an appositive right after a name ending at offset ``after``.

    ``Yang Jiechi, a top official in the Chinese Communist Party`` gives "top
    official" with the organisation; ``Chris Krebs, who led the U.S. ...
    Agency`` gives no title but an official organisation.
    """
    m = OFFICIALS_APPOSITIVE.match(text, after, min(len(text), after + 40))
    if m is not None:
        return _appositive_np(text, tokens, m.end())
    m = OFFICIALS_BARE_APPOSITIVE.match(text, after, min(len(text), after + 4))
    if m is not None:  # "Gareth Smith, chairman of the residents' group, said"
        found = _appositive_np(text, tokens, m.end())
        if found is not None and found.span is not None and len(found.span.text.split()) <= 3:
            return found
    m = OFFICIALS_WHO_LED.match(text, after, min(len(text), after + 60))
    if m is not None and m.group("verb") in _LED_VERBS:
        org = _org_phrase(text, tokens, m.end())
        if org is not None and _government(org):
            return TitleFinding(None, True, "who-led", _country_of(org), org)
    return None


def _index_at(tokens: tuple[Token, ...], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (binary search)."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _appositive_np(text: str, tokens: tuple[Token, ...], start: int) -> TitleFinding | None:
    """``top official in the Chinese Communist Party``: modifiers, a head, an organisation."""
    i = _index_at(tokens, start)
    if i < len(tokens) and any(ch in ",;:()" for ch in text[start : tokens[i].start]):
        return None  # the name tokens skip words ("a timber worker"), not past a comma
    j = i
    while j < len(tokens) and j - i < 6:
        tok = tokens[j]
        if j > i and text[tokens[j - 1].end : tok.start].strip(" "):
            return None
        if _is_head(tok) and not (j + 1 < len(tokens) and _is_head(tokens[j + 1])):
            break
        if not (tok.low in _NP_WORDS or tok.base[:1].isupper() or tok.possessive):
            return None
        j += 1
    else:
        return None
    if j >= len(tokens):
        return None
    title = tokens[i : j + 1]
    country = next((DEMONYMS[w.low] for w in title if w.low in DEMONYMS), None)
    organization = None
    after = tokens[j].end
    m = OFFICIALS_COMPLEMENT.match(text, after, after + 20)
    if m is not None:
        organization = _org_phrase(text, tokens, m.end())
        if organization is not None and country is None:
            country = _country_of(organization)
    span = Span.of(text, title[0].start, title[-1].end)
    official = _official(tokens[j]) or (organization is not None and _government(organization))
    if tokens[j].low in PRIVATE_TITLE_HEADS:
        official = False
    return TitleFinding(span, official, "appositive", country, organization)


def _org_phrase(text: str, tokens: tuple[Token, ...], start: int) -> str | None:
    """The capitalised organisation name starting at ``start`` ("U.S. Cybersecurity ... Agency")."""
    i = _index_at(tokens, start)
    if i >= len(tokens) or tokens[i].start != start or not tokens[i].base[:1].isupper():
        return None
    j = i
    while j + 1 < len(tokens) and j - i < 10:
        nxt, gap = tokens[j + 1], text[tokens[j].end : tokens[j + 1].start]
        if tokens[j].possessive or gap.strip(" "):
            break
        if nxt.base[:1].isupper() or (
            nxt.low in ("and", "of", "for", "on") and j + 2 < len(tokens)
        ):
            j += 1
        else:
            break
    while j > i and not tokens[j].base[:1].isupper():
        j -= 1
    return text[start : tokens[j].start + len(tokens[j].base)]


def _government(org: str) -> bool:
    """Whether an organisation name reads as a public body."""
    low = org.lower()
    words = low.replace("’", " ").replace("'", " ").split()
    if low in AGENCIES or any(w in AGENCIES for w in words):
        return True
    public = {"agency", "department", "ministry", "council", "commission", "committee", "party"}
    public |= {"senate", "congress", "parliament", "administration", "government", "bureau"}
    return any(w in public for w in words) or (bool(words) and words[0] in DEMONYMS)


def _country_of(org: str) -> str | None:
    for word in org.lower().split():
        if word in DEMONYMS:
            return DEMONYMS[word]
    return None


def predecessor_title(text: str, start: int) -> TitleFinding | None:
    """``in line with his predecessor, Donald Trump``: a former holder of the same office."""
    m = OFFICIALS_PREDECESSOR.search(text, max(0, start - 30), start)
    if m is None:
        return None
    return TitleFinding(Span.of(text, m.start("title"), m.end("title")), True, "predecessor")


def sign_off_title(text: str, start: int) -> TitleFinding | None:
    """A credit line before a name at ``start``: ``The spokesman said ... For the State Department,``."""
    floor = max(0, start - 300)
    if "For" not in text[floor:start]:
        return None  # the credit's "For": seldom there, and sooner found than the pattern
    m = PEOPLE_SIGN_OFF.search(text, floor, start)
    if m is None or m.end() != start:
        return None
    words = m.group("title").split()
    if not words or words[-1] not in _HEADS:
        return None
    org = m.group("org")
    official = words[-1] in OFFICIAL_TITLE_HEADS or _government(org)
    return TitleFinding(
        Span.of(text, m.start("title"), m.end("title")), official, "sign-off", None, org
    )
