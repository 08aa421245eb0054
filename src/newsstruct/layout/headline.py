"""Find the headline anywhere above the article of a pasted page.

Every title-shaped block before the first paragraphs of the article region
(:mod:`newsstruct.layout.region`) is a candidate.  Its score adds up evidence
that a reader would use:

- **shape**: a few words or more (menu items have one or two), no final
  period, a capital first letter;
- **set off**: blank lines above and below it, while menus and teaser lists
  run line after line;
- **followed by the article**: a byline or a printed date below it, and the
  first paragraph of prose a few blocks further down;
- **repeated**: the same words end a breadcrumb ("Home » News » Headline") or
  stand elsewhere on the page (a page title, a sticky header).

Everything is counted in blocks, so no site's layout is assumed.  The best
candidate wins; on a tie, the one nearer the article.  The cheap shape and
context evidence is scored for every candidate, the meta lines and repeats
only for the best few.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

from newsstruct.config import Config
from newsstruct.layout.boilerplate import normalise_line
from newsstruct.layout.datelines import read_dateline
from newsstruct.layout.header_lines import Meta
from newsstruct.layout.patterns import META_HINT
from newsstruct.layout.region import FURNITURE, LINKS, PROSE, SHORT, TITLE
from newsstruct.layout.segment import Block

__all__ = ["Candidate", "find_headline"]

#: Furniture reasons that do not stop a block being the headline (a headline repeated on the page).
_CANDIDATE_FURNITURE = frozenset({"repeated-line"})
#: How many blocks at the start of the article region may still be the headline.
_AHEAD = 6
#: Blocks after a candidate searched for its byline and printed date.
_META_REACH = 7
#: How many of the best-shaped candidates are checked for meta lines and repeats.
_CHECKED = 12
_MIN_SCORE = 5
#: A repeated line of at most this many words may be the site's name.
_SITE_NAME_MAX_WORDS = 3
#: A title line of this many words makes the candidate below it a deck.
_TITLE_ABOVE_MIN_WORDS = 4
#: Characters that open a headline besides letters and digits.
_OPENERS = "\"'“‘¿¡«(["
#: Characters a menu item or breadcrumb ends with, never a headline.
_NOT_LAST = ":,;|›»>/-–—·•"
#: Breadcrumb separators ("Home » News » Headline"): a block with one is no headline.
_BREADCRUMB = ("»", "›", " > ", "/ ")


@attrs.frozen
class Candidate:
    """A headline candidate: block ``index`` and the evidence for it, by name."""

    index: int
    score: int
    evidence: tuple[str, ...]


def find_headline(
    blocks: tuple[Block, ...],
    kinds: tuple[str, ...],
    furniture: Mapping[int, str],
    region_first: int,
    meta_of: Callable[[int], Meta | None],
    config: Config,
) -> Candidate | None:
    """The best headline candidate above (or at the start of) the region, if any scores enough.

    ``meta_of`` reads a block as a meta line (byline, printed date, role) or returns None.
    A candidate that reads like a sentence, or stands inside the region below its
    first block, needs a byline or date below it.
    """
    content = [i for i in range(len(blocks)) if furniture.get(i) in (None, *_CANDIDATE_FURNITURE)]
    position = {index: pos for pos, index in enumerate(content)}
    stop = next((p for p, i in enumerate(content) if i >= region_first), len(content))
    window = content[: min(len(content), stop + _AHEAD)]
    scored = [
        c
        for pos, index in enumerate(window)
        if (c := _shape_score(blocks, kinds, content, pos, config)) is not None
    ]
    scored.sort(key=lambda c: (c.score, c.index), reverse=True)
    checked = [
        _with_evidence(blocks, kinds, content, position, c, meta_of) for c in scored[:_CHECKED]
    ]
    checked = [
        c
        for c in checked
        if c.score >= _MIN_SCORE
        and (
            "meta-follows" in c.evidence
            or not _needs_meta(blocks[c.index], kinds[c.index], c.index > region_first)
        )
        and not (c.index in furniture and _copy_below(blocks, c.index, region_first))
    ]
    return max(checked, key=lambda c: (c.score, c.index), default=None)


def _copy_below(blocks: tuple[Block, ...], index: int, region_first: int) -> bool:
    """A short repeated line with a copy inside the article or below it: a site name at the
    top and the foot of the page, not a headline."""
    if len(blocks[index].text.split()) > _SITE_NAME_MAX_WORDS:
        return False
    key = normalise_line(blocks[index].text)
    start = max(index + 1, region_first)
    return any(normalise_line(b.text) == key for b in blocks[start:])


def _needs_meta(block: Block, kind: str, inside: bool) -> bool:
    """A sentence (or a block inside the article) is a headline only above a byline or date."""
    return inside or kind == PROSE or (kind == SHORT and _ends_with_stop(block.text))


def _ends_with_stop(line: str) -> bool:
    return line.rstrip("\"'”’)»").endswith(".")


def _shape_score(
    blocks: tuple[Block, ...], kinds: tuple[str, ...], content: list[int], pos: int,
    config: Config,
) -> Candidate | None:  # fmt: skip
    """The cheap evidence: shape, spacing, list membership, distance to prose."""
    index = content[pos]
    line = blocks[index].text
    kind = kinds[index]
    if kind == LINKS or not (line[0].isupper() or line[0].isdigit() or line[0] in _OPENERS):
        return None
    words = len(line.split())
    if words > config.headline_max_words or line[-1] in _NOT_LAST:
        return None
    if any(mark in line for mark in _BREADCRUMB):
        return None
    if kind == PROSE and read_dateline(line, 0, len(line)) is not None:
        return None
    evidence = []
    score = 0
    if words >= 3:
        score += 1 if words < 5 else 2
        evidence.append("words")
    if kind in (TITLE, FURNITURE):
        score += 1
        evidence.append("no-stop")
    elif _ends_with_stop(line):
        score -= 1
    context, found = _context(blocks, kinds, content, pos)
    return Candidate(index, score + context, tuple(evidence + found))


def _context(
    blocks: tuple[Block, ...], kinds: tuple[str, ...], content: list[int], pos: int
) -> tuple[int, list[str]]:
    """Cheap evidence from the neighbours: spacing, lists, a title above, prose and a
    likely byline or date below."""
    block = blocks[content[pos]]
    score, evidence = 0, []
    following = blocks[content[pos + 1]] if pos + 1 < len(content) else None
    if (pos == 0 or block.blank_before > 0) and (following is None or following.blank_before > 0):
        score += 2
        evidence.append("set-off")
    elif _in_list(blocks, kinds, content, pos):
        score -= 2
        evidence.append("in-list")
    if pos > 0 and _is_title_line(blocks, kinds, content, pos - 1):
        score -= 2
        evidence.append("below-title")
    distance = _distance_to_prose(kinds, content, pos)
    if distance is not None and distance <= _META_REACH:
        score += 2 if distance <= 3 else 1
        evidence.append("prose-follows")
    if any(META_HINT.search(blocks[i].text) for i in content[pos + 1 : pos + 3]):
        score += 2
        evidence.append("meta-hint")
    return score, evidence


def _is_title_line(
    blocks: tuple[Block, ...], kinds: tuple[str, ...], content: list[int], pos: int
) -> bool:
    """A headline-like line of four words or more, not in a list, no date or byline: the
    block under it is a deck."""
    line = blocks[content[pos]].text
    return (
        kinds[content[pos]] == TITLE
        and len(line.split()) >= _TITLE_ABOVE_MIN_WORDS
        and not any(mark in line for mark in _BREADCRUMB)
        and line[-1] not in _NOT_LAST
        and not META_HINT.search(line)
        and not _in_list(blocks, kinds, content, pos)
    )


def _in_list(
    blocks: tuple[Block, ...], kinds: tuple[str, ...], content: list[int], pos: int
) -> bool:
    """A menu or teaser list: title blocks above and below, no blank line between."""
    if pos == 0 or pos + 1 >= len(content):
        return False
    before, after = content[pos - 1], content[pos + 1]
    return (
        kinds[before] == TITLE
        and kinds[after] == TITLE
        and blocks[content[pos]].blank_before == 0
        and blocks[after].blank_before == 0
    )


def _distance_to_prose(kinds: tuple[str, ...], content: list[int], pos: int) -> int | None:
    """How many blocks stand between ``content[pos]`` and the next prose block."""
    for step, index in enumerate(content[pos + 1 : pos + 2 + _META_REACH]):
        if kinds[index] == PROSE:
            return step
    return None


def _with_evidence(
    blocks: tuple[Block, ...], kinds: tuple[str, ...], content: list[int],
    position: dict[int, int], candidate: Candidate, meta_of: Callable[[int], Meta | None],
) -> Candidate:  # fmt: skip
    """``candidate`` with the costly evidence added: meta lines below and above, repeats."""
    pos = position[candidate.index]
    score, evidence = candidate.score, list(candidate.evidence)
    if meta_of(candidate.index) is not None:
        return attrs.evolve(candidate, score=-1, evidence=(*evidence, "is-meta"))
    meta_score = _meta_below(kinds, content, pos, meta_of)
    if meta_score:
        score += meta_score
        evidence.append("meta-follows")
        if "in-list" in evidence:  # the line below is a byline or a date, not a list item
            score += 2
    if pos > 0 and meta_of(content[pos - 1]) is not None:
        score += 1
        evidence.append("meta-above")
    if _repeated(blocks, content, pos):
        score += 2
        evidence.append("repeated")
    return attrs.evolve(candidate, score=score, evidence=tuple(evidence))


def _meta_below(
    kinds: tuple[str, ...], content: list[int], pos: int, meta_of: Callable[[int], Meta | None]
) -> int:
    """Evidence from the byline and printed date below a candidate: 4 when the first comes
    right under it, less the more blocks stand between; one more when both are there.
    The search stops at the second block of prose (the first may be a deck or a caption)."""
    first_at: int | None = None
    byline = dated = False
    prose = 0
    for step, index in enumerate(content[pos + 1 : pos + 1 + _META_REACH]):
        meta = meta_of(index)
        if meta is None:
            prose += kinds[index] == PROSE
            if prose == 2:
                break
            continue
        first_at = step if first_at is None else first_at
        byline = byline or meta.byline is not None
        dated = dated or meta.printed is not None
    if first_at is None:
        return 0
    return max(1, 4 - first_at) + (byline and dated)


def _repeated(blocks: tuple[Block, ...], content: list[int], pos: int) -> bool:
    """The candidate's words stand elsewhere above it: a copy, the end of a breadcrumb,
    or the start of a page title ("Headline | Site")."""
    key = normalise_line(blocks[content[pos]].text)
    if len(key) < 8:
        return False
    for index in content[:pos]:
        other = normalise_line(blocks[index].text)
        if other == key or (
            len(other) > len(key) and (other.endswith(key) or other.startswith(key))
        ):
            return True
    return False
