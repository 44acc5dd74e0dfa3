"""Which of the project's names the checked module calls with a status, read off its ``ast``
where the text says it may (``project._called``): a name is only looked up, and its module read
and summarised, where one of its calls is given a status in its own arguments.

The text's test (a three-digit number or a constant's owner in the 200 characters after
``error(``) is cheap and loose: on Django's own tree it let through ``gettext_lazy("... status.
...")``, ``_lazy_re_compile(r"[ -~]{0,200}")``, ``settings`` in ``override_settings(...)``, and
every call followed by a statement with a number, and each cost a module read and summarised for
no row (22 names asked, one row found, 62 ms). Here the calls the text names are found in the
tree, only down the statements on their lines, and one counts where an argument holds:

* an ``int`` from 100 to 999 (the numbers the text's test reads), anywhere in it (``error("x",
  404)``, ``code=404``, ``503 if busy else 200``, ``[404, 410]``);
* a constant of a status owner (``HTTPStatus.NOT_FOUND``, ``status.HTTP_404_NOT_FOUND``, a name
  imported from ``rest_framework.status``: ``positions.CONSTANT_OWNERS``), or an attribute of
  what the text's test reads as one (``...status.X``, ``...codes.X``, ``HTTPStatus``);
* a parameter of the function the call stands in, bare: the module's own summary may make that
  function a helper of the slot (``def fail(code): error("x", code)``), whose calls then give it.

This decides only what is read, never what a status position is: LibCST still judges every call
of every name let through, by the rows the project's summary gives (``model.py``). Nothing
the text lets through and that can give a finding through a call's own arguments is left out:
what is left out is a call whose arguments hold no number, no constant and no parameter, where
the text's test found its status in a string, a comment or the next statement.
"""

from __future__ import annotations

import ast
from bisect import bisect_left, bisect_right
from typing import Dict, FrozenSet, Iterator, List, Optional, Sequence, Set, Tuple

from flake8_httpstatus.imports import ImportMap, qualify
from flake8_httpstatus.kinds.expressions import dotted_name_ast
from flake8_httpstatus.model_ast import Definition
from flake8_httpstatus.positions import CONSTANT_OWNERS
from flake8_httpstatus.tree_walk import walk

#: A call's callee as it is spelt (``("errors", "error")``) -> the project's name it calls.
Spelled = Dict[Tuple[str, ...], str]
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
#: The fields of a compound statement (or of an ``except`` clause or a ``case``) that hold
#: statements.
_NESTED = frozenset({"body", "orelse", "finalbody", "handlers", "cases"})
#: What the text's test reads as a constant's owner before a dot (``status.``, ``codes.``).
_OWNER_ENDINGS = ("status", "codes")


def _constant(node: ast.AST, imports: ImportMap) -> bool:
    """Whether a name or attribute may be a status constant: its owner's, as the imports
    qualify it, or an attribute of a name the text's test reads as an owner."""
    kind = type(node)
    if kind is ast.Attribute:
        inner = node.value  # type: ignore[attr-defined]
        last = inner.attr if type(inner) is ast.Attribute else (
            inner.id if type(inner) is ast.Name else "")
        if last.endswith(_OWNER_ENDINGS) or last == "HTTPStatus":
            return True
    elif kind is ast.Name:
        if node.id == "HTTPStatus":  # type: ignore[attr-defined]
            return True
    else:
        return False
    dotted = dotted_name_ast(node)  # type: ignore[arg-type]
    return bool(dotted) and qualify(imports, dotted).rpartition(".")[0] in CONSTANT_OWNERS


def gives_status(call: ast.Call, params: FrozenSet[str], imports: ImportMap) -> bool:
    """Whether ``call``'s own arguments give a status: a number from 100 to 999 or a status
    constant anywhere in one, or a parameter of the function around it, bare."""
    values: List[object] = [*call.args, *(keyword.value for keyword in call.keywords)]
    if params and any(type(value) is ast.Name and value.id in params
                      for value in values):
        return True
    for node in walk(values):
        if type(node) is ast.Constant:
            value = node.value
            if type(value) is int and 100 <= value <= 999:
                return True
        elif _constant(node, imports):
            return True
    return False


