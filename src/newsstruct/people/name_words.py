"""Which words break a run of capitalised words and which join it, for the name runs of
:mod:`newsstruct.people.names`: titles, organisation words, function words, months and
honorifics break a run; particles, suffixes and the surnames that are also titles,
months or verbs join it.
"""

from __future__ import annotations

from newsstruct.lexicons.address_forms import ADDRESS_FORMS
from newsstruct.lexicons.agencies import AGENCIES
from newsstruct.lexicons.demonyms import DEMONYMS
from newsstruct.lexicons.documents import DOCUMENT_WORDS
from newsstruct.lexicons.name_particles import NAME_PARTICLES
from newsstruct.lexicons.not_names import NOT_NAME_WORDS
from newsstruct.lexicons.official_titles import OFFICIAL_TITLE_HEADS
from newsstruct.lexicons.organizations import ORGANIZATION_WORDS
from newsstruct.lexicons.person_nouns import PERSON_NOUNS
from newsstruct.lexicons.places import PLACE_WORDS
from newsstruct.lexicons.private_titles import PRIVATE_TITLE_HEADS
from newsstruct.lexicons.speaker_groups import GROUP_SPEAKER_WORDS
from newsstruct.lexicons.title_modifiers import TITLE_MODIFIERS
from newsstruct.people.given import KNOWN_GIVEN_NAMES
from newsstruct.people.lexicons.family_nouns import FAMILY_NOUNS
from newsstruct.people.lexicons.honorifics import HONORIFICS
from newsstruct.text.timewords import MONTHS, WEEKDAYS

__all__ = [
    "BREAKERS",
    "HONORIFIC_WORDS",
    "LEADING_TRIM",
    "LOWER_TITLES",
    "MONTH_DAY",
    "PATRONYMIC_WORDS",
    "PERSON_TRIM",
    "RELEVANT_LOWER",
    "SUFFIXES",
    "SURNAME_MONTHS",
    "SURNAME_TITLES",
    "SURNAME_VERBS",
]

#: Turkic patronymic words inside a name, after the father's name ("Tofig Ali oglu
#: Huseynov"), or ending it as Kyrgyz names do ("Bektur Tilek uulu", "Aidana Bakyt
#: kyzy"); also in :data:`~newsstruct.lexicons.name_particles.NAME_PARTICLES`.
PATRONYMIC_WORDS = frozenset(
    {"oglu", "oğlu", "ogly", "qizi", "kyzy", "uulu", "gizi", "kizi", "qızı", "gyzy", "uly"}
    | {"ugli"}
)
#: Suffixes after a surname ("Jr", "III") and regnal numerals ("King Tupou VI"; not "V" or
#: "X" or "XI", a versus, a name and a surname: "Roe v. Wade", "Malcolm X", "Xi Jinping").
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii", "xii", "xiii", "xiv"})
#: Months and weekdays, with their short forms: never inside a name ("Sept").
MONTH_DAY = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"sept", "jan", "feb", "aug", "oct", "nov"}

#: Words that split a run: never inside a person's name.
BREAKERS = (
    NOT_NAME_WORDS
    | ADDRESS_FORMS
    | OFFICIAL_TITLE_HEADS
    | PRIVATE_TITLE_HEADS
    | ORGANIZATION_WORDS
    | (DOCUMENT_WORDS - KNOWN_GIVEN_NAMES)  # "Bill Frelick": a given name first
    | GROUP_SPEAKER_WORDS
    | HONORIFICS
    | frozenset(DEMONYMS)
    | MONTH_DAY
    | {h.rstrip(".") for h in OFFICIAL_TITLE_HEADS | HONORIFICS | PRIVATE_TITLE_HEADS}
    | {h + "s" for h in OFFICIAL_TITLE_HEADS if h.isalpha()}  # "Justices R.K. Rao and ..."
)
#: Months that are also surnames: kept after a given name when no day follows.
SURNAME_MONTHS = frozenset({"may", "june", "august"})
#: Verbs of saying that are also surnames: kept, capitalised, after a given name.
SURNAME_VERBS = frozenset({"said"})
#: Title words that are also common surnames: kept after a given name ("Charlie King").
SURNAME_TITLES = frozenset({"king", "judge", "major", "marshal", "bishop", "sheriff", "mayor"})
#: Lower-case words some rule looks up (titles, joiners, particles, places, bodies);
#: any other lower-case word only needs to be there, between the words that matter.
RELEVANT_LOWER = (
    (BREAKERS - NOT_NAME_WORDS)
    | TITLE_MODIFIERS
    | PLACE_WORDS
    | NAME_PARTICLES
    | AGENCIES
    | SUFFIXES
    | {h + "s" for h in OFFICIAL_TITLE_HEADS | PRIVATE_TITLE_HEADS}
    | {"of", "the", "and", "for", "on"}
)
#: Words trimmed from the front of a run: title words and places ("State", "Shanghai")
#: unless they are also given names ("Virginia").
LEADING_TRIM = TITLE_MODIFIERS | PLACE_WORDS
#: Nouns for people trimmed from the front of a run of three words or more ("Passenger
#: Doina Tepes"); no kinship word ("Uncle Sam", "Mother Jones") nor one that opens
#: Chinese or stage names ("Fan Bingbing", "Man Yee Wong", "Boy George").
PERSON_TRIM = PERSON_NOUNS - FAMILY_NOUNS - {"fan", "man", "boy"}
#: Title heads that, written in lower case right before a run, end where its name starts.
LOWER_TITLES = OFFICIAL_TITLE_HEADS | PRIVATE_TITLE_HEADS
#: Honorifics that only a person's name follows ("Miss" also opens "Miss Universe").
HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof"})
