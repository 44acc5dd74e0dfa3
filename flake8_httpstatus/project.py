"""The project around a checked module: the helpers and subclasses of the modules it imports from
its own project (``from .errors import error``, ``from myapp.http import APIError``, ``from . import
errors`` then ``errors.error(404)``), as call rows under their absolute names, so that the module's
calls of them are status positions as a call of its own helpers is (``model.py``); and the helper
methods of a project class it subclasses (``class ItemTests(APITestCase)`` then
``self.assert_status(404, url)``), as rows under ``<class>.<self>.<method>`` (``METHOD``), a
name no call spells, which the module's summary reads for its own subclasses.

An imported module is found by path, from the checked file's (``imports.package_of``: the
folders with an ``__init__.py`` above it name the project's root; a file in no package looks
beside itself), read at most once per run (what is known of it kept by path, size and
modification time) and summarised from its ``ast`` by ``model.summarise``, the same summary (of
the same call rows) a checked module's own helpers get. A name a module does not define but
imports (``from .errors import error`` in a package's ``__init__.py``, or ``from .errors import
*``) is followed to the module that defines it, at most ``MAX_HOPS`` imports away, each module
visited once per name (a cycle ends). Only a module that passes the text gate itself is
summarised (a helper's slot is a call its text spells), and only for the names the checked module
calls with a status (``error("x", 404)``: a status near the call in its text, then in one call's
own arguments in its ``ast``, ``project_calls``) or subclasses; a helper of a helper in a third
module, or a base class's own project base in a third module, is not followed.
"""

from __future__ import annotations

import ast
import os
import re
from functools import lru_cache
from typing import Callable, Dict, FrozenSet, Iterator, List, Optional, Set, Tuple

from flake8_httpstatus import positions as pos
from flake8_httpstatus.gate import GIVEN_STATUS
from flake8_httpstatus.imports import (
    NO_FILE,
    ImportMap,
    Package,
    ast_bindings,
    imported_modules,
    package_of,
)
from flake8_httpstatus.model import METHOD, Hot
from flake8_httpstatus.project_calls import Spelled, confirmed, lines_of
from flake8_httpstatus.views import _child_statements

Rows = Tuple[pos.CallPosition, ...]
#: (path, size, mtime, extra calls) -> what the run knows of the module
_MODULES: Dict[Tuple[str, int, int, Rows], _Module] = {}
#: The names a module defines (a function's or class's name after ``def``/``class``).
_DEFINED = re.compile(r"(?:def|class)\s+(\w+)")
#: A status a call may be given: a three-digit number as an argument (not ``max_length=200``:
#: a keyword only where its name says status or code), or a constant's owner.
_STATUS_NEAR = re.compile(GIVEN_STATUS + r"|HTTPStatus|status\.|codes\.")
#: What follows a project name where it is called: ``(``, or attributes then ``(``
#: (``errors.error(``).
_CALLED = re.compile(r"((?:\.\w+)*)\(")
#: A class statement: its name and bases (read where the text holds a class).
_CLASS_HEAD = re.compile(r"class\s+(\w+)\s*\(([^)]*)\)")
#: What a subclass spells where it gives its base's slot a status: ``super().__init__(409``,
#: ``self.abort_with(404`` (its own calls, ``Conflict(409)``, are looked for by its name).
_SUBCLASS_USE = re.compile(r"(?:super\(\)\.__init__|self\.\w+|cls\.\w+)\([^()]{0,200}?"
                           r"(?:\b[1-9]\d\d\b|HTTPStatus|status\.|codes\.)")
#: How many imports a re-exported name is followed through (``from pkg import error`` where
#: ``pkg/__init__.py`` imports it from ``pkg/errors.py`` is one).
MAX_HOPS = 3
#: A project module larger than this is not read (its helpers are not known).
MAX_BYTES = 2_000_000


def _root(path: str) -> str:
    """The directory the project's modules are named from."""
    directory = os.path.dirname(os.path.abspath(path))
    for _ in package_of(path).split(".") if package_of(path) else ():
        directory = os.path.dirname(directory)
    return directory


@lru_cache(maxsize=4096)
def _file(root: str, module: str) -> Optional[str]:
    if not module:
        return None
    base = os.path.join(root, *module.split("."))
    for candidate in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.isfile(candidate):
            return os.path.abspath(candidate)
    return None


