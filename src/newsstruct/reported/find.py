"""Find reported (indirect) statements: what someone said, told or wrote, without quote
marks around it as a whole.

Shapes, in each sentence of the body (``shape`` on the result):

- ``before``: the cue comes first, then the content, without or with "that"
  (``Blinken said the country had evidence``, ``told reporters that ...``,
  ``accused the US of ...``, ``called on Taiwan to ...``, ``X's statement that ...``;
  :mod:`newsstruct.reported.before`);
- ``after``: the content comes first and the cue ends the sentence after a comma
  (``Talks will resume, the ministry said.``, ``..., said the ministry.``,
  ``..., as CNN reported.``);
- ``according``: ``According to X, ...`` or ``..., according to X.``;
- ``as``: ``as CNN reported, ...`` opening the sentence;
- ``before`` too: a noun of saying after a possessive (``X's statement that ...``;
  :mod:`newsstruct.reported.nouns`).

The content runs to its natural end: the end of the sentence, the comma before a
trailing cue or a participle clause (``, citing ...``), or an ``and`` before another
cue.  A content that is wholly a direct quote is a quote, not a reported statement;
quotes inside a content stay quotes (a mixed quote).  Beliefs, hopes and polls have
no cue in the speech lexicon and are not read.

>>> text = "Talks will resume in May, the ministry said. Lee told reporters she would not resign."
>>> [(text[f.content[0]:f.content[1]], f.shape) for f in find_reported(text, ((0, len(text)),), ())]
[('Talks will resume in May', 'after'), ('she would not resign', 'before')]
"""

from __future__ import annotations

import bisect

import regex

from newsstruct.people.body_signs import portfolio_head
from newsstruct.reported.according import according_shape, as_shape
from newsstruct.reported.before import BE_FORMS, before_shape
from newsstruct.reported.clauses import looks_like_clause
from newsstruct.reported.found import (
    SUBJECT_WORDS,
    SUBORDINATORS,
    WORDS,
    Found,
    Shape,
    attributive_use,
    cue_of_its_own,
    holds_cue,
    idiom_use,
    made,
    more_words,
    noun_use,
    passive_aside,
    skip_space,
)
from newsstruct.reported.lexicons.promise_verbs import PROMISE_VERBS
from newsstruct.reported.nouns import has_speech_noun, noun_statements
from newsstruct.reported.pieces import RELATIVE_ENDS, other_piece, past_cue_clause
from newsstruct.reported.trailing import (
    appositive_source,
    closed_tail,
    content_after_aside,
    cue_tail,
    long_tail,
    no_trailing_cue,
    time_or_adverb,
    when_first,
)
from newsstruct.text.cues import PLAIN_SAYING_VERBS, SPEECH_CUE, according_cue
from newsstruct.text.marks import CLOSING, OPENING
from newsstruct.text.sentences import ends_sentence

__all__ = ["Found", "Shape", "find_reported"]

#: Cues whose "to" opens their own content ("offered to delay"), not a listener ("said
#: to reporters").
_INFINITIVE_CUES = PROMISE_VERBS | {"offered", "agreed", "threatened"}
#: A content at least this much inside direct quotes belongs to those quotes, and one
#: almost wholly inside any quote marks is a quote (a shorter fragment is a mixed quote).
_QUOTED_SHARE = 0.9
_WHOLLY_QUOTED = 0.9
#: Words between a comma and a cue that name no subject ("..., 54, has also said").
_AUXILIARIES = frozenset(
    {"also", "can", "could", "did", "do", "does", "had", "has", "have", "later", "may"}
    | {"might", "must", "previously", "repeatedly", "shall", "should", "will", "would"}
    | {"is", "are", "was", "were", "be", "been", "not", "never", "n't"}
)
#: Words that join a new clause after a comma: what follows is no trailing cue's subject.
_COORDINATORS = frozenset({"and", "but", "or", "nor", "so", "yet", "although", "though"})
#: Subject pronouns: after "that" they make the cue a relative clause's ("a finish that he said").
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it"})
#: A line break, or an end mark (and the closing marks right after it: ``disaster.”``)
#: before a space or the end: a sentence may end there.
_STOPS = regex.compile(r"\n|[.!?][”’\"'»)\]]*(?=\s|\Z)")


