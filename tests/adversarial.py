"""An adversarial corpus, built in code so the repository holds no megabyte files.

Each entry is a function of a size factor, so the benchmark can check that
parsing time grows linearly with the input (``benchmarks/bench_adversarial.py``),
and the test suite parses every entry at its base size.
"""

from __future__ import annotations

import random
from collections.abc import Callable

__all__ = ["CORPUS"]

_SENTENCE = "The council approved the harbour plan on Monday, officials said."


def one_long_line(scale: int) -> str:
    """A single line of about 1 MB at scale 1."""
    return " ".join([_SENTENCE] * (16_000 * scale))


def quote_marks(scale: int) -> str:
    """100,000 quote marks of every kind, in one line."""
    marks = "\"'“”‘’«»„"
    return "".join(marks[i % len(marks)] for i in range(100_000 * scale))


def cues_in_one_sentence(scale: int) -> str:
    """One sentence of a thousand cues set off by commas, with no end: every cue's content
    runs to the same far sentence end (each looked for its closing comma to the end)."""
    return "Prices Rise\n\n" + "Prices rise, he said, " * (500 * scale) + "end."


def leading_cues_in_one_sentence(scale: int) -> str:
    """One sentence of a thousand cues, each before its "that" or its clause, after an
    opening phrase: every cue's subject, lead and content are read from the far
    sentence start (a cold review found it quadratic, session 32)."""
    units = ("In the city the mayor said that ", "he said prices typically rise and ")
    return "Prices Rise\n\n" + "".join(units[i % 2] for i in range(500 * scale)) + "end."


def unbalanced_paragraphs(scale: int) -> str:
    """Every paragraph opens a quote that never closes."""
    return "\n\n".join(f"“{_SENTENCE} he said of the plan {i}" for i in range(5_000 * scale))


def nested_brackets(scale: int) -> str:
    """Brackets nested 50,000 deep around a sentence."""
    depth = 50_000 * scale
    return "(" * depth + "[{" + _SENTENCE + "}]" + ")" * depth


def control_and_invisible(scale: int) -> str:
    """Control, right-to-left, zero-width and byte-order characters between words."""
    odd = "\x00\x01\x07\x1b\x7f\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202e\u2066\u2069\ufeff\u00ad"
    words = _SENTENCE.split()
    return "\n".join(odd.join(words) + odd[i % len(odd)] for i in range(5_000 * scale))


def emoji(scale: int) -> str:
    """Emoji, flags and skin-tone sequences inside news sentences and quotes."""
    pieces = ["🇺🇸", "👍🏽", "👨‍👩‍👧", "🔥", "“😂,” he said.", _SENTENCE]
    return "\n".join(
        " ".join(pieces[(i + j) % len(pieces)] for j in range(8)) for i in range(5_000 * scale)
    )


def binary_junk(scale: int) -> str:
    """Random bytes decoded as Latin-1, as a mis-declared file reads."""
    rng = random.Random(7)
    return bytes(rng.randrange(256) for _ in range(200_000 * scale)).decode("latin-1")


def capitalised_words(scale: int) -> str:
    """50,000 capitalised words: a worst case for name and title finding."""
    names = ["President", "Jane", "Doe", "Minister", "Xi", "Jinping", "Secretary", "State", "Of"]
    return " ".join(names[i % len(names)] for i in range(50_000 * scale)) + "."


def many_short_lines(scale: int) -> str:
    """50,000 short Title Case lines: a worst case for headline, section and byline rules."""
    return "\n".join(
        f"By Jane Doe And John Roe {i}" if i % 3 else "Harbour Plan Update"
        for i in range(50_000 * scale)
    )


def dates_and_numbers(scale: int) -> str:
    """Digits, prices, phone numbers and date-like strings."""
    rng = random.Random(11)
    parts = []
    for _ in range(20_000 * scale):
        parts.append(
            rng.choice(
                ["$2,024", "2024", "12/31", "555-0142", "Q3", "10:30", "1990s", "G20", "April"]
            )
        )
    return " ".join(parts)


def many_people(scale: int) -> str:
    """4,000 different people, each named in full, quoted and named again: a worst
    case for clustering name forms into people and for attribution."""
    rng = random.Random(5)
    given = ["Ann", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jon"]
    paragraphs = ["Harbour Plan Update"]
    for _ in range(4_000 * scale):
        surname = "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3))
        surname = surname.title()
        paragraphs.append(
            f"{rng.choice(given)} {surname}, a local teacher, said the plan was late. "
            f"“It is late,” {surname} said."
        )
    return "\n\n".join(paragraphs)


def many_officials(scale: int) -> str:
    """2,000 officials with titles, each quoted through descriptors ("the minister",
    "the top US diplomat") and pronouns: a worst case for descriptor resolution."""
    rng = random.Random(6)
    paragraphs = ["Harbour Plan Update"]
    for _ in range(2_000 * scale):
        one, two = (
            "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3)).title()
            for _ in range(2)
        )
        paragraphs.append(
            f"Foreign Minister Ann {one} met Secretary of State Jo {two}. "
            "“Yes,” the minister said. “No,” the top US diplomat said. “Maybe,” she added."
        )
    return "\n\n".join(paragraphs)


def spaces_after_a_date(scale: int) -> str:
    """A header date line followed by 200,000 spaces: a worst case for the printed-date
    pattern's optional time and tail."""
    return "Plan approved\n\nMarch 5, 2024" + " " * (200_000 * scale) + "x\n\nThe council voted."


def press_briefing(scale: int) -> str:
    """A 120 KB briefing transcript at scale 1: three speakers quoted 1,200 times,
    each named again after every quote: a worst case for writing a speaker's
    many mentions once per quote (``Article.to_json``)."""
    rng = random.Random(8)
    surnames = ["Mallory", "Okafor", "Adler"]
    replies = ["We are working on it", "I do not have an update for you", "That is fair",
               "The president has been clear", "We will get back to you on that"]  # fmt: skip
    paragraphs = [
        "Press Briefing Transcript",
        "Press Secretary Jen Mallory, Deputy Secretary Tom Okafor and Senator Ruth Adler "
        "took questions.",
    ]
    for i in range(1_200 * scale):
        who = rng.choice(surnames)
        paragraphs.append(
            f"“{rng.choice(replies)} on item {i},” {who} said. "
            f"{who} added that the briefing would go on."
        )
    return "\n\n".join(paragraphs)


CORPUS: dict[str, Callable[[int], str]] = {
    f.__name__: f
    for f in (
        one_long_line,
        quote_marks,
        cues_in_one_sentence,
        leading_cues_in_one_sentence,
        unbalanced_paragraphs,
        nested_brackets,
        control_and_invisible,
        emoji,
        binary_junk,
        capitalised_words,
        many_short_lines,
        dates_and_numbers,
        many_people,
        many_officials,
        spaces_after_a_date,
        press_briefing,
    )
}
