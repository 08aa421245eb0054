"""Where a reported statement's content starts and ends, and whether words are a clause.

>>> text = "it holds jurisdiction over Hong Kong, antagonizing those two regions"
>>> text[: clause_end(text, 0, len(text))]
'it holds jurisdiction over Hong Kong'
>>> looks_like_clause("the country had evidence", 0, 24), looks_like_clause("the decision", 0, 12)
(True, False)
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.irregular_past import IRREGULAR_PAST
from newsstruct.reported.found import COUNT_WORDS, PRONOUN_SUBJECTS, SUBORDINATORS, skip_space
from newsstruct.reported.main_clause import OPENING_SUBORDINATORS
from newsstruct.reported.verb_words import (
    CONJUNCTIONS,
    FINITE_WORDS,
    NOT_SUBJECT_WORDS,
    adverb,
    complete_verb,
    finite,
    plural_present,
    present_tense,
    regular_past,
    verb_after_relative,
    verb_like,
)
from newsstruct.text.cues import SPEECH_CUE, leading_letters
from newsstruct.text.marks import DOUBLE_CLOSING, DOUBLE_OPENING, STRAIGHT_DOUBLE

__all__ = [
    "CLAUSE_COMMA",
    "CLAUSE_OPENERS",
    "CONJUNCTIONS",
    "SUBJECTS",
    "WORD",
    "clause_end",
    "first_verb",
    "lead_clause_end",
    "listed_subject",
    "looks_like_clause",
    "main_verb_after",
    "opens_with_subject",
    "two_word_clause",
]

#: A comma that closes the content: a trailing cue clause or a participle clause
#: (", the source added", ", according to", ", as CNN reported", ", citing ...").
_CLOSING_COMMA = regex.compile(
    r",(?P<marks>[”\"’'»]*)\s+(?:according\s+to\b|as\s|(?!(?:including|excluding|regarding|concerning)\b)"
    r"\p{Ll}+ing\b|(?:\S+\s+){0,6}?(?:" + SPEECH_CUE.pattern + r")\s*(?:[.!?]|$))",
    regex.IGNORECASE,
)
#: A closing comma or another cue is looked for this far into a content: a sentence of
#: thousands of cues ("Prices rise, he said, " repeated) stays linear.
_CONTENT_REACH = 600
#: A comma or semicolon (not one inside a number: "$1,000").
CLAUSE_COMMA = regex.compile(r"[,;](?!\d)")
#: What a speaker declines to do: "would not say", "did not comment".
_UNSAID = r"(?:say|comment|elaborate|respond|answer|disclose)\b"
#: ``and`` or ``but`` before another cue or a refusal: "claims that ... and promises
#: that ...", "said ..., but warned that ...", "said ... and declined to comment",
#: "explained that ... - but she also insisted that" (he or she, and a "that").
_AND_CUE = regex.compile(
    r"(?:,|\s+[-–—])?\s+(?:and|but)\s+(?:(?:also|then|later|\p{L}+ly)\s+)?(?=(?:"
    + SPEECH_CUE.pattern
    + r")\b(?!\s+of\b)|(?:declined|refused)\b|(?:did|would)\s+not\s+"
    + _UNSAID
    + r"|(?:didn|wouldn)['’]t\s+"
    + _UNSAID
    + r"|(?:he|she)\s+(?:(?:also|then|later|\p{L}+ly)\s+)?(?:"
    + SPEECH_CUE.pattern
    + r")\s+that\b)",
    regex.IGNORECASE,
)
#: The first words of :data:`_AND_CUE`'s refusals ("declined", "did not", "didn't").
_REFUSAL_OPENERS = frozenset({"declined", "refused", "did", "would", "didn", "wouldn"})
#: A present-tense verb may stand this many words after a possessive that opens the
#: subject ("Trump's use of social media gives").
_OWNED_REACH = 5
#: Adverbs that stand right before a finite verb ("still want", "never agreed").
_VERB_ADVERBS = frozenset(
    {"still", "also", "never", "already", "probably", "likely", "often", "always"}
    | {"recently", "really", "actually", "soon", "usually", "rarely", "clearly", "only"}
)
#: The finite verb of a content without "that" comes within this many words.
_SUBJECT_REACH = 14
#: Words before an -ed word that make it an adjective or participle, not a verb.
_BEFORE_PARTICIPLE = frozenset(
    {"the", "a", "an", "for", "and", "or", "of", "with", "by", "to", "in", "on", "at", "be"}
    | {"been", "being", "is", "was", "were", "are", "more", "most", "very", "so", "as"}
)
#: Words before a second verb that join it to the first (an auxiliary, "and" ...).
_JOINING_WORDS = FINITE_WORDS | _BEFORE_PARTICIPLE
#: Words that open a singular noun phrase, the subject of a present-tense verb after it.
_SINGULAR_OPENERS = frozenset({"the", "a", "an", "this", "his", "her", "its", "every", "each"})
#: Words that open a clause of their own after a listener ("told reporters as she left").
CLAUSE_OPENERS = frozenset(
    {"as", "when", "while", "after", "before", "because", "if", "since", "until", "and", "but"}
)
#: A relative clause set off by commas inside a subject ("the ward, which has 24 beds,").
_RELATIVE_ASIDE = regex.compile(r"\s*(?:which|who|whose)\b", regex.I)
#: A share of a plural set off by commas: ", many of them from the hills,", ", one of
#: which was built in 2019,", ", most of whom are women,".
_SHARE_ASIDE = regex.compile(
    r"\s*(?:many|most|some|all|none|one|two|three|several|both|each|half|few|\d+)\s+of\s+"
    r"(?:them|which|whom|those|these)\b",
    regex.I,
)
#: Words that open a relative clause inside a noun phrase.
_RELATIVES = frozenset({"which", "who", "whom", "whose", "that", "where", "when"})
#: Words that open a clause as its subject.
SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "you", "there", "this", "these"})
WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")


def clause_end(text: str, pos: int, end: int) -> int:
    """Where content starting at ``pos`` ends, at most at ``end`` (the sentence end):
    before a closing comma or an ``and`` before another cue; trailing spaces dropped."""
    stop = end
    closing = _CLOSING_COMMA.search(text, pos, min(end, pos + _CONTENT_REACH))
    if closing is not None:  # after the closing mark of a quote that holds the comma
        stop = closing.start() + (1 + len(closing.group("marks")) if closing.group("marks") else 0)
    again = _and_cue(text, pos, min(stop, pos + _CONTENT_REACH))
    if again is not None:
        stop = again.start()
    while stop > pos and text[stop - 1] in " \t,;:":
        stop -= 1
    return stop


def _and_cue(text: str, pos: int, stop: int) -> regex.Match[str] | None:
    """:data:`_AND_CUE` in ``text[pos:stop]``.  Most contents hold neither "and" nor "but"
    (no character but these letters' own capitals folds to them), nor a word after one
    (or after one and an adverb) where a cue or a refusal may open; tests for the words
    answer those far sooner than the pattern, whose cue alternation is long."""
    window = text[pos:stop]
    lowered = window.lower()
    if "and" not in lowered and "but" not in lowered:
        return None
    words = window.split()  # \s+ only, between and/but, the adverb and the cue
    for k, word in enumerate(words):
        if word.lower() in ("and", "but") and any(map(_may_follow_and, words[k + 1 : k + 4])):
            return _AND_CUE.search(text, pos, stop)
    return None


def _may_follow_and(word: str) -> bool:
    """Whether the lookahead of :data:`_AND_CUE` may start at ``word`` (a word of
    ``str.split``): a cue or a refusal may open there."""
    return SPEECH_CUE.may_open(word) or leading_letters(word) in _REFUSAL_OPENERS


def looks_like_clause(text: str, start: int, end: int) -> bool:
    """The words have a short subject and a finite verb, as a content without "that"
    does: a pronoun subject, or an auxiliary, modal or past tense within the first words
    and before any relative word ("a future in which ..." is a noun phrase)."""
    stop = min(end, start + 160)
    comma = CLAUSE_COMMA.search(text, start, stop)  # the verb comes before any comma
    found = list(WORD.finditer(text, start, stop if comma is None else comma.start()))
    closing = None if comma is None else _aside_end(text, comma.end(), stop)
    if closing is not None:  # "the ward, which has 24 beds,"
        after = CLAUSE_COMMA.search(text, closing.end(), stop)
        found += WORD.finditer(text, closing.end(), stop if after is None else after.start())
    words = [w.group().lower().replace("’", "'") for w in found]
    if len(words) == 2 and words[0].endswith("s") and words[0] not in NOT_SUBJECT_WORDS:
        second = words[1]  # "sales fell", "talks failed": a plural noun and a past tense
        if (finite(second) or regular_past(second)) and second != "said":
            return True
    if len(words) < 3:
        return comma is not None and listed_subject(text, start, stop)
    if words[0].split("'")[0] in SUBJECTS:
        return True  # "he", "he's", "they'd"
    # "Obama hopes ...": a name, then a verb; not "Eight years ago", "Several weeks later"
    named = text[start : start + 1].isupper() and words[0] not in COUNT_WORDS
    owned = words[0].endswith("'s")  # "Trump's use of social media gives ..."
    singular = owned or words[0] in _SINGULAR_OPENERS
    # "Trump's use of social media gives", "the timing of the remark makes"
    plural_head = words[1].endswith("s") and not owned  # "the deaths of two hikers"
    reach = _OWNED_REACH if owned or (singular and "of" in words[2:4] and not plural_head) else 3
    for k, word in enumerate(words[1:_SUBJECT_REACH], 1):
        adverb_gap = int(k >= 3 and adverb(words[k - 1]))  # "the prime minister fully backs"
        if word in _RELATIVES:  # "two men who worked at the port had been arrested"
            return word == "who" and verb_after_relative(words, k)
        if finite(word) and found[k].group()[:1].islower():
            return True  # "his band wrote", "the prime minister stood"; not "Maman Rose"
        if words[k - 1] in _VERB_ADVERBS:
            return True  # "parents still want", "he never agreed"
        if k >= 2 and adverb(words[k - 1]) and _plural_noun(words[k - 2]) and _plain(word):
            return True  # "admissions typically rise", "prices generally fall"
        if regular_past(word) and words[k - 1] not in _BEFORE_PARTICIPLE and not _agent(words, k):
            return True  # "operatives used"; not "the need for stabilized"
        if plural_present(words, k) and found[k].group().islower():
            return True  # "cruise passengers spend", "the measures come"
        if (
            present_tense(word)
            and found[k].group().islower()
            and (  # not "The Irish Times"
                (k == 1 and named)
                or (
                    2 <= k - adverb_gap <= reach
                    and singular
                    and _noun_before_verb(words[k - 1 - adverb_gap])
                )
            )
        ):
            return True  # "Obama hopes", "the decision restores", "the new law violates"
    return comma is not None and listed_subject(text, start, stop)


def _agent(words: list[str], k: int) -> bool:
    """``words[k]`` is a participle of a reduced relative: an agent or a use follows it
    (``the drugs banned by the federation``, ``the tools used in the attack``)."""
    after, then = words[k + 1 : k + 2], words[k + 2 : k + 3]
    if after == ["by"]:  # not "expanded by 20 percent"
        return not (then and then[0][:1].isdigit())
    return words[k] == "used" and after in (["in"], ["for"], ["as"])


def two_word_clause(text: str, start: int, end: int) -> bool:
    """The words up to the first comma are a subject pronoun and a verb complete without
    an object (``denied it happened``, ``said he lied``; not ``said it was``).

    >>> two_word_clause("it happened, with", 0, 17), two_word_clause("it was", 0, 6)
    (True, False)
    """
    comma = CLAUSE_COMMA.search(text, start, min(end, start + 40))
    found = WORD.finditer(text, start, min(end, start + 40) if comma is None else comma.start())
    words = [w.group().lower() for w in found]
    return len(words) == 2 and words[0] in PRONOUN_SUBJECTS and complete_verb(words[1])


#: The ``and`` or ``or`` before the last item of a list (``, nurses and teachers``).
_LAST_ITEM = regex.compile(r",?\s+(?:and|or)\s+")
#: The most words an item of a listed subject has (``officers from the Task Force``).
_ITEM_WORDS = 6


def _plural_noun(word: str) -> bool:
    """``word`` may be a plural subject: it ends in -s and is no word that cannot be one."""
    return len(word) > 3 and word.endswith("s") and word not in NOT_SUBJECT_WORDS


def _plain(word: str) -> bool:
    """``word`` may be a plain present verb after a plural subject (``rise``, ``fall``),
    no participle (``largely driven``, ``widely known``, ``mostly built``)."""
    endings = ("s", "ing", "ly", "ed", "en", "wn")
    return word.isalpha() and not word.endswith(endings) and word not in IRREGULAR_PAST


def listed_subject(text: str, start: int, stop: int) -> bool:
    """``officers, nurses and teachers took part``: a subject listing short noun phrases
    with commas, whose last item and verb make a clause after ``and``/``or``."""
    last = _LAST_ITEM.search(text, start, stop)
    if last is None or "," not in text[start : last.start()]:
        return False
    for item in text[start : last.start()].split(","):
        words = [w.group().lower() for w in WORD.finditer(item)]
        if not 1 <= len(words) <= _ITEM_WORDS or any(verb_like(w) for w in words):
            return False
        if words[0] in CONJUNCTIONS:  # "said Ruiz, but her staff and ...": no list item
            return False
    return looks_like_clause(text, last.end(), stop)


#: The most words of a noun phrase set off by commas inside a subject ("Rotterdam,
#: Europe's largest port,").
_ASIDE_WORDS = 5


def _aside_end(text: str, start: int, stop: int) -> regex.Match[str] | None:
    """The comma closing a relative clause (``, which has 24 beds,``), a share of a plural
    (``, many of them from the hills,``), a participle phrase or a short noun phrase with
    no verb (``, Europe's largest port,``) from ``start``."""
    closing = CLAUSE_COMMA.search(text, start, stop)
    if _RELATIVE_ASIDE.match(text, start, stop) or _SHARE_ASIDE.match(text, start, stop):
        return closing
    if closing is None:
        return None
    words = [w.group().lower() for w in WORD.finditer(text, start, closing.start())]
    if 1 < len(words) <= _ASIDE_WORDS + 3 and words[0].endswith("ed"):  # ", estimated at 2,000,"
        return None if any(map(verb_like, words[1:])) else closing
    return closing if 1 <= len(words) <= _ASIDE_WORDS and not any(map(verb_like, words)) else None


def _noun_before_verb(word: str) -> bool:
    """``word`` may end a subject before a present-tense verb: not itself one, nor a
    determiner or an -ing form after which that verb is a plural noun (``the importance
    of the issues``, ``of keeping lines``)."""
    return (
        not present_tense(word)
        and word not in _SINGULAR_OPENERS
        and not word.endswith("ing")
        and not word.isdigit()
        and word not in COUNT_WORDS
    )


def opens_with_subject(text: str, start: int, end: int) -> bool:
    """A clause that opens with its subject (``the office would close``), not a verb
    whose subject stands before it (``... a center that works with``, ``that have
    mourned``): what follows a "that" far from its cue is a statement only then."""
    first = WORD.match(text, start, end)
    if first is None:
        return False
    word = first.group().lower()
    if word in _LEADING_CLAUSES:  # "that given its popularity, he was confident ..."
        comma = text.find(",", first.end(), min(end, start + _LEADING_CHARS))
        return comma > 0 and looks_like_clause(text, skip_space(text, comma + 1, end), end)
    if finite(word) or (first.group().islower() and word.endswith("ed")):
        return False
    return looks_like_clause(text, start, end)


#: Words that open a clause or phrase before a content's subject ("that if the vote
#: fails, the party will ..."), and how long that clause may be.
_LEADING_CLAUSES = (SUBORDINATORS - {"asked", "whether"}) | {"given"}
_LEADING_CHARS = 120


def first_verb(text: str, start: int, end: int, *, first_word: bool = False) -> int | None:
    """Where the first finite verb of ``text[start:end]`` starts, or an adverb right
    before it (``FBI officials | were angered``, ``Her campaign | also announced``): the
    end of the clause's subject; None when no word after the first (or, with
    ``first_word``, no word at all) looks finite.  Verbs inside a relative clause set
    off by commas do not count (``Mayor Jo Bell, whose office was raided, | resigned``).

    >>> text = "Mayor Jo Bell, whose office was raided, resigned"
    >>> text[first_verb(text, 0, len(text)):]
    'resigned'
    """
    previous, previous_start, relative = "", start, False
    for k, found in enumerate(WORD.finditer(text, start, end)):
        word = found.group().lower().replace("’", "'")
        if "," in text[previous_start : found.start()] and k:
            relative = word in _RELATIVES  # ", whose office was raided," is skipped
        past = regular_past(word) and previous not in _BEFORE_PARTICIPLE
        is_finite = (finite(word) or past) and (not k or not found.group()[:1].isupper())
        if (k or first_word) and is_finite and not relative:  # not "Met" of "the Met Office"
            return previous_start if previous in _VERB_ADVERBS else found.start()
        previous, previous_start = word, found.start()
    return None


def main_verb_after(text: str, start: int, end: int) -> int | None:
    """Where the sentence's own verb starts after a that-clause standing as its subject
    (``the barrier would hold | surprised many``): a finite verb after the clause's first
    verb, not joined to it by an auxiliary or a conjunction; else None."""
    seen_verb, previous = False, ""
    for found in WORD.finditer(text, start, end):
        word = found.group().lower().replace("’", "'")
        is_finite = verb_like(word)
        if is_finite and seen_verb and previous not in _JOINING_WORDS:
            return found.start()
        seen_verb = seen_verb or is_finite
        previous = word
    return None


def lead_clause_end(text: str, start: int, cue_start: int, pos: int, stop: int) -> int:
    """``stop``, or the first comma outside quote marks before it when the cue stands in
    a clause that opens the sentence (``As he said the deal was bad, the crowd ...``): the
    main clause after that comma is the narrator's."""
    words = text[start : min(cue_start, start + 40)].lower().split()[:2]  # its first words
    if words and words[0] in CONJUNCTIONS:  # "But as ..."
        words = words[1:]
    if not words or words[0] not in OPENING_SUBORDINATORS or "," in text[start:cue_start]:
        return stop  # "Before the vote, Ama Mensah said ...": that clause closed already
    quoted = False
    for k in range(pos, stop):
        if text[k] == "," and k + 1 < stop and text[k + 1] in DOUBLE_CLOSING + STRAIGHT_DOUBLE:
            return k + 2  # "vowed to “fight on,” the crowd ...": the quote holds the comma
        if text[k] in STRAIGHT_DOUBLE:
            quoted = not quoted
        elif text[k] in DOUBLE_OPENING or text[k] in DOUBLE_CLOSING:
            quoted = text[k] in DOUBLE_OPENING
        elif text[k] == "," and not quoted and not text[k + 1 : k + 2].isdigit():
            return _before_main_cue(text, pos, k, stop)  # not the comma of "12,000"
    return stop


def _before_main_cue(text: str, pos: int, comma: int, stop: int) -> int:
    """``comma``, or when the main clause's own cue ends there (``When X noted that ...
    ― Trump boasted, “...”``) the dash or comma before that clause's subject (``stop``
    when there is none): that cue and its quote are not the content's."""
    cues = list(SPEECH_CUE.finditer(text, max(pos, comma - 30), comma))
    if not cues or cues[-1].end() != comma:
        return comma
    cut = max(text.rfind(mark, pos, cues[-1].start()) for mark in ",―—–")
    while cut > pos and text[cut - 1].isspace():
        cut -= 1
    return cut if cut > pos else stop
