"""When a comma, a few words and a cue end no content before them: the words before the
comma are the cue's subject with an appositive (``The party chairwoman, Mrs. Ada Bell,
announced ...``), another cue stands between (``..., announced the date in a
statement``), or a clause follows the cue (``Of those asked, 54 said the barrier
would hold``).

>>> from newsstruct.text.cues import SPEECH_CUE
>>> text = "Of those asked, 54 said the barrier would hold."
>>> cue = SPEECH_CUE.search(text, text.index("said"))
>>> no_trailing_cue(text, 0, text.index(","), cue, len(text) - 1, 1, False)
True
"""

from __future__ import annotations

import regex

from newsstruct.reported.clauses import (
    clause_end,
    first_verb,
    listed_subject,
    looks_like_clause,
    opens_with_subject,
)
from newsstruct.reported.found import more_words, passive_agent, skip_space
from newsstruct.text.cues import SPEECH_CUE
from newsstruct.text.marks import DASHES
from newsstruct.text.timewords import WEEKDAYS

__all__ = [
    "TAIL_WORDS",
    "appositive_source",
    "closed_tail",
    "content_after_aside",
    "cue_tail",
    "dash_closed",
    "long_tail",
    "no_trailing_cue",
    "time_or_adverb",
    "when_first",
]

#: At most this many words may stand after a trailing cue before the sentence ends
#: ("the ministry said on Monday.") ...
TAIL_WORDS = 4
#: ... and this many when they are phrases opening with one of these, with no verb.
_PHRASES_TAIL_WORDS = 12
_TAIL_PHRASE_OPENERS = frozenset({"in", "on", "at", "during", "via", "after", "before"})


def no_trailing_cue(
    text: str, start: int, comma: int, cue: regex.Match[str], end: int, between: int, aside: bool
) -> bool:
    """The slower tests that the cue after ``comma`` ends no content before it;
    ``between`` is the number of words between the comma and the cue."""
    if passive_agent(text, cue):
        return True  # "..., a view echoed by everyone": a participle, no trailing cue
    if not between and _appositive_subject(text, start, comma):
        return True  # "The chairwoman, Mrs. Ada Bell, announced the date": the subject
    first = skip_space(text, comma + 1, cue.start())
    verb = SPEECH_CUE.match(text, first, cue.start()) if between >= 3 else None
    if verb is not None:
        return True  # "..., announced the date in a statement": the statement of the verb
    after = skip_space(text, cue.end(), end)
    if aside or len(text[after : min(end, after + 40)].split()) < 3:
        return False
    if (
        text[after : after + 4].lower() in ("not ", "to ")
        or text[after : after + 6].lower() == "never "
    ):
        return False  # "two officials who asked not to be named said": no content there
    opening = text[after : min(end, after + 12)].lower()
    phrase = opening.split(maxsplit=1)[0] in _TAIL_PHRASE_OPENERS
    if opening.startswith(("at least", "at most", "in all")):
        phrase = False  # "..., CNN reported at least six planes flew ...": a content
    if phrase and not long_tail(text, cue.end(), text[cue.end() : end]):
        return False  # "..., the ministry said in a statement carried by the news agency."
    return opens_with_subject(text, after, end)  # "Of those asked, 54 said the barrier would ..."


def _appositive_subject(text: str, start: int, comma: int) -> bool:
    """The words before the comma are a noun phrase and its appositive (``The party
    chairwoman, Mrs. Ada Bell``): two pieces set off by a comma, neither a clause."""
    inner = text.rfind(",", start, comma)
    if inner < 0 or "," in text[start:inner]:
        return False
    return not looks_like_clause(text, skip_space(text, start, inner), inner) and not (
        looks_like_clause(text, skip_space(text, inner + 1, comma), comma)
    )


