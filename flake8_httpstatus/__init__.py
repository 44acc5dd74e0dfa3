"""flake8-httpstatus: HTTP status numbers checked against the registered codes."""

from __future__ import annotations

__version__ = "0.1.0"
#: The command's name, in its usage lines and errors.
PROG = "flake8-httpstatus"