def _statements(tree: ast.Module) -> Iterator[ast.stmt]:
    """The module's statements, nested ones too, in source order (a name imported twice is
    bound by the later import, as the prefilter reads it)."""
    stack: list[ast.stmt] = list(reversed(tree.body))
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, (ast.Expr, ast.Assign, ast.Return, ast.AugAssign, ast.Import,
                                 ast.ImportFrom)):
            stack.extend(reversed(_child_statements(node)))


def imports_of(tree: ast.Module, path: str) -> ImportMap:
    """The module's import map (its statements only are walked, as the prefilter's)."""
    imports: ImportMap = {}
    package = Package(path)
    for node in _statements(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            imports.update(ast_bindings(node, package))
    return imports


def _stars(tree: ast.Module, path: str) -> Tuple[str, ...]:
    """The modules the module's ``from ... import *`` statements name (absolute)."""
    package = Package(path)
    found = []
    for node in tree.body:  # (a star import is allowed at module level only)
        if isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names):
            module = node.module if not node.level else package.resolve(node.level, node.module)
            if module:
                found.append(module)
    return tuple(found)


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
    its text passes the text gate, its summary once a name it defines is asked for, and what it
    imports once a name it does not define is; its text until both are known (it is read once)."""

    __slots__ = ("defined", "gated", "rows", "exports", "text")

    def __init__(self, text: str, path: str, extra_calls: Rows) -> None:
        self.text: Optional[str] = text
        self.defined = frozenset(_DEFINED.findall(text))
        self.gated = _gated(text, path, extra_calls)
        self.rows: Optional[Dict[str, Rows]] = None
        self.exports: Optional[Tuple[ImportMap, Tuple[str, ...]]] = None


def _read(path: str) -> str:
    if os.path.getsize(path) > MAX_BYTES:
        raise ValueError("too large")
    with open(path, encoding="utf-8") as file:
        return file.read()


_FAILURES = (OSError, UnicodeDecodeError, SyntaxError, ValueError, RecursionError, MemoryError)


def _known(path: str, extra_calls: Rows) -> Optional[_Module]:
    """What the run knows of the module at ``path`` (its text read on the first question)."""
    try:
        stat = os.stat(path)
        key = (path, stat.st_size, stat.st_mtime_ns, extra_calls)
        known = _MODULES.get(key)
        if known is None:
            known = _MODULES[key] = _Module(_read(path), path, extra_calls)
        return known
    except _FAILURES:
        return None


def _summary(path: str, known: _Module, extra_calls: Rows) -> Dict[str, Rows]:
    """The rows of a module's helpers and classes by their names in it (methods as
    ``Class.<self>.method``); none where it cannot hold any."""
    if not known.gated:
        return {}
    if known.rows is None:
        try:
            known.rows = _rows(known.text or "", path, extra_calls)
        except _FAILURES:
            known.rows = {}
        _done(known)
    return known.rows


def _exports(path: str, known: _Module) -> Tuple[ImportMap, Tuple[str, ...]]:
    """What a module imports (its names bound by import; the modules it star-imports)."""
    if known.exports is None:
        try:
            tree = ast.parse(known.text or "")
            known.exports = imports_of(tree, path), _stars(tree, path)
        except _FAILURES:
            known.exports = {}, ()
        _done(known)
    return known.exports


def _done(known: _Module) -> None:
    """Let go of the module's text once nothing more can be asked of it."""
    if known.exports is not None and (known.rows is not None or not known.gated):
        known.text = None


def _gated(text: str, path: str, extra_calls: Rows) -> bool:
    from flake8_httpstatus.words import may_hold_findings

    return may_hold_findings(text, extra_calls, Package(path))


def _rows(text: str, path: str, extra_calls: Rows) -> Dict[str, Rows]:
    from flake8_httpstatus.model import summarise

    tree = ast.parse(text)
    imports = imports_of(tree, path)
    model = summarise(tree, imports, extra_calls, _hot(text, imports, extra_calls))
    found: Dict[str, Rows] = {}
    for row in model.rows:
        found[row.callee] = (*found.get(row.callee, ()), row)
    for cls, methods in model.methods.items():
        for method, rows in methods.items():
            callee = f"{cls}.{METHOD}.{method}"
            found[callee] = tuple(row._replace(callee=callee) for row in rows)
    return found


