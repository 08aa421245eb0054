"""The speaker rules, declared in the order they are tried (like ftfy's list of fixers).

Each rule has a distinct name (``Quote.rule``), a confidence and a one-line
description.  A quote's ``confidence`` is the rule's confidence times the
certainty of the words it resolved (a pronoun or a descriptor is less certain
than a name).  The rules live in :mod:`~newsstruct.speakers.paragraphs` (the
transcript label first, the paragraph rules last), :mod:`~newsstruct.speakers.after`
and :mod:`~newsstruct.speakers.before`; :func:`~newsstruct.speakers.attribute_quotes`
tries them in this order.

>>> [rule.name for rule in RULES][:3]
['transcript-label', 'interview-answer', 'dash-credit']
>>> confidence("said-after", 1.0), confidence("continuation", 1.0)
(0.95, 0.75)
"""

from __future__ import annotations

import attrs

__all__ = ["RULES", "Rule", "confidence"]


@attrs.frozen
class Rule:
    """One speaker rule: its name, its confidence in [0, 1] and what it reads."""

    name: str
    confidence: float
    description: str
    example: str


#: Every rule, in the order :func:`~newsstruct.speakers.attribute_quotes` tries them.
RULES: tuple[Rule, ...] = (
    Rule("transcript-label", 0.9, "a quote opening with a person's surname in capitals and a colon", "PENCE: Well, look, ..."),
    Rule("interview-answer", 0.8, "a block after a question line or an A: label in an interview: the person the article mentions most", "Q: Why? ¶ A: Because ..."),
    Rule("dash-credit", 0.9, "a dash and a person's name right after the closing mark, or as the next paragraph when no cue names the speaker", "“Q.” ― Jane Doe"),
    Rule("said-after", 0.95, "a speech cue right after the closing mark, with its subject or inverted", "“Q,” Blinken said / “Q,” said Yang Jiechi"),
    Rule("unlisted-verb", 0.8, "a verb that no cue list holds between a quote ending its clause and a name or he/she", "“Q,” Sela Marchetti harrumphed"),
    Rule("according-to", 0.9, "“according to X” after the quote, or ending the quote's sentence", "“Q,” according to a U.S. assessment"),
    Rule("said-before", 0.85, "the last speech cue before the quote in its sentence, its subject or object", "Blinken told CNN, “Q”"),
    Rule("passive-by", 0.85, "a passive cue before the quote and the person after “by”", "Sanders was asked by host Bill Maher, “Q”"),
    Rule("name-colon", 0.85, "a person's name and a colon right before the quote", "Pollsters agree - Carl Bialik: “Q”"),
    Rule("participle-subject", 0.85, "an -ing cue after a comma or an object: the subject of its sentence (the object of “quoted X as”)", "Trump attacked Clinton ..., saying, “Q”"),
    Rule("verb-colon", 0.85, "a person, one verb and a colon right before the quote", "Kasich resisted: “Q”"),
    Rule("pronoun-colon", 0.85, "a sentence opening with he or she and ending in a colon before the quote", "She then addressed the supporters again: “Q”"),
    Rule("subject-colon", 0.85, "a short sentence about a person that ends in a colon before the quote", "Here’s Clinton in December 1992: “Q”"),
    Rule("colon-block", 0.85, "a quote opening its paragraph after one that ends with a cue and a colon", "Secretary Antony Blinken emphasized: ¶ “Q”"),
    Rule("said-just-before", 0.85, "the sentence right before the quote ends with a cue", "..., Schiff said. “Q”"),
    Rule("continuation", 0.75, "a quote with no cue continues the speaker of the quote before it", "“Q1,” she said. “Q2.”"),
    Rule("previous-sentence", 0.6, "a quote-only paragraph after one whose last sentence is about a person", "Sen. Jane Doe identified young voters. “Q”"),
    Rule("headline", 0.9, "a reported statement in the headline: a person's name and a colon, or its subject before a cue", "Ryan: FBI decision defies explanation / Okafor Says Port Will Reopen"),
    Rule("ranker", 0.5, "the learned ranker chose another speaker than the rules (see Quote.evidence)", "“Q,” he said (he: the last speaker, not the last name)"),
)  # fmt: skip

_CONFIDENCE = {rule.name: rule.confidence for rule in RULES}


def confidence(rule: str, certainty: float) -> float:
    """The confidence of an attribution by ``rule`` whose words were resolved with ``certainty``;
    a ``KeyError`` for a rule the table does not declare (a bug: every rule has a row)."""
    return round(_CONFIDENCE[rule] * certainty, 3)
