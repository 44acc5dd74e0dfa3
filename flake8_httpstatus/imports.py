"""Which local name stands for which imported thing: a module's import map, and one reader of
import statements per kind of tree.

The map is built from flake8's ``ast`` tree on the fast path and from the LibCST module on the
reference path; both readers give the same bindings. It stands in for LibCST's (costly)
qualified-name resolution: a dotted callee such as ``web.Response`` is qualified by looking its
first name up here. The fixer reads the module's bindings from its ``ast`` (``fix/scope.py``).
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Dict, Iterable, Iterator, Optional, Sequence, Tuple, Union

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


def ast_bindings(statement: ast.stmt) -> Iterator[Binding]:
    """What an ``ast`` import statement binds; nothing for any other statement, a relative
    import or a star import."""
    if isinstance(statement, ast.Import):
        for alias in statement.names:
            yield import_bindings(alias.name, alias.asname)
    elif isinstance(statement, ast.ImportFrom) and statement.module and not statement.level:
        yield from from_import_bindings(statement.module,
                                        ((a.name, a.asname) for a in statement.names))


def cst_bindings(statement: Union[cst.Import, cst.ImportFrom]) -> Iterator[Binding]:
    """What a LibCST import statement binds, as :func:`ast_bindings` reads the same statement."""
    import libcst as cst

    if isinstance(statement, cst.Import):
        for alias in statement.names:
            yield import_bindings(_dotted_text(alias.name), _asname(alias))
    elif not (statement.relative or statement.module is None
              or isinstance(statement.names, cst.ImportStar)):
        yield from from_import_bindings(
            _dotted_text(statement.module),
            ((_dotted_text(alias.name), _asname(alias)) for alias in statement.names))


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
