"""Where the article's people are mentioned: one index per article, read by every
speaker rule (who is named right before a cue, right after it, first in a span).
"""

from __future__ import annotations

import bisect

import attrs
import regex

from newsstruct.lexicons.name_particles import NAME_PARTICLES
from newsstruct.lexicons.official_titles import OFFICIAL_TITLE_HEADS
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.person_nouns import PERSON_NOUNS
from newsstruct.lexicons.private_titles import PRIVATE_TITLE_HEADS
from newsstruct.lexicons.speaker_groups import GROUP_SPEAKER_WORDS
from newsstruct.lexicons.title_modifiers import TITLE_MODIFIERS
from newsstruct.model import Person
from newsstruct.people.genders import sex_of
from newsstruct.people.lexicons.honorifics import HONORIFICS
from newsstruct.people.patterns import PEOPLE_BARE_APPOSITIVE_THEN_CUE, PEOPLE_TOKEN
from newsstruct.speakers.heads import HEADS
from newsstruct.speakers.patterns import SPEAKER_AFFILIATION, SPEAKER_NEXT_WORD
from newsstruct.speakers.subject_words import LEAD_WORDS
from newsstruct.text.cues import SPEECH_CUE
from newsstruct.text.marks import DOUBLE
from newsstruct.text.sentences import ends_sentence, sentence_start

__all__ = ["Mentions"]

#: At most three capitalised words or abbreviations of a title before a name set off by a
#: comma (``said a police spokesman, Insp. Ravi Ramgoolam.``); none is also fine.
_TITLE_BEFORE_NAME = regex.compile(r"(?:\p{Lu}[\p{L}\-]*\.?\s+){0,3}")

#: A line break or an end mark: where a sentence may end.
_STOPS = regex.compile(r"[\n.!?]")
#: Nouns and noun endings of a role right before a name ("nursing assistant Ña Rosalía").
_ROLE_NOUNS = PERSON_NOUNS | HEADS
_ROLE_ENDINGS = ("ant", "ent", "er", "or", "ist", "ian")
#: An age right after a name: ``Tom Reyes, 24,``, ``Tom Reyes (24)``.
_AGE_AFTER = regex.compile(r"(?:,\s*|\s*\()(\d{1,3})\b(?!\s*(?:percent|%))")
#: An age right before a name (``(?r)``): "19-year-old defender Tom Reyes".
_AGE_BEFORE = regex.compile(r"(?r)\b(\d{1,3})-year-old\s+(?:[\p{Ll}\-]+\s+){0,2}\Z")
#: An appositive between a name and its cue reads at most this many characters and words.
_APPOSITIVE_REACH = 160
_APPOSITIVE_WORDS = 16
#: Quote marks: an appositive that holds one is no appositive.
_QUOTE_CHARS = frozenset(DOUBLE)
#: A character after which a subject starts: a sentence end, clause comma, quote mark;
#: searched from the end.
_SUBJECT_OPENER = regex.compile(f"(?r)[{regex.escape('.!?;:,' + DOUBLE)}\n]")
#: Prepositions right after a name that make it an object (``criticized Jo Bell for``),
#: not the subject of a clause (``Jo Bell of Acme said`` keeps its subject).
_OBJECT_PREPOSITIONS = frozenset({"for", "to", "with", "into", "against", "about"})
_WORD_AFTER = regex.compile(r"\s+(\p{L}+)")
#: The word right before a mention, with only spaces between (searched from the end).
_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+)\s+\Z")
_TITLE_WORDS = (
    OFFICIAL_TITLE_HEADS
    | PRIVATE_TITLE_HEADS
    | TITLE_MODIFIERS
    | ORGANIZATION_WORDS  # "Trump campaign spokesman Jason Miller told"
    | GROUP_SPEAKER_WORDS
    | PERSON_NOUNS  # "Board member Luis Fuentes cast", "Farmer Jo Bell"
    | {"the", "former", "of", "and"}
)