class _Resolver:
    """Where the names a checked module calls are defined in its project, and their rows."""

    def __init__(self, root: str, here: str, extra_calls: Rows, consulted: Set[str]) -> None:
        self.root = root
        self.here = here  # (the checked module itself: its own summary is read apart)
        self.extra_calls = extra_calls
        self.consulted = consulted
        self.known: Dict[str, List[pos.CallPosition]] = {}  # dotted -> its rows

    def defining(self, dotted: str, hops: int, seen: Set[Tuple[str, str]]
                 ) -> Optional[Tuple[str, _Module, str]]:
        """(file, what is known of it, name) of the module defining ``dotted``
        (``pkg.errors.error``), through at most ``hops`` re-exports."""
        module, _, name = dotted.rpartition(".")
        file = _file(self.root, module)
        if file is None or file == self.here or (file, name) in seen:
            return None
        seen.add((file, name))
        self.consulted.add(file)
        known = _known(file, self.extra_calls)
        if known is None:
            return None
        if name in known.defined:
            return file, known, name
        if hops <= 0:
            return None
        imports, stars = _exports(file, known)
        targets = [imports[name]] if name in imports else [
            f"{star}.{name}" for star in stars if not name.startswith("_")]
        for target in targets:
            found = self.defining(target, hops - 1, seen)
            if found is not None:
                return found
        return None

    def rows(self, dotted: str) -> List[pos.CallPosition]:
        """The rows of the project's function or class ``dotted`` (its methods' too), under
        that name."""
        if dotted not in self.known:
            self.known[dotted] = self._rows(dotted)
        return self.known[dotted]

    def has_rows(self, dotted: str) -> bool:
        return bool(self.rows(dotted))

    def _rows(self, dotted: str) -> List[pos.CallPosition]:
        found = self.defining(dotted, MAX_HOPS, set())
        if found is None:
            return []
        file, known, name = found
        methods = f"{name}.{METHOD}."
        return [row._replace(callee=dotted + callee[len(name):])
                for callee, rows in _summary(file, known, self.extra_calls).items()
                if callee == name or callee.startswith(methods) for row in rows]


def _is_project(root: str, target: str) -> bool:
    module = target.rpartition(".")[0]
    return _file(root, module) is not None or _file(root, target) is not None


def _called(imports: ImportMap, text: str, root: str, tree: Optional[ast.Module] = None,
            has_rows: Optional[Callable[[str], bool]] = None) -> Iterator[str]:
    """The absolute name of each project function or class the text calls, through a name it
    imports, with a three-digit number or a status constant's owner in the call's first 200
    characters (``error("no such item", 404)``, through a module: ``errors.error("x", 404)``)
    and, in the module's ``ast``, a status in one such call's own arguments
    (``project_calls``); or subclasses with such a status in the first 4,000 characters after
    the class statement (``class Conflict(APIError)``): only those can give a finding here.
    Whether an import is the project's is asked first (cached per module: cheaper than a search
    of the text, and most imports of an application's module are not its project's).
    ``has_rows``: where there is no ``tree``, the names for which the module is parsed (the
    others need no reading of its calls: they give nothing either way)."""
    spelled: Spelled = {}
    places: List[int] = []
    ours = {local: target for local, target in imports.items() if _is_project(root, target)}
    for local, target in ours.items():
        direct = _direct_calls(text, local)
        if direct:
            spelled[(local,)] = target
            places += direct
        for chain, where in _attribute_calls(text, local, root, target).items():
            spelled[tuple(f"{local}{chain}".split("."))] = target + chain
            places += where
    framework = _framework_callees()
    found = _confirmed(tree, text, imports, {spelt: name for spelt, name in spelled.items()
                                             if name not in framework}, places, has_rows)
    found.update(_subclassed(ours, text))
    yield from sorted(found - framework)


def _direct_calls(text: str, local: str) -> List[int]:
    """Where the text spells ``local(``, if one has a status near."""
    call = f"{local}("
    start = text.find(call)
    found: List[int] = []
    near = False
    while start != -1:
        found.append(start)
        near = near or _STATUS_NEAR.search(text, start, start + 200) is not None
        start = text.find(call, start + 1)
    return found if near else []


def _attribute_calls(text: str, local: str, root: str, target: str) -> Dict[str, List[int]]:
    """``.attribute`` -> where the text spells ``local.attribute(``, for each with a status near
    one of them, where ``target`` is a module of the project (``errors.error(...)``)."""
    if _file(root, target) is None:
        return {}
    start = text.find(f"{local}.")
    chains: Dict[str, List[int]] = {}
    near: Set[str] = set()
    while start != -1:
        called = _CALLED.match(text, start + len(local))
        if called is not None and called.group(1):
            chains.setdefault(called.group(1), []).append(start)
            if called.group(1) not in near and _STATUS_NEAR.search(
                    text, called.end(), called.end() + 200):
                near.add(called.group(1))
        start = text.find(f"{local}.", start + len(local) + 1)
    return {chain: chains[chain] for chain in near}


