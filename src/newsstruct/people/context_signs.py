"""What the words around a run of two or more capitalised words say about it when no
known given name, title or speech cue does: a name of any country is a person's when
the text treats it as one.

* ``, who`` opens a relative clause about it (a body takes ``which``), and no
  preposition stands before it (``voters in South Carolina, who``);
* an appositive gives it a person's noun (``Mana Lúcia, a neighbour, calls``);
* it is a clause's subject, no one is named or described before it in its paragraph,
  and a second verb of the sentence has ``his`` or ``her`` (``Remo Jorrioz keeps 32
  cows and sells his milk``), or, with no other pronoun in its sentence, the next one
  opens with ``he`` or ``she``.

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
from newsstruct.people.lexicons.company_nouns import COMPANY_NOUNS
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
#: Endings of a team's or a group's plural name ("Warriors", "Celtics", "Rangers").
_TEAM_PLURALS = ("ers", "ors", "ics", "ians", "ans", "ites", "ists")
#: A relative clause about a person right after the name.
_WHO = regex.compile(r",\s+who\s")
#: An appositive: an article or possessive, up to three modifiers, a noun, its end.
_APPOSITIVE = regex.compile(
    r",\s+(?:a|an|the|his|her)\s+((?:[\p{L}\p{N}\-]+\s+){0,3}?)([\p{Ll}\-]+)(?=[,.;]|\s+(?:of|from|at|for|in|who)\b)"
)
#: Heads that are a person's in an appositive; "member" only when no "of" follows
#: (``a former council member``, not ``a member of the alliance``).
_NOT_PERSON_HEADS = (
    frozenset({"owner", "operator", "partner", "parent", "publisher", "producer", "member"})
    | {"victim", "leader", "host", "user", "voice", "major", "vendor", "regulator", "speaker"}
    | {"trader", "investor", "player", "candidate", "supporter", "critic", "friend", "sponsor"}
    | {"winner", "champion", "giant", "head", "boss", "executive", "officer", "agent"}
    | {"newspaper", "broadcaster", "carrier", "lender", "insurer", "manufacturer", "developer"}
    | {"provider", "competitor", "rival", "sector", "order", "number", "matter"}
)  # heads a company, a brand or a team takes too ("the latest victim of the hackers")
_PERSON_HEADS = (
    PERSON_NOUNS | FAMILY_NOUNS | PRIVATE_TITLE_HEADS | OFFICIAL_TITLE_HEADS
) - _NOT_PERSON_HEADS
#: A finite verb (or auxiliary) right after the name: the name is a clause's subject.
_VERB_AFTER = regex.compile(
    r"\s+(?:(?:has|had|is|was|will|would|can|could|also|then|now|still|already)\s+)*"
    r"\p{Ll}{2,}(?:s|ed)\b"
    r"|\s+(?:has|had|is|was|will|would|can|could)\b"
)
#: A second verb of the same subject with "his" or "her" after it: the subject's own
#: (``keeps 32 cows ... and sells his milk``; not ``removed his songs``, whose "his" is
#: someone's named before).
_OWN_POSSESSIVE = regex.compile(
    r"[^.!?\n“”\"]{0,160}?\b(?:and|but)\s+\p{Ll}{2,}(?:s|ed)\s+(?:\p{Ll}+\s+){0,2}?"
    r"(?:his|her|himself|herself)\b"
)
#: "his", "her", "him" in the run's own sentence: someone else's, named before.
_PRONOUN_IN_SENTENCE = regex.compile(r"[^.!?\n“”\"]{0,200}?\b(?:his|her|him|himself|herself)\b")
#: The next sentence opens with "He" or "She" (a quote may open it: ``“...,” she said``).
_HE_OR_SHE_NEXT = regex.compile(
    r"[^.!?\n]{0,240}[.!?][”\"’']?\s{1,3}(?:[“\"][^”\"\n]{0,300}[”\"],?\s{1,3})?(?:He|She|he|she)\b"
)

#: The last characters of a line that is a sentence.
_SENTENCE_ENDS = (".", "!", "?", "”", '"')
#: How far back in its paragraph a name is looked for before the run, in characters.
_PARAGRAPH_REACH = 400
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
        return not last.endswith(_TEAM_PLURALS)  # not "Golden State Warriors, who"
    appositive = _APPOSITIVE.match(text, run.end, run.end + 120)
    if appositive is not None and _person_head(text, appositive):
        return True
    if _VERB_AFTER.match(text, run.end) is None or not _opens_clause(text, run.start):
        return False  # "keeps 32 Valdostana Pezzata Rossa cows": a noun's modifier
    if _named_before(text, run.start, in_paragraph=True):
        return False  # "Governor Ana Ruiz toured ... Hurricane Ernesto ... her": hers
    own = _OWN_POSSESSIVE.match(text, run.end)
    if own is not None:
        return not _OTHER_NAME.search(text, run.end, own.end())
    if _PRONOUN_IN_SENTENCE.match(text, run.end) or _named_before(text, run.start):
        return False  # "Le Monde published his letter. He said": the pronouns are another's
    pronoun = _HE_OR_SHE_NEXT.match(text, run.end)
    return pronoun is not None and not _OTHER_NAME.search(text, run.end, pronoun.end())


def _named_before(text: str, start: int, *, in_paragraph: bool = False) -> bool:
    """Someone a pronoun may stand for is named or described before ``start`` (at most
    :data:`_PARAGRAPH_REACH` back, and only in its paragraph with ``in_paragraph``): two
    capitalised words or a person's noun."""
    floor = max(0, start - _PARAGRAPH_REACH)
    opening = text.rfind("\n", floor, start) + 1 if in_paragraph else floor
    lines = text[max(opening, floor) : start].split("\n")
    before = "\n".join(  # earlier lines that are sentences: no byline, no headline
        [line for line in lines[:-1] if line.rstrip().endswith(_SENTENCE_ENDS)] + lines[-1:]
    )
    words = regex.findall(r"[\p{L}'’\-]+", before)
    if any(w.lower() in _PERSON_HEADS for w in words):
        return True
    return _OTHER_NAME.search(before) is not None


def _person_head(text: str, appositive: regex.Match[str]) -> bool:
    """The appositive's noun is a person's (``a neighbour``, ``a former council member``)."""
    head = appositive.group(2)
    if head == "member":
        return not text.startswith(" of", appositive.end())
    compound = any(head[k:] in _PERSON_HEADS for k in range(3, len(head) - 4))
    return head in _PERSON_HEADS or compound or _agent_noun(head)  # "a schoolteacher",
    # "the wicketkeeper", "the sabar drummer", "a retired headmistress"


def _agent_noun(head: str) -> bool:
    """A noun for someone by what they do, which no list holds (``drummer``,
    ``headmistress``, ``saxophonist``); not a company's (``steelmaker``, ``exporter``)."""
    if len(head) < 6 or not head.endswith(_AGENT_ENDINGS) or head in _NOT_PERSON_HEADS:
        return False
    return not any(head.endswith(noun) for noun in COMPANY_NOUNS)


#: Endings of nouns for people by what they do (and "-ess", "-man" for who they are).
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ess", "man", "eer")


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
