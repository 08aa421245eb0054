"""Who a speech cue's subject (or object) is: a person, a pronoun, a descriptor, a body.

:class:`Resolver` reads the words next to a cue:

- a person's mention ending right before the cue (adverbs and auxiliaries
  between are skipped: ``Eena Ruffini late wrote``, ``Blinken has said``), or
  starting right after an inverted cue (``replied Yang Jiechi``);
- ``he`` / ``she``: the person most recently mentioned, else the last speaker;
- ``who``: the person named right before ``, who``;
- a descriptor (``the spokesman``, ``the minister``): the person introduced with
  that title;
- an organisation, document or group (``The Chinese Foreign Ministry``, ``a U.S.
  intelligence assessment``, ``Chinese attendees``, ``China``): an
  :class:`~newsstruct.model.Organization` named by that phrase.

>>> text = "The Chinese Foreign Ministry stated it."
>>> r = Resolver(text, ())
>>> cue = SPEECH_CUE.search(text)
>>> found = r.subject_of(cue, 0, "said-before")
>>> found.speaker.name, found.rule
('Chinese Foreign Ministry', 'said-before')
"""

from __future__ import annotations

import bisect

import attrs
import regex

from newsstruct.lexicons.agencies import AGENCIES
from newsstruct.lexicons.demonyms import DEMONYMS
from newsstruct.lexicons.documents import DOCUMENT_WORDS
from newsstruct.lexicons.not_names import NOT_NAME_WORDS
from newsstruct.lexicons.official_titles import OFFICIAL_TITLE_HEADS
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.outlets import OUTLETS
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.lexicons.private_titles import PRIVATE_TITLE_HEADS
from newsstruct.lexicons.speaker_groups import GROUP_SPEAKER_WORDS
from newsstruct.lexicons.title_modifiers import TITLE_MODIFIERS
from newsstruct.model import Person, Span
from newsstruct.people.genders import other_sex, sex_of
from newsstruct.people.patterns import PEOPLE_TOKEN
from newsstruct.speakers.lexicons.descriptors import DESCRIPTOR_TITLES
from newsstruct.speakers.lexicons.person_nouns import PERSON_NOUNS
from newsstruct.speakers.patterns import (
    SPEAKER_APPOSITIVE_START,
    SPEAKER_CLAUSE_BREAK,
    SPEAKER_COMMA,
    SPEAKER_FIRST_WORD,
    SPEAKER_NEXT_WORD,
    SPEAKER_SENTENCE_SUBJECT,
    SPEAKER_SUBJECT_BREAK,
    SPEAKER_TRAILING_PARENTHESIS,
    SPEAKER_TRAILING_WORD,
)
from newsstruct.text.cues import SPEECH_CUE
from newsstruct.text.marks import DOUBLE
from newsstruct.text.sentences import sentence_start
from newsstruct.text.timewords import MONTHS, WEEKDAYS

__all__ = ["OrgRef", "Resolver", "Speech"]

