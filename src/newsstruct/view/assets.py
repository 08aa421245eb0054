"""The view's own style sheet and script, and the Content-Security-Policy that admits only them.

Both ship beside this module (``view.css``, ``view.js``) and are inlined into
every page.  The policy names their SHA-256 hashes and forbids everything
else: no other script can run, not even one smuggled into the article text,
and the page fetches nothing (``default-src 'none'``).

>>> policy().startswith("default-src 'none'; ")
True
"""

from __future__ import annotations

import base64
import functools
import hashlib
from importlib import resources

__all__ = ["policy", "policy_for", "script", "style"]


@functools.cache
def style() -> str:
    """The view's CSS."""
    return _read("view.css")


@functools.cache
def script() -> str:
    """The view's JavaScript."""
    return _read("view.js")


def policy() -> str:
    """The Content-Security-Policy of a page that inlines :func:`style` and :func:`script`."""
    return policy_for(styles=(style(),), scripts=(script(),))


def policy_for(*, styles: tuple[str, ...], scripts: tuple[str, ...] = ()) -> str:
    """A policy that admits exactly these inline ``<style>`` and ``<script>`` contents."""
    style_src = " ".join(_hash(s) for s in styles) or "'none'"
    script_src = " ".join(_hash(s) for s in scripts) or "'none'"
    return (
        f"default-src 'none'; style-src {style_src}; script-src {script_src}; "
        "base-uri 'none'; form-action 'none'"
    )


def _hash(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _read(name: str) -> str:
    return resources.files("newsstruct.view").joinpath(name).read_text(encoding="utf-8")
