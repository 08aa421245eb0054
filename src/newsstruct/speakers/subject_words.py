"""Word tests on the words around a cue that the resolver reads: a noun after an
article, the linking words that open a clause, an opening phrase of time or place, the
end of a capitalised name, the subject that ends a long stretch of words, a body's name
in an appositive, and a role or group that speaks for the person named after it.

>>> words = list(regex.finditer("[a-z]+", "but some say"))
>>> [w.group() for w in without_linking_words(words)]
['some', 'say']
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.post_nominals import POST_NOMINALS
from newsstruct.people.lexicons.family_nouns import FAMILY_NOUNS
from newsstruct.people.lexicons.honorifics import HONORIFICS
from newsstruct.reported.found import PRONOUN_SUBJECTS, SUBORDINATORS
from newsstruct.reported.verb_words import adverb, present_tense, verb_like
from newsstruct.speakers.heads import BODY_HEADS, HEADS, group_word
from newsstruct.speakers.patterns import (
    SPEAKER_QUOTED_BY,
    SPEAKER_SUBJECT_BREAK,
    SPEAKER_TRAILING_PARENTHESIS,
    SPEAKER_TRAILING_TIME,
    SPEAKER_TRAILING_WORD,
)
from newsstruct.speakers.voices import VOICES  # roles that speak as whom they speak for
from newsstruct.text.marks import DASHES

__all__ = [
    "LEAD_WORDS",
    "LONG_SUBJECT_WORDS",
    "PLACE_PREPOSITIONS",
    "after_article",
    "auxiliaries_start",
    "body_name",
    "dashed_aside_start",
    "last_break_end",
    "last_subject",
    "linking_aside",
    "name_end",
    "one_descriptor",
    "past_adverbial",
    "past_subordinator",
    "place_after_a_name",
    "possessive_at",
    "predicate_at",
    "spoken_for",
    "trimmed_end",
    "without_linking_words",
]

#: Words that lead into a phrase naming a speaker and are no part of it: determiners,
#: and the prepositions and conjunctions that join the phrase to what stands before
#: ("the", "a", "of", "while", "some", "two": "a friend", "of the Met Office").
LEAD_WORDS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "another", "one", "of", "with", "by"}
    | {"from", "for", "as", "while", "but", "and", "when", "after", "some", "two", "three"}
)


def after_article(text: str, begin: int, pos: int) -> bool:
    """The word before ``pos`` is an article or possessive: the word at ``pos`` is a noun
    (``the family``, ``an ally``), not an adverb (``has repeatedly``)."""
    before = text[max(begin, pos - 8) : pos].split()[-1:]
    return bool(before) and before[0].lower() in ("the", "a", "an", "his", "her", "their", "its")


#: Words that link a clause to the one before, not part of its subject ("but some say").
_LINKING_WORDS = frozenset(
    {"and", "but", "or", "so", "yet", "while", "whereas", "when", "as", "because", "though"}
    | {"although", "if", "since", "still", "however", "meanwhile", "also"}
)


#: Prepositions that open a phrase of place or time, never a speaker's name.
PLACE_PREPOSITIONS = frozenset(
    {"at", "in", "on", "inside", "outside", "near", "across", "during", "since", "until"}
    | {"among", "between", "through", "throughout", "under", "over", "behind", "beyond"}
)
#: Words that open a phrase of time or place before a clause's subject (``Last year``,
#: ``After the vote``): the prepositions, and time words that need none.
_ADVERBIAL_OPENERS = PLACE_PREPOSITIONS | {"after", "before", "last", "this", "earlier"} | {
    "later", "meanwhile", "today", "yesterday"}  # fmt: skip
#: Words that start a subject after such a phrase: a pronoun (PRONOUN_SUBJECTS) or these.
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my"})
#: The most words of an opening phrase of place or time before a subject.
_ADVERBIAL_WORDS = 5


def past_adverbial(words: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """``words`` past an opening phrase of place or time with no comma: the subject
    starts at a pronoun, else at a determiner that does not follow a preposition
    or another determiner (``In later life | she``, ``At the meeting | the mayor``,
    ``Last year | the union``); ``words`` themselves when they open otherwise."""
    lows = [w.group().lower() for w in words[: _ADVERBIAL_WORDS + 1]]
    if len(words) < 2 or lows[0] not in _ADVERBIAL_OPENERS:
        return words
    pronoun = next((k for k, w in enumerate(lows[1:], 1) if w in PRONOUN_SUBJECTS), None)
    if pronoun is not None:
        return words[pronoun:]
    for k in range(1, len(lows)):
        if lows[k] in _DETERMINERS and lows[k - 1] not in _INSIDE_A_PHRASE:
            return words[k:] if k + 1 < len(words) else words
    return words


#: Words after which a determiner is inside the opening phrase, not the subject's
#: (``At a meeting of | the board``, ``In a letter to | her``).
_INSIDE_A_PHRASE = (
    PLACE_PREPOSITIONS
    | _DETERMINERS
    | {"after", "before", "of", "to", "with", "for", "from", "by", "about", "into"}
)


#: Conjunctions that open a clause of their own before a cue (``Shares fell after | the
#: company said``); not those that are prepositions too often ("before the Olympics",
#: "since 2010", "despite the rain") or ask ("if", "whether", "asked").
_SUBORDINATORS = SUBORDINATORS - {"before", "since", "despite", "as", "if", "whether", "asked"}


def past_subordinator(words: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """The words after the last conjunction inside ``words`` that opens a clause, when a
    determiner, a pronoun or a capitalised word starts them and a name, a pronoun, a role
    or a body ends them (not ``Residents interviewed after | the vote``); else ``words``."""
    lows = [w.group().lower() for w in words]
    for k in range(len(words) - 2, 0, -1):
        if lows[k] in _SUBORDINATORS:
            first = words[k + 1].group()
            opens = lows[k + 1] in _DETERMINERS or lows[k + 1] in PRONOUN_SUBJECTS
            opens = opens or first[:1].isupper()
            tail = lows[k + 1 :]  # a role, a body or a pronoun: not "after the vote"
            ends = tail[-1] in HEADS | PRONOUN_SUBJECTS or bool(BODY_HEADS.intersection(tail))
            related = bool({"who", "that", "which"}.intersection(lows[:k]))  # "Those who left"
            return words[k + 1 :] if opens and ends and not related else words
    return words


def without_linking_words(words: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """``words`` without the linking words that open them."""
    skip = 0
    while skip < len(words) and words[skip].group().lower() in _LINKING_WORDS:
        skip += 1
    return words[skip:]


def name_end(words: list[regex.Match[str]]) -> int:
    """How many of ``words`` make a capitalised name, ``of``/``for`` and capitalised words
    inside it (``Communications Workers of America``)."""
    k = 0
    while k < len(words):
        if words[k].group().islower():
            joined = words[k].group() in ("of", "for") and k + 1 < len(words)
            if not (joined and k and words[k + 1].group()[:1].isupper()):
                return k
        k += 1
    return k


#: Words that make what stands before an "and" a clause of its own.
_FINITE_WORDS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})

#: A subject that names no one may be this long (``The state officials whose laws have
#: been invalidated say``).
LONG_SUBJECT_WORDS = 14


def last_subject(words: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """A long subject's words: those after the last "and" or "but" that follows a verb
    (``Although the agency declined to comment and Senate aides later said``), when at
    most :data:`LONG_SUBJECT_WORDS` remain; else none."""
    lows = [w.group().lower() for w in words]
    verb = next((k for k, w in enumerate(lows) if w.endswith("ed") or w in _FINITE_WORDS), None)
    if verb is not None:
        joint = next((k for k in range(len(lows) - 1, verb, -1) if lows[k] in ("and", "but")), 0)
        words = words[joint + 1 :] if joint else words
    return words if len(words) <= LONG_SUBJECT_WORDS else []


#: Linking phrases set off by commas between a subject and its verb ("officials,
#: however, said", "Bell, for her part, said").
_LINKING_ASIDES = frozenset(
    {"however", "though", "meanwhile", "too", "also", "instead", "moreover", "nonetheless"}
    | {"for one", "of course", "likewise", "similarly", "in addition", "in contrast"}
    | {"in turn", "in fact", "for example", "for instance", "in response", "by contrast"}
    | {"for his part", "for her part", "for their part", "for its part", "in particular"}
)


def last_break_end(text: str, floor: int, end: int) -> int:
    """Where the last break before a subject ends in ``text[floor:end]`` (a comma, a
    colon, a dash, "that"), else ``floor``; a "that" whose verb follows at once opens a
    relative clause inside an appositive, no subject (``Tereza, the French group that
    runs both mills, said``)."""
    breaks = list(SPEAKER_SUBJECT_BREAK.finditer(text, floor, end))
    while breaks and breaks[-1].group() == "that":
        after = text[breaks[-1].end() : breaks[-1].end() + 20].split()[:1]
        if not after or not (verb_like(after[0].lower()) or present_tense(after[0].lower())):
            break
        breaks.pop()
    return breaks[-1].end() if breaks else floor


def dashed_aside_start(text: str, floor: int, end: int) -> int | None:
    """Where an aside set off by two dashes starts when ``text[:end]`` ends with its
    closing dash (``Jo Bell — a teacher from Leeds —``); None when it does not, or the
    opening dash is not after ``floor``, or quote marks stand between."""
    stop = end
    while stop > floor and text[stop - 1].isspace():
        stop -= 1
    closing = next((d for d in DASHES if text.endswith(d, floor, stop)), None)
    if stop <= floor or closing is None:
        return None
    opening = max(text.rfind(dash, floor, stop - len(closing)) for dash in DASHES)
    if opening <= floor or any(mark in text[opening:stop] for mark in '“”"'):
        return None
    return opening


def linking_aside(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a linking phrase set off by commas (``however``)."""
    return " ".join(text[start:end].lower().split()) in _LINKING_ASIDES


