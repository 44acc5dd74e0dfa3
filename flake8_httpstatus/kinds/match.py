"""A ``match`` on a status (``match r.status_code: case 404: ...``): its value patterns. The
statement is handed to LibCST whole, and its cases take its place's scope."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Iterator

from flake8_httpstatus import positions as pos
from flake8_httpstatus.kinds import visits, whole
from flake8_httpstatus.kinds.expressions import is_status, is_status_ast, is_strict

if TYPE_CHECKING:
    import libcst as cst

    from flake8_httpstatus.prefilter import Scanner
    from flake8_httpstatus.visitor import StatusVisitor

_MATCH = getattr(ast, "Match", None)


def _patterns(pattern: cst.MatchPattern) -> Iterator[cst.MatchValue]:
    if isinstance(pattern, cst.MatchValue):
        yield pattern
    elif isinstance(pattern, cst.MatchOr):
        for element in pattern.patterns:
            yield from _patterns(element.pattern)
    elif isinstance(pattern, cst.MatchAs) and pattern.pattern is not None:
        yield from _patterns(pattern.pattern)


@visits("Match")
def visit_match(visitor: StatusVisitor, node: cst.Match) -> None:
    if not is_status(visitor, node.subject):
        return
    site = pos.Site(is_strict(node.subject))
    for case in node.cases:
        for pattern in _patterns(case.pattern):
            visitor.value(pattern.value, site)


if _MATCH is not None:  # Python 3.10+
    @whole(_MATCH)
    def whole_match(scanner: Scanner, stmt: ast.stmt) -> bool:
        return is_status_ast(stmt.subject)  # type: ignore[attr-defined]


TITLE = "`match` on a status"


def doc() -> str:
    return "The value patterns of the cases of a `match` whose subject is a status expression."