def find_reported(
    text: str,
    regions: tuple[tuple[int, int], ...],
    quotes: tuple[tuple[int, int], ...],
    marked: tuple[tuple[int, int], ...] | None = None,
) -> tuple[Found, ...]:
    """Every reported statement in ``regions`` (the body paragraphs), in text order;
    ``quotes`` are the spans of the direct quotes (full and block) and ``marked`` of
    every stretch inside quote marks (``quotes`` when not given), each sorted."""
    marks = quotes if marked is None else marked
    found: list[Found] = []
    for start, end in regions:
        cues = list(SPEECH_CUE.finditer(text, start, end))
        nouns = has_speech_noun(text, start, end)
        if not cues and not nouns:
            continue  # no cue, no statement: the paragraph's sentences are not read
        starts = [cue.start() for cue in cues]
        for s_start, s_end in _sentences(text, start, end):
            i, j = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
            here = cues[i:j]
            if (here and here[-1].end() > s_end) or (i and cues[i - 1].end() > s_start):
                here = list(SPEECH_CUE.finditer(text, s_start, s_end))  # a cue over a line break
            owned = noun_statements(text, s_start, s_end) if nouns else []
            if here:
                verbs = _in_sentence(text, s_start, s_end, marks, here)
                taken = {f.content[0] for f in owned}  # "said Bell's claim that ...": Bell's
                found.extend(f for f in verbs if f.content[0] not in taken)
            found.extend(owned)
    kept = [
        f
        for f in found
        if _quoted_share(quotes, f.content) < _QUOTED_SHARE
        and _quoted_share(marks, f.content) < _WHOLLY_QUOTED
        and not _cuts(marks, f.content)
    ]
    kept.sort(key=lambda f: (f.content[0], f.content[1]))
    return tuple(kept)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, each without its final mark (but with a
    quote that closes after the mark: ``was “a disaster.”``, the quote whole)."""
    out: list[tuple[int, int]] = []
    begin = start
    for stop in _STOPS.finditer(text, start, end):
        i = stop.start()
        if text[i] == "\n" or ends_sentence(text, i):
            close = stop.end() if stop.end() > i + 1 else i
            if text[begin:close].strip():
                out.append((begin, close))
            begin = stop.end()
    if text[begin:end].strip():
        out.append((begin, end))
    return out


def _in_sentence(
    text: str,
    start: int,
    end: int,
    marked: tuple[tuple[int, int], ...],
    cues: list[regex.Match[str]],
) -> list[Found]:
    """The statements at ``cues``, the speech cues of the sentence ``text[start:end]``."""
    out: list[Found] = []
    contents: set[tuple[int, int]] = set()
    floor = start  # where the lead of a piece may start: past the last cue's clause
    for cue in cues:
        if _inside(marked, cue.start()):
            continue  # a cue word quoted by someone else is no cue
        if cue.group()[:1].isupper() and text[start : cue.start()].strip():
            continue  # "United States": a capitalised cue only opens a sentence
        if attributive_use(text, start, cue) or idiom_use(text, start, cue):
            continue  # "Repeated floods" (an adjective), "time will tell" (an idiom)
        if passive_aside(text, start, cue):
            continue  # "Pasang Dorje, asked what he would do, smiled": no statement
        word = cue.group().lower()
        if according_cue(word):
            found = according_shape(text, start, end, cue)
        else:
            found = as_shape(text, start, end, cue) or _after(text, start, end, cue)
            found = found or before_shape(text, start, end, cue)
        if found is not None and found.content in contents:
            continue  # "said in a statement": the statement of the verb before, once
        if found is not None and word.startswith("in ") and holds_cue(found, cues):
            continue  # "In a statement on Monday, | the GDPP said ...": the verb's
        if found is not None:
            out.append(found)
            contents.add(found.content)
            other = other_piece(text, floor, end, cue, found)
            if other is not None:
                out.append(other)  # find_reported sorts the statements by their content
            floor = past_cue_clause(text, cue.end(), end, floor)
    return out


def _cuts(spans: tuple[tuple[int, int], ...], content: tuple[int, int]) -> bool:
    """An end of ``content`` falls strictly inside a quoted stretch: the statement would
    hold part of a quote ("The “plan,” he said, is dead" gives no "The “plan")."""
    return any((span := _span_at(spans, pos)) and span[0] < pos for pos in content)


def _inside(spans: tuple[tuple[int, int], ...], pos: int) -> bool:
    return _span_at(spans, pos) is not None


def _span_at(spans: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int] | None:
    """The span of the sorted, non-overlapping ``spans`` that holds ``pos``, if any."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return spans[i] if i >= 0 and pos < spans[i][1] else None


def _quoted_share(quotes: tuple[tuple[int, int], ...], content: tuple[int, int]) -> float:
    """How much of ``content`` lies inside direct quotes (a quote with its cue is the
    quote's statement, not a reported one)."""
    start, end = content
    i = max(0, bisect.bisect_right(quotes, (start, float("inf"))) - 1)
    covered = 0
    while i < len(quotes) and quotes[i][0] < end:
        covered += max(0, min(end, quotes[i][1]) - max(start, quotes[i][0]))
        i += 1
    return covered / max(1, end - start)


