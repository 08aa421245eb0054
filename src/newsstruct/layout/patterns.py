"""The regular expressions of the layout stage: line breaks, printed dates,
bylines, datelines, boilerplate lines and the shapes that tell a headline from
a sentence.  No input can make them backtrack catastrophically: no nested
quantifiers over the same characters, and bounded repeats where a repeat could
otherwise scan a whole line several times.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

__all__ = [
    "ATTRIBUTION",
    "BYLINE_FOR_OUTLET",
    "BYLINE_GLUED_LEAD",
    "BYLINE_INNER_LEAD",
    "BYLINE_LEAD",
    "BYLINE_SPLIT",
    "BYLINE_TAIL",
    "CAPTION_CREDIT",
    "CAPTION_DATE",
    "COMMENTS_HEADING",
    "COPYRIGHT",
    "DATELINE",
    "DATELINE_ALONE",
    "DATE_FILLER",
    "DATE_HINT",
    "DATE_LABEL",
    "GLUED_ROLE",
    "GLUED_WORDS",
    "HANDLE",
    "HAS_DIGIT",
    "INVISIBLE",
    "LINE_BREAK",
    "LINE_END_PUNCT",
    "LOWER_UPPER",
    "META_HINT",
    "NAME_WORD",
    "NON_SPACE",
    "NO_WORDS",
    "PRINTED_DATE",
    "PRINTED_DATE_INSIDE",
    "SENTENCE_END",
    "WEATHER",
    "WEB_ADDRESS",
    "WHEN_WORD",
    "Guarded",
]


class Guarded:
    """A pattern searched only where a cheap one, ``guard``, finds something every match
    of it consumes (a digit, a word): the header's patterns are tried on many lines that
    hold none, and some cost ten times more than the guard on them.  ``guard`` must be
    compiled with the same flags, so that it reads those parts as the pattern does."""

    def __init__(self, pattern: regex.Pattern[str], guard: regex.Pattern[str]) -> None:
        self.pattern = pattern
        self.guard = guard

    def search(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        """``pattern.search``, which finds nothing where ``guard`` finds nothing."""
        if self.guard.search(string, pos, endpos) is None:
            return None
        return self.pattern.search(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """``pattern.finditer``, which finds nothing where ``guard`` finds nothing."""
        if self.guard.search(string, pos, endpos) is None:
            return iter(())
        return self.pattern.finditer(string, pos, endpos)


#: A digit, as ``\d`` reads one (every date and time has one).
HAS_DIGIT = regex.compile(r"\d")


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
#: Month names as printed at the start of a word glued to the word before ("DoeNovember").
_CAPITAL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|wed|thur?s?|fri|sat|sun)\.?"
)
_ZONE = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|AES?T|AEDT|JST|HKT|SGT|[+-]\d{2}:?\d{2})"
#: A four-digit year, also when a time is glued to it ("20179:15 AM").
_YEAR = r"(?:\d{4}(?=\d{1,2}:\d\d)|\d{4}(?!\d))"
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

#: A date anywhere in a header line: "March 3, 2017", "3 March 2017", "Oct 30 2020",
#: "31. October, 2023", "2017-03-03", "03/03/2017", "21.10.2019", "11/08/23", glued to a time
#: after it ("March 3, 20179:15 AM") or to a word before it ("Jane DoeNovember 6, 2023").
#: Groups as in ``PRINTED_DATE``; ``dots`` marks a day.month.year date.
PRINTED_DATE_INSIDE = regex.compile(
    rf"""
    (?:(?<![\p{{L}}\d])|(?<=\p{{Ll}})(?=\p{{Lu}}))
    (?P<core>
      (?:{_WEEKDAY},?[ ]+)?
      (?:
         (?P<m1>{_MONTH})[ ]?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?[ ]+(?P<y1>{_YEAR})
       | (?P<d2>\d{{1,2}})(?:st|nd|rd|th|\.)?[ ]+(?:of[ ]+)?(?P<m2>{_MONTH}),?[ ]+(?P<y2>{_YEAR})
       | (?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?!\d)
       | (?P<sa>\d{{1,2}})(?P<sep>[/.])(?P<sb>\d{{1,2}})(?P=sep)(?P<sy>\d{{4}}|\d{{2}})(?!\d)
      )
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: A lead-in saying what a date in a header line is: "Published:", "Last updated on",
#: "Posted", "Online:", "originally created".  Searched in the words before the date.
DATE_LABEL = regex.compile(
    r"\b(?:(?:last|first|originally)[ ]+)?(?:updated|published|posted|modified|written|created"
    r"|online)\b",
    regex.IGNORECASE,
)

#: What may stand around a date in a header line without making it a sentence: clock
#: times and zones, labels, separators, "at", "on", "by", reading times.
DATE_FILLER = regex.compile(
    rf"""(?:{_CLOCK}|(?<!\p{{L}})(?:{_ZONE}|am|pm|at|on|by|and|last|first|originally|updated
        |published|posted|modified|written|created|online|date|edit|min|mins|read)(?!\p{{L}})
        |[^\p{{L}}\p{{N}}\s]+)""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: The lead-in of a byline: "By", "By:", "Written by", "Analysis by", "Story by",
#: "words written by", or a label with a colon: "Author: Jane Doe", "Authors: ...".
BYLINE_LEAD = regex.compile(
    r"^(?:(?:(?:posted|written|story|words|analysis|reporting|report|text|commentary|column)[ ]+)"
    r"{0,2}by[ ]*:?[ ]+|authors?[ ]*:[ ]*)(?=\S)",
    regex.IGNORECASE,
)

#: A "By" glued to the name, as inline elements copy: "ByJane Doe", "byMobasir Hassan".
BYLINE_GLUED_LEAD = regex.compile(r"^(?:By|by|BY)(?=\p{Lu}\p{Ll}|\p{Lu}\.)")

#: A "By" lead-in inside a line, after a date or a separator: "Posted on March 3, 2020 by
#: Jane Doe", "12/04/2020 by Kay", "Gossip | By Jane Doe | ...".  The name starts with a capital.
BYLINE_INNER_LEAD = Guarded(
    regex.compile(
        r"(?:(?<=^|[ |•·])(?:(?:posted|written|story|words|text)[ ]+){0,2}by[ ]*:?[ ]*|(?<=[ ])by)"
        r"(?-i:(?=\p{Lu}))",
        regex.IGNORECASE,
    ),
    regex.compile("by", regex.IGNORECASE),
)

#: The heading over a comment section that counts it and names the post: "5 thoughts on
#: “Title”", "One response to “Title”" (matched on lines normalised to lower case).
COMMENTS_HEADING = regex.compile(
    r"(?:one|\d{1,6})[ ]+(?:thoughts?|comments?|responses?|replies|reactions?)[ ]+(?:on|to)\b"
)

#: A handle or the initials someone signs with: one token of letters, digits, "_", "." or
#: "-" with a letter in it ("delta201", "jane_doe", "GZT").
HANDLE = regex.compile(r"(?=[^ ]*\p{L})[\p{L}\p{N}_.\-]{2,30}")

#: A date or a time somewhere in a line: "May 3", "3 May", "03/05/2020", "2020-05-03", "9:15".
_DATE_HINT = regex.compile(
    rf"""\b(?:{_MONTH}[ ]+\d|\d{{1,2}}(?:st|nd|rd|th|\.)?[ ]+{_MONTH}
        |\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}:\d{{2}})""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Every branch holds a digit.
DATE_HINT = Guarded(_DATE_HINT, HAS_DIGIT)

#: A photo credit, the mark of a caption: "Photo: Jane Doe", "(Image: @janedoe)",
#: "Credit: ...", "Getty Images", "(Jane Doe/AFP)", "Jane Doe / Reuters", "AP Photo".
CAPTION_CREDIT = regex.compile(
    r"""(?:\b(?:photo(?:graph)?s?|image|picture|credit|illustration)(?:[ ]by)?[ ]?:
        |\bcredit\b|\bgetty[ ]images\b|\bshutterstock\b|\bistock\b|\bap[ ]photo\b
        |\((?:photo|image)\b|\([^()/]{1,60}/[^()]{1,60}\)$)""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A line that may be a byline or a printed date: it opens with "By" or holds a date.
_META_START = r"^(?:by\b|(?-i:By\p{Lu})|posted|published|updated|written)"
META_HINT = Guarded(
    regex.compile(rf"{_META_START}|{_DATE_HINT.pattern}", regex.IGNORECASE | regex.VERBOSE),
    regex.compile(rf"{_META_START}|\d", regex.IGNORECASE),  # its start, or a date's digit
)

#: Where a byline turns into a date or a time: "10 hours ago", "on November 14, 2019",
#: "December 21, 2016", "21 December 2016", "31. October", "19:14", "2019-11-18",
#: "21.10.2019", "| Updated", "Last updated", "on Thu, Nov 9", a date glued to the name
#: ("Jane DoeNovember 6, 2023"), a comment count or a reading time ("5 Comments",
#: "Post a Comment", "4 min read"), or an address hidden by the page ("[email protected]").
#: Everything from here on is cut; digits inside names ("ABC7") are not a date.
#: ``(?<![ ])`` keeps the search linear on long runs of spaces.
_BYLINE_TAIL = regex.compile(
    rf"""(?:(?<![ ])[ ]+(?:on|at)[ ]+)?(?:
          \b(?:last[ ]+)?(?:updated|published|posted)\b
        | \b{_MONTH}[ ]+\d
        | (?<=\p{{Ll}})(?-i:{_CAPITAL_MONTH})\.?[ ]+\d
        | \b\d{{1,2}}(?:st|nd|rd|th|\.)?[ ]+{_MONTH}
        | \b{_WEEKDAY},?[ ]+(?:{_MONTH}|\d)
        | \b\d+[ ]+(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)[ ]+ago\b
        | \b\d{{1,2}}:\d{{2}}
        | \b\d{{4}}-\d{{2}}-\d{{2}}
        | \b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}
        | \b\d+[ ]+comments?\b | \bpost[ ]+a[ ]+comment\b | \bno[ ]+comments\b
        | \b\d+[ ]+min(?:ute)?s?[ ]+read\b
        | \[email
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: A branch without a digit holds one of these words, or a weekday before a month.
BYLINE_TAIL = Guarded(
    _BYLINE_TAIL,
    regex.compile(
        rf"\d|updated|published|post|comments|\[email|{_WEEKDAY},?[ ]+{_MONTH}", regex.IGNORECASE
    ),
)

#: Separators between the names of a byline: comma, semicolon, bar, slash,
#: ampersand, bullet, "and", a dash between spaces ("Jane Doe - Reuters"), and a
#: handle, which is dropped ("Jane Doe @janedoe and John Roe").
#: ``(?<![ ])`` keeps the search linear on long runs of spaces.
BYLINE_SPLIT = Guarded(
    regex.compile(
        r"(?<![ ])[ ]*(?:(?:[,;|/&·•]|@[\w.]+|\band\b|\bund\b|(?<=[ ])[-–—](?=[ ]))[ ]*)+",
        regex.IGNORECASE,
    ),
    regex.compile(r"[,;|/&·•@\-–—]|and|und", regex.IGNORECASE),  # what every separator holds
)

#: A name of two words or more with a role glued to it: "Jane DoeStaff Writer" (the role
#: is checked against a lexicon; "PhillyVoice Staff" is an outlet's staff, not a glued name).
GLUED_ROLE = regex.compile(
    r"^(?P<name>\p{Lu}[^ ]*(?:[ ][^ ]+){1,4}?\p{Ll})(?P<role>\p{Lu}\p{Ll}+(?:[ ]\p{L}+){0,3})$"
)

#: A word glued to the next one: four lower-case letters or more, then a capital
#: ("DoePhilly" is not, "AaronsonPhilly" is; "McDonald", "MacKenzie" are names).
GLUED_WORDS = regex.compile(r"\p{Ll}{4}\p{Lu}")

#: A lower-case letter right before a capital: what every glued pair of words holds.
LOWER_UPPER = regex.compile(r"\p{Ll}\p{Lu}")

#: A web address standing for an outlet: "Phys.org", "MedCity.com".
WEB_ADDRESS = regex.compile(r"^\p{L}[\p{L}\d\-]*\.(?:com|org|net|co|io|info|news|tv)$")

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
#: "HAYWARD, Calif. (AP) —", "WASHINGTON, Nov 8 (Reuters) -", "(CNN) —", "NAIROBI, Kenya (AP) _",
#: and no dash at all after a news agency's bracket ("Gangtok, Jun 18 (PTI) The ...").
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
    [ ]*(?P<dash>—|–|--|-|_|:|(?<=\))(?=[ ]\p{{Lu}}))[ ]*
    """,
    regex.VERBOSE,
)

#: A dateline on a line of its own, right above the first paragraph, as some pages
#: print it: "LISBON —", "(CNN) —", "Washington CNN —" (the brackets styled away).
DATELINE_ALONE = regex.compile(
    r"""^(?P<location>\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ /]\p{Lu}[\p{L}\p{M}.'’\-]*){0,3}
           (?:,[ ]\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ ]\p{Lu}[\p{L}\p{M}.'’\-]*){0,2})?)?
        [ ]*(?:\((?P<agency>[^()\n]{1,30})\)|(?P<bare_agency>\p{Lu}{2,10}))?
        [ ]*(?:—|–|--|-)$""",
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

#: Past-tense attribution, the mark of a body paragraph rather than a headline or deck.
ATTRIBUTION = regex.compile(r"\b(?:said|told|according[ ]to|stated|added|reported)\b", regex.I)

#: A weekday or a relative day: leads say when; decks rarely do.
WHEN_WORD = regex.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b",
    regex.IGNORECASE,
)
