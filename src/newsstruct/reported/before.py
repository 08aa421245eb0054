"""The ``before`` shape of reported speech: the cue first, then the content, with or
without "that" (``Blinken said the country had evidence``, ``told reporters that ...``,
``urged Taiwan to ...``); an indirect question (``explained why ...``) is content too.

>>> from newsstruct.text.cues import SPEECH_CUE
>>> text = "Lee told reporters she would not resign"
>>> found = before_shape(text, 0, len(text), next(SPEECH_CUE.finditer(text)))
>>> text[found.content[0] : found.content[1]]
'she would not resign'
"""

from __future__ import annotations

import itertools

import regex

from newsstruct.reported.clauses import (
    CONJUNCTIONS,
    clause_end,
    first_verb,
    lead_clause_end,
    looks_like_clause,
    two_word_clause,
)
from newsstruct.reported.colons import after_colon, colon_after
from newsstruct.reported.found import (
    NOUN_MARKERS,
    PRONOUN_SUBJECTS,
    SUBORDINATORS,
    TIME_SUBORDINATORS,
    WORDS,
    Found,
    made,
    noun_use,
    participle_in_lead_phrase,
    passive_agent,
    punctuated,
    skip_space,
)
from newsstruct.reported.lexicons.issuing_verbs import ISSUING_VERBS
from newsstruct.reported.lexicons.listener_verbs import LISTENER_VERBS
from newsstruct.reported.lexicons.object_verbs import OBJECT_VERBS
from newsstruct.reported.lexicons.promise_verbs import PROMISE_VERBS
from newsstruct.reported.listeners import demand_clause, has_complement, skip_listener, topic_opens
from newsstruct.reported.questions import QUESTION_WORDS, question_after_object
from newsstruct.reported.relatives import relative_content, relative_end
from newsstruct.reported.that import (
    ASIDE_CHARS,
    ASIDE_OPENERS,
    ASIDE_THEN_THAT,
    ASIDE_WORDS,
    past_that,
)
from newsstruct.text.cues import SPEECH_CUE
from newsstruct.text.marks import OPENING
from newsstruct.text.timewords import WEEKDAYS

__all__ = ["BE_FORMS", "before_shape", "object_then_participle"]

