"""Stage 2: header, dateline, sections, body paragraphs and boilerplate.

Every block of :mod:`newsstruct.layout.segment` ends up in exactly one place: the
header (:mod:`newsstruct.layout.header`), a section heading, a body paragraph, or the
boilerplate list with the rule that removed it.  Nothing is lost silently.

>>> from newsstruct.config import Config
>>> from newsstruct.layout.segment import split_lines
>>> text = "Plan approved\\n\\nLONDON (Reuters) - The council approved the plan after a long debate.\\n\\nRead More"
>>> found = read_structure(text, split_lines(text), Config())
>>> found.header.headline.text, found.dateline.location, found.paragraphs[0].text[:11]
('Plan approved', 'LONDON', 'The council')
>>> [(b.text, b.reason) for b in found.boilerplate]
[('Read More', 'lexicon')]
"""

from __future__ import annotations

import attrs

from newsstruct.config import Config
from newsstruct.layout.boilerplate import (
    boilerplate_reason,
    ends_article,
    keys_and_words,
    repeated_lines,
)
from newsstruct.layout.datelines import read_dateline
from newsstruct.layout.header import Header, read_header
from newsstruct.layout.headline import find_headline
from newsstruct.layout.page_header import read_page_header
from newsstruct.layout.page_meta import PageMetas
from newsstruct.layout.patterns import LINE_END_PUNCT, SENTENCE_END
from newsstruct.layout.printed_dates import in_page_convention
from newsstruct.layout.region import (
    PROSE,
    SHORT,
    TITLE,
    ProseRun,
    find_region,
    outside_reason,
    run_end,
)
from newsstruct.layout.segment import Block, Segmentation
from newsstruct.layout.signoff import read_signoff
from newsstruct.model import Author, Boilerplate, Dateline, Paragraph, Region, Section, Span
from newsstruct.text.words import count_words

__all__ = ["Structure", "read_structure"]

_FOOTER_MAX_WORDS = 12
#: Copies of a pasted-twice headline stand next to each other.
_DUPLICATE_HEADLINE_SPREAD = 1
_HEADING_MAX_CHARS = 120


