"""The project around a checked module: the helpers and subclasses of the modules it imports from
its own project (``from .errors import error``, ``from myapp.http import APIError``), as call rows
under their absolute names, so that the module's calls of them are status positions as a call
of its own helpers is (``model.py``).

An imported module is found by path, from the checked file's (``imports.package_of``: the
folders with an ``__init__.py`` above it name the project's root; a file in no package looks
beside itself), read at most once per run (its summary kept by path, size and modification time)
and summarised from its ``ast`` by ``model.summarise``, the same summary (of the same call rows)
a checked module's own helpers get. Only a module that passes the text gate itself is
summarised (a helper's slot is a call its text spells), and only the names the checked module
calls (``error(``); a helper imported through a module that only passes it on is not followed.
Only a checked module that passes the text gate reads its project (on both checker paths alike).
"""

from __future__ import annotations

import ast
import os
import re
from functools import lru_cache
from typing import Dict, FrozenSet, Iterator, Optional, Set, Tuple

from flake8_httpstatus import positions as pos
from flake8_httpstatus.imports import ImportMap, Package, ast_bindings, imported_modules, package_of
from flake8_httpstatus.model import Hot
from flake8_httpstatus.views import _child_statements

Rows = Tuple[pos.CallPosition, ...]
#: (path, size, mtime, extra calls) -> what the run knows of the module
_MODULES: Dict[Tuple[str, int, int, Rows], _Module] = {}
#: The names a module defines (a function's or class's name after ``def``/``class``).
_DEFINED = re.compile(r"(?:def|class)\s+(\w+)")
#: A status a call may be given: a three-digit number, or a constant's owner.
_STATUS_NEAR = re.compile(r"\b[1-9]\d\d\b|HTTPStatus|status\.|codes\.")
_NO_FILE = ("", "stdin", "-")


def _root(path: str) -> str:
    """The directory the project's modules are named from."""
    directory = os.path.dirname(os.path.abspath(path))
    for _ in package_of(path).split(".") if package_of(path) else ():
        directory = os.path.dirname(directory)
    return directory


@lru_cache(maxsize=4096)
def _file(root: str, module: str) -> Optional[str]:
    base = os.path.join(root, *module.split("."))
    for candidate in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.isfile(candidate):
            return os.path.abspath(candidate)
    return None


def _imports(tree: ast.Module, path: str) -> ImportMap:
    """The module's import map (its statements only are walked, as the prefilter's)."""
    imports: ImportMap = {}
    package = Package(path)
    stack: list[ast.stmt] = list(tree.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            imports.update(ast_bindings(node, package))
        elif not isinstance(node, (ast.Expr, ast.Assign, ast.Return, ast.AugAssign)):
            stack.extend(_child_statements(node))
    return imports


def _hot(text: str, imports: ImportMap, extra_calls: Rows) -> Hot:
    """The lines of the module that spell a slot's callee (``model.summarise`` reads only the
    functions holding one), as the prefilter finds them in a checked module."""
    from flake8_httpstatus.lines import split_lines
    from flake8_httpstatus.words import hot_lines, hot_words

    lines = split_lines(text)
    words = hot_words(extra_calls, frozenset(imported_modules(imports)), frozenset(imports))
    return text, lines, hot_lines(text, lines, words)


class _Module:
    """What a run knows of a project module: the names it defines (``def``/``class``), whether
    its text passes the text gate, and its summary once a name it defines is asked for."""

    __slots__ = ("defined", "gated", "rows")

    def __init__(self, defined: FrozenSet[str], gated: bool) -> None:
        self.defined = defined
        self.gated = gated
        self.rows: Optional[Dict[str, Rows]] = None


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as file:
        return file.read()


def _summary(path: str, extra_calls: Rows, name: str) -> Dict[str, Rows]:
    """The rows of a module's helpers and classes by their names in it; none where it defines
    no function or class ``name`` (it passes it on) or cannot hold any. Its text is read once
    (twice where a second name it defines is asked for after its summary was not made)."""
    try:
        stat = os.stat(path)
        key = (path, stat.st_size, stat.st_mtime_ns, extra_calls)
        known = _MODULES.get(key)
        text = None
        if known is None:
            text = _read(path)
            known = _MODULES[key] = _Module(frozenset(_DEFINED.findall(text)), _gated(
                text, path, extra_calls))
        if not known.gated or name not in known.defined:
            return {}
        if known.rows is None:
            known.rows = _rows(text if text is not None else _read(path), path, extra_calls)
        return known.rows
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError, RecursionError):
        return {}


def _gated(text: str, path: str, extra_calls: Rows) -> bool:
    from flake8_httpstatus.words import may_hold_findings

    return may_hold_findings(text, extra_calls, Package(path))


def _rows(text: str, path: str, extra_calls: Rows) -> Dict[str, Rows]:
    from flake8_httpstatus.model import summarise

    tree = ast.parse(text)
    imports = _imports(tree, path)
    found: Dict[str, Rows] = {}
    for row in summarise(tree, imports, extra_calls, _hot(text, imports, extra_calls)).rows:
        found[row.callee] = (*found.get(row.callee, ()), row)
    return found


def _called(imports: ImportMap, text: str, root: str, path: str
            ) -> Iterator[Tuple[str, str, str]]:
    """(module file, module, name in it) of each ``from`` import of a module of the project
    that the text calls by its name with a three-digit number or a status constant's owner in
    the call's first 200 characters (``error("no such item", 404)``): only those can give a
    finding here."""
    here = os.path.abspath(path)
    for local, target in imports.items():
        module, _, name = target.rpartition(".")
        file = _file(root, module) if module else None
        if file is None or file == here:
            continue
        start = text.find(f"{local}(")
        while start != -1:
            if _STATUS_NEAR.search(text, start, start + 200):
                yield file, module, name
                break
            start = text.find(f"{local}(", start + 1)


#: The project's module files each checked path's findings depend on (read by the plugin's
#: result cache by path, ``filecache``, which keeps an entry only while they are unchanged).
CONSULTED: Dict[str, Set[str]] = {}


def project_rows(path: str, imports: ImportMap, text: str, extra_calls: Rows = ()) -> Rows:
    """The call rows of the project's helpers and subclasses the module imports, under their
    absolute names (``myapp.errors.error``)."""
    if path in _NO_FILE:
        return ()
    rows: list[pos.CallPosition] = []
    consulted = CONSULTED.setdefault(path, set())
    for file, module, name in _called(imports, text, _root(path), path):
        consulted.add(file)
        for row in _summary(file, extra_calls, name).get(name, ()):
            rows.append(row._replace(callee=f"{module}.{name}"))
    return tuple(rows)
