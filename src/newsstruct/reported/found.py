"""What the shapes of :mod:`newsstruct.reported.find` share: the statement found
before its speaker is known (:class:`Found`) and the word tests every shape reads.

>>> from newsstruct.text.cues import SPEECH_CUE
>>> text = "Most states agreed."
>>> noun_use(text, 0, next(SPEECH_CUE.finditer(text)))
True
"""

from __future__ import annotations

import attrs
import regex

from newsstruct.statements import ReportedShape
from newsstruct.text.cues import SPEECH_CUE
from newsstruct.text.timewords import MONTHS, WEEKDAYS

__all__ = [
    "COUNT_WORDS",
    "NOUN_MARKERS",
    "PRONOUN_SUBJECTS",
    "SUBJECT_WORDS",
    "SUBORDINATORS",
    "TIME_SUBORDINATORS",
    "WORDS",
    "Found",
    "Shape",
    "attributive_use",
    "cue_of_its_own",
    "holds_cue",
    "idiom_use",
    "made",
    "more_words",
    "noun_use",
    "participle_in_lead_phrase",
    "passive_agent",
    "passive_aside",
    "punctuated",
    "skip_space",
]

Shape = ReportedShape  # the shapes of Reported.shape, one list

#: At most this many words name the speaker of a trailing cue (", the ministry said").
SUBJECT_WORDS = 8
#: Words that open a subordinate clause, which a reported statement does not start with.
#: Those of them that open a time clause ("after Ana Ruiz was charged").
TIME_SUBORDINATORS = frozenset({"after", "before", "when", "while", "since", "until", "once"})
SUBORDINATORS = TIME_SUBORDINATORS | frozenset(
    {"if", "as", "because", "although", "though", "asked", "despite", "unless", "whether"}
)
#: Words that, before a cue word, make it a noun ("the reports", "most states").
NOUN_MARKERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "my", "our"}
    | {"your", "most", "many", "some", "all", "several", "few", "both", "other", "such"}
    | {"to", "of", "in", "on", "about", "from", "with", "for", "by", "no", "any", "whose"}
)
#: Words after a cue that open what it reports: a quantifier before it is the subject.
_CLAUSE_OPENERS = frozenset(
    {"that", "the", "a", "an", "he", "she", "it", "they", "we", "i", "there", "this"}
    | {"his", "her", "their", "its", "on", "in", "at", "last", "to"}
)
#: Noun markers that stand alone as a subject before a verb ("many said", "both warned").
_QUANTIFIERS = frozenset({"most", "many", "some", "all", "several", "few", "both"})
#: Numbers in words, after which an -s word is a plural noun ("two hikers", "in nine
#: states").
COUNT_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens"}
    | {"several", "many", "few", "hundreds", "thousands", "millions"}
)
#: Words ending in "'s" that are a pronoun and "is" or "has" ("he's said"), no possessive.
_CONTRACTIONS = frozenset({"he's", "she's", "it's", "that's", "there's", "who's", "what's"})
#: A word, with its inner apostrophes and hyphens.
WORDS = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")


@attrs.frozen
class Found:
    """A reported statement before its speaker is known: the content, the cue, the shape
    and the stretch where the speaker is named (``speaker_zone``)."""

    content: tuple[int, int]
    cue: tuple[int, int]
    shape: Shape
    speaker_zone: tuple[int, int]


def made(
    content: tuple[int, int], cue: regex.Match[str], shape: Shape, zone: tuple[int, int]
) -> Found | None:
    if content[1] - content[0] < 3:
        return None
    return Found(content, cue.span(), shape, zone)


def skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def punctuated(text: str, start: int, end: int) -> bool:
    """A comma, semicolon, colon or end mark stands in ``text[start:end]``; not one inside
    a number (``10:30``, ``$1.5``, ``310,000``) nor the dot of a one-letter abbreviation
    (``10 a.m.``).

    >>> punctuated("at 10:30 a.m. the", 0, 17), punctuated("in May, the", 0, 11)
    (False, True)
    """
    stretch = text[start:end]
    if not any(mark in stretch for mark in ",;:.!?"):
        return False
    return any(not _inner_mark(text, mark.start()) for mark in _MARKS.finditer(text, start, end))


_MARKS = regex.compile(r"[,;:.!?]")


def _inner_mark(text: str, i: int) -> bool:
    """The mark at ``i`` stands inside a number or after a one-letter abbreviation."""
    if text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit():
        return True
    one_letter = text[i - 1 : i].isalpha() and (i < 2 or text[i - 2] in " .")
    return text[i] == "." and one_letter


