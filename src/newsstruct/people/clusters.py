"""Clustering the mentions of one person: name forms that are compatible (the same
surname and a compatible first word, a spelling variant), surname-only mentions,
and the :class:`~newsstruct.model.Person` a cluster becomes.
"""

from __future__ import annotations

import attrs

from newsstruct.lexicons.name_particles import NAME_PARTICLES
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.model import Person, Span
from newsstruct.people.given import KNOWN_GIVEN_NAMES
from newsstruct.people.lexicons.east_asian_surnames import EAST_ASIAN_SURNAMES
from newsstruct.people.names import NameRun, given_name, romanised_given_name
from newsstruct.people.officials import TitleFinding
from newsstruct.people.patterns import ALIAS_IN_NAME
from newsstruct.text.cues import SPEECH_CUE
from newsstruct.text.marks import NICKNAME

__all__ = [
    "Cluster",
    "Form",
    "SurnameIndex",
    "close_spelling",
    "cluster_forms",
    "compatible",
    "fuller_form",
    "match",
    "to_person",
    "words_naming",
]

#: A confirmed name form: its key (the lower-case words), its text and where it starts.
Form = tuple[tuple[str, ...], str, int]
#: An East Asian family name written first has at most this many letters ("Hwang").
_FAMILY_NAME_MAX = 5


@attrs.define
class Cluster:
    """One person being built: the name forms seen and what the text says about them."""

    forms: list[Form]
    mentions: list[Span] = attrs.Factory(list)
    findings: list[TitleFinding] = attrs.Factory(list)
    organization: str | None = None
    last_seen: int = -1
    #: The distinct keys of ``forms``, first-seen order: lookups cost the keys, not the mentions.
    keys: dict[tuple[str, ...], None] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.keys = dict.fromkeys(f[0] for f in self.forms)

    def add(self, form: Form) -> None:
        """Record another form of this person's name."""
        self.forms.append(form)
        self.keys.setdefault(form[0])

    @property
    def longest(self) -> tuple[str, ...]:
        return max(self.keys, key=len)

    def name(self) -> str:
        """The fullest form, the first written when several are as full."""
        best = max(len(f[0]) for f in self.forms)
        chosen = min((f for f in self.forms if len(f[0]) == best), key=lambda f: f[2])
        return " ".join(chosen[1].split())


def compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full forms of one person: same surname and compatible first words."""
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < len(long_) and long_[-len(short) :] == short:
        return True  # "Van der Berg" of "Anneliese van der Berg"
    x, y = a[0], b[0]
    return x.startswith(y) or y.startswith(x) or close_spelling(x, y)


def close_spelling(x: str, y: str) -> bool:
    """Spelling variants: at most one insertion, deletion or substitution (``Antony``/``Anthony``)."""
    if abs(len(x) - len(y)) > 1 or min(len(x), len(y)) < 4:
        return False
    if len(x) > len(y):
        x, y = y, x
    i = 0
    while i < len(x) and x[i] == y[i]:
        i += 1
    return x[i + 1 :] == y[i + 1 :] if len(x) == len(y) else x[i:] == y[i + 1 :]


class SurnameIndex:
    """The clusters with a name form of two or more words ending in a given word, in
    cluster order: the only ones :func:`compatible` can pair with such a form."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self._order = {id(c): i for i, c in enumerate(clusters)}
        self._by_last: dict[str, list[Cluster]] = {}
        for c in clusters:
            for k in c.keys:
                self.note(c, k)

    def note(self, cluster: Cluster, k: tuple[str, ...]) -> None:
        """Record that ``cluster`` has the form ``k``."""
        if len(k) < 2:
            return
        bucket = self._by_last.setdefault(k[-1], [])
        if cluster not in bucket:
            bucket.append(cluster)
            bucket.sort(key=lambda c: self._order[id(c)])

    def get(self, last: str) -> list[Cluster]:
        """The clusters with a form of two or more words ending in ``last``."""
        return self._by_last.get(last, [])


