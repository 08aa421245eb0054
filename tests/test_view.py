"""The annotated HTML view, read back with an HTML parser.

Every statement (quote or reported) appears once, with its offsets, and the
statements nest (a mixed quote inside its reported statement, none split); the
article text inside the page is the input character for character; everything
from the input is escaped; nothing is fetched from anywhere and only the view's
own script can run.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import pathlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsstruct
from htmltree import Element, parse
from newsstruct.view import Statement, assets, page, statements, to_html
from newsstruct.view.markup import Mark, markup
from newsstruct.view.nesting import drawn
from paths import ROOT
from strategies import AttributedArticle, any_text, attributed_articles, synthetic_articles

ARTICLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))
HOSTILE = (
    "Council <b>approves</b> plan & more\n\n"
    "By Jane Doe, Gazette\n\n"
    "LONDON — The council met on Monday.\n\n"
    "“<script>alert('x')</script> &amp; we won,” said Mayor Jane Doe. "
    '“<img src="https://example.com/t.png" onerror="alert(1)">,” she said.\n\n'
    "Read More\n"
)


def _page(text: str) -> tuple[newsstruct.Article, Element]:
    article = newsstruct.parse(text)
    return article, parse(to_html(article))


def _quotes(tree: Element) -> list[Element]:
    return tree.with_class("quote", "mark")


def _statement_marks(tree: Element) -> list[Element]:
    """The marks of quotes and reported statements, in document order."""
    return tree.find_all(lambda e: e.tag == "mark" and bool(e.classes & {"quote", "reported"}))


def _as_html_keeps_it(text: str) -> str:
    """The input as the page can hold it: NUL and lone surrogates become U+FFFD."""
    return re.sub("[\x00\ud800-\udfff]", "\ufffd", text)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_every_statement_appears_once_with_its_offsets(path: pathlib.Path) -> None:
    article, tree = _page(path.read_text(encoding="utf-8"))
    marks = _statement_marks(tree)
    said = statements(article)
    assert len(said) == len(article.quotes) + len(article.reported)
    assert article.quotes and article.reported
    assert [(int(m.attrs["data-start"]), int(m.attrs["data-end"])) for m in marks] == drawn(said)
    whole = [(m, s) for m, s in zip(marks, said, strict=True) if "data-clipped" not in m.attrs]
    assert all(m.text == s.text for m, s in whole)
    assert [m.attrs["id"] for m in marks] == [
        f"d1-{'q' if s.form == 'direct' else 'r'}{s.index + 1}" for s in said
    ]
    quote_ids = [f"d1-q{i + 1}" for i in range(len(article.quotes))]
    assert [m.attrs["id"] for m in _quotes(tree)] == quote_ids  # as in Article.quotes


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_statements_are_labelled_focusable_and_described(path: pathlib.Path) -> None:
    article, tree = _page(path.read_text(encoding="utf-8"))
    for mark, said in zip(_statement_marks(tree), statements(article), strict=True):
        assert mark.attrs["tabindex"] == "0"
        details = tree.by_id(mark.attrs["aria-describedby"])
        assert mark.attrs["data-tip"] == details.attrs["id"]
        assert mark.attrs["data-who"] == said.label  # a name, not only a colour
        assert ("unattributed" in mark.classes) == (said.speaker is None)
        for shown in (said.label, str(said.rule or "none"), f"{said.confidence:.2f}"):
            assert shown in details.text
        if said.cue is not None:
            assert said.cue.text in details.text
        kind = said.kind if said.form == "direct" else f"reported ({said.kind})"
        assert f"Kind{kind}" in details.text


def test_reported_statements_look_different_from_quotes() -> None:
    article, tree = _page(ARTICLES[0].read_text(encoding="utf-8"))
    reported = tree.with_class("reported", "mark")
    assert len(reported) == len(article.reported) > 0
    assert not any("quote" in m.classes for m in reported)
    assert {m.attrs["data-kind"] for m in reported} == {"indirect", "mixed"}
    css = assets.style()
    assert '.reported::before { content: attr(data-who) " · reported"' in css  # said in words
    assert "key-reported" in {c for e in tree.with_class("legend") for c in _classes(e)}
    heading = tree.by_id("d1-statements-h").text
    quotes, said = len(article.quotes), len(article.reported)
    assert heading.startswith(f"Statements ({quotes + said}: {quotes} quotes, {said} reported")
    vasquez = next(m for m in reported if m.attrs["data-who"] == "Elena Vasquez")
    assert vasquez.text.startswith("the money was “ready to go")


def _classes(element: Element) -> set[str]:
    return {c for e in element.iter() for c in e.classes}


def test_a_mixed_quote_nests_inside_its_reported_statement_and_they_link() -> None:
    article, tree = _page(ARTICLES[0].read_text(encoding="utf-8"))
    mixed = [r for r in article.reported if r.quotes]
    assert mixed
    for index, said in enumerate(article.reported):
        if not said.quotes:
            continue
        outer = tree.by_id(f"d1-r{index + 1}")
        held = [tree.by_id(f"d1-q{q + 1}") for q in said.quotes]
        assert outer.attrs["data-quotes"] == " ".join(f"d1-q{q + 1}" for q in said.quotes)
        assert all(outer in quote.ancestors() for quote in held)  # whole, inside it
        item = tree.by_id(f"d1-r{index + 1}-about").parent
        assert item is not None
        links = [a.attrs["href"] for a in item.iter() if a.tag == "a"]
        assert links == [f"#d1-r{index + 1}", *(f"#d1-q{q + 1}" for q in said.quotes)]
        for q in said.quotes:
            back = tree.by_id(f"d1-q{q + 1}-about").parent
            assert back is not None and f"#d1-r{index + 1}" in {
                a.attrs["href"] for a in back.iter() if a.tag == "a"
            }


def test_crossing_statements_nest_and_none_is_split() -> None:
    """A reported statement whose words cross a quote or another reported statement is
    drawn up to that one's edge (``data-clipped``); quotes are always drawn whole."""
    text = "Jo Bell said the plan “was dead. It is over,” she said and the vote was lost."
    quote = newsstruct.Quote(text.index("was dead"), text.index("”"), "was dead. It is over,")
    spans = [
        (text.index("the plan"), text.index(" It is")),  # ends inside the quote
        (text.index("dead."), text.index(" was lost")),  # starts inside it
        (text.index("the vote"), len(text) - 1),  # starts inside the one before
    ]
    reported = tuple(newsstruct.Reported(a, b, text[a:b]) for a, b in spans)
    tree = parse(to_html(newsstruct.Article(text=text, quotes=(quote,), reported=reported)))
    marks = _statement_marks(tree)
    assert [m.attrs["id"] for m in marks] == ["d1-r1", "d1-q1", "d1-r2", "d1-r3"]
    assert [m.text for m in marks] == [
        "the plan “",
        "was dead. It is over,",
        "” she said and the vote",
        "the vote",
    ]
    assert ["data-clipped" in m.attrs for m in marks] == [True, False, True, True]
    assert tree.by_id("d1-r2") in tree.by_id("d1-r3").ancestors()
    _assert_offsets_map_one_to_one(tree.by_id("d1-text"), text)


