"""The text of a candidate statement, cut out of its file for LibCST (``prefilter.scan``): every
column kept, the header alone of a compound statement whose body holds nothing wanted (with a
``pass`` body), an ``elif`` made an ``if``."""

from __future__ import annotations

import ast
from typing import NamedTuple, Sequence


class Fragment(NamedTuple):
    """Source lines to hand to LibCST. ``text`` keeps every column of the file; its first line is
    file line ``first_line``. ``scope`` is the innermost enclosing definition."""

    first_line: int
    text: str
    scope: str


def header_span(stmt: ast.stmt) -> tuple[int, int]:
    """First and last line of a compound statement's header (decorators included); the last is
    where the body starts, which covers a header continued over several lines."""
    decorators = getattr(stmt, "decorator_list", None) or ()
    first = min((stmt.lineno, *(d.lineno for d in decorators)))
    body = getattr(stmt, "body", None)
    return first, body[0].lineno if body else (stmt.end_lineno or stmt.lineno)


def fragment(lines: Sequence[str], stmt: ast.stmt, scope: str, whole: bool) -> Fragment:
    from flake8_httpstatus.lines import char_column, indentation  # past the gate only
    first = stmt.lineno
    decorators = getattr(stmt, "decorator_list", None)
    if decorators:
        first = min(first, *(d.lineno for d in decorators))
    body = getattr(stmt, "body", None)
    last = stmt.end_lineno or stmt.lineno
    suffix = ""
    if not whole and body:
        body_line = lines[body[0].lineno - 1]
        starts_line = char_column(body_line, body[0].col_offset) == len(indentation(body_line))
        if starts_line and body[0].lineno > stmt.lineno:
            last = body[0].lineno - 1
            suffix = indentation(lines[first - 1]) + "    pass\n"
            whole = True  # the header text plus a synthetic body is a whole statement
    chunk = list(lines[first - 1:last])
    head = chunk[0]
    col = char_column(lines[stmt.lineno - 1], stmt.col_offset) if first == stmt.lineno \
        else len(indentation(head))
    prefix = head[:col]
    if prefix.strip() or "\f" in prefix:  # keep the columns, lose what is before the statement
        prefix = " " * len(prefix)
    rest = head[col:]
    if rest.startswith("elif"):
        rest = "if  " + rest[4:]
    chunk[0] = prefix + rest
    if not hasattr(stmt, "body") and stmt.end_col_offset is not None:
        tail_line = lines[last - 1]
        end = char_column(tail_line, stmt.end_col_offset)
        chunk[-1] = chunk[-1][:end] + "\n"
    elif not chunk[-1].endswith(("\n", "\r")):
        chunk[-1] += "\n"
    return Fragment(first, "".join(chunk) + suffix, scope)
