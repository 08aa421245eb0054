"""Give extracted text the paragraph breaks of the page's HTML blocks.

When trafilatura's main extractor finds too little, its fallback takes the
whole text of an ``<article>`` (or the page) as one run: the byline, the
dateline and every paragraph end up on one line ("By Ann Lee LONDON (Reuters)
- ...").  This module puts a line break wherever one of the page's block
elements (``<p>``, ``<h2>``, ``<li>``, a ``<div>`` with text of its own...)
starts inside such a line, so the text's paragraphs follow the HTML again.

>>> from lxml import html
>>> story = "LONDON (Reuters) - Rain fell all night on the city and its suburbs, officials said."
>>> tree = html.fromstring(f"<div><p>By Ann Lee</p><p>{story}</p><p>Roads were shut.</p></div>")
>>> follow_blocks(f"By Ann Lee {story} Roads were shut.", tree).split("\\n")
['By Ann Lee', 'LONDON (Reuters) - Rain fell all night on the city and its suburbs, officials said.', 'Roads were shut.']
"""

from __future__ import annotations

from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # installed with trafilatura

__all__ = ["follow_blocks"]

#: Text with more lines than this already follows its blocks: left as is.
_MAX_LINES = 3
#: Lines shorter than this hold at most a paragraph or two: left as is.
_MIN_LINE_CHARS = 100
#: The first characters of a block that are looked for in the text.
_PREFIX_CHARS = 60
#: How far ahead of the last found block the next one is looked for.
_WINDOW_CHARS = 20_000
#: Elements whose start opens a paragraph.
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
           "figcaption", "div", "section", "header", "address", "td")  # fmt: skip
_BLOCK_SET = frozenset({*_BLOCKS, "br"})
#: A block text shorter than this is only trusted where a capitalised word follows it.
_SURE_CHARS = 25
#: Blocks of fewer words ("Home", "Share") are not looked for.
_MIN_WORDS = 2
_NOT_TEXT = frozenset({"script", "style", "noscript", "template"})
#: A block's opening text is looked for among at most this many of its elements.
_MAX_NODES = 200
#: At most this many blocks are read: hostile pages may have hundreds of thousands.
_MAX_BLOCKS = 5_000


def follow_blocks(text: str, tree: Any) -> str:
    """``text`` with a line break before every page block that starts inside one of its
    long lines; text of several lines (the main extractor's own output) is returned as is."""
    lines = text.split("\n")
    if len(lines) > _MAX_LINES or all(len(line) < _MIN_LINE_CHARS for line in lines):
        return text
    breaks: set[int] = set()
    cursor = 0
    for opening, whole in _block_openings(tree):
        at = text.find(opening, cursor, cursor + _WINDOW_CHARS)
        if at < 0 or (at > 0 and text[at - 1] != " "):
            continue
        if whole and len(opening) < _SURE_CHARS:
            # a short block ("By Ann Lee") may also stand inside a sentence: only where a
            # capitalised word or the end follows, and never moving the search on
            after = text[at + len(opening) : at + len(opening) + 2]
            if not (after == "" or (after[:1] == " " and after[1:].isupper())):
                continue
        else:
            cursor = at
        if at > 0:
            breaks.add(at - 1)
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = "\n"
    return "".join(chars)


def _block_openings(tree: Any) -> list[tuple[str, bool]]:
    """The opening characters of each block's text, single-spaced, in page order, and
    whether that is the block's whole text.

    A block's text starts with its own text, else with its first child's: nested
    blocks ("<li><p>") give the same opening, found once."""
    openings: list[tuple[str, bool]] = []
    for number, element in enumerate(tree.iter(*_BLOCKS)):
        if number >= _MAX_BLOCKS:
            break
        opening = _opening_text(element)
        if len(opening) > _PREFIX_CHARS:
            openings.append((opening[:_PREFIX_CHARS], False))
        elif len(opening.split()) >= _MIN_WORDS:
            openings.append((opening, True))
    return openings


def _opening_text(element: Any) -> str:
    """The element's text up to a little over ``_PREFIX_CHARS``, whitespace runs as one space
    (scripts and styles left out); "" when that text is not found within ``_MAX_NODES``
    elements (a container of empty ones: each block costs little)."""
    pieces: list[str] = []
    size = 0
    for count, (event, node) in enumerate(etree.iterwalk(element, events=("start", "end"))):
        if count > 2 * _MAX_NODES:
            return ""
        if event == "start":
            piece = node.text if isinstance(node.tag, str) and node.tag not in _NOT_TEXT else None
        else:
            piece = node.tail if node is not element else None
        if node.tag in _BLOCK_SET:
            pieces.append(" ")  # "<p>Lee</p><p>LONDON": the blocks' words stay apart
        if piece:
            pieces.append(piece)
            size += len(piece)
            if size > 2 * _PREFIX_CHARS:
                break
    return " ".join("".join(pieces).split())