@st.composite
def _spans(draw: st.DrawFn) -> list[Statement]:
    """Quotes apart from one another and reported statements anywhere over 60 characters."""
    cuts = sorted(draw(st.sets(st.integers(0, 60), max_size=8)))
    quotes = [
        Statement(a, b, "", "full", index=i)
        for i, (a, b) in enumerate(zip(cuts[::2], cuts[1::2], strict=False))
        if a < b
    ]
    pairs = draw(st.lists(st.tuples(st.integers(0, 59), st.integers(1, 60)), max_size=6))
    reported = [
        Statement(min(a, b), max(a, b), "", "indirect", form="reported", index=i)
        for i, (a, b) in enumerate(pairs)
        if a != b
    ]
    return draw(st.permutations([*quotes, *reported]))


@given(_spans())
def test_drawn_statements_nest_and_quotes_stay_whole(stated: list[Statement]) -> None:
    extents = drawn(stated)
    for said, (start, end) in zip(stated, extents, strict=True):
        assert said.start <= start < end <= said.end  # never empty, never beyond its words
        if said.form == "direct":
            assert (start, end) == (said.start, said.end)
    for a, b in itertools.product(extents, repeat=2):
        assert not a[0] < b[0] < a[1] < b[1], (a, b)  # apart, or one inside the other
    text = "x" * 60
    marks = [Mark(*e, 0, "mark", (("class", "s"),), f"m{i}") for i, e in enumerate(extents)]
    tree = parse(f"<div>{markup(text, marks)}</div>")
    assert sorted(int(e.attrs["id"][1:]) for e in tree.with_class("s")) == list(range(len(stated)))


def test_the_text_is_the_input_character_for_character() -> None:
    article, tree = _page(ARTICLES[0].read_text(encoding="utf-8"))
    text = tree.by_id("d1-text")
    assert text.text == article.text
    assert int(text.attrs["data-length"]) == len(article.text)
    _assert_offsets_map_one_to_one(text, article.text)


