"""Every regular expression of newsstruct, named, precompiled and commented.

One section per stage.  All patterns use the ``regex`` module and are written
so that no input can make them backtrack catastrophically: no nested
quantifiers over the same characters, bounded repeats where a repeat could
otherwise scan a whole line several times.
"""

from __future__ import annotations

import regex

from newsstruct.lexicons.speech_verbs import SPEECH_CUES

__all__ = [
    # segment
    "INVISIBLE",
    "LINE_BREAK",
    # structure
    "ATTRIBUTION",
    "BYLINE_FOR_OUTLET",
    "BYLINE_LEAD",
    "BYLINE_SPLIT",
    "BYLINE_TAIL",
    "CAPTION_DATE",
    "DATELINE",
    "LINE_END_PUNCT",
    "NAME_WORD",
    "NO_WORDS",
    "PRINTED_DATE",
    "SENTENCE_BREAK",
    "SENTENCE_END",
    "WEATHER",
    "WHEN_WORD",
    "WORD",
    # quotes
    "QUOTE_MARK",
    "QUOTE_SENTENCE_STOP",
    "QUOTE_WORD",
    # people and speakers
    "PEOPLE_SIGN_OFF",
    "PEOPLE_TOKEN",
    "SPEAKER_CLAUSE_BREAK",
    "SPEAKER_CUE",
]

# ---------------------------------------------------------------------------
# segment: lines
# ---------------------------------------------------------------------------

#: A line break: CRLF, CR, LF and the other separators ``str.splitlines`` knows.
LINE_BREAK = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

#: Characters that are not ``str.isspace`` but show nothing: zero-width space,
#: joiners, word joiner, byte-order mark, soft hyphen.
INVISIBLE = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# ---------------------------------------------------------------------------
# structure: printed dates, bylines, datelines, boilerplate
# ---------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|wed|thur?s?|fri|sat|sun)\.?"
)
_ZONE = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|AES?T|AEDT|JST|HKT|SGT|[+-]\d{2}:?\d{2})"
_CLOCK = rf"\d{{1,2}}(?::\d{{2}}){{1,2}}[ ]?(?:[ap]\.?[ ]?m\.?)?(?:[ ]{_ZONE})?"

