"""Drive a headless Chromium from Python: the DOM after scripts ran, the console, a screenshot.

One browser run loads a local page with ``--dump-dom`` and ``--screenshot``
and logs the page's console to standard error (``--enable-logging=stderr``),
in a fresh profile, with networking features off.  Used by the browser test
and by ``tools/screenshot_view.py``.
"""

from __future__ import annotations

import base64
import hashlib
import os
import pathlib
import shutil
import struct
import subprocess
import tempfile
import zlib

import attrs

__all__ = ["BROWSERS", "Rendered", "find_browser", "render", "varied_rows", "with_script"]

#: Browser commands tried in turn (``NEWSSTRUCT_BROWSER`` names another).
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--enable-logging=stderr",
    "--v=0",
)


@attrs.frozen
class Rendered:
    """What the browser made of a page."""

    dom: str
    console: tuple[str, ...]
    screenshot: bytes
    log: str


def find_browser() -> str | None:
    """The path of a Chromium-family browser, or None when there is none."""
    named = os.environ.get("NEWSSTRUCT_BROWSER")
    for command in (named, *BROWSERS) if named else BROWSERS:
        found = shutil.which(command)
        if found is not None:
            return found
    return None


def render(
    browser: str, page: pathlib.Path, *, fragment: str = "", size: tuple[int, int] = (1280, 1600)
) -> Rendered:
    """Load ``page`` (a local file) once: its DOM, its console lines, and a PNG screenshot."""
    with tempfile.TemporaryDirectory(prefix="newsstruct-browser-") as scratch:
        shot = pathlib.Path(scratch) / "shot.png"
        command = [
            browser,
            *FLAGS,
            f"--user-data-dir={pathlib.Path(scratch) / 'profile'}",
            f"--window-size={size[0]},{size[1]}",
            f"--screenshot={shot}",
            "--dump-dom",
            page.resolve().as_uri() + (f"#{fragment}" if fragment else ""),
        ]
        done = subprocess.run(command, capture_output=True, timeout=120, check=False)
        log = done.stderr.decode("utf-8", "replace")
        if done.returncode != 0 or not shot.is_file():
            raise RuntimeError(f"{browser} failed (exit {done.returncode}):\n{log[-3000:]}")
        console = tuple(line for line in log.splitlines() if ":CONSOLE" in line)
        return Rendered(done.stdout.decode("utf-8", "replace"), console, shot.read_bytes(), log)


def with_script(page: str, script: str) -> str:
    """A view ``page`` with ``script`` run at its end, admitted by the page's policy (its hash)."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    assert page.count("script-src ") == 1 and page.count("</body>") == 1
    page = page.replace("script-src ", f"script-src 'sha256-{digest}' ")
    return page.replace("</body>", f"<script>{script}</script></body>")


def varied_rows(png: bytes) -> tuple[int, int]:
    """(rows that are not one flat colour, all rows) of an 8-bit, non-interlaced PNG.

    Rows are judged on their filtered bytes, without undoing the filters: a row
    of one colour filters to at most ``channels + 2`` distinct byte values
    whichever PNG filter was used, so a row with many more holds real content.
    """
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, data, header = 8, bytearray(), b""
    while position < len(png):
        length, kind = struct.unpack(">I4s", png[position : position + 8])
        body = png[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            data += body
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    assert depth == 8 and interlace == 0, (depth, interlace)
    raw = zlib.decompress(bytes(data))
    stride = width * channels + 1
    varied = sum(
        len(set(raw[row * stride + 1 : (row + 1) * stride])) > channels + 8 for row in range(height)
    )
    return varied, height