#: One capitalised word (a place's name) and nothing else.
_ONE_NAME_WORD = regex.compile(r"\s*\p{Lu}[\p{L}\-]+\s*")
#: The end of a capitalised word, right before a comma (searched from the end).
_CAPITALISED_BEFORE = regex.compile(r"(?r)\p{Lu}[\p{L}.\-]*\Z")
#: The last clause break before a place (searched from the end).
_CLAUSE_BREAK = regex.compile(r"(?r)[,;:.!?\n]")


def place_after_a_name(text: str, floor: int, begin: int, end: int) -> tuple[int, int] | None:
    """The subject before a place: ``text[begin:end]`` is one capitalised word set off by
    a comma after a capitalised name (``of the University of Nigeria, Nsukka, said``), so
    the subject is the clause before that comma (its start and the comma); else None.

    >>> text = "Ada Obi of the University of Nigeria, Nsukka, said"
    >>> begin = text.index("Nsukka")
    >>> place_after_a_name(text, 0, begin, begin + 6)
    (0, 36)
    """
    if text[end : end + 1] != ",":
        return None  # "In Lagos, Okafor said": a subject after an opening phrase
    comma = begin - 1
    while comma > floor and text[comma] == " ":
        comma -= 1
    if comma <= floor or text[comma] != "," or not _ONE_NAME_WORD.fullmatch(text, begin, end):
        return None
    if _CAPITALISED_BEFORE.search(text, max(floor, comma - 40), comma) is None:
        return None
    brk = _CLAUSE_BREAK.search(text, floor, comma)
    start = floor if brk is None else brk.end()
    return (start, comma) if len(text[start:comma].split()) >= 3 else None  # not "Friday, Texas,"


