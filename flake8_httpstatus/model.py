"""What a module makes of the framework calls it imports: its own subclasses of a framework's
response or exception class, and its helpers whose parameter flows unchanged into a call's status
slot. Each becomes a status position of its own, with the meaning of the slot it reaches:

* ``class ConflictError(HTTPException)``: its ``super().__init__(...)`` takes the base's status
  slot, and so do its own calls (``ConflictError(409)``) where it keeps the base's ``__init__``;
  a subclass of such a class in the module, the same.
* ``def error(message, code=400): return JSONResponse({...}, status_code=code)``: ``error("x",
  404)``, ``error("x", code=404)`` and the default ``400`` are positions of ``JSONResponse``'s
  slot; so are a method's (``self.fail(404)`` in the class that defines ``fail``, or a subclass
  of it in the module) and an ``__init__``'s that hands its parameter to ``super().__init__``
  (``APIError(404, "gone")``).

A parameter counts only where it stands bare in the slot (not ``code + 400``) and is never bound
again in its function (not after ``code = int(code)``). A name defined twice in the module, or
imported as well, counts for neither.

Read from the ``ast`` by both checker paths alike, before LibCST visits anything: the summary is
module-level knowledge, as ``views.py``'s is. It knows no position of its own: a slot is a row of
the call tables, looked up as the ``calls`` kind looks it up (``kinds.calls.rows_of``); the
``local`` kind matches the summary's rows in LibCST's tree.
"""

from __future__ import annotations

import ast
from bisect import bisect_left
from typing import Dict, Iterator, List, Optional, Sequence, Set, Tuple, Union

from flake8_httpstatus import positions as pos
from flake8_httpstatus.imports import ImportMap, imported_modules
from flake8_httpstatus.kinds.calls import RowTable, call_tables, rows_of
from flake8_httpstatus.kinds.expressions import dotted_name_ast
from flake8_httpstatus.views import _child_statements

Function = Union[ast.FunctionDef, ast.AsyncFunctionDef]
Rows = Tuple[pos.CallPosition, ...]
#: The module's text, its lines and the lines holding a position's word (``words.hot_lines``)
Hot = Tuple[str, Sequence[str], List[int]]
#: At most how many times the summary is read again, for helpers that call helpers (it stops
#: as soon as a reading changes nothing: both paths reach the same summary).
_ROUNDS = 8


class Model:
    """A module's summary. ``rows``: the call rows of its helper functions and of its classes'
    constructors, by their bare names; ``methods``: class -> method -> the rows of
    ``self.method(...)``; ``supers``: class -> the rows of ``super().__init__(...)`` in it;
    ``defaults``: (class or "", function) -> parameter -> the row whose slot its default
    fills. ``owners``: the classes whose names LibCST must see around a statement of theirs."""

    __slots__ = ("rows", "methods", "supers", "defaults", "owners", "default_args")

    def __init__(self) -> None:
        self.rows: Rows = ()
        self.methods: Dict[str, Dict[str, Rows]] = {}
        self.supers: Dict[str, Rows] = {}
        self.defaults: Dict[Tuple[str, str], Dict[str, pos.CallPosition]] = {}
        self.owners: frozenset[str] = frozenset()
        #: ``id()`` of the ``ast.arguments`` holding such a default (the prefilter's gate)
        self.default_args: Set[int] = set()

    def __bool__(self) -> bool:
        return bool(self.rows or self.methods or self.supers or self.defaults)

    def __repr__(self) -> str:
        """Everything the findings depend on (a part of the result cache's key)."""
        return repr((self.rows, sorted(self.methods.items()), sorted(self.supers.items()),
                     sorted(self.defaults.items())))

    def names(self) -> frozenset[str]:
        """The last names of the callees the summary adds (and ``__init__`` for ``super()``)."""
        return frozenset((*(row.callee for row in self.rows),
                          *(name for methods in self.methods.values() for name in methods),
                          *(("__init__",) if self.supers else ()),
                          *(name for _, name in self.defaults)))

    def slots(self) -> Dict[str, frozenset[Tuple[Optional[int], Optional[str]]]]:
        """Last name of each callee -> the (position, keyword) pairs it takes."""
        table: Dict[str, Set[Tuple[Optional[int], Optional[str]]]] = {}
        every = [*((row.callee, row) for row in self.rows),
                 *((name, row) for methods in self.methods.values()
                   for name, rows in methods.items() for row in rows),
                 *(("__init__", row) for rows in self.supers.values() for row in rows)]
        for name, row in every:
            table.setdefault(name, set()).add((row.arg, row.keyword))
        return {name: frozenset(slots) for name, slots in table.items()}


