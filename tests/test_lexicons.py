"""Every lexicon is data: a module-level frozenset (or dict) literal, lowercase,
sorted in its source and free of duplicates, with a docstring."""

from __future__ import annotations

import ast
import importlib
import pathlib
import pkgutil

import pytest

import newsstruct

PACKAGE_DIR = pathlib.Path(newsstruct.__file__).parent
#: Every ``lexicons`` package: the shared one and each stage's own.
LEXICON_DIRS = sorted(PACKAGE_DIR.rglob("lexicons"))
#: Dotted module names of every lexicon module ("newsstruct.dates.lexicons.holidays").
MODULES = sorted(
    ".".join(("newsstruct", *d.relative_to(PACKAGE_DIR).parts, m.name))
    for d in LEXICON_DIRS
    for m in pkgutil.iter_modules([str(d)])
    if not m.name.startswith("_")
)


def _literal_entries(node: ast.expr) -> list[str] | None:
    """The string entries of ``frozenset({...})`` or the keys of ``{...}``, in source order."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "frozenset":
        if len(node.args) != 1 or not isinstance(node.args[0], ast.Set):
            return None
        elts = node.args[0].elts
    elif isinstance(node, ast.Dict):
        elts = [k for k in node.keys if k is not None]
    else:
        return None
    return [e.value for e in elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]


def _lexicons(module_name: str) -> dict[str, list[str]]:
    path = PACKAGE_DIR.joinpath(*module_name.split(".")[1:]).with_suffix(".py")
    source = path.read_text(encoding="utf-8")
    found: dict[str, list[str]] = {}
    for stmt in ast.parse(source).body:
        if isinstance(stmt, ast.Assign | ast.AnnAssign):
            target = stmt.targets[0] if isinstance(stmt, ast.Assign) else stmt.target
            entries = _literal_entries(stmt.value) if stmt.value is not None else None
            if entries is not None and isinstance(target, ast.Name):
                found[target.id] = entries
    return found


def test_there_are_lexicons() -> None:
    assert len(MODULES) >= 5


@pytest.mark.parametrize("module_name", MODULES)
def test_lexicon_module_is_documented_data(module_name: str) -> None:
    module = importlib.import_module(module_name)
    assert module.__doc__ and len(module.__doc__.split()) >= 10, "say what it holds and where from"
    lexicons = _lexicons(module_name)
    assert lexicons, f"{module_name} holds no frozenset or dict literal"
    for name, entries in lexicons.items():
        assert entries, f"{module_name}.{name} is empty"
        assert entries == [e.lower() for e in entries], f"{module_name}.{name} is not lowercase"
        assert entries == sorted(entries), f"{module_name}.{name} is not sorted in its source"
        assert len(entries) == len(set(entries)), f"{module_name}.{name} has duplicates"
        assert all(e == e.strip() and e for e in entries), f"{module_name}.{name} has blank edges"