def lines_of(text: str, places: Sequence[int]) -> List[int]:
    """The lines (sorted, from 1, each once) of the offsets ``places``."""
    lines: List[int] = []
    line, last = 1, 0
    for place in sorted(places):
        line += text.count("\n", last, place)
        last = place
        if not lines or lines[-1] != line:
            lines.append(line)
    return lines


def spanning(body: Sequence[ast.stmt], lines: Sequence[int]
             ) -> Iterator[Tuple[ast.stmt, Sequence[int]]]:
    """The statements of ``body`` that span one of ``lines`` (sorted), each once and with those
    lines: a line after the end of the statement before belongs to the next (its decorators,
    its first line)."""
    ends = [stmt.end_lineno or stmt.lineno for stmt in body]
    start = 0
    while start < len(lines):
        index = bisect_left(ends, lines[start])
        if index == len(body):
            return
        stop = bisect_right(lines, ends[index], start)
        yield body[index], lines[start:stop]
        start = stop


class _Finder:
    """The calls of the spelt callees in the statements on the given lines, each with the
    parameters of the function it stands in, and which of the callees one of them gives a
    status."""

    def __init__(self, spelled: Spelled, imports: ImportMap) -> None:
        self.spelled = spelled
        self.imports = imports
        self.found: Set[Tuple[str, ...]] = set()

    def statements(self, body: Sequence[ast.stmt], lines: Sequence[int], params: FrozenSet[str],
                   owner: Optional[ast.ClassDef]) -> None:
        for stmt, own in spanning(body, lines):
            if len(self.found) == len(self.spelled):
                return
            self.statement(stmt, own, params, owner)

    def statement(self, stmt: ast.stmt, lines: Sequence[int], params: FrozenSet[str],
                  owner: Optional[ast.ClassDef]) -> None:
        if isinstance(stmt, _FUNCTIONS):
            self.expressions([*stmt.decorator_list, stmt.args, stmt.returns], params)
            function = Definition(stmt, owner)
            self.statements(stmt.body, lines, frozenset((*function.positional,
                                                         *function.keywords)), None)
        elif isinstance(stmt, ast.ClassDef):
            self.expressions([*stmt.decorator_list, *stmt.bases, *stmt.keywords], params)
            self.statements(stmt.body, lines, frozenset(), stmt)  # (no parameter flows in it)
        else:
            self.compound(stmt, lines, params, owner)

    def compound(self, node: ast.AST, lines: Sequence[int], params: FrozenSet[str],
                 owner: Optional[ast.ClassDef]) -> None:
        """A statement, an ``except`` clause or a ``case``: its expressions, its statements."""
        roots: List[object] = []
        for name, value in ast.iter_fields(node):
            if name not in _NESTED:
                roots += value if isinstance(value, list) else [value]
            elif value and isinstance(value[0], ast.stmt):
                self.statements(value, lines, params, owner)
            else:  # except clauses, cases
                for item in value:
                    self.compound(item, lines, params, owner)
        self.expressions(roots, params)

    def expressions(self, roots: List[object], params: FrozenSet[str]) -> None:
        for node in walk(roots):
            if type(node) is not ast.Call:
                continue
            spelt = tuple(dotted_name_ast(node.func))
            if spelt in self.spelled and spelt not in self.found and gives_status(
                    node, params, self.imports):
                self.found.add(spelt)


def confirmed(tree: ast.Module, imports: ImportMap, spelled: Spelled,
              lines: Sequence[int]) -> Set[Tuple[str, ...]]:
    """The spellings among ``spelled`` (each spelt as called on one of ``lines``, sorted) of
    which a call gives a status in its own arguments."""
    finder = _Finder(spelled, imports)
    finder.statements(tree.body, lines, frozenset(), None)
    return finder.found