def _confirmed(tree: Optional[ast.Module], text: str, imports: ImportMap, spelled: Spelled,
               places: List[int], has_rows: Optional[Callable[[str], bool]] = None) -> Set[str]:
    """The names of ``spelled`` one of whose calls gives a status in its own arguments
    (``project_calls``), the text read at ``places``; with no ``ast`` (newer syntax than this
    Python's), every one."""
    if tree is None:  # (a caller without it, the reference path: parsed only where it matters)
        spelled = {spelt: name for spelt, name in spelled.items()
                   if has_rows is None or has_rows(name)}
        if not spelled:
            return set()
        try:
            tree = ast.parse(text)
        except _FAILURES:
            return set(spelled.values())
    if not spelled:
        return set()
    return {spelled[spelt] for spelt in confirmed(tree, imports, spelled, lines_of(text, places))}


def _subclassed(ours: ImportMap, text: str) -> Iterator[str]:
    """The project classes the text subclasses (``ours``: the imports of the project's names),
    where the subclass may give its base's slot a status (``_subclass_use``); the bases read
    once, each looked up by its first name."""
    if not ours or "class" not in text:
        return
    by_root: Dict[str, List[Tuple[str, str, int]]] = {}
    for name, bases, end in _heads(text):
        for base in bases:
            by_root.setdefault(base.partition(".")[0], []).append((name, base, end))
    for local, target in ours.items():
        for name, base, end in by_root.get(local, ()):
            if _subclass_use(text, name, end):
                yield target + base[len(local):]


def _heads(text: str) -> List[Tuple[str, List[str], int]]:
    """The name and bases of each class statement, and where the statement ends."""
    return [(head.group(1), [part.strip() for part in head.group(2).split(",")], head.end())
            for head in _CLASS_HEAD.finditer(text)] if "class" in text else []


def _subclass_use(text: str, name: str, end: int) -> bool:
    """Whether a subclass named ``name``, whose statement ends at ``end``, may give its base's
    slot a status: in ``super().__init__(...)`` or ``self.method(...)`` in the 4,000
    characters after it, or at a call of it with a status near."""
    return _SUBCLASS_USE.search(text, end, end + 4000) is not None or _near(
        text, f"{name}(", end)


@lru_cache(maxsize=1)
def _framework_callees() -> FrozenSet[str]:
    """The callees of the call tables: a framework read as the project (Django's own tree)
    already has their rows."""
    return frozenset(row.callee for row in pos.CALLS)


def _near(text: str, call: str, start: int = 0) -> bool:
    """Whether ``call`` (``error(``) is followed by a status within 200 characters somewhere
    after ``start``."""
    start = text.find(call, start)
    while start != -1:
        if _STATUS_NEAR.search(text, start, start + 200):
            return True
        start = text.find(call, start + 1)
    return False


#: The project's module files each checked path's findings depend on (read by the plugin's
#: result cache by path, ``filecache``, which keeps an entry only while they are unchanged).
CONSULTED: Dict[str, Set[str]] = {}


def project_rows(path: str, imports: ImportMap, text: str, extra_calls: Rows = (),
                 tree: Optional[ast.Module] = None) -> Rows:
    """The call rows of the project's helpers and subclasses the module imports, under their
    absolute names (``myapp.errors.error``), and of the helper methods of the project's classes
    it imports (``tests.base.APITestCase.<self>.assert_status``). ``tree``: the module's
    ``ast`` (else it is parsed where the text calls a name of the project with a status)."""
    if path in NO_FILE:
        return ()
    consulted = CONSULTED.setdefault(path, set())
    here = os.path.abspath(path)
    resolver = _Resolver(_root(path), here, extra_calls, consulted)
    rows: List[pos.CallPosition] = []
    for dotted in _called(imports, text, resolver.root, tree, resolver.has_rows):
        rows += resolver.rows(dotted)
    return tuple(rows)


def project_only(tree: ast.Module, text: str, path: str, extra_calls: Rows = ()) -> Rows:
    """``project_rows`` of a module whose text names no position of a framework's (past
    ``words.may_call_project``): its imports read off its statements, before anything else is."""
    return project_rows(path, imports_of(tree, path), text, extra_calls, tree)
