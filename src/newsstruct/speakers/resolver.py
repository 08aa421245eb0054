"""Who a speech cue's subject (or object) is: a person, a pronoun, a descriptor, a body.

:class:`Resolver` reads the words next to a cue:

- a person's mention ending right before the cue (adverbs and auxiliaries
  between are skipped: ``Eena Ruffini late wrote``, ``Blinken has said``), or
  starting right after an inverted cue (``replied Yang Jiechi``);
- ``he`` / ``she``: the person most recently mentioned, else the last speaker
  (:mod:`~newsstruct.speakers.pronouns`);
- ``who``: the person named right before ``, who``;
- a descriptor (``the spokesman``, ``the minister``): the person introduced with
  that title (:mod:`~newsstruct.speakers.phrases`);
- an organisation, document or group (``The Chinese Foreign Ministry``, ``a U.S.
  intelligence assessment``, ``China``): an :class:`~newsstruct.model.Organization`.

>>> from newsstruct.text.cues import SPEECH_CUE
>>> text = "The Chinese Foreign Ministry stated it."
>>> found = Resolver(text, ()).subject_of(SPEECH_CUE.search(text), 0, "said-before")
>>> found.speaker.name, found.rule
('Chinese Foreign Ministry', 'said-before')
"""

from __future__ import annotations

import attrs
import regex

from newsstruct.lexicons.not_names import NOT_NAME_WORDS
from newsstruct.model import Person, Span
from newsstruct.people.body_signs import portfolio_head
from newsstruct.people.patterns import PEOPLE_TOKEN
from newsstruct.speakers.according import whole_phrase
from newsstruct.speakers.antecedent import antecedent
from newsstruct.speakers.heads import up_to_head
from newsstruct.speakers.mentions import Mentions
from newsstruct.speakers.patterns import (
    SPEAKER_APPOSITIVE_START,
    SPEAKER_CLAUSE_BREAK,
    SPEAKER_COMMA,
    SPEAKER_RELATIVE_ASIDE,
    SPEAKER_SUBJECT_BREAK,
)
from newsstruct.speakers.phrases import Phrases, named_after
from newsstruct.speakers.pronouns import Pronouns
from newsstruct.speakers.speech import OrgRef, Speech, unnamed, with_source
from newsstruct.speakers.subject_words import (
    LONG_SUBJECT_WORDS,
    auxiliaries_start,
    body_name,
    dashed_aside_start,
    last_break_end,
    last_subject,
    linking_aside,
    name_end,
    one_descriptor,
    past_adverbial,
    past_subordinator,
    place_after_a_name,
    possessive_at,
    predicate_at,
    spoken_for,
    trimmed_end,
    without_linking_words,
)
from newsstruct.text.cues import SPEECH_CUE
from newsstruct.text.marks import DOUBLE
from newsstruct.text.timewords import WEEKDAYS

__all__ = ["SUBJECT_REACH", "Resolver"]

_PRONOUNS = frozenset({"he", "she"})
#: Pronouns that name no one the resolver can find: "they wrote", "it added", "I said".
_UNNAMED_PRONOUNS = frozenset({"they", "it", "i", "we"})
#: Cues whose object is the listener, never an inverted speaker: "told reporters".
_LISTENER_CUES = frozenset(
    {"told", "tell", "tells", "telling", "informed", "urged", "urges", "assured"}
    | {"advised", "accused", "accusing", "called", "implored", "chided", "mocked", "promised"}
)
#: First words after a cue that show no inverted subject follows: ``said to the Observer``.
_NOT_SUBJECTS = frozenset(
    {"to", "in", "on", "at", "for", "with", "about", "that", "this", "it", "as", "of", "from"}
    | {"during", "after", "before", "while", "when", "there", "so", "but", "and", "if", "his"}
    | {"today", "yesterday", "tonight", "earlier", "later", "last", "next"}
    | set(WEEKDAYS)  # "said Wednesday that ...": a time, no inverted subject
)
_QUOTE_CHARS = frozenset(DOUBLE)
#: Words that may stand between a clause's start and a pronoun subject: "to which she said".
_CONJUNCTIONS = frozenset(
    {"which", "whom", "and", "then", "but", "so", "as", "when", "while", "because", "after"}
    | {"before", "until", "since", "if", "though", "although", "where", "once"}
)
_MAX_SUBJECT_WORDS = 7
#: The object pronoun after "according to" and the subject it stands for.
_OBJECT_PRONOUNS = {"him": "he", "her": "she"}
#: A word in -ing opening a segment: a participle ("speaking at") or a noun that opens
#: a role before a name ("nursing assistant Ana Ruiz, 52, said": the subject).
#: A passive participle and its agent set off by commas (``, contacted by Newsday,``).
_PASSIVE_ASIDE = regex.compile(r"\p{Ll}+ed\s+by\b")
_ING_WORD = regex.compile(r"\p{Ll}+ing\b")
#: How far back from a cue its subject is read, in characters (appositives included): a
#: sentence of thousands of cues stays linear.
SUBJECT_REACH = 400


