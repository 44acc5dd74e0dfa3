"""The fixer checks its own result before anything is written.

The new source must compile, and its AST must equal the original's except that (1) each rewritten
expression -- a literal, an ``HTTPStatus(404)`` call or a renamed constant, at exactly a rewritten
span -- became the AST of its replacement, (2) a name renamed in a ``from`` import (HTS008) became
its new name, (3) the added import statements stand among the module's top-level statements, in
their order, and (4) the ``from`` imports named in ``merged`` gained exactly their alias. Both
trees are walked in parallel (iteratively: deep expressions cannot overflow the stack).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Set, Tuple

from flake8_httpstatus.lines import char_column, universal_lines

Span = Tuple[int, int, int, int]  # line, col, end_line, end_col: 1-based lines, 0-based characters


@dataclass(frozen=True)
class Rewrite:
    span: Span
    replacement: str
    #: The name in a ``from`` import (HTS008): no expression of its own, checked as a renamed
    #: import name instead.
    in_import: bool = False


class Mismatch(Exception):
    """Where the new tree departs from what the rewrites allow; ``str()`` says how."""


def old_text_at(lines: Sequence[str], span: Span) -> str:
    """The original text of a one-line span."""
    line, col, _, end_col = span
    return lines[line - 1][col:end_col] if 0 < line <= len(lines) else ""


def _dump(node: ast.AST) -> str:
    return ast.dump(node, include_attributes=False)


class _Walk:
    def __init__(self, old_text: str, rewrites: Sequence[Rewrite]) -> None:
        self.lines = universal_lines(old_text)
        self.expected: Dict[Span, str] = {}
        #: (old, new) names a ``from`` import of a constant's owner may have changed
        self.renamed: Set[Tuple[str, str]] = set()
        for rewrite in rewrites:
            if rewrite.in_import:
                self.renamed.add((old_text_at(self.lines, rewrite.span), rewrite.replacement))
            else:
                self.expected[rewrite.span] = _dump(
                    ast.parse(rewrite.replacement, mode="eval").body)
        self.used: Set[Span] = set()

    def _column(self, line: int, byte_offset: int) -> int:
        return char_column(self.lines[line - 1] if 0 < line <= len(self.lines) else "", byte_offset)

    def span(self, node: ast.expr) -> Optional[Span]:
        end_line, end_col = node.end_lineno, node.end_col_offset
        if end_line is None or end_col is None:
            return None
        return (node.lineno, self._column(node.lineno, node.col_offset), end_line,
                self._column(end_line, end_col))

    def compare(self, old: ast.AST, new: ast.AST) -> None:
        """Raise Mismatch where ``new`` departs from ``old`` other than by the rewrites."""
        stack: List[Tuple[object, object, str]] = [(old, new, "module")]
        while stack:
            a, b, where = stack.pop()
            if self._renamed(a, b) or self._rewritten(a, b):
                continue
            stack.extend(_pairs(a, b, where))

    def _renamed(self, a: object, b: object) -> bool:
        """HTS008: ``from starlette.status import HTTP_422_UNPROCESSABLE_CONTENT``."""
        return isinstance(a, ast.alias) and isinstance(b, ast.alias) and a.name != b.name \
            and (a.name, b.name) in self.renamed and a.asname == b.asname

    def _rewritten(self, a: object, b: object) -> bool:
        """Whether ``a`` stands at a rewritten span (a literal, ``HTTPStatus(404)``, or a renamed
        constant) and ``b`` is its replacement, used once."""
        if not isinstance(a, (ast.Constant, ast.Call, ast.Attribute, ast.Name)):
            return False
        span = self.span(a)
        if span is None or span not in self.expected:
            return False
        if not isinstance(b, ast.AST) or _dump(b) != self.expected[span]:
            raise Mismatch(f"line {span[0]}: the rewritten literal is not the constant")
        if span in self.used:
            raise Mismatch(f"line {span[0]}: one literal rewritten twice")
        self.used.add(span)
        return True


def _pairs(a: object, b: object, where: str) -> List[Tuple[object, object, str]]:
    """The pairs of children to compare next (none for equal plain values); Mismatch where the
    nodes, lists or values themselves differ."""
    if isinstance(a, ast.AST):
        if type(a) is not type(b):
            line = getattr(a, "lineno", "?")
            raise Mismatch(f"line {line}: {type(a).__name__} became {type(b).__name__}")
        line_here = f"line {getattr(a, 'lineno', where)}"
        return [(getattr(a, field, None), getattr(b, field, None), line_here)
                for field in a._fields]
    if isinstance(a, list):
        if not isinstance(b, list) or len(a) != len(b):
            raise Mismatch(f"{where}: a list of nodes changed length")
        return [(x, y, where) for x, y in zip(a, b)]
    if type(a) is not type(b) or a != b:
        raise Mismatch(f"{where}: {a!r} became {b!r}")
    return []


def _bodies(old: ast.Module, new: ast.Module, added: Sequence[str]) -> List[List[ast.stmt]]:
    """Each way to read ``new.body`` as the old body plus the added imports (in their order)."""
    if not added:
        return [new.body]
    wanted = [_dump(ast.parse(statement).body[0]) for statement in added]
    if len(new.body) != len(old.body) + len(wanted):
        raise Mismatch("the module gained other statements than the added imports")
    dumps = [_dump(node) if isinstance(node, (ast.Import, ast.ImportFrom)) else "" for node in new.body]
    bodies: List[List[ast.stmt]] = []

    def place(start: int, todo: int, kept: List[int]) -> None:
        if todo == len(wanted):
            bodies.append([new.body[i] for i in kept + list(range(start, len(new.body)))])
            return
        for position in range(start, len(new.body)):
            if dumps[position] == wanted[todo]:
                place(position + 1, todo + 1, kept + list(range(start, position)))
            if len(bodies) > 16:  # enough readings to try; more means identical statements
                return

    place(0, 0, [])
    return bodies


def _unmerged(body: List[ast.stmt], merged: Sequence[Tuple[int, str]]) -> List[ast.stmt]:
    """``body`` with each merged alias taken out of its ``from`` import again."""
    body = list(body)
    for index, alias in merged:
        node = body[index] if index < len(body) else None
        name, _, asname = alias.partition(" as ")
        if not isinstance(node, ast.ImportFrom):
            raise Mismatch(f"statement {index + 1}: the import that gained {alias} is gone")
        kept = [a for a in node.names if (a.name, a.asname or "") != (name, asname)]
        if len(kept) != len(node.names) - 1:
            raise Mismatch(f"line {node.lineno}: {alias} was not added to the import once")
        body[index] = ast.ImportFrom(module=node.module, names=kept, level=node.level)
    return body


def verify(old_tree: ast.Module, new_source: bytes, old_text: str, rewrites: Sequence[Rewrite],
           added: Sequence[str], merged: Sequence[Tuple[int, str]] = ()) -> Optional[str]:
    """None when ``new_source`` is the module of ``old_tree`` with exactly these rewrites, added
    imports and merged aliases; else why not (one line)."""
    try:
        new_tree = ast.parse(new_source)
        # the compiler's own checks too: a ``from __future__`` import below another statement
        # parses, and does not compile
        compile(new_tree, "<fix>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        return f"the result does not compile: {exc}"
    problem = "the added imports are not in the new module"
    try:
        bodies = _bodies(old_tree, new_tree, added)
    except Mismatch as exc:
        bodies, problem = [], str(exc)
    for body in bodies:
        walk = _Walk(old_text, rewrites)
        try:
            body = _unmerged(body, merged)
            walk.compare(ast.Module(body=old_tree.body, type_ignores=old_tree.type_ignores),
                         ast.Module(body=body, type_ignores=new_tree.type_ignores))
        except Mismatch as exc:
            problem = str(exc)
            continue
        missing = set(walk.expected) - walk.used
        if missing:
            return f"line {min(missing)[0]}: a rewrite did not land on a literal"
        return None
    return f"the result is not the original with the rewrites: {problem}"
