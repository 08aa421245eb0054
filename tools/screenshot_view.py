"""Make the documentation's screenshot of the annotated view, in headless Chromium.

    .venv/bin/python tools/screenshot_view.py            # writes docs/images/annotated-view.png

Renders ``examples/articles/harbour_council.txt`` with ``newsstruct.view.to_html``
and focuses its first quote, so that it shows its details.  Uses the browser test's driver (``tests/headless.py``); needs
Debian's ``chromium`` (``apt-get install chromium``) or another Chromium on PATH.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import tempfile

import newsstruct
from newsstruct.view import to_html

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import headless  # noqa: E402

ARTICLE = ROOT / "examples" / "articles" / "harbour_council.txt"
OUTPUT = ROOT / "docs" / "images" / "annotated-view.png"
#: Focus the first quote without scrolling (a #fragment would scroll the page).
FOCUS = 'document.querySelector("mark.quote").focus({ preventScroll: true });'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=pathlib.Path, default=OUTPUT)
    parser.add_argument("--size", default="1200x1040", help="window WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    browser = headless.find_browser()
    if browser is None:
        print("no Chromium on PATH: apt-get install chromium", file=sys.stderr)
        return 1
    width, height = (int(n) for n in args.size.split("x"))
    article = newsstruct.parse(ARTICLE.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as scratch:
        page = pathlib.Path(scratch) / "view.html"
        html = headless.with_script(to_html(article, name=ARTICLE.name), FOCUS)
        page.write_text(html, encoding="utf-8")
        shown = headless.render(browser, page, size=(width, height))
    if shown.console:
        print("\n".join(shown.console), file=sys.stderr)
        return 1
    args.output.write_bytes(shown.screenshot)
    print(f"wrote {args.output} ({len(shown.screenshot):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
