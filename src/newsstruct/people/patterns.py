"""The regular expressions of the people stage: name tokens, appositives, credit
lines and the phrases that give an official's title.  Linear on any input, like
every pattern of newsstruct.
"""

from __future__ import annotations

import regex

from newsstruct.text.cues import cue_alternation

__all__ = [
    "ALIAS_IN_NAME",
    "ALIAS_WORDS",
    "BODY_NAME_REST",
    "OFFICIALS_APPOSITIVE",
    "OFFICIALS_BARE_APPOSITIVE",
    "OFFICIALS_COMPLEMENT",
    "OFFICIALS_PREDECESSOR",
    "OFFICIALS_WHO_LED",
    "PEOPLE_AFFILIATION_THEN_CUE",
    "PEOPLE_AFTER_QUOTE",
    "PEOPLE_AFTER_QUOTE_VERB",
    "PEOPLE_APPOSITIVE_IN_DASHES",
    "PEOPLE_APPOSITIVE_THEN_COMMA",
    "PEOPLE_BARE_APPOSITIVE_THEN_CUE",
    "PEOPLE_DASH_CREDIT",
    "PEOPLE_HE_OR_SHE_NEXT",
    "PEOPLE_HE_OR_SHE_SOON",
    "PEOPLE_ITSELF_AFTER",
    "PEOPLE_IT_SOON",
    "PEOPLE_PARENTHETICAL",
    "PEOPLE_SIGN_OFF",
    "PEOPLE_TOKEN",
    "PEOPLE_TOKEN_SPLIT",
    "PEOPLE_VERB_AFTER",
    "PEOPLE_WORD_BEFORE",
    "PLACE_NOUN_AFTER",
    "PLACE_OF",
    "credit_ends",
]


#: One word of a name or title: initials written together ("U.S.", "J.R."), or
#: letters with inner hyphens and apostrophes ("Torres-Guillén", "O'Mahony",
#: "Blinken’s").  Each repeat starts with a separator, so the repeats cannot
#: overlap and the pattern runs in linear time.
PEOPLE_TOKEN = regex.compile(
    r"(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[\-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*"
)

#: A run of plain lower-case words with one space between, each a whole ``PEOPLE_TOKEN``
#: (no hyphen, apostrophe or other letter goes on after it).  A word with a space after
#: it is whole, so only the run's last word is asked: when it is not, the run gives
#: back that word (one step back: the word before it has its space after it).
_PLAIN_RUN = r"(?:[a-z]+ )*[a-z]+(?![\p{L}\p{M}\p{N}]|[\-'’][\p{L}\p{N}])"

#: ``PEOPLE_TOKEN`` as one capturing group: ``split`` gives gaps and words in turn,
#: except that plain lower-case words with one space between come as one part
#: ("met the delegation"): most of an article, passed over at once.  A part with a
#: space is such a run; its words are the tokens ``PEOPLE_TOKEN`` would give.
PEOPLE_TOKEN_SPLIT = regex.compile(f"({_PLAIN_RUN}|{PEOPLE_TOKEN.pattern})")

#: A credit line after a sentence about an unnamed speaker: "The spokesman said
#: in a statement. For the State Department, Ned Price."  Searched in a window
#: of at most 300 characters that ends right before the name; ``title`` is the
#: descriptor, ``org`` the body named in the credit.
PEOPLE_SIGN_OFF = regex.compile(
    r"(?:^|[.!?]\s+)The\s+(?P<title>[\p{Ll}\- ]{2,40}?)\s+(?:said|says|stated|added|wrote)"
    r"[^.!?]{0,200}[.!?]\s+For\s+(?:the\s+)?(?P<org>\p{Lu}[\p{L}.&\- ]{1,60}?),\s+$"
)

