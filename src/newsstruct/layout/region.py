"""Find the article inside a full-page paste: the kind of every block, and the densest
run of prose.

A page copied whole from a browser brings the site's menus, sign-in prompts,
share buttons, teasers and footers around the article.  Following jusText
(Pomikálek 2011), each block is classified from its own shape, without
knowing the site:

- ``prose``: ends like a sentence, has at least eight words, and is dense
  with function words ("the", "of", "was") or lower-case words, as running
  text is, or quotes someone with a verb of saying (a long block without a
  final stop counts too when it is that dense);
- ``short``: ends like a sentence but is shorter ("Read the full story.");
- ``title``: at most 40 words, with no sentence end or not dense: headlines,
  menu items, section names, teasers, captions;
- ``links``: long but not dense: menus glued on one line, lists of names;
- ``furniture``: a line :mod:`newsstruct.layout.boilerplate` knows.

The article is the run of blocks with the highest score, where a prose block
adds its words and every other block costs a little (the maximum-sum
subarray): menus and teaser lists cost more than they add, while a heading, a
caption or an "Advertisement" line inside the article costs less than the
paragraphs around it bring.

>>> from newsstruct.layout.segment import split_lines
>>> text = "Home\\nNews\\nSport\\n\\n" + "The council met on Monday and approved the plan. " * 3
>>> region = find_region(split_lines(text).blocks, {})
>>> region.kinds, (region.first, region.last)
(('title', 'title', 'title', 'prose'), (3, 3))
"""

from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter

import attrs
import regex

from newsstruct.layout.boilerplate import ends_sentence, word_count
from newsstruct.layout.lexicons.function_words import FUNCTION_WORDS
from newsstruct.layout.segment import Block
from newsstruct.text.cues import SPEECH_CUE
from newsstruct.text.marks import (
    CLOSING,
    DOUBLE_CLOSING,
    DOUBLE_OPENING,
    OPENING,
    STRAIGHT_DOUBLE,
)

__all__ = [
    "FURNITURE",
    "LINKS",
    "PROSE",
    "SHORT",
    "TITLE",
    "ProseRun",
    "block_kind",
    "find_region",
    "outside_reason",
    "run_end",
]

PROSE = "prose"
SHORT = "short"
TITLE = "title"
LINKS = "links"
FURNITURE = "furniture"

#: A sentence-ending block of fewer words is ``short``.
_PROSE_MIN_WORDS = 8
#: A block without a sentence end and more words than this is ``links`` or ``prose``.
_TITLE_MAX_WORDS = 40
#: Density is judged on the first characters only: a long paragraph costs no more.
_SAMPLE_CHARS = 400
#: Prose has at least this share of function words, or of lower-case words.
_FUNCTION_SHARE = 0.25
_LOWER_SHARE = 0.5
#: Lower-case words that are no function words make a line running text from this many
#: and this share of its words on.
_CONTENT_WORDS_MIN = 6
_CONTENT_SHARE = 0.25
#: The function words as a line prints them: in lower case, capitalised, in capitals.
_PRINTED_FUNCTION_WORDS = FUNCTION_WORDS | {
    printed for word in FUNCTION_WORDS for printed in (word.capitalize(), word.upper())
}
#: Marks around a word ('“We think', '(the', 'we.”'): density reads the word inside them.
_EDGES = OPENING + CLOSING + "([{)]}-–—`.,;:!?"
#: What a block that is not prose adds to the run, by kind; ``links`` cost their words.
_GAIN = {SHORT: 1, TITLE: -3, FURNITURE: -5}
#: Prose adds its words up to this many (one huge block does not outweigh a page).
_PROSE_MAX_GAIN = 150
_LINKS_MAX_COST = 50
#: A title of this many words outside the article is a teaser, not a menu item.
_TEASER_MIN_WORDS = 5


@attrs.frozen
class ProseRun:
    """The kind and the number of words of every block, and the densest run of prose:
    blocks ``first`` to ``last`` (inclusive); both ``None`` when the text has no prose."""

    kinds: tuple[str, ...]
    words: tuple[int, ...]
    first: int | None
    last: int | None


def block_kind(line: str) -> str:
    """``prose``, ``short``, ``title`` or ``links`` (see the module docstring).

    >>> block_kind("Sign In"), block_kind("It was over in seconds.")
    ('title', 'short')
    """
    return _kind(line, len(line.split()))


def _kind(line: str, words: int) -> str:
    if not ends_sentence(line) and not line.endswith(":"):
        if words <= _TITLE_MAX_WORDS:
            return TITLE
        return PROSE if _is_dense(line) else LINKS
    if words < _PROSE_MIN_WORDS:
        return SHORT
    if _is_dense(line) or _quoted_speech(line):
        return PROSE
    return TITLE if words <= _TITLE_MAX_WORDS else LINKS


#: The words between a pair of double quote marks, curly or straight.
_QUOTED = regex.compile(
    "["
    + regex.escape(DOUBLE_OPENING + STRAIGHT_DOUBLE)
    + "]([^"
    + regex.escape(DOUBLE_CLOSING + STRAIGHT_DOUBLE)
    + "]{3,})["
    + regex.escape(DOUBLE_CLOSING + STRAIGHT_DOUBLE)
    + "]"
)