def _after(text: str, start: int, end: int, cue: regex.Match[str]) -> Found | None:
    """``CONTENT, the ministry said.`` / ``CONTENT, said the ministry.``: a cue clause
    ending the sentence after a comma (or set off inside it: ``..., he said, ...``)."""
    comma = text.rfind(",", start, cue.start())
    if cue.group().lower().endswith("ing") or comma < 0:
        return None  # ", describing the exchange": a participle clause, no trailing cue
    if text[comma - 1 : comma].isdigit() and text[comma + 1 : comma + 2].isdigit():
        return None  # "to just 75,000 pledged": a number's comma, no clause ends there
    if not text[comma + 1 : cue.start()].strip():
        comma = appositive_source(text, start, comma)  # "..., her daughter, Ewa Roe, said."
    subject = text[comma + 1 : cue.start()]  # not ", the company said it had added": a cue's
    if len(subject.split()) > SUBJECT_WORDS or cue_of_its_own(subject):
        return None
    tail, between = cue_tail(text, cue.end(), end), subject.lower().split()
    listed = portfolio_head(text, start, skip_space(text, comma + 1, cue.start()))
    if _no_subject_between(text, cue, end, between, tail) or listed is not None:
        return None  # listed: "The Ministry of Trade, Industry and Tourism said": one body
    aside = tail.lstrip()[:1] in (",", ":")  # "Lenox was a juggernaut, Mr. Clarke said, until ..."
    shut = -1 if aside else _closed_at(text, cue, between, tail)
    if shut >= 0:  # "..., she told The Irish Times, because ...": the cue clause ends there
        tail, aside = tail[: shut + 1], True
    told = cue.group().lower() in _TOLD
    if not aside and long_tail(text, cue.end(), tail, listener=told, inverted=not between):
        return None  # "..., he told a press conference in X" is short enough
    quoted = aside and tail.lstrip(" ,")[:1] in OPENING  # "A, he added, “B”": A is his too
    if not quoted and _own_content_after(cue, tail, aside):
        return None
    before_end = comma
    while before_end > start and text[before_end - 1].isspace():
        before_end -= 1
    before = text[max(start, before_end - 80) : before_end]  # its last words (linear)
    if not before or _direct_quote_before(text, start, before_end):
        return None  # "“Q,” she said": a direct quote (not 'The tariff was “too high”, ...')
    if no_trailing_cue(text, start, comma, cue, cue.end() + len(tail), len(between), aside):
        return None
    stop = _content_stop(text, comma, cue.start(), before_end)  # "... “a disaster,” it said"
    content = (skip_space(text, start, comma), stop)
    if text[content[0]] in OPENING:
        return None  # "“Q,” Mr. King, 82, told ...": a quote and its cue
    if noun_use(text, start, cue):
        return None  # "..., and concluded his comments": a noun, not a cue
    lead_in = not looks_like_clause(text, content[0], content[1])  # "To understand X, he said, ..."
    opener = text[content[0] : content[0] + 12].lower().split()[:2]
    subordinate = bool(opener) and (opener[0] in SUBORDINATORS or opener[:2] == ["even", "if"])
    short = not more_words(text, *content, 1)  # "However, X wrote on Twitter,"
    if not aside and tail.strip(" .") and time_or_adverb(text, *content):
        return None  # "Later, the ministry responded to the criticism": no content before
    if shut >= 0 and (subordinate or (lead_in and (short or _lead_phrase(opener)))):
        return None  # "To see why, she told reporters, ...": no content before the cue
    if quoted and (lead_in or subordinate or short):
        return None  # "If prices rise, he added, “we lose”": the quote says it all
    lead = lead_in or subordinate or before.split()[-1].lower() in RELATIVE_ENDS
    if aside and shut < 0 and lead:
        after = content_after_aside(text, cue, tail, end)
        if after is None:
            return None  # "The reason, he said: money.": no clause after the colon
        content, subordinate = after, False
    if subordinate and not _main_clause_after_lead(text, *content):
        return None  # "When asked if ..., he responded negatively": no statement
    return made(content, cue, "after", (comma + 1, end))


def _content_stop(text: str, comma: int, cue_start: int, before_end: int) -> int:
    """Where a content before a trailing cue ends: past the closing marks of a quote
    that holds its comma (``“a disaster,” it said``), else at ``before_end``."""
    closing = len(text[comma + 1 : cue_start]) - len(text[comma + 1 : cue_start].lstrip(CLOSING))
    return comma + 1 + closing if closing else before_end


def _own_content_after(cue: regex.Match[str], tail: str, aside: bool) -> bool:
    """The cue's own content follows it (``..., Xi had promised that ...``, ``..., he
    said, “Q”``, ``..., the chancellor has offered to delay it``): it ends no content
    before it.  After an aside's comma a "that" is the next clause's (``..., the bank
    said, as money that ...``)."""
    opens = tail.lstrip(" ,:")[:1]
    if ("that" in tail.lower().split() and not aside) or (opens and opens in OPENING):
        return True
    return tail.lstrip().lower().startswith("to ") and cue.group().lower() in _INFINITIVE_CUES


