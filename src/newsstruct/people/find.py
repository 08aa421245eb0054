"""Stage 4a: find the people named in the article and cluster their mentions.

No statistical model: a capitalised name run (see :mod:`newsstruct.people.names`) is a
person when its context confirms it -- a title before it, an appositive after
it, a speech cue next to it, a possessive outlet before it (``CNN's Kylie
Atwood``), an honorific, or a first word that is a known given name or East
Asian family name.  Confirmed forms are clustered by surname and compatible
given names (``Anthony``/``Antony Blinken``); then every run of every region
that matches a cluster (full name, surname, family name, possessive) becomes a
mention.  Headline-like Title Case lines only contribute mentions.

>>> from newsstruct.config import Config
>>> from newsstruct.model import Span
>>> text = "Secretary of State Antony Blinken met Wang Yi. Blinken’s visit ended."
>>> [(p.id, p.name, [t.text for t in p.titles], len(p.mentions))
...  for p in find_people(text, (Span.of(text, 0, len(text)),))]
[('p1', 'Antony Blinken', ['Secretary of State'], 2), ('p2', 'Wang Yi', [], 1)]
"""

from __future__ import annotations

import attrs
import regex

from newsstruct.lexicons.company_forms import COMPANY_FORMS
from newsstruct.lexicons.landforms import LANDFORM_WORDS
from newsstruct.lexicons.name_particles import NAME_PARTICLES
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.place_names import PLACE_NAMES
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.lexicons.title_modifiers import TITLE_MODIFIERS
from newsstruct.lexicons.venues import VENUE_WORDS
from newsstruct.model import Person, Span
from newsstruct.people.clusters import (
    Cluster,
    Form,
    SurnameIndex,
    cluster_forms,
    fuller_form,
    match,
    to_person,
    words_naming,
)
from newsstruct.people.company import introduced, kin_before, listed_with, lone_surname, plain_name
from newsstruct.people.confirm import (
    company_noun_before,
    confirmed_multi,
    confirmed_single,
    no_name_word,
    possessive_before,
)
from newsstruct.people.cue_signs import cue_right_after
from newsstruct.people.given import KNOWN_GIVEN_NAMES
from newsstruct.people.name_edges import bracketed_affiliation
from newsstruct.people.name_words import SUFFIXES
from newsstruct.people.names import NameRun, Token, given_name, name_runs, tokenize
from newsstruct.people.officials import (
    appositive_title,
    predecessor_title,
    sign_off_title,
    title_before,
)
from newsstruct.people.patterns import ALIAS_WORDS, PEOPLE_IT_SOON, PEOPLE_TOKEN
from newsstruct.people.place_ends import not_a_surname
from newsstruct.people.thing_names import names_a_thing
from newsstruct.text.marks import CLOSING, OPENING

__all__ = ["find_people"]

_MAX_NAME_WORDS = 4
_NOT_COUNTED = NAME_PARTICLES | SUFFIXES  # in a name's length
#: A region of at most this many words that does not end a sentence reads as a
#: headline or heading: its capitalised words only name people found elsewhere.
_HEADLINE_MAX_WORDS = 16
_OPENING_MARKS = frozenset(OPENING)
#: Words a Title Case headline leaves in lower case.
_TITLE_CASE_LOWER = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on"}
    | {"or", "over", "per", "the", "to", "up", "upon", "vs", "via", "with", "is", "be"}
)


def find_people(text: str, regions: tuple[Span, ...]) -> tuple[Person, ...]:
    """Everyone named in ``regions`` (headline, deck, body), one :class:`Person` each."""
    read = [_read_region(text, region) for region in regions]
    clusters = _discover(text, read)
    if not clusters:
        return ()
    _collect_mentions(text, read, clusters)
    found = [c for c in clusters if c.mentions]
    found.sort(key=lambda c: c.mentions[0].start)
    return tuple(to_person(f"p{i}", c) for i, c in enumerate(found, 1))


@attrs.frozen
class _Region:
    tokens: tuple[Token, ...]
    runs: tuple[NameRun, ...]
    headline_like: bool


#: Dashes that open a credit line under a quote: its name is no headline's word.
_CREDIT_DASHES = frozenset("—–―-")