_EMPTY = Model()


def empty() -> Model:
    return _EMPTY


class _Def:
    """A function of the module: its node, the class whose body holds it (or None), and its
    parameters as a call passes them."""

    __slots__ = ("node", "owner", "positional", "keywords")

    def __init__(self, node: Function, owner: Optional[ast.ClassDef]) -> None:
        self.node = node
        self.owner = owner
        args = node.args
        positional = [a.arg for a in (*args.posonlyargs, *args.args)]
        if owner is not None and positional and not any(
                dotted_name_ast(d) == ["staticmethod"] for d in node.decorator_list):
            positional = positional[1:]  # self, cls
        self.positional = positional
        self.keywords = {a.arg for a in (*args.args, *args.kwonlyargs)} - {
            a.arg for a in args.posonlyargs}

    def slot(self, param: str) -> Tuple[Optional[int], Optional[str]]:
        index = self.positional.index(param) if param in self.positional else None
        return index, param if param in self.keywords else None


def _definitions(body: Sequence[ast.stmt], owner: Optional[ast.ClassDef],
                 classes: List[ast.ClassDef]) -> Iterator[_Def]:
    for stmt in body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield _Def(stmt, owner)
            yield from _definitions(stmt.body, None, classes)
        elif isinstance(stmt, ast.ClassDef):
            classes.append(stmt)
            yield from _definitions(stmt.body, stmt, classes)
        else:
            yield from _definitions(_child_statements(stmt), owner, classes)


_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
_BINDERS = (ast.Global, ast.Nonlocal, ast.ExceptHandler)


def _passes_a_name(call: ast.Call) -> bool:
    return any(type(a) is ast.Name for a in call.args) or any(
        type(k.value) is ast.Name for k in call.keywords)


def _binds(node: ast.AST) -> Sequence[str]:
    """The names a ``global``, ``nonlocal`` or ``except ... as`` node binds."""
    if isinstance(node, (ast.Global, ast.Nonlocal)):
        return node.names
    return (node.name,) if isinstance(node, ast.ExceptHandler) and node.name else ()


def _calls_and_bound(function: Function) -> Tuple[List[ast.Call], Set[str]]:
    """One walk of a function's own body (not of the functions, classes and lambdas in it): the
    calls in it that pass a bare name, and the names it binds (a parameter bound again is no
    longer the value given)."""
    calls: List[ast.Call] = []
    bound: Set[str] = set()
    stack: List[object] = list(function.body)
    pop, push, extend = stack.pop, stack.append, stack.extend
    while stack:
        node = pop()
        kind = type(node)
        fields = getattr(node, "_fields", None)
        if fields is None or kind in _SCOPES:
            continue
        if kind is ast.Name:
            if type(node.ctx) is not ast.Load:  # type: ignore[attr-defined]
                bound.add(node.id)  # type: ignore[attr-defined]
            continue
        if kind is ast.Call:
            if _passes_a_name(node):  # type: ignore[arg-type]
                calls.append(node)  # type: ignore[arg-type]
        elif kind in _BINDERS:
            bound.update(_binds(node))  # type: ignore[arg-type]
        for name in fields:
            value = getattr(node, name, None)
            if type(value) is list:
                extend(value)
            elif isinstance(value, ast.AST):
                push(value)
    return calls, bound


def _unique(names: Sequence[str]) -> Set[str]:
    seen: Set[str] = set()
    twice: Set[str] = set()
    for name in names:
        (twice if name in seen else seen).add(name)
    return seen - twice


def _renamed(rows: Rows, callee: str) -> Rows:
    return tuple(row._replace(callee=callee, requires="") for row in rows
                 if row.meaning is not pos.Meaning.CONSTRUCTOR)


def _given(call: ast.Call, row: pos.CallPosition) -> Iterator[ast.expr]:
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