def _no_subject_between(
    text: str, cue: regex.Match[str], end: int, between: list[str], tail: str
) -> bool:
    """The words ``between`` a comma and the cue name no trailing cue's subject."""
    if not between:  # "Mr. Brown, 54, disagreed.", "Ruth Bane, the mayor, said the budget ..."
        stop = min(end, cue.end() + len(tail))  # not into an aside: "said Ann Lee (pictured)"
        return not WORDS.match(tail.lstrip()) or looks_like_clause(
            text, skip_space(text, cue.end(), stop), stop
        )
    return (
        all(w in _AUXILIARIES for w in between)  # "Jo Bell, 54, has said ..."
        or between[-1] in BE_FORMS  # "..., famine conditions have been confirmed": a passive
        or between[-1] in RELATIVE_ENDS  # "..., two officials who asked not to be named said"
        or (len(between) > 1 and between[-2] in RELATIVE_ENDS and between[-1] in _PRONOUNS)
        or _free_relative(between)  # "..., amounting to what the senators said was ..."
        or (between[0] in RELATIVE_ENDS and between[0] != "that")  # ", which officials said"
        or between[0] in _COORDINATORS  # "Voters ate, and he urged them to vote"
    )


def _free_relative(between: list[str]) -> bool:
    """The cue's subject follows "what" (``what the senators said``, ``what he said``),
    not a subject with "what" inside it (``a person with knowledge of what was discussed``)."""
    if len(between) > 1 and between[-2] == "what":
        return True
    return len(between) > 2 and between[-3] == "what" and between[-2] in ("the", "a", "an")


def _closed_at(text: str, cue: regex.Match[str], between: list[str], tail: str) -> int:
    """Where in ``tail`` a comma closes the cue's clause (see :func:`closed_tail`), or -1."""
    if not _closing_cue(cue.group().lower(), between, tail):
        return -1
    return closed_tail(text, cue.end(), tail)


#: Cues whose object names who heard it (``he told a press conference in Jakarta``).
_TOLD = frozenset({"told", "tells"})


def _closing_cue(word: str, between: list[str], tail: str) -> bool:
    """The cue ``word`` after a subject (``between``), or inverted before one (``said the
    sources``), may end its clause at a comma (not ``writes a weekly column,``)."""
    if word not in PLAIN_SAYING_VERBS:
        return bool(between) and word.endswith("ed") and when_first(tail)  # "announced on"
    if between:
        return True
    first = tail.split()[:1]
    return (
        word in ("said", "says", "added")
        and bool(first)
        and (first[0] == "the" or first[0][:1].isupper())
    )


#: Words that open a phrase leading into a clause, not a clause ("To see why, ...").
_LEAD_WORDS = frozenset(
    {"to", "in", "on", "at", "for", "with", "without", "after", "before", "by", "from"}
    | {"despite", "unlike", "like", "as", "under", "over", "during", "asked", "when"}
)


def _lead_phrase(opener: list[str]) -> bool:
    """The content's first words (``opener``) open a lead-in phrase, not a clause."""
    return not opener or opener[0] in _LEAD_WORDS or opener[0].endswith("ing")


def _direct_quote_before(text: str, start: int, end: int) -> bool:
    """A direct quote's mark ends ``text[start:end]``: an opening one, or a closing one of
    a quote that opens the clause (``“Q,” she said``)."""
    if text[end - 1] in "”\"’'»":
        return not _quote_opened_inside(text, start, end)
    return text[end - 1] in OPENING


def _quote_opened_inside(text: str, start: int, end: int) -> bool:
    """The quote that closes at ``end`` opened after two words or more of the clause at
    ``start``, not after a colon or a comma, with a lower-case word (``The tariff was
    “far too high”``): a partial quote inside a statement."""
    opened = max(text.rfind(mark, start, end - 1) for mark in '“"«')
    if opened <= start or len(text[start:opened].split()) < 2:
        return False
    before = text[start:opened].rstrip()  # not "Ruiz was blunt: “The plan is dead”"
    return before[-1:] not in (":", ",") and text[opened + 1 : opened + 2].islower()


def _main_clause_after_lead(text: str, start: int, end: int) -> bool:
    """After the comma that ends a lead-in (``As a woman, Ms. Malik likely raised ...``) a
    main clause follows, not another subordinate one (``..., as protesters demand``)."""
    comma = text.find(",", start, end)
    if comma < 0:
        return False
    rest = skip_space(text, comma + 1, end)
    opener = text[rest : rest + 12].lower().split()[:1]
    return bool(opener) and opener[0] not in SUBORDINATORS and looks_like_clause(text, rest, end)
