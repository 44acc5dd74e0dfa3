"""The flake8 plugin's first gate, asked of every file flake8 checks, before anything else: the
text gate's words written out (``gate_words.py``), a relative import's package, and a call of
the project's own helper with a status. Nothing here imports the tables (``positions``): a
file that fails the gate, or that the result cache answers, costs a few ``str`` searches."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Tuple

from flake8_httpstatus.gate_words import (
    BOTH_GROUPS,
    BOTH_WORDS,
    FINDING_ONLY_WORDS,
    TRIGGER_ONLY_WORDS,
)

if TYPE_CHECKING:
    from flake8_httpstatus.imports import Package
    from flake8_httpstatus.positions import CallPosition

#: A relative import (``from .responses import``, ``from .. import``).
RELATIVE = re.compile(r"from\s+\.")
#: A three-digit number given as a call's argument or a list's item, or to a keyword whose name
#: says status or code (``error("x", 404)``, ``fail(code=404)``; not ``max_length=200``): what
#: a call of a project's helper with a status spells (``project`` looks for the same).
GIVEN_STATUS = r"[(,[]\s*[1-9]\d\d\b|(?:status|code)\w*\s*=\s*[1-9]\d\d\b"
#: ``GIVEN_STATUS`` searched faster: a three-digit number after one character (a character
#: class first, which the regex engine skips to), then, where that character is ``=``, the name
#: before it (``_keyword_before``).
_GIVEN_NUMBER = re.compile(r"[(,=[]\s*[1-9]\d\d\b")
#: The paths that name no file (stdin, none given): nothing around them is read.
NO_FILE = frozenset({"", "stdin", "-"})


def may_hold_findings(text: str, extra_calls: Tuple[CallPosition, ...], path: str) -> bool:
    """``words.may_hold_findings(text, extra_calls, Package(path))`` from the words written out
    where no extra calls are given (no table imported): a word of a status position, a
    constant's owner or a view's framework (``words.trigger_words``), and one a finding spells
    (``words.finding_words``), in the text or in the package its relative imports resolve
    against. Asked before the result cache: a file that fails it costs the searches only, each
    word searched once (most are of both sets: ``BOTH_WORDS``)."""
    if extra_calls:
        from flake8_httpstatus.imports import Package
        from flake8_httpstatus.words import from_tables as with_tables

        return with_tables(text, extra_calls, Package(path))
    if _holds_both(text):
        return True
    trigger = any(word in text for word in TRIGGER_ONLY_WORDS)
    if trigger and any(word in text for word in FINDING_ONLY_WORDS):
        return True
    relative = _relative(text, path)
    return bool(relative) and _with_package(text, relative, trigger)


def _with_package(text: str, relative: str, trigger: bool) -> bool:
    """``may_hold_findings`` where the text alone fails: the words the package ``relative``
    holds count as the text's (``trigger``: the text holds a word of the trigger set only)."""
    if _holds_both(relative):
        return True
    return (trigger or any(word in relative for word in TRIGGER_ONLY_WORDS)) and any(
        word in text or word in relative for word in FINDING_ONLY_WORDS)


def _holds_both(text: str) -> bool:
    """Whether ``text`` holds a word of both sets: one searched alone, or one of a group whose
    shared part it holds."""
    for word in BOTH_WORDS:
        if word in text:
            return True
    for anchor, words in BOTH_GROUPS:
        if anchor in text and any(word in text for word in words):
            return True
    return False


def _relative(text: str, path: str) -> str:
    """The package of a module at ``path`` with a relative import, else "" (``relative_package``
    without the ``Package``: nothing is imported for a file without one)."""
    if path in NO_FILE or not RELATIVE.search(text):
        return ""
    return package_of(path)


def relative_package(text: str, package: Package) -> str:
    """The package of a module with a relative import, whose name its imports then hold without
    the text spelling it (``from .response import text`` in ``sanic/``), or "". Asked only of a
    file the text alone does not let through."""
    return _relative(text, package.path)


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
        top = package_of(path).partition(".")[0]
        if top and f"from {top}" not in text and f"import {top}" not in text:
            return False
    return gives_status(text)


def gives_status(text: str) -> bool:
    """Whether ``GIVEN_STATUS`` occurs in ``text``."""
    for number in _GIVEN_NUMBER.finditer(text):
        start = number.start()
        if text[start] != "=" or _keyword_before(text, start):
            return True
    return False


def _keyword_before(text: str, end: int) -> bool:
    """Whether the word before ``end`` (spaces between) holds ``status`` or ``code``: what
    ``(?:status|code)\\w*\\s*`` matches there (``\\w`` and ``\\s`` are ``str.isalnum``
    or ``_`` and ``str.isspace``)."""
    while end and text[end - 1].isspace():
        end -= 1
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    word = text[start:end]
    return "status" in word or "code" in word


@lru_cache(maxsize=256)
def _dotted_directory(directory: str) -> str:
    """The dotted name of the package ``directory`` is (its folders with an ``__init__.py``, up
    from it), or "" where it holds none."""
    names = []
    while os.path.isfile(os.path.join(directory, "__init__.py")):
        parent, name = os.path.split(directory)
        if not name.isidentifier() or parent == directory:
            break
        names.append(name)
        directory = parent
    return ".".join(reversed(names))


def package_of(path: str) -> str:
    """The package the module at ``path`` belongs to (``sanic.response`` for
    ``.../sanic/response/types.py`` and for ``.../sanic/response/__init__.py``), "" where it is in
    none or the path names no file. Asked where a module has a relative import, or imports from
    no package of its own name (``may_call_project``); here, as every run loads this module
    first (``imports`` takes it from here)."""
    if path in NO_FILE:
        return ""
    return _dotted_directory(os.path.dirname(os.path.abspath(path)))
