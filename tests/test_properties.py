"""Properties of the whole pipeline that hold for any text and for generated articles."""

from __future__ import annotations

import itertools
import json

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsstruct import Article, Config, parse
from strategies import PERTURBATIONS, SyntheticArticle, any_text, synthetic_articles


def _spanned(article: Article) -> list[object]:
    """Every item of the article that claims a span of its text."""
    items: list[object] = [*article.paragraphs, *article.sections, *article.boilerplate]
    items += [*article.byline, *article.quotes, *article.dates]
    items += [s for s in (article.headline, article.kicker, article.deck, article.outlet) if s]
    items += [article.dateline] if article.dateline else []
    if article.published is not None and article.published.mention is not None:
        items.append(article.published.mention)
    for who in (*article.people, *article.organizations):
        items += [*who.mentions, *getattr(who, "titles", ())]
    items += [q.cue for q in article.quotes if q.cue is not None]
    return items


def _structure(article: Article) -> dict[str, object]:
    """What must not change under harmless edits: the header and the body, by their text."""

    def plain(value: str | None) -> str | None:
        return None if value is None else " ".join(value.split())

    return {
        "kicker": plain(article.kicker and article.kicker.text),
        "headline": plain(article.headline and article.headline.text),
        "deck": plain(article.deck and article.deck.text),
        "byline": [a.name for a in article.byline],
        "dateline": article.dateline and (article.dateline.location, article.dateline.agency),
        "published": article.published and article.published.value,
        "sections": [s.title for s in article.sections],
        "paragraphs": [plain(p.text) for p in article.paragraphs],
        "section_of": [p.section for p in article.paragraphs],
        "boilerplate": [plain(b.text) for b in article.boilerplate if b.reason != "blank-line"],
    }


@given(any_text)
def test_never_raises_and_spans_index_the_input(text: str) -> None:
    article = parse(text)
    assert article.text is text
    for item in _spanned(article):
        assert text[item.start : item.end] == item.text  # type: ignore[attr-defined]


@given(any_text)
def test_paragraphs_in_order_and_disjoint_from_everything_else(text: str) -> None:
    article = parse(text)
    spans = sorted(
        [(p.start, p.end) for p in article.paragraphs]
        + [(s.start, s.end) for s in article.sections]
        + [(b.start, b.end) for b in article.boilerplate]
    )
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start
    starts = [p.start for p in article.paragraphs]
    assert starts == sorted(starts)
    for paragraph in article.paragraphs:
        assert paragraph.text.strip() == paragraph.text and paragraph.text


@given(any_text | synthetic_articles().map(lambda a: a.text))
def test_dict_and_json_round_trip(text: str) -> None:
    article = parse(text)
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_dict(json.loads(article.to_json())) == article


@given(synthetic_articles())
def test_generated_structure_is_recovered(article: SyntheticArticle) -> None:
    got = parse(article.text)
    assert (got.kicker and got.kicker.text) == article.kicker
    assert (got.headline and got.headline.text) == article.headline
    assert (got.deck and got.deck.text) == article.deck
    assert tuple(a.name for a in got.byline) == article.byline
    assert (got.outlet and got.outlet.text) == article.outlet
    assert (got.published and got.published.value) == article.published
    dateline = got.dateline and (got.dateline.location, got.dateline.agency)
    assert dateline == article.dateline
    assert tuple(s.title for s in got.sections) == article.sections
    assert tuple(p.text for p in got.paragraphs) == article.paragraphs
    removed = tuple(b.text for b in got.boilerplate if b.reason != "blank-line")
    assert removed == article.boilerplate


@given(synthetic_articles(), st.sampled_from(sorted(PERTURBATIONS)))
def test_harmless_edits_change_nothing(article: SyntheticArticle, name: str) -> None:
    edited = PERTURBATIONS[name](article.text)
    assert _structure(parse(edited)) == _structure(parse(article.text))
    for item in _spanned(parse(edited)):
        assert edited[item.start : item.end] == item.text  # type: ignore[attr-defined]


@given(synthetic_articles())
def test_body_alone_gives_the_same_paragraphs(article: SyntheticArticle) -> None:
    full = parse(article.text)
    body = "\n\n".join(article.paragraphs)
    alone = parse(body)
    assert alone.headline is None
    assert [p.text for p in alone.paragraphs] == list(article.paragraphs)
    if full.dateline is None:
        assert [p.text for p in full.paragraphs] == [p.text for p in alone.paragraphs]


@given(
    synthetic_articles(),
    st.lists(st.sampled_from(["Read More", "Latest news", "Share"]), min_size=1),
)
def test_appended_furniture_changes_no_content(
    article: SyntheticArticle, furniture: list[str]
) -> None:
    base = parse(article.text)
    more = parse(article.text.rstrip("\n") + "\n\n" + "\n".join(furniture) + "\n")
    assert _structure(more)["paragraphs"] == _structure(base)["paragraphs"]
    assert more.quotes == base.quotes or [q.text for q in more.quotes] == [
        q.text for q in base.quotes
    ]
    assert [p.name for p in more.people] == [p.name for p in base.people]


@given(any_text, st.integers(1, 50))
def test_max_chars_is_the_only_limit(text: str, limit: int) -> None:
    config = Config(max_chars=limit)
    try:
        parse(text, config=config)
    except ValueError:
        assert len(text) > limit
    else:
        assert len(text) <= limit


@given(synthetic_articles())
def test_deterministic(article: SyntheticArticle) -> None:
    assert parse(article.text) == parse(article.text)
    assert attrs.asdict(parse(article.text)) == attrs.asdict(parse(article.text))
