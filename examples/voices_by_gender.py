"""Who is quoted, by gender: the people quoted (direct and reported) across a folder of articles.

    python examples/voices_by_gender.py examples/articles
    python examples/voices_by_gender.py corpus/ --json > voices.json

Reads every ``*.txt`` file of the folder with ``newsstruct.parse`` and every ``*.html``
or ``*.htm`` page with ``newsstruct.parse_html``, and counts every statement of
``Article.statements`` (quotes and reported speech; quoted terms, where nobody
speaks, are left out) by the gender of its speaker.

A person's gender is what the article itself says (``Person.gender``: an honorific,
a gendered title word, a pronoun resolved to them), never a guess from the name.
Many people are never called "she" or "Ms." in the text, so "unknown" is a group of
its own and is never spread over the others.  People are counted per article:
someone quoted in three articles counts three times, as the Gender Gap Tracker
counts sources.  Organisations and statements with no speaker found are not people;
the table says how many statements that leaves out.  ``--json`` also lists each
person with the words their gender rests on, to check by hand.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from collections.abc import Iterator
from typing import Any

import newsstruct

#: The groups, in the order the table shows them.
GROUPS = ("female", "male", "unknown")


def articles(folder: pathlib.Path) -> Iterator[tuple[str, newsstruct.Article]]:
    """``(file name, article)`` for every text file and HTML page of ``folder``, by name."""
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() == ".txt":
            yield path.name, newsstruct.parse(path.read_text(encoding="utf-8"))
        elif path.suffix.lower() in {".html", ".htm"}:
            yield path.name, newsstruct.parse_html(path.read_bytes())


def voices(name: str, article: newsstruct.Article) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The people quoted in one article, each with their gender, its evidence and their
    statements; and the statements left out (by organisations, with no speaker)."""
    people: dict[str, dict[str, Any]] = {}
    left_out = {"organisations": 0, "no_speaker": 0}
    for said in article.statements:
        if isinstance(said, newsstruct.Quote) and said.kind == "term":
            continue  # a quoted name or scare quotes: nobody speaks
        speaker = said.speaker
        if not isinstance(speaker, newsstruct.Person):
            left_out["no_speaker" if speaker is None else "organisations"] += 1
            continue
        entry = people.setdefault(speaker.id, _entry(name, speaker))
        entry["direct" if isinstance(said, newsstruct.Quote) else "reported"] += 1
    return list(people.values()), left_out


def _entry(name: str, person: newsstruct.Person) -> dict[str, Any]:
    return {
        "article": name,
        "name": person.name,
        "gender": person.gender or "unknown",
        "evidence": [span.text for span in person.gender_evidence],
        "direct": 0,
        "reported": 0,
    }


def tally(documents: Iterator[tuple[str, newsstruct.Article]]) -> dict[str, Any]:
    """People and statements by gender over ``documents``, with every person listed."""
    groups = {g: {"people": 0, "statements": 0, "direct": 0, "reported": 0} for g in GROUPS}
    left_out = {"organisations": 0, "no_speaker": 0}
    listed: list[dict[str, Any]] = []
    count = 0
    for name, article in documents:
        count += 1
        people, skipped = voices(name, article)
        for key, value in skipped.items():
            left_out[key] += value
        for person in people:
            group = groups[person["gender"]]
            group["people"] += 1
            group["direct"] += person["direct"]
            group["reported"] += person["reported"]
            group["statements"] += person["direct"] + person["reported"]
        listed += people
    return {"articles": count, "groups": groups, "left_out": left_out, "people": listed}


def table(counts: dict[str, Any]) -> str:
    """The tally as a table for a person to read."""
    groups = counts["groups"]
    people = sum(g["people"] for g in groups.values())
    said = sum(g["statements"] for g in groups.values())
    lines = [
        f"{counts['articles']} articles: {said} statements by {people} people quoted",
        "",
        f"{'gender':<8} {'people':>12} {'statements':>12} {'direct':>7} {'reported':>9}",
    ]
    for gender, g in groups.items():
        lines.append(
            f"{gender:<8} {_count(g['people'], people):>12} {_count(g['statements'], said):>12}"
            f" {g['direct']:>7} {g['reported']:>9}"
        )
    left_out = counts["left_out"]
    lines += [
        "",
        f"Not counted: {left_out['organisations']} statements by organisations, "
        f"{left_out['no_speaker']} with no speaker found.",
        "Gender is only what each article says (Ms., chairwoman, she ...), never a guess "
        "from a name.",
    ]
    return "\n".join(lines)


def _count(part: int, whole: int) -> str:
    """``3 (25%)``: a count and its share of the whole."""
    return f"{part} ({100 * part / whole:.0f}%)" if whole else str(part)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=pathlib.Path, default="examples/articles")
    parser.add_argument("--json", action="store_true", help="print the counts and people as JSON")
    args = parser.parse_args(argv)
    counts = tally(articles(args.folder))
    print(json.dumps(counts, ensure_ascii=False, indent=2) if args.json else table(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
