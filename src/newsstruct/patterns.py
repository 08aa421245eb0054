"""Every regular expression of newsstruct, named, precompiled and commented.

One section per stage.  All patterns use the ``regex`` module and are written
so that no input can make them backtrack catastrophically: no nested
quantifiers over the same characters, bounded repeats where a repeat could
otherwise scan a whole line several times.
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.speech_verbs import SPEECH_CUES

__all__ = [  # one sorted list (ruff RUF022); each name is documented in its section below
    "OFFICIALS_APPOSITIVE",
    "OFFICIALS_COMPLEMENT",
    "OFFICIALS_PREDECESSOR",
    "OFFICIALS_WHO_LED",
    "PEOPLE_APPOSITIVE_THEN_COMMA",
    "PEOPLE_DASH_CREDIT",
    "PEOPLE_PARENTHETICAL",
    "PEOPLE_SIGN_OFF",
    "PEOPLE_TOKEN",
    "PEOPLE_TOKEN_SPLIT",
    "QUOTE_MARK",
    "QUOTE_SENTENCE_STOP",
    "QUOTE_WORD",
    "SPEAKER_ACCORDING",
    "SPEAKER_APPOSITIVE_START",
    "SPEAKER_BY_AFTER",
    "SPEAKER_CLAUSE_BREAK",
    "SPEAKER_COMMA",
    "SPEAKER_CUE",
    "SPEAKER_DASH_CREDIT",
    "SPEAKER_FIRST_WORD",
    "SPEAKER_NAME_VERB_COLON",
    "SPEAKER_NEXT_WORD",
    "SPEAKER_PASSIVE_BEFORE",
    "SPEAKER_PRONOUN_COLON",
    "SPEAKER_PRONOUN_SUBJECT",
    "SPEAKER_SENTENCE_SUBJECT",
    "SPEAKER_SUBJECT_BREAK",
    "SPEAKER_TRAILING_PARENTHESIS",
    "SPEAKER_TRAILING_WORD",
    "SPEAKER_TRANSCRIPT_LABEL",
]

# ---------------------------------------------------------------------------
# quotes: quote marks and the words around them
# ---------------------------------------------------------------------------

#: Any character that may open or close a quote: straight and curly double and
#: single marks, low-9 marks („ ‚), reversed marks (‟ ‛), guillemets (« » ‹ ›),
#: the fullwidth double mark and the CJK double prime marks; doubled single
#: marks standing for a double one (``''``, ````, ‘‘, ’’: old newswire text).
#: Whether a ``'`` or ``’`` is a quote mark or an apostrophe is decided in
#: ``quote_marks``.
QUOTE_MARK = regex.compile(r"''|``|‘‘|’’|[\"'“”„‟«»‹›‘’‚‛＂〝〞〟]")

#: One word next to a quote, for looking up speech cues and term cues:
#: "said", "so-called", "Blinken’s".  A single character class repeated once.
QUOTE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")

#: The end of a sentence inside a short window after a closing mark: stop
#: looking for a speech cue there (``... ," he said. Then ...``).
QUOTE_SENTENCE_STOP = regex.compile(r"[.!?;:](?=\s|$)|[\"“”«»]")

# ---------------------------------------------------------------------------
# people and speakers: name tokens, speech cues, sign-offs
# ---------------------------------------------------------------------------

#: One word of a name or title: initials written together ("U.S.", "J.R."), or
#: letters with inner hyphens and apostrophes ("Torres-Guillén", "O'Mahony",
#: "Blinken’s").  Each repeat starts with a separator, so the repeats cannot
#: overlap and the pattern runs in linear time.
PEOPLE_TOKEN = regex.compile(
    r"(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[\-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*"
)

#: ``PEOPLE_TOKEN`` as one capturing group: ``split`` gives gaps and words in turn.
PEOPLE_TOKEN_SPLIT = regex.compile(f"({PEOPLE_TOKEN.pattern})")


def _cue_alternation() -> str:
    """The speech cues of the lexicon as one alternation, longest first."""
    cues = sorted(SPEECH_CUES, key=lambda c: (-len(c), c))
    return "|".join(regex.escape(c).replace("\\ ", r"\s+") for c in cues)


#: A speech cue from :mod:`newsstruct.lexicons.speech_verbs` as a whole word
#: ("said", "chimed in", "according to"); case-insensitive.
SPEAKER_CUE = regex.compile(rf"(?<![\p{{L}}\-])(?:{_cue_alternation()})(?![\p{{L}}\-])", regex.I)

#: A credit line after a sentence about an unnamed speaker: "The spokesman said
#: in a statement. For the State Department, Ned Price."  Searched in a window
#: of at most 300 characters that ends right before the name; ``title`` is the
#: descriptor, ``org`` the body named in the credit.
PEOPLE_SIGN_OFF = regex.compile(
    r"(?:^|[.!?]\s+)The\s+(?P<title>[\p{Ll}\- ]{2,40}?)\s+(?:said|says|stated|added|wrote)"
    r"[^.!?]{0,200}[.!?]\s+For\s+(?:the\s+)?(?P<org>\p{Lu}[\p{L}.&\- ]{1,60}?),\s+$"
)

#: A credit dash after a closing quote mark: ``“Q.” ― Jane Doe``.
SPEAKER_DASH_CREDIT = regex.compile(r"[”\"’'»]*\s*[―—–-]\s*")

#: ``She then addressed the supporters again:``: a pronoun opening a sentence
#: that ends in a colon right before a quote.
SPEAKER_PRONOUN_COLON = regex.compile(r"\s*(He|She)\s+(?:\p{Ll}+\s+){1,6}?\p{Ll}+\s*:\s*$")

#: ``He then defended the remark, saying``: a sentence opening with he or she.
SPEAKER_PRONOUN_SUBJECT = regex.compile(r"\s*[\"“]?(He|She)\b")

#: ``was`` / ``were`` / ``been`` right before a cue: ``Sanders was asked by host Bill Maher``.
SPEAKER_PASSIVE_BEFORE = regex.compile(r"\b(?:was|were|been|being|is|are)\s+$", regex.I)

#: ``by`` right after a passive cue, before the person who spoke.
SPEAKER_BY_AFTER = regex.compile(r"\s+by\s")

#: `` resisted:`` right before a quote: one lower-case verb (and a particle), a colon, the end.
SPEAKER_NAME_VERB_COLON = regex.compile(r"\s+\p{Ll}+(?:\s+(?:back|in|on|out))?\s*:\s*$")

#: The first word after a closing quote mark.
SPEAKER_FIRST_WORD = regex.compile(r"\p{L}+")

#: ``according to``, the cue that follows its quote at a distance.
SPEAKER_ACCORDING = regex.compile(r"\baccording\s+to\b", regex.I)

#: Where the words after an inverted cue stop: punctuation, brackets, dashes, ``that``.
SPEAKER_CLAUSE_BREAK = regex.compile(r"[,;:()\[\]—–]|\bthat\b")

#: Where a cue's subject starts, looking back: punctuation (not brackets), dashes, ``that``.
SPEAKER_SUBJECT_BREAK = regex.compile(r"[,;:\[\]—–]|\bthat\b")

#: A comma and the spaces after it.
SPEAKER_COMMA = regex.compile(r",\s*")

#: How an appositive between a name and its cue starts: ``, a writer for``,
#: ``, 25,``, ``, R-Ky.,``.
SPEAKER_APPOSITIVE_START = regex.compile(
    r"(?:a|an|the|who|whose|which|former|one|his|her|its|their|also|\d{1,3}|at|in|on|during"
    r"|after|before|speaking|writing|when|while|head|chair|chairman|chairwoman|director"
    r"|president|founder|member|leader|author|professor|editor|[RDI](?=-\p{Lu}))\b",
    regex.I,
)

#: ``Gwen Moore (D-Wis.)``: a short parenthesis closing a subject.
SPEAKER_TRAILING_PARENTHESIS = regex.compile(r"\s*\([^()\n]{1,30}\)\s*$")

#: A sentence opening with one or two capitalised words and then a lower-case word:
#: ``Cruz openly admitted``, ``Marco Rubio flipped``.  Groups 1 and 2 are the words;
#: the caller decides whether they name someone the article does not know.
SPEAKER_SENTENCE_SUBJECT = regex.compile(
    r"(?:(?<=[.!?][\"”’]?[ \t\u00a0]{1,3})|(?<=\n))[\"“]?"
    r"(\p{Lu}\p{Ll}[\p{L}’'\-]*)(?:[ ](\p{Lu}\p{Ll}[\p{L}’'\-]*))?[ ]+(?=\p{Ll})"
)

#: A transcript's speaker label opening a quote: ``PENCE: Well, look``, ``MR. TRUMP:``.
#: Group 1 is the label's last word.
SPEAKER_TRANSCRIPT_LABEL = regex.compile(
    r"(?:\p{Lu}{1,4}\.?\s)?(?:\p{Lu}[\p{Lu}’'\-]+\s){0,2}(\p{Lu}[\p{Lu}’'\-]+):\s"
)

#: The word right after a name: ``Bush administration``.
SPEAKER_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")

#: The last word before a cue, to skip adverbs and auxiliaries (``has also said``).
SPEAKER_TRAILING_WORD = regex.compile(r"([\p{L}’'.\-]+)\s*$")

#: ``, who works at a company in Sacramento, `` between a name and its speech cue; bounded.
#: The lookahead makes the optional second part give way to the cue (``, who runs X, said,``).
PEOPLE_APPOSITIVE_THEN_COMMA = regex.compile(
    r",\s+(?:who|whose|a|an|the|one|\d{1,3})\b[^.!?;:“”\"\n,]{0,150}(?:,[^.!?;:“”\"\n,]{1,60})?,\s+"
    rf"(?=(?:{_cue_alternation()})(?![\p{{L}}\-]))",
    regex.I,
)

#: ``“...” ― Jane Doe``: a credit dash after a closing quote mark, right before a name.
PEOPLE_DASH_CREDIT = regex.compile(r"[”\"]\s*[―—–-]\s*$")

#: ``(D-Wis.)``, ``, 25,``: a short parenthesis or an age right after a name.
PEOPLE_PARENTHETICAL = regex.compile(r"^\s*\([^()\n]{1,20}\)|^,\s*\d{1,3},")

#: ``, a top official``, ``, its acting chairman``, ``, who is the``: an appositive title opens.
OFFICIALS_APPOSITIVE = regex.compile(
    r",\s+(?:(?:a|an|the|its|his|her|their)\s+|who\s+(?:is|was)\s+(?:a|an|the)\s+)"
)

#: ``, who led the``: a relative clause naming the body a person heads or headed.
OFFICIALS_WHO_LED = regex.compile(
    r",\s+who\s+(?:\p{Ll}+ly\s+)?(?P<verb>\p{Ll}+)\s+(?:as\s+)?(?:the\s+)?"
)

#: ``his predecessor,`` right before a name: a former holder of the same office.
OFFICIALS_PREDECESSOR = regex.compile(
    r"\b(?:his|her|their)\s+(?P<title>predecessor|successor),?\s+$"
)

#: `` in the ``, `` of ``: the preposition after an appositive title that names its body.
OFFICIALS_COMPLEMENT = regex.compile(r"\s+(?:in|of|at|for|with)\s+(?:the\s+)?")
