"""Hypothesis strategies shared by the test suite.

Each stage adds its generators in its own section below.  Generators that
build synthetic articles return the text *and* its ground truth, so a property
can check that parsing recovers what was generated.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

__all__ = [
    "PERTURBATIONS",
    "AttributedArticle",
    "AttributedQuote",
    "DatedExpression",
    "GeneratedQuote",
    "OfficialSentence",
    "PastedPage",
    "QuoteParagraphs",
    "SyntheticArticle",
    "any_text",
    "attributed_articles",
    "dated_expressions",
    "duration_texts",
    "extreme_dates",
    "extreme_printed_dates",
    "number_noise",
    "official_sentences",
    "pasted_pages",
    "quote_paragraphs",
    "range_texts",
    "relative_sentences",
    "synthetic_articles",
    "word_salad",
]

#: Any text at all, weighted towards characters that matter to the parser:
#: quote marks, dashes, newlines, NBSP, digits and capitals.
any_text = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(list("\"'“”‘’«»—–-:.,\n\r\t\u00a0 ABCXYZabc0123456789()|")),
    ),
    max_size=400,
)

#: Words that reach the rules' deeper branches (cues, prepositions, titles, names,
#: pronouns, relatives, quote marks, colons and paragraph breaks), for text in any
#: order: a label that opens with a preposition ("with officials say ...") once
#: crashed the headline rule, which random characters never reach.
SALAD_WORDS = (
    "say", "says", "said", "Says", "told", "according", "to", "that", "which", "who", "with",
    "on", "after", "After", "saying", "adding", "asked", "whether", "officials", "Mr", "Dr.",
    "President", "Minister", "of", "Ministry", "Jane", "Doe", "O'Neill", "del", "Valle", "he",
    "she", "it", "they", "the", "a", "in", "statement", "Monday", "last", "week", "2024", ":",
    "“", "”", '"', "'", ",", ".", "—", "(", ")", "\n", "\n\n",
)  # fmt: skip
word_salad = st.lists(st.sampled_from(SALAD_WORDS), max_size=60).map(" ".join)


# ---------------------------------------------------------------------------
# structure: synthetic articles with a known header, body and boilerplate
# ---------------------------------------------------------------------------

import attrs  # noqa: E402

from content import NAMESAKES, article_content  # noqa: E402
from newsstruct.layout.region import block_kind  # noqa: E402
from newsstruct.text import timewords  # noqa: E402
from speech import Said  # noqa: E402

#: Plain lower-case words for running text: no weekdays, no speech verbs, no
#: capitals, so a generated lead paragraph never looks like a headline by accident.
BODY_WORDS = (
    "council", "harbour", "plan", "barrier", "approved", "residents", "cost", "state", "city",
    "water", "project", "members", "budget", "years", "money", "storm", "work", "vote", "north",
    "river", "bridge", "school", "road", "the", "a", "of", "and", "to", "in", "for", "with",
    "after", "before", "over", "under", "new", "long", "local", "public", "final", "early",
)  # fmt: skip
TITLE_WORDS = (
    "Council", "Harbour", "Barrier", "Approves", "Storm", "Budget", "River", "Bridge", "Plan",
    "Vote", "Schools", "Water", "Project", "Residents", "Costs", "Rise", "Delay", "Future",
)  # fmt: skip
GIVEN_NAMES = ("Jane", "Wei", "Amara", "José", "Siobhan", "Kwame", "Priya", "Yusuf", "Olga", "Hiro")
SURNAMES = ("Doe", "Zhang", "Okafor", "García", "O'Neill", "Nakamura", "del Valle",
            "Tremayne-Pengelly", "Haddad", "Kowalski")  # fmt: skip
OUTLET_NAMES = ("Associated Press", "Reuters", "CNN", "Coastal Gazette", "The Daily Herald")
KICKERS = ("WATCH", "EXCLUSIVE", "BREAKING", "UPDATE", "ANALYSIS")
PLACES = ("WASHINGTON", "LONDON", "SANTA FE, N.M.", "HAYWARD, Calif.", "NAIROBI, Kenya")
HEADER_FURNITURE = ("61°F Partly cloudy", "48.6 F", "Skip to content")
#: Menu lines of one or two words above a headline (an anchored header's navigation).
NAVIGATION = ("Menu", "Sign In", "World", "Local News", "Politics", "Subscribe Now")
FOOTER_FURNITURE = ("Read More", "Share this article", "Please enter your comment!", "Latest news",
                    "Tags: politics, harbour")  # fmt: skip
#: Footer lines of real pages that no word list holds: the footer rule alone removes them
#: (short lines that are no sentence, after the last paragraph).
FOOTER_SHAPES = ("More from Reuters",  # no byline naming "More": test_bylines, more_from
                 "{name} covers the harbour for {outlet}",
                 "Graphics by {name}", "Follow {outlet} on Mastodon",
                 "{title}", "Council Weighs Barrier Costs Again")  # fmt: skip


@attrs.frozen
class SyntheticArticle:
    """A generated article and the structure it was built from.

    ``reference`` is the date the article is read at (its printed date when it has one):
    ``quotes`` and ``reported`` statements (:class:`speech.Said`), ``people`` (full names),
    the ``organizations`` that speak, ``dates`` (expression, value) and ``genders``
    (:class:`content.Content`) are what the body says when parsed with
    ``published=reference``.
    """

    text: str
    kicker: str | None
    headline: str | None
    deck: str | None
    byline: tuple[str, ...]
    outlet: str | None
    published: str | None
    dateline: tuple[str | None, str | None] | None
    sections: tuple[str, ...]
    paragraphs: tuple[str, ...]
    boilerplate: tuple[str, ...]
    reference: dt.date = dt.date(2024, 4, 18)
    quotes: tuple[Said, ...] = ()
    people: tuple[str, ...] = ()
    dates: tuple[tuple[str, str], ...] = ()
    reported: tuple[Said, ...] = ()
    organizations: tuple[str, ...] = ()
    genders: tuple[tuple[str, str | None, bool], ...] = ()


def _sentence(draw: st.DrawFn, low: int, high: int) -> str:
    words = draw(st.lists(st.sampled_from(BODY_WORDS), min_size=low, max_size=high))
    return " ".join([words[0].capitalize(), *words[1:]]) + "."


def _paragraph(draw: st.DrawFn) -> str:
    count = draw(st.integers(2, 4))
    return " ".join(_sentence(draw, 12, 20) for _ in range(count))


def _title(draw: st.DrawFn, low: int, high: int) -> str:
    return " ".join(draw(st.lists(st.sampled_from(TITLE_WORDS), min_size=low, max_size=high)))


def _name(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(GIVEN_NAMES))} {draw(st.sampled_from(SURNAMES))}"


def _byline(draw: st.DrawFn) -> tuple[str, tuple[str, ...], str | None]:
    names = tuple(_name(draw) for _ in range(draw(st.integers(1, 3))))
    outlet = draw(st.none() | st.sampled_from(OUTLET_NAMES))
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    if outlet is None:
        return f"By {listed}", names, None
    separator = draw(st.sampled_from([", ", " | "])) if len(names) == 1 else ", "
    return f"By {listed}{separator}{outlet}", names, outlet


def _printed_date(draw: st.DrawFn, day: dt.date) -> tuple[str, str]:
    month = timewords.MONTHS[day.month - 1].capitalize()
    weekday = timewords.WEEKDAYS[day.weekday()].capitalize()
    forms = [
        f"{weekday}, {month} {day.day}, {day.year}",
        f"{month} {day.day}, {day.year}",
        f"Published: {day.day} {month} {day.year}",
        f"Updated 4:48 PM EST, {weekday[:3]} {month} {day.day}, {day.year}",
        day.isoformat(),
    ]
    return draw(st.sampled_from(forms)), day.isoformat()


def _dateline(draw: st.DrawFn) -> tuple[str, str | None, str | None]:
    dash = draw(st.sampled_from(["—", "-", "--", "–"]))
    if draw(st.booleans()):
        desk = draw(st.sampled_from(["CNN", "AP", "Reuters"]))
        return f"({desk}) {dash} ", None, desk
    place = draw(st.sampled_from(PLACES))
    agency = draw(st.none() | st.sampled_from(["AP", "Reuters"]))
    written = place if agency is None else f"{place} ({agency})"
    return f"{written} {dash} ", place, agency


def _footer(draw: st.DrawFn, outlet: str | None, taken: set[str]) -> list[str]:
    """Footer lines: furniture the word lists know and real shapes only the footer rule
    removes (none repeats a line above: a repeated line is furniture of its own kind)."""
    shapes = [
        shape.format(outlet=outlet or "the Gazette", name=_name(draw), title=_title(draw, 3, 5))
        for shape in draw(st.lists(st.sampled_from(FOOTER_SHAPES), max_size=3, unique=True))
    ]
    lines = draw(st.lists(st.sampled_from(FOOTER_FURNITURE), max_size=3, unique=True))
    lines += [line for line in shapes if line not in taken and line not in lines]
    return draw(st.permutations(lines))


#: What a block adds to the score of the article region (``newsstruct.layout.region``): a
#: heading costs 3, a short sentence adds 1 and prose its words.
_REGION_GAIN = {"short": 1, "title": -3}


def _region_gain(text: str) -> int:
    kind = block_kind(text)
    return _REGION_GAIN.get(kind, len(text.split()) if kind == "prose" else -len(text.split()))


def _body(
    draw: st.DrawFn, paragraphs: list[str], dateline: str, headline: str | None
) -> tuple[list[str], list[str]]:
    """The body's lines (the dateline opens the first paragraph, section headings stand
    before some others) and the section titles."""
    titles = draw(st.lists(st.lists(st.sampled_from(TITLE_WORDS), min_size=2, max_size=5).map(" ".join),
                           min_size=len(paragraphs), max_size=len(paragraphs), unique=True))  # fmt: skip
    titles = [t for t in titles if t != headline]  # a repeated line is furniture
    wished = [draw(st.integers(0, 3)) == 0 for _ in paragraphs[1:]]
    # Known limit (test_structure.py, a_last_section_of_one_short_sentence): the article ends
    # where its region's score last peaks, so the headings and short paragraphs after a
    # heading must add more than they cost.  Kept from the end, each while they do.
    headed: set[int] = set()
    score = 0
    for k in range(len(paragraphs) - 1, 0, -1):
        score += _region_gain(paragraphs[k])
        if k - 1 < len(titles) and wished[k - 1] and score + _REGION_GAIN["title"] > 0:
            headed.add(k)
            score += _REGION_GAIN["title"]
    body: list[str] = [dateline + paragraphs[0]]
    sections: list[str] = []
    for k, paragraph in enumerate(paragraphs[1:], 1):
        if k in headed:  # titles unique: repeats are furniture
            sections.append(titles[k - 1])
            body.append(titles[k - 1])
        body.append(paragraph)
    return body, sections


@st.composite
def synthetic_articles(draw: st.DrawFn) -> SyntheticArticle:
    """A whole article: furniture, navigation, printed date, kicker, headline, deck, byline,
    dateline, sections, paragraphs that name officials, quote them and give dates
    (:mod:`content`), and footer lines, each optional, in either paragraph style."""
    header: list[str] = []
    boilerplate: list[str] = []
    if draw(st.booleans()):
        boilerplate.append(draw(st.sampled_from(HEADER_FURNITURE)))
        header.append(boilerplate[-1])
    reference = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
    printed = _printed_date(draw, reference) if draw(st.booleans()) else None
    has_headline = draw(st.booleans()) or printed is not None
    byline = _byline(draw) if draw(st.booleans()) else None
    if byline is not None and has_headline:  # a byline anchors the header: menus above it
        navigation = draw(st.lists(st.sampled_from(NAVIGATION), max_size=2, unique=True))
        header += navigation
        boilerplate += navigation
    if printed is not None:
        header.append(printed[0])
    headline = _title(draw, 4, 10) if has_headline else None
    kicker = draw(st.none() | st.sampled_from(KICKERS)) if has_headline else None
    if headline is not None:
        header.append(headline if kicker is None else f"{kicker}: {headline}")
    # A deck is told from a short lede by the byline under it (see newsstruct.layout.header).
    deck = _sentence(draw, 8, 18) if has_headline and byline and draw(st.booleans()) else None
    if deck is not None:
        header.append(deck)
    if byline is not None:
        header.append(byline[0])
    content = draw(article_content(reference))
    paragraphs = list(content.paragraphs)
    dateline = _dateline(draw) if draw(st.booleans()) else None
    body, sections = _body(draw, paragraphs, dateline[0] if dateline else "", headline)
    footer = _footer(draw, byline and byline[2], {*header, *body})
    boilerplate.extend(footer)
    separator = draw(st.sampled_from(["\n", "\n\n"]))
    return SyntheticArticle(
        text=separator.join([*header, *body, *footer]) + draw(st.sampled_from(["", "\n"])),
        kicker=kicker,
        headline=headline,
        deck=deck,
        byline=byline[1] if byline else (),
        outlet=byline[2] if byline else None,
        published=printed[1] if printed else None,
        dateline=(dateline[1], dateline[2]) if dateline else None,
        sections=tuple(sections),
        paragraphs=tuple(paragraphs),
        boilerplate=tuple(boilerplate),
        reference=reference,
        quotes=content.quotes,
        people=content.people,
        dates=content.dates,
        reported=content.reported,
        organizations=content.organizations,
        genders=content.genders,
    )


# ---------------------------------------------------------------------------
# perturbations that must not change what is found
# ---------------------------------------------------------------------------


def crlf(text: str) -> str:
    """Windows line endings."""
    return text.replace("\n", "\r\n")


def nbsp(text: str) -> str:
    """No-break spaces for every space."""
    return text.replace(" ", "\u00a0")


def trailing_spaces(text: str) -> str:
    """Spaces and tabs at the end of every line."""
    return text.replace("\n", " \t\n")


def extra_blank_lines(text: str) -> str:
    """One more blank line wherever there is one."""
    return text.replace("\n\n", "\n\n\n")


def double_spaces(text: str) -> str:
    """Two spaces for every one, as text pasted from some pages and PDFs has them."""
    return text.replace(" ", "  ")


PERTURBATIONS = {
    f.__name__: f for f in (crlf, nbsp, trailing_spaces, extra_blank_lines, double_spaces)
}


# ---------------------------------------------------------------------------
# layout: an article inside a full-page paste (menus, share buttons, teasers)
# ---------------------------------------------------------------------------

MENU_ITEMS = ("Home", "News", "World", "Sport", "Business", "Opinion", "Sign In", "Subscribe",
              "Menu", "Search", "Newsletters", "Podcasts", "Video", "Contact us", "Culture",
              "Local", "Climate", "Toggle navigation")  # fmt: skip
SHARE_ITEMS = ("Share", "Tweet", "Email", "Advertisement", "Print", "Link Copied!",
               "Share on Facebook", "4 min read")  # fmt: skip
FOOTER_HEADINGS = ("Most read", "Related stories", "More from the site", "Latest news")


@attrs.frozen
class PastedPage:
    """A generated full-page paste and the article's structure inside it."""

    text: str
    headline: str
    byline: tuple[str, ...]
    published: str | None
    paragraphs: tuple[str, ...]


