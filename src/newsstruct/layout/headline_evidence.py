"""The evidence that a block of a pasted page is its headline, one named item at a time.

Each item is a small integer; :mod:`newsstruct.layout.headline` adds them up.

===============  =====  ==========================================================
evidence         score  what it says
===============  =====  ==========================================================
``words``        -1..2  one word: a menu item; two: a label; five or more: a title
``no-stop``      +1     a title: no final period
``set-off``      +2     blank lines above and below, as a page prints its title
``in-list``      -2     title lines above and below, none set off: a menu or teasers
``below-title``  -2     right under a title line no longer than itself: a deck
``caption``      -3     a photo credit ("Photo: ...", "(Jane Doe/AFP)")
``dated``        -2     a date in it ("May 3", "03/05/2020"): a dateline or a teaser
``prose-follows`` +1    article prose a few blocks below
``meta-follows`` +2..+5 a byline or printed date right below (+4), under one or two
                        blocks (+3, +2: a deck, a caption); +1 with both
``meta-above``   +3     else, a byline or printed date right above (short lines aside)
``repeated``     +1/+2  the same words end a breadcrumb or start a longer line above,
                        or stand there cut short ("...", +2), or alone above or
                        right below (a sticky header, a title printed twice, +1)
``cut-short``    -3     cut short with an ellipsis, the whole line further down
``after-prose``  -2     under the region's first paragraph (a site notice, or a lede)
``far``          -1     more than 25 blocks above the article's first paragraph
===============  =====  ==========================================================

Only the best few candidates by the cheap items (all but the last two) are
checked for meta lines and repeats; a likely byline or date right below
(``meta-hint``) helps a candidate into that group.
"""

from __future__ import annotations

import attrs

from newsstruct.config import Config
from newsstruct.layout.boilerplate import ends_article
from newsstruct.layout.datelines import read_dateline
from newsstruct.layout.page_meta import PageMetas
from newsstruct.layout.patterns import CAPTION_CREDIT, DATE_HINT, META_HINT
from newsstruct.layout.region import FURNITURE, LINKS, PROSE, SHORT, TITLE
from newsstruct.layout.segment import Block

__all__ = ["Candidate", "Page", "full_score", "shape_score"]

#: Blocks after a candidate searched for its byline and printed date.
META_REACH = 7
#: What the number of words adds (one word: menu items and labels; five and more: headlines).
_WORDS_SCORE = (0, -1, 0, 1, 1, 2)
#: Blocks other than meta lines and short ones (a deck, a caption) that may stand between
#: a headline and its byline.
_META_GAP = 2
#: What a likely byline or date right below adds when ranking candidates for the check,
#: and how far into the line below the hint is looked for.
_HINT = 2
_HINT_CHARS = 80
#: A sentence above a candidate is a title line up to this many words.
_SENTENCE_TITLE_MAX_WORDS = 20
#: Blocks above a candidate searched for a printed date or byline.
_META_ABOVE_REACH = 3
#: A title line of this many words makes the candidate below it a deck.
_TITLE_ABOVE_MIN_WORDS = 4
#: Interface lines ("Share", "Sign Out") have at most this many words.
SHORT_LINE_WORDS = 3
#: An exact copy counts for candidates of this many words, the end of a longer line for
#: half as many (short lines repeat by chance).
_REPEAT_MIN_WORDS = 4
_DIGITS = "0123456789"
#: What separates a headline from the site's name in a page title ("Headline | Site").
_TITLE_SEPARATORS = frozenset({"|", "-", "–", "—", ":", "·", "•", "»"})
#: How a line cut short ends ("Council approves the flood barrier after…").
_ELLIPSES = ("…", "...")
#: Characters that open a headline besides letters and digits.
_OPENERS = "\"'“‘¿¡«(["
#: Characters a menu item or breadcrumb ends with, never a headline.
_NOT_LAST = ":,;|›»>/-–—·•"
#: Breadcrumb separators ("Home » News » Headline"): a block with one is no headline.
_BREADCRUMB = ("»", "›", " > ", "/ ", ">>")


@attrs.frozen
class Candidate:
    """A headline candidate: block ``index``, its score and the evidence, by name."""

    index: int
    score: int
    evidence: tuple[str, ...]


@attrs.frozen
class Page:
    """What the evidence reads: the blocks, their kinds, numbers of words (as
    ``str.split`` counts them) and normalised text (``normalise_line``), the indices of the
    blocks that are not boilerplate (``content``) with each one's position there, and the
    meta-line reader."""

    blocks: tuple[Block, ...]
    kinds: tuple[str, ...]
    words: tuple[int, ...]
    keys: list[str]
    content: list[int]
    position: dict[int, int]
    meta_of: PageMetas
    #: Some blocks over the article stand after a blank line (else spacing says nothing;
    #: a blank line under the article, before an appended footer, says nothing either).
    spaced: bool

    def line(self, pos: int) -> str:
        """The text of content block number ``pos``."""
        return self.blocks[self.content[pos]].text

    def key(self, pos: int) -> str:
        """Content block ``pos`` normalised for comparison (see ``normalise_line``)."""
        return self.keys[self.content[pos]]


