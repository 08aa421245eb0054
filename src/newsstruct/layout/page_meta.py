"""Meta lines as a browser copies them from a page header.

On top of :func:`~newsstruct.layout.header_lines.read_meta` (a byline, a
printed date, a role), a pasted page header holds:

- a lead-in alone on its line, the names on the next ("By" / "Jane Doe",
  "Author:" / "Jane Doe");
- a date with a few words around it ("CBS News March 3, 2017, 9:15 AM",
  "Jane Doe March 3, 2017", "Politics | March 3, 2017"), where the words
  before the date may name the author (a person's name of two words or more);
- a bare name between the headline and the body ("Jane Doe", "Jane Doe,
  John Roe"): taken when every name has two words or more and one opens with
  a common given name, since a bare capitalised pair is as often a place or a
  photo credit.

These readings need the header around them, so only the page header reader
(:mod:`newsstruct.layout.page_header`) and the headline finder use them.

>>> from newsstruct.config import Config
>>> from newsstruct.layout.segment import split_lines
>>> text = "By\\nJane Doe\\nMarch 3, 2017"
>>> blocks = split_lines(text).blocks
>>> [a.name for a in read_page_meta(text, blocks, 0, Config()).byline.authors]
['Jane Doe']
>>> read_page_meta(text, blocks, 2, Config()).printed.value
'2017-03-03'
"""

from __future__ import annotations

import attrs
import regex

from newsstruct.config import Config
from newsstruct.layout.bylines import Byline, parse_byline
from newsstruct.layout.header_lines import Meta, read_meta
from newsstruct.layout.lexicons.byline_given_names import BYLINE_GIVEN_NAMES
from newsstruct.layout.lexicons.byline_roles import BYLINE_ROLE_WORDS
from newsstruct.layout.lexicons.outlet_words import OUTLET_WORDS
from newsstruct.layout.patterns import BYLINE_LEAD, DATE_HINT, META_HINT
from newsstruct.layout.printed_dates import read_printed_date, search_printed_date
from newsstruct.layout.region import PROSE
from newsstruct.layout.segment import Block
from newsstruct.lexicons.not_names import NOT_NAME_WORDS
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.model import DateMention
from newsstruct.people.lexicons.given_names import GIVEN_NAMES

__all__ = ["LEAD_ALONE", "NOT_IN_NAMES", "PageMetas", "read_page_meta"]

#: A lead-in alone on its line: the names follow on the next line.
LEAD_ALONE = regex.compile(
    r"^(?:(?:written|posted|published|story|words|reported)[ ]+)?"
    r"(?:by|authors?|writer|reporter)[ ]*:?$",
    regex.IGNORECASE,
)
#: Words besides the date (and its times and labels) a date line may hold.
_DATE_LINE_OTHER_WORDS = 2
#: A bare name has this many words at least and at most.
_NAME_MIN_WORDS = 2
_NAME_MAX_WORDS = 4
#: Given names that make a bare line a byline: the US lists only (with the world's lists a
#: reader's sign-off under a letter, "Atul M. Karnik.", was taken for the page's byline).
_FIRST_NAMES = GIVEN_NAMES | BYLINE_GIVEN_NAMES
#: Words that make a capitalised pair something else than a person's name.
NOT_IN_NAMES = NOT_NAME_WORDS | PLACE_WORDS | ORGANIZATION_WORDS | OUTLET_WORDS
#: What separates the parts of a header line.
_PART_MARKS = "|•·"
#: Lines of at most this many words are checked cheaply first (menus are made of them).
_PLAIN_MAX_WORDS = 3
#: A paragraph of prose is read as a meta line only when a byline or date opens it
#: within this many characters ("By Jane Doe on May 3, 2020 | 18 Comments. This post...").
_HINT_CHARS = 60
#: Words a lead-in alone on its line ends with ("By", "Author:").
_LEAD_WORDS = frozenset({"author", "authors", "by", "reporter", "writer"})


