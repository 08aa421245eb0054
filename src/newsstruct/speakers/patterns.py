"""The regular expressions of the speakers stage: the words around a speech cue
that say who spoke.  Linear on any input, like every pattern of newsstruct.
"""

from __future__ import annotations

import regex

from newsstruct.people.patterns import ALIAS_WORDS, BODY_NAME_REST, PLACE_NOUN_AFTER, PLACE_OF
from newsstruct.text.timewords import WEEKDAYS

__all__ = [
    "SPEAKER_ACCORDING",
    "SPEAKER_AFFILIATION",
    "SPEAKER_APPOSITIVE_START",
    "SPEAKER_BY_AFTER",
    "SPEAKER_CLAUSE_BREAK",
    "SPEAKER_COMMA",
    "SPEAKER_DASH_CREDIT",
    "SPEAKER_FIRST_WORD",
    "SPEAKER_NAME_VERB_COLON",
    "SPEAKER_NEXT_WORD",
    "SPEAKER_PASSIVE_BEFORE",
    "SPEAKER_PRONOUN_COLON",
    "SPEAKER_PRONOUN_NEXT",
    "SPEAKER_PRONOUN_SUBJECT",
    "SPEAKER_QUOTED_BY",
    "SPEAKER_SENTENCE_SUBJECT",
    "SPEAKER_SUBJECT_BREAK",
    "SPEAKER_TRAILING_PARENTHESIS",
    "SPEAKER_TRAILING_TIME",
    "SPEAKER_TRAILING_WORD",
    "SPEAKER_TRANSCRIPT_LABEL",
    "SPEAKER_UNLISTED_VERB",
]


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

#: Where the words after an inverted cue stop: punctuation, brackets, dashes (a hyphen
#: with a space on each side is one), ``that``.
SPEAKER_CLAUSE_BREAK = regex.compile(r"[,;:()\[\]—–]|(?<=\s)--?(?=\s)|\bthat\b")

#: Where a cue's subject starts, looking back: punctuation (not brackets), dashes, ``that``.
SPEAKER_SUBJECT_BREAK = regex.compile(
    r"[,;:](?![^()\n]{0,40}\))|[\[\]—–]|(?<=\s)--?(?=\s)|\bthat\b"
)  # not a comma inside a bracket: "Ann Lee (Labour, Camborne West) said"

#: A comma and the spaces after it.
SPEAKER_COMMA = regex.compile(r",\s*")

#: How an appositive between a name and its cue starts: ``, a writer for``,
#: ``, 25,``, ``, R-Ky.,``, ``, of which she was president,``, ``, of Leeds,``.
SPEAKER_APPOSITIVE_START = regex.compile(
    r"(?:(?:of|for|with|by|from|to|under|through)\s+(?:which|whom)"
    r"|a|an|the|who|whose|which|former|formerly|now|of|from|one|his|her|its|their|also|\d{1,3}|at|in|on|during"
    r"|after|before|speaking|writing|when|while|head|chair|chairman|chairwoman|director"
    r"|president|founder|member|leader|author|professor|editor|[RDI](?=-\p{Lu})"
    rf"|(?:\p{{Ll}}+ly\s+)?known|{ALIAS_WORDS}"  # ", popularly known as “Zuka”,"
    r"|(?-i:\p{Ll}+ing))\b",
    regex.I,
)

#: The comma that opens a relative clause set off before a cue (``Ana Ruiz, whose
#: brother, Luis, runs the farm, says``, ``X, of which she was president, said``);
#: ``(?r)``: searched from the cue back.
SPEAKER_RELATIVE_ASIDE = regex.compile(
    r"(?r),\s*(?:(?:of|in|at|on|for|with|by|from|to|under|through)\s+(?=which|whom))?"
    r"(?:who|whose|whom|which)\b",
    regex.I,
)

#: ``Gwen Moore (D-Wis.)``: a short parenthesis closing a subject (``(?r)``: searched
#: from the end, the same match as a forward ``search``, without a try at every
#: position; for ``search`` only).
SPEAKER_TRAILING_PARENTHESIS = regex.compile(r"(?r)\s*\([^()\n]{1,30}\)\s*$")

