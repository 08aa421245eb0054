"""Who ``he`` and ``she`` are: the last person named as a subject before the pronoun,
else the last speaker, else the last person named; never past a sentence about a
name the article does not know.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import attrs
import regex

from newsstruct.lexicons.agencies import AGENCIES
from newsstruct.lexicons.demonyms import DEMONYMS
from newsstruct.lexicons.not_names import NOT_NAME_WORDS
from newsstruct.lexicons.outlets import OUTLETS
from newsstruct.lexicons.person_nouns import PERSON_NOUNS
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.model import Person, Span
from newsstruct.people.genders import other_sex
from newsstruct.speakers.heads import BODY_HEADS, HEADS
from newsstruct.speakers.mentions import Mentions
from newsstruct.speakers.patterns import SPEAKER_FIRST_WORD, SPEAKER_SENTENCE_SUBJECT
from newsstruct.speakers.speech import OrgRef, Speech
from newsstruct.text.marks import CLOSING
from newsstruct.text.sentences import sentence_start
from newsstruct.text.timewords import MONTHS, WEEKDAYS

__all__ = ["Pronouns"]

_NOT_STRANGERS = (
    NOT_NAME_WORDS
    | PLACE_WORDS
    | frozenset(DEMONYMS)
    | HEADS
    | BODY_HEADS
    | PERSON_NOUNS
    | OUTLETS
    | AGENCIES
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)
_NOT_NAME_ENDINGS = ("’s", "'s", "ed", "ing", "ly")
#: Words that follow a noun rather than a person who acts: "Trade and security were".
_NOUN_FOLLOWERS = frozenset({"and", "or", "of", "in", "at", "for", "to", "with", "on", "is", "are"})
#: What makes a person named after it a statement's source, as a subject is
#: (``According to Daulet Kenzhebayev, ... He said``, ``disputed by Ruslan Tokhtarov``).
_SOURCE_BEFORE = regex.compile(r"(?:\baccording\s+to|\b\p{Ll}+ed\s+by)\s+\Z", regex.I)
#: How many mentions back a pronoun's person is looked for to learn its sex.
_NEAR_MENTIONS = 20
#: How far back a pronoun may look for its person, in characters.
_PRONOUN_REACH = 1500


#: At most this many words make a line of the page, not a sentence, when no stop ends it
#: ("Share this", "Read more"); a hard-wrapped sentence's line is longer.
_PAGE_LINE_WORDS = 4


@attrs.define
class Pronouns:
    """Pronoun resolution over one article's :class:`~newsstruct.speakers.mentions.Mentions`;
    remembers the last person who spoke."""

    mentions: Mentions
    _last: Person | None = attrs.field(init=False, default=None)
    _last_pos: int = attrs.field(init=False, default=-1)
    #: The sex each person's resolved pronouns gave them, by ``id`` (people live as long).
    _learned: dict[int, str] = attrs.field(init=False, factory=dict)
    #: Where the sentences about a name no one has open, as far as read so far (see
    #: :meth:`_stranger_before`), and the next sentence subject not yet judged.
    _strangers: list[int] = attrs.field(init=False, factory=list)
    _subjects: Iterator[regex.Match[str]] | None = attrs.field(init=False, default=None)
    _unjudged: regex.Match[str] | None = attrs.field(init=False, default=None)

    def spoke(self, speaker: Person | OrgRef | None, pos: int) -> None:
        """Remember the last person who spoke, for pronouns."""
        if isinstance(speaker, Person):
            self._last, self._last_pos = speaker, pos

    def resolve(self, pos: int, cue: Span, rule: str, pronoun: str) -> Speech | None:
        sex = "f" if pronoun == "she" else "m"
        stranger = self._stranger_before(pos)
        if (
            stranger >= 0
            and rule == "said-after"
            and sentence_start(self.mentions.text, stranger, pos) == stranger
        ):
            stranger = self._stranger_before(stranger)  # "Dementia has many causes, he said."
        subject, anyone = self._recent_person(pos, sex, stranger)
        if subject is not None:
            return self._taken(Speech(subject, cue, rule, 0.85), sex, pos)
        last = self._last
        if (
            last is not None
            and pos - self._last_pos <= _PRONOUN_REACH
            and self._last_pos > stranger
            and self._sex(last) != other_sex(sex)
        ):
            return Speech(last, cue, rule, 0.8)
        return None if anyone is None else Speech(anyone, cue, rule, 0.7)

    def _sex(self, person: Person) -> str | None:
        """The sex the article gives ``person`` (:meth:`Mentions.sex`), else the one a
        pronoun already resolved to them gave (``“Q,” she said``: then no ``he`` is her)."""
        return self.mentions.sex(person) or self._learned.get(id(person))

    def _taken(self, speech: Speech, sex: str, pos: int) -> Speech:
        """``speech``, its person remembered as the pronoun's ``sex`` when named as the
        subject of this sentence or the one before (``Ana Cal said ... “Q,” she said``);
        a guess from further back teaches nothing."""
        person = speech.speaker
        if isinstance(person, Person) and self._named_near(person, pos):
            self._learned.setdefault(id(person), sex)
        return speech

    def _named_near(self, person: Person, pos: int) -> bool:
        """``person`` is named before ``pos`` with at most one sentence end between."""
        i = bisect.bisect_left(self.mentions.starts, pos) - 1
        for _, end, named in self.mentions.by_start[max(0, i - _NEAR_MENTIONS) : i + 1][::-1]:
            if named is person:
                stops = self.mentions.sentence_stops()
                return bisect.bisect_left(stops, pos) - bisect.bisect_left(stops, end) <= 1
        return False

    def _recent_person(
        self, pos: int, sex: str, stranger: int = -1
    ) -> tuple[Person | None, Person | None]:
        """Who ``he`` (``m``) or ``she`` (``f``) at ``pos`` may be: the last person named as a
        subject before it, and the last person named at all (words inside quotes aside);
        no one named before a sentence whose subject is a name we do not know (``stranger``)."""
        i = bisect.bisect_left(self.mentions.starts, pos) - 1
        fallback: Person | None = None
        while i >= 0:
            start, end, person = self.mentions.by_start[i]
            i -= 1
            if pos - end > _PRONOUN_REACH or end <= stranger:
                break
            if end > pos or self._sex(person) == other_sex(sex) or self.mentions.quoted(start):
                continue
            source = _SOURCE_BEFORE.search(self.mentions.text, max(0, start - 30), start)
            if (
                source or self.mentions.subject_like(start) or self._spoke_there(person, start)
            ) and self.mentions.text[end : end + 1] not in (
                "’",
                "'",
            ):
                return person, person  # not "said Ivanka Trump's statement"
            if stranger < 0 or sentence_start(self.mentions.text, stranger, start) != stranger:
                fallback = fallback or person  # not "Suu Kyi ..., overseen by Kofi Annan"
        return None, fallback

    def _spoke_there(self, person: Person, start: int) -> bool:
        """``person``, named at ``start``, is the last speaker, in the sentence of their
        cue (``One of them, his cousin Sharda Baldew, said ...``), not only named there
        (``Ana Ruiz criticised Lopez``)."""
        if person is not self._last:
            return False
        text, floor = self.mentions.text, max(0, start - _PRONOUN_REACH)
        return sentence_start(text, floor, start) == sentence_start(text, floor, self._last_pos)

    def _stranger_before(self, pos: int) -> int:
        """Where the last sentence before ``pos`` opens with a name that is no one found
        (``Cruz openly admitted ...`` in an article that never confirmed Cruz), or -1:
        ``he`` after it may be that person, so no one named earlier is taken for it.

        The text's sentence subjects are read in order only as far as a pronoun asks
        (attribution goes through the text in order; most pronouns stand early).
        """
        if self._subjects is None:
            self._subjects = SPEAKER_SENTENCE_SUBJECT.finditer(self.mentions.text)
            self._unjudged = next(self._subjects, None)
        while self._unjudged is not None and self._unjudged.start(1) < pos:
            if self._stranger(self._unjudged):
                self._strangers.append(self._unjudged.start(1))
            self._unjudged = next(self._subjects, None)
        i = bisect.bisect_left(self._strangers, pos) - 1
        return self._strangers[i] if i >= 0 else -1

    def _stranger(self, m: regex.Match[str]) -> bool:
        words = [w for w in m.groups() if w]
        if any(w.lower() in _NOT_STRANGERS or w.endswith(_NOT_NAME_ENDINGS) for w in words):
            return False  # "Trump’s aides", "Asked about it", "Speaking on Fox"
        if len(words) == 1 and words[0].endswith("s") and not words[0].endswith("ss"):
            return False  # "Delegates met": a plural, not a surname
        text = self.mentions.text
        line_end = text.find("\n", m.start(1), m.start(1) + 400)
        line = text[m.start(1) : line_end if line_end >= 0 else m.start(1) + 400].rstrip()
        page_line = line_end >= 0 and len(line.split()) <= _PAGE_LINE_WORDS
        if page_line and not line.endswith((".", "!", "?", ":", ",", *CLOSING)):
            return False  # "Share this", "Advertisement": a page's line, no sentence
        following = SPEAKER_FIRST_WORD.match(self.mentions.text, m.end())
        if following is not None and following.group() in _NOUN_FOLLOWERS:
            return False  # "Trade and security were", "Security in the region"
        named = self.mentions.first_named_in(m.start(1), m.end()) is not None
        return not named and not self.mentions.quoted(m.start(1))