_SKIPPABLE = frozenset(
    {"also", "later", "late", "then", "has", "have", "had", "previously", "once", "again"}
    | {"recently", "would", "will", "just", "further", "first", "never", "often", "is", "was"}
    | {"earlier", "initially", "subsequently", "separately", "reportedly", "has", "and", "had"}
    | {"quoted", "as", "but", "then", "were", "are"}
)
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "another", "one", "of", "with", "by"}
    | {"from", "for", "as", "while", "but", "and", "when", "after", "some", "two", "three"}
)
_PRONOUNS = frozenset({"he", "she"})
#: Pronouns that name no one the resolver can find: "they wrote", "it added", "I said".
_UNNAMED_PRONOUNS = frozenset({"they", "it", "i", "we"})
#: First words of a phrase for one unnamed person: "the woman", "a friend", "my father".
_PHRASE_OPENERS = frozenset({"the", "a", "an", "one", "my", "our", "his", "her", "their"})
#: Cues whose object is the listener, never an inverted speaker: "told reporters".
_LISTENER_CUES = frozenset(
    {"told", "tell", "tells", "telling", "informed", "urged", "urges", "assured"}
    | {"advised", "accused", "accusing", "called", "implored", "chided", "mocked", "promised"}
)
#: First words after a cue that show no inverted subject follows: ``said to the Observer``.
_NOT_SUBJECTS = frozenset(
    {"to", "in", "on", "at", "for", "with", "about", "that", "this", "it", "as", "of", "from"}
    | {"during", "after", "before", "while", "when", "there", "so", "but", "and", "if", "his"}
)
_HEADS = OFFICIAL_TITLE_HEADS | PRIVATE_TITLE_HEADS
_BODY_HEADS = DOCUMENT_WORDS | GROUP_SPEAKER_WORDS | ORGANIZATION_WORDS
#: Characters after which a subject starts: sentence ends, clause commas, quote marks.
_SUBJECT_OPENERS = frozenset(".!?\n;:," + DOUBLE)
_TITLE_WORDS = (
    OFFICIAL_TITLE_HEADS
    | PRIVATE_TITLE_HEADS
    | TITLE_MODIFIERS
    | ORGANIZATION_WORDS  # "Trump campaign spokesman Jason Miller told"
    | GROUP_SPEAKER_WORDS
    | {"the", "former", "of", "and"}
)
_QUOTE_CHARS = frozenset(DOUBLE)
#: Words that may stand between a clause's start and a pronoun subject: "to which she said".
_CONJUNCTIONS = frozenset(
    {"which", "whom", "and", "then", "but", "so", "as", "when", "while", "because", "after"}
    | {"before", "until", "since", "if", "though", "although", "where", "once"}
)
#: Capitalised sentence openers that are no one's name: function words, titles, bodies.
_NOT_STRANGERS = (
    NOT_NAME_WORDS
    | PLACE_WORDS
    | frozenset(DEMONYMS)
    | _HEADS
    | _BODY_HEADS
    | PERSON_NOUNS
    | OUTLETS
    | AGENCIES
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)
_NOT_NAME_ENDINGS = ("’s", "'s", "ed", "ing", "ly")
#: Words that follow a noun rather than a person who acts: "Trade and security were".
_NOUN_FOLLOWERS = frozenset({"and", "or", "of", "in", "at", "for", "to", "with", "on", "is", "are"})
#: How far back a pronoun may look for its person, in characters.
_PRONOUN_REACH = 1500
_MAX_SUBJECT_WORDS = 7


@attrs.frozen
class OrgRef:
    """An organisation speaker before the organisations are numbered: its name and where."""

    name: str
    start: int
    end: int


@attrs.frozen
class Speech:
    """A resolved speaker, the cue that named it, the rule and a certainty in [0, 1];
    ``source`` is the pronoun or descriptor that stood for the speaker ("she", "the
    spokesman"), when the speaker was not named at the cue.  ``speaker`` is ``None``
    when the cue has a subject that names no one found in the article ("the
    letter's author said", "they wrote"): the quote then keeps only cue and source."""

    speaker: Person | OrgRef | None
    cue: Span | None
    rule: str
    certainty: float
    source: Span | None = None


