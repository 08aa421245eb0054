"""Parse a page with lxml without losing content at libxml2's limits.

libxml2's HTML parser stops, without raising, at elements nested more than 256
deep or at about 10 MB of text in one buffer: everything after that point is
missing from the tree, trafilatura's as well as ours (it parses the page with
the same default limits).  So the page is parsed with the default limits first
(the cheap common case); when libxml2 reports that it hit one, the page is
parsed again with ``huge_tree`` (depth 2,048, no buffer limit), and that tree
is what trafilatura reads.  Deeper nesting still is flattened: every tag but
paragraphs, line breaks, images, scripts, styles and the head's metadata is
taken out (a block or heading leaves a paragraph break, an inline tag
nothing), so the text is read, and :attr:`Loaded.warnings` says so.  Content
is never dropped silently.

>>> deep = "<html><body>" + "<div>" * 3000 + "<p>Deep text.</p>" + "</div>" * 3000 + "</body></html>"
>>> loaded = load_tree(deep)
>>> "Deep text." in "".join(loaded.tree.itertext()), loaded.warnings[0][:40]
(True, 'the page nests its elements more than 2,')
"""

from __future__ import annotations

from typing import Any

import attrs
import regex
from lxml import etree, html  # type: ignore[import-untyped]  # installed with trafilatura

__all__ = ["Loaded", "load_tree", "text_size"]

_OPTIONS = {"collect_ids": False, "default_doctype": False, "encoding": "utf-8",
            "remove_comments": True, "remove_pis": True, "no_network": True}  # fmt: skip
#: Every element an ``lxml.html`` element, looked up in C: ``lxml.html``'s own lookup (a
#: form or input class by tag) calls Python for each element the walks touch, and doubles
#: their cost; htmldate and trafilatura need only ``HtmlElement``'s methods.
_LOOKUP = etree.ElementDefaultClassLookup(
    element=html.HtmlElement, comment=html.HtmlComment,
    pi=html.HtmlProcessingInstruction, entity=html.HtmlEntity,
)  # fmt: skip
#: Nesting the ``huge_tree`` parser reads (libxml2's own limit).
_HUGE_DEPTH = 2048
#: Tags kept when a page is flattened: the HTML parser closes a paragraph before
#: another opens (``<p><p>``), and the others hold no elements or occur once.
_KEPT = regex.compile(
    r"</?(?!(?:html|head|body|title|meta|link|script|style|p|br|hr|img)\b)"
    r"([a-zA-Z][\w:-]{0,40})\b[^<>]{0,2000}>"
)
#: Inline tags: taken out without a break ("<b>Jo</b>hn" stays "John").
_INLINE = frozenset({"a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "mark", "q",
                     "s", "small", "span", "strong", "sub", "sup", "time", "u"})  # fmt: skip
_NOT_TEXT = ("script", "style", "noscript", "template")


@attrs.frozen
class Loaded:
    """A parsed page: ``tree`` (``None`` when it has no elements), ``source`` (what
    trafilatura reads: the page string, or the tree when the default parse lost
    content) and ``warnings`` about content that could not be read as marked up."""

    tree: Any
    source: Any
    warnings: tuple[str, ...] = ()


def load_tree(page: str) -> Loaded:
    """Parse ``page``: with libxml2's default limits, again with ``huge_tree`` when one
    was hit, and flattened when even that nests too deep (see the module docstring)."""
    tree, limited = _parse(page, huge=False)
    if not limited:
        return Loaded(tree, page)
    tree, limited = _parse(page, huge=True)
    if not limited:
        return Loaded(tree, tree)
    flat = _KEPT.sub(_unwrap, page)
    tree, limited = _parse(flat, huge=True)
    warning = (
        f"the page nests its elements more than {_HUGE_DEPTH:,} deep, beyond what the HTML "
        "parser reads: its container tags were taken out to keep the text"
    )
    if limited:
        warning = (
            f"the page nests its elements more than {_HUGE_DEPTH:,} deep: "
            "content past that depth was dropped"
        )
    return Loaded(tree, tree, (warning,))


def _parse(page: str, *, huge: bool) -> tuple[Any, bool]:
    """The page's root element (``None`` when empty) and whether libxml2 stopped at one
    of its resource limits.  A fresh parser per page, so its error log is its own;
    ``lxml.html`` elements (:data:`_LOOKUP`), which htmldate and trafilatura take as they
    are."""
    parser = html.HTMLParser(huge_tree=huge, **_OPTIONS)
    parser.set_element_class_lookup(_LOOKUP)
    try:
        tree = etree.fromstring(page.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, False
    last = parser.error_log.last_error
    limited = last is not None and last.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT
    return (tree if tree is not None and len(tree) else None), limited


def _unwrap(tag: Any) -> str:
    """A container tag becomes a paragraph break; an inline one disappears."""
    if tag.group(1).lower() in _INLINE:
        return ""
    return "" if tag.group().startswith("</") else "<p>"


def text_size(tree: Any) -> int:
    """Characters of text in the page outside scripts and styles.

    >>> text_size(etree.fromstring("<html><script>var x;</script><p>Hi there</p></html>", etree.HTMLParser()))
    8
    """
    total = len(etree.tostring(tree, method="text", encoding=str))
    for element in tree.iter(*_NOT_TEXT):
        total -= len(element.text or "")
    return total