#: Cues that report speech only after a quote or before "that" ("“...,” he continued");
#: before anything else they say that something goes on ("continued its strategy").
_GOING_ON_CUES = frozenset({"continue", "continued", "continues", "continuing"})
#: "ruled" governs, not rules, when its object goes on with one of these within a few
#: words and no "that" (``ruled the region until 1921``, ``ruled him out``).
_GOVERNED = regex.compile(
    r"(?:[\p{L}'’\-]+\s+){1,3}(?:until|for|from|since|with|during|over|out)\b", regex.I
)
#: Cues that name or describe more often than they report ("called him a liar").
_NAMING_CUES = frozenset({"called", "described", "mocked", "praised", "slammed", "sang", "read"})
#: Words that cannot open a reported clause: prepositions, subordinators, days.
_NOT_OPENERS = SUBORDINATORS | frozenset(
    {"at", "in", "on", "to", "for", "with", "by", "from", "of", "about", "during", "into"}
    | {"across", "around", "along", "among", "amid", "throughout", "outside", "near", "against"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"today", "yesterday", "tonight", "later", "earlier", "again", "also", "repeatedly"}
)
#: Conjunctions of a time or manner clause about the speaker: after the cue ("told
#: reporters as she emerged", "said while leaving") no content starts there, unless "that"
#: follows the clause ("said on Monday, as she left the hall, that ..."); a content may
#: open with other subordinate clauses ("said although the vote was close he had won").
_CLAUSE_CONJUNCTIONS = frozenset({"as", "whereas", "while"})
_THAT_AFTER_CLAUSE = regex.compile(r"[^.;:!?\n]{0,80}?,\s+that\s+", regex.IGNORECASE)
#: Phrasal verbs whose first word is a verb of saying: "deficits would add up to ...".
_PHRASAL = regex.compile(r"\s*up\b", regex.IGNORECASE)
_PHRASAL_CUES = frozenset({"add", "added", "adding", "adds"})
#: A number said to be about so much opens a subject ("about 15,000 babies were born").
_APPROXIMATE_NUMBER = regex.compile(
    r"(?:about|around|over|almost|nearly|some|roughly|at\s+least|more\s+than)\s+(?:[$£€]?\d"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds"
    r"|thousands|half)\b)",
    regex.I,
)
#: A time or place phrase before a pronoun subject is at most this many words; a time
#: word right before it opens a clause of its own (``said before he died``).
_LEAD_WORDS = 7
_TIME_ONLY = TIME_SUBORDINATORS - QUESTION_WORDS
_CLAUSE_ALONE = regex.compile(r"\s+\p{Ll}+\s*(?:[.!?;]|$)")  # "... before he | died."
#: A cue right after a quote that closes its clause: ``“Q,” said X`` (the quote's cue).
_AFTER_QUOTE = regex.compile(r"[,?!]\s*[”\"’'»]+\s*$")
#: A time phrase right after a cue, before its content: a weekday (with its part of the
#: day), "last week", "earlier this month", "yesterday"; spaces after it included.
_TIME_PHRASE = regex.compile(
    rf"(?:on\s+)?(?:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?\s+"
    r"|(?:(?:earlier|later|late|early)\s+)?(?:last|this|next)\s+(?:week|month|year|weekend)\s+"
    r"|(?:yesterday|today|tonight)\s+",
    regex.IGNORECASE,
)
#: "to" stands at most this many words after a tell-verb's listener ("warned the
#: city's residents to ...").
_TO_REACH = 5
#: A short listener, then a colon or a comma and a quote mark ("CNN, “").
_LISTENER_THEN_QUOTE = regex.compile(
    "[^,:;.!?\\n]{1,60}?[,:]\\s*[" + regex.escape(OPENING + '"') + "]"
)
#: Characters of an object before a participle cue ("a video on Facebook saying").
_OBJECT_REACH = 60
#: First words of a verb's object before a participle cue ("issued a statement saying").
_OBJECT_OPENERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "two"})
#: Pronouns after "to" that make it a listener, not an infinitive ("promised to them").
_PRONOUN_OBJECTS = frozenset({"him", "her", "them", "us", "me", "you", "it"})
#: What may open the content of "called for", a demand ("called for the US to act", not
#: "called for 20 minutes", "called for help").
_DEMAND_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "all", "more"})
#: Words after "to" that make it a preposition, not an infinitive ("told him to the
#: station").
_NOT_VERBS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that"})
#: Adverbs between a form of "be" and a passive cue (and words ending in -ly).
_PASSIVE_ADVERBS = frozenset({"then", "also", "later", "often", "since", "still", "again", "long"})
#: A negation or refusal right before a cue: what follows was not said.
_NEGATED = regex.compile(
    r"\b(?:not|n['’]t|never|declined\s+to|refused\s+to|wouldn['’]t|won['’]t)\s+"
    r"(?:(?:\p{L}+ly|yet)\s+)?$",
    regex.I,
)
#: A form of "be" right before a cue makes it passive ("was echoed by", "is seen as").
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def before_shape(text: str, start: int, end: int, cue: regex.Match[str]) -> Found | None:
    """``SUBJECT CUE [LISTENER] [that] CONTENT``; an indirect question (``explained why
    ...``) is content too."""
    word = " ".join(cue.group().lower().split())
    pos = skip_space(text, cue.end(), end)
    found = _colon_content(text, start, end, cue, pos)  # "told reporters: the plan ..."
    if found is not None:
        return found
    aside = ASIDE_THEN_THAT.match(text, pos, end)
    if aside is not None:  # "said, however, that ...": past the aside
        pos = aside.end()
    if _quote_cue(text, pos, end, word):
        return None  # "said: “Q”", "said, “Q”", "told CNN: “Q”": a direct quote's cue
    if noun_use(text, start, cue):
        return None  # "the reports", "most states": a noun, not a cue
    if participle_in_lead_phrase(text, start, cue.start(), word):
        return None  # "In a video posted on its channels, ...": no subject, a participle
    found = relative_content(text, start, end, cue, pos)
    if found is not None:  # "the changes, which officials said will start in May, ..."
        return found
    if not text[start : cue.start()].strip() and text[pos].isupper():
        return None  # "Said Dorothy Poynter, who ..., “Q”": the speaker after an opening cue
    inverted = text[pos].isupper() or not word.endswith("ing")  # not "“Q,” adding that"
    if inverted and _AFTER_QUOTE.search(text, max(start, cue.start() - 30), cue.start()):
        return None  # "“Q,” said Rep. Rangel", "said one fund manager": the quote's cue
    if _passive(text, start, cue) and text[pos : pos + 5].lower() != "that ":
        return None  # "were echoed by experts", "is criticized as": no content follows
    if word in _PHRASAL_CUES and _PHRASAL.match(text, cue.end()):
        return None  # "would add up to $1.5 trillion"
    if _not_saying(text, pos, word):
        return None  # "continued its strategy", "ruled the region until 1921": not saying
    if word in OBJECT_VERBS:
        return _object_verb_content(text, start, end, cue, pos)
    if word in PROMISE_VERBS and _to_infinitive(text, pos, end):
        stop = lead_clause_end(text, start, cue.start(), pos, clause_end(text, pos, end))
        return made((pos, stop), cue, "before", (start, cue.start()))
    if _called_for(text, cue, end):  # "called for the US to act": a demand, as "called on"
        pos = skip_space(text, cue.end() + 4, end)
        return made((pos, clause_end(text, pos, end)), cue, "before", (start, cue.start()))
    if word in LISTENER_VERBS and _listener_to(text, pos, end):
        return made((pos, clause_end(text, pos, end)), cue, "before", (start, cue.start()))
    pos = past_that(text, skip_listener(text, _past_aside(text, pos, end), end, word), end)
    pos = _past_lead_phrase(text, _past_time(text, pos, end), end)
    that = text[max(0, pos - 6) : pos].lower().rstrip().endswith("that")
    if that and text[pos : pos + 1] == ",":  # "that, if he won, women ...": past the comma
        pos = skip_space(text, pos + 1, end)
    first = text[pos : pos + 12].split()[:1]
    if not first:
        return None
    question = first[0].lower() in QUESTION_WORDS
    if question and _NEGATED.search(text, max(start, cue.start() - 24), cue.start()):
        return None  # "did not say how long ...", "declined to say whether": left unsaid
    if first[0].lower() in CONJUNCTIONS:
        return None  # "I laughed and said, ...": a second verb, not a content
    stop = lead_clause_end(text, start, cue.start(), pos, clause_end(text, pos, end))
    if not (that or question) and not _zero_that(text, pos, stop, word):
        return None  # "said the decision", "said Friday as he ...": no statement
    stop = relative_end(text, start, cue.start(), pos, stop)  # "The agency, which says X, closed"
    return made((pos, stop), cue, "before", (start, cue.start()))


