"""Which files ``fix`` looks at, and reading and writing them.

The files are found by flake8's own ``discover_files.expand_paths``: a directory is walked for
names matching the ``filename`` patterns (``*.py``), an explicitly named file is taken whatever
its name, and a path is skipped when an ``exclude`` pattern matches its basename or its absolute
path. The result is sorted and without duplicates, ``-`` (stdin) first.
"""

from __future__ import annotations

import os
import stat
import tempfile
from typing import List, Sequence

from flake8.discover_files import expand_paths

from flake8_httpstatus.filecache import removed_on_failure

DEFAULT_EXCLUDE: tuple[str, ...] = (
    ".svn", "CVS", ".bzr", ".hg", ".git", "__pycache__", ".tox", ".nox", ".eggs", "*.egg",
)
DEFAULT_FILENAME: tuple[str, ...] = ("*.py",)
STDIN = "-"


def discover(paths: Sequence[str], exclude: Sequence[str], filename: Sequence[str] = DEFAULT_FILENAME,
             stdin_display_name: str = "stdin") -> List[str]:
    """The files to fix, sorted; ``-`` (stdin) first, unless its display name is excluded."""
    found = set(expand_paths(paths=paths, stdin_display_name=stdin_display_name,
                             filename_patterns=filename, exclude=exclude))
    stdin = [STDIN] if STDIN in found else []
    return stdin + sorted(found - {STDIN})


def read_bytes(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def write_atomic(path: str, data: bytes) -> None:
    """Replace the file's content: a temporary file beside it, the same mode, ``os.replace``.

    A symbolic link is followed (its target is rewritten, the link stays a link).
    """
    target = os.path.realpath(path)
    directory = os.path.dirname(target) or "."
    mode = stat.S_IMODE(os.stat(target).st_mode)
    descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=".flake8-httpstatus-",
                                             suffix=".tmp")
    with removed_on_failure(temporary):
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