def _assert_offsets_map_one_to_one(text: Element, source: str) -> None:
    """Every element's ``data-start``/``data-end`` locate its own text in ``source``."""
    position = 0
    for element in text.iter():
        if element is text:
            continue
        start, end = int(element.attrs["data-start"]), int(element.attrs["data-end"])
        assert element.text == _as_html_keeps_it(source[start:end]), element.attrs
        assert start >= position  # document order is text order
        position = start


@given(st.one_of(any_text, synthetic_articles().map(lambda a: a.text)))
def test_offsets_map_one_to_one_on_any_text(source: str) -> None:
    article = newsstruct.parse(source)
    tree = parse(to_html(article))
    text = tree.by_id("d1-text")
    assert text.text == _as_html_keeps_it(source)
    _assert_offsets_map_one_to_one(text, source)
    assert len(_quotes(tree)) == len(article.quotes)
    marks = _statement_marks(tree)
    assert len(marks) == len(article.quotes) + len(article.reported)  # none split
    assert len({m.attrs["id"] for m in marks}) == len(marks)


@given(attributed_articles())
def test_generated_quotes_appear_once_with_their_speakers(generated: AttributedArticle) -> None:
    article = newsstruct.parse(generated.text)
    marks = _quotes(parse(to_html(article)))
    assert [m.text for m in marks] == [q.text for q in article.quotes]
    speakers = [q.speaker.name if q.speaker else None for q in article.quotes]
    assert [m.attrs["data-who"] for m in marks if "unattributed" not in m.classes] == [
        s for s in speakers if s is not None
    ]


def test_the_input_is_escaped_and_cannot_run() -> None:
    article, tree = _page(HOSTILE)
    page_text = to_html(article)
    scripts = tree.find_all(lambda e: e.tag == "script")
    assert [s.text for s in scripts] == [assets.script()]  # the view's own, and only that
    assert not tree.find_all(lambda e: e.tag in {"img", "b", "iframe", "object", "embed"})
    assert not any(k.startswith("on") for e in tree.iter() for k in e.attrs)
    assert tree.by_id("d1-text").text == HOSTILE  # shown exactly as written
    assert "&lt;script&gt;alert(&#x27;x&#x27;)" not in page_text  # no double escaping
    assert "&lt;script&gt;alert('x')&lt;/script&gt; &amp;amp; we won" in page_text
    assert tree.find_all(lambda e: e.tag == "h1")[0].text == "Council <b>approves</b> plan & more"


def test_nothing_is_fetched_from_anywhere() -> None:
    _article, tree = _page(HOSTILE)
    assert not tree.find_all(
        lambda e: e.tag in {"link", "img", "iframe", "object", "embed", "base"}
    )
    for element in tree.iter():
        assert "src" not in element.attrs
        assert element.attrs.get("href", "#").startswith("#"), element.attrs
        assert "style" not in element.attrs  # the policy would block it anyway
    css = assets.style()
    assert "url(" not in css and "@import" not in css and "http" not in css
    assert "http" not in assets.script() and "fetch(" not in assets.script()


def test_the_policy_admits_exactly_the_views_style_and_script() -> None:
    tree = parse(to_html(newsstruct.parse("Plan approved\n\nThe council met on Monday.")))
    meta = tree.find_all(lambda e: e.attrs.get("http-equiv") == "Content-Security-Policy")
    policy = dict(d.strip().split(" ", 1) for d in meta[0].attrs["content"].split(";"))
    assert policy["default-src"] == "'none'"
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        (element,) = tree.find_all(lambda e, tag=tag: e.tag == tag)
        digest = base64.b64encode(hashlib.sha256(element.text.encode()).digest()).decode()
        assert policy[directive] == f"'sha256-{digest}'"


def test_carriage_returns_and_nul_keep_their_places() -> None:
    source = "Plan approved\r\n\r\nThe council met\x00 on Monday, “we won,” said Mayor Jo Bell.\r\n"
    _article, tree = _page(source)
    assert tree.by_id("d1-text").text == source.replace("\x00", "\ufffd")
    _assert_offsets_map_one_to_one(tree.by_id("d1-text"), source)


def test_an_unattributed_quote_is_marked_and_labelled() -> None:
    article, tree = _page("Plan approved\n\nThe council met on Monday.\n\n“Nobody asked us.”\n")
    (mark,) = _quotes(tree)
    assert article.quotes[0].speaker is None
    assert "unattributed" in mark.classes and mark.attrs["data-who"] == "unattributed"
    assert "Unattributed" not in mark.text  # the label is drawn by CSS, not added to the text
    assert "1 unattributed" in tree.by_id("d1-statements-h").text