@attrs.define
class Resolver:
    """Resolves cue subjects against the people of one article."""

    text: str
    people: tuple[Person, ...]
    quotes: tuple[tuple[int, int], ...] = ()
    _by_end: dict[int, Person] = attrs.field(init=False)
    _by_start: list[tuple[int, int, Person]] = attrs.field(init=False)
    _starts: list[int] = attrs.field(init=False)
    _last: Person | None = attrs.field(init=False, default=None)
    _last_pos: int = attrs.field(init=False, default=-1)
    _quote_starts: list[int] = attrs.field(init=False)
    _strangers: list[int] | None = attrs.field(init=False, default=None)
    _surnames: dict[str, Person | None] | None = attrs.field(init=False, default=None)
    _descriptor_index: dict[tuple[str, str | None], tuple[list[int], list[Person]]] = attrs.field(
        init=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        self._by_end = {}
        found: list[tuple[int, int, Person]] = []
        for person in self.people:
            for m in person.mentions:
                self._by_end.setdefault(m.end, person)
                found.append((m.start, m.end, person))
        found.sort(key=lambda t: (t[0], t[1]))
        self._by_start = found
        self._starts = [t[0] for t in found]
        self._quote_starts = [q[0] for q in self.quotes]

    def _quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside one of the article's quotes."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and pos < self.quotes[i][1]

    def _subject_like(self, start: int) -> bool:
        """A mention that opens its sentence or clause, titles aside (``Sen. X said``)."""
        text = self.text
        i = start
        floor = max(0, start - 80)
        while i > floor and text[i - 1] not in _SUBJECT_OPENERS:
            i -= 1
        words = [w.group() for w in PEOPLE_TOKEN.finditer(text, i, start)]
        titled = [w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_WORDS for w in words]
        inverted = bool(words) and SPEECH_CUE.fullmatch(words[0]) is not None  # said (NBC's) X
        return all(titled[1:]) and (inverted or all(titled[:1]))

    def spoke(self, speaker: Person | OrgRef | None, pos: int) -> None:
        """Remember the last person who spoke, for pronouns."""
        if isinstance(speaker, Person):
            self._last, self._last_pos = speaker, pos

    # -- subjects: the words before a cue ---------------------------------

    def subject_of(
        self, cue: regex.Match[str], floor: int, rule: str, *, adjacent_only: bool = False
    ) -> Speech | None:
        """The speaker named by the words before ``cue`` (not before ``floor``)."""
        text = self.text
        begin = floor
        if not adjacent_only:
            for brk in SPEAKER_SUBJECT_BREAK.finditer(text, floor, cue.start()):
                begin = brk.end()
        end = cue.start()
        while end > begin and text[end - 1].isspace():
            end -= 1
        begin, end = self._skip_appositive(floor, begin, end, adjacent_only)
        while end > begin and text[end - 1] in ", ":  # "Jane Doe (D-Ohio), said"
            end -= 1
        paren = SPEAKER_TRAILING_PARENTHESIS.search(text, begin, end)
        if paren is not None:
            end = paren.start()
        while end > begin and text[end - 1] in ", ":
            end -= 1
        for _ in range(3):
            word = SPEAKER_TRAILING_WORD.search(text, begin, end)
            if word is None or (
                word.group(1).lower() not in _SKIPPABLE and not _adverb(word.group(1))
            ):
                break
            end = word.start(1)
            while end > begin and text[end - 1].isspace():
                end -= 1
        cue_span = Span.of(text, cue.start(), cue.end())
        person = self._by_end.get(end)
        if person is not None and end > begin:
            return Speech(person, cue_span, rule, 1.0)
        words = list(PEOPLE_TOKEN.finditer(text, begin, end))
        if not words or len(words) > _MAX_SUBJECT_WORDS:
            return None
        last = words[-1].group().lower()
        pronoun = last in _PRONOUNS or last in _UNNAMED_PRONOUNS
        if pronoun and len(words) > 1 and words[-2].group().lower() in _CONJUNCTIONS:
            words = words[-1:]  # "To which she said"
        if last in _PRONOUNS and len(words) == 1:
            found = self._pronoun(cue.start(), cue_span, rule, last)
            return _with_source(found or _unnamed(cue_span, rule), text, words)
        if last in _UNNAMED_PRONOUNS and len(words) == 1:
            return _with_source(_unnamed(cue_span, rule), text, words)
        if last == "who" and len(words) == 1:
            return self._antecedent(begin, cue_span, rule)
        if len(words) == 1 and words[0].group()[:1].isupper():
            named = self.person_named(words[0].group())  # "Cuban said" of Mark Cuban
            if named is not None:
                return Speech(named, cue_span, rule, 0.9)
        return _with_source(self._phrase(words, cue_span, rule, cue.start()), text, words)

    def _skip_appositive(
        self, floor: int, begin: int, end: int, adjacent_only: bool
    ) -> tuple[int, int]:
        """Step over ``, a writer for The Atlantic,`` or ``, 25,`` between a name and its cue."""
        text = self.text
        if adjacent_only:
            for found in SPEAKER_COMMA.finditer(text, begin, end):
                if SPEAKER_APPOSITIVE_START.match(
                    text, found.end(), end
                ) or self._named_before_appositive(found.start(), found.end(), end):
                    return begin, found.start()
            return begin, end
        if text[begin:end].strip():
            return begin, end
        for _ in range(4):  # "Clinton, 35, the daughter of ..., said"
            if begin <= floor or text[begin - 1] != ",":
                return begin, end
            end = begin - 1
            begin = floor
            for brk in SPEAKER_SUBJECT_BREAK.finditer(text, floor, end):
                begin = brk.end()
            seg = begin
            while seg < end and text[seg].isspace():
                seg += 1
            if not SPEAKER_APPOSITIVE_START.match(
                text, seg, end
            ) and not self._named_before_appositive(begin - 1, seg, end):
                return begin, end
        return begin, end

    def _named_before_appositive(self, comma: int, start: int, end: int) -> bool:
        """``Jenna Golden, Twitter's director of advertising, said``: a person's name
        right before ``comma`` and, up to ``end``, words that name no one else."""
        if comma < 0 or self.text[comma : comma + 1] != "," or comma not in self._by_end:
            return False
        named = self._first_named_in(start, end) is not None
        return not named and not any(ch in _QUOTE_CHARS for ch in self.text[start:end])

    def object_of(self, cue: regex.Match[str], limit: int, rule: str) -> Speech | None:
        """The speaker named right after an inverted cue or ``according to``."""
        text = self.text
        start = cue.end()
        brk = SPEAKER_CLAUSE_BREAK.search(text, start, limit)
        end = brk.start() if brk is not None else limit
        cue_span = Span.of(text, cue.start(), cue.end())
        words = list(PEOPLE_TOKEN.finditer(text, start, end))[:_MAX_SUBJECT_WORDS]
        if not words:
            return None
        first = words[0].group().lower()
        if first in _NOT_SUBJECTS:
            return None
        if rule != "according-to" and cue.group().lower() in _LISTENER_CUES:
            return None  # "told the Reuters news agency": the listener, not the speaker
        named = self._first_named_in(start, words[-1].end())
        if named is not None:
            return Speech(named, cue_span, rule, 1.0)
        if first in _PRONOUNS:
            found = self._pronoun(cue.start(), cue_span, rule, first)
            return _with_source(found or _unnamed(cue_span, rule), text, words[:1])
        head = _up_to_head(words)
        found = _with_source(self._phrase(head, cue_span, rule, cue.start()), text, head)
        if found is None and rule == "according-to" and words[0].group()[:1].isupper():
            names = words[: next((k for k, w in enumerate(words) if w.group().islower()), None)]
            start, end = names[0].start(), names[-1].end()
            found = Speech(
                OrgRef(" ".join(text[start:end].split()), start, end), cue_span, rule, 0.6
            )
        return found

    # -- what the words are -------------------------------------------------

    def pronoun_at(self, pos: int, pronoun: str, rule: str) -> Speech | None:
        """Who ``he`` / ``she`` at ``pos`` is, as the speaker of a quote with no cue."""
        found = self._pronoun(pos, Span.of(self.text, pos, pos + len(pronoun)), rule, pronoun)
        return None if found is None else attrs.evolve(found, cue=None)

    def person_ending_at(self, end: int) -> Person | None:
        """The person whose mention ends exactly at ``end``."""
        return self._by_end.get(end)

    def person_named(self, surname: str) -> Person | None:
        """The one person whose name ends with ``surname`` (any case), if exactly one does."""
        if self._surnames is None:
            self._surnames = {}
            for p in self.people:
                for last in p.name.lower().split()[-1:]:
                    self._surnames[last] = None if last in self._surnames else p
        return self._surnames.get(surname.lower())

    def person_at(self, start: int) -> Person | None:
        """The person whose mention starts exactly at ``start``."""
        return self._first_named_in(start, start + 1)

    def _first_named_in(self, start: int, end: int) -> Person | None:
        """The person of the first mention that starts in ``text[start:end]``, if any."""
        i = bisect.bisect_left(self._starts, start)
        if i < len(self._by_start) and self._by_start[i][0] < end:
            return self._by_start[i][2]
        return None

    def subject_between(self, start: int, end: int) -> Person | None:
        """The person who is the subject in ``text[start:end]``: named first, not as a
        possessive (``Wells Fargo’s``) or a modifier (``the Bush administration``)."""
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._by_start) and self._by_start[i][0] < end:
            m_start, m_end, person = self._by_start[i]
            i += 1
            after = SPEAKER_NEXT_WORD.match(self.text, m_end)
            if self.text[m_end : m_end + 1] in ("’", "'"):
                continue
            if after is not None and after.group(1).lower() in ORGANIZATION_WORDS:
                continue
            return person if self._subject_like(m_start) else None
        return None

    def _pronoun(self, pos: int, cue: Span, rule: str, pronoun: str) -> Speech | None:
        sex = "f" if pronoun == "she" else "m"
        stranger = self._stranger_before(pos)
        subject, anyone = self._recent_person(pos, sex, stranger)
        if subject is not None:
            return Speech(subject, cue, rule, 0.85)
        last = self._last
        if (
            last is not None
            and pos - self._last_pos <= _PRONOUN_REACH
            and self._last_pos > stranger
            and sex_of(last) != other_sex(sex)
        ):
            return Speech(last, cue, rule, 0.8)
        return None if anyone is None else Speech(anyone, cue, rule, 0.7)

    def _recent_person(
        self, pos: int, sex: str, stranger: int = -1
    ) -> tuple[Person | None, Person | None]:
        """Who ``he`` (``m``) or ``she`` (``f``) at ``pos`` may be: the last person named as a
        subject before it, and the last person named at all (words inside quotes aside);
        no one named before a sentence whose subject is a name we do not know (``stranger``)."""
        i = bisect.bisect_left(self._starts, pos) - 1
        fallback: Person | None = None
        while i >= 0:
            start, end, person = self._by_start[i]
            i -= 1
            if pos - end > _PRONOUN_REACH or end <= stranger:
                break
            if end > pos or sex_of(person) == other_sex(sex) or self._quoted(start):
                continue
            if self._subject_like(start) and self.text[end : end + 1] not in ("’", "'"):
                return person, person  # not "said Ivanka Trump's statement"
            if stranger < 0 or sentence_start(self.text, stranger, start) != stranger:
                fallback = fallback or person  # not "Suu Kyi ..., overseen by Kofi Annan"
        return None, fallback

    def _stranger_before(self, pos: int) -> int:
        """Where the last sentence before ``pos`` opens with a name that is no one found
        (``Cruz openly admitted ...`` in an article that never confirmed Cruz), or -1:
        ``he`` after it may be that person, so no one named earlier is taken for it."""
        if self._strangers is None:
            self._strangers = [
                m.start(1)
                for m in SPEAKER_SENTENCE_SUBJECT.finditer(self.text)
                if self._stranger(m)
            ]
        i = bisect.bisect_left(self._strangers, pos) - 1
        return self._strangers[i] if i >= 0 else -1

    def _stranger(self, m: regex.Match[str]) -> bool:
        words = [w for w in m.groups() if w]
        if any(w.lower() in _NOT_STRANGERS or w.endswith(_NOT_NAME_ENDINGS) for w in words):
            return False  # "Trump’s aides", "Asked about it", "Speaking on Fox"
        if len(words) == 1 and words[0].endswith("s") and not words[0].endswith("ss"):
            return False  # "Delegates met": a plural, not a surname
        following = SPEAKER_FIRST_WORD.match(self.text, m.end())
        if following is not None and following.group() in _NOUN_FOLLOWERS:
            return False  # "Trade and security were", "Security in the region"
        named = self._first_named_in(m.start(1), m.end()) is not None
        return not named and not self._quoted(m.start(1))

    def _antecedent(self, who_start: int, cue: Span, rule: str) -> Speech | None:
        end = who_start
        while end > 0 and self.text[end - 1] in " ,":
            end -= 1
        person = self._by_end.get(end)
        return None if person is None else Speech(person, cue, rule, 0.95)

    def _phrase(
        self, words: list[regex.Match[str]], cue: Span, rule: str, pos: int
    ) -> Speech | None:
        """A descriptor or a body named by ``words``; an unnamed person for a descriptor
        that fits no one (``the mayor`` in an article naming no mayor, ``a friend``)."""
        opener = _phrase_opener(words)
        definite = bool(words) and words[0].group().lower() == "the"
        while words and words[0].group().lower() in _DETERMINERS:
            words = words[1:]
        if not words:
            return None
        lows = [w.group().lower() for w in words]
        phrase = None if opener is None else Span.of(self.text, opener, words[-1].end())
        if definite and lows[-1] in _HEADS:
            country = next((DEMONYMS[w] for w in lows if w in DEMONYMS), None)
            person = self._described(lows[-1], pos, country)
            return _unnamed(cue, rule) if person is None else Speech(person, cue, rule, 0.8)
        if phrase is not None and (lows[-1] in PERSON_NOUNS or lows[-1].endswith("-year-old")):
            return _unnamed(cue, rule, phrase)  # "a friend", "the 46-year-old", "one Democrat"
        if definite and len(words) == 1 and _people_of(words[0].group()):
            start, end = words[0].start(), words[0].end()  # "the Saudis state"
            return Speech(OrgRef(words[0].group(), start, end), cue, rule, 0.7)
        if lows[-1] in _HEADS or lows[-1] in GROUP_SPEAKER_WORDS:
            start, end = words[0].start(), words[-1].end()  # "a State Department official"
            name = " ".join(self.text[start:end].split())
            return Speech(OrgRef(name, start, end), cue, rule, 0.7)
        if any(w in _BODY_HEADS for w in lows) or _named_body(words, lows):
            return self._body(words, lows, cue, rule)
        return None

    def _described(self, head: str, pos: int, country: str | None) -> Person | None:
        """The most recently mentioned person with a title that ``head`` fits.

        ``the minister`` fits "Foreign Minister", ``the top US diplomat`` fits
        "Secretary of State" (see :mod:`newsstruct.speakers.lexicons.descriptors`).
        """
        starts, people = self._described_mentions(head, country)
        i = bisect.bisect_left(starts, pos)
        return people[i - 1] if i else None

    def _described_mentions(self, head: str, country: str | None) -> tuple[list[int], list[Person]]:
        """Starts of the mentions of everyone ``head`` fits, in order, with their person;
        built once per descriptor, so each lookup is a binary search."""
        found = self._descriptor_index.get((head, country))
        if found is None:
            fits = set(DESCRIPTOR_TITLES.get(head, head).split()) | {head}
            mentions = [
                (m.start, -order, person)
                for order, person in enumerate(self.people)
                if any(fits.intersection(t.text.lower().split()) for t in person.titles)
                and (country is None or person.country in (None, country))
                for m in person.mentions
            ]
            # at one start, the person listed first sorts last: the one found
            mentions.sort(key=lambda m: (m[0], m[1]))
            found = ([m[0] for m in mentions], [m[2] for m in mentions])
            self._descriptor_index[(head, country)] = found
        return found

    def _body(
        self, words: list[regex.Match[str]], lows: list[str], cue: Span, rule: str
    ) -> Speech | None:
        head = next((k for k, w in enumerate(lows) if w in _BODY_HEADS), len(lows) - 1)
        k = head
        while (
            k + 2 < len(words)
            and lows[k + 1] in ("of", "for", "on")
            and words[k + 2].group()[:1].isupper()
        ):
            k += 2
        start, end = words[0].start(), words[k].end()
        name = " ".join(self.text[start:end].split())
        return Speech(OrgRef(name, start, end), cue, rule, 0.9)