def possessive_at(words: list[regex.Match[str]]) -> bool:
    """The words name a person's relation (``Marta Kovac's partner``), not the person."""
    return any(
        w.group().endswith(("'s", "’s")) and k + 1 < len(words) and words[k + 1].group().islower()
        for k, w in enumerate(words)
    )


#: Words between a subject and its cue that are not part of it ("Doe has also said").
_SKIPPABLE = frozenset(
    {"also", "later", "late", "then", "has", "have", "had", "previously", "once", "again"}
    | {"recently", "would", "will", "just", "further", "first", "never", "often", "is", "was"}
    | {"earlier", "initially", "subsequently", "separately", "reportedly", "and"}
    | {"quoted", "as", "but", "were", "are", "been", "be"}
)

#: Adverbs that may stand before a cue only in lower case ("has long argued", not the
#: surname of "Russell Long said").
_LOWER_SKIPPABLE = frozenset({"long", "still", "already", "always", "now", "even", "ever"})


def trimmed_end(text: str, begin: int, end: int) -> int:
    """The end of a subject before its cue, past what may stand between them: a
    parenthesis (``Jane Doe (D-Ohio)``), a time (``Hillary Clinton on Tuesday``) and up
    to three auxiliaries or adverbs (``Doe has also``)."""
    paren = SPEAKER_TRAILING_PARENTHESIS.search(text, begin, end)
    if paren is not None:
        end = paren.start()
    while end > begin and text[end - 1] in ", ":
        end -= 1
    time = SPEAKER_TRAILING_TIME.search(text, begin, end)
    after_aside = text[:begin].rstrip().endswith(",")  # "Ruiz, who ..., on Friday said"
    if time is not None and (time.start() > begin or after_aside):
        end = time.start()
    quoted = SPEAKER_QUOTED_BY.search(text, begin, end)  # "was | quoted by Kazinform as"
    if quoted is not None and quoted.start() > begin:
        end = quoted.start()
    return _past_post_nominals(text, begin, auxiliaries_start(text, begin, end))


