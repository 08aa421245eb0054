"""The one frozen configuration object every stage receives.

>>> from newsstruct import Config
>>> Config().max_chars
5000000
>>> Config(max_chars=100).max_chars
100
"""

from __future__ import annotations

import attrs

from newsstruct.errors import ConfigError

__all__ = ["DEFAULT_CONFIG", "Config"]


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigError(
            f"Config.{attribute.name} must be a positive int, got {value!r}; "
            f"leave it out to use the default {attribute.default!r}"
        )


@attrs.frozen(kw_only=True)
class Config:
    """Limits and thresholds of the rule-based stages.

    The defaults are what the evaluation figures in the docs were measured
    with; change them only when your texts are known to differ.
    """

    #: Longest text :func:`newsstruct.parse` accepts; longer input raises
    #: :class:`~newsstruct.errors.InputTooLargeError` instead of running for minutes.
    max_chars: int = attrs.field(default=5_000_000, validator=_positive)
    #: Longest page :func:`newsstruct.parse_html` accepts, in characters (bytes when
    #: given bytes), checked before the page is decoded or parsed: trafilatura's time
    #: grows faster than the page (a 50 MB page took minutes and gigabytes).  The
    #: page's *text*, outside scripts and styles, is held to ``max_chars``.
    max_html_chars: int = attrs.field(default=20_000_000, validator=_positive)
    #: How many non-blank lines at the top may form the header
    #: (kicker, headline, deck, byline, printed date) before the body must start.
    header_max_lines: int = attrs.field(default=10, validator=_positive)
    #: A headline has at most this many words.
    headline_max_words: int = attrs.field(default=30, validator=_positive)
    #: A deck (standfirst) under the headline has at most this many words.
    deck_max_words: int = attrs.field(default=25, validator=_positive)
    #: An in-body section heading has at most this many words.
    heading_max_words: int = attrs.field(default=12, validator=_positive)


DEFAULT_CONFIG = Config()
