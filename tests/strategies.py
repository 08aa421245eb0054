"""Hypothesis strategies shared by the test suite.

Each stage adds its generators in its own section below.  Generators that
build synthetic articles return the text *and* its ground truth, so a property
can check that parsing recovers what was generated.
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["any_text"]

#: Any text at all, weighted towards characters that matter to the parser:
#: quote marks, dashes, newlines, NBSP, digits and capitals.
any_text = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(list("\"'“”‘’«»—–-:.,\n\r\t\u00a0 ABCXYZabc0123456789()|")),
    ),
    max_size=400,
)
