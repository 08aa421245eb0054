"""``python -m newsstruct``: the same as the ``newsstruct`` command."""

from __future__ import annotations

import sys

from newsstruct.cli import main

if __name__ == "__main__":
    sys.exit(main())
