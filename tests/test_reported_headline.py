"""Statements a headline attributes: a person's name and a colon, or a subject and a cue."""

from __future__ import annotations

import pytest

import newsstruct

BODY = (
    "\n\nPort chief Ada Okafor said on Monday that the harbour would reopen in May. "
    "Residents welcomed the news.\n\n"
    "“We are ready,” Okafor told reporters.\n\n"
    "A poll found most traders agreed.\n"
)


def _headline_statements(headline: str) -> list[tuple[str, str | None, str | None]]:
    article = newsstruct.parse(headline + BODY)
    return [
        (r.text, None if r.speaker is None else r.speaker.name, r.rule)
        for r in article.reported
        if r.shape == "label"
    ]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Okafor: Harbour Will Reopen in May",
            [("Harbour Will Reopen in May", "Ada Okafor", "headline")],
        ),
        (
            "Ada Okafor: ‘We Are Ready’ to Reopen",
            [("‘We Are Ready’ to Reopen", "Ada Okafor", "headline")],
        ),
        (
            "Okafor Says Harbour Will Reopen in May",
            [("Harbour Will Reopen in May", "Ada Okafor", "headline")],
        ),
        (
            "Port chief Okafor says harbour will reopen",
            [("harbour will reopen", "Ada Okafor", "headline")],
        ),
        (
            "Okafor says that traders will be paid",
            [("traders will be paid", "Ada Okafor", "headline")],
        ),
        (
            "Lagos Port Chief Okafor: Harbour Will Reopen",
            [("Harbour Will Reopen", "Ada Okafor", "headline")],
        ),
    ],
)
def test_a_headline_attributes_a_claim_to_a_person_of_the_article(
    headline: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _headline_statements(headline) == expected


@pytest.mark.parametrize(
    "headline",
    [
        "Poll: Traders Back Reopening of Harbour",  # no person of the article
        "Explainer: Why the Harbour Closed",
        "Okafor and Lagos: A Long Story of Harbours",  # two names: a topic
        "Okafor: Reopen",  # too short a claim
        "Harbour reopens after storm, says nothing of the cost",  # no person before the cue
        "Traders Say Harbour Will Reopen",  # a group, not a person of the article
        "Saying goodbye to the old harbour",  # a participle
        "Harbour to reopen in May",  # no label, no cue
        "Okafor’s Team: Harbour Will Reopen in May",  # a possessive: her team, not her
        "Lagos: Harbour Will Reopen in May",  # a place's name, though one person is Lagos
        "Okafor: The Woman Behind the Harbour",  # no verb in the claim
        "Okafor Told to Reopen the Harbour by June",  # a passive
        "What Okafor Says About the Harbour Matters",  # a question word
        "Okafor Notes Rise in Harbour Traffic",  # a noun phrase after the cue
    ],
)
def test_a_headline_without_a_person_attributing_a_claim_gives_none(headline: str) -> None:
    assert _headline_statements(headline) == []


def test_a_headline_statement_is_sorted_first_and_indexes_the_input() -> None:
    text = "Okafor: Harbour Will Reopen in May" + BODY
    article = newsstruct.parse(text)
    first = article.reported[0]
    assert first.shape == "label" and text[first.start : first.end] == first.text
    assert first.cue is not None and first.cue.text == ":"
    assert [r.start for r in article.reported] == sorted(r.start for r in article.reported)


def test_a_kicker_in_capitals_before_a_dash_is_no_part_of_the_label() -> None:
    text = (
        "EXCLUSIVE – Rosa Tellez: Don’t Trust the Voting Machines\n\n"
        "There is serious concern about the count, Rosa Tellez said on Monday.\n"
    )
    found = [
        (r.rule, r.text, r.speaker and r.speaker.name) for r in newsstruct.parse(text).reported
    ]
    assert found[0] == ("headline", "Don’t Trust the Voting Machines", "Rosa Tellez")
