"""The head words of a speaker's noun phrase: titles, bodies, documents and record
words, and where a phrase's head ends it (``a U.S. intelligence assessment
declassified in December`` -> ``a U.S. intelligence assessment``).

>>> import regex
>>> words = list(regex.finditer(r"\\S+", "a spokeswoman for the city hospital said"))
>>> " ".join(w.group() for w in up_to_head(words[:6]))
'a spokeswoman for the city hospital'
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.documents import DOCUMENT_WORDS
from newsstruct.lexicons.not_names import NOT_NAME_WORDS
from newsstruct.lexicons.official_titles import OFFICIAL_TITLE_HEADS
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.private_titles import PRIVATE_TITLE_HEADS
from newsstruct.lexicons.record_words import RECORD_WORDS
from newsstruct.lexicons.speaker_groups import GROUP_SPEAKER_WORDS
from newsstruct.lexicons.thing_plurals import THING_PLURALS

__all__ = [
    "BODY_HEADS",
    "HEADS",
    "NOUN_PHRASE_ENDS",
    "ROLE_JOINS",
    "agent_plural",
    "body_word",
    "capitalised_run_end",
    "document",
    "group_word",
    "group_words",
    "is_head",
    "phrase_head",
    "record",
    "up_to_head",
]

#: Title head words: a person's role (``minister``, ``spokesman``, ``analyst``).
HEADS = OFFICIAL_TITLE_HEADS | PRIVATE_TITLE_HEADS
#: Head words of a body, a group or a document that can speak.
BODY_HEADS = DOCUMENT_WORDS | GROUP_SPEAKER_WORDS | ORGANIZATION_WORDS
#: Words between a role and the body it speaks for ("a spokeswoman for the hospital").
ROLE_JOINS = ("for", "at", "of", "with", "from")
#: Words that end a noun phrase: prepositions, conjunctions and relative words.
NOUN_PHRASE_ENDS = frozenset(
    {"of", "for", "by", "from", "in", "on", "at", "with", "to", "and", "or", "that", "who"}
    | {"which", "whose", "about", "as", "than"}
)


#: Endings of plural nouns for people by what they do ("growers", "physicians").
_AGENT_ENDINGS = ("ers", "ors", "ists", "ians", "men")


def agent_plural(word: str) -> bool:
    """A lower-case plural noun for people by what they do, which no word list holds
    (``growers``, ``shop owners``, ``fishermen``): a group that can speak.

    >>> agent_plural("growers"), agent_plural("numbers"), agent_plural("owner")
    (True, False, False)
    """
    return (
        len(word) > 5
        and word.endswith(_AGENT_ENDINGS)
        and word not in THING_PLURALS
        and word not in NOT_NAME_WORDS  # "others say": no one named
    )


def up_to_head(words: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """``a U.S. intelligence assessment declassified in December`` -> up to ``assessment``;
    the head is the last head word of the compound (``a senior law enforcement
    official``, ``the Pew Research Center``, ``press reports``), before any preposition
    or relative word, then ``of``/``for`` and a name (``the Department of Justice``)."""
    head = None
    for k, w in enumerate(words):
        low = w.group().lower()
        if low in NOUN_PHRASE_ENDS or (head is not None and low.endswith("ed")):
            break  # "a memo released Friday by ...", "the book and the movie"
        if is_head(low):
            head = k
    if head is None:
        return words
    rest = head
    joins = ("of", "for", "from", "by") if document(words[head].group().lower()) else ("of", "for")
    while rest + 2 < len(words) and words[rest + 1].group().lower() in joins:
        name = rest + 3 if words[rest + 2].group() == "the" and rest + 3 < len(words) else rest + 2
        if not words[name].group()[:1].isupper():
            break
        rest = capitalised_run_end(words, name)  # "a statement from the Harbor Authority"
    if rest == head and words[head].group().lower() in HEADS:
        rest = _role_body_end(words, head)  # "a spokeswoman for the hospital"
    return words[: rest + 1]


def _role_body_end(words: list[regex.Match[str]], head: int) -> int:
    """The last word of the body after a role (``a spokeswoman for the city hospital``:
    ``hospital``), else ``head``."""
    if head + 2 >= len(words) or words[head + 1].group().lower() not in ROLE_JOINS:
        return head
    for k in range(head + 2, min(len(words), head + 6)):
        if words[k].group().lower() in BODY_HEADS:
            return k
    return head


def capitalised_run_end(words: list[regex.Match[str]], k: int) -> int:
    """The index of the last word of the run of capitalised words after ``words[k]``
    (``k`` itself when the next word is not capitalised)."""
    while k + 1 < len(words) and words[k + 1].group()[:1].isupper():
        k += 1
    return k


def is_head(low: str) -> bool:
    """A word that can head a speaker's noun phrase: a title, a body, a document (also
    in the plural: "press reports", "FEC filings")."""
    return low in BODY_HEADS or low in HEADS or document(low)


def body_word(words: list[regex.Match[str]], k: int) -> bool:
    """``words[k]`` heads a body's name; a plural only when capitalised and followed by
    ``for``/``of`` and a name (``the Centers for Disease Control``; not ``Banks in``)."""
    word = words[k].group()
    low = word.lower()
    if low in BODY_HEADS:
        return True
    if not (word[:1].isupper() and low.endswith("s") and low[:-1] in ORGANIZATION_WORDS):
        return False
    named = words[k + 2 : k + 3]
    return (
        k + 1 < len(words)
        and words[k + 1].group() in ("for", "of")
        and bool(named)
        and (named[0].group()[:1].isupper())
    )


def document(low: str) -> bool:
    """A document word, also in the plural (``filings``, ``reports``, ``tallies``)."""
    if low in DOCUMENT_WORDS or (low.endswith("s") and low[:-1] in DOCUMENT_WORDS):
        return True
    if record(low):
        return True  # "according to FEC records": a head, never a body on its own
    return low.endswith("ies") and low[:-3] + "y" in DOCUMENT_WORDS  # "summaries"


def record(low: str) -> bool:
    """A record word of data journalism, also in the plural (``records``, ``tallies``)."""
    if low in RECORD_WORDS or (low.endswith("s") and low[:-1] in RECORD_WORDS):
        return True
    return low.endswith("ies") and low[:-3] + "y" in RECORD_WORDS


def group_words(
    words: list[regex.Match[str]], lows: list[str], last: str
) -> tuple[int, int] | None:
    """Where the words naming a body or a group are: all of them when the head is a
    title, body or group word (``a State Department official``, ``shop owners``), or
    up to a group before "in" (``Fishermen in the port city of Mombasa``)."""
    if last in HEADS:
        return words[0].start(), words[-1].end()
    if any(w in _CLAUSE_WORDS for w in lows):
        return None  # not "comes after health officials", "what the senators"
    if group_word(last):
        return words[0].start(), words[-1].end()
    inside = lows.index("in", 1) if "in" in lows[1:] else 0
    if inside and group_word(lows[inside - 1]):
        return words[0].start(), words[inside - 1].end()
    return None


#: Words that put a group noun inside a clause, not at the head of a subject.
_CLAUSE_WORDS = frozenset(
    {"after", "before", "when", "what", "yet", "but", "while", "if", "that", "which", "who"}
    | {"whose", "than"}
)


def group_word(word: str) -> bool:
    """A plural noun of people who can speak as one (``officials``, ``growers``)."""
    return word in GROUP_SPEAKER_WORDS or agent_plural(word)


def phrase_head(words: list[regex.Match[str]], lows: list[str], ends: int) -> str:
    """The head noun of a phrase whose words before ``of``/``for`` are ``words[:ends]``
    (``lows`` lower-cased): the last of them, or the capitalised body before a
    postpositive "General" (``the Directorate General of Health``, ``the
    Inspectorate-General``), which is no general (``the army general`` is one)."""
    last = lows[max(0, ends - 1)]
    body, _, general = last.rpartition("-")
    if general == "general" and not body and ends >= 2:
        body = lows[ends - 2] if words[ends - 2].group()[:1].isupper() else ""
    return body if general == "general" and body in ORGANIZATION_WORDS else last