def read_page_meta(text: str, blocks: tuple[Block, ...], index: int, config: Config) -> Meta | None:
    """Block ``index`` of a page header as a meta line (see the module docstring), or ``None``."""
    decided, meta = _read_own_meta(text, blocks, index, config)
    return meta if decided else _read_placed_meta(text, blocks, index)


class PageMetas:
    """The blocks of a page header read as meta lines, each at most once (the headline
    finder and the header reader ask about the same blocks again and again).  Called with
    a block's index, it gives :func:`read_page_meta`'s answer; a paragraph of prose
    is none unless a byline or date opens it.  :meth:`is_strong` asks only whether a
    block is a meta line by itself, not by its place (``weak``), which reads less."""

    def __init__(
        self, text: str, blocks: tuple[Block, ...], kinds: tuple[str, ...], config: Config
    ) -> None:
        self._page = (text, blocks, kinds, config)
        self._read: dict[int, Meta | None] = {}
        self._own: dict[int, tuple[bool, Meta | None]] = {}

    def __call__(self, index: int) -> Meta | None:
        if index not in self._read:
            decided, meta = self._own_meta(index)
            text, blocks, _, _ = self._page
            self._read[index] = meta if decided else _read_placed_meta(text, blocks, index)
        return self._read[index]

    def is_strong(self, index: int) -> bool:
        """Block ``index`` is a meta line that is not ``weak`` (what only the line's place
        makes a meta line is always weak, so that part is not read)."""
        if index in self._read:
            meta = self._read[index]
        else:
            decided, meta = self._own_meta(index)
            meta = meta if decided else None
        return meta is not None and not meta.weak

    def _own_meta(self, index: int) -> tuple[bool, Meta | None]:
        if index not in self._own:
            text, blocks, kinds, config = self._page
            line = blocks[index].text
            if kinds[index] == PROSE and not META_HINT.search(line[:_HINT_CHARS]):
                self._own[index] = True, None
            else:
                self._own[index] = _read_own_meta(text, blocks, index, config)
        return self._own[index]


def _read_own_meta(
    text: str, blocks: tuple[Block, ...], index: int, config: Config
) -> tuple[bool, Meta | None]:
    """Block ``index`` as a meta line by what it holds: ``(True, meta)`` when that decides
    (a byline, date or role line, a lead-in alone over the names, or plainly no meta line),
    ``(False, None)`` when only its place may make it one (:func:`_read_placed_meta`)."""
    under = blocks[index + 1].text if index + 1 < len(blocks) else ""
    over = blocks[index - 1].text if index > 0 else ""
    if _plainly_not_meta(blocks[index].text, under, over):
        return True, None
    meta = read_meta(text, blocks, index, config)
    if meta is not None:
        return True, _credit_weakened(meta, blocks[index].text)
    block = blocks[index]
    if len(block.text) > config.headline_max_words * 12:
        return True, None
    if LEAD_ALONE.match(block.text):
        if index + 1 >= len(blocks):
            return True, None
        following = blocks[index + 1]
        byline = parse_byline(text, following.start, following.end, led=True)
        if byline is None:
            return True, None
        printed = search_printed_date(text, following.start, following.end)
        return True, Meta(byline=byline, printed=printed)
    return False, None


def _read_placed_meta(text: str, blocks: tuple[Block, ...], index: int) -> Meta | None:
    """A weak meta line: a date with a few words around it, or bare names (see the module
    docstring); every meta line read here is ``weak``."""
    block = blocks[index]
    printed = search_printed_date(
        text, block.start, block.end, max_other_words=_DATE_LINE_OTHER_WORDS
    )
    if printed is not None and printed.mention is not None:
        return Meta(byline=_name_beside(text, block, printed.mention), printed=printed, weak=True)
    byline = _bare_names(text, block.start, block.end)
    if byline is None and _beside_a_date(text, blocks, index):
        byline = _bare_names(text, block.start, block.end, known_names=False, several=True)
        if byline is not None and any(_in_lower_case(text, a.name) for a in byline.authors):
            byline = None  # "Climate Change, Public Health": topics, whose words the page uses
    return None if byline is None else Meta(byline=byline, weak=True)


