"""What a page says about itself in machine-readable form: ``<meta>`` tags and its
JSON-LD (schema.org) article.

Only the page's *main* article object is read: the one whose ``@type`` is an
article or posting type (``NewsArticle``, ``BlogPosting``, ``ScholarlyArticle``...),
the one whose headline is closest to the page title when there are several.
Authors listed by teaser ``ItemList`` entries or by other objects on the page
are never taken.  schema.org's own types tell a ``Person`` from an
``Organization`` author.

>>> from lxml import etree
>>> page = etree.fromstring(
...     '<html><head><meta property="og:site_name" content="Valley Ledger">'
...     '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Plan approved",'
...     ' "datePublished": "2024-03-11T23:30:00-05:00", "author": [{"@type": "Person", "name":'
...     ' "Jane Doe"}, {"@type": "Organization", "name": "Valley Ledger Staff"}]}</script>'
...     '</head><body></body></html>', etree.HTMLParser())
>>> meta = read_metadata(page)
>>> [(c.name, c.kind) for c in meta.authors], meta.published, meta.site
([('Jane Doe', 'person'), ('Valley Ledger Staff', 'organization')], (('ld', '2024-03-11T23:30:00-05:00'),), 'Valley Ledger')
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import regex

__all__ = ["Credit", "Metadata", "read_metadata"]

#: ``<meta>`` keys that name the article's authors (several tags may each name one).
_AUTHOR_KEYS = ("author", "article:author", "og:article:author", "byl", "dc.creator",
                "dcterms.creator", "sailthru.author", "parsely-author", "citation_author")  # fmt: skip
#: ``twitter:labelN`` values that say ``twitter:dataN`` names the author.
_AUTHOR_LABELS = frozenset({"author", "authors", "by", "written by", "written"})
#: ``<meta>`` keys stating when the article was first published, most explicit first.
_PUBLISHED_KEYS = ("article:published_time", "og:article:published_time", "og:published_time",
                   "datepublished", "citation_publication_date", "citation_date",
                   "parsely-pub-date", "sailthru.date", "publish-date", "publishdate",
                   "publish_date", "pubdate", "dc.date.issued", "dcterms.issued", "dc.date",
                   "dcterms.date", "dcterms.created", "date")  # fmt: skip
#: The first keys of ``_PUBLISHED_KEYS`` say "published" explicitly.
_EXPLICIT_KEYS = 4
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
                  "last-modified")  # fmt: skip
#: ``@type`` endings of an article object.
_ARTICLE_TYPES = regex.compile(r"(?:article|posting|report)$", regex.IGNORECASE)
_ORGANIZATION_TYPES = regex.compile(r"organi[sz]ation|corporation|newsmedia|ngo", regex.IGNORECASE)
#: Types of the parties an article names, never the article itself.
_PARTY_TYPES = frozenset({"Person", "Organization", "NewsMediaOrganization", "Corporation"})
_WORD = regex.compile(r"\w+")
#: At most this many JSON-LD values are looked at (hostile pages may hold millions).
_MAX_OBJECTS = 500


@attrs.frozen
class Credit:
    """An author named by metadata, with schema.org's kind for it when known."""

    name: str
    kind: str = "person"


@attrs.frozen
class Metadata:
    """``metas`` maps each lowercased ``<meta>`` key to its values in page order;
    ``article`` is the page's main JSON-LD article object; ``authors`` the credits of
    that article, else of ``<meta>`` tags; ``published`` and ``modified`` are
    ``(source, value)`` pairs, source ``"ld"`` (JSON-LD), ``"meta"`` (an explicit
    published key) or ``"other"`` (a generic one: "date", "dc.date"); ``created``
    holds JSON-LD ``dateCreated`` values."""

    metas: Mapping[str, tuple[str, ...]]
    article: Mapping[str, Any] | None
    page_title: str | None
    titles: tuple[str, ...]
    authors: tuple[Credit, ...]
    meta_authors: tuple[Credit, ...]
    published: tuple[tuple[str, str], ...]
    modified: tuple[str, ...]
    created: tuple[str, ...]
    site: str | None

    def first(self, key: str) -> str | None:
        """The first value of ``<meta>`` key ``key`` (lowercase), if any."""
        values = self.metas.get(key)
        return values[0] if values else None


def read_metadata(tree: Any) -> Metadata:
    """The page's ``<title>``, ``<meta>`` tags and main JSON-LD article (see the module
    docstring)."""
    title_element = tree.find(".//title")
    page_title = _text("".join(title_element.itertext())) if title_element is not None else None
    metas = _metas(tree)
    linked = list(_json_ld(tree))
    article = _main_article(linked, page_title)
    titles = [v for k in ("og:title", "twitter:title") for v in metas.get(k, ())[:1]]
    headline = _text(article.get("headline")) if article else None
    published = [("ld", v) for v in _ld_dates(article, "datePublished")]
    for number, key in enumerate(_PUBLISHED_KEYS):
        source = "meta" if number < _EXPLICIT_KEYS else "other"
        published += [(source, v) for v in metas.get(key, ())[:1]]
    return Metadata(
        metas=metas,
        article=article,
        page_title=page_title,
        titles=tuple([*titles, headline] if headline else titles),
        authors=tuple(_ld_credits(article.get("author"), linked) if article else ()),
        meta_authors=tuple(_meta_credits(metas)),
        published=tuple(published),
        modified=(
            *_ld_dates(article, "dateModified"),
            *(v for k in _MODIFIED_KEYS for v in metas.get(k, ())[:1]),
        ),
        created=tuple(_ld_dates(article, "dateCreated")),
        site=_site(metas, article),
    )