def _menu(draw: st.DrawFn, low: int, high: int) -> list[str]:
    """Menu lines, in runs separated by blank lines now and then."""
    items = draw(st.lists(st.sampled_from(MENU_ITEMS), min_size=low, max_size=high))
    return [
        ("\n" if i and draw(st.integers(0, 5)) == 0 else "") + item for i, item in enumerate(items)
    ]


@st.composite
def pasted_pages(draw: st.DrawFn) -> PastedPage:
    """A page as a browser copies it: a menu, maybe a breadcrumb ending in the headline,
    the headline set off by blank lines, a byline and a printed date, share buttons, the
    body, then a list of teaser headlines and a footer menu."""
    headline = _title(draw, 5, 10)
    byline = _byline(draw) if draw(st.booleans()) else None
    day = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
    printed = _printed_date(draw, day) if draw(st.booleans()) else None
    paragraphs = [_paragraph(draw) for _ in range(draw(st.integers(2, 6)))]
    top = _menu(draw, 0, 60)
    if draw(st.booleans()):
        top.append(f"Home » {draw(st.sampled_from(MENU_ITEMS))} » {headline}")
    header = [line for line in (byline and byline[0], printed and printed[0]) if line]
    share = draw(st.lists(st.sampled_from(SHARE_ITEMS), max_size=5))
    teasers = [_title(draw, 5, 9) for _ in range(draw(st.integers(0, 6)))]
    teasers = [t for t in teasers if t != headline]
    bottom = [draw(st.sampled_from(FOOTER_HEADINGS)), *teasers, *_menu(draw, 0, 20)]
    blocks = [
        "\n".join(top),
        headline,
        "\n".join([*header, *share]),
        *paragraphs,
        "\n".join(bottom),
    ]
    return PastedPage(
        text="\n\n".join(b for b in blocks if b) + "\n",
        headline=headline,
        byline=byline[1] if byline else (),
        published=printed[1] if printed else None,
        paragraphs=tuple(paragraphs),
    )