class _Summary:
    """One module's summary being built (``summarise``)."""

    def __init__(self, tree: ast.Module, imports: ImportMap,
                 extra_calls: Tuple[pos.CallPosition, ...], hot: Optional[Hot]) -> None:
        self.imports = imports
        self.hot = hot
        self.hot_lines: List[int] = hot[2] if hot is not None else []
        self.hot_names: frozenset[str] = frozenset()
        self.qualified: RowTable
        self.methods: RowTable
        self.qualified, self.methods, _ = call_tables(
            extra_calls, pos.required_packages() & frozenset(imported_modules(imports)))
        self.classes: List[ast.ClassDef] = []
        self.defs = list(_definitions(tree.body, None, self.classes))
        self.names = _unique([c.name for c in self.classes]
                             + [d.node.name for d in self.defs if d.owner is None]) - set(imports)
        self.functions: Dict[str, Rows] = {}
        self.constructors: Dict[str, Rows] = {}
        self.supers: Dict[str, Rows] = {}
        self.own_methods: Dict[str, Dict[str, Rows]] = {}
        self.flows: Dict[int, Dict[str, pos.CallPosition]] = {}  # id(def) -> param -> row
        #: id(def) -> its calls that pass a bare name, and the names it binds
        self.walked: Dict[int, Tuple[List[ast.Call], Set[str]]] = {}

    def read(self, function: _Def) -> Tuple[List[ast.Call], Set[str]]:
        """A function's calls and bound names; none where no line of it holds a word of a slot's
        callee or of the module's own (the fast path's ``hot``: a call with a row spells one, so
        this changes no summary, only what it costs)."""
        node = function.node
        walked = self.walked.get(id(node))
        if walked is None:
            if self.hot is not None:
                index = bisect_left(self.hot_lines, node.lineno)
                if index == len(self.hot_lines) or \
                        self.hot_lines[index] > (node.end_lineno or node.lineno):
                    return [], set()
            walked = self.walked[id(node)] = _calls_and_bound(node)
        return walked

    def more_hot_lines(self, names: frozenset[str]) -> None:
        """The lines that spell the module's own callees found so far are hot too; a function
        not read for want of one is read again."""
        if self.hot is None or names <= self.hot_names:
            return
        from flake8_httpstatus.words import hot_lines

        text, lines, _ = self.hot
        self.hot_lines = sorted({*self.hot_lines,
                                 *hot_lines(text, lines, names - self.hot_names)})
        self.hot_names = names

    def local_bases(self, cls: ast.ClassDef) -> Iterator[str]:
        for base in cls.bases:
            dotted = dotted_name_ast(base)
            if len(dotted) == 1 and dotted[0] in self.names:
                yield dotted[0]

    def base_rows(self, cls: ast.ClassDef) -> Rows:
        """The constructor rows of the first base that has any: a framework's class through the
        imports, or a class of the module."""
        for base in cls.bases:
            dotted = dotted_name_ast(base)
            if len(dotted) == 1 and dotted[0] in self.names:
                rows = _renamed(self.constructors.get(dotted[0], ()), cls.name)
            elif dotted and dotted[0] in self.imports:
                rows = _renamed(tuple(rows_of(self.qualified, {}, self.imports, dotted, None)),
                                cls.name)
            else:
                continue
            if rows:
                return rows
        return ()

    def method_rows(self, cls_name: str, name: str, seen: Tuple[str, ...] = ()
                    ) -> Optional[Rows]:
        """``self.name(...)`` in class ``cls_name``: its own method's rows, or a local base's;
        None where neither defines ``name``."""
        own = self.own_methods.get(cls_name, {})
        if name in own:
            return own[name]
        cls = next((c for c in self.classes if c.name == cls_name), None)
        if cls is None or cls_name in seen:
            return None
        for base in self.local_bases(cls):
            rows = self.method_rows(base, name, (*seen, cls_name))
            if rows is not None:
                return rows
        return None

    def callee_rows(self, call: ast.Call, owner: Optional[ast.ClassDef]) -> List[pos.CallPosition]:
        func = call.func
        if isinstance(func, ast.Name) and func.id in self.names:
            return list(self.functions.get(func.id, self.constructors.get(func.id, ())))
        if isinstance(func, ast.Attribute) and owner is not None:
            receiver = func.value
            local = self.method_rows(owner.name, func.attr) if isinstance(receiver, ast.Name) \
                and receiver.id in pos.OWN_RECEIVERS else None
            if local:
                return list(local)
            if func.attr == "__init__" and isinstance(receiver, ast.Call) \
                    and dotted_name_ast(receiver.func) == ["super"] and not receiver.args:
                return list(self.supers.get(owner.name, ()))
        return rows_of(self.qualified, self.methods, self.imports, dotted_name_ast(func),
                       func.attr if isinstance(func, ast.Attribute) else None)

    def flows_of(self, function: _Def) -> Dict[str, pos.CallPosition]:
        """Parameter -> the row of the slot it is passed to bare (one row, or none where two
        disagree on what the status is)."""
        calls, bound = self.read(function)
        params = {*function.positional, *function.keywords} - bound
        found: Dict[str, pos.CallPosition] = {}
        conflicting: Set[str] = set()
        for node in calls:
            for row in self.callee_rows(node, function.owner):
                for value in _given(node, row):
                    if isinstance(value, ast.Name) and value.id in params:
                        kept = found.setdefault(value.id, row)
                        if (kept.meaning, kept.strings) != (row.meaning, row.strings):
                            conflicting.add(value.id)
        return {param: row for param, row in found.items() if param not in conflicting}

    def rows_of_def(self, function: _Def, callee: str) -> Rows:
        rows = []
        for param, row in sorted(self.flows.get(id(function.node), {}).items()):
            arg, keyword = function.slot(param)
            if arg is not None or keyword is not None:
                rows.append(pos.CallPosition(callee, arg, keyword, row.meaning, row.strings,
                                             formatted=row.formatted, collection=row.collection))
        return tuple(rows)

    def round(self) -> None:
        for cls in self.classes:
            if cls.name not in self.names:
                continue
            rows = self.base_rows(cls)
            if rows:
                self.supers[cls.name] = rows
            init = next((d for d in self.defs if d.owner is cls and d.node.name == "__init__"),
                        None)
            if init is not None:
                self.constructors[cls.name] = self.rows_of_def(init, cls.name)
            elif rows and not cls.decorator_list:  # (a dataclass writes its own __init__)
                self.constructors[cls.name] = rows
        for function in self.defs:
            self.flows[id(function.node)] = self.flows_of(function)
            if function.owner is None:
                if function.node.name in self.names:
                    self.functions[function.node.name] = self.rows_of_def(
                        function, function.node.name)
            elif function.node.name != "__init__":
                self.own_methods.setdefault(function.owner.name, {})[function.node.name] = \
                    self.rows_of_def(function, function.node.name)

    def state(self) -> object:
        return (self.functions, self.constructors, self.supers, self.own_methods)

    def model(self) -> Model:
        model = Model()
        model.rows = tuple(row for rows in (*self.functions.values(),
                                            *self.constructors.values()) for row in rows)
        for cls in self.classes:
            if cls.name not in self.names:
                continue
            lineage = self._lineage(cls)
            methods = {name: rows for name, rows in (
                (d.node.name, self.method_rows(cls.name, d.node.name)) for d in self.defs
                if d.owner is not None and d.owner.name in lineage) if rows}
            if methods:
                model.methods[cls.name] = methods
        model.supers = {name: rows for name, rows in self.supers.items() if rows}
        self._defaults(model)
        model.owners = frozenset((*model.methods, *model.supers,
                                  *(owner for owner, _ in model.defaults if owner)))
        return model

    def _lineage(self, cls: ast.ClassDef, depth: int = 0) -> Set[str]:
        names = {cls.name}
        for base in self.local_bases(cls):
            parent = next((c for c in self.classes if c.name == base), None)
            if parent is not None and depth < 8:
                names |= self._lineage(parent, depth + 1)
        return names

    def _defaults(self, model: Model) -> None:
        keys = [(d.owner.name if d.owner is not None else "", d.node.name) for d in self.defs]
        unique = _unique([f"{owner}.{name}" for owner, name in keys])
        for (owner, name), function in zip(keys, self.defs):
            if f"{owner}.{name}" in unique and (owner or name) in self.names:
                defaults = _defaults_of(function.node.args, self.flows.get(id(function.node), {}))
                if defaults:
                    model.defaults[(owner, name)] = defaults
                    model.default_args.add(id(function.node.args))


def _defaults_of(args: ast.arguments, flows: Dict[str, pos.CallPosition]
                 ) -> Dict[str, pos.CallPosition]:
    """Parameter -> the row of the slot it flows into, for each parameter with a default."""
    given = [a.arg for a in (*args.posonlyargs, *args.args)][len(args.posonlyargs) + len(
        args.args) - len(args.defaults):]
    given += [a.arg for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
    return {param: flows[param] for param in given if param in flows}


def summarise(tree: ast.Module, imports: ImportMap,
              extra_calls: Tuple[pos.CallPosition, ...] = (), hot: Optional[Hot] = None
              ) -> Model:
    """The module's subclasses and helpers (an empty summary where it has none). ``hot``: the
    fast path's lines holding a position's word, where only the functions holding one need be
    read."""
    summary = _Summary(tree, imports, extra_calls, hot)
    if not summary.defs and not summary.classes:
        return _EMPTY
    for _ in range(_ROUNDS):
        before = repr(summary.state())
        summary.round()
        if repr(summary.state()) == before:
            break
        summary.more_hot_lines(summary.model().names())
    model = summary.model()
    return model if model else _EMPTY