def _read_region(text: str, region: Span) -> _Region:
    tokens = tokenize(text, region.start, region.end)
    ends_sentence = text[region.start : region.end].rstrip(" " + CLOSING)[-1:] in (
        ".",
        "!",
        "?",
        ":",
    )
    quoted = text[region.start : region.start + 1] in _OPENING_MARKS
    credit = text[region.start : region.start + 1] in _CREDIT_DASHES  # "— Ines Varga, Portree"
    if quoted or credit or (len(tokens) > _HEADLINE_MAX_WORDS and _lower_case_word(tokens)):
        headline_like = False  # most paragraphs: long, and not in Title Case
    else:
        words = PEOPLE_TOKEN.findall(text, region.start, region.end)
        short = len(words) <= _HEADLINE_MAX_WORDS
        headline_like = (short and not ends_sentence) or _title_case(words)
    return _Region(tokens, tuple(name_runs(text, tokens)), headline_like)


def _lower_case_word(tokens: tuple[Token, ...]) -> bool:
    """Whether a word that :func:`_title_case` would not allow is among ``tokens``
    (a possessive's base decides: "dog" for "dog's")."""
    return not all(_title_case_word(t.base) for t in tokens)


def _title_case(words: list[str]) -> bool:
    """A headline in Title Case: every word capitalised but short function words.

    >>> _title_case("Hillary Clinton Was Headed to ER But Diverted".split())
    True
    >>> _title_case("Secretary Antony Blinken met Wang Yi in Rome".split())
    False
    """
    return len(words) >= 4 and all(_title_case_word(w) for w in words)


def _title_case_word(word: str) -> bool:
    """Capitalised, not a word at all (a number), or a short function word."""
    return word[:1].isupper() or not word[:1].isalpha() or word.lower() in _TITLE_CASE_LOWER


# ---------------------------------------------------------------------------
# discovery: confirmed name forms
# ---------------------------------------------------------------------------


def _discover(text: str, read: list[_Region]) -> list[Cluster]:
    multi: list[Form] = []
    single: list[Form] = []
    doubtful: list[tuple[NameRun, tuple[str, ...], bool]] = []  # unconfirmed, 2+ words
    alone: dict[str, bool] = {}  # words written alone as names: whether a cue confirms one
    given: list[Form] = []  # lone words before a cue that no rule confirms
    companies = _company_stems(text, read)  # "Moravia Ferries" of "Moravia Ferries SA"
    for region in read:
        if region.headline_like:
            continue
        confirmed: list[NameRun] = []
        region_doubtful: list[tuple[NameRun, tuple[str, ...]]] = []
        for run in region.runs:
            k = run.key
            if (
                not k
                or _name_words(text, run) > _MAX_NAME_WORDS
                or all(w in PLACE_WORDS for w in k)
            ):
                continue
            if " ".join(k) in PLACE_NAMES:
                continue  # "in San Jose, Costa Rica, said": a place before the cue
            if (
                _followed_by_org_word(text, region.tokens, run)
                or not_a_surname(text, region.tokens, run)
                or bracketed_affiliation(text, run)
            ):
                continue  # "Stanley Park" (not "Mina Park said"), "Ann Lee (Labour, Truro)"
            if k in companies:
                continue  # "Moravia Ferries said" after "Moravia Ferries SA": the company
            if _names_a_body(text, run, k) or names_a_thing(text, run, k):
                continue  # "Nova Scotia Health", "Hartwell Brooks & Co", "the trawler Ann Marie"
            if company_noun_before(text, run) or no_name_word(k):
                continue  # "software company Brightline", "Economic Development": no one
            if _ALIAS_BEFORE.search(text, max(0, run.start - 60), run.start):
                continue  # "a farmer known in his village as Abu Ahmad": another name of someone
            form = (k, run.text(text), run.start)
            if len(k) >= 2 and confirmed_multi(text, region.tokens, run, k):
                multi.append(form)
                confirmed.append(run)
            elif len(k) == 1 and (
                confirmed_single(text, region.tokens, run) or kin_before(text, run)
            ):  # "His father, Marjan, a former biathlete, wrote"
                single.append(form)
                alone[k[0]] = True
            elif len(k) >= 2:
                region_doubtful.append((run, k))
            else:
                if lone_surname(text, region.tokens, run):
                    alone.setdefault(k[0], False)
                cue = cue_right_after(text, run)  # "Katrín said": a given name, if one
                if cue is not None and not PEOPLE_IT_SOON.match(text, cue.end()):
                    given.append(form)  # person has it (not "Goldman said it expected")
        doubtful += listed_with(text, confirmed, region_doubtful)
    _add_doubtful(text, multi, doubtful, alone)
    return cluster_forms(multi, single, given)


