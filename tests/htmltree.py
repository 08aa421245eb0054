"""A small element tree of an HTML page, built with the standard library's parser.

Enough to check the view's structure in tests: elements with their attributes,
children (elements and text, in order) and text content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from html.parser import HTMLParser

import attrs

__all__ = ["Element", "parse"]

_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"})  # fmt: skip


@attrs.define(eq=False)
class Element:
    """One element: ``tag``, ``attrs`` (values as parsed), ``children`` (elements or text)."""

    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = attrs.Factory(list)
    parent: Element | None = None

    @property
    def text(self) -> str:
        """All text inside, in document order (what the DOM calls ``textContent``)."""
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self) -> Iterator[Element]:
        """This element and every element inside it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, match: Callable[[Element], bool]) -> list[Element]:
        return [e for e in self.iter() if match(e)]

    def by_id(self, ident: str) -> Element:
        found = self.find_all(lambda e: e.attrs.get("id") == ident)
        assert len(found) == 1, f"{len(found)} elements with id {ident!r}"
        return found[0]

    def with_class(self, name: str, tag: str | None = None) -> list[Element]:
        return self.find_all(lambda e: name in e.classes and (tag is None or e.tag == tag))

    def ancestors(self) -> Iterator[Element]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attributes}, parent=self.stack[-1])
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        if self.stack[-1].tag != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1].tag}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        children = self.stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)


def parse(page: str) -> Element:
    """The tree of ``page``; fails when its tags do not nest or do not all close."""
    builder = _Builder()
    builder.feed(page)
    builder.close()
    assert not builder.errors, builder.errors
    assert builder.stack == [builder.root], [e.tag for e in builder.stack]
    return builder.root
