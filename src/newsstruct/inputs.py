"""Checks on what the caller passed in: the only place newsstruct raises.

>>> from newsstruct.inputs import coerce_published
>>> coerce_published("2024-04-18")
datetime.date(2024, 4, 18)
>>> coerce_published(None) is None
True
"""

from __future__ import annotations

import datetime as dt

from newsstruct.config import Config
from newsstruct.errors import InputTooLargeError, InputTypeError, InputValueError

__all__ = ["check_config", "check_text", "coerce_published"]


def check_text(text: object, config: Config) -> str:
    """``text`` itself when it is a ``str`` within ``config.max_chars``; raise otherwise."""
    if isinstance(text, bytes | bytearray | memoryview):
        raise InputTypeError(
            "parse() takes str, got bytes: decode it first (text = data.decode('utf-8')) "
            "or, for an HTML page, call newsstruct.parse_html(data)"
        )
    if not isinstance(text, str):
        raise InputTypeError(f"parse() takes the article text as str, got {type(text).__name__}")
    if len(text) > config.max_chars:
        raise InputTooLargeError(
            f"text has {len(text):,} characters, more than Config.max_chars={config.max_chars:,}; "
            "split it, or pass config=Config(max_chars=...) to allow more"
        )
    return text


def check_config(config: object) -> Config:
    """``config`` itself, or the default when it is ``None``."""
    if config is None:
        return Config()
    if not isinstance(config, Config):
        raise InputTypeError(
            f"config must be a newsstruct.Config, got {type(config).__name__}; "
            "build one with newsstruct.Config(...)"
        )
    return config


def coerce_published(published: object) -> dt.date | None:
    """A ``date``, ``datetime`` or ISO ``YYYY-MM-DD`` string as a ``date``; ``None`` stays ``None``."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        try:
            return dt.datetime.fromisoformat(published.strip()).date()
        except ValueError:
            raise InputValueError(
                f"published={published!r} is not an ISO date; give 'YYYY-MM-DD' or a datetime.date"
            ) from None
    raise InputTypeError(
        f"published must be a datetime.date, datetime.datetime or 'YYYY-MM-DD' str, "
        f"got {type(published).__name__}"
    )