def _with_source(found: Speech | None, text: str, words: list[regex.Match[str]]) -> Speech | None:
    """``found`` with the words that stood for its speaker recorded as ``source``."""
    if found is None or not words or found.source is not None:
        return found
    return attrs.evolve(found, source=Span.of(text, words[0].start(), words[-1].end()))


def _unnamed(cue: Span, rule: str, source: Span | None = None) -> Speech:
    """A cue whose subject is someone the article does not name (see :class:`Speech`)."""
    return Speech(None, cue, rule, 0.0, source)


def _phrase_opener(words: list[regex.Match[str]]) -> int | None:
    """Where a noun phrase for one unnamed person starts: its article (``the``, ``a``,
    ``one``, ``my``) among the leading function words (``As one employee``), or a
    possessive (``Trump's father``)."""
    for w in words:
        low = w.group().lower()
        if low in _PHRASE_OPENERS or w.group().endswith(("'s", "’s")):
            return w.start()
        if low not in _DETERMINERS:
            return None
    return None


def _people_of(word: str) -> bool:
    """A people named by a plural demonym: ``Saudis``, ``Russians``."""
    return word[:1].isupper() and word.endswith("s") and word[:-1].lower() in DEMONYMS


def _named_body(words: list[regex.Match[str]], lows: list[str]) -> bool:
    """A capitalised place, agency or outlet: ``China``, ``Beijing``, ``the FBI``, ``CNN``."""
    if not all(w.group()[:1].isupper() for w in words):
        return False
    joined = " ".join(lows)
    return joined in AGENCIES or joined in OUTLETS or all(w in PLACE_WORDS for w in lows)


def _up_to_head(words: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """``a U.S. intelligence assessment declassified in December`` -> up to ``assessment``."""
    for k, w in enumerate(words):
        low = w.group().lower()
        if low in _BODY_HEADS or low in _HEADS:
            rest = k
            while rest + 2 < len(words) and words[rest + 1].group().lower() in ("of", "for"):
                if not words[rest + 2].group()[:1].isupper():
                    break
                rest += 2
            return words[: rest + 1]
    return words


def _adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word.islower()