def shape_score(page: Page, pos: int, config: Config) -> Candidate | None:
    """The cheap evidence for content block ``pos``, or ``None`` when it cannot be a headline."""
    index = page.content[pos]
    line = page.blocks[index].text
    kind = page.kinds[index]
    if kind == LINKS or not (line[0].isupper() or line[0] in _DIGITS or line[0] in _OPENERS):
        return None
    words = page.words[index]
    if words > config.headline_max_words or line[-1] in _NOT_LAST:
        return None
    if words < SHORT_LINE_WORDS and not _set_off(page, pos):
        return None  # a menu item or label in a list, never enough evidence
    if any(mark in line for mark in _BREADCRUMB) or ends_article(page.keys[index]):
        return None  # a breadcrumb; "Related stories", "5 thoughts on “Headline”"
    if kind == PROSE and read_dateline(line, 0, len(line)) is not None:
        return None
    evidence = ["words"] if words >= SHORT_LINE_WORDS else []
    score = _WORDS_SCORE[min(words, len(_WORDS_SCORE) - 1)]
    if kind in (TITLE, FURNITURE) and not ends_with_stop(line):
        score += 1
        evidence.append("no-stop")
    if CAPTION_CREDIT.search(line):
        score -= 3
        evidence.append("caption")
    if DATE_HINT.search(line):
        score -= 2
        evidence.append("dated")
    context, found = _context(page, pos)
    return Candidate(index, score + context, tuple(evidence + found))


def ends_with_stop(line: str) -> bool:
    """The line ends with a full stop (closing quotes and brackets aside)."""
    return line.rstrip("\"'”’)»").endswith(".")


def _context(page: Page, pos: int) -> tuple[int, list[str]]:
    """Cheap evidence from the neighbours: spacing, lists, a title above, prose and a
    likely byline or date below."""
    score, evidence = 0, []
    if _set_off(page, pos):
        score += 2
        evidence.append("set-off")
    elif in_list(page, pos):
        score -= 2
        evidence.append("in-list")
    if (
        pos > 0
        and page.words[page.content[pos]] >= page.words[page.content[pos - 1]]
        and is_title_line(page, pos - 1)
        and (not page.spaced or _set_off_above(page, pos - 1))
    ):
        score -= 2
        evidence.append("below-title")
    if _distance_to_prose(page, pos) is not None:
        score += 1
        evidence.append("prose-follows")
    below = range(pos + 1, min(pos + 3, len(page.content)))
    if any(META_HINT.search(page.line(p)[:_HINT_CHARS]) for p in below):
        score += _HINT
        evidence.append("meta-hint")
    return score, evidence


def _set_off(page: Page, pos: int) -> bool:
    """Blank lines above and below content block ``pos`` (or the start or end of the text);
    above it, a short label may stand between ("Local News |")."""
    index = page.content[pos]
    below = index + 1 >= len(page.blocks) or page.blocks[index + 1].blank_before > 0
    return below and _set_off_above(page, pos)


def _set_off_above(page: Page, pos: int) -> bool:
    index = page.content[pos]
    if index == 0 or page.blocks[index].blank_before > 0:
        return True
    label = page.blocks[index - 1]
    short = page.words[index - 1] <= SHORT_LINE_WORDS
    return short and (index == 1 or label.blank_before > 0)


def is_title_line(page: Page, pos: int) -> bool:
    """A headline-like line of four words or more (up to 20 when it ends like a sentence),
    not in a list, no date, byline or photo credit: the block under it is a deck."""
    line = page.line(pos)
    kind = page.kinds[page.content[pos]]
    words = page.words[page.content[pos]]
    return (
        (kind == TITLE or (kind in (PROSE, SHORT) and words <= _SENTENCE_TITLE_MAX_WORDS))
        and words >= _TITLE_ABOVE_MIN_WORDS
        and not any(mark in line for mark in _BREADCRUMB)
        and line[-1] not in _NOT_LAST
        and not META_HINT.search(line)
        and not CAPTION_CREDIT.search(line)
        and not in_list(page, pos)
    )


def in_list(page: Page, pos: int) -> bool:
    """A menu or teaser list: title blocks above and below, no blank line between."""
    if pos == 0 or pos + 1 >= len(page.content):
        return False
    before, here, after = page.content[pos - 1 : pos + 2]
    return (
        page.kinds[before] == TITLE
        and page.kinds[after] == TITLE
        and page.blocks[here].blank_before == 0
        and page.blocks[after].blank_before == 0
    )


def _distance_to_prose(page: Page, pos: int) -> int | None:
    """How many blocks stand between content block ``pos`` and the next prose block."""
    for step, index in enumerate(page.content[pos + 1 : pos + 2 + META_REACH]):
        if page.kinds[index] == PROSE:
            return step
    return None


