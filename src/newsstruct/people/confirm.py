"""Whether a capitalised name run is a person: the contexts that confirm it.

A run of two words or more counts with a known given name first, an honorific, a
title before it or after it, a possessive outlet before it (``CNN's Kylie Atwood``),
a sign-off or a speech cue next to it; a lone word needs an honorific, a title or a
cue.  Runs that name a portfolio, a company or a place never count.

>>> from newsstruct.people.names import name_runs, tokenize
>>> text = "Crews reached Halifax. Premier Ada Lund spoke."
>>> tokens = tokenize(text, 0, len(text))
>>> [run.text(text) for run in name_runs(text, tokens) if len(run.words) >= 2
...  and confirmed_multi(text, tokens, run, tuple(w.low for w in run.words))]
['Ada Lund']
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.agencies import AGENCIES
from newsstruct.lexicons.demonyms import DEMONYMS
from newsstruct.lexicons.foreign_body_heads import FOREIGN_BODY_HEADS
from newsstruct.lexicons.name_particles import NAME_PARTICLES
from newsstruct.lexicons.not_names import NOT_NAME_WORDS
from newsstruct.lexicons.official_titles import OFFICIAL_TITLE_HEADS
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.outlets import OUTLETS
from newsstruct.lexicons.person_nouns import PERSON_NOUNS
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.lexicons.private_titles import PRIVATE_TITLE_HEADS
from newsstruct.lexicons.title_modifiers import TITLE_MODIFIERS
from newsstruct.people.body_signs import (
    ROMANCE_JOINTS,
    body_appositive,
    body_named,
    body_noun_before,
    employer_of_next,
    group_word_before,
    inside_a_name_of,
    last_listed_item,
)
from newsstruct.people.context_signs import person_context, who_then_cue
from newsstruct.people.cue_signs import (
    cue_in_sentence,
    cue_then_he_or_she,
    speaks_of_itself,
)
from newsstruct.people.given import KNOWN_GIVEN_NAMES
from newsstruct.people.joins import initial_opens
from newsstruct.people.lexicons.company_nouns import COMPANY_NOUNS
from newsstruct.people.lexicons.east_asian_surnames import EAST_ASIAN_SURNAMES
from newsstruct.people.lexicons.honorifics import HONORIFICS
from newsstruct.people.name_edges import end_of_a_longer_name, only_places, place_between_commas
from newsstruct.people.name_words import PATRONYMIC_WORDS
from newsstruct.people.names import NameRun, Token, given_name, romanised_given_name
from newsstruct.people.occupations import occupation_before
from newsstruct.people.officials import appositive_title, sign_off_title, title_before
from newsstruct.people.patterns import (
    PEOPLE_AFFILIATION_THEN_CUE,
    PEOPLE_AFTER_QUOTE,
    PEOPLE_AFTER_QUOTE_VERB,
    PEOPLE_APPOSITIVE_IN_DASHES,
    PEOPLE_APPOSITIVE_THEN_COMMA,
    PEOPLE_BARE_APPOSITIVE_THEN_CUE,
    PEOPLE_DASH_CREDIT,
    PEOPLE_HE_OR_SHE_NEXT,
    PEOPLE_PARENTHETICAL,
    PEOPLE_VERB_AFTER,
    PEOPLE_WORD_BEFORE,
    credit_ends,
)
from newsstruct.text.cues import SPEECH_CUE

__all__ = [
    "BODIES",
    "company_noun_before",
    "confirmed_multi",
    "confirmed_single",
    "honorific_before",
    "no_name_word",
    "possessive_before",
    "word_before",
]

#: What may follow a lone surname confirmed by a cue: ``said Schiff.``, ``Schiff said``.
_NAME_ENDS = frozenset(",.;:!?")
_HONORIFICS = HONORIFICS | {h.rstrip(".") for h in HONORIFICS}
#: Single words that name a body, never a person speaking: "Reuters said".
BODIES = OUTLETS | AGENCIES
#: Words that open sentences as subjects and name no one: titles, roles, bodies.
_SENTENCE_OPENER_NOUNS = (
    ORGANIZATION_WORDS | OFFICIAL_TITLE_HEADS | PRIVATE_TITLE_HEADS | PERSON_NOUNS | BODIES
)


def confirmed_multi(text: str, tokens: tuple[Token, ...], run: NameRun, k: tuple[str, ...]) -> bool:
    """Whether context says a run of two or more words is a person."""
    if group_word_before(tokens, run.first):
        return False  # "president of Doctors Nova Scotia": the rest of a body's name
    if inside_a_name_of(tokens, run.first) and tokens[run.first - 1].low in ROMANCE_JOINTS:
        return False  # "Ministerio de Salud Pública": the rest of a body's name
    if run.first and tokens[run.first - 1].low in FOREIGN_BODY_HEADS and not given_name(k[0]):
        return False  # "Stichting Groene Kust", "Fundación Pro Bosque": a body's name
    if given_name(k[0]) or (len(k) == 2 and k[0] in EAST_ASIAN_SURNAMES):
        return True
    if speaks_of_itself(text, run) or body_appositive(text, run.end):
        return False  # "Acción Ciudadana said ... it had filed", "Mer Bleue, a local group,"
    if employer_of_next(text, tokens, run) and not given_name(k[0]):
        return False  # "Latino Decisions researcher Sylvia Manzano": her employer
    if occupation_before(text, run, k):
        return True  # "herder Tserendorjiin Batbold", "retired teacher Oyun Erdene"
    if len(k) == 2 and romanised_given_name(run.words[1].base):
        return True  # "Oh Dong-hyun": a family name, then a romanised given name
    return (
        honorific_before(text, tokens, run.first)
        or possessive_before(text, tokens, run.first) is not None
        or title_before(text, tokens, run.first) is not None
        or appositive_title(text, tokens, run.end) is not None
        or sign_off_title(text, run.start) is not None
        or _speech_cue_next(text, run)
        or _speech_shaped(text, run)
        or (_AGE.match(text, run.end) is not None and not set(k) & _JOINING_PARTICLES)
        or person_context(text, run)  # "X, who", "X, a neighbour,", "X keeps ... his"
    )  # "Armindo Montrond Gonçalves, 78, has"; not "Rio Grande do Sul, 12,"


def confirmed_single(text: str, tokens: tuple[Token, ...], run: NameRun) -> bool:
    """A lone name counts after an honorific, a title (``Secretary Blinken``) or next to a
    speech cue (``DuVernay said``, ``said Melanie.``)."""
    word = next((w for w in run.words if not w.initial), run.words[0])  # "S. Thanabalan"
    if word.low in PLACE_WORDS or len(word.base) < 2 or word.low in BODIES:
        return False
    if word.low in DEMONYMS or (word.low.endswith("s") and word.low[:-1] in DEMONYMS):
        return False  # "the Croat said" (a descriptor), "the Saudis said": no one's name
    if word_before(text, run) == "the" or speaks_of_itself(text, run):
        return False  # "the Hermitage said", "Matenadaran said it would reopen": a body
    if body_appositive(text, run.end):
        return False  # "Kyrgyzaltyn, the mining company, said"
    titled_initials = run.words[0].initial and _titled(text, tokens, run.first)
    if _organization_word_before(text, tokens, run.first) and not titled_initials:
        return False  # "Service Corp. International said" (not "Commissioner of Police P. V.")
    if body_named(text, word.base) and not _titled(text, tokens, run.first):
        return False  # "TechCrunch said", "Flamengo have agreed" (not "Ms. FitzGerald")
    if inside_a_name_of(tokens, run.first):
        return False  # "director of Interfaith Paths to Peace, said": the end of a body's name
    if last_listed_item(text, run.start):
        return False  # "the Ministry of Agriculture, Sea and Food said": a portfolio
    if place_between_commas(text, tokens, run):
        return False  # "of the University of Nigeria, Nsukka, said": where the body is
    if _title_word_next(text, tokens, run) and not given_name(word.low):
        return False  # "Chief Operating Officer": a word of the title (not "Paul Singer")
    if honorific_before(text, tokens, run.first) or _speech_shaped(text, run):
        return True
    if title_before(text, tokens, run.first) is not None:
        return True
    if initial_opens(text, run, word) and (
        cue_in_sentence(text, run.end)
        or (len(run.words[0].base) == 1 and _comma_or_verb_after(text, run.end))
    ):
        return True  # "J. Tsetsegmaa, a doctor, said", "P. Rajendran blamed": an initial, a person
    if not word.sentence_start:
        if end_of_a_longer_name(text, tokens, run.first):
            return False  # "the University of the West Indies said", "in Dar es Salaam said"
        return _speech_cue_next(text, run, lone=True)
    if not _name_like_opener(word):
        return False
    if _titled_appositive_then_cue(text, tokens, run) or who_then_cue(text, run):
        return True  # "Karimi, executive director of Paths to Peace, said", "Mehedi, who ..."
    if _AGED.match(text, run.end) and cue_in_sentence(text, run.end):
        return True  # "Oyuunaa, 41, who moved to the city in 2019, said": an age, a person
    return (  # "Jones disagreed. “Not yet,” he said.": a person the next sentence calls he
        PEOPLE_VERB_AFTER.match(text, run.end) is not None
        and PEOPLE_HE_OR_SHE_NEXT.match(text, run.end) is not None
    ) or cue_then_he_or_she(text, run)


def _comma_or_verb_after(text: str, end: int) -> bool:
    """An appositive's comma or a verb right after a name (``P. Rajendran, president``)."""
    return text[end : end + 1] == "," or PEOPLE_VERB_AFTER.match(text, end) is not None