def _past_post_nominals(text: str, begin: int, end: int) -> int:
    """Where the letters of honours after a name start (``Daniel Kirkwood | SC``, ``Ann
    Lee | MP``), spaces before them excluded; else ``end``."""
    for _ in range(3):
        word = SPEAKER_TRAILING_WORD.search(text, begin, end)
        letters = "" if word is None else word.group(1)
        if not (letters.isupper() or letters == "PhD") or letters.lower() not in POST_NOMINALS:
            break
        end = word.start(1) if word is not None else end
        while end > begin and text[end - 1] in ", ":
            end -= 1
    return end


def auxiliaries_start(text: str, begin: int, end: int) -> int:
    """Where up to three auxiliaries or adverbs that end ``text[begin:end]`` start
    (``Doe | has also``), spaces before them excluded; ``end`` when there are none."""
    for _ in range(3):
        word = SPEAKER_TRAILING_WORD.search(text, begin, end)
        if word is None or (
            word.group(1).lower() not in _SKIPPABLE
            and word.group(1) not in _LOWER_SKIPPABLE
            and not (adverb(word.group(1)) and not after_article(text, begin, word.start(1)))
        ):
            break
        end = word.start(1)
        while end > begin and text[end - 1].isspace():
            end -= 1
    return end


#: A role, kin or group noun and "for"/"of" right before a name (``(?r)``: from the name back).
_FOR_SOMEONE = regex.compile(r"(?r)\b(\p{L}+)\s+(?:for|of)\s+((?:[\p{L}.]+\s+){0,2})\Z")
#: Words that may stand between "for"/"of" and the name: titles ("A lawyer for Mayor Ines
#: Varga", "the wife of former minister Ines Varga").
_TITLE_BETWEEN = HEADS | HONORIFICS | {"former", "late", "then"}


def spoken_for(text: str, begin: int, name_start: int) -> bool:
    """``A lawyer for Ines Varga said``, ``Relatives of Ines Varga said``: a role, kin or
    group noun and "for"/"of" stand before the name that ends the subject; they speak,
    not the person named.

    >>> spoken_for("The wife of Tomas Varga", 0, 12), spoken_for("Mayor Tomas Varga", 0, 6)
    (True, False)
    """
    found = _FOR_SOMEONE.search(text, max(begin, name_start - 60), name_start)
    if found is None or any(w.lower() not in _TITLE_BETWEEN for w in found[2].split()):
        return False  # not "Secretary of State Ines Varga": the title's own words
    word = found.group(1).lower()
    if word in VOICES:
        return False  # "A spokeswoman for Hillary Clinton says": her voice, as for a body
    return word in HEADS or word in FAMILY_NOUNS or group_word(word)


#: ``the Harbour Workers Federation``: "the" and capitalised words, the whole appositive.
_THE_CAPITALISED = regex.compile(
    r"the\s+(?:\p{Lu}[\p{L}’'\-]*\s+){0,5}(\p{Lu}[\p{L}\-]*)(?:\s+(\p{Ll}+))?\s*"
)


def body_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` names a body: "the", capitalised words and a body's head word
    (``A coalition of dock unions, the Harbour Workers Federation, said``)."""
    found = _THE_CAPITALISED.fullmatch(text, start, end)  # "the Green Alternative association"
    return found is not None and (found.group(2) or found.group(1)).lower() in ORGANIZATION_WORDS


#: Determiners that open a verb's object ("runs the farm").
_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})


def predicate_at(text: str, start: int) -> bool:
    """``text[start:]`` opens with a verb and its object (``runs the farm``, ``filed the
    suit``), as the words after a name's comma inside a relative clause do; an
    appositive does not (``owners of the shop``).

    >>> predicate_at("runs the farm", 0), predicate_at("owners of the shop", 0)
    (True, False)
    """
    two = text[start : start + 32].split()[:2]
    if len(two) < 2 or two[1].lower() not in _OBJECT_DETERMINERS:
        return False
    return verb_like(two[0].lower()) or present_tense(two[0])


#: Words that make the phrase before "who" more than one descriptor of one person.
_NOT_ONE_PERSON = frozenset({"whose", "many", "most", "some", "all", "both"})


def one_descriptor(words: list[regex.Match[str]]) -> bool:
    """``a consultant and a party donor who``, ``a graduate of Harvard Law School who``:
    an article, then a descriptor of one person (not ``many of them farmers who``, ``and
    a farmer who``, ``a rival of the farmers who``: a plural right before "who")."""
    lows = [w.group().lower() for w in words[:-1]]
    if not lows or lows[0] not in ("a", "an", "the") or _NOT_ONE_PERSON & set(lows[1:-1]):
        return False
    head = words[-2].group()
    return not (head.islower() and head.endswith("s") and not head.endswith("ss"))
