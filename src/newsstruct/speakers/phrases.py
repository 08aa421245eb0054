"""What a noun phrase at a cue names: a descriptor (``the minister``) fitting a person
introduced with that title, an unnamed person (``a friend``), a people (``the
Saudis``), or an organisation, document or group (``a U.S. intelligence assessment``).
"""

from __future__ import annotations

import bisect

import attrs
import regex

from newsstruct.lexicons.address_forms import ADDRESS_FORMS
from newsstruct.lexicons.agencies import AGENCIES
from newsstruct.lexicons.demonyms import DEMONYMS
from newsstruct.lexicons.name_particles import NAME_PARTICLES
from newsstruct.lexicons.not_names import NOT_NAME_WORDS
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.outlets import OUTLETS
from newsstruct.lexicons.person_nouns import PERSON_NOUNS
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.lexicons.regional_demonyms import REGIONAL_DEMONYMS
from newsstruct.model import Person, Span
from newsstruct.people.body_signs import body_noun_before
from newsstruct.people.lexicons.given_names import GIVEN_NAMES
from newsstruct.people.thing_names import names_a_seat
from newsstruct.speakers.body_names import body_span
from newsstruct.speakers.companies import named_before, suffixed_name
from newsstruct.speakers.heads import (
    HEADS,
    ROLE_JOINS,
    agent_plural,
    body_word,
    capitalised_run_end,
    group_words,
    phrase_head,
)
from newsstruct.speakers.lexicons.descriptors import DESCRIPTOR_TITLES
from newsstruct.speakers.mentions import Mentions
from newsstruct.speakers.second_reference import second_reference
from newsstruct.speakers.speech import OrgRef, Speech, unnamed
from newsstruct.speakers.subject_words import LEAD_WORDS, PLACE_PREPOSITIONS
from newsstruct.speakers.voices import body_before_voice, voiced_body
from newsstruct.text.cues import PLAIN_SAYING_VERBS

__all__ = [
    "Phrases",
    "named_after",
]

#: First words of a phrase for one unnamed person: "the woman", "a friend", "my father".
_PHRASE_OPENERS = frozenset({"the", "a", "an", "one", "my", "our", "his", "her", "their"})
#: Finite forms of "be" and "have": words that make a stretch a clause, not a name.
_CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had"})


