"""The shared text primitives: one answer for sentence edges, everywhere."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsstruct.text.sentences import (
    ends_sentence,
    has_two_sentences,
    sentence_end,
    sentence_start,
)

#: (text, whether the point after the abbreviation ends a sentence)
ABBREVIATION_EDGES = [
    ("She grew up in Fresno, Calif. The family moved away in 1990.", True),
    ("The Fresno, Calif. firm said it would appeal.", False),
    ("He was promoted to Adm. He retired a year later.", True),
    ("Adm. Lisa Franchetti said the fleet was ready.", False),
    ("The plant was built in the U.S. The parts came from Mexico.", True),
    ("The U.S. Senate passed the bill on Tuesday.", False),
    ("The bill was signed by the Gov. But the courts blocked it.", True),
    ("Gov. Gavin Newsom signed the bill on Tuesday.", False),
]


@pytest.mark.parametrize(("text", "ends"), ABBREVIATION_EDGES)
def test_abbreviations_at_sentence_end_and_mid_sentence(text: str, ends: bool) -> None:
    point = text.index(". ") if not text.startswith(("Adm.", "Gov.")) else text.index(".")
    if "U.S." in text:
        point = text.index("U.S.") + 3
    assert ends_sentence(text, point) is ends
    assert has_two_sentences(text) is ends
    second = point + 1  # sentence_start is the offset right after the point
    # the sentence modules agree: where the second sentence starts, and where the first ends
    assert (sentence_start(text, 0, len(text) - 1) == second) is ends
    assert (sentence_end(text, 0, len(text)) == point) is ends


def test_marks_after_a_point_and_odd_endings() -> None:
    assert ends_sentence("He left.", 7)
    assert ends_sentence("Sen. J. Doe (D-Wis.) spoke.", 26)
    assert not ends_sentence("Sen. J. Doe (D-Wis.) spoke.", 18)  # "(D-Wis.)"
    assert not ends_sentence("Acme Inc., the maker", 8)
    assert ends_sentence("He moved to the U.S.", 19)  # the end of the text
    assert ends_sentence("Really? Yes.", 6)


@given(st.text(alphabet=" .aAbB\n'”", max_size=60))
def test_sentence_edges_stay_inside_the_text(text: str) -> None:
    end = sentence_end(text, 0, len(text))
    start = sentence_start(text, 0, len(text))
    assert 0 <= start <= len(text) and 0 <= end <= len(text)
    for i, ch in enumerate(text):
        if ch == ".":
            ends_sentence(text, i)  # never raises, whatever surrounds the point


def test_a_long_dotted_run_is_read_in_linear_time() -> None:
    """Each point looks back a bounded number of characters for its word."""
    text = "a." * 50_000
    assert sentence_end(text, 0, len(text)) < 20


#: Pieces of text around speech cues: cue words in any case, runs cut by
#: punctuation, hyphens and odd letters, and lengths that index and that do not.
_CUE_PIECES = st.sampled_from(
    ["said", "Said", "SAID", "according", " to", "told", "added", "says", "unsaid", "said-",
     "-said", "in a statement", " ", "  ", ",", ".", "\n", "“", "’", "é", "İ", "ſ", "x", "2",
     "the", " said ", " told ", "\u0301", "\ua7cb"]
)  # fmt: skip


def _cues_word_by_word(text: str, pos: int, end: int) -> list[tuple[int, str]]:
    """The reference: at every run of letters whose lower case opens a cue, the full
    alternation of the lexicon tried."""
    import regex

    from newsstruct.lexicons.speech_verbs import SPEECH_CUES
    from newsstruct.text.cues import SPEECH_CUE

    openers = {cue.split()[0] for cue in SPEECH_CUES}
    full = regex.compile(SPEECH_CUE.pattern, regex.I)
    out, after = [], pos
    for word in regex.finditer(r"\p{L}+", text[:end], pos=pos):
        if word.start() < after or word.group().lower() not in openers:
            continue
        found = full.match(text, word.start(), end)
        if found is not None:
            out.append((found.start(), found.group()))
            after = found.end()
    return out


@given(st.booleans(), st.lists(_CUE_PIECES, max_size=100), st.data())
def test_cue_index_finds_what_a_scan_word_by_word_finds(
    long: bool, pieces: list[str], data: st.DataObject
) -> None:
    """Short texts are scanned word by word, long ones (padded here) indexed once and
    read by every window of the same text."""
    from newsstruct.text.cues import SPEECH_CUE

    pieces = ["the " * 130, *pieces] if long else pieces
    text = "".join(pieces)
    edges = [sum(map(len, pieces[:i])) for i in range(len(pieces) + 1)]  # between pieces
    windows = [(0, len(text))]
    for _ in range(3):
        pos = data.draw(st.sampled_from(edges) | st.integers(0, len(text)))
        end = data.draw(
            st.sampled_from([e for e in edges if e >= pos]) | st.integers(pos, len(text))
        )
        windows.append((pos, end))
    for pos, end in windows:
        found = [(m.start(), m.group()) for m in SPEECH_CUE.finditer(text, pos, end)]
        assert found == _cues_word_by_word(text, pos, end)
        first = SPEECH_CUE.search(text[:end] + " ", pos)  # a text not indexed
        assert (first and (first.start(), first.group())) == (found[0] if found else None)


@pytest.mark.parametrize("text", ["ſaid", "İNSISTED", "SAID"])
def test_a_cue_matched_where_case_folding_differs_from_lower_case(text: str) -> None:
    """``match`` reads a cue as the full pattern does, case folding included."""
    import regex

    from newsstruct.text.cues import SPEECH_CUE

    expected = regex.compile(SPEECH_CUE.pattern, regex.I).match(text)
    found = SPEECH_CUE.match(text)
    assert expected is not None and found is not None and found.group() == expected.group()


def test_negative_offsets_read_as_slice_bounds() -> None:
    from newsstruct.text.cues import SPEECH_CUE

    text = "He said so. " * 50 + "She told me."
    found = [m.span() for m in SPEECH_CUE.finditer(text, -12)]
    assert found == [(len(text) - 8, len(text) - 4)]
    assert [m.span() for m in SPEECH_CUE.finditer(text, 0, -5)][-1] == (
        len(text) - 21,
        len(text) - 17,
    )


@pytest.mark.parametrize("pad", ["", "the " * 130])  # scanned, and indexed
def test_a_window_that_cuts_a_word_sees_the_cut_word(pad: str) -> None:
    from newsstruct.text.cues import SPEECH_CUE

    text = pad + "they saidx it"
    end = text.index("saidx") + 4
    expected = _cues_word_by_word(text, 0, end)
    assert [(m.start(), m.group()) for m in SPEECH_CUE.finditer(text, 0, end)] == expected
    assert expected == [(len(pad) + 5, "said")]


@pytest.mark.parametrize(
    "tail",
    ["x2said it", "İ said it", "said—and told", "(said) it", "they saidx", "so-said he"],
)
def test_cue_index_examples_read_as_word_by_word(tail: str) -> None:
    """Cue openers found only inside words holding a digit or a dash, after a letter that
    lower case lengthens (İ), or cut by the end of the window."""
    from newsstruct.text.cues import SPEECH_CUE

    text = "the " * 130 + tail  # long enough to be indexed
    for end in (len(text), len(text) - 1, len(text) - 3):
        found = [(m.start(), m.group()) for m in SPEECH_CUE.finditer(text, 0, end)]
        assert found == _cues_word_by_word(text, 0, end)
        first = SPEECH_CUE.search(text[:end])  # a copy: not indexed, read up to the cue
        assert (first and (first.start(), first.group())) == (found[0] if found else None)
