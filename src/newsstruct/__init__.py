"""newsstruct: turn a news article into structure.

>>> import newsstruct
>>> article = newsstruct.parse(
...     "Council approves harbour plan\\n\\n"
...     "By Jane Doe, Harbour Gazette\\n\\n"
...     "PORTSMOUTH — The city council approved the harbour plan on Monday after a "
...     "long debate that ran well past midnight and drew a crowd of residents.\\n"
... )
>>> article.headline.text
'Council approves harbour plan'
>>> [a.name for a in article.byline], article.dateline.location
(['Jane Doe'], 'PORTSMOUTH')
>>> article.paragraphs[0].text[:30]
'The city council approved the '
"""

from __future__ import annotations

from newsstruct._version import __version__
from newsstruct.api import parse, parse_html
from newsstruct.batch import parse_many
from newsstruct.config import Config
from newsstruct.errors import (
    ArticleDataError,
    ConfigError,
    InputTooLargeError,
    InputTypeError,
    InputValueError,
    NewsstructError,
)
from newsstruct.model import (
    Article,
    Author,
    Boilerplate,
    Dateline,
    DateMention,
    DateRange,
    Evidence,
    Organization,
    Paragraph,
    ParseWarning,
    Person,
    Published,
    Quote,
    Region,
    Reported,
    Section,
    Span,
)

__all__ = [
    "Article",
    "ArticleDataError",
    "Author",
    "Boilerplate",
    "Config",
    "ConfigError",
    "DateMention",
    "DateRange",
    "Dateline",
    "Evidence",
    "InputTooLargeError",
    "InputTypeError",
    "InputValueError",
    "NewsstructError",
    "Organization",
    "Paragraph",
    "ParseWarning",
    "Person",
    "Published",
    "Quote",
    "Region",
    "Reported",
    "Section",
    "Span",
    "__version__",
    "parse",
    "parse_html",
    "parse_many",
]