@attrs.define
class Phrases:
    """Descriptor and body look-ups over one article's mentions; each descriptor's
    index is built once."""

    mentions: Mentions
    _descriptor_index: dict[
        tuple[str, str | None, frozenset[str]], tuple[list[int], list[Person]]
    ] = attrs.field(init=False, factory=dict)

    def speech(
        self, words: list[regex.Match[str]], cue: Span, rule: str, pos: int
    ) -> Speech | None:
        """A descriptor or a body named by ``words``; an unnamed person for a descriptor
        that fits no one (``the mayor`` in an article naming no mayor, ``a friend``)."""
        said = [k for k, w in enumerate(words) if w.group().lower() in PLAIN_SAYING_VERBS]
        if said:  # "Villareal-Santos said the agency had asked ...": the words after the cue
            rest = words[said[-1] + 1 :]
            return self.speech(rest, cue, rule, pos) if rest else None
        opener = _phrase_opener(words)
        first = words[0].start() if words else pos
        definite = bool(words) and words[0].group().lower() == "the"
        owner = words[0].group().lower() if words else ""  # "her" of "her son"
        if len(words) == 2 and words[1].group().lower() in ADDRESS_FORMS:
            person = self._described(words[1].group().lower(), pos, None, frozenset())
            return Speech(person, cue, rule, 0.8) if person else unnamed(cue, rule)  # "Her Honour"
        while words and words[0].group().lower() in LEAD_WORDS:
            words = words[1:]
        if not words:
            return None
        lows = [w.group().lower() for w in words]
        if lows[0] in PLACE_PREPOSITIONS:
            return None  # "At a shelter in a school in Sidangoli": where, not who
        if any(w in _CLAUSE_VERBS for w in lows):
            return None  # "it was hearing a leading candidate": a clause, no speaker's name
        ends = next((k for k, w in enumerate(lows) if w in ROLE_JOINS), len(lows))
        last = phrase_head(words, lows, ends)  # "the Department of Justice" -> department
        company = named_after(words) or suffixed_name(words, lows)
        if company is not None:  # "software company Brightline", "retailer Homewise"
            start, end = company
            return Speech(OrgRef(self.mentions.text[start:end], start, end), cue, rule, 0.9)
        phrase = None if opener is None else Span.of(self.mentions.text, opener, words[-1].end())
        voiced = None if definite else body_before_voice(self.mentions.text, words, lows)
        if voiced is not None:  # "a ministry spokeswoman" ("the ...": whom it describes)
            return Speech(voiced, cue, rule, 0.7)
        if definite and last in HEADS:
            country = next((DEMONYMS[w] for w in lows if w in DEMONYMS), None)
            person = self._described(last, pos, country, _LESSER.intersection(lows))
            person = person or self._former(words, lows, last, pos)  # "the former defender"
            return unnamed(cue, rule) if person is None else Speech(person, cue, rule, 0.8)
        aged = self._of_age(lows, last, pos) if definite else None  # "the 24-year-old"
        former = None if aged or not definite else self._former(words, lows, last, pos)
        if aged or former:  # "the former Lyon defender": the person named before
            return Speech(aged or former, cue, rule, 0.8 if aged else 0.7)
        if phrase is not None and (last in PERSON_NOUNS or last.endswith("-year-old")):
            owned = owner if owner in ("his", "her", "their") else ""  # "her son"
            alone = (definite or owned) and len(lows) == 1  # not "the Arizona Republican"
            named = self._introduced_as(last, pos, owned) if alone else None
            if named is None and alone and definite:  # "Kiran Rai, 17, ... the teenager said"
                named = second_reference(self.mentions, last, pos)
            return Speech(named, cue, rule, 0.8) if named else unnamed(cue, rule, phrase)
        if phrase is not None and last == lows[ends - 1] and _role_for_body(lows, ends):
            # "a spokesperson for the hospital": a person by role, not a body named "spokesperson"
            lesser = _LESSER.intersection(lows)
            person = self._described(lows[0], pos, None, lesser) if definite else None
            voiced = None if person else voiced_body(self.mentions.text, words, lows, ends)
            if voiced is not None:  # "a spokesperson for the agriculture department"
                return Speech(voiced, cue, rule, 0.7)
            return unnamed(cue, rule, phrase) if person is None else Speech(person, cue, rule, 0.8)
        if definite and len(words) == 1 and _people_of(words[0].group()):
            start, end = words[0].start(), words[0].end()  # "the Saudis state"
            return Speech(OrgRef(words[0].group(), start, end), cue, rule, 0.7)
        if last in HEADS and phrase is not None and not any(w.group()[:1].isupper() for w in words):
            return unnamed(cue, rule, phrase)  # "a senior law enforcement official": no body named
        group = group_words(words, lows, last)
        joined = None if group is None else self._person_joined(words, lows)
        if joined is not None:  # "Tom Reyes and other growers": the person named first
            return Speech(joined, cue, rule, 0.8)
        if group is not None:  # "a State Department official", "fishermen in Mombasa"
            start, end = group
            name = " ".join(self.mentions.text[start:end].split())
            return Speech(OrgRef(name, start, end), cue, rule, 0.7)
        return self._named_or_group(words, lows, first, definite, cue, rule)

    def _person_joined(self, words: list[regex.Match[str]], lows: list[str]) -> Person | None:
        """The person named before an "and" in ``words`` (``Tom Reyes and other growers``)."""
        if "and" not in lows[1:]:
            return None
        joined = words[lows.index("and", 1)].start()
        found = self.mentions.between(words[0].start(), joined)
        whole = len(found) == 1 and not self.mentions.text[found[0][1] : joined].strip()
        return found[0][2] if whole else None  # the name alone, not "Kopp remains ... and"

    def _named_or_group(
        self,
        words: list[regex.Match[str]],
        lows: list[str],
        first: int,
        definite: bool,
        cue: Span,
        rule: str,
    ) -> Speech | None:
        """The body ``words`` name (``the ministry`` after ``the Ministry of Health``,
        ``Microsoft``), or a group of people no one names (``all three candidates``)."""
        named = (
            named_before(self.mentions.text, first, lows[0], self.mentions.by_end)
            if definite and len(lows) == 1
            else None
        )
        if named is not None:  # "the Ministry of Health ... The ministry said", "the country"
            name = " ".join(self.mentions.text[named[0] : named[1]].split())
            return Speech(OrgRef(name, *named), cue, rule, 0.8)
        if any(body_word(words, k) for k in range(len(words))) or _named_body(words, lows):
            return self._body(words, lows, cue, rule)
        if _group_of_people(lows):  # "all three candidates", "six in 10": no one named
            return unnamed(cue, rule, Span.of(self.mentions.text, first, words[-1].end()))
        if _capitalised_name(words, lows):  # "Microsoft warned": a name no person has
            start, end = words[0].start(), words[-1].end()
            return Speech(
                OrgRef(" ".join(self.mentions.text[start:end].split()), start, end), cue, rule, 0.6
            )
        return None

    def _of_age(self, lows: list[str], last: str, pos: int) -> Person | None:
        """``the 24-year-old``: the person given that age, else the subject named before;
        ``the 47-year-old farmer``: the person given that age only; ``the Croat``, ``the
        Brazilian`` (one of a people): the subject named before."""
        if last.endswith("-year-old"):
            return self.mentions.aged(last, pos) or self._recent_subject(pos, last.split("-", 1)[0])
        one_of_a_people = last in DEMONYMS or last in REGIONAL_DEMONYMS  # "the Catalan"
        if len(lows) == 1 and one_of_a_people and not last.endswith(_PEOPLE_ENDINGS):
            return self._recent_subject(pos)
        age = next((w for w in lows if w.endswith("-year-old")), None)
        return None if age is None else self.mentions.aged(age, pos)

    def _former(
        self, words: list[regex.Match[str]], lows: list[str], last: str, pos: int
    ) -> Person | None:
        """``the former Lyon defender``, ``the ex-striker``: a definite phrase of what a
        person once was, with a head no lexicon knows, varies the name of the subject
        named before (:meth:`_recent_subject`)."""
        once = lows[0] == "former" or lows[0].startswith("ex-")
        last = last.removeprefix("ex-")  # "the ex-striker"
        if not once or not words[-1].group().islower() or not last.isalpha():
            return None  # not "the chairman of the former ruling party"
        if last in PERSON_NOUNS or last in ORGANIZATION_WORDS or last in PLACE_WORDS:
            return None
        agent = last in HEADS or last in _ONCE_HEADS or last.endswith(_AGENT_ENDINGS)
        return self._recent_subject(pos) if agent else None

    def _introduced_as(self, noun: str, pos: int, owner: str = "") -> Person | None:
        """The person last named before ``pos`` with ``noun`` right before the name
        (``Farmer Mary Brown``, ``The farmer, Mary Brown``) or in an appositive after it
        (``Mary Brown, a 61-year-old widow,``): ``the farmer``, ``the widow`` is that
        person; with an ``owner``, ``her son`` is the one introduced as ``her son, X``."""
        text, i = self.mentions.text, bisect.bisect_left(self.mentions.starts, pos)
        lead = rf"\b{owner}\s+" if owner else r"(?<!\p{L})"
        introduced = regex.compile(rf"{lead}{regex.escape(noun)},? \Z", regex.I)
        for start, end, person in reversed(self.mentions.by_start[max(0, i - _INTRODUCED) : i]):
            if introduced.search(text, max(0, start - len(noun) - len(owner) - 4), start):
                return person  # "Farmer Mary Brown", "her son, Raymond Bighetty"
            if owner:
                continue  # "Vega's son, Diego": not whom "her son" names
            found = _APPOSITIVE.match(text, end, min(len(text), end + 80))
            if found is not None and noun in found.group().lower().split():
                return person
        return None

    def _recent_subject(self, pos: int, age: str | None = None) -> Person | None:
        """The person last named as a sentence's subject before ``pos``, within a
        paragraph's reach (:data:`_DESCRIPTOR_REACH` characters); with ``age``, not one
        the article gives another age (``the 52-year-old`` is not the 19-year-old)."""
        for start, _, person in reversed(self.mentions.by_start):
            if start < pos - _DESCRIPTOR_REACH:
                return None
            if start < pos and self.mentions.subject_like(start):
                other = None if age is None else self.mentions.age_of(person)
                if other is None or other == age:
                    return person
        return None

    def _described(
        self, head: str, pos: int, country: str | None, lesser: frozenset[str]
    ) -> Person | None:
        """The most recently mentioned person with a title that ``head`` fits, with the
        same words of a lesser office (``lesser``: "the mayor" is not the "Deputy Mayor",
        "the vice president" is the "Vice President").

        ``the minister`` fits "Foreign Minister", ``the top US diplomat`` fits
        "Secretary of State" (see :mod:`newsstruct.speakers.lexicons.descriptors`).
        """
        starts, people = self._described_mentions(head, country, lesser)
        i = bisect.bisect_left(starts, pos)
        return people[i - 1] if i else None

    def _described_mentions(
        self, head: str, country: str | None, lesser: frozenset[str]
    ) -> tuple[list[int], list[Person]]:
        """Starts of the mentions of everyone ``head`` fits, in order, with their person;
        built once per descriptor, so each lookup is a binary search."""
        found = self._descriptor_index.get((head, country, lesser))
        if found is None:
            fits = set(DESCRIPTOR_TITLES.get(head, head).split()) | {head}
            mentions = [
                (m.start, -order, person)
                for order, person in enumerate(self.mentions.people)
                if any(fits & w and _LESSER & w == lesser for w in map(_title_words, person.titles))
                and (country is None or person.country in (None, country))
                for m in person.mentions
            ]
            # at one start, the person listed first sorts last: the one found
            mentions.sort(key=lambda m: (m[0], m[1]))
            found = ([m[0] for m in mentions], [m[2] for m in mentions])
            self._descriptor_index[(head, country, lesser)] = found
        return found

    def _body(
        self, words: list[regex.Match[str]], lows: list[str], cue: Span, rule: str
    ) -> Speech | None:
        """The body ``words`` name, by the span :func:`body_span` reads."""
        start, end = body_span(words, lows)
        name = " ".join(self.mentions.text[start:end].split())
        return Speech(OrgRef(name, start, end), cue, rule, 0.9)


