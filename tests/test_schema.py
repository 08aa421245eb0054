"""The JSON Schema shipped in the package describes real output exactly."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given

from newsstruct import parse, parse_html
from paths import FIXTURES, ROOT
from strategies import any_text, attributed_articles

SCHEMA = json.loads(
    resources.files("newsstruct").joinpath("schema.json").read_text(encoding="utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize(
    "path",
    [
        *sorted((FIXTURES / "seeds").glob("*.txt")),
        *sorted((ROOT / "examples" / "articles").glob("*.txt")),
    ],
    ids=lambda p: p.name[:12],
)
def test_real_articles_match(path: object) -> None:
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    VALIDATOR.validate(parse(text).to_dict())
    VALIDATOR.validate(parse(text, published="2024-04-18").to_dict())


def test_html_article_matches() -> None:
    VALIDATOR.validate(parse_html((FIXTURES / "html" / "council.html").read_bytes()).to_dict())


@given(any_text | attributed_articles().map(lambda a: a.text))
def test_any_output_matches(text: str) -> None:
    VALIDATOR.validate(parse(text).to_dict())