def noun_use(text: str, start: int, cue: regex.Match[str]) -> bool:
    """The cue word is a noun here: ``the reports``, ``most states``, ``to reports``,
    ``the ministry's repeated``, ``in 15 states``, ``is disavowing remarks``."""
    before = text[max(start, cue.start() - 20) : cue.start()].split()[-1:]
    if not before:
        return False
    word = before[0].lower().replace("’", "'")
    possessive = word.endswith(("'s", "s'")) and word not in _CONTRACTIONS  # "the ministry's"
    said = cue.group().lower()
    counted = (word.isdigit() or word in COUNT_WORDS) and said.endswith("s")  # "in 15 states"
    if word in _QUANTIFIERS and not said.endswith(("s", "ing")):
        after = text[cue.end() : cue.end() + 24].split()[:1]
        clause = not after or not after[0].islower() or after[0] in _CLAUSE_OPENERS
        return not clause  # "many said that", "some argued"; not "Most reported cases"
    gerund = (  # "is disavowing remarks made by"; not "The filing claims that", "Beijing claims"
        word.endswith("ing")
        and len(word) > 5
        and before[0].islower()
        and said in _NOUN_CUES
        and not set(text[cue.end() : cue.end() + 16].split()[:1]) & _CLAUSE_NEXT
    )
    verbal = (
        said.endswith("ing")
        and word in _GERUND_PREPOSITIONS
        and before[0].islower()
        and (said in _GERUND_SAYING or _THAT_AFTER.match(text, cue.end()) is not None)
    )
    marker = word in NOUN_MARKERS and not verbal
    return marker or possessive or ((counted or gerund) and said != "says")


#: Prepositions before which a cue in -ing is a verb, not a noun ("responded by saying
#: the bridge was safe", "erred in saying that"), inside a sentence ("In saying that, she
#: meant ..." opens one); "the saying", "of sayings" stay nouns.
_GERUND_PREPOSITIONS = frozenset({"by", "in", "on"})
#: Gerunds that report words with or without "that" ("by saying he is ready"); others
#: need a "that", maybe after a listener ("by telling them that", "by announcing that";
#: not "by adding a few communities", "by asking prosecutors to charge").
_GERUND_SAYING = frozenset({"saying", "writing"})
_THAT_AFTER = regex.compile(r"(?:\s+\p{L}+){0,2}?\s+that\b", regex.I)


#: Cue words more often plural nouns than verbs: after a word in -ing they are the nouns
#: (``is disavowing remarks``, ``his opening remarks``; not ``the polling suggests``).
_NOUN_CUES = frozenset({"claims", "comments", "remarks", "reports", "statements"})

#: An agent after a cue in -ed makes it passive with no "be" ("a view echoed by everyone"),
#: but not a means, a time or a margin ("said by phone that", "concluded by saying",
#: "confirmed by Friday", "by 55%"), nor one a "that" follows ("reported by midday that").
_AGENT = regex.compile(
    r"\s+by\s+(?!(?:phone|telephone|e-?mail|text|video|letter|radio|mail|fax|way|zoom"
    r"|whatsapp|tweet|analogy|late|early|midday|noon|nightfall|midnight|the\s+end|the\s+time"
    rf"|{'|'.join(WEEKDAYS + MONTHS)}|a\s+(?:\w+\s+)?margin)\b"
    r"|\w+ing\b|\d)"
    r"(?![^,.;:]{0,40}\bthat\b)",
    regex.I,
)


def passive_agent(text: str, cue: regex.Match[str]) -> bool:
    """The cue is a participle in -ed with its agent after it (``a view echoed by
    everyone``, ``when asked by a reporter``): a passive, reporting nothing of its own.

    >>> text = "a view echoed by everyone"
    >>> passive_agent(text, SPEECH_CUE.search(text)), passive_agent("said by phone", SPEECH_CUE.search("said by phone"))
    (True, False)
    """
    return cue.group().lower().endswith("ed") and _AGENT.match(text, cue.end()) is not None


#: Subject pronouns: one opens a clause as its subject ("said after the vote he would").
PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i"})

#: A first word after a cue noun that makes it a verb with its clause ("claims that").
_CLAUSE_NEXT = frozenset({"that", "the", "a", "an"}) | (PRONOUN_SUBJECTS - {"i"})