def match(
    k: tuple[str, ...], by_surname: SurnameIndex, by_word: dict[str, list[Cluster]]
) -> Cluster | None:
    """The person the name form ``k`` is of.  A lone word that several people's names
    end in is the one of them the text never calls by the given name alone, when only
    one is so (``Cruz`` of Ted Cruz after his wife is ``Heidi``), else the last seen
    (``His father, Nabil Sadeq, ... Sadeq said``).  Mentions are read in text order:
    people already named come first (``Réjean Lebrasseur ... Lebrasseur organised``
    is not the grandson ``Félix Lebrasseur`` named further on)."""
    if len(k) == 1:
        options = by_word.get(k[0], [])
        if len(options) <= 1:
            return options[0] if options else None
        options = [c for c in options if c.last_seen >= 0] or options
        options = [c for c in options if c.longest[-1] == k[0]] or options  # "Bailey": not
        # "Long-Bailey" when "Ed Bailey" is named too
        if len(options) == 1:
            return options[0]
        surnamed = [c for c in options if (c.longest[0],) not in c.keys]
        return surnamed[0] if len(surnamed) == 1 else max(options, key=lambda c: c.last_seen)
    candidates = by_surname.get(k[-1])
    return next((c for c in candidates if any(compatible(f, k) for f in c.keys)), None)


def fuller_form(
    k: tuple[str, ...], by_word: dict[str, list[Cluster]], run: NameRun
) -> Cluster | None:
    """``Ava DuVernay`` for a person known so far only as ``DuVernay``, ``Ellie-Mae
    Thornbury`` for one known only as ``Ellie-Mae``."""
    if len(k) != 2:
        return None
    given = [c for c in by_word.get(k[0], []) if c.longest == k[:1]]
    if len(given) == 1 and (given_name(k[0]) or "-" in k[0]) and _surname_like(k[1]):
        return given[0]  # not "Trump Tower" for a lone "Trump"
    first = run.words[0]
    if first.sentence_start and first.low not in KNOWN_GIVEN_NAMES:
        return None
    options = [c for c in by_word.get(k[-1], []) if len(c.longest) == 1]
    return options[0] if len(options) == 1 else None


def to_person(pid: str, cluster: Cluster) -> Person:
    titles: list[Span] = []
    seen: set[str] = set()
    for f in cluster.findings:
        if f.span is not None and f.span.text.lower() not in seen:
            seen.add(f.span.text.lower())
            titles.append(f.span)
    organization = cluster.organization or next(
        (f.organization for f in cluster.findings if f.organization), None
    )
    country = next((f.country for f in cluster.findings if f.country), None)
    name = cluster.name().replace("’", "'")  # one spelling of O'Neill across articles
    return Person(
        id=pid,
        name=without_nickname(name),
        mentions=tuple(sorted(cluster.mentions, key=lambda s: s.start)),
        titles=tuple(titles),
        organization=organization,
        country=country,
        is_official=any(f.official for f in cluster.findings),
        nicknames=_nicknames(cluster.mentions),
    )


def without_nickname(name: str) -> str:
    """``name`` without a quoted nickname between its given name and surname, or the
    other name after "alias" at its end.

    >>> without_nickname('Lorne “Buzz” Hnatyshyn'), without_nickname("Anish alias Kannan")
    ('Lorne Hnatyshyn', 'Anish')
    """
    alias = ALIAS_IN_NAME.search(name)
    if alias is not None:
        name = name[: alias.start()]  # "Anish alias Kannan"
    found = NICKNAME.search(name)
    if found is None:
        return name
    return name[: found.start("nick") - 1] + name[found.end("nick") + 2 :]


def _nicknames(mentions: list[Span]) -> tuple[Span, ...]:
    """The nicknames written in quote marks inside the mentions, once each, as written."""
    seen: dict[str, Span] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        alias = ALIAS_IN_NAME.search(mention.text)
        for found in (*NICKNAME.finditer(mention.text), *([alias] if alias else [])):
            nick = found.group("nick")
            at = mention.start + found.start("nick")
            seen.setdefault(nick, Span(at, at + len(nick), nick))
    return tuple(seen.values())