@attrs.define
class Mentions:
    """The mentions of ``people`` in ``text``, sorted by start and by end, and the quotes."""

    text: str
    people: tuple[Person, ...]
    quotes: tuple[tuple[int, int], ...] = ()
    by_end: dict[int, Person] = attrs.field(init=False)
    by_start: list[tuple[int, int, Person]] = attrs.field(init=False)
    starts: list[int] = attrs.field(init=False)
    quote_starts: list[int] = attrs.field(init=False)
    _surnames: dict[str, Person | None] | None = attrs.field(init=False, default=None)
    #: What the ranker's features found at a mention (start, end), read once per article.
    roles: dict[tuple[int, int], tuple[bool, bool, bool]] = attrs.field(init=False, factory=dict)
    _subject_like: dict[int, bool] = attrs.field(init=False, factory=dict)
    _sentence_stops: list[int] | None = attrs.field(init=False, default=None)
    _sexes: dict[int, tuple[Person, str | None]] = attrs.field(init=False, factory=dict)
    _age_index: tuple[dict[str, tuple[list[int], list[Person]]], dict[int, str]] | None = (
        attrs.field(init=False, default=None)
    )

    def __attrs_post_init__(self) -> None:
        self.by_end = {}
        found: list[tuple[int, int, Person]] = []
        for person in self.people:
            for m in person.mentions:
                self.by_end.setdefault(m.end, person)
                found.append((m.start, m.end, person))
        found.sort(key=lambda t: (t[0], t[1]))
        self.by_start = found
        self.starts = [t[0] for t in found]
        self.quote_starts = [q[0] for q in self.quotes]

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside one of the article's quotes."""
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quotes[i][1]

    def subject_like(self, start: int) -> bool:
        """A mention that opens its sentence or clause, titles aside (``Sen. X said``)."""
        found = self._subject_like.get(start)
        if found is None:
            found = self._subject_like[start] = self._opens_clause(start)
        return found

    def _opens_clause(self, start: int) -> bool:
        text = self.text
        i = bisect.bisect_left(self.starts, start)
        if i < len(self.starts) and self.starts[i] == start:
            after = _WORD_AFTER.match(text, self.by_start[i][1])  # the cheap test first
            if (
                after is not None
                and after.group(1).lower() in _OBJECT_PREPOSITIONS
                and self._after_a_verb(start)
            ):
                return False  # "criticized police officer Jo Bell for shooting": an object
            if self._cue_next(i):
                return True  # "bus driver Tunde Olaniyan said": the subject of a speech cue
        floor = max(0, start - 80)
        opener = _SUBJECT_OPENER.search(text, floor, start)  # the last one: a reverse search
        i = floor if opener is None else opener.end()
        words = [w.group() for w in PEOPLE_TOKEN.finditer(text, i, start)]
        titled = [w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_WORDS for w in words]
        inverted = bool(words) and _is_cue(words[0])  # said (NBC's) X
        return all(titled[1:]) and (inverted or all(titled[:1]))

    def _cue_next(self, i: int) -> bool:
        """The ``i``-th mention is followed by a speech cue, or by an appositive and one
        (``Michael Hennelly, whose mother waited, said``)."""
        start, end = self.by_start[i][0], self.by_start[i][1]
        before = _WORD_BEFORE.search(self.text, max(0, start - 40), start)
        if before is not None and before.group(1)[:1].isupper():
            return False  # "the Commission on Presidential Debates announced": a name's end
        after = PEOPLE_BARE_APPOSITIVE_THEN_CUE.match(self.text, end, end + 200)
        at = end if after is None else after.end()
        while at < len(self.text) and self.text[at] == " ":
            at += 1
        return SPEECH_CUE.match(self.text, at) is not None

    def _after_a_verb(self, start: int) -> bool:
        """A lower-case word that is no title stands before ``start`` in its sentence (a
        verb whose object the name may be), not only titles ("Organizer Kim Lee with")."""
        text = self.text
        words = PEOPLE_TOKEN.findall(text, sentence_start(text, max(0, start - 160), start), start)
        return any(w.islower() and w not in _TITLE_WORDS for w in words)

    def sex(self, person: Person) -> str | None:
        """:func:`~newsstruct.people.genders.sex_of` ``person``, read once per article."""
        found = self._sexes.get(id(person))
        if found is None or found[0] is not person:
            found = self._sexes[id(person)] = (person, sex_of(person))
        return found[1]

    def sentence_stops(self) -> list[int]:
        """Where a sentence ends in the text (an end mark then a space, or a paragraph's
        first line break), in order; found on first use."""
        if self._sentence_stops is None:
            text = self.text
            self._sentence_stops = [
                i
                for i in (stop.start() for stop in _STOPS.finditer(text))
                if (text[i] == "\n" and text[i - 1 : i] != "\n")
                or (text[i] != "\n" and text[i + 1 : i + 2].isspace() and ends_sentence(text, i))
            ]
        return self._sentence_stops

    def quotes_between(self, start: int, end: int) -> int:
        """How many quotes lie wholly in ``text[start:end]``."""
        i = bisect.bisect_left(self.quote_starts, start)
        j = bisect.bisect_left(self.quote_starts, end, i)
        return sum(1 for q_start, q_end in self.quotes[i:j] if q_end <= end)

    def between(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        """The mentions that start in ``text[start:end]``, in text order: (start, end, person)."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end, i)
        return self.by_start[i:j]

    def ending_at(self, end: int) -> Person | None:
        """The person whose mention ends exactly at ``end``."""
        return self.by_end.get(end)

    def named(self, surname: str) -> Person | None:
        """The one person whose name ends with ``surname`` (any case), if exactly one does;
        else the one whose name of three or four words has it before the last (a Spanish
        or Portuguese first surname: ``Alonso`` of "Diego Alonso Cuesta", ``Pizarro`` of
        "Carmen Delia Pizarro Rivera", ``Romero`` of "Francisca Romero de Benítez")."""
        if self._surnames is None:
            self._surnames = {}
            firsts: dict[str, Person | None] = {}
            for p in self.people:
                words = p.name.lower().split()
                for last in words[-1:]:
                    self._surnames[last] = None if last in self._surnames else p
                inner = [w for w in words[1:-1] if w not in NAME_PARTICLES][-1:]
                for first in inner if len(words) in (3, 4) else ():
                    firsts[first] = None if first in firsts else p
            for first, person in firsts.items():
                self._surnames.setdefault(first, person)
        return self._surnames.get(surname.lower())

    def at(self, start: int) -> Person | None:
        """The person whose mention starts exactly at ``start``."""
        return self.first_named_in(start, start + 1)

    def first_named_in(self, start: int, end: int) -> Person | None:
        """The person of the first mention that starts in ``text[start:end]``, if any."""
        i = bisect.bisect_left(self.starts, start)
        if i < len(self.by_start) and self.by_start[i][0] < end:
            return self.by_start[i][2]
        return None

    def named_after_comma(self, comma: int, limit: int) -> Person | None:
        """The person named right after the comma at ``comma``, ending the clause there."""
        text = self.text
        if text[comma : comma + 1] != ",":
            return None
        after = comma + 1
        while after < limit and text[after] == " ":
            after += 1
        found = self.between(after, min(limit, after + 40))
        if not found or text[found[0][1] : found[0][1] + 1] not in (".", ",", ";", ""):
            return None
        if not _TITLE_BEFORE_NAME.fullmatch(text, after, found[0][0]):
            return None  # only a title may stand before the name: "Insp. Ravi Ramgoolam"
        return found[0][2]

    def subject_between(self, start: int, end: int) -> Person | None:
        """The person who is the subject in ``text[start:end]``: named first, not as a
        possessive (``Wells Fargo’s``) or a modifier (``the Bush administration``)."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.by_start) and self.by_start[i][0] < end:
            m_start, m_end, person = self.by_start[i]
            i += 1
            after = SPEAKER_NEXT_WORD.match(self.text, m_end)
            if self.text[m_end : m_end + 1] in ("’", "'"):
                continue
            if after is not None and after.group(1).lower() in ORGANIZATION_WORDS:
                continue
            return person if self.subject_like(m_start) else None
        return None

    def role_then_name(self, start: int, end: int) -> bool:
        """``text[start:end]`` is a determiner, up to two lower-case words and a person's
        name (``the novelist Ann Lee``, ``her lawyer Jo Bell``)."""
        found = self.between(start, end)
        if not found or found[-1][1] != end:
            return False
        words = self.text[start : found[-1][0]].split()
        return (
            2 <= len(words) <= 3
            and words[0].lower() in LEAD_WORDS
            and all(w.islower() for w in words[1:])
        )

    def affiliated(self, begin: int, end: int) -> Person | None:
        """``Jane Roe of Acme Capital``, ``Analyst Bram Hollis of Northgate Research``: a
        person's name (titles before it aside) opening the subject, then where they work;
        the person speaks, not the body."""
        first = self.between(begin, end)[:1]
        if not first:
            return None
        m_start, m_end, person = first[0]
        if self.text[begin:m_start].strip() and not self.subject_like(m_start):
            return None  # words before the name that are no title ("Analyst")
        if self.text[begin:m_start].lower().split()[-1:] in (["of"], ["for"]):
            return None  # "Relatives of Ana Ruiz at the hospital said": they speak
        return person if SPEAKER_AFFILIATION.fullmatch(self.text, m_end, end) else None

    def before_long_appositive(self, floor: int, begin: int, end: int) -> Person | None:
        """``Ann Lee, Minister of Health, Science and Economic Development, said``: the
        subject is the last person named, when a comma follows the name and all from there
        up to the comma before the cue is an appositive (commas allowed) that names no one
        and quotes nothing."""
        if self.text[end : end + 1] != ",":
            return None
        for _, m_end, person in reversed(
            self.between(max(floor, begin - _APPOSITIVE_REACH), begin)
        ):
            rest = self.text[m_end:end]
            if not rest.startswith(","):
                continue  # a name inside the appositive ("a Cruz supporter from Jackson")
            quiet = not any(c in _QUOTE_CHARS or c in ".!?;:" for c in rest.replace(".,", ","))
            return person if quiet and 2 <= len(rest.split()) <= _APPOSITIVE_WORDS else None
        return None

    def role_before_name(self, start: int, end: int) -> bool:
        """``nursing assistant Ña Rosalía Benítez``: up to three lower-case words ending
        in a role noun (honorifics after it) and a person's name ending at ``end``; not a
        participle phrase (``echoing Ana Ruiz``, ``speaking at ... with Albright``)."""
        named = self.between(start, end)[-1:]
        if not named or named[0][1] != end:
            return False
        words = self.text[start : named[0][0]].split()
        while words and words[-1].lower() in HONORIFICS:
            words.pop()  # "Ña"
        if not words or len(words) > 3 or not all(w.islower() for w in words):
            return False
        role = words[-1]  # "assistant", not "echoing Ana Ruiz", "speaking alongside Ana Ruiz"
        return role in _ROLE_NOUNS or role.endswith(_ROLE_ENDINGS)

    def aged(self, descriptor: str, pos: int) -> Person | None:
        """The last person before ``pos`` whose name the article gives the age of
        ``descriptor`` (``Tom Reyes, 24,``, ``Tom Reyes (24)``, ``24-year-old defender Tom
        Reyes`` for ``24-year-old``): a binary search in the index of ages."""
        starts, people = self._ages()[0].get(descriptor.split("-", 1)[0], ([], []))
        i = bisect.bisect_left(starts, pos)
        return people[i - 1] if i else None

    def _ages(self) -> tuple[dict[str, tuple[list[int], list[Person]]], dict[int, str]]:
        """The mentions the article gives an age, by age (their starts and people, in
        text order), and each person's first age (by ``id``); read once per article."""
        if self._age_index is None:
            by_age: dict[str, tuple[list[int], list[Person]]] = {}
            first: dict[int, str] = {}
            text = self.text
            for start, end, person in self.by_start:
                given = _AGE_AFTER.match(text, end) or _AGE_BEFORE.search(
                    text, max(0, start - 60), start
                )
                if given is not None:
                    starts, people = by_age.setdefault(given[1], ([], []))
                    starts.append(start)
                    people.append(person)
                    first.setdefault(id(person), given[1])
            self._age_index = (by_age, first)
        return self._age_index

    def age_of(self, person: Person) -> str | None:
        """The age the article gives with any mention of ``person``."""
        return self._ages()[1].get(id(person))


def _is_cue(word: str) -> bool:
    """A word (no spaces) that is a speech cue."""
    return SPEECH_CUE.fullmatch(word) is not None
