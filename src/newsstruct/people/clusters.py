"""Clustering the mentions of one person: name forms that are compatible (the same
surname and a compatible first word, a spelling variant), surname-only mentions,
and the :class:`~newsstruct.model.Person` a cluster becomes.
"""

from __future__ import annotations

import attrs

from newsstruct.model import Person, Span
from newsstruct.people.given import KNOWN_GIVEN_NAMES
from newsstruct.people.names import NameRun
from newsstruct.people.officials import TitleFinding

__all__ = [
    "Cluster",
    "SurnameIndex",
    "close_spelling",
    "compatible",
    "fuller_form",
    "match",
    "to_person",
]


@attrs.define
class Cluster:
    """One person being built: the name forms seen and what the text says about them."""

    forms: list[tuple[tuple[str, ...], str, int]]  # key, text, start
    mentions: list[Span] = attrs.Factory(list)
    findings: list[TitleFinding] = attrs.Factory(list)
    organization: str | None = None
    last_seen: int = -1
    #: The distinct keys of ``forms``, first-seen order: lookups cost the keys, not the mentions.
    keys: dict[tuple[str, ...], None] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.keys = dict.fromkeys(f[0] for f in self.forms)

    def add(self, form: tuple[tuple[str, ...], str, int]) -> None:
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
    if len(k) == 1:
        options = by_word.get(k[0], [])
        if len(options) <= 1:
            return options[0] if options else None
        return max(options, key=lambda c: c.last_seen)
    candidates = by_surname.get(k[-1])
    return next((c for c in candidates if any(compatible(f, k) for f in c.keys)), None)


def fuller_form(
    k: tuple[str, ...], by_word: dict[str, list[Cluster]], run: NameRun
) -> Cluster | None:
    """``Ava DuVernay`` for a person known so far only as ``DuVernay``."""
    first = run.words[0]
    if len(k) != 2 or (first.sentence_start and first.low not in KNOWN_GIVEN_NAMES):
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
    return Person(
        id=pid,
        name=cluster.name().replace("’", "'"),  # one spelling of O'Neill across articles
        mentions=tuple(sorted(cluster.mentions, key=lambda s: s.start)),
        titles=tuple(titles),
        organization=organization,
        country=country,
        is_official=any(f.official for f in cluster.findings),
    )