# ---------------------------------------------------------------------------
# quotes: paragraphs with direct quotes of every mark style, kind and cue
# position, and the exact span and kind of each quote
# ---------------------------------------------------------------------------

#: Opening and closing marks: curly, straight, guillemets, a broken paste that
#: mixes curly and straight, British single marks.
QUOTE_MARK_STYLES = (("“", "”"), ('"', '"'), ("«", "»"), ("“", '"'), ("‘", "’"), ("''", "''"))
#: A quote nested in a quote of the other family: part of the outer quote.
NESTED_QUOTES = {"double": " ‘nothing else’ ", "single": " “nothing else” "}
#: Words of speech, apostrophes included: none of them may read as a quote mark.
SPEECH_WORDS = (
    "we", "will", "not", "accept", "this", "China’s", "role", "don't", "it's", "people",
    "the", "deal", "was", "good", "for", "everyone", "they’re", "working", "hard", "on",
    "rock 'n' roll", "since", "the '90s", "our", "nation’s", "future", "and", "values",
)  # fmt: skip
#: Reporter's words around the quotes: no speech verbs, no marks.
REPORTER_WORDS = ("the", "meeting", "ended", "early", "after", "talks", "over", "trade", "and",
                  "officials", "left", "the", "city", "on", "foot")  # fmt: skip