def named_after(words: list[regex.Match[str]]) -> tuple[int, int] | None:
    """The capitalised name right after a lower-case company noun (``company Brightline``,
    ``retailer Homewise``) or a plural of agents (``Race organisers RCS Sport``)."""
    for k, word in enumerate(words[:-1]):
        name = words[k + 1].group()
        noun = word.group()
        noun = noun.lower() if noun.isupper() else noun  # "Environmental NGO Greenwave"
        agents = noun.islower() and agent_plural(noun)  # "organisers", not "Workers"
        if name[:1].isupper() and (agents or body_noun_before(noun, name.lower())):
            last = capitalised_run_end(words, k + 1)
            return words[k + 1].start(), words[last].end()
    return None


#: A share of people polled: "six in 10", "about 4 in 10", "24 percent", "half".
_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?"
)
_POLL_SHARE = regex.compile(
    rf"(?:(?:about|nearly|almost|roughly|only|just) )?(?:{_NUMBER} (?:in|of) {_NUMBER}"
    rf"|{_NUMBER} percent|half|two-thirds|a third|a majority)"
)


def _group_of_people(lows: list[str]) -> bool:
    """Words for a group of people no one names: a plural person noun or title ("many
    speakers", "several engineers") or a share of people polled ("six in 10")."""
    last = lows[-1]
    plural = (
        last.endswith("s") and len(last) > 3 and (last[:-1] in PERSON_NOUNS or last[:-1] in HEADS)
    )
    return plural or _POLL_SHARE.fullmatch(" ".join(lows)) is not None