def attributive_use(text: str, start: int, cue: regex.Match[str]) -> bool:
    """An -ed cue word that opens its clause, before a lower-case noun, is an adjective:
    ``Repeated floods have damaged`` (at the sentence start), ``warned that repeated
    dredging could`` (after a cue's "that"); not ``Added the minister``, ``Said one
    official``, ``Asked where``, ``an email that urged people``."""
    if not cue.group().lower().endswith("ed"):
        return False
    before = text[max(start, cue.start() - 40) : cue.start()].split()[-2:]
    if before and not (before[-1].lower() == "that" and SPEECH_CUE.fullmatch(before[0])):
        return False
    after = text[cue.end() : cue.end() + 24].split()[:1]
    word = after[0] if after else ""
    noun = word.isalpha() and word.islower() and not word.endswith("ly")
    noun = noun and word not in _CLAUSE_OPENERS
    return noun and word not in COUNT_WORDS and word not in _QUANTIFIERS and word not in _WH


def passive_aside(text: str, start: int, cue: regex.Match[str]) -> bool:
    """``Pasang Dorje, asked what he would tell clients, smiled``: "asked" or "told" set off
    by a comma after its subject is a passive participle; the subject was asked, and
    what follows is no statement of theirs."""
    if cue.group().lower() not in ("asked", "told"):
        return False
    subject_and_comma = text[start : cue.start()].rstrip()  # not "X, 56, who ..., told"
    subject = subject_and_comma[:-1].rstrip()
    return subject_and_comma.endswith(",") and "," not in subject and len(subject.split()) <= 5


def idiom_use(text: str, start: int, cue: regex.Match[str]) -> bool:
    """The cue word is part of an idiom that reports no one's words: ``time will tell``,
    ``goes without saying``."""
    word = cue.group().lower()
    idiom = _IDIOMS_BEFORE.get(word)
    return idiom is not None and bool(idiom.search(text, max(start, cue.start() - 24), cue.start()))


#: What stands before a cue word in an idiom of no speech ("only time will | tell if",
#: "it goes without | saying that").
_IDIOMS_BEFORE = {
    "tell": regex.compile(r"\btime\s+(?:will|would|can|could|may|might)\s+$", regex.I),
    "saying": regex.compile(r"\bgoes\s+without\s+$", regex.I),
}


#: Words that open a question or an object after "asked" (``Asked where ...``).
_WH = frozenset({"whether", "if", "about", "why", "how", "what", "when", "who", "where"})


#: Prepositions that open a phrase before a sentence's subject.
_PHRASE_PREPOSITIONS = frozenset({"in", "on", "at", "from", "with", "through", "via", "under"})
_ARTICLES = frozenset({"a", "an", "the", "his", "her", "its", "their", "this", "that"})


#: A lead phrase before a participle cue is read when it is this short.
_LEAD_CHARS = 200


def participle_in_lead_phrase(text: str, start: int, cue_start: int, word: str) -> bool:
    """The cue ``word`` at ``cue_start`` is a past participle after the noun of a phrase
    that opens the sentence at ``start`` (``In a video posted on ...``, ``In a letter sent
    to ...``): no one is its subject.  A name before the cue is one (``In March Okafor
    warned ...``).  A long stretch is no such phrase (read only when short: linear)."""
    lead = text[start:cue_start].split() if cue_start - start < _LEAD_CHARS else []
    if len(lead) < 3 or not word.endswith(("ed", "sent", "written", "given")):
        return False
    if any(w[-1:] in ",;:" for w in lead):
        return False  # "In the statement, the ministry warned": the phrase has ended
    first, last = lead[0].lower(), lead[-1]
    if len(lead) > 4 or any(w.lower() in _ARTICLES for w in lead[2:]):
        return False  # "In the end the ministry warned": a subject after the phrase
    return first in _PHRASE_PREPOSITIONS and lead[1].lower() in _ARTICLES and last.islower()


def more_words(text: str, start: int, end: int, most: int) -> bool:
    """``text[start:end]`` has more than ``most`` words; read only as far as they reach
    (a sentence of thousands of cues stays linear)."""
    reach = min(end, start + 200)
    if len(text[start:reach].split(None, most)) > most:
        return True
    return reach < end and len(text[start:end].split(None, most)) > most


def holds_cue(found: Found, cues: list[regex.Match[str]]) -> bool:
    """A cue of the sentence stands inside ``found``'s content."""
    return any(found.content[0] <= cue.start() < found.content[1] for cue in cues)


def cue_of_its_own(subject: str) -> bool:
    """A cue stands in the words before a trailing cue, not in a relative clause there
    (``, the company said it had added``; not ``, two officials who asked not to be
    identified said``)."""
    return any(
        subject[: m.start()].split()[-1:] not in (["who"], ["that"], ["which"])
        for m in SPEECH_CUE.finditer(subject)
    )