QUOTE_CUE_VERBS = ("said", "added", "stated", "told reporters", "warned", "emphasized")
TERM_NAMES = ("Hafnium", "Operation Sunrise", "The Art of the Deal", "Blue Harbor")
TERM_CUES = ("a group known as", "what it referred to as", "the so-called", "a plan dubbed")


@attrs.frozen
class GeneratedQuote:
    """A quote's words (inside the marks) and kind, where it sits in ``QuoteParagraphs.text``."""

    start: int
    end: int
    text: str
    kind: str


@attrs.frozen
class QuoteParagraphs:
    """Paragraphs joined by blank lines, their ``(start, end)`` spans and the quotes in them."""

    text: str
    paragraphs: tuple[tuple[int, int], ...]
    quotes: tuple[GeneratedQuote, ...]


#: One piece of a paragraph: plain text, or quote words with their kind.
_Piece = tuple[str, str | None]


def _speech(draw: st.DrawFn, end: str, outer: str = "“") -> str:
    """A capitalised sentence of speech ending in ``end`` (",", ".", "?" ...).

    It may hold a quote nested in the other family of marks than ``outer``.
    """
    words = draw(st.lists(st.sampled_from(SPEECH_WORDS), min_size=3, max_size=12))
    if draw(st.integers(0, 4)) == 0:
        nested = NESTED_QUOTES["single" if outer == "‘" else "double"]
        words.insert(draw(st.integers(1, len(words) - 1)), nested.strip())
    sentence = " ".join(words)
    return sentence[0].upper() + sentence[1:] + end


def _reporter(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(REPORTER_WORDS), min_size=3, max_size=10))
    return " ".join(words)


def _speaker(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(GIVEN_NAMES))} {draw(st.sampled_from(SURNAMES))}"