def _company_stems(text: str, read: list[_Region]) -> set[tuple[str, ...]]:
    """The names the article gives a company's legal form or group word (``Moravia
    Ferries`` of ``Moravia Ferries SA``, ``Halden`` of ``Halden Group``): the company's
    name wherever it stands alone, no person's."""
    stems = set()
    for region in read:
        for run in region.runs:
            k = run.key
            if len(k) >= 2 and k[-1] in COMPANY_FORMS:
                stems.add(k[:-1])
            elif run.last < len(region.tokens) and _form_after(text, region.tokens, run.last):
                stems.add(k)
    return stems


def _form_after(text: str, tokens: tuple[Token, ...], at: int) -> bool:
    """``tokens[at]`` is a company's legal form, capitalised, right after a name that is
    no possessive (``Halden Group``, ``Durand Jirga, Inc.``); after a comma only an
    unambiguous legal form (not ``Tom Bell, Group chief executive``, ``Tom Bell, AG,``)."""
    before, word = tokens[at - 1], tokens[at]
    if before.possessive or not word.base[:1].isupper() or word.low not in COMPANY_FORMS:
        return False  # "Tom Bell's group", "Tom Bell group members"
    gap = text[before.end : word.start]
    return gap == " " or (gap == ", " and word.low in _LEGAL_AFTER_COMMA)


#: Legal forms that stand after a comma only after a company ("Durand Jirga, Inc."), not
#: group words or two capitals that also abbreviate a title or a state ("Tom Bell, AG,").
_LEGAL_AFTER_COMMA = frozenset({"inc", "ltd", "llc", "llp", "plc", "corp", "gmbh", "s.a.", "bhd"})


#: Words right before a name that make it another name of someone named before
#: ("known in his village as", "nicknamed", "dubbed"); searched from the end.
_ALIAS_BEFORE = regex.compile(
    rf"(?r)(?:\b(?:known|referred\s+to)\b(?:\s+[\p{{L}}’'\-]+){{0,4}}?\s+as|\b{ALIAS_WORDS})\s+$"
)


def _add_doubtful(
    text: str,
    multi: list[Form],
    doubtful: list[tuple[NameRun, tuple[str, ...], bool]],
    alone: dict[str, bool],
) -> None:
    """Add to ``multi`` the unconfirmed runs that look like a name alone and that their
    company confirms: listed with a person (``Bo Kim and ...``), a relative of one (``his
    wife, Rakeyia Scott``), introduced as a person (``Callum Reddan, who``, ``Thabo
    Nkosi, 29,``, ``the commissioner, Bronwyn Falk,``) or named later by their surname
    alone (``... Reddan struck``)."""
    surnames = {form[0][-1] for form in multi}
    for run, k, listed in doubtful:
        relative = k[-1] in surnames and kin_before(text, run)
        if not (
            listed
            or relative
            or introduced(text, run)
            or _named_alone(text, run, k, alone, surnames)
        ):
            continue
        if plain_name(run, k):
            multi.append((k, run.text(text), run.start))


def _named_alone(
    text: str, run: NameRun, k: tuple[str, ...], alone: dict[str, bool], surnames: set[str]
) -> bool:
    """The surname of ``run`` stands alone elsewhere, and no other full name has it (the
    "Trump" of "Notice Trump sniffing" is Donald Trump's).  The first word is no common
    word written in lower case elsewhere in the text ("super PACs"), no slogan opens
    with it after a quote mark ("“Choose Life”"), and a run opening a sentence needs
    its surname confirmed alone (``Reddan said``) and no first word in -ing or -ly
    ("Injecting Clinton's troubles", "Interestingly Blocher")."""
    confirmed = alone.get(k[-1])
    if confirmed is None or k[-1] in surnames:
        return False
    first = run.words[0]
    if first.sentence_start and not (confirmed and not first.low.endswith(("ing", "ly"))):
        return False
    if text[run.start - 1 : run.start] in _OPENING_MARKS:
        return False
    return not _written_lower(text, first.low)


def _written_lower(text: str, word: str) -> bool:
    """Whether ``word`` (in lower case) stands in ``text`` as a word of its own."""
    pattern = rf"(?<![\p{{L}}\-]){regex.escape(word)}(?![\p{{L}}\-])"
    return regex.search(pattern, text) is not None


def _name_words(text: str, run: NameRun) -> int:
    """How many words of ``run`` are no particles and no quoted nickname ("María del
    Pilar Sánchez Ruiz" and "Ángel Luis “Tito” Carrasquillo Osorio" have four)."""
    return sum(
        1
        for w in run.words
        if w.low not in _NOT_COUNTED
        and not w.initial
        and text[w.start - 1 : w.start] not in _OPENING_MARKS
    )