#: The rest of a body's name after its first capital letter: the word, then up to seven
#: capitalised words, some joined by "and", "of", "for", "on", "&" or a Romance "de", "del",
#: "da", ... (``Avon and Somerset Police``, ``Universidad Mayor de San Simón``).  One home
#: for the people stage and the speakers' ``SPEAKER_AFFILIATION``.
BODY_NAME_REST = (
    r"[\p{L}\p{N}.&'’\-]*"
    r"(?:\s+(?:(?:and|of|for|on|&|de|del|de\s+la|des|di|da|do|du)\s+(?:the\s+)?)?"
    r"[\p{Lu}\d][\p{L}\p{N}.&'’\-]*){0,7}"
)
_PLACE_NOUNS = r"(?:village|town|city|district|province|county|island|valley|region)"
#: A lower-case noun for a place after its name (`` Lamap village``, `` Tarn district``,
#: `` Uzbek city of Termez``).
PLACE_NOUN_AFTER = rf"(?:\s+{_PLACE_NOUNS}(?:\s+of\s+\p{{Lu}}[\p{{L}}\-]+)?)?"
#: ``the northern town of Kiruna``: a place named after its lower-case noun.
PLACE_OF = rf"the\s+(?:\p{{Ll}}+\s+){{0,2}}{_PLACE_NOUNS}\s+of\s+\p{{Lu}}[\p{{L}}\-]+"
#: Where a person works, between the name and a speech cue: `` of Acme Capital said``,
#: `` at Avon and Somerset Police, said``.
PEOPLE_AFFILIATION_THEN_CUE = regex.compile(
    r"\s+(?:of|at|from|with)\s+(?:(?:(?:the\s+)?(?:\p{Lu}[\p{L}\-]*-based\s+)?(?:\p{Ll}+\s+){0,2})?\p{Lu}"
    + BODY_NAME_REST
    + PLACE_NOUN_AFTER
    + f"|{PLACE_OF})"
    + r"(?:,?\s+in\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)?"  # "... in Marion"
    + r",?\s+"
    rf"(?=(?:{cue_alternation()})(?![\p{{L}}\-]))"
)
#: Any appositive, with or without an article (``, executive director of Paths to
#: Peace,``), closed by a comma before a speech cue.
PEOPLE_BARE_APPOSITIVE_THEN_CUE = regex.compile(
    r",\s+[^.!?;:“”\"\n,]{1,120},\s+" rf"(?=(?:{cue_alternation()})(?![\p{{L}}\-]))",
    regex.I,
)
#: ``, who works at a company in Sacramento, `` between a name and its speech cue; bounded.
#: The lookahead makes the optional second part give way to the cue (``, who runs X, said,``).
PEOPLE_APPOSITIVE_THEN_COMMA = regex.compile(
    r",\s+(?:who|whose|a|an|the|one|of|from|now|formerly|\d{1,3})\b"  # "Jo Cole, of Leeds,"
    r"[^.!?;:“”\"\n,]{0,150}(?:,[^.!?;:“”\"\n,]{1,60})?,\s+"
    rf"(?=(?:{cue_alternation()})(?![\p{{L}}\-]))",
    regex.I,
)

#: The same appositive set off by dashes: ``Ngozi Eze — a farmer from Enugu — said``.
PEOPLE_APPOSITIVE_IN_DASHES = regex.compile(
    r"\s*(?:—|–|―|--)\s*(?:who|whose|a|an|the|one|\d{1,3})\b[^.!?;:“”\"\n—–―]{0,150}?"
    rf"\s*(?:—|–|―|--)\s*(?=(?:{cue_alternation()})(?![\p{{L}}\-]))",
    regex.I,
)

#: ``“...” ― Jane Doe``: a credit dash after a closing quote mark, right before a name.
PEOPLE_DASH_CREDIT = regex.compile(r"[”\"]\s*[―—–-]\s*$")

#: Words that give a person another name right after them ("nicknamed Chidzipha").
ALIAS_WORDS = r"(?:nicknamed|dubbed|alias|aka)"

#: Another name of the person after "alias" at the end of a name as written (``Anish
#: alias Kannan``; :func:`newsstruct.people.run_edges.past_an_alias`): group ``nick``.
ALIAS_IN_NAME = regex.compile(r"\x20alias\x20(?P<nick>\p{Lu}[\p{L}\-]*(?:\x20\p{Lu}[\p{L}\-]*)?)$")

#: What may follow a name credited after a dash: nothing, a mark, or a lower-case word
#: that opens a phrase or a name (``― Jane Doe of Springfield``, ``― Jane Doe on
#: Twitter``, ``― Ludwig van Beethoven``); not a clause (``- Marikiti is ours``).
_AFTER_CREDIT = regex.compile(
    r"[ ]?(?:$|[^\p{L}\s]|\n|(?:of|on|in|at|for|from|via|de|la|van|von|der|da|du|del|le|bin|al|el)\b"
    r"|\p{Lu})"
)