def _in_lower_case(text: str, name: str) -> bool:
    """A word of ``name`` stands somewhere in ``text`` in lower case, as a common word does
    ("change", "health") and a person's name does not ("Mensah")."""
    return any(
        regex.search(rf"(?<!\w){regex.escape(word.lower())}(?!\w)", text) is not None
        for word in name.split()
    )


def _beside_a_date(text: str, blocks: tuple[Block, ...], index: int) -> bool:
    """The line right above or below block ``index`` is a printed date and nothing else."""
    return any(
        0 <= near < len(blocks)
        and DATE_HINT.search(blocks[near].text) is not None
        and read_printed_date(text, blocks[near].start, blocks[near].end) is not None
        for near in (index + 1, index - 1)
    )


def _name_beside(text: str, block: Block, date: DateMention) -> Byline | None:
    """The author's name right before the date in its part of the line ("Jane Doe March 3,
    2017"), else right after it ("The Gazette 03/03/2017 Jane Doe")."""
    part = max(text.rfind(mark, block.start, date.start) for mark in _PART_MARKS) + 1
    before = _bare_names(text, max(block.start, part), date.start, known_names=False)
    if before is not None:
        return before
    start = date.end
    while start < block.end and (text[start].isspace() or text[start] in ",|•·-–—"):
        start += 1
    cut = min(
        (i for i in (text.find(m, start, block.end) for m in _PART_MARKS) if i >= 0),
        default=block.end,
    )
    return _bare_names(text, start, cut, known_names=False)


def _plainly_not_meta(line: str, following: str, above: str) -> bool:
    """A menu item or label of a few words that no reader of meta lines could take: no
    digit, no "by", no separator, no role word, no given name, no role line under it, and
    (for two words or more) no digit in the lines around it."""
    words = line.split()
    if len(words) > _PLAIN_MAX_WORDS or any(c.isdigit() for c in line):
        return False
    if "by" in line.lower() or any(mark in line for mark in ",;|/&·•:"):
        return False
    lowered = [w.lower().strip(".") for w in words]
    if lowered[0] in _FIRST_NAMES or lowered[-1] in BYLINE_ROLE_WORDS or lowered[-1] in _LEAD_WORDS:
        return False
    if len(words) > 1 and (any(c.isdigit() for c in following) or any(c.isdigit() for c in above)):
        return False  # a name over or under a date line
    under = following.split()
    return not (under and under[-1].lower().strip(".") in BYLINE_ROLE_WORDS)


def _credit_weakened(meta: Meta, line: str) -> Meta:
    """A byline without "By" whose names and outlet a slash joins ("Jane Doe / AP") is as
    often a photo credit: a weak meta line."""
    if meta.byline is None or "/" not in line or BYLINE_LEAD.match(line):
        return meta
    return attrs.evolve(meta, weak=True)


def _bare_names(
    text: str, start: int, end: int, *, known_names: bool = True, several: bool = False
) -> Byline | None:
    """The names of ``text[start:end]`` when it holds nothing else (see the module docstring).

    ``known_names``: one of them must open with a common given name (not needed right
    before a printed date, which says what the line is); without it, one name only, or
    with ``several`` a list of two or more (a line of names beside a date line: "Kofi
    Mensah, Ama Owusu"), and no word may name a place, an organisation or an outlet, or
    be all capitals.
    """
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",|•·-–—*†‡0123456789"):
        end -= 1  # trailing separators, and footnote marks glued to a name ("Jane Doe1")
    if end - start < 3 or not text[start].isupper():
        return None
    byline = parse_byline(text, start, end, led=True)
    if byline is None or not byline.authors or byline.outlet is not None:
        return None
    names = [a.name.split() for a in byline.authors]
    if not all(_NAME_MIN_WORDS <= len(n) <= _NAME_MAX_WORDS for n in names):
        return None
    if not known_names and (len(names) > 1) != several:
        return None  # several names before a date: a section or a list, not a byline
    if not known_names and any(w.isupper() or w.lower() in NOT_IN_NAMES for n in names for w in n):
        return None
    if known_names and not any(n[0].lower() in _FIRST_NAMES for n in names):
        return None
    return Byline(byline.authors, None)
