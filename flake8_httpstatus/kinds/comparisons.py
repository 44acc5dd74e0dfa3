"""A status compared with a value (``r.status_code == 404``, ``r.status_code in (301, 302)``),
or asserted equal to one (``self.assertEqual(r.status_code, 200)``)."""

from __future__ import annotations

import ast
from functools import partial
from typing import TYPE_CHECKING, Callable, Iterator, Tuple

from flake8_httpstatus import positions as pos
from flake8_httpstatus.kinds import gates, prepares, visits
from flake8_httpstatus.kinds.calls import arguments
from flake8_httpstatus.kinds.expressions import compared_site, is_status, is_status_ast, literals

if TYPE_CHECKING:
    import libcst as cst

    from flake8_httpstatus.prefilter import Scanner
    from flake8_httpstatus.visitor import StatusVisitor


def compared(node: cst.Comparison, is_target: Callable[[cst.BaseExpression], bool]
             ) -> Iterator[Tuple[cst.BaseExpression, cst.BaseExpression]]:
    """(target, value) for each value compared with a target expression: either side of ``==``
    and ``!=``, each element of a literal tuple, list or set a target is ``in``."""
    left = node.left
    for target in node.comparisons:
        right = target.comparator
        op = target.operator
        if isinstance(op, (cst.Equal, cst.NotEqual)):
            if is_target(left):
                yield left, right
            elif is_target(right):
                yield right, left
        elif isinstance(op, (cst.In, cst.NotIn)) and is_target(left) \
                and isinstance(right, (cst.Tuple, cst.List, cst.Set)):
            for value in literals(right, collections=True):
                yield left, value
        left = right


def asserted(node: cst.Call, is_target: Callable[[cst.BaseExpression], bool]
             ) -> Iterator[Tuple[cst.BaseExpression, cst.BaseExpression]]:
    """(target, value) for ``assertEqual(target, value)`` (or ``assertIn(target, (values))``),
    either way round."""
    func = node.func
    if not isinstance(func, cst.Attribute) or func.attr.value not in pos.ASSERT_METHODS:
        return
    positional = arguments(node)[0]
    if len(positional) < 2:
        return
    first, second = positional[0], positional[1]
    if is_target(first):
        for value in literals(second, collections=True):
            yield first, value
    elif is_target(second):
        yield second, first


@visits("Comparison")
def visit_comparison(visitor: StatusVisitor, node: cst.Comparison) -> None:
    for target, value in compared(node, partial(is_status, visitor)):
        visitor.value(value, compared_site(target))


@visits("Call")
def visit_call(visitor: StatusVisitor, node: cst.Call) -> None:
    for target, value in asserted(node, partial(is_status, visitor)):
        visitor.value(value, compared_site(target))


def gate_assert(node: ast.Call, is_target: Callable[[ast.AST], bool]) -> bool:
    """Whether an assertion's first two arguments hold a target (the ``ast`` side of
    ``asserted``)."""
    args = node.args
    if len(args) < 2:
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else (
        func.id if isinstance(func, ast.Name) else None)
    return name in pos.ASSERT_METHODS and (is_target(args[0]) or is_target(args[1]))


@gates(ast.Compare)
def gate_compare(scanner: Scanner, node: ast.Compare) -> bool:
    return is_status_ast(node.left, scanner.attributes) or any(
        is_status_ast(c, scanner.attributes) for c in node.comparators)


@prepares
def prepare(scanner: Scanner) -> None:
    scanner.hot_callees |= pos.ASSERT_METHODS


@gates(ast.Call)
def gate_call(scanner: Scanner, node: ast.Call) -> bool:
    return gate_assert(node, partial(is_status_ast, attributes=scanner.attributes))


TITLE = "Comparisons and assertions"


def doc() -> str:
    return ("A value compared (`==`, `!=`, `in` a literal tuple, list or set) with a status "
            "expression -- the attributes "
            + ", ".join(f"`.{a}`" for a in sorted(pos.STATUS_ATTRIBUTES))
            + " and the methods " + ", ".join(f"`.{m}()`" for m in sorted(pos.STATUS_METHODS))
            + " -- or given with one to "
            + ", ".join(f"`.{m}()`" for m in sorted(pos.ASSERT_METHODS)) + ". A string compared "
            "with " + ", ".join(f"`.{a}`" for a in sorted(pos.INT_STATUS_ATTRIBUTES))
            + " (always an int) is HTS011.")
