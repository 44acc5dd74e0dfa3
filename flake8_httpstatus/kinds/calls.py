"""Calls that take a status: a row of ``positions.CALLS`` (``abort(404)``,
``Response(body, status=201)``, ``self.send_response(404)``), and ``HTTPStatus(404)`` itself."""

from __future__ import annotations

import ast
from functools import lru_cache
from typing import TYPE_CHECKING, Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from flake8_httpstatus import positions as pos
from flake8_httpstatus.imports import ImportMap, qualify
from flake8_httpstatus.kinds import gates, prepares, visits
from flake8_httpstatus.kinds.expressions import dotted_name, literals
from flake8_httpstatus.kinds.parts import Parts, header_names, is_content

if TYPE_CHECKING:
    import libcst as cst

    from flake8_httpstatus.prefilter import Scanner
    from flake8_httpstatus.visitor import StatusVisitor

Arguments = Tuple[List["cst.BaseExpression"], Dict[str, "cst.BaseExpression"]]
Slots = Dict[str, FrozenSet[Tuple[Optional[int], Optional[str]]]]
RowTable = Dict[str, List[pos.CallPosition]]


# -- the rows, for either tree -------------------------------------------------------------------
@lru_cache(maxsize=64)
def call_tables(extra_calls: Tuple[pos.CallPosition, ...], imported: FrozenSet[str]
                ) -> Tuple[RowTable, RowTable, List[pos.KeyedPosition]]:
    """The call rows by qualified callee and by method name, and the keyed positions, for the
    frameworks (of those some rows require) a module imports: built once per such set."""
    qualified: RowTable = {}
    methods: RowTable = {}
    for row in (*pos.CALLS, *extra_calls):
        if row.requires and row.requires not in imported:
            continue
        table = methods if row.is_method else qualified
        table.setdefault(row.callee[1:] if row.is_method else row.callee, []).append(row)
    keyed = [k for k in pos.KEYED if not k.requires or k.requires in imported]
    return qualified, methods, keyed


def rows_of(qualified: RowTable, methods: RowTable, imports: ImportMap,
            dotted: Optional[Sequence[str]], attribute: Optional[str]) -> List[pos.CallPosition]:
    """The rows of a callee spelt ``dotted`` (None where it is no dotted name), ``attribute`` its
    last name where it is an attribute: by its qualified name, and a method row by its name on
    any object (``respx.get(url).respond(404)``). The visitor asks it of LibCST's callees and the
    module's summary (``model.py``) of the ``ast``'s."""
    rows: List[pos.CallPosition] = []
    if dotted and (dotted[0] in imports or len(dotted) == 1):
        # ``tornado.web.HTTPError`` only through an import of ``tornado`` (else the name is
        # undefined); a bare name such as WSGI's ``start_response`` (a parameter) as it is
        rows = list(qualified.get(qualify(imports, dotted), ()))
    if attribute is not None:
        rows.extend(methods.get(attribute, ()))
    return rows


# -- LibCST --------------------------------------------------------------------------------------
def arguments(node: cst.Call) -> Arguments:
    """The positional arguments up to the first ``*args`` (where later ones stand is unknown),
    and the keywords."""
    positional = []
    for argument in node.args:
        if argument.star or argument.keyword is not None:
            break
        positional.append(argument.value)
    return positional, {a.keyword.value: a.value for a in node.args if a.keyword is not None}


def _rows_for(visitor: StatusVisitor, func: cst.BaseExpression) -> List[pos.CallPosition]:
    tables = visitor.tables
    return rows_of(tables.qualified_rows, tables.method_rows, visitor.imports, dotted_name(func),
                   func.attr.value if isinstance(func, cst.Attribute) else None)


@visits("Call")
def visit_call(visitor: StatusVisitor, node: cst.Call) -> None:
    rows = _rows_for(visitor, node.func)
    if rows:
        apply_rows(visitor, node, rows)


def apply_rows(visitor: StatusVisitor, node: cst.Call, rows: Sequence[pos.CallPosition]) -> None:
    """The values in the status slots of ``node`` by each of its ``rows``."""
    positional, keywords = arguments(node)
    for row in rows:
        site = site_of(row)
        parts = None if row.headers is None and row.body is None else \
            _parts(visitor, node, row, (positional, keywords))
        if row.meaning is pos.Meaning.CONSTRUCTOR and len(node.args) == len(positional) == 1 \
                and isinstance(positional[0], cst.Integer):
            visitor.constructor(positional[0], node)  # HTTPStatus(404): the call goes
            continue
        given = [positional[row.arg]] if row.arg is not None and row.arg < len(positional) \
            else []
        if row.keyword is not None and row.keyword in keywords:
            given.append(keywords[row.keyword])
        for value in given:
            for item in literals(value, row.collection):
                visitor.value(item, site, parts)


@lru_cache(maxsize=None)
def site_of(row: pos.CallPosition) -> pos.Site:
    return row.site()


def _in_slot(slot: pos.Slot, args: Arguments) -> Optional[cst.BaseExpression]:
    positional, keywords = args
    if slot.arg is not None and slot.arg < len(positional):
        return positional[slot.arg]
    return next((keywords[k] for k in slot.keywords if k in keywords), None)


def _parts(visitor: StatusVisitor, node: cst.Call, row: pos.CallPosition,
           args: Arguments) -> Parts:
    """The headers and body of the response ``node`` builds. Its headers count only where it is
    returned as it is built (else they may be set on the next line), and only if every argument
    is in sight (no ``*args`` or ``**kwargs``)."""
    starred = any(a.star for a in node.args)
    headers: Optional[frozenset[str]] = None
    if row.headers is not None and node is visitor.returned and not starred:
        given = _in_slot(row.headers, args)
        headers = frozenset() if given is None else header_names(given)
    body = _in_slot(row.body, args if not starred else ([], args[1])) \
        if row.body is not None else None
    return Parts(headers, body is not None and is_content(body))