def cluster_forms(
    multi: list[Form], single: list[Form], given: list[Form] | None = None
) -> list[Cluster]:
    """The people that the confirmed name forms make: full forms by surname and given
    name, then lone names that no full form claims.  A lone name that is the given name
    of one full name alone is that person (``Mr Somkiat``, ``Guðrún said``); the
    ``given`` forms (lone words no rule confirmed) join a person so or not at all."""
    multi.sort(key=lambda form: form[2])
    clusters: list[Cluster] = []
    # Compatible full forms share their last word, so each form is compared with
    # the clusters of its surname only: linear in the number of people.
    by_surname: dict[str, list[Cluster]] = {}
    for form in multi:
        same_surname = by_surname.setdefault(form[0][-1], [])
        home = next((c for c in same_surname if compatible(c.longest, form[0])), None)
        if home is None:
            home = Cluster([form])
            clusters.append(home)
            same_surname.append(home)
        else:
            home.add(form)
    clusters = _short_forms_merged(clusters)
    referable = {word for c in clusters for word in words_naming(c.longest)}
    by_initial: dict[str, list[tuple[str, Cluster]]] = {}
    for c in clusters:
        for word in words_naming(c.longest):
            by_initial.setdefault(word[:1], []).append((word, c))
    by_given = _by_given_name(clusters, referable)
    inner = {word for c in clusters for word in c.longest[:-1]}  # given and middle names
    for form in single:
        word = form[0][0]
        if word in referable:
            continue
        named = _misspelling_of(word, by_initial) or by_given.get(word)
        if named is not None:
            named.add(form)  # "Leslie Wimes ... Wines believes" (a typo), "Mr Somkiat"
            continue
        if word in inner:
            continue  # "Mohammed said" with two Mohammeds, "Pablo" of Juan Pablo: no one new
        clusters.append(Cluster([form]))
        referable.add(word)
    for form in given or ():
        named = None if form[0][0] in referable else by_given.get(form[0][0])
        if named is not None:
            named.add(form)
    return clusters


def _by_given_name(clusters: list[Cluster], referable: set[str]) -> dict[str, Cluster]:
    """The people by the first word of their full name, when that word names no one
    else (no surname, no other person's given name) and is no particle or initial."""
    seen: dict[str, list[Cluster]] = {}
    for c in clusters:
        full = c.longest
        if len(full) >= 2 and full[0] not in words_naming(full) and len(full[0]) > 2:
            seen.setdefault(full[0], []).append(c)
    return {
        word: found[0]
        for word, found in seen.items()
        if len(found) == 1 and word not in referable and word not in NAME_PARTICLES
    }


def _short_forms_merged(clusters: list[Cluster]) -> list[Cluster]:
    """``clusters`` with each short form of one longer name joined to it: its first words
    (``Caio Henrique`` of ``Caio Henrique Moreira``) or the first part of its double
    surname (``Halina Wróblewska`` of ``Halina Wróblewska-Stone``).  Longest names
    first, so a chain of short forms ends in the full name; a family name written
    first (``Kim Jong Un``) has no short form."""
    shorter: dict[tuple[str, ...], list[Cluster]] = {}
    for c in clusters:
        for short in _short_forms(c.longest):
            shorter.setdefault(short, []).append(c)
    home: dict[int, Cluster] = {}
    for cluster in sorted(clusters, key=lambda c: -len(c.longest)):
        longer = [c for c in shorter.get(cluster.longest, []) if c is not cluster]
        if len(longer) == 1:
            target = home.get(id(longer[0]), longer[0])
            for form in cluster.forms:
                target.add(form)
            home[id(cluster)] = target
    return [c for c in clusters if id(c) not in home]


