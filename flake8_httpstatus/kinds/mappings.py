"""A framework's mapping keyed by status, under its subscript (``positions.STATUS_MAPPINGS``):
a handler registered by status (``app.error_handler[404] = not_found`` in Bottle,
``app.exception_handlers[500] = crashed`` in Starlette and FastAPI) or looked up by it. Values in
100-599 only: the keys of such a mapping may be other things too (an exception class)."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Dict, Optional

from flake8_httpstatus import positions as pos
from flake8_httpstatus.imports import imported_modules
from flake8_httpstatus.kinds import gates, visits

if TYPE_CHECKING:
    import libcst as cst

    from flake8_httpstatus.prefilter import Scanner
    from flake8_httpstatus.visitor import StatusVisitor

#: attribute -> its mapping
_MAPPINGS: Dict[str, pos.StatusMapping] = {m.attribute: m for m in pos.STATUS_MAPPINGS}
#: A lookup by status: the value is looked up, never kept.
_SITES = {meaning: pos.Site(False, pos.Strings.IGNORED, meaning)
          for meaning in {m.meaning for m in pos.STATUS_MAPPINGS}}


def _mapping(visitor: StatusVisitor, value: cst.BaseExpression) -> Optional[pos.StatusMapping]:
    """The mapping an attribute spells, where the module imports what it requires."""
    if not isinstance(value, cst.Attribute):
        return None
    mapping = _MAPPINGS.get(value.attr.value)
    if mapping is None:
        return None
    if mapping.requires:
        return mapping if mapping.requires in imported_modules(visitor.imports) else None
    return mapping if visitor.tables.http else None


@visits("Subscript")
def visit_subscript(visitor: StatusVisitor, node: cst.Subscript) -> None:
    if len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index):
        return
    mapping = _mapping(visitor, node.value)
    if mapping is not None:
        visitor.value(node.slice[0].slice.value, _SITES[mapping.meaning])


@gates(ast.Subscript)
def gate_subscript(scanner: Scanner, node: ast.Subscript) -> bool:
    """Any key (a literal, a conditional, a named constant HTS007 judges): such a subscript is
    rare, the matcher decides."""
    value = node.value
    return isinstance(value, ast.Attribute) and value.attr in _MAPPINGS


TITLE = "Mappings keyed by status"


def doc() -> str:
    rows = ["A key under the subscript of an attribute holding a framework's mapping by status, "
            "written or read (`app.error_handler[404] = not_found`); in 100-599 only.", "",
            "| attribute | the statuses | where |", "|---|---|---|"]
    for mapping in pos.STATUS_MAPPINGS:
        where = f"modules importing `{mapping.requires}`" if mapping.requires else "HTTP code"
        rows.append(f"| `.{mapping.attribute}[...]` | {mapping.meaning.value} | {where} |")
    return "\n".join(rows)