def _titled_appositive_then_cue(text: str, tokens: tuple[Token, ...], run: NameRun) -> bool:
    """A name, an appositive that gives a title, and a speech cue right after it; not
    an appositive that describes a company (``Veltrane, the operator of the pipeline,``)."""
    appositive = PEOPLE_BARE_APPOSITIVE_THEN_CUE.match(text, run.end, run.end + 200)
    if appositive is None or appositive_title(text, tokens, run.end) is None:
        return False
    words = text[run.end : appositive.end()].lower().split()
    return not any(w.strip(",") in COMPANY_NOUNS or w in _COMPANY_ROLES for w in words)


#: An age opening an appositive: ``, a 56-year-old farmer,``, ``, 56,``.
#: Particles that join a place's name too ("Rio Grande do Sul"); not the patronymic
#: words, which only a person's name holds ("Bektur Tilek uulu").
_JOINING_PARTICLES = NAME_PARTICLES - PATRONYMIC_WORDS
#: An age of one or two digits set off by commas (not "Warriors, 112, Lakers, 108").
_AGE = regex.compile(r",\s+\d{1,2},|\s\(\d{1,2}\)")  # "Ana Ruiz, 52," and "Ana Ruiz (52)"
_AGED = regex.compile(r",\s+(?:an?\s+\d{1,3}-year-old\b|\d{1,3},)")
#: Roles a company plays as well as a person ("the operator of the pipeline").
_COMPANY_ROLES = frozenset(
    {"operator", "owner", "partner", "parent", "maker", "developer", "provider", "supplier"}
    | {"producer", "manufacturer", "distributor", "publisher", "sponsor", "investor"}
    | {"lender", "insurer", "buyer", "seller", "contractor", "subsidiary", "unit", "owners"}
)