def _quote_paragraph(draw: st.DrawFn) -> list[list[_Piece]]:
    """One or two paragraphs (a block quote takes two) as pieces."""
    open_, close = draw(st.sampled_from(QUOTE_MARK_STYLES))
    who, verb = _speaker(draw), draw(st.sampled_from(QUOTE_CUE_VERBS))
    shape = draw(st.integers(0, 10))
    if shape == 0:  # “Q,” X said.
        return [
            [(open_, None), (_speech(draw, ",", open_), "full"), (f"{close} {who} {verb}.", None)]
        ]
    if shape == 1:  # “Q,” said X.
        return [
            [(open_, None), (_speech(draw, ",", open_), "full"), (f"{close} said {who}.", None)]
        ]
    if shape == 2:  # X said, “Q.”
        return [
            [(f"{who} {verb}, {open_}", None), (_speech(draw, ".", open_), "full"), (close, None)]
        ]
    if shape == 3:  # X said: “Q?”
        return [
            [(f"{who} {verb}: {open_}", None), (_speech(draw, "?", open_), "full"), (close, None)]
        ]
    if shape == 4:  # “Q1,” X said. “Q2.”
        return [[(open_, None), (_speech(draw, ",", open_), "full"), (f"{close} {who} {verb}. ", None),
                 (open_, None), (_speech(draw, ".", open_), "full"), (close, None)]]  # fmt: skip
    if shape == 5:  # Q," he said.  (closing mark only)
        return [
            [
                (_speech(draw, ",", "“"), "full"),  # the closing mark is double
                (f"{close if close != '’' else '”'} he {verb}.", None),
            ]
        ]
    if shape == 6:  # X said the plan was “partial words” and ...
        fragment = " ".join(
            draw(st.lists(st.sampled_from(SPEECH_WORDS[:5]), min_size=3, max_size=6))
        )
        return [[(f"{who} {verb} the deal was {open_}", None), (fragment, "partial"),
                 (f"{close} and {_reporter(draw)}.", None)]]  # fmt: skip
    if shape == 7:  # a group known as “Hafnium”
        cue, name = draw(st.sampled_from(TERM_CUES)), draw(st.sampled_from(TERM_NAMES))
        return [[(f"{_reporter(draw).capitalize()} {cue} {open_}", None), (name, "term"),
                 (f"{close} {_reporter(draw)}.", None)]]  # fmt: skip
    if shape == 8:  # X emphasized:  /  block paragraph
        return [[(f"{who} {verb}:", None)], [(_speech(draw, ".", open_), "block")]]
    if shape == 9 and open_ not in "‘«":  # multi-paragraph: “Q1  /  “Q2,” X said.
        first, second = _speech(draw, ".", open_), _speech(draw, ",", open_)
        return [
            [
                (open_, None),
                (f"{first}\n\n{open_}{second}", "full"),
                (f"{close} {who} {verb}.", None),
            ]
        ]
    return [
        [(f"{_reporter(draw).capitalize()} in China’s capital, rock 'n' roll of the '90s.", None)]
    ]


@st.composite
def quote_paragraphs(draw: st.DrawFn) -> QuoteParagraphs:
    """Reporter paragraphs and quote paragraphs of every shape, with the quotes' ground truth."""
    paragraphs: list[list[_Piece]] = []
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.booleans()):
            paragraphs.append([(_reporter(draw).capitalize() + ".", None)])
        paragraphs.extend(_quote_paragraph(draw))
    text, quotes = "", []
    for pieces in paragraphs:
        text += "\n\n" if text else ""
        for piece, kind in pieces:
            if kind is not None:
                quotes.append(GeneratedQuote(len(text), len(text) + len(piece), piece, kind))
            text += piece
    spans, start = [], 0
    for block in text.split("\n\n"):  # a multi-paragraph quote's words hold a paragraph break
        spans.append((start, start + len(block)))
        start += len(block) + 2
    return QuoteParagraphs(text, tuple(spans), tuple(quotes))


# ---------------------------------------------------------------------------
# people and speakers: title/name/appositive sentences with the official they
# introduce, and articles whose quotes have known speakers in every cue
# position (after, before, inverted, colon block, continuation, pronoun)
# ---------------------------------------------------------------------------

#: People of many naming cultures, as (full name, surname used alone, sex).
#: Given names are mostly *not* in the library's given-name lexicon: titles and
#: cues must confirm them.
PEOPLE_NAMES = (
    ("Eena Ruffini", "Ruffini", "f"), ("Ngozi Okonjo-Iweala", "Okonjo-Iweala", "f"),
    ("Siobhan O'Mahony", "O'Mahony", "f"), ("Lauren del Valle", "del Valle", "f"),
    ("Ximena Torres-Guillén", "Torres-Guillén", "f"), ("Wang Yi", "Wang", "m"),
    ("Yang Jiechi", "Yang", "m"), ("Kwame Mensah", "Mensah", "m"), ("Hiro Nakamura", "Nakamura", "m"),
    ("Tadeusz Kowalski", "Kowalski", "m"), ("Yusuf Haddad", "Haddad", "m"),
    ("Oluwaseun Adeyemi", "Adeyemi", "m"), ("Priyanka Raghunathan", "Raghunathan", "f"),
    ("Martin Luther Jones Jr.", "Jones", "m"), ("Anneliese van der Berg", "van der Berg", "f"),
)  # fmt: skip
#: Official titles written before a name, and the part a person's titles must contain.
PEOPLE_TITLES_BEFORE = (
    "Secretary of State", "Foreign Minister", "Deputy Secretary of State", "Prime Minister",
    "national security adviser", "FBI Director", "Minister of Public Security", "Sen.", "Gov.",
    "Mayor", "Defense Secretary", "Chief Justice", "Ambassador", "former President",
    "Party Secretary", "Interior Minister", "Attorney General", "Rep.", "Gen.",
)  # fmt: skip
#: Country words that may stand before a title.
PEOPLE_DEMONYMS = ("", "Chinese ", "U.S. ", "French ", "Nigerian ", "Japanese ")
#: Appositives after a name: (text after the comma, the title it gives).
PEOPLE_APPOSITIVES = (
    ("a top official in the Communist Party", "top official"),
    ("the foreign minister", "foreign minister"),
    ("the country's finance minister", "finance minister"),
    ("a senior State Department official", "senior state department official"),
    ("the deputy mayor", "deputy mayor"),
)  # fmt: skip
PEOPLE_CUES = ("said", "added", "stated", "told reporters", "warned", "emphasized", "wrote")
PEOPLE_FILLER = (
    "The talks ran late into the evening.", "Delegates met behind closed doors.",
    "The meeting had been planned for months.", "Trade and security were on the agenda.",
)  # fmt: skip


