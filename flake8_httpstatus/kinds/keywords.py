"""A status keyword of any call (``update(status=404)``, ``Mock(status_code=200)``): a call not in
the rows is not known to take an HTTP status, so only values in 100-599 count there, and the loose
``status`` only in HTTP code (``queue.update(status=3)`` stays silent)."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from flake8_httpstatus import positions as pos
from flake8_httpstatus.kinds import gates, prepares, visits
from flake8_httpstatus.kinds.calls import is_literal

if TYPE_CHECKING:
    import libcst as cst

    from flake8_httpstatus.prefilter import Scanner
    from flake8_httpstatus.visitor import StatusVisitor

SITE = pos.Site(False, pos.Strings.LINE_OR_NUMBER, kept=pos.KEPT_TEXT)


@visits("Call")
def visit_call(visitor: StatusVisitor, node: cst.Call) -> None:
    http = visitor.tables.http
    for argument in node.args:
        keyword = argument.keyword
        if keyword is not None and keyword.value in pos.STATUS_KEYWORDS and (
                http or keyword.value not in pos.LOOSE_STATUS_KEYWORDS):
            visitor.value(argument.value, SITE)


@prepares
def prepare(scanner: Scanner) -> None:
    scanner.hot_keywords |= pos.STATUS_KEYWORDS


@gates(ast.Call)
def gate_call(scanner: Scanner, node: ast.Call) -> bool:
    for keyword in node.keywords:
        if keyword.arg in pos.STATUS_KEYWORDS and is_literal(keyword.value):
            return True
    return False


TITLE = "Status keywords of any call"


def doc() -> str:
    return ("The keywords " + ", ".join(f"`{k}=`" for k in sorted(pos.STATUS_KEYWORDS))
            + " of any call, values in 100-599 only; "
            + ", ".join(f"`{k}=`" for k in sorted(pos.LOOSE_STATUS_KEYWORDS))
            + " only in HTTP code (a module that imports one of the packages listed under "
              "*Assignments*).")