#: A sentence opening with one or two capitalised words and then a lower-case word:
#: ``Cruz openly admitted``, ``Marco Rubio flipped``.  Groups 1 and 2 are the words;
#: the caller decides whether they name someone the article does not know.  The
#: sentence end before is matched, not looked behind for: a search then tries only
#: where an end mark or a line break stands (three times faster).
SPEAKER_SENTENCE_SUBJECT = regex.compile(
    r"(?:[.!?][\"”’]?[ \t\u00a0]{1,3}|\n)[\"“]?"
    r"(\p{Lu}\p{Ll}[\p{L}’'\-]*)(?:[ ](\p{Lu}\p{Ll}[\p{L}’'\-]*))?[ ]+(?=\p{Ll})"
)

#: A transcript's speaker label opening a quote: ``PENCE: Well, look``, ``MR. TRUMP:``.
#: Group 1 is the label's last word.
SPEAKER_TRANSCRIPT_LABEL = regex.compile(
    r"(?:\p{Lu}{1,4}\.?\s)?(?:\p{Lu}[\p{Lu}’'\-]+\s){0,2}(\p{Lu}[\p{Lu}’'\-]+):\s"
)

#: The word right after a name: ``Bush administration``.
SPEAKER_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")

#: The last word before a cue, to skip adverbs and auxiliaries (``has also said``;
#: searched from the end, for ``search`` only).
SPEAKER_TRAILING_WORD = regex.compile(r"(?r)([\p{L}’'.\-]+)\s*$")
#: A time between a subject and its cue: ``Hillary Clinton on Tuesday said``, ``... last
#: week told``, ``... yesterday said`` (search from the end).
SPEAKER_TRAILING_TIME = regex.compile(
    r"(?r)\s+(?:(?:on|last|this|late|early|earlier)\s+)?(?:"
    + "|".join(sorted(day.capitalize() for day in WEEKDAYS))
    + r"|yesterday|today|tonight|week|month|year)(?:\s+(?:morning|afternoon|evening|night))?\s*$"
)

#: A passive "quoted" with its agent or medium between a subject and a participle cue:
#: ``Ana Ruiz was | quoted by the agency Kazinform as | saying`` (search from the end).
SPEAKER_QUOTED_BY = regex.compile(r"(?r)\s+quoted\s+(?:by|in|on)\s+[^,.;:\"“”\n]{1,80}?\s+as\s*$")

#: Lower-case nouns of an institution after its place's name, or alone after "the"
#: (``of the Anjuna police station``, ``of the city council``).
_INSTITUTION = (
    r"(?:police|station|council|hospital|school|office|department|court|branch|church"
    r"|temple|mosque|clinic|university|college|committee|board|union|club|prison|service"
    r"|party|group|movement|association|agency|ministry|firm|company|bank|network)\b"
)
#: `` of Acme Capital``, `` at the Harbor Authority``: what follows a person's name in a
#: subject to say where they work; capitalised words to the end (use with ``fullmatch``).
SPEAKER_AFFILIATION = regex.compile(
    r"\s+(?:of|at|from|with|for)\s+(?:"
    r"(?:(?:the\s+)?(?:\p{Lu}[\p{L}\-]*-based\s+)?(?:\p{Ll}+\s+){0,2})?[\p{Lu}\d]"
    + BODY_NAME_REST
    + PLACE_NOUN_AFTER  # "Lamap village"
    + rf"(?:\s+{_INSTITUTION}){{0,2}}"  # "of the Anjuna police station"
    + rf"|the\s+(?:\p{{Ll}}+[’']?\s+){{0,2}}{_INSTITUTION}"  # "of the local police"
    + f"|{PLACE_OF}"  # "from the northern town of Kiruna"
    + r")(?:,?\s+in\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)?\s*"  # "... in Marion"
)

#: `` grumbled``: after a closing quote mark and a name (or before one), a lower-case verb
#: that is no listed cue, ending like a past or present tense; group 1 is the verb.
SPEAKER_UNLISTED_VERB = regex.compile(r"\s{0,3}(\p{Ll}{3,}(?:ed|s))(?![\p{L}\-])")

#: ``he`` or ``she`` (any case) right here, as a subject.
SPEAKER_PRONOUN_NEXT = regex.compile(r"(he|she)(?=\s)", regex.IGNORECASE)
