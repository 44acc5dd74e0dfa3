"""A named constant (``HTTPStatus.USE_PROXY``, ``status.HTTP_422_UNPROCESSABLE_ENTITY``) wherever
it stands, where a rule reports its code anywhere (deprecated, experimental, renamed); and a
renamed constant's name in a ``from`` import of its owner (HTS008 only there). In a status
position (``abort(HTTPStatus.OK)``) the position's kind records it first, with its meaning."""

from __future__ import annotations

import ast
from functools import lru_cache
from typing import TYPE_CHECKING, FrozenSet

from flake8_httpstatus import positions as pos
from flake8_httpstatus.kinds import prepares, visits, whole
from flake8_httpstatus.kinds.expressions import dotted_name

if TYPE_CHECKING:
    import libcst as cst

    from flake8_httpstatus.prefilter import Scanner
    from flake8_httpstatus.visitor import StatusVisitor


@visits("Attribute")
def visit_attribute(visitor: StatusVisitor, node: cst.Attribute) -> None:
    visitor.seen.add(id(node.attr))  # ``x.HTTP_425_TOO_EARLY``'s name is not an imported name
    visitor.constant(node)


@visits("Name")
def visit_name(visitor: StatusVisitor, node: cst.Name) -> None:
    if node.value in visitor.imports:
        visitor.constant(node)


@visits("ImportFrom")
def visit_import_from(visitor: StatusVisitor, node: cst.ImportFrom) -> bool:
    """Only a renamed constant's name imported from its owner (``from starlette.status import
    HTTP_422_UNPROCESSABLE_ENTITY``): where a renamed name is written, and warned about."""
    from flake8_httpstatus.catalogue import code_for_constant

    names = node.names
    if node.relative or node.module is None or isinstance(names, cst.ImportStar):
        return False
    module = dotted_name(node.module)
    style = pos.CONSTANT_OWNERS.get(".".join(module)) if module else None
    if style is None:
        return False
    for alias in names:
        name = alias.name
        if isinstance(name, cst.Name) and name.value in renamed_words():
            code = code_for_constant(style, name.value)
            if code is not None:
                visitor.imported_constant(name, code, style)
    return False


@lru_cache(maxsize=None)
def reported_words() -> FrozenSet[str]:
    """Every spelling, in every style, of a constant whose code a rule reports wherever it
    stands (``rules.STATE_RULES``: deprecated and experimental codes)."""
    from flake8_httpstatus.catalogue import lookup, spellings  # only for files past the gate
    from flake8_httpstatus.rules import STATE_RULES

    reported = set()
    for _, name, code in spellings():
        status = lookup(code)
        if status is not None and status.state.value in STATE_RULES:
            reported.add(name)
    return frozenset(reported)


@lru_cache(maxsize=None)
def renamed_words() -> FrozenSet[str]:
    """Every old name of a renamed constant (HTS008), in every suggested style."""
    from flake8_httpstatus.catalogue import renamed_names  # only for files past the gate

    return renamed_names()


@lru_cache(maxsize=None)
def all_words() -> FrozenSet[str]:
    """Every spelling, in every style, of every code (``abort(HTTPStatus.OK)`` can be HTS007)."""
    from flake8_httpstatus.catalogue import spellings  # only for files past the gate

    return frozenset(name for _, name, _ in spellings())


def _with_aliases(scanner: Scanner, names: FrozenSet[str]) -> FrozenSet[str]:
    """``names`` and the local names the module imports them as (``from x import Y as Z``)."""
    return names | {binding for binding, target in scanner.imports.items()
                    if target.rpartition(".")[2] in names}


@prepares
def prepare(scanner: Scanner) -> None:
    """The gate of this kind is words: a name the module imports that spells a reported
    constant, an attribute that does (or an old name of a renamed one)."""
    scanner.names = _with_aliases(scanner, all_words())
    constants = _with_aliases(scanner, reported_words())
    scanner.constant_attributes = constants | renamed_words()
    scanner.hot_names |= constants & frozenset(scanner.imports)
    scanner.hot_attributes |= scanner.constant_attributes


@whole(ast.ImportFrom)
def whole_import(scanner: Scanner, stmt: ast.stmt) -> bool:
    """``from starlette.status import HTTP_422_UNPROCESSABLE_ENTITY``: a renamed constant."""
    return isinstance(stmt, ast.ImportFrom) and not stmt.level \
        and stmt.module in pos.CONSTANT_OWNERS \
        and any(alias.name in renamed_words() for alias in stmt.names)


TITLE = "Named constants"


def doc() -> str:
    return ("The named constants of "
            + ", ".join(f"`{owner.path}`" for owner in pos.OWNERS)
            + ", wherever they stand, where a rule reports their code anywhere (deprecated, "
              "experimental, renamed), and in a status position for what the call does with "
              "it; a renamed constant's name in a `from` import of its owner.")