@attrs.frozen
class OfficialSentence:
    """A short article introducing one official, with the expected name and title."""

    text: str
    name: str
    title: str


@st.composite
def official_sentences(draw: st.DrawFn) -> OfficialSentence:
    """``Chinese Foreign Minister Wang Yi met ...`` or ``Wang Yi, the foreign minister, met ...``."""
    name = draw(st.sampled_from(PEOPLE_NAMES))[0]
    filler = draw(st.sampled_from(PEOPLE_FILLER))
    if draw(st.booleans()):
        title = draw(st.sampled_from(PEOPLE_TITLES_BEFORE))
        demonym = draw(st.sampled_from(PEOPLE_DEMONYMS))
        lead = draw(st.sampled_from(("", "On Monday, ", "In the capital, ")))
        intro = f"{lead}{demonym}{title} {name} met the delegation."
        if not lead:
            intro = intro[0].upper() + intro[1:]
    else:
        appositive, title = draw(st.sampled_from(PEOPLE_APPOSITIVES))
        intro = f"{name}, {appositive}, met the delegation."
    return OfficialSentence(f"{filler}\n\n{intro}\n\n{filler}", name, title.lower())


@attrs.frozen
class AttributedQuote:
    """A generated quote's words and the full name of who said it."""

    text: str
    speaker: str


@attrs.frozen
class AttributedArticle:
    """Paragraphs (blank-line separated) whose quotes have known speakers."""

    text: str
    quotes: tuple[AttributedQuote, ...]


def _people_speech(draw: st.DrawFn, end: str) -> str:
    """A sentence of speech that reads as speech, not as a quoted name or title."""
    words = draw(st.lists(st.sampled_from(SPEECH_WORDS), min_size=3, max_size=10))
    return "We think " + " ".join(words) + end


def _attributed_paragraphs(
    draw: st.DrawFn, person: tuple[str, str, str], mentioned: bool, last: bool
) -> list[tuple[str, list[tuple[str, str]]]]:
    """Paragraphs quoting ``person``: (text, [(quote words, speaker)]).

    ``last`` says that ``person`` was the last one named, so a pronoun may refer to them.
    """
    full, surname, sex = person
    pronoun = "she" if sex == "f" else "he"
    # Known bug (test_speakers.py, guillemets): a cue before « does not confirm a new name.
    styles = QUOTE_MARK_STYLES[:4] if mentioned else QUOTE_MARK_STYLES[:2] + QUOTE_MARK_STYLES[3:4]
    open_, close = draw(st.sampled_from(styles))
    cue = draw(st.sampled_from(PEOPLE_CUES))
    ref = surname[0].upper() + surname[1:] if mentioned else full
    q1, q2 = _people_speech(draw, ","), _people_speech(draw, ".")
    shape = draw(st.integers(0, 7))
    paragraphs: list[tuple[str, list[tuple[str, str]]]] = []
    if shape == 0:  # “Q1,” X said. “Q2.”
        text = f"{open_}{q1}{close} {ref} {cue}. {open_}{q2}{close}"
        paragraphs.append((text, [(q1, full), (q2, full)]))
    elif shape == 1:  # “Q1,” said X.
        paragraphs.append((f"{open_}{q1}{close} said {ref}.", [(q1, full)]))
    elif shape == 2:  # X said, “Q2”
        paragraphs.append((f"{ref} {cue}, {open_}{q2}{close}", [(q2, full)]))
    elif shape == 3:  # X emphasized:  /  block
        paragraphs.append((f"{ref} {cue}:", []))
        paragraphs.append((q2, [(q2, full)]))
    elif shape == 4 and mentioned and last:  # pronoun follow-up: “Q1,” he said.
        paragraphs.append((f"{open_}{q1}{close} {pronoun} {cue}.", [(q1, full)]))
    elif shape == 5:  # X said the plan was “partial” and ...
        fragment = " ".join(draw(st.lists(st.sampled_from(SPEECH_WORDS[:5]), min_size=3)))
        text = f"{ref} {cue} the deal was {open_}{fragment}{close} and left."
        paragraphs.append((text, [(fragment, full)]))
    elif shape == 6:  # quote-only paragraph continuing the last speaker
        paragraphs.append((f"{open_}{q1}{close} {ref} {cue}.", [(q1, full)]))
        paragraphs.append((f"{open_}{q2}{close}", [(q2, full)]))
    else:  # X told CNN, “Q2”
        paragraphs.append((f"{ref} told CNN, {open_}{q2}{close}", [(q2, full)]))
    return paragraphs