#: A header line that is only a publication date, with optional lead-in,
#: weekday, time and zone: "Thursday, April 18, 2024", "Published: 30 January 2017",
#: "Updated 4:48 PM EST, Mon November 6, 2023", "Posted: Nov 8, 2023 / 04:43 PM CST",
#: "Thu, 14 May 2020 17:55 UTC", "2024-04-18".  Group ``core`` spans weekday + date.
#: Use with ``.match(text, start, end)``: anchored by ``match``, not by ``^``.
PRINTED_DATE = regex.compile(
    rf"""
    (?:(?P<label>(?:last[ ]|first[ ]|originally[ ])?
            (?:updated|published|posted|modified|date)(?:[ ]on)?)[ ]?:?[ ]*)?
    (?:{_CLOCK}[ ]?,?[ ]*)?
    (?P<core>
      (?:{_WEEKDAY}[ ]?,?[ ]*)?
      (?:{_CLOCK}[ ]?,?[ ]*)?
      (?:
         (?P<m1>{_MONTH})[ ](?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?[ ](?P<y1>\d{{4}})
       | (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ ](?:of[ ])?(?P<m2>{_MONTH}),?[ ](?P<y2>\d{{4}}|'?\d{{2}})
       | (?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})
       | (?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})/(?P<sy>\d{{4}})
      )
    )
    (?:[ ]*(?:,|at|/|-|–|—|\|)?[ ]*{_CLOCK})?
    [ ]*$
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: The lead-in of a byline: "By", "By:", "Written by", "Analysis by", "Story by".
BYLINE_LEAD = regex.compile(
    r"^(?:(?:posted|written|story|words|analysis|reporting|report|text|commentary|column)[ ]+)?"
    r"by[ ]*:?[ ]+(?=\S)",
    regex.IGNORECASE,
)

#: Where a byline turns into a date or a time: "| 10 hours ago", "on November 14, 2019",
#: "December 21, 2016", "| Updated".  Everything from here on is cut.
BYLINE_TAIL = regex.compile(
    rf"(?:[ ]+(?:on|at)[ ]+)?(?:\b(?:updated|published|posted)\b|\b{_MONTH}[ ]+\d|\d)",
    regex.IGNORECASE,
)

#: Separators between the names of a byline: comma, semicolon, bar, slash,
#: ampersand, bullet, "and".
BYLINE_SPLIT = regex.compile(r"[ ]*(?:[,;|/&·•]|\band\b|\bund\b)[ ]*", regex.IGNORECASE)

#: "Glen Owen For The Mail On Sunday": a name, then "for"/"from" and a capitalised outlet.
BYLINE_FOR_OUTLET = regex.compile(r"^(?P<name>.+?)[ ]+(?i:for|from)[ ]+(?P<outlet>\p{Lu}.*)$")

#: One word of a printed name: "Jane", "O'Mahony", "Torres-Guillén", "J.R.", "A.", "JANE",
#: "McDonald", "Jr.".  Particles ("del", "van") are checked against a lexicon instead.
NAME_WORD = regex.compile(
    r"^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.(?:[ ]?\p{Lu}\.)*|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+)$"
)

#: The dateline that opens a first paragraph: "WASHINGTON —", "LONDON (Reuters) -",
#: "HAYWARD, Calif. (AP) —", "WASHINGTON, Nov 8 (Reuters) -", "(CNN) —", "NAIROBI, Kenya (AP) _".
#: Use with ``.match(text, start, end)``: anchored by ``match``, not by ``^``.
DATELINE = regex.compile(
    rf"""
    (?:
       (?P<location>
          \p{{Lu}}[\p{{Lu}}.'’\-]+(?:[ ]\p{{Lu}}[\p{{Lu}}.'’\-]*){{0,4}}
          (?:,[ ]\p{{Lu}}[\p{{L}}.'’\-]*(?:[ ]\p{{Lu}}[\p{{L}}.'’\-]*){{0,2}})?
       )
       (?:,[ ](?P<date>(?i:{_MONTH})[ ]\d{{1,2}}(?:,[ ]\d{{4}})?))?
       (?:[ ]?\((?P<agency>[^()\n]{{1,40}})\))?
     |
       \((?P<agency_only>[^()\n]{{1,40}})\)
    )
    [ ]*(?P<dash>—|–|--|-|_|:)[ ]*
    """,
    regex.VERBOSE,
)

#: A capitalised month followed by a day: the start of a photo caption ("APRIL 23: ..."),
#: which looks like a dateline but is not one.
CAPTION_DATE = regex.compile(rf"^{_MONTH}[ ]\d", regex.IGNORECASE)

#: A weather reading on a line of its own: "48.6 F", "72°F Sunny", "12 °C".
WEATHER = regex.compile(r"^-?\d{1,3}(?:[.,]\d{1,2})?[ ]?°?[ ]?[FC]\b", regex.IGNORECASE)

#: A line with no letter or digit at all: rules, bullets, "***".
NO_WORDS = regex.compile(r"^[^\p{L}\p{N}]+$")

#: Sentence-ending punctuation, possibly followed by closing quotes or brackets.
SENTENCE_END = regex.compile(r"[.!?…][\"'”’)\]»]*$")

#: Any punctuation that may end a line of running text (not a heading).
LINE_END_PUNCT = regex.compile(r"[.!?…:;,\"'”’)\]»—–-]$")

#: Two sentences: an end mark, a space and a capital.
SENTENCE_BREAK = regex.compile(r"[.!?][\"'”’]?[ ]+[\"“‘]?\p{Lu}")

#: Past-tense attribution, the mark of a body paragraph rather than a headline or deck.
ATTRIBUTION = regex.compile(r"\b(?:said|told|according[ ]to|stated|added|reported)\b", regex.I)

#: A weekday or a relative day: leads say when; decks rarely do.
WHEN_WORD = regex.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b",
    regex.IGNORECASE,
)

#: A word, for counting.
WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*")

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


def _cue_alternation() -> str:
    """The speech cues of the lexicon as one alternation, longest first."""
    cues = sorted(SPEECH_CUES, key=lambda c: (-len(c), c))
    return "|".join(regex.escape(c).replace("\\ ", r"\s+") for c in cues)


#: A speech cue from :mod:`newsstruct.lexicons.speech_verbs` as a whole word
#: ("said", "chimed in", "according to"); case-insensitive.
SPEAKER_CUE = regex.compile(rf"(?<![\p{{L}}\-])(?:{_cue_alternation()})(?![\p{{L}}\-])", regex.I)

#: Where the clause around a speech cue stops: sentence ends, semicolons,
#: colons, dashes and quote marks.
SPEAKER_CLAUSE_BREAK = regex.compile(r"[.!?;:](?=\s|$)|[\"“”«»—–]|\s-\s")

#: A credit line after a sentence about an unnamed speaker: "The spokesman said
#: in a statement. For the State Department, Ned Price."  Searched in a window
#: of at most 300 characters that ends right before the name; ``title`` is the
#: descriptor, ``org`` the body named in the credit.
PEOPLE_SIGN_OFF = regex.compile(
    r"(?:^|[.!?]\s+)The\s+(?P<title>[\p{Ll}\- ]{2,40}?)\s+(?:said|says|stated|added|wrote)"
    r"[^.!?]{0,200}[.!?]\s+For\s+(?:the\s+)?(?P<org>\p{Lu}[\p{L}.&\- ]{1,60}?),\s+$"
)