def credit_ends(text: str, end: int) -> bool:
    """A name credited after a dash may end at ``end`` (see :data:`_AFTER_CREDIT`)."""
    return _AFTER_CREDIT.match(text, end, min(len(text), end + 8)) is not None


#: ``(D-Wis.)``, ``, 25,``: a short parenthesis or an age right after a name.
PEOPLE_PARENTHETICAL = regex.compile(r"^\s*\([^()\n]{1,20}\)|^,\s*\d{1,3},")

#: ``, a top official``, ``, its acting chairman``, ``, who is the``: an appositive title opens.
OFFICIALS_APPOSITIVE = regex.compile(
    r",\s+(?:(?:a|an|the|its|his|her|their)\s+|who\s+(?:is|was)\s+(?:a|an|the)\s+)"
)

#: ``, chairman of``: an appositive title with no article, opening in lower case (the
#: title itself is read by the caller and must come within three words).
OFFICIALS_BARE_APPOSITIVE = regex.compile(r",\s+(?=\p{Ll})")

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

#: ``“Q,” `` right before a name: a quote that ends its clause with a comma (or ``?``,
#: ``!``) and the closing mark; with :data:`PEOPLE_VERB_AFTER` the shape of attribution.
PEOPLE_AFTER_QUOTE = regex.compile(r"[,?!][”\"’'»]\s{1,3}$")

#: `` grumbled``, `` notes``: a lower-case word ending like a finite verb right after a name.
PEOPLE_VERB_AFTER = regex.compile(r"\s{1,3}\p{Ll}{2,}(?:ed|s)(?![\p{L}\-])")

#: From the end of a name opening a sentence: the rest of that sentence, then the next
#: one with ``he`` or ``she`` as a subject before any capitalised word (``Jones
#: disagreed. “Not yet,” he said``), a quote opening that sentence aside: the name is a
#: person's.  Bounded.
PEOPLE_HE_OR_SHE_NEXT = regex.compile(
    r"[^.!?\n]{0,200}[.!?][”\"’']?\s{1,6}(?:[“\"][^”\"\n]{0,300}[”\"],?\s{1,3})?"  # "\r\n\r\n"
    r"(?:[^\p{Lu}.!?\n]{0,80}?\b)?(?:he|she|He|She)\b"
)
#: After a speech cue: ``he`` or ``she`` within a few words, before the clause ends
#: (``said he``, ``told reporters that she``).
PEOPLE_HE_OR_SHE_SOON = regex.compile(r"(?:\s+[\p{Ll}\p{Lu}][\p{L}’']*){0,3}?\s+(?:he|she)\b")
#: After a speech cue (and a phrase such as ``in a statement``, and "that"): ``it`` and
#: a verb of its own doing, or ``its``, opening the content (``said in a statement that
#: it had filed``, ``said its clinics``), as a body speaks of itself; not ``it was``,
#: which a person says too, nor an ``its`` further on (``told X the state had boosted its``).
PEOPLE_ITSELF_AFTER = regex.compile(
    r"(?:\s+(?:in|on|at)\s+[^.!?;,\n]{0,40}?)?(?:\s+that)?"
    r"\s+(?:it\s+(?:had|has|have|plans|planned|expects|expected)|its)\b"
)
#: After a speech cue: ``it``, ``its`` or ``they`` within a few words, as a body speaks
#: of itself (``Goldman said it expected more deals``).
PEOPLE_IT_SOON = regex.compile(r"(?:\s+[\p{Ll}\p{Lu}][\p{L}’']*){0,3}?\s+(?:it|its|they)\b")

#: ``“Q,” deadpanned `` right before a name: the inverted shape of attribution.
PEOPLE_AFTER_QUOTE_VERB = regex.compile(r"[,?!][”\"’'»]\s{1,3}\p{Ll}{2,}(?:ed|s)\s{1,3}$")

#: The word right before a name, one space away (search up to the name's start;
#: ``(?r)`` searches from the end: the same match as a forward ``search``, without a try
#: at every position; for ``search`` only).
PEOPLE_WORD_BEFORE = regex.compile(r"(?r)(\p{L}[\p{L}\-]*) $")