@st.composite
def attributed_articles(draw: st.DrawFn) -> AttributedArticle:
    """Officials quoted in every cue position, with known speakers.  Most are introduced by
    title first; the others are first named in a quote's cue (by full name).  Some articles
    quote two people who share a surname: each is then always named in full."""
    chosen = draw(st.lists(st.sampled_from(PEOPLE_NAMES), min_size=1, max_size=3, unique=True))
    namesakes = [p for p in chosen if p[1] in NAMESAKES]
    if namesakes and draw(st.booleans()):
        chosen.append(NAMESAKES[draw(st.sampled_from(namesakes))[1]])
    shared = {p[1] for p in chosen if sum(q[1] == p[1] for q in chosen) > 1}
    paragraphs: list[tuple[str, list[tuple[str, str]]]] = []
    named: set[str] = set()
    last = ""
    for _ in range(draw(st.integers(1, 5))):
        person = draw(st.sampled_from(chosen))
        if person[0] not in named and draw(st.integers(0, 3)) > 0:
            title = draw(st.sampled_from(PEOPLE_TITLES_BEFORE))
            paragraphs.append((f"{PEOPLE_FILLER[0]} {title} {person[0]} arrived on Monday.", []))
            named.add(person[0])
            last = person[0]
        mentioned = person[0] in named and person[1] not in shared
        paragraphs.extend(_attributed_paragraphs(draw, person, mentioned, last == person[0]))
        named.add(person[0])
        last = person[0]
        paragraphs.append((draw(st.sampled_from(PEOPLE_FILLER)), []))
    text = "\n\n".join(p[0] for p in paragraphs)
    quotes = tuple(AttributedQuote(q, who) for p in paragraphs for q, who in p[1])
    return AttributedArticle(text, quotes)


# ---------------------------------------------------------------------------
# dates: a date written in a random surface form relative to a random
# reference date, with the TIMEX3 value it must resolve to; noise made of
# numbers and prices that must resolve to nothing
# ---------------------------------------------------------------------------


@attrs.frozen
class DatedExpression:
    """A sentence holding one date expression ``expression`` that means ``value`` when
    the article is dated ``reference``."""

    sentence: str
    expression: str
    value: str
    reference: dt.date


_DATE_MONTH_ABBREVIATIONS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
                             "Sept.", "Oct.", "Nov.", "Dec.")  # fmt: skip
_DATE_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_DATE_SENTENCES = (
    "The council met {} to discuss the budget.",
    "Officials said {} that the bridge had been closed.",
    "{}, the river rose above the barrier.",
)


def _date_month_name(month: int) -> str:
    return timewords.MONTHS[month - 1].title()


def _date_weekday_name(day: dt.date) -> str:
    return timewords.WEEKDAYS[day.weekday()].title()


