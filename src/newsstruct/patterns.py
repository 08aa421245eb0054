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
    "ATTRIBUTION",
    "BYLINE_FOR_OUTLET",
    "BYLINE_LEAD",
    "BYLINE_SPLIT",
    "BYLINE_TAIL",
    "CAPTION_DATE",
    "COPYRIGHT",
    "DATELINE",
    "INVISIBLE",
    "LINE_BREAK",
    "LINE_END_PUNCT",
    "NAME_WORD",
    "NON_SPACE",
    "NO_WORDS",
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
    "PRINTED_DATE",
    "QUOTE_MARK",
    "QUOTE_SENTENCE_STOP",
    "QUOTE_WORD",
    "SENTENCE_BREAK",
    "SENTENCE_END",
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
    "WEATHER",
    "WHEN_WORD",
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
_CLOCK = rf"\d{{1,2}}(?:[:.]\d{{2}}){{1,2}}[ ]?(?:[ap]\.?[ ]?m\.?)?(?:[ ]{_ZONE})?"

#: A header line that is only a publication date, with optional lead-in,
#: weekday, time and zone: "Thursday, April 18, 2024", "Published: 30 January 2017",
#: "Updated 4:48 PM EST, Mon November 6, 2023", "Posted: Nov 8, 2023 / 04:43 PM CST",
#: "Thu, 14 May 2020 17:55 UTC", "2024-04-18", "2024-03-12T06:00:00Z", "Tue 12 Mar 2024 06.00 GMT",
#: "Published 9:14 a.m. ET March 12, 2024 | Updated ...", "Written: 2023-11-07 15:03:30 /
#: Updated: ..." (anything after a bar or bullet following the date, or after a slash
#: before an update, is ignored).  Group ``core`` spans weekday + date.
#: Use with ``.match(text, start, end)``: anchored by ``match``, not by ``^``.
PRINTED_DATE = regex.compile(
    rf"""
    (?:(?P<label>(?:last[ ]|first[ ]|originally[ ])?
            (?:updated|published|posted|modified|written|created|date)(?:[ ]on)?)[ ]?:?[ ]*)?
    (?:{_CLOCK}[ ]?,?[ ]*)?
    (?P<core>
      (?:{_WEEKDAY}[ ]?,?[ ]*)?
      (?:{_CLOCK}[ ]?,?[ ]*)?
      (?:
         (?P<m1>{_MONTH})[ ](?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?[ ](?P<y1>\d{{4}})
       | (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ ](?:of[ ])?(?P<m2>{_MONTH}),?[ ](?P<y2>\d{{4}}|'?\d{{2}})
       | (?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})
         (?:T\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d{{1,6}})?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?
       | (?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})/(?P<sy>\d{{4}})
      )
    )
    (?:[ ]*+(?:(?:,|at|/|-|–|—|\||•|·)[ ]*+)?{_CLOCK})?
    (?:[ ]*(?:[|•·]|/[ ]*(?=(?:updated|modified|last)\b))[^\n]*)?
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

#: Where a byline turns into a date or a time: "10 hours ago", "on November 14, 2019",
#: "December 21, 2016", "21 December 2016", "19:14", "2019-11-18", "| Updated", "Last updated".
#: Everything from here on is cut; digits inside names ("ABC7") are not a date.
#: ``(?<![ ])`` keeps the search linear on long runs of spaces.
BYLINE_TAIL = regex.compile(
    rf"""(?:(?<![ ])[ ]+(?:on|at)[ ]+)?(?:
          \b(?:last[ ]+)?(?:updated|published|posted)\b
        | \b{_MONTH}[ ]+\d
        | \b\d{{1,2}}(?:st|nd|rd|th)?[ ]+{_MONTH}
        | \b\d+[ ]+(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)[ ]+ago\b
        | \b\d{{1,2}}:\d{{2}}
        | \b\d{{4}}-\d{{2}}-\d{{2}}
        | \b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: Separators between the names of a byline: comma, semicolon, bar, slash,
#: ampersand, bullet, "and", and a dash between spaces ("Jane Doe - Reuters").
#: ``(?<![ ])`` keeps the search linear on long runs of spaces.
BYLINE_SPLIT = regex.compile(
    r"(?<![ ])[ ]*(?:(?:[,;|/&·•]|\band\b|\bund\b|(?<=[ ])[-–—](?=[ ]))[ ]*)+", regex.IGNORECASE
)

#: A whitespace-free run, as ``str.split`` sees words (it also splits at \x1c-\x1f).
NON_SPACE = regex.compile(r"[^\s\x1c-\x1f]+")

#: "Glen Owen For The Mail On Sunday": a name of up to five words, then "for"/"from"
#: and a capitalised outlet.  Words are single-spaced runs, so spaces cannot backtrack.
BYLINE_FOR_OUTLET = regex.compile(
    r"^(?P<name>[^ ]+(?:[ ][^ ]+){0,4})[ ](?i:for|from)[ ](?P<outlet>\p{Lu}.*)$"
)

#: One word of a printed name: "Jane", "O'Mahony", "Torres-Guillén", "J.R.", "A.", "JANE",
#: "McDonald", "Jr.".  Particles ("del", "van") are checked against a lexicon instead.
NAME_WORD = regex.compile(
    r"^(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?|\p{Lu}\.(?:[ ]?\p{Lu}\.)*|\p{Lu}[\p{Ll}\p{M}]+\p{Lu}[\p{Ll}\p{M}]+)$"
)

#: The dateline that opens a first paragraph: "WASHINGTON —", "LONDON (Reuters) -",
#: "BEIJING/HONG KONG (Reuters) -", "Washington (CNN) —" (mixed case only with an agency),
#: "HAYWARD, Calif. (AP) —", "WASHINGTON, Nov 8 (Reuters) -", "(CNN) —", "NAIROBI, Kenya (AP) _".
#: Use with ``.match(text, start, end)``: anchored by ``match``, not by ``^``.
DATELINE = regex.compile(
    rf"""
    (?:
       (?P<location>
          \p{{Lu}}[\p{{L}}\p{{M}}.'’\-]+(?:[ /]\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]*){{0,4}}
          (?:,[ ]\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]*(?:[ ]\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]*){{0,2}})?
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

#: A weather reading on a line of its own: "48.6 F", "72°F Sunny", "12 °C Partly cloudy";
#: only condition words may follow the temperature ("100F heat wave hits Texas" is a headline).
WEATHER = regex.compile(
    r"""^-?\d{1,3}(?:[.,]\d{1,2})?[ ]?°?[ ]?[FC]\b
        (?:[ ,/]+(?:partly|mostly|sunny|cloudy|clear|clouds|rain|showers|fog|foggy|snow|windy
                  |wind|storms?|overcast|haze|hazy|thunderstorms?|drizzle|fair|light|heavy|sun))*
        [ ]*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A copyright line: "© 2024 Gazette", "Copyright 2024", "Copyright © Gazette", "(c) 2024".
COPYRIGHT = regex.compile(r"^(?:©|\(c\)[ ]?\d{4}|copyright[ ]*(?:©|\(c\)|\d{4}))", regex.I)

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
