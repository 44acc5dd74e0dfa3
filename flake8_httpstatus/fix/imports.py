"""Where and how ``fix`` adds an import: a pure text insertion at one point of the module.

The place follows LibCST's ``AddImportsVisitor``: after the module docstring, at the end of the
first block of import lines (``from __future__`` ones included), else before the first other
statement (after the file's header comments). Unlike that visitor it never edits an existing
statement -- ``from http import cookies`` stays as it is and ``from http import HTTPStatus`` is
added on its own line -- so every byte outside the insertion is left as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, List, Sequence

import libcst as cst

from flake8_httpstatus.findings import ImportNeed


def import_statement(need: ImportNeed) -> str:
    """The statement that binds ``need.binding``: ``from http import HTTPStatus``, ``import http``,
    ``from http import HTTPStatus as S``."""
    if need.name is None:
        if need.binding == need.module:
            return f"import {need.module}"
        return f"import {need.module} as {need.binding}"
    if need.binding == need.name:
        return f"from {need.module} import {need.name}"
    return f"from {need.module} import {need.name} as {need.binding}"


@dataclass(frozen=True)
class Insertion:
    offset: int        # character offset in the module's text
    text: str          # what goes there, newlines included
    statements: tuple[str, ...]


def _is_docstring(statement: cst.BaseStatement) -> bool:
    return (isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1
            and isinstance(statement.body[0], cst.Expr)
            and isinstance(statement.body[0].value, (cst.SimpleString, cst.ConcatenatedString)))


def _is_import_line(statement: cst.BaseStatement) -> bool:
    return isinstance(statement, cst.SimpleStatementLine) and all(
        isinstance(small, (cst.Import, cst.ImportFrom)) for small in statement.body)


def plan_insertion(module: cst.Module, needs: Iterable[ImportNeed]) -> Insertion | None:
    """The text insertion that adds one statement per distinct need (sorted), or None."""
    statements = tuple(sorted({import_statement(need) for need in needs}))
    if not statements:
        return None
    body: Sequence[cst.BaseStatement] = module.body
    index = 1 if body and _is_docstring(body[0]) else 0
    after_docstring = index == 1
    block_start = index
    while index < len(body) and _is_import_line(body[index]):
        index += 1
    newline = module.default_newline
    lines: List[str] = [statement + newline for statement in statements]
    if index == block_start:  # no import block: keep the new import apart from what surrounds it
        if after_docstring:
            lines.insert(0, newline)
        following = body[index] if index < len(body) else None
        if isinstance(following, (cst.SimpleStatementLine, cst.BaseCompoundStatement)) and (
                not following.leading_lines or following.leading_lines[0].comment is not None):
            lines.append(newline)
    code = module.code
    if index < len(body):
        offset = len(code) - len(module.with_changes(body=tuple(body[index:]), header=()).code)
    else:  # nothing follows the imports (the caller's self-check sees what this gives)
        offset = len(code)
        if code and not code.endswith(("\n", "\r")):
            lines.insert(0, newline)
    return Insertion(offset, "".join(lines), statements)
