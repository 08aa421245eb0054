"""Errors raised for a caller's mistakes.

Missing data is never an error: a field the text does not give is ``None`` or
``()``.  These exceptions are raised only when the *call* is wrong, and each is
also the builtin a Python programmer would catch for that mistake, so both
``except newsstruct.NewsstructError`` and ``except TypeError`` work.

>>> import newsstruct
>>> try:
...     newsstruct.parse(b"bytes")
... except TypeError as exc:
...     print(type(exc).__name__)
InputTypeError
"""

from __future__ import annotations

__all__ = [
    "ArticleDataError",
    "ConfigError",
    "InputTooLargeError",
    "InputTypeError",
    "InputValueError",
    "NewsstructError",
]


class NewsstructError(Exception):
    """Base class of every error newsstruct raises on purpose."""


class InputTypeError(NewsstructError, TypeError):
    """An argument has the wrong type (for example ``bytes`` given to ``parse``)."""


class InputValueError(NewsstructError, ValueError):
    """An argument has the right type but an invalid value (for example ``published``)."""


class InputTooLargeError(InputValueError):
    """The text is longer than ``Config.max_chars``."""


class ConfigError(NewsstructError, ValueError):
    """A :class:`~newsstruct.Config` field holds an invalid value."""


class ArticleDataError(InputValueError, TypeError):
    """Data given to :meth:`~newsstruct.Article.from_dict` (or ``from_json``) does not
    describe an Article: a key is missing, unknown or of the wrong type, or a span
    does not index the article's text.  The message names the key
    (``quotes[3].start``).  It is both a ``ValueError`` and a ``TypeError``, so
    either ``except`` catches it.
    """
