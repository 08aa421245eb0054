"""What a generated article says: officials introduced with their titles, quotes in every
mark style and cue position with known speakers, and weekday and month dates.

:func:`article_content` draws the body of a :func:`strategies.synthetic_articles` article
with its ground truth.  On purpose it repeats surnames (two people named Haddad must stay
two people, each quoted by full name), names some people first in a quote's cue (no
title, no introduction: the full-name branch of the speaker rules) and writes dates
relative to the article's printed date.  :class:`ContentTally` counts how many generated
articles hold each kind of content, so that a property can show that it compared quotes,
people and dates rather than empty lists.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import event
from hypothesis import strategies as st

from newsstruct import Article

__all__ = [
    "MIN_SHARE",
    "TALLIES",
    "Content",
    "ContentTally",
    "article_content",
    "seen",
    "sees_content",
]

#: Officials as (full name, surname used alone, sex).  Given names are mostly *not* in the
#: library's given-name lexicon: titles and cues must confirm them.
PEOPLE = (
    ("Eena Ruffini", "Ruffini", "f"), ("Ngozi Okonjo-Iweala", "Okonjo-Iweala", "f"),
    ("Siobhan O'Mahony", "O'Mahony", "f"), ("Lauren del Valle", "del Valle", "f"),
    ("Ximena Torres-Guillén", "Torres-Guillén", "f"), ("Wang Yi", "Wang", "m"),
    ("Kwame Mensah", "Mensah", "m"), ("Hiro Nakamura", "Nakamura", "m"),
    ("Tadeusz Kowalski", "Kowalski", "m"), ("Yusuf Haddad", "Haddad", "m"),
    ("Oluwaseun Adeyemi", "Adeyemi", "m"), ("Priyanka Raghunathan", "Raghunathan", "f"),
)  # fmt: skip
#: A second person for some surnames of :data:`PEOPLE`: the same surname, another person.
NAMESAKES = {
    "Haddad": ("Leila Haddad", "Haddad", "f"), "Nakamura": ("Akiko Nakamura", "Nakamura", "f"),
    "Mensah": ("Abena Mensah", "Mensah", "f"), "Kowalski": ("Marta Kowalski", "Kowalski", "f"),
}  # fmt: skip
TITLES = (
    "Secretary of State", "Foreign Minister", "Prime Minister", "FBI Director", "Sen.", "Gov.",
    "Mayor", "Defense Secretary", "Ambassador", "Interior Minister", "Attorney General", "Rep.",
)  # fmt: skip
DEMONYMS = ("", "", "Chinese ", "U.S. ", "French ", "Nigerian ")
MARKS = (("“", "”"), ('"', '"'), ("«", "»"), ("“", '"'))
CUES = ("said", "added", "stated", "told reporters", "warned", "emphasized")
SPEECH = (
    "we", "will", "not", "accept", "this", "China’s", "role", "don't", "it's", "people", "the",
    "deal", "was", "good", "for", "everyone", "they’re", "working", "hard", "on", "our",
    "nation’s", "future", "and", "values",
)  # fmt: skip
FILLER = (
    "The talks ran late into the evening.", "Delegates met behind closed doors.",
    "The meeting had been planned for months.", "Trade and security were on the agenda.",
)  # fmt: skip
#: Lead sentences after an official's introduction: plain words, no names or dates.
LEAD_WORDS = (
    "council", "harbour", "plan", "barrier", "approved", "residents", "cost", "state", "city",
    "water", "project", "members", "budget", "money", "storm", "work", "vote", "river", "the",
    "a", "of", "and", "to", "in", "for", "with", "after", "over", "new", "local", "public",
)  # fmt: skip
DATE_SENTENCES = (
    "The council met {} to discuss the budget.",
    "Officials said {} that the bridge had been closed.",
)

#: A person: (full name, surname, sex).
Who = tuple[str, str, str]


@attrs.frozen
class Content:
    """Body paragraphs and what they hold: ``quotes`` as (words, speaker's full name),
    the full names of ``people``, ``dates`` as (expression, TIMEX3 value)."""

    paragraphs: tuple[str, ...]
    quotes: tuple[tuple[str, str], ...]
    people: tuple[str, ...]
    dates: tuple[tuple[str, str], ...]


def _weekday(day: dt.date) -> str:
    return day.strftime("%A")


def _date_phrase(draw: st.DrawFn, reference: dt.date) -> tuple[str, str, str]:
    """(phrase, expression the library reports, value) of a weekday or month date in the
    past of ``reference`` (the conventions of ``strategies.dated_expressions``)."""
    back = draw(st.integers(0, 5))
    day = reference - dt.timedelta(back)
    month_back = (reference.month - 1 - draw(st.integers(3, 9))) % 12 + 1
    year = reference.year - (month_back > reference.month)
    other = draw(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 28)))
    last = reference - dt.timedelta(draw(st.integers(1, 7)))
    month = dt.date(year, month_back, 1).strftime("%B")
    forms = [
        (f"on {_weekday(day)}", _weekday(day), day.isoformat()),
        (f"last {_weekday(last)}", f"last {_weekday(last)}", last.isoformat()),
        (f"in {month}", month, f"{year:04d}-{month_back:02d}"),
        (f"on {other:%B} {other.day}, {other.year}", f"{other:%B} {other.day}, {other.year}",
         other.isoformat()),
        (f"on {_weekday(other)}, {other:%B} {other.day}, {other.year}",
         f"{_weekday(other)}, {other:%B} {other.day}, {other.year}", other.isoformat()),
    ]  # fmt: skip
    return draw(st.sampled_from(forms))


def _speech(draw: st.DrawFn, end: str) -> str:
    return "We think " + " ".join(draw(st.lists(st.sampled_from(SPEECH), min_size=3, max_size=9))) + end  # fmt: skip


def _quoted(
    draw: st.DrawFn, who: Who, ref: str, pronoun_ok: bool
) -> list[tuple[str, list[tuple[str, str]]]]:
    """Paragraphs quoting ``who`` (called ``ref``) in one cue position: (text, [(words, name)])."""
    full, _, sex = who
    open_, close = draw(st.sampled_from(MARKS))
    cue = draw(st.sampled_from(CUES))
    q1, q2 = _speech(draw, ","), _speech(draw, ".")
    shape = draw(st.integers(0, 6))
    if shape == 0:  # “Q1,” X said. “Q2.”
        return [(f"{open_}{q1}{close} {ref} {cue}. {open_}{q2}{close}", [(q1, full), (q2, full)])]
    if shape == 1:  # “Q1,” said X.
        return [(f"{open_}{q1}{close} said {ref}.", [(q1, full)])]
    if shape == 2:  # X said, “Q2”
        return [(f"{ref} {cue}, {open_}{q2}{close}", [(q2, full)])]
    if shape == 3 and pronoun_ok:  # “Q1,” she said.
        pronoun = "she" if sex == "f" else "he"
        return [(f"{open_}{q1}{close} {pronoun} {cue}.", [(q1, full)])]
    if shape == 4:  # X said the deal was “partial” and left.
        fragment = " ".join(draw(st.lists(st.sampled_from(SPEECH[:5]), min_size=3, max_size=6)))
        return [(f"{ref} {cue} the deal was {open_}{fragment}{close} and left.", [(fragment, full)])]  # fmt: skip
    if shape == 5:  # a quote-only paragraph continues the last speaker
        return [
            (f"{open_}{q1}{close} {ref} {cue}.", [(q1, full)]),
            (f"{open_}{q2}{close}", [(q2, full)]),
        ]
    return [(f"{ref} told CNN, {open_}{q2}{close}", [(q2, full)])]


def _cast(draw: st.DrawFn) -> list[Who]:
    """One to three officials; a namesake joins some casts (the same surname, twice)."""
    cast: list[Who] = draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=3, unique=True))
    with_namesake = [who for who in cast if who[1] in NAMESAKES]
    if with_namesake and draw(st.integers(0, 2)) == 0:
        cast.append(NAMESAKES[draw(st.sampled_from(with_namesake))[1]])
    return cast


@st.composite
def article_content(draw: st.DrawFn, reference: dt.date) -> Content:
    """The body of an article dated ``reference``: a lead that introduces an official on a
    date, then quotes of one to three officials in every cue position, dates between."""
    cast = _cast(draw)
    shared = {s for s, n in Counter(who[1] for who in cast).items() if n > 1}
    paragraphs: list[str] = []
    quotes: list[tuple[str, str]] = []
    dates: list[tuple[str, str]] = []
    named: set[str] = set()
    last = ""
    for round_ in range(draw(st.integers(1, 4))):
        who = cast[0] if round_ == 0 else draw(st.sampled_from(cast))
        full, surname, _ = who
        introduce = round_ == 0 or (full not in named and draw(st.integers(0, 3)) > 0)
        if introduce and full not in named:
            title = draw(st.sampled_from(TITLES))
            phrase, expression, value = _date_phrase(draw, reference)
            demonym = draw(st.sampled_from(DEMONYMS))
            if "-" in full and f"{demonym}{title}".split()[0].isupper():
                demonym, title = "", "Mayor"  # a known bug: test_structure.py, hyphenated
            lead = f"{demonym}{title} {full} arrived in the capital {phrase}."
            words = draw(st.lists(st.sampled_from(LEAD_WORDS), min_size=12, max_size=18))
            paragraphs.append(f"{lead[0].upper()}{lead[1:]} The {' '.join(words)}.")
            dates.append((expression, value))
            named.add(full)
            last = full
        # a surname alone names a person once they are named and no one else bears it
        ref = surname[0].upper() + surname[1:] if full in named and surname not in shared else full
        for text, said in _quoted(
            draw, who, ref, pronoun_ok=last == full and surname not in shared
        ):
            paragraphs.append(text)
            quotes.extend(said)
        named.add(full)
        last = full
        if draw(st.booleans()):
            phrase, expression, value = _date_phrase(draw, reference)
            sentence = draw(st.sampled_from(DATE_SENTENCES)).format(phrase)
            paragraphs.append(f"{draw(st.sampled_from(FILLER))} {sentence}")
            dates.append((expression, value))
        else:
            paragraphs.append(draw(st.sampled_from(FILLER)))
    people = tuple(who[0] for who in cast if who[0] in named)
    return Content(tuple(paragraphs), tuple(quotes), people, tuple(dates))


# ---------------------------------------------------------------------------
# how much content the properties saw
# ---------------------------------------------------------------------------


@attrs.define
class ContentTally:
    """Counts of parsed generated articles holding at least one quote, person and date."""

    draws: int = 0
    counts: Counter[str] = attrs.field(factory=Counter)

    def saw(self, article: Article) -> Article:
        """Count ``article`` (and label the hypothesis example with what it holds)."""
        self.draws += 1
        kinds = {
            "quote": bool(article.quotes),
            "person": bool(article.people),
            "date": bool(article.dates),
        }
        kinds["all three"] = all(kinds.values())
        for kind, present in kinds.items():
            event(f"{kind}: {'yes' if present else 'no'}")
            self.counts[kind] += present
        return article

    def share(self, kind: str) -> float:
        return self.counts[kind] / self.draws if self.draws else 0.0

    def summary(self) -> str:
        shares = ", ".join(f"{kind} {self.counts[kind]}" for kind in ("quote", "person", "date", "all three"))  # fmt: skip
        return f"{self.draws} articles; with a {shares}"


#: One tally per property test, by test name; ``conftest.py`` prints them after the run.
TALLIES: dict[str, ContentTally] = {}


#: More than this share of the articles a property sees hold a quote, a person and a date.
MIN_SHARE = 0.8
_current: list[ContentTally] = []


def seen(article: Article) -> Article:
    """Count ``article`` in the tally of the running :func:`sees_content` test."""
    return _current[-1].saw(article) if _current else article


def sees_content(test: Callable[..., None]) -> Callable[..., None]:
    """Run a hypothesis property, then check that more than :data:`MIN_SHARE` of the
    articles it counted with :func:`seen` held a quote, a person and a date."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        tally = TALLIES[test.__name__] = ContentTally()
        _current.append(tally)
        try:
            test(*args, **kwargs)
        finally:
            _current.pop()
        assert tally.draws > 0, f"{test.__name__} counted no article"
        assert tally.share("all three") > MIN_SHARE, tally.summary()

    return run