def _name_like_opener(word: Token) -> bool:
    """A capitalised word opening a sentence that may be a surname (``Jones disagreed``):
    no function word, title, body, people or word in capitals."""
    low = word.low
    return not (
        low in NOT_NAME_WORDS
        or low in _SENTENCE_OPENER_NOUNS
        or low in DEMONYMS
        or word.base.isupper()
    )


def _speech_shaped(text: str, run: NameRun) -> bool:
    """``“Q,” Tamsin Royle grumbled``, ``“Q,” deadpanned Cora Lindt.``: a name between a
    quote that ends its clause and a lower-case verb, or after both, ending the clause:
    the shape of attribution whatever the verb."""
    if PEOPLE_AFTER_QUOTE_VERB.search(text, max(0, run.start - 30), run.start) is not None:
        return text[run.end : run.end + 1] in (".", ",", "")  # "“Q,” deadpanned Cora Lindt."
    return (
        PEOPLE_AFTER_QUOTE.search(text, max(0, run.start - 6), run.start) is not None
        and PEOPLE_VERB_AFTER.match(text, run.end) is not None
    )


def no_name_word(k: tuple[str, ...]) -> bool:
    """Every word names a portfolio or a kind of body ("Health", "Economic Development",
    "Foreign Affairs"): the remnant of a title or an organisation, no one's name."""
    return all(w in TITLE_MODIFIERS or w in ORGANIZATION_WORDS for w in k)