def _short_forms(full: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The shorter forms of the name ``full`` that :func:`_short_forms_merged` joins."""
    if (len(full) < 3 and "-" not in full[-1]) or full[0] in EAST_ASIAN_SURNAMES:
        return []
    forms = []
    if len(full) >= 3 and len(full[-1]) > 2 and _surname_like(full[-1]):
        forms.append(full[:-1])  # "Caio Henrique" of "Caio Henrique Moreira"
    if "-" in full[-1]:
        forms.append((*full[:-1], full[-1].split("-")[0]))  # "Halina Wróblewska"
    return forms


def _surname_like(word: str) -> bool:
    """``word``, added to a shorter name, may be a surname: no place, body or verb of
    saying ("Ted Cruz South Carolina", "Mike Pence Calls" are misreadings); a given name
    may be one ("Ahmad Faizal Ismail", a Malay name with the father's name last)."""
    return not (
        word in PLACE_WORDS or word in ORGANIZATION_WORDS or SPEECH_CUE.fullmatch(word) is not None
    )


#: A lone name is compared with at most this many surnames of its initial (a bound).
_MISSPELLING_CHECKS = 40


def _misspelling_of(word: str, by_initial: dict[str, list[tuple[str, Cluster]]]) -> Cluster | None:
    """The one person whose surname is ``word`` but for one letter (a typo in the copy)."""
    found = {
        id(c): c
        for surname, c in by_initial.get(word[:1], [])[:_MISSPELLING_CHECKS]
        if close_spelling(word, surname)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def words_naming(full: tuple[str, ...]) -> tuple[str, ...]:
    """The words that alone name the person ``full``: the surname, and an East Asian
    family name written first (a known one, or one before a romanised given name:
    "Kim Soo-ah", also after an English given name: "Raymond Kwok Wing-hong")."""
    if len(full) == 2 and full[0] != full[-1] and _family_name_first(full):
        return (full[-1], full[0])
    if len(full) >= 2 and full[0] in EAST_ASIAN_SURNAMES and full[0] != full[-1]:
        return (full[-1], full[0])
    if len(full) == 3 and _family_name_first(full[1:]):
        return (full[-1], full[1])  # "Raymond Kwok Wing-hong": an English name, then "Kwok"
    if _double_surname(full):  # "Wilson Cortés Angulo": "Cortés" too
        return (full[-1], full[-2])
    if len(full) >= 4 and full[-2] in _SURNAME_JOINS and _second_surname(full[-3]):
        return (full[-1], full[-3])  # "Nélida Acosta de Britez", "Rui Tavares da Costa", "Pau
        # Serra i Vilaró": the first surname names the person too
    parts = full[-1].split("-")
    if len(full) >= 2 and len(parts) == 2 and min(map(len, parts)) >= 3:
        return (full[-1], parts[1])  # "Tess Dela Cruz-Bangoy": a married name, "Bangoy" too
    return (full[-1],)


#: Particles that join two surnames: Spanish "de"/"del" (a married name), Portuguese
#: "da"/"do"/"dos"/"das", Catalan "i".
_SURNAME_JOINS = frozenset({"de", "del", "da", "do", "dos", "das", "i"})


def _double_surname(full: tuple[str, ...]) -> bool:
    """The name ends in two surnames (Spanish, Portuguese): a given name and two words
    (``Wilson Cortés Angulo``), or two given names and two (``José Martín Echeverría
    Salas``), the first surname being no given name, particle or initial."""
    if len(full) == 4 and not all(map(given_name, full[:2])):
        return False
    if full[0] in ORGANIZATION_WORDS or full[0] in PLACE_WORDS or not _surname_like(full[-1]):
        return False  # "Bank Negara Malaysia", "Harris County Sheriff": no name
    return len(full) in (3, 4) and _second_surname(full[-2]) and _surname_like(full[-2])


def _second_surname(word: str) -> bool:
    """The middle word of a three-word name may be a surname of its own (a Spanish or
    Portuguese first surname, a clan name): no given name, particle or initial."""
    return len(word) > 2 and not given_name(word) and word not in NAME_PARTICLES


def _family_name_first(full: tuple[str, ...]) -> bool:
    """``("kim", "soo-ah")``: a short first word, then a romanised given name."""
    return len(full[0]) <= _FAMILY_NAME_MAX and romanised_given_name(full[1].capitalize())