@attrs.frozen
class Structure:
    """What the structure stage found: the :class:`~newsstruct.layout.header.Header`
    and what follows it; ``content`` lists the spans later stages read (headline,
    deck, printed date, section titles and paragraphs, in order), ``region`` where
    the article stands in the text."""

    header: Header
    dateline: Dateline | None = None
    sections: tuple[Section, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    content: tuple[Span, ...] = ()
    region: Region | None = None


def read_structure(
    text: str,
    layout: Segmentation,
    config: Config,
    *,
    headline_at: int | None = None,
    byline_at: int | None = None,
) -> Structure:
    """Classify every block of ``layout``; see the module docstring.

    ``headline_at`` and ``byline_at`` are offsets of blocks known to be the
    headline and the byline (from HTML metadata).
    """
    blocks = layout.blocks
    keys, words = keys_and_words(b.text for b in blocks)
    furniture = _furniture(blocks, keys, config)
    if headline_at is not None or byline_at is not None:
        header, end, kinds = _known_header(text, blocks, furniture, config, headline_at, byline_at)
    else:
        header, run = _find_header(text, blocks, keys, words, furniture, config)
        for index in header.claimed:
            furniture.pop(index, None)
        if header.printed_date is not None:
            printed = in_page_convention(header.printed_date, text)
            header = attrs.evolve(header, printed_date=printed)
        kinds, end = run.kinds, _article_end(blocks, keys, run, header.body_start)
    body = [i for i in range(header.body_start, end) if i not in furniture]
    signed, claimed = header, frozenset[int]()
    if kinds is not None:  # a text read whole: the author may sign under the article
        signed, claimed = _signed(text, blocks, keys, furniture, header, body, config)
        body = [i for i in body if i not in claimed]
    footer = _footer(blocks, body)
    body = body[: len(body) - len(footer)]
    sections, paragraphs = _sections_and_paragraphs(blocks, body, config)
    dateline, paragraphs = _split_dateline(text, paragraphs)
    dateline = dateline or header.dateline
    removed = [Boilerplate(b.start, b.end, b.text, "footer") for b in footer]
    dropped = [*furniture.items(), *header.dropped]
    if kinds is not None:
        after = [i for i in range(end, len(blocks)) if i not in furniture]
        dropped += [(i, outside_reason(blocks[i], kinds[i])) for i in after]
    dropped = [(i, r) for i, r in dropped if i not in claimed]
    removed += [Boilerplate(blocks[i].start, blocks[i].end, blocks[i].text, r) for i, r in dropped]
    removed += [Boilerplate(s, e, text[s:e], "blank-line") for s, e in layout.whitespace_lines]
    return Structure(
        header=signed,
        dateline=dateline,
        sections=sections,
        paragraphs=paragraphs,
        boilerplate=tuple(sorted(removed, key=lambda b: b.start)),
        content=_content(signed, sections, paragraphs),
        region=_region(header, dateline, sections, paragraphs),
    )


def _signed(
    text: str, blocks: tuple[Block, ...], keys: list[str], furniture: dict[int, str],
    header: Header, body: list[int], config: Config,
) -> tuple[Header, frozenset[int]]:  # fmt: skip
    """``header`` with the author and date of a sign-off under the article
    (:mod:`newsstruct.layout.signoff`) where it has none, and the blocks that gave them."""
    if header.byline and header.printed_date is not None:
        return header, frozenset()
    signoff = read_signoff(text, blocks, keys, furniture, tuple(body), config)
    if signoff is None:
        return header, frozenset()
    if not header.byline and signoff.byline:
        header = attrs.evolve(header, byline=signoff.byline)
    if header.printed_date is None and signoff.printed is not None:
        printed = in_page_convention(signoff.printed, text)
        header = attrs.evolve(
            header, printed_date=printed, printed_date_block=signoff.printed_block
        )
    return header, frozenset(signoff.blocks)


def _known_header(
    text: str, blocks: tuple[Block, ...], furniture: dict[int, str], config: Config,
    headline_at: int | None, byline_at: int | None,
) -> tuple[Header, int, None]:  # fmt: skip
    """The header when HTML metadata says which blocks are the headline and the byline
    (the text is the article already extracted: it runs to its end)."""
    known = {b.start: i for i, b in enumerate(blocks) if b.start in (headline_at, byline_at)}
    for index in known.values():
        furniture.pop(index, None)
    header = read_header(
        text, blocks, frozenset(furniture), config,
        known_headline=known.get(headline_at) if headline_at is not None else None,
        known_byline=known.get(byline_at) if byline_at is not None else None,
    )  # fmt: skip
    return header, len(blocks), None


def _find_header(
    text: str, blocks: tuple[Block, ...], keys: list[str], words: tuple[int, ...],
    furniture: dict[int, str], config: Config,
) -> tuple[Header, ProseRun]:  # fmt: skip
    """The header, wherever the headline stands, and the kind of every block.

    The headline is looked for above the densest run of prose; when no block
    there looks enough like one, the text is read as starting at its header.
    Takes the headline out of ``furniture`` (a headline may be repeated on the page).
    """
    run = find_region(blocks, furniture, words)
    meta_of = PageMetas(text, blocks, run.kinds, config)
    found = None
    if run.first is not None:
        found = find_headline(blocks, run, keys, furniture, run.first, meta_of, config)
    if found is None or _headline_above(blocks, run, words, furniture, found.index):
        return read_header(text, blocks, frozenset(furniture), config), run
    furniture.pop(found.index, None)
    header = read_page_header(text, blocks, run.kinds, furniture, found.index, meta_of, config)
    return header, run


def _headline_above(
    blocks: tuple[Block, ...], run: ProseRun, words: tuple[int, ...],
    furniture: dict[int, str], index: int,
) -> bool:  # fmt: skip
    """The block found as the headline is the second of the text and the first is a
    longer title with no menu marks: the text starts at its headline, the block found is
    its deck (``Council approves transit overhaul after six-hour debate`` over ``The plan
    leaves east-side riders behind``)."""
    if index != 1 or 0 in furniture or run.kinds[0] != TITLE or words[0] < words[1]:
        return False
    return not any(mark in blocks[0].text for mark in _MENU_MARKS)


#: Marks that join the items of a menu line ("Home | News | Sport").
_MENU_MARKS = ("|", "•", "·", "›", "»", " / ")


def _article_end(blocks: tuple[Block, ...], keys: list[str], run: ProseRun, first: int) -> int:
    """The index after the article's last block: where the running score of the blocks from
    ``first`` is highest, before any line that opens a list of other stories or comments
    ("Most read", "Leave a reply"), and a list its last paragraph introduces ("includes:")
    with it."""
    kinds = run.kinds
    prose = next((i for i in range(first, len(blocks)) if kinds[i] == PROSE), len(blocks))
    stop = next((i for i in range(prose, len(blocks)) if ends_article(keys[i])), len(blocks))
    last = run_end(run, first, stop)
    if last is None:
        return stop
    end = last + 1
    if blocks[last].text.endswith(":"):
        while end < stop and blocks[end].blank_before == 0 and kinds[end] in (TITLE, SHORT):
            end += 1
    return end


def _furniture(blocks: tuple[Block, ...], keys: list[str], config: Config) -> dict[int, str]:
    """Index -> rule name of every block that is boilerplate wherever it stands.

    A line repeated at the top with its copies close together (a headline
    pasted twice) keeps its first copy; any other repeated line (a site name
    at the top and the foot) is furniture throughout.
    """
    repeated = repeated_lines((b.text for b in blocks), keys)
    last_seen = {key: i for i, key in enumerate(keys) if key in repeated}
    first_seen = {key: i for i, key in reversed(list(enumerate(keys))) if key in repeated}
    found: dict[int, str] = {}
    for i, block in enumerate(blocks):
        key = keys[i]
        first_of_header_pair = (
            key in repeated
            and first_seen[key] == i < config.header_max_lines
            and last_seen[key] - i <= _DUPLICATE_HEADLINE_SPREAD
        )
        reason = boilerplate_reason(
            block.text, repeated=key in repeated and not first_of_header_pair, key=key
        )
        if reason is not None:
            found[i] = reason
    return found


def _footer(blocks: tuple[Block, ...], body: list[int]) -> list[Block]:
    """Short non-sentences after the last paragraph: menus, site names, prompts.

    Not when the paragraph above ends with a colon: then they are a list it introduces.
    """
    footer: list[Block] = []
    for pos in range(len(body) - 1, 0, -1):
        block = blocks[body[pos]]
        if (
            SENTENCE_END.search(block.text)
            or block.text.endswith(":")
            or count_words(block.text, _FOOTER_MAX_WORDS) > _FOOTER_MAX_WORDS
        ):
            break
        footer.append(block)
    if footer and blocks[body[len(body) - len(footer) - 1]].text.endswith(":"):
        return []
    footer.reverse()
    return footer


def _sections_and_paragraphs(
    blocks: tuple[Block, ...], body: list[int], config: Config
) -> tuple[tuple[Section, ...], tuple[Paragraph, ...]]:
    sections: list[Section] = []
    paragraphs: list[Paragraph] = []
    shaped = [_is_heading(blocks[i], config) for i in body]
    for pos, i in enumerate(body):
        block = blocks[i]
        in_list = (pos > 0 and shaped[pos - 1]) or (pos + 1 < len(body) and shaped[pos + 1])
        if paragraphs and pos + 1 < len(body) and shaped[pos] and not in_list:
            title = " ".join(block.text.split())
            sections.append(Section(title, block.start, block.end, block.text))
            continue
        section = len(sections) - 1 if sections else None
        paragraphs.append(Paragraph(block.start, block.end, block.text, section))
    return tuple(sections), tuple(paragraphs)


def _is_heading(block: Block, config: Config) -> bool:
    """A short single line, capitalised, with no punctuation at its end (a "?" is allowed)."""
    line = block.text
    if block.line_count != 1 or len(line) > _HEADING_MAX_CHARS:
        return False
    if not (line[:1].isupper() or line[:1].isdigit()):
        return False
    if not line.endswith("?") and LINE_END_PUNCT.search(line):
        return False  # tested before the words: most paragraphs end with a stop
    return 1 <= count_words(line, config.heading_max_words) <= config.heading_max_words


def _split_dateline(
    text: str, paragraphs: tuple[Paragraph, ...]
) -> tuple[Dateline | None, tuple[Paragraph, ...]]:
    """Take the dateline off the first paragraph, if it opens with one."""
    if not paragraphs:
        return None, paragraphs
    first = paragraphs[0]
    dateline = read_dateline(text, first.start, first.end)
    if dateline is None:
        return None, paragraphs
    start = dateline.end
    while start < first.end and text[start].isspace():
        start += 1
    trimmed = Paragraph(start, first.end, text[start : first.end], first.section)
    return dateline, (trimmed, *paragraphs[1:])


def _region(
    header: Header, dateline: Dateline | None, sections: tuple[Section, ...],
    paragraphs: tuple[Paragraph, ...],
) -> Region | None:  # fmt: skip
    """From the header's first line to the end of the last paragraph; None without one."""
    if not paragraphs:
        return None
    spans: list[Span | Author | Dateline | Section | Paragraph] = [
        s for s in (header.kicker, header.headline, header.deck, header.printed_date_block)
        if s is not None
    ]  # fmt: skip
    spans += [*header.byline, *([dateline] if dateline else []), *sections, *paragraphs]
    return Region(min(s.start for s in spans), max(s.end for s in spans))


def _content(
    header: Header, sections: tuple[Section, ...], paragraphs: tuple[Paragraph, ...]
) -> tuple[Span, ...]:
    """The spans later stages read, in text order."""
    spans = [s for s in (header.headline, header.deck, header.printed_date_block) if s is not None]
    spans += [Span(s.start, s.end, s.text) for s in sections]
    spans += [Span(p.start, p.end, p.text) for p in paragraphs]
    return tuple(sorted(spans, key=lambda s: s.start))