def _not_saying(text: str, pos: int, word: str) -> bool:
    """The cue ``word`` says that something goes on or that someone governed, with no
    "that" at ``pos`` (``continued its strategy``, ``ruled the region until 1921``)."""
    if text[pos : pos + 5].lower() == "that ":
        return False
    return word in _GOING_ON_CUES or (word == "ruled" and _GOVERNED.match(text, pos) is not None)


def _called_for(text: str, cue: regex.Match[str], end: int) -> bool:
    """``called for``, someone or something, and what they are to do: ``called for the
    strongholds to be hit``; not a bare noun phrase (``called for a ban``), which the
    conventions leave out."""
    if cue.group().lower() != "called" or text[cue.end() : cue.end() + 5].lower() != " for ":
        return False
    pos = skip_space(text, cue.end() + 4, end)
    first = text[pos : pos + 16].split()[:1]
    if not first or not (first[0][:1].isupper() or first[0].lower() in _DEMAND_OPENERS):
        return False  # "called for 20 minutes", "called for help": no demand of anyone
    return _listener_to(text, pos, end)


def _to_infinitive(text: str, pos: int, end: int) -> bool:
    """``to`` and a verb open the words at ``pos`` (``vowed to fight on``), not ``to``
    and a listener (``promised to voters that ...``)."""
    words = list(itertools.islice(WORDS.finditer(text, pos, min(end, pos + 40)), 2))
    if len(words) < 2 or words[0].group().lower() != "to" or words[0].start() != pos:
        return False
    verb = words[1].group()
    if " that " in text[pos : min(end, pos + 60)]:
        return False  # "promised to voters that ...": a listener, then the content
    return verb.islower() and verb not in NOUN_MARKERS | _NOT_VERBS | _PRONOUN_OBJECTS