def long_tail(
    text: str, pos: int, tail: str, *, listener: bool = False, inverted: bool = False
) -> bool:
    """More words stand after a trailing cue than a short phrase of where or when: over
    :data:`TAIL_WORDS`, or over :data:`_PHRASES_TAIL_WORDS` when they are phrases with no
    verb (``the company said in a filing on Wednesday.``), an ``inverted`` subject (the
    cue right after the comma) ending in a name (``said regional governor John Paul
    Harris.``) or, after a cue with a
    ``listener`` (``told``), who heard it (``he told a press conference in Jakarta.``)."""
    words = tail.split()
    head = tail.split(",", 1)[0].split() if inverted else []
    if head and head[-1][:1].isupper() and len(head) <= TAIL_WORDS:
        return False  # "said Maman Rose Kapinga, who runs a bakery": a name, its appositive
    if len(words) <= TAIL_WORDS:
        return False
    if " ".join(words[:2]).lower() in ("at least", "at most"):
        return True  # "..., CNN reported at least six planes filled the skies": a content
    named = inverted and words[-1][:1].isupper()  # "said regional governor John Paul Harris."
    opener = words[0].lower() in _TAIL_PHRASE_OPENERS or listener or named
    verb = first_verb(text, pos, pos + len(tail))  # a participle is no verb here: "in a
    participle = verb is not None and text[verb:].split()[0].lower().endswith("ed")  # statement
    phrases = opener and (verb is None or participle)  # carried by the state news agency"
    return not phrases or len(words) > _PHRASES_TAIL_WORDS


#: The words after a trailing cue are read this far: further, they are no short phrase
#: of where or when (:func:`long_tail`), and a sentence of thousands of cues stays linear.
_TAIL_REACH = 400
#: At most this many words after a cue phrase that says how a statement was made.
_MANNER_TAIL_WORDS = 2


def cue_tail(text: str, pos: int, end: int) -> str:
    """The words after a trailing cue ending at ``pos``: up to a cue phrase that ends the
    clause (``..., said the ministry in a statement.``: how it was said, not who said it),
    at most :data:`_TAIL_REACH` characters, then up to an aside (:func:`dash_closed`)."""
    manner = SPEECH_CUE.search(text, pos, end)
    if manner is not None and not more_words(text, manner.end(), end, _MANNER_TAIL_WORDS):
        end = manner.start()
    return dash_closed(text[pos : min(end, pos + _TAIL_REACH)])


def dash_closed(tail: str) -> str:
    """The words after a trailing cue up to an aside in brackets, or up to a dash, which
    closes the cue's clause as a comma does (``..., the budget office reported on Tuesday
    -- a development that ...``): what follows the dash is an aside on the whole sentence,
    not more of the cue's clause.

    Only a phrase of when or where closes so (``on Tuesday``, ``Friday``): after a dash right
    after the cue the cue word may be a noun (``... of Democratic claims – a 3 to 1
    margin``), and an object before it makes the cue no trailing one (``the party has
    called a referendum — ...``).

    >>> dash_closed(" on Tuesday — a development that could matter.")
    ' on Tuesday '
    """
    aside = tail.find(" (")
    if aside > 0 and tail[:aside].strip() and _closes_the_sentence(tail, aside, ")"):
        return tail[:aside]  # "said Ruth Bane (a view shared by many)."
    cut, dash = min(((tail.find(d), d) for d in DASHES if d in tail), default=(-1, ""))
    when = when_first(tail[:cut])
    if cut < 0 or not when or not _closes_the_sentence(tail, cut + len(dash) - 1, *DASHES):
        return tail
    return tail[:cut]


def when_first(tail: str) -> bool:
    """The words after a cue open with a phrase of when or where (``on Tuesday``, ``in a
    statement``, ``Friday``): no object of the cue."""
    words = tail.lower().split()[:1]
    return bool(words) and (words[0] in _TAIL_PHRASE_OPENERS or words[0] in WEEKDAYS)


