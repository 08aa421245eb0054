"""Who made a reported statement: the subject of its cue, or the body named after
``according to`` or after a trailing cue (``..., said the ministry``).

The same resolver reads the words as for direct quotes, so a pronoun, a descriptor
or an organisation resolves the same way; the rule names say where the cue stood
(``said-before``, ``said-after``, ``according-to``).
"""

from __future__ import annotations

import attrs
import regex

from newsstruct.lexicons.not_names import NOT_NAME_WORDS
from newsstruct.model import Span
from newsstruct.people.patterns import PEOPLE_TOKEN
from newsstruct.reported import Found
from newsstruct.reported.before import object_then_participle
from newsstruct.reported.clauses import first_verb
from newsstruct.reported.found import more_words, skip_space
from newsstruct.reported.headline import label_words
from newsstruct.reported.main_clause import main_clause_start
from newsstruct.reported.nouns import SPEECH_NOUN, owned
from newsstruct.reported.trailing import when_first
from newsstruct.reported.verb_words import adverb, finite
from newsstruct.speakers.heads import BODY_HEADS, HEADS
from newsstruct.speakers.lexicons.object_speaker_verbs import OBJECT_SPEAKER_VERBS
from newsstruct.speakers.resolver import SUBJECT_REACH, Resolver
from newsstruct.speakers.speech import OrgRef, Speech
from newsstruct.speakers.subject_words import past_adverbial
from newsstruct.text.cues import SPEECH_CUE
from newsstruct.text.marks import DASHES, DOUBLE_CLOSING, SINGLE_CLOSING, STRAIGHT

__all__ = ["coordinated_speech", "reported_speech"]

#: Words that join a second verb to the subject of the first ("declined ... but said").
_SECOND_VERB_JOINS = frozenset({"and", "but"})
_WORD = regex.compile(r"\S+")
#: A name after an inverted cue ("said Mayor Jo Bell, adding") has at most this many words.
_INVERTED_WORDS = 5
#: Closing quote marks (a comma may stand inside them) and dashes, before a participle.
_CLOSING_MARKS = DOUBLE_CLOSING + SINGLE_CLOSING + STRAIGHT
#: Pronouns that open a sentence: no body's name.
_PRONOUN_WORDS = frozenset({"they", "it", "we", "he", "she", "i", "you", "this", "that"})
#: Marks that end the clause before a participle's cue: a quote's closing mark, a comma.
_CLAUSE_EDGES = ("”", '"', ",")
#: Articles before a body's name ("The Kremlin"); after "a" or "an" a capitalised word
#: is no name ("A spokeswoman for Janney").
_ARTICLES = frozenset({"the", "a", "an"})
#: The possessive mark of a statement's owner ("Bell's statement", "the Smiths' claim").
_POSSESSIVE = regex.compile(r"['’]s?")