def _phrase_opener(words: list[regex.Match[str]]) -> int | None:
    """Where a noun phrase for one unnamed person starts: its article (``the``, ``a``,
    ``one``, ``my``) among the leading function words (``As one employee``), or a
    possessive (``Trump's father``)."""
    for w in words:
        low = w.group().lower()
        if low in _PHRASE_OPENERS or w.group().endswith(("'s", "’s")):
            return w.start()
        if low not in LEAD_WORDS:
            return None
    return None


def _role_for_body(lows: list[str], joint: int) -> bool:
    """A person's role, then whom they speak or work for: ``spokesperson for the hospital``,
    ``lawyer for the family``, ``a senior official at the ministry``; ``joint`` is where
    the first of :data:`ROLE_JOINS` stands (``len(lows)`` when none does)."""
    return 0 < joint < len(lows) - 1 and (
        lows[joint - 1] in HEADS or lows[joint - 1] in PERSON_NOUNS
    )


#: Endings of nouns for what a person does or is (``defender``, ``winger``, ``striker``,
#: ``goalkeeper``, ``internationalist``, ``comedian``, ``sportsman``).
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "eer")
#: What a person once was with no agent ending (``the former world champion``).
_ONCE_HEADS = frozenset({"champion", "captain", "star", "international", "winner"})