def test_removed_lines_show_their_reason() -> None:
    article, tree = _page(ARTICLES[0].read_text(encoding="utf-8"))
    removed = tree.with_class("removed", "del")
    assert [(r.text, r.attrs["data-reason"]) for r in removed] == [
        (b.text, b.reason) for b in article.boilerplate
    ]
    panel = tree.by_id("d1-removed-h").parent
    assert panel is not None and all(b.reason in panel.text for b in article.boilerplate)


def test_headline_block_and_people_panel() -> None:
    article, tree = _page(ARTICLES[0].read_text(encoding="utf-8"))
    head = tree.with_class("head", "header")[0]
    assert article.headline is not None and article.kicker is not None and article.deck is not None
    for shown in (article.kicker.text, article.headline.text, article.deck.text, "PORTSMOUTH"):
        assert shown in head.text
    assert article.published is not None and article.published.value in head.text
    assert "printed in the article" in head.text
    buttons = tree.find_all(lambda e: e.tag == "button")
    assert [b.text for b in buttons] == [p.name for p in (*article.people, *article.organizations)]
    assert all(b.attrs["aria-pressed"] == "false" for b in buttons)
    okafor = tree.by_id("d1-p1-about")
    assert "official" in okafor.text and "Mayor" in okafor.text and "2 mentions" in okafor.text
    assert "female (she)" in okafor.text  # the gender the article states, with its words
    assert "3 quotes · 1 reported statement" in okafor.text
    assert "female" not in tree.by_id("d1-p2-about").text  # nothing said about his gender
    mentions = tree.find_all(lambda e: "mention" in e.classes and e.attrs["data-ref"] == "d1-p1")
    assert [m.text for m in mentions] == [m.text for m in article.people[0].mentions]


def test_one_colour_per_speaker() -> None:
    _article, tree = _page(ARTICLES[0].read_text(encoding="utf-8"))
    colour_of: dict[str, set[str]] = {}
    for mark in _quotes(tree):
        colour_of.setdefault(mark.attrs["data-ref"], set()).update(mark.classes - {"quote"})
    assert all(len(c) == 1 for c in colour_of.values())
    assert len({frozenset(c) for c in colour_of.values()}) == len(colour_of) == 3


def test_dates_carry_their_values() -> None:
    article, tree = _page(ARTICLES[0].read_text(encoding="utf-8"))
    dates = tree.with_class("date", "span")
    assert [d.text for d in dates] == [d.text for d in article.dates]
    for element, date in zip(dates, article.dates, strict=True):
        assert element.attrs["data-value"] == date.value
        assert str(date.value) in tree.by_id(element.attrs["data-tip"]).text


def test_several_articles_on_one_page_keep_ids_unique() -> None:
    articles = [newsstruct.parse(p.read_text(encoding="utf-8")) for p in ARTICLES]
    tree = parse(page([(p.name, a) for p, a in zip(ARTICLES, articles, strict=True)]))
    ids = [e.attrs["id"] for e in tree.iter() if "id" in e.attrs]
    assert len(ids) == len(set(ids))
    assert len(_quotes(tree)) == sum(len(a.quotes) for a in articles)
    referenced = {
        e.attrs[k] for e in tree.iter() for k in ("data-tip", "aria-describedby") if k in e.attrs
    }
    assert referenced <= set(ids)


def test_article_to_html_is_the_view() -> None:
    article = newsstruct.parse(ARTICLES[0].read_text(encoding="utf-8"))
    assert article.to_html() == to_html(article)
    assert (
        parse(article.to_html())
        .find_all(lambda e: e.tag == "title")[0]
        .text.startswith("Harbour City Council")
    )


def test_an_empty_article_still_makes_a_page() -> None:
    _article, tree = _page("")
    assert tree.by_id("d1-title").text == "No headline found"
    assert tree.by_id("d1-text").text == ""
    assert "No statements found." in tree.text


def test_crossing_marks_are_split_and_the_outer_layer_kept_whole() -> None:
    source = "abcdefghij"
    quote = Mark(2, 8, 0, "mark", (("class", "quote"),), ident="q1")
    crossing = Mark(0, 5, 1, "del", (("class", "removed"),), ident="x")
    inner = Mark(6, 10, 2, "span", (("class", "date"),))
    tree = parse(f"<div>{markup(source, [inner, crossing, quote])}</div>")
    (mark,) = tree.with_class("quote")
    assert mark.text == "cdefgh" and mark.attrs["id"] == "q1"
    removed = tree.with_class("removed")
    assert [(r.text, r.attrs.get("id")) for r in removed] == [("ab", "x"), ("cde", None)]
    assert [d.text for d in tree.with_class("date")] == ["gh", "ij"]
    assert tree.text == source