def _listener_to(text: str, pos: int, end: int) -> bool:
    """A listener, then what they are told to do (``warned staff to avoid travel``,
    ``told them to leave``): "to" and a verb within a few words, no punctuation between."""
    words = list(itertools.islice(WORDS.finditer(text, pos, min(end, pos + 60)), _TO_REACH + 1))
    if not words or words[0].group().lower() in _NOT_OPENERS | {"that", "to"}:
        return False
    for k in range(1, len(words) - 1):
        if punctuated(text, words[k - 1].end(), words[k].start()):
            return False
        if words[k].group().lower() in CONJUNCTIONS:
            return False  # "promised a veto and attempted to ...": a second verb
        if words[k].group().lower() == "to":
            verb = words[k + 1].group()
            later = text.find(" that ", words[k].end(), end)  # "told parliament to cheers ... that"
            return verb.islower() and verb not in NOUN_MARKERS | _NOT_VERBS and later < 0
    return False


def _past_aside(text: str, pos: int, end: int) -> int:
    """Past a short phrase set off by a comma after the cue (``wrote on Twitter, ...``,
    ``said in a statement, ...``), else ``pos``."""
    stop = min(end, pos + ASIDE_CHARS)
    comma = text.find(",", pos, stop)
    while comma >= 0 and text[comma + 1 : comma + 2].isdigit():
        comma = text.find(",", comma + 1, stop)  # not the comma of "$310,000"
    if comma < 0:
        return pos
    words = text[pos:comma].split()
    if any(word.lower() == "that" for word in words):
        return pos  # "said in an interview that trials, with ...": "that" opens the content
    if 0 < len(words) <= ASIDE_WORDS and words[0].lower() in ASIDE_OPENERS:
        return skip_space(text, comma + 1, end)
    return pos


def _past_time(text: str, pos: int, end: int) -> int:
    """Past a time phrase that opens a content without "that" (``said Tuesday the fund
    had ...``, ``said last week it would ...``), else ``pos``."""
    found = _TIME_PHRASE.match(text, pos, end)
    return pos if found is None else found.end()


def _past_lead_phrase(text: str, pos: int, end: int) -> int:
    """Past a time or place phrase before a pronoun subject (``said after the convention
    he would ...``), else ``pos``."""
    words = list(itertools.islice(WORDS.finditer(text, pos, min(end, pos + 80)), _LEAD_WORDS))
    first = words[0].group().lower() if words else ""
    if first not in _NOT_OPENERS or first == "whether":
        return pos  # "would not say whether it ...": a question, no lead phrase
    if first in _CLAUSE_CONJUNCTIONS:
        after = _THAT_AFTER_CLAUSE.match(text, pos, end)
        return pos if after is None else after.end()  # "as she left, that ...": past "that"
    for k, word in enumerate(words[1:], 1):
        if punctuated(text, pos, word.start()):
            return pos
        if word.group().lower() in SUBORDINATORS:
            return pos  # "said Friday as he entered the talks": a time clause, no content
        if word.group().lower() in PRONOUN_SUBJECTS:  # not "said before he died.": its clause
            bare = k == 1 and first in _TIME_ONLY and _CLAUSE_ALONE.match(text, word.end(), end)
            return pos if bare else word.start()
    return pos


def _zero_that(text: str, pos: int, stop: int, cue: str) -> bool:
    """A content without "that": a clause that opens with its subject, not a noun
    object ("called a rival “disgusting”"), a preposition or a subordinate clause."""
    first = text[pos : pos + 16].split()[:1]
    if cue in _NAMING_CUES or not first:
        return False
    if first[0].lower() in _NOT_OPENERS and not _APPROXIMATE_NUMBER.match(text, pos):
        return False
    if cue in ISSUING_VERBS and object_then_participle(text, pos, stop) is not None:
        return False  # "posted a video on Facebook saying ...": the object, no content
    return looks_like_clause(text, pos, stop) or two_word_clause(text, pos, stop)


def object_then_participle(text: str, pos: int, stop: int) -> regex.Match[str] | None:
    """``a video on Facebook saying he ...``, ``the report saying``: a verb's object of a
    few words at ``pos``, then a participle cue before any verb of its own: that cue,
    else None.  Who says it depends on the verb (see :mod:`newsstruct.speakers.reported`).
    """
    first = text[pos : pos + 8].split()[:1]
    if not first or first[0].lower() not in _OBJECT_OPENERS:
        return None  # "people saying the vote was rigged were wrong": a subject
    said = SPEECH_CUE.search(text, pos, min(stop, pos + _OBJECT_REACH))
    if said is None or not said.group().split()[0].lower().endswith("ing"):
        return None
    return said if first_verb(text, pos, said.start(), first_word=True) is None else None


