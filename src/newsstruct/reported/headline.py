"""Statements in the headline, in the two ways news headlines attribute a claim:

- a label: a person's name, a colon and the claim (``Ryan: FBI Decision Defies
  Explanation``, ``Hale: we will not raise taxes``);
- a cue: a subject naming a person, a verb of saying and the claim (``Okafor Says
  Port Will Reopen``, ``Minister Lund warns of cuts to schools``).

The headline is read on its own, in whatever case it is set: the claim runs from
after the colon or the cue (and a "that") to the headline's end.  Only a label or
subject that names a person of the article counts (``Poll:``, ``Explainer:``,
``Study says ...`` give none), so the speaker is that person
(:mod:`newsstruct.speakers.reported` reads it, rule ``headline``).  The shape is
``"label"`` for both.

>>> from newsstruct.model import Span
>>> text = "Okafor Says Port Will Reopen in May\\n\\nPort chief Ada Okafor said ..."
>>> found = headline_statements(text, Span(0, 35, text[:35]), frozenset({"Ada Okafor"}))
>>> [(text[f.content[0]:f.content[1]], text[f.cue[0]:f.cue[1]]) for f in found]
[('Port Will Reopen in May', 'Says')]
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.model import Span
from newsstruct.reported.found import WORDS, Found, skip_space
from newsstruct.text.cues import SPEECH_CUE, according_cue
from newsstruct.text.marks import CLOSING, OPENING

__all__ = ["headline_statements", "label_words"]

#: A label: one to five words, the first capitalised, then a colon and a space.
_LABEL = regex.compile(r"\s*(\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+[\p{L}\p{M}'’.\-]+){0,4}):\s+(?=\S)")
#: A kicker in capitals and a dash or bar before the headline proper ("EXCLUSIVE – ").
_KICKER = regex.compile(r"\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}\s+[–—|-]\s+")
#: A claim has at least this many words; a subject at most this many.
_CLAIM_WORDS = 3
#: Words that join two names in a label: a topic, not a speaker.
_JOINS = frozenset({"and", "vs", "v", "versus", "with"})
_SUBJECT_WORDS = 6


def headline_statements(
    text: str, headline: Span | None, names: frozenset[str]
) -> tuple[Found, ...]:
    """The statement the ``headline`` attributes to a person of the article (``names``:
    the people's names), as a label or after a cue; ``()`` when it attributes none."""
    if headline is None:
        return ()
    kicker = _KICKER.match(text, headline.start, headline.end)
    if kicker is not None:  # "EXCLUSIVE – Roger Stone: Don't Trust the Machines"
        headline = Span.of(text, kicker.end(), headline.end)
    keys = _name_keys(names)
    found = _labelled(text, headline, keys) or _after_cue(text, headline, keys)
    return () if found is None else (found,)


def label_words(text: str, zone: tuple[int, int]) -> list[str]:
    """The words of the label or subject in ``zone``, last first (where a surname stands)."""
    return [word.group() for word in reversed(list(WORDS.finditer(text, *zone)))]


def _name_keys(names: frozenset[str]) -> frozenset[str]:
    """The lower-cased last words of the people's names, and the names themselves."""
    keys = {name.lower() for name in names}
    return frozenset(keys | {name.split()[-1].lower() for name in names if name.split()})


def _names_a_person(text: str, zone: tuple[int, int], keys: frozenset[str]) -> bool:
    """The last word of ``zone`` is a person's surname and the words are a name form:
    no possessive (``Trump's Lawyers:``), no question word (``What Ferro Says``), no
    place alone (``Jordan: Floods Kill 40``, though a Michael Jordan is in the story)."""
    words = label_words(text, zone)  # last first
    if not words or any(_POSSESSIVE.search(w) for w in words) or words[-1].lower() in _QUESTION:
        return False
    topic = [k for k, w in enumerate(words) if w in _TOPIC_WORDS]  # "Obama on Climate Change:"
    words = words[topic[-1] + 1 :] if topic else words  # the name before the topic
    if not words:
        return False  # "with officials say ...": a preposition opens the label, no name
    whole = " ".join(reversed(words)).lower()
    if len(words) == 1 and words[0].lower() in PLACE_WORDS:
        return whole in keys and " " in whole
    return words[0].lower() in keys or whole in keys


_POSSESSIVE = regex.compile(r"['’]s?$")
#: Words that open a question or a topic, not a speaker's name.
_QUESTION = frozenset({"what", "why", "how", "when", "where", "who", "which", "whether", "if"})
#: Words after a name in a label that open a topic or an audience ("Obama on Climate
#: Change:", "Clinton to Planned Parenthood:", "Mukasey at RNC:").
_TOPIC_WORDS = frozenset({"on", "to", "at", "in", "about", "after", "for", "with", "from"})
#: Pronouns of a speaker talking: "I Still Believe ...", "We Will Win".
_SPEAKING = frozenset({"i", "we", "you", "i'm", "we're", "you're", "i'll", "we'll"})
#: Words of a claim that say it has a verb (Title Case headlines capitalise every word).
_VERB_WORDS = frozenset(
    {"is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "should"}
    | {"must", "may", "might", "has", "have", "had", "do", "does", "did", "not", "no"}
)


def _has_verb(text: str, start: int, end: int) -> bool:
    """A word of the claim looks like a verb: an auxiliary, a negation, -ed, or an -s
    form (``Port Will Reopen``, ``Decision Defies Explanation``; not ``The Man Behind
    the Myth``)."""
    if any(mark in text[start:end] for mark in OPENING + '"'):
        return True  # "Scott: ‘You Find Me an Aberration’": a quoted claim is speech
    for found in WORDS.finditer(text, start, end):
        word = found.group().lower().replace("’", "'")
        if word in _VERB_WORDS or word.endswith(("n't", "ed")) or word in _SPEAKING or word == "to":
            return True
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            return True
    return False


def _labelled(text: str, headline: Span, keys: frozenset[str]) -> Found | None:
    """``NAME: CLAIM`` over the whole headline."""
    label = _LABEL.match(text, headline.start, headline.end)
    if label is None or not _names_a_person(text, label.span(1), keys):
        return None
    if any(word.lower() in _JOINS for word in label_words(text, label.span(1))):
        return None  # "Netanyahu and Obama: A tortured relationship": a topic, no speaker
    colon = label.end(1)
    return _claim(text, label.end(), headline.end, (colon, colon + 1), label.span(1))


def _after_cue(text: str, headline: Span, keys: frozenset[str]) -> Found | None:
    """``SUBJECT CUE [that] CLAIM``: the headline's first cue, after a short subject."""
    cue = SPEECH_CUE.search(text, headline.start, headline.end)
    if cue is None or cue.group().split()[0].lower().endswith(("ing", "ed")):
        return None  # "Voters Asked ...", "Saying goodbye ...": no finite verb of saying
    if according_cue(cue.group().lower()):
        return None
    zone = (skip_space(text, headline.start, cue.start()), cue.start())
    subject = text[zone[0] : zone[1]].split()
    if not subject or len(subject) > _SUBJECT_WORDS or any(w[-1:] in ",;:!?" for w in subject):
        return None
    if not _names_a_person(text, zone, keys):
        return None
    start = skip_space(text, cue.end(), headline.end)
    if text[start : start + 3].lower() == "to ":
        return None  # "Ferro Told to Resign": a passive, no claim
    if text[start : start + 1] == ":":
        start = skip_space(text, start + 1, headline.end)
    if text[start : start + 5].lower() == "that ":
        start += 5
    return _claim(text, start, headline.end, cue.span(), zone)


def _claim(
    text: str, start: int, end: int, cue: tuple[int, int], zone: tuple[int, int]
) -> Found | None:
    """The claim from ``start`` to the headline's end, without a final full stop."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == "." and text[end - 2 : end - 1] not in CLOSING:
        end -= 1
    if len(text[start:end].split()) < _CLAIM_WORDS or not _has_verb(text, start, end):
        return None  # "Mandela: The Man Behind the Myth", "Ferro Notes Rise in Crime"
    return Found((start, end), cue, "label", zone)