def _quoted_speech(line: str) -> bool:
    """A sentence that quotes someone with a verb of saying (``Ms. Ruffini told CNN, “We
    accept China's terms.”``): a paragraph of the article however many names it holds."""
    quoted = _QUOTED.search(line)
    if quoted is None or SPEECH_CUE.search(line) is None:
        return False
    # the quoted words are running text, not a teaser's Title Case ('Mayor Says Ferry
    # Terminal “Will Transform Downtown.”')
    words = quoted.group(1).split()
    return any(w[:1].islower() for w in words) and _is_dense(quoted.group(1))


def _is_dense(line: str) -> bool:
    """Function words or lower-case words make up as much of the line as of running text,
    or, in a line with a verb that is no list of links, lower-case content words do
    (a lead sentence full of names).

    Most lines asked are prose, so both shares are first counted on the words as they
    stand, neither stripped of marks nor lowered: a word that counts so counts after
    too (a function word as printed holds no mark, and lowers to one; a mark is not
    lower case), and a share that is high enough before is high enough after.  Words
    that open with no letter (scores, amounts: ``6-4``, ``$5``) are then left out.
    """
    raw = line[:_SAMPLE_CHARS].split()
    if sum(map(_PRINTED_FUNCTION_WORDS.__contains__, raw)) >= _FUNCTION_SHARE * len(raw):
        return True
    if sum(map(str.islower, map(itemgetter(0), raw))) >= _LOWER_SHARE * len(raw):
        return True
    words = [w.strip(_EDGES) or w for w in raw]
    words = [w for w in words if w[0].isalpha()] or words  # numbers have no case: "6-4, 3-6"
    function = sum(w.lower() in FUNCTION_WORDS for w in words)
    if function >= _FUNCTION_SHARE * len(words):
        return True
    lower = sum(w[0].islower() for w in words)
    if lower >= _LOWER_SHARE * len(words):
        return True
    # a sentence full of names ("WASHINGTON (Reuters) - U.S. Democratic presidential
    # candidate Hillary Clinton said ..."): Title Case writes no lower-case content word,
    # and a list of links ("Editors' Picks: NFL Draft grades, ...", "A | B | C") no verb
    if "|" in line or _LABEL_OPENING.match(line) or not _VERB_SHAPED.search(line):
        return False
    content = lower - sum(w[0].islower() and w.lower() in FUNCTION_WORDS for w in words)
    return content >= max(_CONTENT_WORDS_MIN, _CONTENT_SHARE * len(words))


#: A label opening a line of links ("Editors' Picks:", "More Politics:", "Tags:").
_LABEL_OPENING = regex.compile(r"[^\s:]+(?:\s+[^\s:]+){0,2}:\s")
#: A word shaped like a finite verb: a past tense, "said", an auxiliary.
_VERB_SHAPED = regex.compile(
    r"\b(?:\p{Ll}{3,}ed|said|says|told|is|are|was|were|has|have|had|will|would)\b"
)


def find_region(
    blocks: tuple[Block, ...], furniture: Mapping[int, str], words: tuple[int, ...] | None = None
) -> ProseRun:
    """Kinds of ``blocks`` (indices in ``furniture`` are ``furniture``) and the densest run;
    ``words`` are the blocks' numbers of words, when the caller has counted them."""
    if words is None:
        words = tuple(word_count(block.text) for block in blocks)
    kinds = tuple(
        FURNITURE if i in furniture else _kind(block.text, words[i])
        for i, block in enumerate(blocks)
    )
    best, best_first, best_last = 0, None, None
    running, first = 0, 0
    for index, kind in enumerate(kinds):
        if running <= 0:
            running, first = 0, index
        running += _gain(words[index], kind)
        if running > best:
            best, best_first, best_last = running, first, index
    return ProseRun(kinds, words, best_first, best_last)


def run_end(run: ProseRun, first: int, stop: int | None = None) -> int | None:
    """Where the article that starts at block ``first`` ends (before block ``stop``): the
    block after which the running score (see the module docstring) is highest, or None
    when it never rises."""
    best, best_last = 0, None
    running = 0
    for index in range(first, len(run.kinds) if stop is None else stop):
        running += _gain(run.words[index], run.kinds[index])
        if running > best:
            best, best_last = running, index
    return best_last


def outside_reason(block: Block, kind: str) -> str:
    """Why a block outside the article is boilerplate: ``navigation`` for a menu item or
    section name (a title of a few words), ``promotion`` for a teaser (a longer title, or
    prose that is not the article's)."""
    if kind == TITLE and word_count(block.text) < _TEASER_MIN_WORDS:
        return "navigation"
    return "promotion"


def _gain(words: int, kind: str) -> int:
    if kind == PROSE:
        return min(words, _PROSE_MAX_GAIN)
    if kind == LINKS:
        return -min(words, _LINKS_MAX_COST)
    return _GAIN[kind]
