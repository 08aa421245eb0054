"""The antecedent of a relative ``who``/``which`` that opens a reporting clause.

``Jane Doe, who said ...`` is Jane Doe's; ``the Anti-Corruption Commission (ACC), which
said in a statement ...`` is the commission's (a bracketed short form between them is
skipped); ``the Ministry of Health and Social Care, which said`` names the whole body.

>>> from newsstruct.model import Span
>>> from newsstruct.speakers.mentions import Mentions
>>> text = "Data came from the Tax Policy Center, which said it would cost more."
>>> found = antecedent(text, Mentions(text, ()), 38, Span.of(text, 44, 48), "said-before")
>>> found.speaker.name
'Tax Policy Center'
"""

from __future__ import annotations

import regex

from newsstruct.model import Span
from newsstruct.people.patterns import PEOPLE_TOKEN
from newsstruct.speakers.heads import BODY_HEADS
from newsstruct.speakers.mentions import Mentions
from newsstruct.speakers.speech import OrgRef, Speech

__all__ = ["antecedent"]

#: How far back (characters) a body's name before the relative word may begin.
_ANTECEDENT_REACH = 120

#: Articles before a body's name, which are not part of it ("The Tax Policy Center").
_ARTICLES = frozenset({"The", "A", "An"})


def antecedent(
    text: str, mentions: Mentions, who_start: int, cue: Span, rule: str
) -> Speech | None:
    """The person (``Jane Doe, who said``) or the body (``Microsoft, which revealed``)
    named right before the relative word at ``who_start``."""
    end = who_start
    while end > 0 and text[end - 1] in " ,-—–―":  # "Jane Doe, who", "Doe - who"
        end -= 1
    opening = text.rfind("(", max(0, end - 16), end)
    if end and text[end - 1] == ")" and opening > 0:  # "the Commission (ACC), which"
        end = len(text[:opening].rstrip())
    person = mentions.by_end.get(end)
    if person is not None:
        return Speech(person, cue, rule, 0.95)
    start, floor = end, max(0, end - _ANTECEDENT_REACH)  # a long run of words: linear
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in ".-&' "):
        start -= 1
    words = list(PEOPLE_TOKEN.finditer(text, start, end))
    named = [w for w in words if w.group()[:1].isupper()]
    if words and words[-1].end() == end and words[-1].group().lower() in BODY_HEADS:
        named = named if named and named[-1].end() == end else words[-1:]  # "The government,"
    if not named or named[-1].end() != end:
        return None
    first = len(words) - 1  # the capitalised run that ends there ("the Tax Policy Center")
    while first and named[-1] is words[-1] and _extends(words, first - 1):
        first -= 1
    first += words[first].group() in _ARTICLES and first < len(words) - 1
    org = OrgRef(" ".join(text[words[first].start() : end].split()), words[first].start(), end)
    return Speech(org, cue, rule, 0.8)


def _capital(words: list[regex.Match[str]], k: int) -> bool:
    return words[k].group()[:1].isupper()


def _extends(words: list[regex.Match[str]], k: int) -> bool:
    """A capitalised word, or ``of``/``for``/``and`` after one ("Ministry of Health")."""
    if words[k].group() in ("of", "for", "and"):
        return k > 0 and _capital(words, k - 1)
    return _capital(words, k)