def full_score(page: Page, candidate: Candidate) -> Candidate:
    """``candidate`` with the costly evidence added: meta lines below, repeats above."""
    pos = page.position[candidate.index]
    score, evidence = candidate.score, list(candidate.evidence)
    if page.meta_of.is_strong(candidate.index):
        return attrs.evolve(candidate, score=-1, evidence=(*evidence, "is-meta"))
    if "meta-hint" in evidence:  # the hint only ranked the candidate among the checked
        score -= _HINT
        evidence.remove("meta-hint")
    meta_score = _meta_below(page, pos)
    if meta_score:
        score += meta_score
        evidence.append("meta-follows")
        next_is_meta = pos + 1 < len(page.content) and page.meta_of(page.content[pos + 1])
        long_enough = page.words[candidate.index] >= _TITLE_ABOVE_MIN_WORDS
        if "in-list" in evidence and long_enough and next_is_meta:
            score += 2  # the line below is a byline or a date, not a list item
    elif _meta_above(page, pos):
        score += 3
        evidence.append("meta-above")
    repeated = _repeated(page, pos)
    if repeated:
        score += repeated
        evidence.append("repeated")
    if _whole_below(page, pos):
        score -= 3
        evidence.append("cut-short")
    return attrs.evolve(candidate, score=score, evidence=tuple(evidence))


def _meta_above(page: Page, pos: int) -> bool:
    """A byline or printed date right above the candidate (short lines aside), as some
    sites print the date over the headline."""
    for above in range(pos - 1, max(-1, pos - 1 - _META_ABOVE_REACH), -1):
        index = page.content[above]
        if page.meta_of(index) is not None:
            return True
        if page.words[index] > SHORT_LINE_WORDS:
            return False
    return False


def _meta_below(page: Page, pos: int) -> int:
    """4 when a byline or printed date stands right below the candidate (short interface
    lines aside), 3 or 2 when one or two blocks (a deck, a caption) stand between; one
    more when both a byline and a date are there, before any other line; else 0."""
    byline = dated = False
    between = 0
    first_at: int | None = None
    for index in page.content[pos + 1 : pos + 1 + META_REACH]:
        meta = page.meta_of(index)
        if meta is None:
            if page.words[index] > SHORT_LINE_WORDS:
                if first_at is not None:
                    break  # a title between: the meta lines under it are its own
                between += 1
                if between > _META_GAP:
                    break
            continue
        first_at = between if first_at is None else first_at
        byline = byline or meta.byline is not None
        dated = dated or meta.printed is not None
    if first_at is None:
        return 0
    return 4 - first_at + (byline and dated)


def _opens_page_title(line: str, key: str) -> bool:
    """``line`` is ``key`` then a separator and more ("Headline | Site")."""
    return line.startswith(key) and line[len(key) : len(key) + 2].strip() in _TITLE_SEPARATORS


def _cut_short(line: str, other: str, key: str) -> bool:
    """``line`` (normalised ``other``) is the start of the candidate (normalised ``key``)
    cut short with an ellipsis, as a sticky header or a breadcrumb prints a long
    headline ("Council approves the flood barrier after…")."""
    return (
        len(other) < len(key)
        and key.startswith(other)
        and other.count(" ") + 1 >= _REPEAT_MIN_WORDS
        and line.rstrip().endswith(_ELLIPSES)
    )


def _whole_below(page: Page, pos: int) -> bool:
    """The candidate is cut short with an ellipsis and the whole headline stands below."""
    line, key = page.line(pos), page.key(pos)
    if not line.rstrip().endswith(_ELLIPSES):
        return False
    return any(_cut_short(line, key, page.key(p)) for p in range(pos + 1, len(page.content)))


def _repeated(page: Page, pos: int) -> int:
    """2 when the candidate's words end a longer line above (a breadcrumb), start one
    before a separator (a page title, "Headline | Site") or are cut short above with an
    ellipsis, 1 when they stand above alone (a sticky header) or right below (a title
    printed twice), else 0.  Paragraphs of prose are no such lines."""
    key = page.key(pos)
    words = key.count(" ") + 1
    if words < _REPEAT_MIN_WORDS // 2:
        return 0
    found = 0
    keys, kinds, length = page.keys, page.kinds, len(key)
    for index in page.content[:pos]:
        other = keys[index]
        if len(other) > length:
            if kinds[index] != PROSE and (other.endswith(key) or _opens_page_title(other, key)):
                return 2
        elif other == key:
            found = 1 if words >= _REPEAT_MIN_WORDS else found
        elif key.startswith(other) and _cut_short(page.blocks[index].text, other, key):
            return 2
    below = pos + 1 < len(page.content) and page.key(pos + 1) == key
    return 1 if below and words >= _REPEAT_MIN_WORDS else found