def reported_speech(text: str, resolver: Resolver, found: Found) -> Speech | None:
    """The rules' speech for the reported statement ``found``."""
    zone_start, zone_end = found.speaker_zone
    if found.shape == "label":
        return _headline_person(text, resolver, found)  # "Ryan: FBI decision ..."
    if SPEECH_NOUN.fullmatch(text, *found.cue) and owned(text, found.cue[0]):
        return _owner(text, resolver, found)  # "Mayor Bell's statement that ..."
    cue = SPEECH_CUE.match(text, *found.cue)
    if cue is None:
        return None
    participle = cue.group().split()[0].lower().endswith("ing")  # "saying", "pointing out"
    near = max(zone_start, cue.start() - 40)  # the last words before the cue (linear)
    lead = text[near : cue.start()].split()
    if participle and lead and lead[-1].lower() in _LEAD_PREPOSITIONS:
        alone = len(lead) == 1 and near == zone_start  # "After saying X, Lee left", "In the
        if alone or (len(lead) > 1 and lead[-2].endswith(",")):  # interview, after saying"
            return _main_clause_subject(text, resolver, found, cue)
        return _sentence_subject(text, resolver, cue, zone_start)  # "Lee paused before saying"
    if participle and _after_clause(text[zone_start : cue.start()]):
        return _sentence_subject(text, resolver, cue, zone_start)  # "X is filing ..., claiming"
    verb = _verb_of_object(text, zone_start, cue) if participle else None
    if verb is not None and verb.group().lower() in OBJECT_SPEAKER_VERBS:  # "quoted X (as)
        quoted = _AS_BEFORE.search(text, verb.end(), cue.start()) or cue  # saying": X
        said = resolver.subject_of(quoted, verb.end(), "participle-subject", any_phrase=True)
        return _at_cue(text, said, cue.span())
    if verb is not None:  # "The ministry issued a statement saying": the verb's subject
        said = resolver.subject_of(verb, zone_start, "participle-subject", any_phrase=True)
        return _at_cue(text, said, cue.span())
    if found.shape == "according":
        return resolver.object_of(cue, zone_end, "according-to")
    if found.shape == "after":
        if not text[zone_start : cue.start()].strip():  # "..., said the ministry."
            return resolver.object_of(cue, zone_end, "said-after")
        return resolver.subject_of(
            cue, zone_start, "said-after", adjacent_only=True, any_phrase=True
        )
    if _coordinated_verb(text, zone_start, cue.start()) is not None:
        return coordinated_speech(text, resolver, zone_start, cue, any_phrase=True)
    return resolver.subject_of(cue, zone_start, "said-before", any_phrase=True)


def coordinated_speech(
    text: str, resolver: Resolver, floor: int, cue: regex.Match[str], *, any_phrase: bool
) -> Speech | None:
    """The speech of a cue that is its subject's second verb: the first verb's subject
    (``FBI officials were angered by the deal and predicted ...``, ``Ruiz met Vega on
    Monday and said, “Q”``), with the cue's span; None when the cue is no second verb."""
    verb = _coordinated_verb(text, floor, cue.start())
    if verb is None:
        return None
    speech = resolver.subject_of(verb, floor, "said-before", any_phrase=any_phrase)
    return _at_cue(text, speech, cue.span())


#: Words that open a participle phrase before the main clause ("After saying ..., she").
_LEAD_PREPOSITIONS = frozenset(
    {"after", "before", "while", "since", "despite", "by", "upon", "on", "without", "when"}
)


def _main_clause_subject(
    text: str, resolver: Resolver, found: Found, cue: regex.Match[str]
) -> Speech | None:
    """``After saying he was nervous, the man asked ...``: a participle phrase opening the
    sentence has the main clause's subject, named after the content's comma."""
    comma = found.content[1]
    while comma < len(text) and text[comma] in _CLOSING_MARKS + " ":
        comma += 1
    if text[comma : comma + 1] != ",":
        return None
    start = comma + 1
    stop = start
    while stop < len(text) and stop - start < SUBJECT_REACH and text[stop] not in ".;!?\n":
        stop += 1
    at = first_verb(text, start, stop)
    verb = None if at is None else _WORD.match(text, at)
    if verb is None:
        return None
    said = resolver.subject_of(verb, start, "participle-subject", any_phrase=True)
    return _at_cue(text, said, cue.span())


def _after_clause(before: str) -> bool:
    """The words before a participle cue end a clause: a comma, or a comma a quote holds
    (``“expanded the party,” claiming``), or a dash (``on the spot – saying``)."""
    stripped = before.rstrip()
    last = stripped.rsplit(None, 1)
    if len(last) == 2 and (adverb(last[1]) or last[1] in _PARTICIPLE_ADVERBS):
        stripped = last[0]  # "declined to comment - only saying", "..., simply saying"
    end = stripped.rstrip(_CLOSING_MARKS)
    return end.endswith(",") or (end == stripped and stripped.endswith(DASHES))


#: Adverbs between a clause's end and a participle cue ("- only saying", ", again saying").
_PARTICIPLE_ADVERBS = frozenset({"only", "again", "instead", "also", "even", "later", "then"})
#: The "as" right before a participle cue (``(?r)``: searched from the cue back).
_AS_BEFORE = regex.compile(r"(?r)\bas\s+\Z")


