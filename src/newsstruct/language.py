"""A cheap guess at the language of an article, so a non-English one is flagged.

newsstruct's rules read English: a French or German article parses, but its
byline, speakers and dates are mostly missed.  :func:`guess_language` counts
the common function words of a few languages (one lexicon each,
``newsstruct.lexicons.stopwords_*``) in the first :data:`SAMPLE_WORDS` words of
the body's sentences and picks the language with the most; :func:`read_language` adds a
:class:`~newsstruct.ParseWarning` when that is not English.  It is a guess from a
few hundred words, not language identification: a language without a list
reads as ``None``.

>>> guess_language(["The council approved the plan on Monday after a long debate, "
...                 "and the mayor said that it was the right thing to do for the city."])
'en'
>>> guess_language(["Le conseil a approuvé le plan lundi après un long débat, et le maire "
...                 "a dit que c'était la bonne décision pour la ville et ses habitants."])
'fr'
>>> guess_language(["Too short to tell."]) is None
True
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from newsstruct.lexicons.stopwords_dutch import DUTCH_STOPWORDS
from newsstruct.lexicons.stopwords_english import ENGLISH_STOPWORDS
from newsstruct.lexicons.stopwords_french import FRENCH_STOPWORDS
from newsstruct.lexicons.stopwords_german import GERMAN_STOPWORDS
from newsstruct.lexicons.stopwords_italian import ITALIAN_STOPWORDS
from newsstruct.lexicons.stopwords_portuguese import PORTUGUESE_STOPWORDS
from newsstruct.lexicons.stopwords_spanish import SPANISH_STOPWORDS
from newsstruct.model import ParseWarning

__all__ = ["LANGUAGE_NAMES", "guess_language", "read_language"]

#: ISO 639-1 code -> (name, function words); English first, so it wins a tie.
_LANGUAGES: dict[str, tuple[str, frozenset[str]]] = {
    "en": ("English", ENGLISH_STOPWORDS),
    "fr": ("French", FRENCH_STOPWORDS),
    "es": ("Spanish", SPANISH_STOPWORDS),
    "de": ("German", GERMAN_STOPWORDS),
    "it": ("Italian", ITALIAN_STOPWORDS),
    "pt": ("Portuguese", PORTUGUESE_STOPWORDS),
    "nl": ("Dutch", DUTCH_STOPWORDS),
}
#: The languages :func:`guess_language` can name, by ISO 639-1 code.
LANGUAGE_NAMES: dict[str, str] = {code: name for code, (name, _) in _LANGUAGES.items()}
#: Each listed word -> the languages it is a function word of.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(code for code, (_, words) in _LANGUAGES.items() if word in words)
    for _, words in _LANGUAGES.values()
    for word in words
}
#: Runs of word characters: "l'homme" gives "l" and "homme", "qu'il" gives "qu" and
#: "il" (numbers are words too: cheaper than a letters-only class, and no list holds one).
_WORD = re.compile(r"\w+")
#: A text that ends a sentence: a letter, then ". ! ?" and maybe a closing mark,
#: found in its last :data:`_TAIL` characters.
_SENTENCE_END = re.compile(r"\w[.!?…]+[\"'”’»)]*\s*$")
_TAIL = 12
#: Words read: enough to tell, few enough to cost nothing on a long text.
SAMPLE_WORDS = 300
#: Fewer words than this tell nothing (a headline, a caption).
MIN_WORDS = 20
#: The winning language's words must be at least this share of the words read;
#: English news runs at 35% to 50% with its list.
MIN_SHARE = 0.1
#: ... and this many times the runner-up's: languages share words ("de", "la"),
#: and a text that matches two lists about equally (pinyin) is neither.
MIN_LEAD = 1.5


def read_language(texts: Iterable[str]) -> tuple[str | None, tuple[ParseWarning, ...]]:
    """:func:`guess_language` of ``texts``, and a ``"not-english"`` warning when
    there are enough words to tell and the guess is not English."""
    words = _sample(texts)
    language = _guess(words)
    if language == "en" or len(words) < MIN_WORDS:
        return language, ()
    effect = "newsstruct reads English, so its byline, speakers, people and dates may be missed"
    if language is None:
        found = "does not look English (few common English words)"
    else:
        found = f"looks {LANGUAGE_NAMES[language]} ({language}), not English"
    return language, (ParseWarning(code="not-english", message=f"the text {found}: {effect}"),)


def guess_language(texts: Iterable[str]) -> str | None:
    """The ISO 639-1 code of the listed language whose function words are most
    frequent in the first :data:`SAMPLE_WORDS` words of ``texts``, or ``None``
    when there are fewer than :data:`MIN_WORDS` words, no list reaches
    :data:`MIN_SHARE` of them or the best does not lead by :data:`MIN_LEAD`."""
    return _guess(_sample(texts))


def _guess(words: list[str]) -> str | None:
    if len(words) < MIN_WORDS:
        return None
    counts = dict.fromkeys(_LANGUAGES, 0)
    for word, times in Counter(words).items():
        for code in _LANGUAGES_OF.get(word, ()):
            counts[code] += times
    best, second = sorted(_LANGUAGES, key=lambda code: -counts[code])[:2]  # stable: English first
    if counts[best] < MIN_SHARE * len(words) or counts[best] < MIN_LEAD * counts[second]:
        return None
    return best


def _sample(texts: Iterable[str]) -> list[str]:
    """The first :data:`SAMPLE_WORDS` words of the sentences in ``texts``, lowercased.

    Only texts that end a sentence, when they hold :data:`MIN_WORDS` words:
    menus, scripts and captions around an article do not, and they would hide
    its language.
    """
    prose: list[str] = []
    other: list[str] = []
    for text in texts:
        ends_sentence = _SENTENCE_END.search(text[-_TAIL:]) is not None
        if ends_sentence or len(other) < SAMPLE_WORDS:
            # words average 6 characters with their space: a long text is cut past the sample
            words = _WORD.findall(text[: SAMPLE_WORDS * 8].lower())
            (prose if ends_sentence else other).extend(words)
        if len(prose) >= SAMPLE_WORDS:
            break
    return (prose if len(prose) >= MIN_WORDS else prose + other)[:SAMPLE_WORDS]