# -- ast gate ------------------------------------------------------------------------------------
def _slots(rows: Iterable[Tuple[str, pos.CallPosition]]) -> Slots:
    table: Dict[str, set[Tuple[Optional[int], Optional[str]]]] = {}
    for name, row in rows:
        table.setdefault(name, set()).add((row.arg, row.keyword))
    return {name: frozenset(slots) for name, slots in table.items()}


@lru_cache(maxsize=64)
def _call_slots(extra_calls: Tuple[pos.CallPosition, ...], constants: bool) -> Slots:
    """Last name of every callee that takes a status -> the (position, keyword) pairs it takes;
    with ``constants``, of those where a named constant counts too (``judges_constants``)."""
    return _slots((row.last_name, row) for row in (*pos.CALLS, *extra_calls)
                  if not constants or row.judges_constants)


def merged_slots(slots: Slots, more: Slots) -> Slots:
    if not more:
        return slots
    return {**slots, **{name: slots.get(name, frozenset()) | extra for name, extra in more.items()}}


@lru_cache(maxsize=64)
def _rows_by_callee(extra_calls: Tuple[pos.CallPosition, ...]) -> Dict[str, List[pos.CallPosition]]:
    """The call rows by their callee's absolute name, in the tables' order."""
    found: Dict[str, List[pos.CallPosition]] = {}
    for row in (*pos.CALLS, *extra_calls):
        found.setdefault(row.callee, []).append(row)
    return found


@prepares
def prepare(scanner: Scanner) -> None:
    """The slots of the callees the module can call, by the name it calls them (``from flask
    import abort as fail``)."""
    by_callee = _rows_by_callee(scanner.extra_calls)
    imported = [(binding, row) for binding, target in scanner.imports.items()
                for row in by_callee.get(target, ())]
    scanner.aliases = _slots(imported)
    scanner.slots = merged_slots(_call_slots(scanner.extra_calls, False), scanner.aliases)
    scanner.class_slots = merged_slots(_call_slots(scanner.extra_calls, True), _slots(
        (binding, row) for binding, row in imported if row.judges_constants))
    scanner.hot_callees |= frozenset(scanner.slots)


def is_literal(node: ast.AST) -> bool:
    """An int or str literal, or a conditional choosing between such (``503 if busy else 200``)."""
    if type(node) is ast.IfExp:
        return is_literal(node.body) or is_literal(node.orelse)
    return type(node) is ast.Constant and type(node.value) in (int, str)


def _taken(node: ast.AST, constants: FrozenSet[str]) -> bool:
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):  # Retry(status_forcelist=[503])
        return any(_taken(element, constants) for element in node.elts)
    return is_literal(node) or bool(constants) and (
        isinstance(node, ast.Attribute) and node.attr in constants
        or isinstance(node, ast.Name) and node.id in constants)


def _takes(call: ast.Call, slots: FrozenSet[Tuple[Optional[int], Optional[str]]],
           constants: FrozenSet[str] = frozenset()) -> bool:
    """Whether a status slot of ``call`` holds a literal, or one of the named ``constants``."""
    args: Sequence[ast.expr] = call.args
    for index, keyword in slots:
        if index is not None and index < len(args) and _taken(args[index], constants):
            return True
        if keyword is not None and any(kw.arg == keyword and _taken(kw.value, constants)
                                       for kw in call.keywords):
            return True
    return False


def called_name(call: ast.Call) -> Optional[str]:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else (
        func.id if isinstance(func, ast.Name) else None)


@gates(ast.Call)
def gate_call(scanner: Scanner, node: ast.Call) -> bool:
    name = called_name(node)
    if name is None:
        return False
    wanted = scanner.slots.get(name)
    if wanted is not None and _takes(node, wanted):
        return True
    checked = scanner.class_slots.get(name)
    return checked is not None and _takes(node, checked, scanner.names)  # abort(HTTPStatus.OK)


# -- docs/positions.md ---------------------------------------------------------------------------
TITLE = "Calls"


def _where(arg: Optional[int], keywords: Sequence[str]) -> str:
    slots = [f"argument {arg + 1}"] if arg is not None else []
    slots += [f"`{keyword}=`" for keyword in keywords]
    return " or ".join(slots)


def _part(slot: Optional[pos.Slot]) -> str:
    return "-" if slot is None else _where(slot.arg, slot.keywords)


def doc() -> str:
    rows = [
        "The calls known to take an HTTP status, with where the status goes and what the call "
        "does with it. A callee starting with a dot is a method of any object "
        "(`.send_response` matches `self.send_response(...)`); the others are matched through "
        "the module's imports (`from flask import abort as fail; fail(404)` is found). Where a "
        "call builds a response, its headers and body are read for HTS009, HTS010 and HTS012. "
        "`HTTPStatus(404)` itself is one: the suggestion replaces the call.", "",
        "| callee | status | the call | headers | body |", "|---|---|---|---|---|",
    ]
    for row in pos.CALLS:
        callee = f"`{row.callee}`" + (f" (in modules importing `{row.requires}`)"
                                      if row.requires else "")
        line = " (a status line)" if row.strings == pos.Strings.LINE else ""
        slot = _where(row.arg, (row.keyword,) if row.keyword else ()) + line + (
            " (or a list of them)" if row.collection else "")
        rows.append(f"| {callee} | {slot} | {row.meaning.value} | "
                    f"{_part(row.headers)} | {_part(row.body)} |")
    return "\n".join(rows)
