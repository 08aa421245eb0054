"""What the words around a run of two or more capitalised words say about it when no
known given name, title or speech cue does: a name of any country is a person's when
the text treats it as one.

* ``, who`` opens a relative clause about it (a body takes ``which``), and no
  preposition stands before it (``voters in South Carolina, who``);
* an appositive gives it a person's noun (``Mana Lúcia, a neighbour, calls``);
* it is a clause's subject, and the sentence goes on with ``his`` or ``her``, or the
  next one opens with ``he`` or ``she`` (``Remo Jorrioz keeps 32 cows and sells his
  milk``).

>>> from newsstruct.people.names import name_runs, tokenize
>>> text = "Taukiei Falaile, who fishes off Nanumea, questioned the plan."
>>> [(r.text(text), person_context(text, r)) for r in name_runs(text, tokenize(text, 0, len(text)))]
[('Taukiei Falaile', True), ('Nanumea', False)]
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.demonyms import DEMONYMS
from newsstruct.lexicons.official_titles import OFFICIAL_TITLE_HEADS
from newsstruct.lexicons.person_nouns import PERSON_NOUNS
from newsstruct.lexicons.private_titles import PRIVATE_TITLE_HEADS
from newsstruct.people.lexicons.family_nouns import FAMILY_NOUNS
from newsstruct.people.names import NameRun
from newsstruct.people.patterns import PEOPLE_APPOSITIVE_THEN_COMMA
from newsstruct.text.cues import SPEECH_CUE

__all__ = ["person_context", "who_then_cue"]

#: Words before a name that make it a place or a body's object, not a clause's subject.
_PREPOSITIONS = frozenset(
    {"in", "of", "from", "to", "at", "for", "near", "across", "into", "outside", "the", "by"}
    | {"on", "with", "via", "around", "through", "toward", "towards", "between"}
)
#: Words before a plural group ("Many Brevian Americans, who").
_QUANTIFIERS = frozenset({"many", "some", "most", "all", "few", "several", "both", "other"})
#: A relative clause about a person right after the name.
_WHO = regex.compile(r",\s+who\s")
#: An appositive: an article or possessive, up to three modifiers, a noun, its end.
_APPOSITIVE = regex.compile(
    r",\s+(?:a|an|the|his|her)\s+((?:[\p{L}\-]+\s+){0,3}?)([\p{Ll}\-]+)(?=[,.;]|\s+(?:of|from|at|for|in|who)\b)"
)
#: Heads that are a person's in an appositive; "member" only when no "of" follows
#: (``a former council member``, not ``a member of the alliance``).
_PERSON_HEADS = (
    PERSON_NOUNS | FAMILY_NOUNS | PRIVATE_TITLE_HEADS | OFFICIAL_TITLE_HEADS
) - frozenset({"owner", "operator", "partner", "parent", "publisher", "producer", "member"})
#: A finite verb (or auxiliary) right after the name: the name is a clause's subject.
_VERB_AFTER = regex.compile(
    r"\s+(?:(?:has|had|is|was|will|would|can|could|also|then|now|still|already)\s+)*"
    r"\p{Ll}{2,}(?:s|ed)\b"
    r"|\s+(?:has|had|is|was|will|would|can|could)\b"
)
#: The rest of the sentence holds "his" or "her" (or "himself", "herself").
_POSSESSIVE_IN_SENTENCE = regex.compile(r"[^.!?\n“”\"]{0,160}?\b(?:his|her|himself|herself)\b")
#: The next sentence opens with "He" or "She" (a quote may open it: ``“...,” she said``).
_HE_OR_SHE_NEXT = regex.compile(
    r"[^.!?\n]{0,240}[.!?][”\"’']?\s{1,3}(?:[“\"][^”\"\n]{0,300}[”\"],?\s{1,3})?(?:He|She|he|she)\b"
)

#: Another name between the run and the pronoun, which may be the one it stands for
#: (``Nova Bank fired Ana Ruiz. She said``).
_OTHER_NAME = regex.compile(r"\p{Lu}[\p{Ll}'’\-]+\s+\p{Lu}|\b(?:Mr|Mrs|Ms|Dr)\b")


def person_context(text: str, run: NameRun) -> bool:
    """Whether the words around ``run`` treat it as a person (see the module)."""
    before = text[max(0, run.start - 24) : run.start].split()[-1:]
    if before and before[0].lower() in _PREPOSITIONS | _QUANTIFIERS:
        return False  # "in South Carolina, who", "the Dalada Maligawa, who", "Many ..."
    last = run.words[-1].low
    if last in DEMONYMS or (last.endswith("s") and last[:-1] in DEMONYMS):
        return False  # "Brevian Americans, who": a people
    if _WHO.match(text, run.end):
        return True
    appositive = _APPOSITIVE.match(text, run.end, run.end + 120)
    if appositive is not None and _person_head(text, appositive):
        return True
    if _VERB_AFTER.match(text, run.end) is None or not _opens_clause(text, run.start):
        return False  # "keeps 32 Valdostana Pezzata Rossa cows": a noun's modifier
    pronoun = _POSSESSIVE_IN_SENTENCE.match(text, run.end) or _HE_OR_SHE_NEXT.match(text, run.end)
    return pronoun is not None and not _OTHER_NAME.search(text, run.end, pronoun.end())


def _person_head(text: str, appositive: regex.Match[str]) -> bool:
    """The appositive's noun is a person's (``a neighbour``, ``a former council member``)."""
    head = appositive.group(2)
    if head == "member":
        return not text.startswith(" of", appositive.end())
    return head in _PERSON_HEADS


def who_then_cue(text: str, run: NameRun) -> bool:
    """A name, a relative clause opened by ``who`` (a person's, not ``which``), and a
    speech cue right after it: ``Mehedi, who was named player of the match, said``."""
    appositive = PEOPLE_APPOSITIVE_THEN_COMMA.match(text, run.end, run.end + 200)
    return (
        appositive is not None
        and text[run.end : run.end + 6].lstrip(", ").startswith("who ")
        and SPEECH_CUE.match(text, appositive.end()) is not None
    )


#: Words after which a name opens a clause (``by then Ermelinda ... has``).
_CLAUSE_OPENERS = frozenset(
    {"and", "but", "then", "when", "as", "while", "because", "so", "since", "after"}
    | {"before", "although", "though", "now", "meanwhile", "today", "yesterday"}
)


def _opens_clause(text: str, start: int) -> bool:
    """A name at ``start`` opens a clause: the text, a line or a sentence starts there,
    or a comma, a colon or a conjunction stands before it."""
    before = text[max(0, start - 24) : start]
    stripped = before.rstrip()
    if not stripped or before[len(stripped) :].count("\n") or stripped[-1] in '.!?:;,—–”"':
        return True
    return stripped.split()[-1].lower() in _CLAUSE_OPENERS