def _verb_of_object(text: str, floor: int, cue: regex.Match[str]) -> regex.Match[str] | None:
    """The verb whose object a participle cue follows (``issued | a statement saying``,
    ``quoted | a senior official (as) saying``), else None."""
    verb = _main_verb(text, floor, cue.start())[1]
    if verb is None:
        return None
    said = object_then_participle(text, skip_space(text, verb.end(), cue.start()), cue.end())
    return verb if said is not None and said.start() == cue.start() else None


def _coordinated_verb(text: str, floor: int, cue_start: int) -> regex.Match[str] | None:
    """The first verb of the sentence when the cue is a second verb of its subject
    (``Smith declined to comment but said ...``), else None."""
    before = text[max(floor, cue_start - 40) : cue_start].split()[-1:]  # linear on long text
    if not before or before[-1].lower() not in _SECOND_VERB_JOINS:
        return None
    if not more_words(text, floor, cue_start, 2):
        return None
    stop = cue_start - len(before[-1]) - 1
    floor, verb = _main_verb(text, floor, stop)
    verb = verb or _word_after_name(text, floor, stop)  # "Moravia Ferries cut its ... and"
    said = SPEECH_CUE.search(text, floor, stop)  # "claims the tax is fair and promises"
    if said is not None and (verb is None or said.start() < verb.start()):
        verb = said
    if verb is not None and _RELATIVE_ASIDE.search(text, verb.end(), stop):
        return None  # "Ruiz introduced Vega, who stood up and said": Vega's second verb
    return verb


#: A relative clause opening after a comma: the verbs after it are its subject's.
_RELATIVE_ASIDE = regex.compile(r",\s+(?:who|which|whose)\b", regex.I)


def _word_after_name(text: str, floor: int, stop: int) -> regex.Match[str] | None:
    """The first lower-case word after the capitalised name that opens ``text[floor:stop]``
    (``Moravia Ferries | cut its dividend``): the verb no word list knows, else None."""
    named = False
    for word in _WORD.finditer(text, floor, stop):
        low = word.group().lower()
        if word.group()[:1].isupper() and (low == "the" or named):
            named = named or low != "the"
        elif word.group()[:1].isupper():  # the name's first word: no "In", "He's", "We'll"
            named = low.split("'")[0].split("’")[0] not in NOT_NAME_WORDS
            if not named:
                return None
        elif named and low in HEADS:
            continue  # "Moravia Ferries chief Ana Ruiz cut": a title inside the subject
        elif named and word.group().isalpha() and not _no_verb(low):
            return word
        else:
            return None
    return None


def _no_verb(word: str) -> bool:
    """A lower-case word after a name that is no verb of its subject: an auxiliary (which
    :func:`first_verb` reads), a function word (``on``, ``and``), a title or body word
    (``Moravia Ferries chief Ana Ruiz``, ``the Moravia Ferries board``)."""
    return finite(word) or word in NOT_NAME_WORDS or word in HEADS or word in BODY_HEADS


def _main_verb(text: str, floor: int, stop: int) -> tuple[int, regex.Match[str] | None]:
    """Where the main clause of the sentence before ``stop`` starts (past an opening
    "When ...," clause; at most :data:`SUBJECT_REACH` back) and its first verb, if any."""
    floor = main_clause_start(text, max(floor, stop - SUBJECT_REACH), stop)
    at = first_verb(text, floor, stop)
    return floor, None if at is None else _WORD.match(text, at)


def _at_cue(text: str, speech: Speech | None, cue: tuple[int, int]) -> Speech | None:
    """``speech`` with its cue at ``cue`` (the subject was read at another word)."""
    return None if speech is None else attrs.evolve(speech, cue=Span.of(text, *cue))