def _names_a_body(text: str, run: NameRun, k: tuple[str, ...]) -> bool:
    """A run that names a body or a place, not a person: a firm's names joined by "&"
    (``Hartwell Brooks & Co``), a last word that names a landform (``Lai River``) or a
    portfolio (``Nova Scotia Health``) or, with no known given name first, a place
    (``Yiaga Africa``), unless that word is a common surname too, or a run after the word
    for a saint (``Santa Catarina do Fogo``)."""
    if text[run.end : run.end + 2] == " &" or text[max(0, run.start - 2) : run.start] == "& ":
        return True
    if _SAINT_BEFORE.search(text, max(0, run.start - 8), run.start) is not None:
        return True  # "the municipality of Santa Catarina do Fogo": a place named for a saint
    if len(k) < 2 or k[-1] in _SURNAME_PLACES_AND_PORTFOLIOS:
        return False
    if k[-1] in LANDFORM_WORDS or k[-1] in VENUE_WORDS:
        return True  # "Lai River", "Craig Cove", "Kensington Oval": a place
    if k[-1] in TITLE_MODIFIERS:
        return True  # "Prince Edward Health" too, though "Edward" is a given name
    if given_name(k[0]):
        return False
    if len(k) >= 3 and k[0] in _REGION_WORDS and k[1] in PLACE_WORDS:
        return True  # "Southern California Edison": a region and a place open a body's name
    return k[-1] in PLACE_WORDS and k[-1] not in KNOWN_GIVEN_NAMES


#: The word for "saint" right before a run makes it a place's name (``Santa Catarina do
#: Fogo``, ``São Tomé``, ``Saint Helena``), in English, Spanish, Portuguese, Italian,
#: French; not "St.", a street too (``45 Elm St. Maria Lopez said``) and part of surnames.
_SAINT_BEFORE = regex.compile(r"\b(?:Santa|Santo|San|São|Sao|Saint|Sainte) $")


#: Compass adjectives that open a region's name ("Southern California", "Northern Ireland").
_REGION_WORDS = frozenset({"northern", "southern", "eastern", "western", "central"})


#: Place and portfolio words that are also surnames ("Cornel West", "Lyle White", "Steve
#: Jobs", "Edward House") or end one ("Aung San").
_SURNAME_PLACES_AND_PORTFOLIOS = frozenset(
    {"east", "house", "jobs", "north", "san", "south", "west", "white"}
)


def _followed_by_org_word(text: str, tokens: tuple[Token, ...], run: NameRun) -> bool:
    """``Joe Biden Foundation``, ``Biden Administration``: the run names a body."""
    if run.last >= len(tokens):
        return False
    nxt = tokens[run.last]
    return text[tokens[run.last - 1].end : nxt.start] == " " and nxt.low in ORGANIZATION_WORDS


def _collect_mentions(text: str, read: list[_Region], clusters: list[Cluster]) -> None:
    by_word: dict[str, list[Cluster]] = {}
    for c in clusters:
        words = words_naming(c.longest) + tuple(k[0] for k in c.keys if len(k) == 1)
        for word in dict.fromkeys(words):
            by_word.setdefault(word, []).append(c)
    by_surname = SurnameIndex(clusters)
    for region in read:
        for run in region.runs:
            k = run.key
            if not k:
                continue
            cluster = match(k, by_surname, by_word)
            if cluster is None:
                cluster = fuller_form(k, by_word, run)
                if cluster is None:
                    continue
                cluster.add((k, run.text(text), run.start))
                by_surname.note(cluster, k)
            cluster.mentions.append(Span.of(text, run.start, run.end))
            cluster.last_seen = run.start
            if len(k) == 1 and k[0] == cluster.longest[0] and len(cluster.longest) > 1:
                cluster.add((k, run.text(text), run.start))  # "Heidi": called by the given name
            if not region.headline_like:
                _note_context(text, region.tokens, run, cluster)


def _note_context(text: str, tokens: tuple[Token, ...], run: NameRun, cluster: Cluster) -> None:
    for finding in (
        title_before(text, tokens, run.first),
        appositive_title(text, tokens, run.end),
        sign_off_title(text, run.start),
        predecessor_title(text, run.start),
    ):
        if finding is not None:
            cluster.findings.append(finding)
    outlet = possessive_before(text, tokens, run.first)
    if outlet is not None and cluster.organization is None:
        cluster.organization = outlet