#: Endings of demonyms that name a whole people rather than one person ("the Chinese",
#: "the French", "the British", "the Swiss").
_PEOPLE_ENDINGS = ("s", "ese", "ch", "sh")


def _people_of(word: str) -> bool:
    """A people named by a plural demonym: ``Saudis``, ``Russians``."""
    return word[:1].isupper() and word.endswith("s") and word[:-1].lower() in DEMONYMS


def _named_body(words: list[regex.Match[str]], lows: list[str]) -> bool:
    """A capitalised place, agency or outlet: ``China``, ``Beijing``, ``the FBI``, ``CNN``."""
    if not all(w.group()[:1].isupper() for w in words):
        return False
    joined = " ".join(lows)
    return joined in AGENCIES or joined in OUTLETS or all(w in PLACE_WORDS for w in lows)


def _capitalised_name(words: list[regex.Match[str]], lows: list[str]) -> bool:
    """A short run of capitalised words that is no function word, title or pronoun: a
    body's name when no person of the article has it (people are resolved before)."""
    inner = set(lows[1:-1]) & NAME_PARTICLES  # "Électricité du Liban", "Xunta de Galicia"
    capitals = all(w.group()[:1].isupper() for w in words if w.group().lower() not in inner)
    if not 1 <= len(words) <= _NAME_WORDS or not capitals:
        return False
    if lows[0] in GIVEN_NAMES and not names_a_seat(lows):  # the US list; "IDA Ireland" and
        return False  # "Salvador City Hall" are bodies, "Jane Doe said" a person unconfirmed
    return not any(
        w in NOT_NAME_WORDS or w in HEADS or f"{w}." in HEADS or w in PERSON_NOUNS for w in lows
    )  # "REP. LORN": a title's abbreviation names a person


#: A body's name read from a cue's subject has at most this many words.
_NAME_WORDS = 4


#: An appositive after a name, up to its closing comma (``, a 61-year-old widow from
#: Mohale,``).
_APPOSITIVE = regex.compile(r",\s+(?:a|an|the)\s+[^,.;:!?()]{1,70}")
#: How many mentions back a descriptor looks for the name it introduced.
_INTRODUCED = 200
#: How far back a descriptor with no other clue looks for a sentence's subject.
_DESCRIPTOR_REACH = 600
#: An age right before a name (``(?r)``): "19-year-old defender Tom Reyes".
#: Title words of another office: "the mayor" is not the "Deputy Mayor".
_LESSER = frozenset({"deputy", "vice", "assistant", "acting"})


def _title_words(title: Span) -> set[str]:
    """The words of a title, in lower case."""
    return set(title.text.lower().split())
