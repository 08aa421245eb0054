"""What generated speakers say besides direct quotes, and how much of it a property recovered.

:func:`reported_speech` writes a reported (indirect) statement in every cue position: the
cue before the content with and without "that", after it (``..., the ministry said``,
``..., said Ortiz``), ``according to X`` at either end, ``as X said`` at either end, a
noun of saying (``Ortiz's statement that ...``) and a pronoun cue.  :data:`ORGS` are bodies that speak (an :class:`newsstruct.Organization`, never a
person) and :data:`FIRMS` the organisations of an ``of ORG`` appositive (``Jane Roe of
Acme Capital said``).  Each statement is a :class:`Said`: its words, who said it and the
shape that wrote it.

:class:`Recovery` counts how many generated statements a property found with their speaker;
:func:`recovers` runs a property and fails it under a floor, and ``conftest.py`` prints
every rate after the run.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import attrs
from hypothesis import strategies as st

__all__ = [
    "FIRMS",
    "ORGS",
    "RECOVERY",
    "Recovery",
    "Said",
    "capitalised",
    "plain",
    "recovered",
    "recovers",
    "reported_speech",
    "sentence_end",
]

#: Bodies that speak, as the text names them and the :class:`Organization` name they get.
ORGS = (
    ("the ministry", "ministry"), ("the Interior Ministry", "Interior Ministry"),
    ("the city council", "city council"), ("Acme Corp.", "Acme Corp"),
    ("Brightline Inc.", "Brightline Inc"), ("Northwind Logistics", "Northwind Logistics"),
    ("the Harbor Authority", "Harbor Authority"), ("Vantor Systems", "Vantor Systems"),
)  # fmt: skip
#: The organisation of an appositive: ``“...,” Jane Roe of Acme Capital said``.
FIRMS = ("Acme Capital", "Halvorsen Group", "Corvid Partners", "the Tidewater Institute")
#: Reported clauses: a subject and a finite predicate, no names, dates or pronouns (a
#: pronoun inside the content is no evidence of anyone's gender).
SUBJECTS = ("the pumps", "the barrier", "talks", "the budget", "repairs", "the new plan",
            "the harbour wall", "costs", "the river", "the old bridge")  # fmt: skip
PREDICATES = ("had failed twice", "would resume soon", "will hold", "was too costly",
              "needed more money", "could wait", "had been approved", "were rising",
              "should be finished first", "did not work")  # fmt: skip
TAILS = ("", "", " before the storm", " for the city", " at the harbour", " over the river")
#: Cues of a reported statement.  "warned" (a listener verb) takes "that" only: without it
#: the content loses its article (test_reported.py::test_a_listener_verb_before_a_bare_clause).
CUES = ("said", "added", "stated", "explained", "argued", "insisted", "noted", "told reporters")


@attrs.frozen
class Said:
    """A generated statement: its words (a quote's inside the marks, a reported statement's
    content without "that"), the name of who said it and the shape that wrote it."""

    text: str
    speaker: str | None
    shape: str


def plain(value: str) -> str:
    return " ".join(value.split())


def capitalised(words: str) -> str:
    return words[:1].upper() + words[1:]


def sentence_end(words: str) -> str:
    """``words`` closing a sentence: "said Acme Corp." gets no second point."""
    return words if words.endswith(".") else words + "."


def _clause(draw: st.DrawFn) -> str:
    subject, predicate = draw(st.sampled_from(SUBJECTS)), draw(st.sampled_from(PREDICATES))
    return f"{subject} {predicate}{draw(st.sampled_from(TAILS))}"


def reported_speech(
    draw: st.DrawFn, ref: str, name: str | None, pronoun: str | None
) -> tuple[str, Said]:
    """A sentence reporting what ``ref`` (who is ``name``) said, in one cue position; a
    ``pronoun`` ("she") may stand for the speaker."""
    clause, cue = _clause(draw), draw(st.sampled_from(CUES))
    shape = draw(st.sampled_from(
        ["before", "before-that", "after", "after-inverted", "according-first",
         "according-last", "as-first", "as-last", "warned-that", "noun", "pronoun"]
    ))  # fmt: skip
    if shape == "pronoun" and pronoun is None:
        shape = "before"
    said = functools.partial(Said, speaker=name, shape=shape)
    if shape == "before":  # Ortiz said the pumps had failed twice.
        return f"{capitalised(ref)} {cue} {clause}.", said(clause)
    if shape == "before-that":  # Ortiz told reporters that the pumps had failed twice.
        return f"{capitalised(ref)} {cue} that {clause}.", said(clause)
    if shape == "warned-that":
        return f"{capitalised(ref)} warned that {clause}.", said(clause)
    if shape == "after":  # The pumps had failed twice, Ortiz said.
        return f"{capitalised(clause)}, {ref} {cue}.", said(capitalised(clause))
    if shape == "after-inverted":  # The pumps had failed twice, said the ministry.
        return f"{capitalised(clause)}, said {sentence_end(ref)}", said(capitalised(clause))
    if shape == "according-first":  # According to the ministry, the pumps ...
        return f"According to {ref}, {clause}.", said(clause)
    if shape == "according-last":  # The pumps had failed twice, according to Ortiz.
        return f"{capitalised(clause)}, according to {sentence_end(ref)}", said(capitalised(clause))
    if shape == "as-first":  # As Ortiz said, the pumps had failed twice.
        return f"As {ref} {draw(st.sampled_from(CUES[:4]))}, {clause}.", said(clause)
    if shape == "noun":  # Ortiz's statement that the pumps had failed twice was welcomed.
        noun = draw(st.sampled_from(["statement", "claim", "assurance"]))
        return f"{capitalised(ref)}'s {noun} that {clause} was welcomed.", said(clause)
    if shape == "as-last":  # The pumps had failed twice, as Ortiz said.
        return f"{capitalised(clause)}, as {ref} {draw(st.sampled_from(CUES[:4]))}.", said(capitalised(clause))  # fmt: skip
    assert pronoun is not None
    if draw(st.booleans()):  # She said (that) the pumps had failed twice.
        that = draw(st.sampled_from(["", "that "]))
        return f"{capitalised(pronoun)} {cue} {that}{clause}.", said(clause)
    return f"{capitalised(clause)}, {pronoun} {cue}.", said(capitalised(clause))


# ---------------------------------------------------------------------------
# how many generated statements a property found with their speaker
# ---------------------------------------------------------------------------


@attrs.define
class Recovery:
    """Generated statements against what the library found: ``found`` with the same words,
    ``attributed`` with the same speaker too; ``extra`` found statements no one generated;
    ``missed`` the shapes of the statements not attributed."""

    floor: float
    expected: int = 0
    found: int = 0
    attributed: int = 0
    extra: int = 0
    missed: Counter[str] = attrs.field(factory=Counter)

    def add(self, expected: Iterable[Said], got: Iterable[Any]) -> list[Said]:
        """Count one article; ``got`` are quotes or reported statements.  Returns the
        generated statements not found with their speaker."""
        pool = [(plain(g.text), None if g.speaker is None else g.speaker.name) for g in got]
        used = [False] * len(pool)
        misses = []
        for said in expected:
            self.expected += 1
            words = plain(said.text)
            same = [k for k, (w, _) in enumerate(pool) if w == words and not used[k]]
            right = [k for k in same if pool[k][1] == said.speaker]
            if same:
                used[(right or same)[0]] = True
                self.found += 1
            if right:
                self.attributed += 1
            else:
                self.missed[said.shape if same else f"{said.shape} (not found)"] += 1
                misses.append(said)
        self.extra += used.count(False)
        return misses

    @property
    def rate(self) -> float:
        return self.attributed / self.expected if self.expected else 0.0

    def summary(self) -> str:
        missed = ", ".join(f"{shape} {n}" for shape, n in sorted(self.missed.items()))
        return (
            f"{self.attributed}/{self.expected} found and attributed ({self.rate:.2%}, floor "
            f"{self.floor:.0%}); found {self.found}; {self.extra} found, not generated"
            + (f"; missed: {missed}" if missed else "")
        )


#: Every measured rate, by "test name: what"; ``conftest.py`` prints them after the run.
RECOVERY: dict[str, Recovery] = {}
_running: list[dict[str, Recovery]] = []


def recovered(kind: str, expected: Iterable[Said], got: Iterable[Any]) -> list[Said]:
    """Count one article in the running :func:`recovers` test's rate of ``kind``."""
    return _running[-1][kind].add(expected, got) if _running else []


def recovers(**floors: float) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Run a hypothesis property that counts articles with :func:`recovered`, then fail it
    when the share of generated statements of a kind found and attributed is under its
    floor (``@recovers(quotes=0.99)``), or when more were found that no one generated than
    the floor leaves room for."""

    def decorate(test: Callable[..., None]) -> Callable[..., None]:
        @functools.wraps(test)
        def run(*args: Any, **kwargs: Any) -> None:
            rates = {kind: Recovery(floor) for kind, floor in floors.items()}
            RECOVERY.update({f"{test.__name__}: {kind}": r for kind, r in rates.items()})
            _running.append(rates)
            try:
                test(*args, **kwargs)
            finally:
                _running.pop()
            for kind, rate in rates.items():
                assert rate.expected > 0, f"{test.__name__} generated no {kind}"
                assert rate.rate >= rate.floor, f"{kind}: {rate.summary()}"
                assert rate.extra <= (1 - rate.floor) * rate.expected, f"{kind}: {rate.summary()}"

        return run

    return decorate