def _metas(tree: Any) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        value = _text(meta.get("content"))
        if key and value:
            found.setdefault(key.lower(), []).append(value)
    return {key: tuple(values) for key, values in found.items()}


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    """Every top-level JSON-LD object on the page, ``@graph`` members included (objects
    nested inside others, such as the entries of a teaser ``ItemList``, are not)."""
    count = 0
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:  # strict=False: raw line breaks inside strings are common
            data = json.loads(_unwrapped(script.text or ""), strict=False)
        except ValueError:
            continue
        queue: deque[Any] = deque([data])
        while queue and count < _MAX_OBJECTS:
            item = queue.popleft()
            count += 1
            if isinstance(item, list):
                queue.extendleft(reversed(item[:_MAX_OBJECTS]))
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    queue.extendleft(reversed(item["@graph"][:_MAX_OBJECTS]))


def _unwrapped(script: str) -> str:
    """The JSON inside a script, without ``<!-- -->`` or CDATA wrappers and a final ";"."""
    text = script.strip()
    for opening, closing in (("<!--", "-->"), ("/*<![CDATA[*/", "/*]]>*/"), ("<![CDATA[", "]]>")):
        if text.startswith(opening) and text.endswith(closing):
            text = text[len(opening) : -len(closing)].strip()
    return text.rstrip(";")


def _types(item: Mapping[str, Any]) -> list[str]:
    kind = item.get("@type")
    if isinstance(kind, str):
        return [kind]
    return [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else []


def _main_article(linked: list[dict[str, Any]], page_title: str | None) -> dict[str, Any] | None:
    """The article object of the page: of several, the one whose headline shares most
    words with the page title (the first on a tie)."""
    articles = [i for i in linked if any(_ARTICLE_TYPES.search(t) for t in _types(i))]
    if not articles:  # a WebPage or CreativeWork that names the authors (Yoast's graphs)
        articles = [i for i in linked if "author" in i and not _PARTY_TYPES.intersection(_types(i))]
    if len(articles) <= 1 or not page_title:
        return articles[0] if articles else None
    title_words = set(_WORD.findall(page_title.lower()))

    def agreement(item: dict[str, Any]) -> int:
        headline = _text(item.get("headline")) or ""
        return len(title_words & set(_WORD.findall(headline.lower())))

    return max(articles, key=agreement)


def _ld_dates(article: Mapping[str, Any] | None, key: str) -> list[str]:
    if article is None:
        return []
    value = article.get(key)
    values = value if isinstance(value, list) else [value]
    return [v.strip() for v in values if isinstance(v, str) and v.strip()][:1]


def _ld_credits(value: object, linked: list[dict[str, Any]], depth: int = 0) -> list[Credit]:
    """Credits in a JSON-LD ``author`` value: strings, objects, lists, ``@id`` references."""
    if depth > 3:
        return []
    if isinstance(value, str):
        name = _text(value)
        return [Credit(name)] if name and not name.startswith("http") else []
    if isinstance(value, list):
        return [c for v in value[:100] for c in _ld_credits(v, linked, depth + 1)]
    if not isinstance(value, dict):
        return []
    if "name" not in value and isinstance(value.get("@id"), str):
        value = next((i for i in linked if i.get("@id") == value["@id"]), value)
    name = _text(value.get("name"))
    if name is None or name.startswith("http"):
        return []
    is_body = any(_ORGANIZATION_TYPES.search(t) for t in _types(value))
    return [Credit(name, "organization" if is_body else "person")]


def _meta_credits(metas: Mapping[str, tuple[str, ...]]) -> list[Credit]:
    names = [v for k in _AUTHOR_KEYS for v in metas.get(k, ())[:100]]
    for number in "12":
        label = (metas.get(f"twitter:label{number}") or ("",))[0]
        if label.lower().rstrip(": ") in _AUTHOR_LABELS:
            names += metas.get(f"twitter:data{number}", ())[:1]
    unique = dict.fromkeys(n for n in names if not n.startswith(("http", "@")))
    return [Credit(name) for name in unique]


def _site(metas: Mapping[str, tuple[str, ...]], article: Mapping[str, Any] | None) -> str | None:
    """The site's name: ``og:site_name``, else the article's publisher, else the
    application name."""
    publisher = article.get("publisher") if article else None
    named = _text(publisher.get("name")) if isinstance(publisher, dict) else None
    for value in [
        *metas.get("og:site_name", ())[:1],
        named,
        *metas.get("application-name", ())[:1],
    ]:
        if value and not value.startswith(("http", "@")):
            return value
    return None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None