def _date_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _absolute_forms(day: dt.date) -> list[tuple[str, str]]:
    month, iso = _date_month_name(day.month), day.isoformat()
    return [
        (f"{month} {day.day}, {day.year}", iso),
        (f"{day.day} {month} {day.year}", iso),
        (f"{_DATE_MONTH_ABBREVIATIONS[day.month - 1]} {day.day}, {day.year}", iso),
        (iso, iso),
        (f"{day.month}/{day.day}/{day.year}", iso),
        (f"{_date_weekday_name(day)}, {month} {day.day}, {day.year}", iso),
        (f"the {day.day}th of {month} {day.year}" if day.day in (4, 5, 6, 7, 8, 9) else iso, iso),
        (f"{month} {day.year}", iso[:7]),
        (f"in {day.year}", str(day.year)),
        (f"the {day.year // 10 * 10}s", str(day.year // 10)),
        (f"the {('first', 'second', 'third', 'fourth')[(day.month - 1) // 3]} quarter of {day.year}",
         f"{day.year}-Q{(day.month - 1) // 3 + 1}"),
    ]  # fmt: skip


def _relative_forms(ref: dt.date, back: int, count: int) -> list[tuple[str, str]]:
    """Expressions relative to ``ref``; ``back`` in 1..7, ``count`` in 2..10."""
    last_day, next_day = ref - dt.timedelta(back), ref + dt.timedelta(back)
    plain_day = ref - dt.timedelta((back - 1) % 6)  # 0..5 days back: the day after is "ahead"
    month_back = (ref.month - 1 - (back + 2)) % 12 + 1  # 3..9 months back: never "ahead"
    month_year = ref.year - (month_back > ref.month)
    last_month_year = ref.year - (month_back >= ref.month)
    prev_month = dt.date(ref.year, ref.month, 1) - dt.timedelta(1)
    word = _DATE_NUMBER_WORDS[count - 2]
    return [
        (f"last {_date_weekday_name(last_day)}", last_day.isoformat()),
        (f"next {_date_weekday_name(next_day)}", next_day.isoformat()),
        (f"on {_date_weekday_name(plain_day)}", plain_day.isoformat()),
        ("yesterday", (ref - dt.timedelta(1)).isoformat()),
        ("today", ref.isoformat()),
        (f"{word} days ago", (ref - dt.timedelta(count)).isoformat()),
        (f"{count} weeks ago", _date_week(ref - dt.timedelta(weeks=count))),
        ("last week", _date_week(ref - dt.timedelta(7))),
        ("earlier this week", _date_week(ref)),
        ("last year", str(ref.year - 1)),
        ("late last year", str(ref.year - 1)),
        ("earlier this month", ref.isoformat()[:7]),
        ("last month", prev_month.isoformat()[:7]),
        (f"in {_date_month_name(month_back)}", f"{month_year:04d}-{month_back:02d}"),
        (f"last {_date_month_name(month_back)}", f"{last_month_year:04d}-{month_back:02d}"),
        (f"{word} years ago", str(ref.year - count)),
        (f"a {word}-day visit", f"P{count}D"),
        (f"the past {word} years", f"P{count}Y"),
    ]


@st.composite
def dated_expressions(draw: st.DrawFn) -> DatedExpression:
    """One date expression in a sentence, its reference date and the value it means."""
    reference = draw(st.dates(dt.date(1950, 1, 1), dt.date(2045, 12, 31)))
    if draw(st.booleans()):
        forms = _absolute_forms(draw(st.dates(dt.date(1800, 1, 1), dt.date(2099, 12, 31))))
    else:
        forms = _relative_forms(reference, draw(st.integers(1, 7)), draw(st.integers(2, 10)))
    expression, value = draw(st.sampled_from(forms))
    template = draw(st.sampled_from(_DATE_SENTENCES))
    if template.startswith("{}"):
        expression = expression[:1].upper() + expression[1:]
    return DatedExpression(template.format(expression), expression, value, reference)


#: Numbers that are not dates: prices, counts, scores, codes, phone numbers, versions.
number_noise = st.lists(
    st.one_of(
        st.integers(0, 99_999).map(lambda n: f"${n:,}"),
        st.integers(0, 9_999).map(lambda n: f"over {n}"),
        st.integers(1_000, 2_099).map(lambda n: f"{n:,} people"),
        st.integers(1_500, 2_099).map(lambda n: f"{n} troops"),
        st.integers(0, 99).map(lambda n: f"G{n}"),
        st.integers(0, 99).map(lambda n: f"covid-{n}"),
        st.integers(0, 9_999).map(lambda n: f"(202) 555-{n:04d}"),
        st.floats(0, 10_000, allow_nan=False).map(lambda x: f"{x:.2f}"),
        st.integers(0, 100).map(lambda n: f"{n}%"),
        st.integers(0, 50).map(lambda n: f"a {n}-{n + 3} win"),
        st.integers(1_900, 2_099).map(lambda n: f"${n}"),
        st.integers(1_900, 2_099).map(lambda n: f"{n}.5"),
        st.integers(0, 999).map(lambda n: f"No. {n}"),
    ),
    max_size=12,
).map(" and ".join)


# ---------------------------------------------------------------------------
# dates at the calendar's ends, durations and ranges
# ---------------------------------------------------------------------------

#: Reference dates in the first and the last year of the calendar, where "next year",
#: "on Monday" or "yesterday" leave it (issue 15).
extreme_dates = st.one_of(
    st.dates(dt.date(1, 1, 1), dt.date(1, 12, 31)),
    st.dates(dt.date(9999, 1, 1), dt.date(9999, 12, 31)),
)

_RELATIVE_PHRASES = (
    "yesterday", "tomorrow", "on Monday", "next year", "last year", "next week", "last month",
    "two days ago", "in three weeks", "next century", "the last decade", "a decade earlier",
    "the following day", "the year-ago quarter", "this fall", "next spring", "on Christmas",
    "in December", "on Dec. 31", "three days later", "at 9 a.m. Friday", "the next morning",
)  # fmt: skip

#: Sentences of relative expressions that resolve against the reference date or the focus.
relative_sentences = st.lists(st.sampled_from(_RELATIVE_PHRASES), min_size=1, max_size=8).map(
    lambda phrases: "It happened " + ", then ".join(phrases) + "."
)

#: A printed date at either end of the calendar, as the first line of an article.
extreme_printed_dates = st.sampled_from(
    ("Dec. 31, 9999", "December 31, 9999", "January 1, 0001", "Jan. 1, 0001", "9999-12-31")
)

_DURATION_COUNTS = ("a", "one", "two", "three", "several", "a few", "12", "2 1/2", "nearly two",
                    "at least 30", "two and a half", "five consecutive", "two more")  # fmt: skip
_DURATION_UNITS = ("seconds", "minutes", "hours", "days", "nights", "weeks", "months",
                   "quarters", "years", "decades", "centuries")  # fmt: skip
_DURATION_FRAMES = ("for {} {}", "within {} {}", "{} {} later", "the past {} {}",
                    "the first {} {}", "{} {} after the vote", "{} {} ago")  # fmt: skip


@st.composite
def duration_texts(draw: st.DrawFn) -> str:
    """A sentence of counted or vague durations: "for two weeks", "hours after", "the past
    three years", "2:14:05", "between 3 and 6 weeks", "a years-long feud"."""
    pieces = []
    for _ in range(draw(st.integers(1, 4))):
        frame = draw(st.sampled_from((*_DURATION_FRAMES, "for {1}", "a {1}-long feud", "{0}")))
        if frame == "{0}":
            pieces.append(draw(st.sampled_from(("2:14:05", "0:45:10.5", "1:02:03"))))
            continue
        count = draw(st.sampled_from(_DURATION_COUNTS))
        unit = draw(st.sampled_from(_DURATION_UNITS))
        pieces.append(frame.format(count, unit))
    return "It lasted " + " and ".join(pieces) + "."


@st.composite
def range_texts(draw: st.DrawFn) -> str:
    """A range written as two timexes: "1998-2003", "the 1987-88 season", "April 13-15",
    "between 3 and 6 weeks", "two to three days"."""
    first = draw(st.integers(1500, 2090))
    last = draw(st.integers(first + 1, min(first + 99, 2099)))
    low = draw(st.integers(1, 20))
    high = draw(st.integers(low + 1, 40))
    day = draw(st.integers(1, 27))
    return draw(
        st.sampled_from(
            (
                f"from {first}-{last}",
                f"the {first}-{min(last, first // 100 * 100 + 99) % 100:02d} season",
                f"on April {day}-{draw(st.integers(day + 1, 28))}",
                f"between {low} and {high} weeks",
                f"{low} to {high} days",
                f"{low}-{high} months",
            )
        )
    )
