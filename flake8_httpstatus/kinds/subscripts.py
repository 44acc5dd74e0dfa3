"""A status read from a mapping by its key and compared or asserted (``message["status"] == 200``
in ASGI middleware, ``assert r.json()["status_code"] == 404``): in HTTP code only, and values in
100-599 only, as with the loose ``.status`` -- a key this common holds a status only there."""

from __future__ import annotations

import ast
from functools import partial
from typing import TYPE_CHECKING

from flake8_httpstatus import positions as pos
from flake8_httpstatus.kinds import gates, prepares, visits
from flake8_httpstatus.kinds.comparisons import asserted, compared, gate_assert
from flake8_httpstatus.kinds.parts import string_value

if TYPE_CHECKING:
    import libcst as cst

    from flake8_httpstatus.prefilter import Scanner
    from flake8_httpstatus.visitor import StatusVisitor

SITE = pos.Site(False)


def _is_status_key(visitor: StatusVisitor, node: cst.BaseExpression) -> bool:
    """``x["status"]``, ``x["status_code"]`` (``positions.STATUS_KEYS``) in HTTP code."""
    if not isinstance(node, cst.Subscript) or len(node.slice) != 1 or not visitor.tables.http:
        return False
    index = node.slice[0].slice
    return isinstance(index, cst.Index) and string_value(index.value) in pos.STATUS_KEYS


@visits("Comparison")
def visit_comparison(visitor: StatusVisitor, node: cst.Comparison) -> None:
    for _, value in compared(node, partial(_is_status_key, visitor)):
        visitor.value(value, SITE)


@visits("Call")
def visit_call(visitor: StatusVisitor, node: cst.Call) -> None:
    for _, value in asserted(node, partial(_is_status_key, visitor)):
        visitor.value(value, SITE)


def _is_status_key_ast(node: ast.AST) -> bool:
    return isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) \
        and node.slice.value in pos.STATUS_KEYS


@gates(ast.Compare)
def gate_compare(scanner: Scanner, node: ast.Compare) -> bool:
    return _is_status_key_ast(node.left) or any(map(_is_status_key_ast, node.comparators))


@prepares
def prepare(scanner: Scanner) -> None:
    scanner.hot_callees |= pos.ASSERT_METHODS


@gates(ast.Call)
def gate_call(scanner: Scanner, node: ast.Call) -> bool:
    return gate_assert(node, _is_status_key_ast)


TITLE = "Status keys of a mapping"


def doc() -> str:
    return ("A value compared or asserted (as above) with "
            + ", ".join(f'`["{key}"]`' for key in sorted(pos.STATUS_KEYS))
            + " of any mapping (an ASGI message, a JSON body), in HTTP code and in 100-599 only.")