def company_noun_before(text: str, run: NameRun) -> bool:
    """``software company Brightline``, ``said retailer Homewise``, ``the fan club
    Nordkurve Lindau``: a company or body noun right before the name, one space away."""
    return body_noun_before(word_before(text, run), run.words[0].low)


def word_before(
    text: str, run: NameRun, pattern: regex.Pattern[str] = PEOPLE_WORD_BEFORE, reach: int = 30
) -> str:
    """The word ``pattern`` finds right before ``run`` (within ``reach`` characters),
    lower-cased, or ""."""
    word = pattern.search(text, max(0, run.start - reach), run.start)
    return "" if word is None else word.group(1).lower()


def _organization_word_before(text: str, tokens: tuple[Token, ...], index: int) -> bool:
    """The word before ``tokens[index]`` is an organisation word of the same name
    (``Corp.``, ``Council``), one space or one point away."""
    if index == 0:
        return False
    prev = tokens[index - 1]
    gap = text[prev.end : tokens[index].start]
    return prev.low in ORGANIZATION_WORDS and prev.base[:1].isupper() and gap in (" ", ". ")


#: Words that make a run before ``of X said`` a title or a body, not a person's name
#: (``Palm Beach County Supervisor of Elections``, ``Reserve Bank of Australia``).
_NOT_IN_AFFILIATED_NAMES = (
    OFFICIAL_TITLE_HEADS | PRIVATE_TITLE_HEADS | ORGANIZATION_WORDS | PLACE_WORDS | TITLE_MODIFIERS
)


#: Title heads that end a capitalised title ("Chief Operating Officer").
_TITLE_ENDS = OFFICIAL_TITLE_HEADS | PRIVATE_TITLE_HEADS


def _title_word_next(text: str, tokens: tuple[Token, ...], run: NameRun) -> bool:
    """A capitalised title head follows ``run`` one space away."""
    if run.last >= len(tokens):
        return False
    nxt = tokens[run.last]
    return nxt.low in _TITLE_ENDS and nxt.base[:1].isupper() and text[run.end : nxt.start] == " "


def honorific_before(text: str, tokens: tuple[Token, ...], index: int) -> bool:
    if index == 0:
        return False
    prev = tokens[index - 1]
    gap = text[prev.end : tokens[index].start]
    return prev.low in _HONORIFICS and gap in (" ", ". ")


def possessive_before(text: str, tokens: tuple[Token, ...], index: int) -> str | None:
    """``CNN's Kylie Atwood``, ``CBS News’ Eena Ruffini``: the outlet or body, if any."""
    if index == 0:
        return None
    prev = tokens[index - 1]
    if not prev.possessive or not prev.base[:1].isupper() or prev.low in DEMONYMS:
        return None
    if text[prev.end : tokens[index].start].strip("’' ") or prev.end - prev.start > 40:
        return None
    first = index - 1
    while first > 0 and tokens[first - 1].base[:1].isupper():
        if text[tokens[first - 1].end : tokens[first].start] != " " or tokens[first - 1].possessive:
            break
        first -= 1
    while first < index - 1 and tokens[first].low in NOT_NAME_WORDS:
        first += 1
    org = text[tokens[first].start : prev.start + len(prev.base)]
    words = org.lower().split()
    if all(w in PLACE_WORDS for w in words) or words[-1] in KNOWN_GIVEN_NAMES:
        return None
    known = org.lower() in BODIES or words[-1] in ORGANIZATION_WORDS or prev.base.isupper()
    return org if known else None


