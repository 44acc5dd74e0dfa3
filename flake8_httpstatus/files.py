"""Which files ``fix`` looks at (found the way flake8 finds them), and reading and writing them.

Discovery follows flake8's ``discover_files``: a directory is walked for names matching the
``filename`` patterns (``*.py``), an explicitly named file is taken whatever its name, and a path is
skipped when an ``exclude`` pattern matches its basename or its absolute path (``fnmatch``); an
excluded directory is not entered. The result is sorted and without duplicates.
"""

from __future__ import annotations

import fnmatch
import os
import stat
import tempfile
from typing import Iterator, List, Sequence

DEFAULT_EXCLUDE: tuple[str, ...] = (
    ".svn", "CVS", ".bzr", ".hg", ".git", "__pycache__", ".tox", ".nox", ".eggs", "*.egg",
)
DEFAULT_FILENAME: tuple[str, ...] = ("*.py",)
STDIN = "-"


def _any_match(name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in patterns)


def is_excluded(path: str, exclude: Sequence[str]) -> bool:
    """flake8's rule: a pattern matches the basename or the absolute path."""
    if not exclude:
        return False
    basename = os.path.basename(path)
    if basename not in {".", ".."} and _any_match(basename, exclude):
        return True
    return _any_match(os.path.abspath(path), exclude)


def _walk(root: str, exclude: Sequence[str], filename: Sequence[str]) -> Iterator[str]:
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = [name for name in subdirectories
                             if not is_excluded(os.path.join(directory, name), exclude)]
        for name in files:
            path = os.path.join(directory, name)
            if not is_excluded(path, exclude) and (not filename or _any_match(path, filename)):
                yield path


def discover(paths: Sequence[str], exclude: Sequence[str], filename: Sequence[str] = DEFAULT_FILENAME,
             stdin_display_name: str = "stdin") -> List[str]:
    """The files to fix, sorted; ``-`` (stdin) stays where it was given, first."""
    found: set[str] = set()
    stdin = False
    for path in paths:
        if path == STDIN:
            stdin = stdin or stdin_display_name == "stdin" or not is_excluded(
                stdin_display_name, exclude)
            continue
        if is_excluded(path, exclude):
            continue
        if os.path.isdir(path):
            found.update(_walk(path, exclude, filename))
        else:
            found.add(path)
    return ([STDIN] if stdin else []) + sorted(found)


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
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
