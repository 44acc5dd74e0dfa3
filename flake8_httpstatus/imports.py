"""Which local name stands for which imported thing: a module's import map, and one reader of
import statements per kind of tree.

The map is built from flake8's ``ast`` tree on the fast path and from the LibCST module on the
reference path; both readers give the same bindings. A relative import (``from .responses import
HTTPResponse``) is resolved against the module's package, named from its file's path (the folders
with an ``__init__.py`` above it: ``package_of``); where the path is unknown ("", "stdin") or
not in a package, it binds nothing, as before. It stands in for LibCST's (costly)
qualified-name resolution: a dotted callee such as ``web.Response`` is qualified by looking its
first name up here. The fixer reads the module's bindings from its ``ast`` (``fix/scope.py``).
"""

from __future__ import annotations

import ast
import os
from typing import TYPE_CHECKING, Dict, Iterable, Iterator, Optional, Sequence, Tuple, Union

from flake8_httpstatus.gate import NO_FILE as NO_FILE  # noqa: F401 (the first gate's, loaded first)
from flake8_httpstatus.gate import package_of as package_of  # (asked by the gate first)

if TYPE_CHECKING:
    import libcst as cst

ImportMap = Dict[str, str]
Binding = Tuple[str, str]  # (local name, qualified target)


def import_bindings(module: str, asname: Optional[str]) -> Binding:
    """``import a.b`` binds ``a`` to ``a``; ``import a.b as c`` binds ``c`` to ``a.b``."""
    if asname:
        return asname, module
    top = module.split(".", 1)[0]
    return top, top


def from_import_bindings(module: str, names: Iterable[Tuple[str, Optional[str]]]) -> Iterator[Binding]:
    """``from a import b as c`` binds ``c`` (or ``b``) to ``a.b``."""
    for name, asname in names:
        if name != "*":
            yield asname or name, f"{module}.{name}"


def module_name(path: str) -> str:
    """The dotted name of the module at ``path`` ("" where it is in no package)."""
    package = package_of(path)
    stem = os.path.splitext(os.path.basename(path))[0]
    if not package or stem == "__init__":
        return package
    return f"{package}.{stem}" if stem.isidentifier() else ""


def absolute(package: str, level: int, module: Optional[str]) -> Optional[str]:
    """The module a relative import names: ``from ..exceptions import`` (level 2) in package
    ``sanic.response`` is ``sanic.exceptions``; None where it reaches above the top package."""
    parts = package.split(".") if package else []
    if not level or level > len(parts):
        return None
    base = parts[:len(parts) - level + 1]
    return ".".join((*base, module)) if module else ".".join(base)


class Package:
    """The package a module's relative imports are resolved against, found from its path on the
    first relative import (most modules have none: no file system is asked for them)."""

    __slots__ = ("path", "_name")

    def __init__(self, path: str = "") -> None:
        self.path = path
        self._name: Optional[str] = None

    def resolve(self, level: int, module: Optional[str]) -> Optional[str]:
        if self._name is None:
            self._name = package_of(self.path)
        return absolute(self._name, level, module)


_NOWHERE = Package()


def ast_bindings(statement: ast.stmt, package: Package = _NOWHERE) -> Iterator[Binding]:
    """What an ``ast`` import statement binds; nothing for any other statement or a star import,
    nor for a relative import outside a known ``package``."""
    if isinstance(statement, ast.Import):
        for alias in statement.names:
            yield import_bindings(alias.name, alias.asname)
    elif isinstance(statement, ast.ImportFrom):
        module = statement.module if not statement.level else \
            package.resolve(statement.level, statement.module)
        if module:
            yield from from_import_bindings(module, ((a.name, a.asname) for a in statement.names))


def cst_bindings(statement: Union[cst.Import, cst.ImportFrom],
                 package: Package = _NOWHERE) -> Iterator[Binding]:
    """What a LibCST import statement binds, as :func:`ast_bindings` reads the same statement."""
    import libcst as cst

    if isinstance(statement, cst.Import):
        for alias in statement.names:
            yield import_bindings(_dotted_text(alias.name), _asname(alias))
    elif not isinstance(statement.names, cst.ImportStar):
        named = _dotted_text(statement.module) if statement.module is not None else None
        module = package.resolve(len(statement.relative), named) if statement.relative else named
        if module:
            yield from from_import_bindings(
                module, ((_dotted_text(alias.name), _asname(alias)) for alias in statement.names))


def _asname(alias: cst.ImportAlias) -> Optional[str]:
    import libcst as cst

    name = alias.asname.name if alias.asname else None
    return name.value if isinstance(name, cst.Name) else None


def _dotted_text(node: cst.BaseExpression) -> str:
    from flake8_httpstatus.kinds.expressions import dotted_name

    return ".".join(dotted_name(node) or ())


def qualify(imports: ImportMap, dotted: Sequence[str]) -> str:
    """``("web", "Response")`` -> ``"aiohttp.web.Response"`` when ``web`` is ``aiohttp.web``."""
    head = imports.get(dotted[0])
    if head is None:
        return ".".join(dotted)
    return ".".join((head, *dotted[1:]))


def imported_modules(imports: ImportMap) -> set[str]:
    """Top-level packages the module imports anything from."""
    return {target.split(".", 1)[0] for target in imports.values()}