def _titled(text: str, tokens: tuple[Token, ...], index: int) -> bool:
    """An honorific or a title stands before the name (``Ms. FitzGerald``)."""
    return honorific_before(text, tokens, index) or title_before(text, tokens, index) is not None


def _speech_cue_next(text: str, run: NameRun, *, lone: bool = False) -> bool:
    """``Kylie Atwood said``, ``Gwen Moore (D-Wis.) said``, ``said Chris Krebs``, ``” ― Jane Doe``.

    A ``lone`` surname after a cue must end its clause (``said Schiff.``, not ``said
    Concord resident ...``), and ``according to`` does not confirm it.
    """
    if PEOPLE_DASH_CREDIT.search(text, max(0, run.start - 6), run.start):
        return credit_ends(text, run.end)  # not "- Marikiti is ours"
    after = PEOPLE_PARENTHETICAL.sub("", text[run.end : run.end + 40], count=1)
    stripped = after.lstrip(" ,")
    cue = SPEECH_CUE.match(stripped, 0, 30)
    if cue is not None and len(stripped) < len(after):
        return not _object_of_preposition(text, run)  # not "a Republican from Visalia said"
    appositive = PEOPLE_APPOSITIVE_THEN_COMMA.match(
        text, run.end, run.end + 200
    ) or PEOPLE_APPOSITIVE_IN_DASHES.match(text, run.end, run.end + 200)
    if appositive is not None and SPEECH_CUE.match(text, appositive.end()):
        aged = _AGED.match(text, run.end) is not None  # "Sutarmi, a 56-year-old farmer, said"
        return not lone or aged  # "Valdez Anderson, who works at ..., said"
    where = None if lone else PEOPLE_AFFILIATION_THEN_CUE.match(text, run.end, run.end + 160)
    if where is not None and not only_places(where.group()):  # not "Deutsche Telekom of Germany"
        if word_before(text, run) == "the":
            return False  # "the Royal Incorporation of Architects in Scotland, said": a body
        return not any(w.low in _NOT_IN_AFFILIATED_NAMES for w in run.words)  # "Ravi Das of X said"
    if lone and text[run.end : run.end + 1] not in _NAME_ENDS:
        return False
    according = not lone
    window_start = max(0, run.start - 30)
    before = text[window_start : run.start]
    return any(  # a lone name "told" is a listener, often an outlet ("he told Movistar")
        m.end() + window_start == run.start - 1
        and (according or not m.group().lower().startswith(("according", "tell", "told")))
        for m in SPEECH_CUE.finditer(before)
    )


#: Prepositions whose object is no subject of a verb that follows: "a Republican from
#: Visalia said", "a spokeswoman for Acme said" (the speaker is the noun before them).
_PREPOSITIONS = frozenset(
    {"about", "across", "at", "for", "from", "in", "near", "of", "on", "outside", "with"}
)


def _object_of_preposition(text: str, run: NameRun) -> bool:
    """The word right before ``run`` is a preposition (one space away), or ``run`` is the
    last of a few capitalised words joined by "and" after one ("the MP for Inverclyde
    and Renfrew West, said")."""
    before = word_before(text, run)
    if before in ("and", "or", "&"):
        before = word_before(text, run, _PREPOSITION_THEN_NAMES, 80)
    return before in _PREPOSITIONS


#: A preposition, one to three capitalised words and "and" or "or" right before a name
#: (searched from the end: for ``search`` only, as :func:`word_before` uses it).
_PREPOSITION_THEN_NAMES = regex.compile(
    r"(?r)\b(\p{Ll}+)(?:\s+\p{Lu}[\p{L}\-'’]*){1,3},?\s+(?:and|or|&)\s+$"
)
