"""Find the headline anywhere above the article of a pasted page.

Every title-shaped block above the first paragraphs of the article region
(:mod:`newsstruct.layout.region`), or among its first few blocks, is a
candidate.  Its score adds up the evidence a reader uses
(:mod:`newsstruct.layout.headline_evidence`): a few words or more, no final
period, blank lines around it, a byline or date below it, the article's
prose a few blocks down, the same words in a breadcrumb above; against it,
standing in a list of menu items or teasers, right under a title line (a
deck), or carrying a photo credit (a caption).

The best candidate wins; on a tie one of three words or more (a section label
of two over the date line may tie with the headline under it), then the earlier
one, since a header reads headline first and deck and captions after.
Everything is counted in blocks and words, so no site's layout is assumed.

A candidate that reads like a sentence (a lede, a caption), or stands inside
the region below its first block, needs a byline or date below it; a short
repeated line with a copy further down is the site's name, not a headline.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from newsstruct.config import Config
from newsstruct.layout.headline_evidence import (
    Candidate,
    Page,
    ends_with_stop,
    full_score,
    shape_score,
)
from newsstruct.layout.page_meta import PageMetas
from newsstruct.layout.region import PROSE, SHORT, TITLE, ProseRun
from newsstruct.layout.segment import Block

__all__ = ["Candidate", "find_headline"]

#: Furniture reasons that do not stop a block being the headline (a headline repeated on the page).
_CANDIDATE_FURNITURE = frozenset({"repeated-line"})
_CANDIDATE_REASONS = (None, *_CANDIDATE_FURNITURE)
#: How many blocks at the start of the article region may still be the headline.
_AHEAD = 6
#: How many of the best candidates by the cheap evidence are checked in full, and how
#: many of the nearest above the lede besides (a list of teasers above may outrank them).
_CHECKED = 12
_NEAREST_CHECKED = 3
_MIN_SCORE = 5
#: Without one that scores enough, a set-off title right above the region needs this much.
_NEAREST_MIN_SCORE = 3
#: A candidate more blocks than this above the lede is far from the article.
_FAR_BLOCKS = 25
#: A title under one paragraph of the region has this many words to be the headline.
_UNDER_NOTICE_MIN_WORDS = 6
#: How many blocks into the region the lede is looked for.
_LEDE_REACH = 150
#: The lede is the first pair of paragraphs with this many words (else the first pair):
#: a sidebar's short lines of comments above the article may read as prose.
_LEDE_PAIR_WORDS = 30
#: A title of at most this many words between two paragraphs is a section heading.
_HEADING_WORDS = 6
#: A paragraph this many blocks above a candidate makes it a heading under it.
_PROSE_NEAR = 3
#: A candidate under this many paragraphs of the article is one of its headings.
_ARTICLE_PROSE = 1
#: A repeated line of at most this many words may be the site's name.
_SITE_NAME_MAX_WORDS = 3


def find_headline(
    blocks: tuple[Block, ...],
    run: ProseRun,
    keys: list[str],
    furniture: Mapping[int, str],
    region_first: int,
    meta_of: PageMetas,
    config: Config,
) -> Candidate | None:
    """The best headline candidate above (or at the start of) the region, if any scores enough.

    ``run`` holds the kinds and numbers of words of the blocks, ``keys`` the blocks
    normalised (``normalise_line``); ``meta_of`` reads a block as a meta line (byline,
    printed date, role) or returns None.
    """
    content = [i for i in range(len(blocks)) if furniture.get(i) in _CANDIDATE_REASONS]
    spaced = any(b.blank_before for b in blocks[: region_first + 1])  # over the article
    position = {i: p for p, i in enumerate(content)}
    page = Page(blocks, run.kinds, run.words, keys, content, position, meta_of, spaced)
    lede = _lede(page, region_first)
    stop = page.position.get(lede, len(content))
    cheap = [
        c
        for pos in range(min(len(content), stop + _AHEAD))
        if (c := shape_score(page, pos, config)) is not None
    ]
    nearest = [c for c in cheap if page.position[c.index] < stop][-_NEAREST_CHECKED:]
    cheap.sort(key=lambda c: (c.score, -c.index), reverse=True)
    chosen = cheap[:_CHECKED] + [c for c in nearest if c not in cheap[:_CHECKED]]
    checked = [
        _far(page, _after_prose(page, full_score(page, c), region_first, stop), stop)
        for c in chosen
    ]
    standing = [c for c in checked if _may_stand(page, furniture, region_first, lede, c)]
    best = max(standing, key=lambda c: (c.score, "words" in c.evidence, -c.index), default=None)
    if best is not None and best.score >= _MIN_SCORE:
        return best
    return _nearest_title(page, standing, region_first)


def _lede(page: Page, region_first: int) -> int:
    """The article's first paragraph: the first prose block of the region with another
    right under it, the two of 30 words or more if any pair has that many (a single one,
    or one printed twice, may be a site's notice above the header); without such a pair,
    the first two of 30 words with a section heading between them (an article whose
    paragraphs all stand under headings)."""
    content = page.content
    start = next((p for p, i in enumerate(content) if i >= region_first), len(content))
    first = None
    bridged = None
    for pos in range(start, min(len(content) - 1, start + _LEDE_REACH)):
        here, after = content[pos], content[pos + 1]
        if (
            bridged is None
            and _heading(page, after)
            and pos + 2 < len(content)
            and _prose_pair(page, here, content[pos + 2]) >= _LEDE_PAIR_WORDS
        ):
            bridged = here  # a paragraph, a section heading, a paragraph
        words = _prose_pair(page, here, after)
        if words >= _LEDE_PAIR_WORDS:
            return here
        if words and first is None:
            first = here
    if bridged is not None:
        return bridged
    return region_first if first is None else first


def _prose_pair(page: Page, here: int, after: int) -> int:
    """The words of two different prose blocks, or 0 when they are not."""
    if page.kinds[here] == page.kinds[after] == PROSE and page.keys[here] != page.keys[after]:
        return page.words[here] + page.words[after]
    return 0


def _heading(page: Page, index: int) -> bool:
    """A title of a few words between two paragraphs: a section heading of the article."""
    return page.kinds[index] == TITLE and page.words[index] <= _HEADING_WORDS


def _far(page: Page, candidate: Candidate, lede_pos: int) -> Candidate:
    """A candidate far above the lede loses 1 (``far``): a menu or teaser block, unless the
    evidence for it is strong (a header's video list may stand between)."""
    if lede_pos - page.position[candidate.index] <= _FAR_BLOCKS:
        return candidate
    return attrs.evolve(candidate, score=candidate.score - 1, evidence=(*candidate.evidence, "far"))


def _after_prose(page: Page, candidate: Candidate, region_first: int, lede_pos: int) -> Candidate:
    """A candidate under the first paragraph of the region loses 2 (``after-prose``): the
    paragraph may be a site's notice, but is more often the article's lede.  Not one
    with a byline or date below or right above (the header of an article further down),
    unless it stands under the lede itself; not the block right above the lede with no
    paragraph in the few blocks over it: that paragraph is a sidebar's (under a
    paragraph, the block is a section heading)."""
    pos = page.position[candidate.index]
    has_meta = "meta-follows" in candidate.evidence or "meta-above" in candidate.evidence
    if candidate.index <= region_first or (has_meta and pos <= lede_pos):
        return candidate
    over = page.content[max(0, pos - _PROSE_NEAR) : pos]
    if pos == lede_pos - 1 and all(page.kinds[i] not in (PROSE, SHORT) for i in over):
        return candidate  # over a sidebar's lines, not under the article's sentences
    return attrs.evolve(
        candidate, score=candidate.score - 2, evidence=(*candidate.evidence, "after-prose")
    )


def _nearest_title(page: Page, standing: list[Candidate], region_first: int) -> Candidate | None:
    """Without a candidate that scores enough, the set-off title nearest above the article
    (a blog post's heading with no byline or date), if one scores 3; under one paragraph
    of the region (a site's notice above the header) only a title longer than a section
    heading."""
    above = [
        c
        for c in standing
        if "set-off" in c.evidence
        and c.score >= _NEAREST_MIN_SCORE
        and (
            c.index < region_first
            or (
                _prose_between(page, region_first, c.index) == 1
                and page.words[c.index] >= _UNDER_NOTICE_MIN_WORDS
            )
        )
    ]
    return max(above, key=lambda c: (c.score, c.index), default=None)


def _may_stand(
    page: Page, furniture: Mapping[int, str], region_first: int, lede: int,
    candidate: Candidate,
) -> bool:  # fmt: skip
    """Sentences and blocks inside the article (under its lede) need a byline or date
    below; a site's name is out."""
    if "meta-follows" in candidate.evidence:
        return True
    index = candidate.index
    kind = page.kinds[index]
    line = page.blocks[index].text
    if kind == PROSE or (kind == SHORT and ends_with_stop(line)):
        return False
    if index > lede and _prose_between(page, lede, index) >= _ARTICLE_PROSE:
        return False  # a heading inside the article
    return not (index in furniture and _copy_below(page, index, region_first))


def _prose_between(page: Page, first: int, index: int) -> int:
    return sum(page.kinds[i] == PROSE for i in range(first, index))


def _copy_below(page: Page, index: int, region_first: int) -> bool:
    """A short repeated line with a copy inside the article or below it: a site name at the
    top and the foot of the page, not a headline."""
    if page.words[index] > _SITE_NAME_MAX_WORDS:
        return False
    return page.keys[index] in page.keys[max(index + 1, region_first) :]
