"""The flake8 plugin's first gate, asked of every file flake8 checks, before anything else: the
text gate's words written out (``gate_words.py``), a relative import's package, and a call of
the project's own helper with a status. Nothing here imports the tables (``positions``): a
file that fails the gate, or that the result cache answers, costs a few ``str`` searches."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Tuple

from flake8_httpstatus.gate_words import TRIGGER_WORDS

if TYPE_CHECKING:
    from flake8_httpstatus.imports import Package
    from flake8_httpstatus.positions import CallPosition

#: A relative import (``from .responses import``, ``from .. import``).
RELATIVE = re.compile(r"from\s+\.")
#: A three-digit number given as a call's argument or a list's item, or to a keyword whose name
#: says status or code (``error("x", 404)``, ``fail(code=404)``; not ``max_length=200``): what
#: a call of a project's helper with a status spells (``project`` looks for the same).
GIVEN_STATUS = r"[(,[]\s*[1-9]\d\d\b|(?:status|code)\w*\s*=\s*[1-9]\d\d\b"
_GIVEN_STATUS = re.compile(GIVEN_STATUS)
#: Looser and faster (one character class first): asked first, the exact one only where it
#: matches.
_GIVEN_NUMBER = re.compile(r"[(,=[]\s*[1-9]\d\d\b")
#: The paths that name no file (stdin, none given): nothing around them is read.
NO_FILE = frozenset({"", "stdin", "-"})


def may_trigger(text: str, extra_calls: Tuple[CallPosition, ...], path: str) -> bool:
    """``words.may_trigger(text, extra_calls, Package(path))``: from the words written out where
    no extra calls are given (the text searched once; the tables imported only for extra
    calls)."""
    if extra_calls:
        from flake8_httpstatus.imports import Package
        from flake8_httpstatus.words import may_trigger as with_tables

        return with_tables(text, extra_calls, Package(path))
    if any(word in text for word in TRIGGER_WORDS):
        return True
    if path in NO_FILE or not RELATIVE.search(text):
        return False
    from flake8_httpstatus.imports import package_of  # (``relative_package``, asked here)

    relative = package_of(path)
    return bool(relative) and any(word in relative for word in TRIGGER_WORDS)


def relative_package(text: str, package: Package) -> str:
    """The package of a module with a relative import, whose name its imports then hold without
    the text spelling it (``from .response import text`` in ``sanic/``), or "". Asked only of a
    file the text alone does not let through."""
    if package.path in NO_FILE or not RELATIVE.search(text):
        return ""
    from flake8_httpstatus.imports import package_of

    return package_of(package.path)


def may_call_project(text: str, path: str) -> bool:
    """Whether a module whose text fails ``may_hold_findings`` may still give a finding through
    a helper or class of its own project (``from .errors import error`` and ``error("x", 404)``,
    where no framework is named): it names a file, it imports from its own package (a relative
    import, or one of its top package) or stands in none, and it gives a call a three-digit
    number. Only such a module has its project read (``project.project_only``): a module of a
    big project without a status pays for a few ``str.find`` and one regex search."""
    if path in NO_FILE:
        return False
    if "from ." not in text:
        from flake8_httpstatus.imports import package_of

        top = package_of(path).partition(".")[0]
        if top and f"from {top}" not in text and f"import {top}" not in text:
            return False
    return _GIVEN_NUMBER.search(text) is not None and _GIVEN_STATUS.search(text) is not None
