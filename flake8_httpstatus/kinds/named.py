"""A status named by its holder's name, in HTTP code: a keyword of any call, an attribute or a
name ending in ``_status_code`` (``Handler(error_status_code=400)``, ``default_status_code = 404``
in a class body, ``self.success_status_code = 201``, ``EXPECTED_STATUS_CODE = 200``). As a
status keyword of a call not in the rows, only values in 100-599 count, and strings none."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, List, Optional

from flake8_httpstatus import positions as pos
from flake8_httpstatus.kinds import gates, keeps, prepares, visits
from flake8_httpstatus.kinds.calls import is_literal

if TYPE_CHECKING:
    import libcst as cst

    from flake8_httpstatus.prefilter import Scanner
    from flake8_httpstatus.visitor import StatusVisitor

#: A name holds the value as given, and any code may print it (apiflask formats its
#: ``VALIDATION_ERROR_STATUS_CODE`` setting into its API document with str()).
SITE = pos.Site(False, kept=pos.KEPT_TEXT)
_SUFFIX = pos.STATUS_CODE_SUFFIX


def _named(name: Optional[str]) -> bool:
    return name is not None and name.lower().endswith(_SUFFIX) and name.lower() != _SUFFIX[1:]


# -- LibCST --------------------------------------------------------------------------------------
@visits("Call")
def visit_call(visitor: StatusVisitor, node: cst.Call) -> None:
    if not visitor.tables.http:
        return
    for argument in node.args:
        keyword = argument.keyword
        if keyword is not None and _named(keyword.value):
            visitor.value(argument.value, SITE)


def _target_name(target: cst.BaseExpression) -> Optional[str]:
    if isinstance(target, cst.Name):
        return target.value
    return target.attr.value if isinstance(target, cst.Attribute) else None


@visits("Assign")
def visit_assign(visitor: StatusVisitor, node: cst.Assign) -> None:
    if visitor.tables.http:
        for target in node.targets:
            if _named(_target_name(target.target)):
                visitor.value(node.value, SITE)


@visits("AnnAssign")
def visit_ann_assign(visitor: StatusVisitor, node: cst.AnnAssign) -> None:
    if visitor.tables.http and node.value is not None and _named(_target_name(node.target)):
        visitor.value(node.value, SITE)


# -- ast gate ------------------------------------------------------------------------------------
@prepares
def prepare(scanner: Scanner) -> None:
    scanner.hot_suffixes = (_SUFFIX,)


@gates(ast.Call)
def gate_call(scanner: Scanner, node: ast.Call) -> bool:
    for keyword in node.keywords:
        if _named(keyword.arg) and is_literal(keyword.value):
            return True
    return False


def _ast_name(target: ast.expr) -> Optional[str]:
    if isinstance(target, ast.Name):
        return target.id
    return target.attr if isinstance(target, ast.Attribute) else None


@keeps(ast.Assign, ast.AnnAssign)
def keep_assignment(scanner: Scanner, stmt: ast.stmt, scope: str) -> bool:
    value = getattr(stmt, "value", None)
    if value is None or not is_literal(value):
        return False
    targets: List[ast.expr] = stmt.targets if isinstance(stmt, ast.Assign) else \
        [stmt.target] if isinstance(stmt, ast.AnnAssign) else []
    return any(_named(_ast_name(target)) for target in targets)


TITLE = "Names ending in `_status_code`"


def doc() -> str:
    return ("In HTTP code (as for `status=`), a keyword of any call, an attribute assigned or a "
            f"name assigned that ends in `{_SUFFIX}` (any case): `error_status_code=400`, "
            "`default_status_code = 404` in a class body, `self.success_status_code = 201`, "
            "`EXPECTED_STATUS_CODE = 200`; values in 100-599 only, strings none.")