def _closes_the_sentence(tail: str, opening: int, *closers: str) -> bool:
    """The aside opening at ``opening`` runs to the sentence's end, or only stops and
    quote marks follow its closing mark: not an aside inside the clause (``said on Friday
    – in a rare admission – that ...``)."""
    rest = tail[opening + 1 :]
    close = min((i for i in (rest.find(c) for c in closers) if i >= 0), default=-1)
    return close < 0 or not any(ch.isalnum() for ch in rest[close + 1 :])


def closed_tail(text: str, pos: int, tail: str) -> int:
    """Where a comma closes a short cue clause after the cue at ``pos`` (``, she told The
    Irish Times, because ...``, ``, said the sources, who ...``): the comma's index in
    ``tail``, or -1.  The words up to it are a short phrase with no verb.

    >>> text = "Talks failed, she told The Irish Times, because no one came."
    >>> pos = text.index("told") + 4
    >>> closed_tail(text, pos, text[pos:])
    16
    """
    comma = tail.find(",")
    words = tail[:comma].split()
    if comma < 0 or not 1 <= len(words) <= TAIL_WORDS or not tail[comma + 1 : comma + 2].isspace():
        return -1
    if any(ch in tail[:comma] for ch in "“”\"'‘’«»"):
        return -1
    if tail[comma + 1 :].split()[:1] == ["that"]:
        return -1  # ", Imelda Sorensen told reporters, that the dam could fail": the content
    first = pos + len(tail) - len(tail.lstrip())
    if listed_subject(text, first, min(len(text), pos + len(tail) + 200)):
        return -1  # "said hospitals in Luang Prabang, Vang Vieng and Vientiane would ..."
    return comma if first_verb(text, pos, pos + comma) is None else -1


#: A descriptor before a name set off by commas: a determiner or a name's possessive and
#: a few lower-case words ("her daughter", "the city's engineer", "a spokeswoman for the
#: port", "Tarnow's police chief").
_DESCRIPTOR = regex.compile(
    r"\s*(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}['’]s?)"
    r"\s+[\p{Ll}\-]+(?:['’]s)?(?:\s+[\p{Ll}\-]+){0,4}\s*"
)
#: The name between the descriptor's comma and the cue's: capitalised words.
_NAME = regex.compile(r"\s*\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}\s*")


def appositive_source(text: str, start: int, comma: int) -> int:
    """``The cause was pneumonia, her daughter, Ewa Roe, said.``: the comma before a
    descriptor and a name set off by commas right before the cue (where the content
    ends), else ``comma`` itself."""
    name_comma = text.rfind(",", start, comma)
    if name_comma < 0 or _NAME.fullmatch(text, name_comma + 1, comma) is None:
        return comma
    first = text.rfind(",", start, name_comma)
    if first < 0 or _DESCRIPTOR.fullmatch(text, first + 1, name_comma) is None:
        return comma
    return first if len(text[start:first].split()) >= 3 else comma  # a clause before it


def content_after_aside(
    text: str, cue: regex.Match[str], tail: str, end: int
) -> tuple[int, int] | None:
    """The content after a cue set off inside its sentence (``To see why, he said, the
    plan ...``), from past the comma or colon that ends the cue's clause; None when a
    colon leads to no clause."""
    mark = tail.lstrip()[0]
    rest = skip_space(text, cue.end() + tail.index(mark) + 1, end)
    content = (rest, clause_end(text, rest, end))
    return None if mark == ":" and not looks_like_clause(text, *content) else content


def time_or_adverb(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a lone adverb in -ly or a time phrase of at most three words
    ending in a time word ("Later", "Separately", "Eight years ago"), no statement."""
    words = text[start:end].lower().split()
    if not words or len(words) > 3:
        return False
    last = words[-1]
    return (len(words) == 1 and last.endswith("ly")) or last in _TIME_ENDS or last in WEEKDAYS


#: Words that end a time phrase leading a sentence ("Eight years ago", "Later", "Last week").
_TIME_ENDS = frozenset(
    {"ago", "later", "earlier", "now", "then", "meanwhile", "instead", "today", "yesterday"}
    | {"tonight", "week", "month", "year", "morning", "afternoon", "evening", "night"}
)
