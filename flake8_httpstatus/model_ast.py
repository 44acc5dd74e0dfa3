"""What the module's summary (``model.py``) reads off the ``ast``: its functions and classes, the
calls in a function that pass a bare name, the names it binds, and what a call passes in a
slot."""

from __future__ import annotations

import ast
from bisect import bisect_left
from typing import Iterator, List, Optional, Sequence, Set, Tuple, Union

from flake8_httpstatus import positions as pos
from flake8_httpstatus.kinds.expressions import dotted_name_ast
from flake8_httpstatus.tree_walk import walk
from flake8_httpstatus.views import _child_statements

Function = Union[ast.FunctionDef, ast.AsyncFunctionDef]
Rows = Tuple[pos.CallPosition, ...]

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
_BINDERS = (ast.Global, ast.Nonlocal, ast.ExceptHandler)
#: The fields of a compound statement that hold statements (walked one by one).
_NESTED = frozenset({"body", "orelse", "finalbody", "handlers", "cases"})


class Definition:
    """A function of the module: its node, the class whose body holds it (or None), and its
    parameters as a call passes them."""

    __slots__ = ("node", "owner", "positional", "keywords")

    def __init__(self, node: Function, owner: Optional[ast.ClassDef]) -> None:
        self.node = node
        self.owner = owner
        args = node.args
        positional = [a.arg for a in (*args.posonlyargs, *args.args)]
        own: List[str] = []
        if owner is not None and positional and not any(
                dotted_name_ast(d) == ["staticmethod"] for d in node.decorator_list):
            own, positional = positional[:1], positional[1:]  # self, cls
        self.positional = positional
        self.keywords = {a.arg for a in (*args.args, *args.kwonlyargs)} - {
            a.arg for a in args.posonlyargs} - set(own)

    def slot(self, param: str) -> Tuple[Optional[int], Optional[str]]:
        index = self.positional.index(param) if param in self.positional else None
        return index, param if param in self.keywords else None


def definitions(body: Sequence[ast.stmt], owner: Optional[ast.ClassDef],
                classes: List[ast.ClassDef]) -> Iterator[Definition]:
    """Every function under ``body`` with the class whose body holds it (or None), in source
    order; ``classes`` gets every class."""
    for stmt in body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield Definition(stmt, owner)
            yield from definitions(stmt.body, None, classes)
        elif isinstance(stmt, ast.ClassDef):
            classes.append(stmt)
            yield from definitions(stmt.body, stmt, classes)
        else:
            yield from definitions(_child_statements(stmt), owner, classes)


def _passes_a_name(call: ast.Call) -> bool:
    return any(type(a) is ast.Name for a in call.args) or any(
        type(k.value) is ast.Name for k in call.keywords)


def _binds(node: ast.AST) -> Sequence[str]:
    """The names a ``global``, ``nonlocal`` or ``except ... as`` node binds."""
    if isinstance(node, (ast.Global, ast.Nonlocal)):
        return node.names
    return (node.name,) if isinstance(node, ast.ExceptHandler) and node.name else ()


def _walk_own(roots: List[object], calls: List[ast.Call], bound: Set[str]) -> None:
    """Walk ``roots`` (not the functions, classes and lambdas in them): the calls that pass a
    bare name, and the names bound (a parameter bound again is no longer the value given)."""
    for node in walk(roots, _SCOPES):
        kind = type(node)
        if kind is ast.Name:
            if type(node.ctx) is not ast.Load:  # type: ignore[attr-defined]
                bound.add(node.id)  # type: ignore[attr-defined]
        elif kind is ast.Call:
            if _passes_a_name(node):  # type: ignore[arg-type]
                calls.append(node)  # type: ignore[arg-type]
        elif kind in _BINDERS:
            bound.update(_binds(node))


def bound_names(function: Function) -> Set[str]:
    bound: Set[str] = set()
    _walk_own(list(function.body), [], bound)
    return bound


def calls_passing_names(function: Function, hot: Optional[List[int]]) -> List[ast.Call]:
    """The calls passing a bare name in the function's own statements (on the fast path, those
    touching a ``hot`` line: a call with a row spells a word of one)."""
    calls: List[ast.Call] = []
    if hot is None:
        _walk_own(list(function.body), calls, set())
        return calls
    ignored: Set[str] = set()
    stack: List[ast.stmt] = list(function.body)
    while stack:
        stmt = stack.pop()
        if type(stmt) in _SCOPES:
            continue
        index = bisect_left(hot, stmt.lineno)
        touches = index < len(hot) and hot[index] <= (stmt.end_lineno or stmt.lineno)
        children = _child_statements(stmt)
        if children:
            stack.extend(children)
            if touches:
                _walk_own([value for name, value in ast.iter_fields(stmt)
                           if name not in _NESTED], calls, ignored)
        elif touches:
            _walk_own([stmt], calls, ignored)
    return calls


def unique(names: Sequence[str]) -> Set[str]:
    seen: Set[str] = set()
    twice: Set[str] = set()
    for name in names:
        (twice if name in seen else seen).add(name)
    return seen - twice


def renamed(rows: Rows, callee: str) -> Rows:
    return tuple(row._replace(callee=callee, requires="") for row in rows
                 if row.meaning is not pos.Meaning.CONSTRUCTOR)


def given(call: ast.Call, row: pos.CallPosition) -> Iterator[ast.expr]:
    """What ``call`` passes in the status slot of ``row`` (positions before any ``*args``)."""
    if row.arg is not None:
        positional = []
        for argument in call.args:
            if isinstance(argument, ast.Starred):
                break
            positional.append(argument)
        if row.arg < len(positional):
            yield positional[row.arg]
    if row.keyword is not None:
        yield from (k.value for k in call.keywords if k.arg == row.keyword)
