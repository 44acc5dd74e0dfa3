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
from typing import Dict, Iterator, List, Optional, Sequence, Set, Tuple, Union

from flake8_httpstatus import positions as pos
from flake8_httpstatus.imports import ImportMap, imported_modules, qualify
from flake8_httpstatus.kinds.calls import RowTable, call_tables, rows_of
from flake8_httpstatus.kinds.expressions import dotted_name_ast
from flake8_httpstatus.model_ast import (Definition, bound_names, calls_passing_names,
                                         definitions, given, renamed, unique)

Rows = Tuple[pos.CallPosition, ...]
#: The module's text, its lines and the lines holding a position's word (``words.hot_lines``)
Hot = Tuple[str, Sequence[str], List[int]]
#: The module's functions, each with the class whose body holds it, and its classes
Structure = Tuple[List[Tuple[Union[ast.FunctionDef, ast.AsyncFunctionDef],
                             Optional[ast.ClassDef]]], List[ast.ClassDef]]
#: The part of a project class's method row's callee between the class and the method's name
#: (``tests.base.APITestCase.<self>.assert_status``): no call spells it, so only a subclass's
#: ``self.assert_status(...)`` reads it (``project.py`` makes such rows).
METHOD = "<self>"
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


class _Summary:
    """One module's summary being built (``summarise``)."""

    def __init__(self, tree: ast.Module, imports: ImportMap,
                 extra_calls: Tuple[pos.CallPosition, ...], hot: Optional[Hot],
                 structure: Optional[Structure]) -> None:
        self.imports = imports
        self.hot = hot
        self.hot_lines: List[int] = hot[2] if hot is not None else []
        self.hot_names: frozenset[str] = frozenset()
        self.qualified: RowTable
        self.methods: RowTable
        self.qualified, self.methods, _ = call_tables(
            extra_calls, pos.required_packages() & frozenset(imported_modules(imports)))
        self.classes: List[ast.ClassDef] = []
        if structure is None:
            self.defs = list(definitions(tree.body, None, self.classes))
        else:
            self.defs = [Definition(node, owner) for node, owner in structure[0]]
            self.classes = structure[1]
        self.class_named = {c.name: c for c in self.classes}
        self.names = unique([c.name for c in self.classes]
                            + [d.node.name for d in self.defs if d.owner is None]) - set(imports)
        self.functions: Dict[str, Rows] = {}
        self.constructors: Dict[str, Rows] = {}
        self.supers: Dict[str, Rows] = {}
        self.own_methods: Dict[str, Dict[str, Rows]] = {}
        self.flows: Dict[int, Dict[str, pos.CallPosition]] = {}  # id(def) -> param -> row
        #: (id(def), how many hot lines) -> its calls that pass a bare name
        self.walked: Dict[Tuple[int, int], List[ast.Call]] = {}
        #: a project class the module imports -> its helper methods' rows (``project.METHOD``)
        self.inherited = _inherited(extra_calls)

    def read(self, function: Definition) -> List[ast.Call]:
        """A function's calls that pass a bare name; on the fast path only those in statements
        touching a line that holds a word of a slot's callee or of the module's own (``hot``: a
        call with a row spells one, so this changes no summary, only what it costs)."""
        node = function.node
        key = (id(node), len(self.hot_lines))
        calls = self.walked.get(key)
        if calls is None:
            calls = self.walked[key] = calls_passing_names(node, self.hot_lines if self.hot else None)
        return calls

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
                rows = renamed(self.constructors.get(dotted[0], ()), cls.name)
            elif dotted and dotted[0] in self.imports:
                rows = renamed(tuple(rows_of(self.qualified, {}, self.imports, dotted, None)),
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
        cls = self.class_named.get(cls_name)
        if cls is None or cls_name in seen:
            return None
        for base in self.local_bases(cls):
            rows = self.method_rows(base, name, (*seen, cls_name))
            if rows is not None:
                return rows
        for methods in self.imported_bases(cls):
            if name in methods:
                return methods[name]
        return None

    def imported_bases(self, cls: ast.ClassDef) -> Iterator[Dict[str, Rows]]:
        """The helper methods of the project's classes among the bases of ``cls`` that the
        module imports (``class ItemTests(APITestCase)``)."""
        if not self.inherited:
            return
        for base in cls.bases:
            dotted = dotted_name_ast(base)
            if dotted and dotted[0] in self.imports:
                methods = self.inherited.get(qualify(self.imports, dotted))
                if methods:
                    yield methods

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

    def flows_of(self, function: Definition) -> Dict[str, pos.CallPosition]:
        """Parameter -> the row of the slot it is passed to bare (one row, or none where two
        disagree on what the status is)."""
        if not function.positional and not function.keywords:  # (a test's ``def test(self)``)
            return {}
        params = {*function.positional, *function.keywords}
        found: Dict[str, pos.CallPosition] = {}
        conflicting: Set[str] = set()
        for node in self.read(function):
            for row in self.callee_rows(node, function.owner):
                for value in given(node, row):
                    if isinstance(value, ast.Name) and value.id in params:
                        kept = found.setdefault(value.id, row)
                        if (kept.meaning, kept.strings) != (row.meaning, row.strings):
                            conflicting.add(value.id)
        if found:
            conflicting |= bound_names(function.node)
        return {param: row for param, row in found.items() if param not in conflicting}

    def rows_of_def(self, function: Definition, callee: str) -> Rows:
        rows = []
        for param, row in sorted(self.flows.get(id(function.node), {}).items()):
            arg, keyword = function.slot(param)
            if arg is not None or keyword is not None:
                # the slot's meaning and what its framework does with the value (its fix's
                # safety: a helper of send_response converts, one of Starlette's response keeps)
                rows.append(pos.CallPosition(callee, arg, keyword, row.meaning, row.strings,
                                             formatted=row.formatted, collection=row.collection,
                                             converts=row.converts))
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

    def helper_methods(self) -> Set[str]:
        """The names of the methods of the module that hand a parameter to a slot, and of those
        of the project's classes it imports."""
        return {name for methods in (*self.own_methods.values(), *self.inherited.values())
                for name, rows in methods.items() if rows}

    def names_so_far(self) -> frozenset[str]:
        """The last names of the callees found so far (``Model.names``)."""
        return frozenset((*(name for name, rows in self.functions.items() if rows),
                          *(name for name, rows in self.constructors.items() if rows),
                          *self.helper_methods(),
                          *(("__init__",) if any(self.supers.values()) else ())))

    def model(self) -> Model:
        model = Model()
        model.rows = tuple(row for rows in (*self.functions.values(),
                                            *self.constructors.values()) for row in rows)
        helpers = self.helper_methods()
        for cls in self.classes if helpers else ():
            if cls.name not in self.names:
                continue
            methods = {name: rows for name, rows in (
                (name, self.method_rows(cls.name, name)) for name in helpers) if rows}
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
            parent = self.class_named.get(base)
            if parent is not None and depth < 8:
                names |= self._lineage(parent, depth + 1)
        return names

    def _defaults(self, model: Model) -> None:
        if not any(self.flows.values()):
            return
        keys = [(d.owner.name if d.owner is not None else "", d.node.name) for d in self.defs]
        once = unique([f"{owner}.{name}" for owner, name in keys])
        for (owner, name), function in zip(keys, self.defs):
            if f"{owner}.{name}" in once and (owner or name) in self.names:
                defaults = _defaults_of(function.node.args, self.flows.get(id(function.node), {}))
                if defaults:
                    model.defaults[(owner, name)] = defaults
                    model.default_args.add(id(function.node.args))


def _inherited(extra_calls: Tuple[pos.CallPosition, ...]) -> Dict[str, Dict[str, Rows]]:
    """Project class -> method -> rows, from the rows ``project.py`` gives the helper methods of
    the project's classes (``tests.base.APITestCase.<self>.assert_status``)."""
    found: Dict[str, Dict[str, Rows]] = {}
    for row in extra_calls:
        cls, marker, method = row.callee.rpartition(f".{METHOD}.")
        if marker:
            methods = found.setdefault(cls, {})
            methods[method] = (*methods.get(method, ()), row._replace(callee=method))
    return found


def _defaults_of(args: ast.arguments, flows: Dict[str, pos.CallPosition]
                 ) -> Dict[str, pos.CallPosition]:
    """Parameter -> the row of the slot it flows into, for each parameter with a default."""
    given = [a.arg for a in (*args.posonlyargs, *args.args)][len(args.posonlyargs) + len(
        args.args) - len(args.defaults):]
    given += [a.arg for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
    return {param: flows[param] for param in given if param in flows}


def summarise(tree: ast.Module, imports: ImportMap,
              extra_calls: Tuple[pos.CallPosition, ...] = (), hot: Optional[Hot] = None,
              structure: Optional[Structure] = None) -> Model:
    """The module's subclasses and helpers (an empty summary where it has none). ``hot``: the
    fast path's lines holding a position's word, where only the functions holding one need be
    read; ``structure``: its functions (with the class whose body holds each) and classes in
    source order, where the prefilter has read them off already."""
    summary = _Summary(tree, imports, extra_calls, hot, structure)
    if not summary.defs and not summary.classes:
        return _EMPTY
    for _ in range(_ROUNDS):
        before = repr(summary.state())
        summary.round()
        names = summary.names_so_far()
        if not names or repr(summary.state()) == before:
            break  # (where nothing has a row, nothing can get one by reading again)
        summary.more_hot_lines(names)
    model = summary.model()
    return model if model else _EMPTY
