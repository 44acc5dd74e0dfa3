"""Dicts keyed by status under a keyword (``positions.KEYED``): a route's
``responses={404: {...}}`` (or, where the framework takes one, a list of statuses), and handlers
by status (``Starlette(exception_handlers={404: not_found})``); under the keyword, or under its
name in a dict literal unpacked into the call (``**{"responses": {...}}``)."""

from __future__ import annotations

import ast
from functools import lru_cache
from typing import TYPE_CHECKING, Dict, FrozenSet, Iterator, List, Optional

from flake8_httpstatus import positions as pos
from flake8_httpstatus.kinds import gates, prepares, visits
from flake8_httpstatus.kinds.calls import arguments, called_name
from flake8_httpstatus.kinds.expressions import literals
from flake8_httpstatus.kinds.parts import string_value

if TYPE_CHECKING:
    import libcst as cst

    from flake8_httpstatus.prefilter import Scanner
    from flake8_httpstatus.visitor import StatusVisitor


@lru_cache(maxsize=None)
def _site(keyed: pos.KeyedPosition) -> pos.Site:
    return pos.Site(True, pos.Strings.IGNORED, keyed.meaning, keyed.formatted)


def _keys(keyed: pos.KeyedPosition, value: cst.BaseExpression) -> List[cst.BaseExpression]:
    """The keys of a dict literal, or, where the keyword may take one, a list's elements."""
    if isinstance(value, cst.Dict):
        return [e.key for e in value.elements if isinstance(e, cst.DictElement)]
    if keyed.lists and isinstance(value, (cst.List, cst.Tuple, cst.Set)):
        return list(literals(value, collections=True))
    return []


def _unpacked(node: cst.Call, keyword: str) -> Optional[cst.BaseExpression]:
    """The value under ``keyword`` in a dict literal unpacked into the call
    (``**{"responses": {404: ...}}``), or None."""
    for argument in node.args:
        if argument.star == "**" and isinstance(argument.value, cst.Dict):
            for element in argument.value.elements:
                if isinstance(element, cst.DictElement) \
                        and string_value(element.key) == keyword:
                    return element.value
    return None


@visits("Call")
def visit_call(visitor: StatusVisitor, node: cst.Call) -> None:
    func = node.func
    method = func.attr.value if isinstance(func, cst.Attribute) else (
        func.value if isinstance(func, cst.Name) else None)
    for keyed in visitor.tables.keyed:
        if method in keyed.methods:
            value = arguments(node)[1].get(keyed.keyword)
            if value is None:
                value = _unpacked(node, keyed.keyword)
            if value is not None:
                for key in _keys(keyed, value):
                    visitor.value(key, _site(keyed))


#: Keyword -> the callees whose dict under it is keyed by status.
_KEYED: Dict[str, FrozenSet[str]] = {}
for _keyed in pos.KEYED:
    _KEYED[_keyed.keyword] = _KEYED.get(_keyed.keyword, frozenset()) | _keyed.methods


#: The callees of those: their calls are gated whatever their keywords (``**{...}``).
_METHODS: FrozenSet[str] = frozenset().union(*_KEYED.values())


@prepares
def prepare(scanner: Scanner) -> None:
    scanner.hot_keywords |= frozenset(_KEYED)
    scanner.hot_callees |= _METHODS


def _keywords(node: ast.Call) -> Iterator[str]:
    """The keywords of a call, and the string keys of a dict literal unpacked into it."""
    for keyword in node.keywords:
        if keyword.arg is not None:
            yield keyword.arg
        elif isinstance(keyword.value, ast.Dict):
            for key in keyword.value.keys:
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    yield key.value


@gates(ast.Call)
def gate_call(scanner: Scanner, node: ast.Call) -> bool:
    if not node.keywords:
        return False
    name = called_name(node)
    return name is not None and any(name in _KEYED.get(k, ()) for k in _keywords(node))


TITLE = "Dicts keyed by status"


def doc() -> str:
    rows = ["| keyword | of calls named | the statuses | where |", "|---|---|---|---|"]
    for keyed in pos.KEYED:
        what = keyed.meaning.value if keyed.meaning else "documented"
        where = f"modules importing `{keyed.requires}`" if keyed.requires else "anywhere"
        lists = " (or a list)" if keyed.lists else ""
        rows.append(f"| `{keyed.keyword}={{...}}`{lists} | "
                    + ", ".join(f"`{m}`" for m in sorted(keyed.methods))
                    + f" | {what} | {where} |")
    return "\n".join(rows)
