"""``python -m flake8_httpstatus fix PATH...``"""

from __future__ import annotations

import sys

from flake8_httpstatus.fix.cli import main

if __name__ == "__main__":
    sys.exit(main())