def _sentence_subject(
    text: str, resolver: Resolver, cue: regex.Match[str], floor: int
) -> Speech | None:
    """``The Republican National Committee is filing a complaint, claiming that ...``: an
    -ing cue after a comma takes its sentence's subject, a person or a body; after a
    quote's cue (``“...,” Jacobs said, adding that``) that cue's speaker."""
    said = _cue_before(text, resolver, floor, cue.start())
    if said is not None:
        return _at_cue(text, said, cue.span())
    person = resolver.subject_between(floor, cue.start())
    if person is not None:
        return Speech(person, Span.of(text, *cue.span()), "participle-subject", 0.8)
    floor, verb = _main_verb(text, floor, cue.start())
    unnamed = None
    if verb is not None:  # "The presidential office declined to comment, saying ..."
        said = resolver.subject_of(verb, floor, "participle-subject", any_phrase=True)
        if said is not None and said.speaker is not None:
            return _at_cue(text, said, cue.span())
        if said is not None and said.source is not None:
            unnamed = _at_cue(text, said, cue.span())  # "The nurse later sued, claiming"
    words = past_adverbial(list(PEOPLE_TOKEN.finditer(text, floor, cue.start())))
    lead = 1 if words and words[0].group().lower() in _ARTICLES else 0
    named = []
    for word in words[lead:]:
        if not word.group()[:1].isupper():
            break
        named.append(word)
    if not named or named[0].group().lower() in _PRONOUN_WORDS:
        return unnamed  # "They called the verdict “a betrayal,” saying": no body named
    after = words[lead + len(named)].group().lower() if len(words) > lead + len(named) else ""
    if after in HEADS:
        return unnamed  # "The GOP nominee complained ..., saying": a person described
    start, end = named[0].start(), named[-1].end()
    org = OrgRef(" ".join(text[start:end].split()), start, end)
    return Speech(org, Span.of(text, *cue.span()), "participle-subject", 0.7)


def _cue_before(text: str, resolver: Resolver, floor: int, stop: int) -> Speech | None:
    """The speaker of a cue that ends the clause before a participle's comma: ``“...,”
    Jacobs said, adding``, ``..., said Jacobs, adding``; None when there is none."""
    clause = max(floor, *(text.rfind(mark, floor, stop - 2) for mark in _CLAUSE_EDGES))
    cues = list(SPEECH_CUE.finditer(text, clause, stop))
    if not cues or cues[-1].group().split()[0].lower().endswith("ing"):
        return None
    cue = cues[-1]
    if len(cues) > 1 and cue.group().lower().startswith("in "):
        cue = cues[-2]  # "the committee said in a statement, adding": the verb's
    between = text[cue.end() : stop].strip(" ,").split()
    if not between or when_first(text[cue.end() : stop]):  # "Jacobs said (on Monday), adding"
        return resolver.subject_of(cue, clause, "participle-subject")
    if len(between) > _INVERTED_WORDS or not (between[0][:1].isupper() or between[0] == "the"):
        return None  # "said he didn't believe it, arguing": the cue's content, no speaker
    if any(ch.isalpha() for ch in text[clause : cue.start()]):
        return None  # "He criticised the government, saying": an object, no inverted subject
    return resolver.object_of(cue, stop, "participle-subject")  # "said Jacobs, adding"


def _owner(text: str, resolver: Resolver, found: Found) -> Speech | None:
    """The owner of a statement carried by a noun (``Mayor Bell's statement that``):
    the words before the possessive mark, read as the subject of a cue standing there."""
    zone_start, noun = found.speaker_zone[0], found.cue[0]
    at = max(text.rfind("'", zone_start, noun), text.rfind("’", zone_start, noun))
    mark = _POSSESSIVE.match(text, at) if at >= 0 else None
    if mark is None:
        return None
    return _at_cue(
        text, resolver.subject_of(mark, zone_start, "said-before", any_phrase=True), found.cue
    )


def _headline_person(text: str, resolver: Resolver, found: Found) -> Speech | None:
    """The person a headline's label or subject names by surname (``Ryan: ...``,
    ``Okafor Says ...``)."""
    person = resolver.mentions.first_named_in(*found.speaker_zone)  # a name found there
    for word in label_words(text, found.speaker_zone):
        person = person or resolver.person_named(word)  # no possessive: headline.py
    return None if person is None else Speech(person, Span.of(text, *found.cue), "headline", 0.9)