@attrs.define
class Resolver:
    """Resolves cue subjects and objects against the people of one article."""

    text: str
    people: tuple[Person, ...]
    quotes: tuple[tuple[int, int], ...] = ()
    mentions: Mentions = attrs.field(init=False)
    pronouns: Pronouns = attrs.field(init=False)
    phrases: Phrases = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.mentions = Mentions(self.text, self.people, self.quotes)
        self.pronouns = Pronouns(self.mentions)
        self.phrases = Phrases(self.mentions)

    def spoke(self, speaker: Person | OrgRef | None, pos: int) -> None:
        """Remember the last person who spoke, for pronouns."""
        self.pronouns.spoke(speaker, pos)

    def pronoun_at(self, pos: int, pronoun: str, rule: str) -> Speech | None:
        """Who ``he`` / ``she`` at ``pos`` is, as the speaker of a quote with no cue."""
        span = Span.of(self.text, pos, pos + len(pronoun))
        found = self.pronouns.resolve(pos, span, rule, pronoun)
        return None if found is None else attrs.evolve(found, cue=None)

    def person_ending_at(self, end: int) -> Person | None:
        """The person whose mention ends exactly at ``end``."""
        return self.mentions.ending_at(end)

    def person_named(self, surname: str) -> Person | None:
        """The one person whose name ends with ``surname`` (any case), if exactly one does."""
        return self.mentions.named(surname)

    def person_at(self, start: int) -> Person | None:
        """The person whose mention starts exactly at ``start``."""
        return self.mentions.at(start)

    def subject_between(self, start: int, end: int) -> Person | None:
        """The person who is the subject in ``text[start:end]`` (see :class:`Mentions`)."""
        return self.mentions.subject_between(start, end)

    def subject_of(
        self,
        cue: regex.Match[str],
        floor: int,
        rule: str,
        *,
        adjacent_only: bool = False,
        any_phrase: bool = False,
    ) -> Speech | None:
        """The speaker named by the words before ``cue`` (not before ``floor``); with
        ``any_phrase``, a subject of a few words that names no one and no body known
        stands for an unnamed speaker (``People briefed on the talks say``)."""
        text, floor = self.text, max(floor, cue.start() - SUBJECT_REACH)  # linear on long text
        cue = _verb_before(text, cue) or cue  # "X said in a statement the ...": the verb's
        begin, end, subject_end = self._subject_span(cue.start(), floor, adjacent_only)
        cue_span = Span.of(text, cue.start(), cue.end())
        person = self._person_ending(begin, end)
        place = None if person or adjacent_only else place_after_a_name(text, floor, begin, end)
        if place is not None:  # "of the University of Nigeria, Nsukka, said"
            begin, end = place
        if person is not None and end > begin:
            return Speech(person, cue_span, rule, 1.0)
        person = self.mentions.affiliated(begin, end)  # "Mick Sutcliffe, whose cafe ..., said":
        person = person or self.mentions.before_long_appositive(floor, begin, subject_end)
        if person is not None:
            return Speech(person, cue_span, rule, 1.0)
        words = past_subordinator(past_adverbial(list(PEOPLE_TOKEN.finditer(text, begin, end))))
        if any_phrase and len(words) > _MAX_SUBJECT_WORDS:
            words = last_subject(words)  # "Staff for the House Select Committee on Benghazi said"
        if not words or len(words) > (LONG_SUBJECT_WORDS if any_phrase else _MAX_SUBJECT_WORDS):
            return None
        last = words[-1].group().lower()
        pronoun = last in _PRONOUNS or last in _UNNAMED_PRONOUNS
        if pronoun and len(words) > 1 and words[-2].group().lower() in _CONJUNCTIONS:
            words = words[-1:]  # "To which she said"
        if last in _PRONOUNS and len(words) == 1:
            found = self.pronouns.resolve(cue.start(), cue_span, rule, last)
            return with_source(found or unnamed(cue_span, rule), text, words)
        if last in _UNNAMED_PRONOUNS and len(words) == 1:
            return with_source(unnamed(cue_span, rule), text, words)
        if last in ("who", "which") and len(words) == 1:
            return antecedent(text, self.mentions, begin, cue_span, rule)
        if last == "who" and one_descriptor(words):  # "Lionel Sosa, a consultant who said"
            found = antecedent(text, self.mentions, begin, cue_span, rule)  # the one before
            if found is not None and isinstance(found.speaker, Person):
                return found
        if len(words) == 1 and words[0].group()[:1].isupper():
            named = self.mentions.named(words[0].group())  # "Cuban said" of Mark Cuban
            if named is not None:
                return Speech(named, cue_span, rule, 0.9)
        if any_phrase:
            words = without_linking_words(words)  # "But some residents said"
            if not words:
                return None
        found = self.phrases.speech(words, cue_span, rule, cue.start())
        if found is None and any_phrase:
            found = unnamed(cue_span, rule)
        return with_source(found, text, words)

    def _subject_span(
        self, cue_start: int, floor: int, adjacent_only: bool
    ) -> tuple[int, int, int]:
        """Where the subject before a cue at ``cue_start`` begins and ends (past asides,
        appositives, times and adverbs), and where it ends with them."""
        text = self.text
        # "Jo Bell — a teacher from Leeds — said": the subject stands before the aside
        end = (
            dashed_aside_start(text, floor, cue_start)
            or dashed_aside_start(text, floor, auxiliaries_start(text, floor, cue_start))
            or cue_start  # "Sanders — who ... — has vowed"
        )
        begin = floor
        for brk in () if adjacent_only else SPEAKER_SUBJECT_BREAK.finditer(text, floor, end):
            begin = brk.end()
        listed = portfolio_head(text, floor, end - len(text[begin:end].lstrip()))
        begin = begin if listed is None else listed  # "the Ministry of Agriculture, Sea and Food"
        while end > begin and text[end - 1].isspace():
            end -= 1
        begin, end = self._skip_appositive(floor, begin, end, adjacent_only)
        while end > begin and text[end - 1] in ", ":  # "Jane Doe (D-Ohio), said"
            end -= 1
        subject_end, end = end, trimmed_end(text, begin, end)
        if end == begin and not adjacent_only:  # "X, director of Y, has accused": past Y
            begin, end = self._skip_appositive(floor, begin, end, adjacent_only)
            while end > begin and text[end - 1] in ", ":
                end -= 1
            subject_end = end
        return begin, end, subject_end

    def _person_ending(self, begin: int, end: int) -> Person | None:
        """The person whose mention ends the subject, unless a role speaks for them (``A
        lawyer for Ines Varga said``)."""
        person = self.mentions.by_end.get(end)
        named = self.mentions.between(begin, end)[-1:] if person is not None else []
        return None if named and spoken_for(self.text, begin, named[0][0]) else person

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
        named: tuple[int, int] | None = None  # an appositive that names a person
        for _ in range(4):  # "Clinton, 35, the daughter of ..., said"
            if begin <= floor or text[begin - 1] != ",":
                return self._or_named(begin, end, named)
            end = begin - 1
            begin = last_break_end(text, floor, end)
            seg = begin
            while seg < end and text[seg].isspace():
                seg += 1
            if (
                not SPEAKER_APPOSITIVE_START.match(text, seg, end)
                and not self._named_before_appositive(begin - 1, seg, end)
                and not linking_aside(text, seg, end)  # "Experts, however, said"
                and not _PASSIVE_ASIDE.match(text, seg, end)  # "X, contacted by Newsday, said"
            ) or (_ING_WORD.match(text, seg, end) and self.mentions.role_before_name(seg, end)):
                relative = SPEAKER_RELATIVE_ASIDE.search(text, floor, max(floor, begin - 1))
                if relative is None or not self._named_head(floor, relative.start()):
                    return self._or_named(begin, end, named)  # "A pensioner, who ..., Maria,"
                begin = relative.start() + 1  # "Ruiz, whose brother, Luis, runs it, says"
                continue
            if named is None and (
                self.mentions.role_then_name(seg, end) or body_name(text, seg, end)
            ):
                named = (begin, end)  # "His daughter, the novelist Ann Lee, said"
        return self._or_named(begin, end, named)

    def _or_named(self, begin: int, end: int, named: tuple[int, int] | None) -> tuple[int, int]:
        """The subject ``text[begin:end]``, or the appositive after it that names a person
        when the subject names no one (``His daughter, the novelist Ann Lee, said``)."""
        if named is None or self.mentions.first_named_in(begin, end) is not None:
            return begin, end
        return named

    def _named_head(self, floor: int, comma: int) -> bool:
        """A name ends right before ``comma``: a person's (``Ana Ruiz, whose``) or a body's
        that opens its clause (``Nashua, whose``; not ``In Tarnow, which``)."""
        if comma in self.mentions.by_end:
            return True
        start = max(
            [floor] + [m.end() for m in SPEAKER_SUBJECT_BREAK.finditer(self.text, floor, comma)]
        )
        words = self.text[start:comma].split()
        return bool(words) and words[-1][:1].isupper() and words[0].lower() not in NOT_NAME_WORDS

    def _named_before_appositive(self, comma: int, start: int, end: int) -> bool:
        """``Jenna Golden, Twitter's director of advertising, said``: a person's name
        (or a name and where they work: ``Holger Brandt of Varnhof, Germany's largest
        bank, said``) right before ``comma`` and, up to ``end``, words naming no one else."""
        if comma < 0 or self.text[comma : comma + 1] != ",":
            return False
        if (
            comma not in self.mentions.by_end
            and self.mentions.affiliated(max(0, comma - 80), comma) is None
        ):
            return False
        if predicate_at(self.text, start):
            return False  # "Luis, runs the farm,": a verb, no appositive
        named = self.mentions.first_named_in(start, end) is not None
        return not named and not any(ch in _QUOTE_CHARS for ch in self.text[start:end])

    def object_of(self, cue: regex.Match[str], limit: int, rule: str) -> Speech | None:
        """The speaker named right after an inverted cue or ``according to``."""
        text = self.text
        start = cue.end()
        brk = SPEAKER_CLAUSE_BREAK.search(text, start, limit)
        end = brk.start() if brk is not None else limit
        cue_span = Span.of(text, cue.start(), cue.end())
        words = list(PEOPLE_TOKEN.finditer(text, start, end))[: _MAX_SUBJECT_WORDS + 1]
        by = len(words) > 1 and rule == "according-to" and words[0].group() == "by"
        if by:
            start = words[0].end()  # "as reported by CNN on Monday"
        words = words[by : by + _MAX_SUBJECT_WORDS]
        if not words:
            return None
        first = words[0].group().lower()
        if rule == "according-to" and first in _OBJECT_PRONOUNS and len(words) == 1:  # "to him,"
            first = _OBJECT_PRONOUNS[first]
        if first in _NOT_SUBJECTS:
            return None
        if rule != "according-to" and cue.group().lower() in _LISTENER_CUES:
            return None  # "told the Reuters news agency": the listener, not the speaker
        named = self.mentions.first_named_in(start, words[-1].end())
        if named is not None and possessive_at(words):
            return self._possessor_phrase(words, end, limit, cue_span, rule)
        if named is not None:
            return Speech(named, cue_span, rule, 1.0)
        if first in _PRONOUNS:
            found = self.pronouns.resolve(cue.start(), cue_span, rule, first)
            return with_source(found or unnamed(cue_span, rule), text, words[:1])
        head = words if named_after(words) is not None else up_to_head(words)  # "website Immoweb"
        found = with_source(self.phrases.speech(head, cue_span, rule, cue.start()), text, head)
        lead = 1 if len(words) > 1 and words[0].group() == "the" else 0  # "according to the US"
        if found is None and rule == "according-to" and words[lead].group()[:1].isupper():
            words = words[lead:]
            names = words[: name_end(words)]
            start, end = names[0].start(), names[-1].end()
            found = Speech(
                OrgRef(" ".join(text[start:end].split()), start, end), cue_span, rule, 0.6
            )
        if brk is not None and (found is None or not isinstance(found.speaker, Person)):
            person = self.mentions.named_after_comma(brk.start(), limit)  # "said the group's
            if person is not None:  # president, Óscar Villalba Rojas."
                return Speech(person, cue_span, rule, 0.9)
        if rule == "according-to":  # "according to federal statistics", "... FEC records"
            found = found or unnamed(cue_span, rule, Span.of(text, head[0].start(), head[-1].end()))
            return whole_phrase(text, found, cue.end(), limit if brk is None else brk.start())
        return found

    def _possessor_phrase(
        self, words: list[regex.Match[str]], end: int, limit: int, cue: Span, rule: str
    ) -> Speech:
        """``says Marta Kovac's partner, John Doe``: the name in apposition speaks; without
        one, someone the article does not name, by the words that describe them."""
        text = self.text
        if text[end : end + 1] == ",":
            after = end + 1
            while after < limit and text[after] == " ":
                after += 1
            person = self.mentions.at(after)
            if person is not None:
                return Speech(person, cue, rule, 1.0)
        return unnamed(cue, rule, Span.of(text, words[0].start(), words[-1].end()))


def _verb_before(text: str, cue: regex.Match[str]) -> regex.Match[str] | None:
    """The speech verb right before a cue phrase such as ``in a statement``, if any."""
    if not cue.group().lower().startswith("in "):
        return None
    found = list(SPEECH_CUE.finditer(text, max(0, cue.start() - 20), cue.start()))
    last = found[-1] if found else None
    return last if last is not None and not text[last.end() : cue.start()].strip() else None