def _passive(text: str, start: int, cue: regex.Match[str]) -> bool:
    """The cue is passive: its agent follows it (:func:`passive_agent`), or a form of "be"
    is the word right before it, or before an adverb before it (not "been warning")."""
    if passive_agent(text, cue):
        return True
    if cue.group().lower().endswith("ing"):
        return False
    cue_start = cue.start()
    before = [w.lower() for w in text[max(start, cue_start - 30) : cue_start].split()[-2:]]
    if len(before) == 2 and (before[1] in _PASSIVE_ADVERBS or before[1].endswith("ly")):
        before = before[:1]  # "is then denounced by", "was widely criticized as"
    return bool(before) and before[-1] in BE_FORMS


def _colon_content(
    text: str, start: int, end: int, cue: regex.Match[str], pos: int
) -> Found | None:
    """The unquoted clause after the cue's colon (:mod:`newsstruct.reported.colons`), when
    a subject stands before the cue (not "Read more:", "Warning:") and the cue is no
    participle or noun."""
    colon = colon_after(text, pos, end)
    subject = text[start : cue.start()].strip(" \t\"“‘'")
    if colon is None or not subject or cue.group().lower().endswith("ing"):
        return None
    return None if noun_use(text, start, cue) else after_colon(text, start, end, cue, colon)


def _quote_cue(text: str, pos: int, end: int, cue: str) -> bool:
    """The cue ends at ``pos`` before a mark that opens a direct quote, or before its
    listener and such a mark (``told CNN, “Q”``)."""
    if pos >= end or text[pos] in ":,;-–—" or (text[pos] in OPENING and text[pos] != "'"):
        return True
    return _quote_after_listener(text, pos, end, cue)


def _quote_after_listener(text: str, pos: int, end: int, cue: str) -> bool:
    """A tell-verb's listener, then a colon or a comma that opens a quote: ``told CNN:
    “Q”``, ``told the BBC, “Q”`` (a direct quote's cue)."""
    if cue not in LISTENER_VERBS:
        return False
    mark = _LISTENER_THEN_QUOTE.match(text, pos, min(end, pos + ASIDE_CHARS))
    return mark is not None and first_verb(text, pos, mark.end(), first_word=True) is None


def _object_verb_content(
    text: str, start: int, end: int, cue: regex.Match[str], pos: int
) -> Found | None:
    """The content of an object verb (``urged Taiwan to ...``, ``asked Trump how high
    ...``, ``accused the US of ...``), from ``pos`` after the cue."""
    word = " ".join(cue.group().lower().split())
    if text[pos : pos + 10].lower() == "not to be ":
        return None  # "who asked not to be named": a source's condition, no statement
    if text[pos : pos + 6].lower() == "about " and topic_opens(text, pos, end):
        return None  # "warned about the health effects of ...": a topic, no statement
    if text[pos : pos + 4].lower() == "for ":
        pos = skip_space(text, pos + 4, end)  # "asked for the hearing to be delayed"
        if not _listener_to(text, pos, end):
            return None  # "asked for a sentence of 18 months": a bare noun phrase
    demand = demand_clause(text, pos, end)  # "asked that residents stay indoors"
    pos = skip_space(text, pos + 5, end) if demand else pos
    content = (pos, clause_end(text, pos, end))
    joined = text.find(" and that ", pos, content[1])  # "asked X for Y and that ...": the
    content = content if joined < 0 else (pos, joined)  # second clause is the outer cue's
    question = question_after_object(text, pos, content[1])
    if question is not None:  # "asked Trump how high the wall would be"
        stop = content[1]
        lead = text[start : cue.start()].strip().lower()
        if lead in SUBORDINATORS or not lead:  # "When asked which ..., only 23 percent ..."
            comma = text.find(",", question, stop)
            stop = comma if comma > 0 else stop
        return made((question, stop), cue, "before", (start, cue.start()))
    if word.startswith("ask") and not text[start : cue.start()].strip(" \t\"“‘'"):
        return None  # "Asked about rumours, Mr Goh declined ...": a lead-in, no statement
    if not (demand or has_complement(text, *content)):
        return None  # "condemned the attack": a bare noun phrase is no statement
    return made(content, cue, "before", (start, cue.start()))
