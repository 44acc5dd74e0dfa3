"""The cheap pass over flake8's ``ast`` tree: which statements can hold a finding at all.

The checker hands LibCST only what this pass keeps. It over-approximates the LibCST visitor (every
statement the visitor could report on is kept; most statements are not), so the fast path and the
whole-module reference path give the same findings. It never imports libcst.
"""

from __future__ import annotations

import ast
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import (TYPE_CHECKING, Dict, FrozenSet, Iterable, Iterator, List, NamedTuple, Optional,
                    Sequence, Set, Tuple)

from flake8_httpstatus import positions as pos
from flake8_httpstatus.imports import ImportMap, ast_bindings, imported_modules

if TYPE_CHECKING:
    from flake8_httpstatus.styles import ModuleStyle

_MATCH = getattr(ast, "Match", None)
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
#: The scopes of a class body: any class, and one a framework reads a status ``code`` from.
_CLASSES = ("class", "status-class")
#: Fields of a compound statement that hold statements (or clauses that hold them).
_BODIES = frozenset({"body", "orelse", "finalbody"})
_CLAUSES = frozenset({"handlers", "cases"})
#: The header parts of an ``except`` or ``case`` clause.
_CLAUSE_HEADS = ("type", "pattern", "guard")
#: Header marker of a statement kept whole whatever it holds (``match r.status_code:``).
ALWAYS: List[ast.AST] = []


@lru_cache(maxsize=None)
def constant_words() -> frozenset[str]:
    """Every spelling, in every style, of a constant whose code a rule reports wherever it
    stands (``rules.STATE_RULES``: deprecated and experimental codes)."""
    from flake8_httpstatus.catalogue import lookup, spellings  # only for files past the gate
    from flake8_httpstatus.rules import STATE_RULES

    reported = set()
    for _, name, code in spellings():
        status = lookup(code)
        if status is not None and status.state.value in STATE_RULES:
            reported.add(name)
    return frozenset(reported)


@lru_cache(maxsize=None)
def renamed_words() -> frozenset[str]:
    """Every old name of a renamed constant (HTS008), in every suggested style."""
    from flake8_httpstatus.catalogue import renamed_names  # only for files past the gate

    return renamed_names()


@lru_cache(maxsize=None)
def all_constant_words() -> frozenset[str]:
    """Every spelling, in every style, of every code (``abort(HTTPStatus.OK)`` can be HTS007)."""
    from flake8_httpstatus.catalogue import spellings  # only for files past the gate

    return frozenset(name for _, name, _ in spellings())


#: Keyword -> the callees whose dict under it is keyed by status (``positions.KEYED``).
_KEYED: Dict[str, FrozenSet[str]] = {}
for _keyed in pos.KEYED:
    _KEYED[_keyed.keyword] = _KEYED.get(_keyed.keyword, frozenset()) | _keyed.methods

Slots = Dict[str, FrozenSet[Tuple[Optional[int], Optional[str]]]]


def _slots(rows: Iterable[tuple[str, pos.CallPosition]]) -> Slots:
    table: dict[str, set[tuple[Optional[int], Optional[str]]]] = {}
    for name, row in rows:
        table.setdefault(name, set()).add((row.arg, row.keyword))
    return {name: frozenset(slots) for name, slots in table.items()}


@lru_cache(maxsize=64)
def call_slots(extra_calls: Tuple[pos.CallPosition, ...]) -> Slots:
    """Last name of every callee that takes a status -> the (position, keyword) pairs it takes."""
    return _slots((row.last_name, row) for row in (*pos.CALLS, *extra_calls))


@lru_cache(maxsize=64)
def class_slots(extra_calls: Tuple[pos.CallPosition, ...]) -> Slots:
    """The same for the callees where a named constant counts too (``judges_constants``)."""
    return _slots((row.last_name, row) for row in (*pos.CALLS, *extra_calls)
                  if row.judges_constants)


def _merged(slots: Slots, more: Slots) -> Slots:
    if not more:
        return slots
    return {**slots, **{name: slots.get(name, frozenset()) | extra for name, extra in more.items()}}


def _shortest(words: Iterable[str]) -> Tuple[str, ...]:
    """Drop every word that contains another: finding ``status`` finds ``status_code`` too.
    Shortest first: the words that stand for most others are searched first."""
    kept: List[str] = []
    for word in sorted(set(words), key=lambda w: (len(w), w)):
        for shorter in kept:  # (a word contains only shorter ones)
            if shorter in word:
                break
        else:
            kept.append(word)
    return tuple(kept)


#: Callee names in many modules that hold no status: their package (whose import the module
#: must hold) makes the better word.
_COMMON_NAMES = frozenset({
    "text", "json", "html", "raw", "file", "empty", "get", "post", "put", "patch", "delete",
    "head", "options", "route", "add", "replace", "upsert", "problem", "error", "File",
    "Stream", "Template", "Status", "Redirect",
})


def _attribute_words() -> Tuple[str, ...]:
    """The status keywords, attributes, methods and class-body names: words of the line itself."""
    return (*pos.STATUS_KEYWORDS, *pos.STATUS_ATTRIBUTES, *pos.STATUS_METHODS,
            *pos.CLASS_STATUS_NAMES, *pos.STATUS_LINE_NAMES)


@lru_cache(maxsize=64)
def position_words(extra_calls: Tuple[pos.CallPosition, ...]) -> Tuple[str, ...]:
    """Words of which the text of every module with a status position holds one, from the tables
    of ``positions``: a status keyword, attribute, method or class-body name; a method row's name
    (or, for one that ``requires`` a framework, the framework's name); the package of a callee
    matched through the imports (``sanic`` for ``sanic.text``: the module must import it); a keyed
    keyword (or its framework); a user's callee."""
    words: list[str] = list(_attribute_words())
    for row in pos.CALLS:
        package = row.callee.split(".", 1)[0]
        if row.requires:
            words.append(row.requires)
        elif row.last_name in _COMMON_NAMES and "." in row.callee and not row.is_method:
            words.append(package)  # ``sanic.text``: "text" is in every other module
        else:
            words.append(row.last_name)  # in the call, or in its import (``HTTPStatus``)
    words += [keyed.requires or keyed.keyword for keyed in pos.KEYED]
    words += [module.split(".", 1)[0] for modules in pos.REQUIRED_STATUS_ATTRIBUTES.values()
              for module in modules]  # ``response.code`` only where they are imported
    words += [module.split(".", 1)[0] for module in pos.CODE_CLASS_MODULES]  # ``code = 410``
    words += [row.last_name for row in extra_calls]
    return _shortest(words)


@lru_cache(maxsize=256)
def line_words(extra_calls: Tuple[pos.CallPosition, ...],
               modules: FrozenSet[str]) -> FrozenSet[str]:
    """Words one of which a status position spells on its own lines, in a module that imports
    ``modules``: what ``position_words`` names, with the callee's own name for each row the
    visitor can match there (``text`` where ``sanic`` is imported, ``.response`` where
    ``flask_restx`` is)."""
    words = set(_attribute_words())
    for row in pos.CALLS:
        if row.requires and row.requires not in modules:
            continue
        if row.is_method or "." not in row.callee or row.callee.split(".", 1)[0] in modules:
            words.add(row.last_name)
    words.update(keyed.keyword for keyed in pos.KEYED
                 if not keyed.requires or keyed.requires in modules)
    words.update(row.last_name for row in extra_calls)
    return frozenset(words)


@lru_cache(maxsize=64)
def trigger_words(extra_calls: Tuple[pos.CallPosition, ...]) -> Tuple[str, ...]:
    """Words of which a file with a finding contains one: the file's text is searched for them
    (``str.__contains__`` each; faster than one alternation regex) before any tree is walked.
    A named constant needs an import from its owner module, and a view returning ``(body, 201)``
    one from its framework, so the module names stand for them."""
    owners = {owner.split(".", 1)[0] for owner in pos.CONSTANT_OWNERS}
    return _shortest((*position_words(extra_calls), *pos.TUPLE_RETURN_MODULES, *owners,
                      *pos.ASGI_RESPONSE_STARTS))


@lru_cache(maxsize=64)
def finding_words(extra_calls: Tuple[pos.CallPosition, ...]) -> Tuple[str, ...]:
    """Words of which the text of every file with a finding holds one: a status position's, a
    deprecated or experimental constant's (or its import's), or the framework of a view that
    returns ``(body, status)``. Needs the catalogue, so it is asked only past the gate."""
    return _shortest((*position_words(extra_calls), *constant_words(), *renamed_words(),
                      *pos.TUPLE_RETURN_MODULES, *pos.ASGI_RESPONSE_STARTS))


@lru_cache(maxsize=256)
def hot_words(extra_calls: Tuple[pos.CallPosition, ...], modules: FrozenSet[str],
              more: FrozenSet[str]) -> Tuple[str, ...]:
    """The words that make a line hot in a module importing ``modules``: its positions' words
    (``line_words``), and ``more`` (constants, aliases), each searched for once (``USE_PROXY``
    finds ``HTTP_305_USE_PROXY`` too)."""
    return _shortest((*line_words(extra_calls, modules), *more))


def hot_lines(text: str, lines: Sequence[str], words: Iterable[str]) -> List[int]:
    """The sorted numbers of the lines on which any of ``words`` occurs."""
    starts = list(accumulate(map(len, lines)))
    hot = set()
    for word in words:
        index = text.find(word)
        while index != -1:
            hot.add(bisect_right(starts, index) + 1)
            index = text.find(word, index + len(word))
    return sorted(hot)


def _touches(hot: List[int], first: int, last: int) -> bool:
    index = bisect_left(hot, first)
    return index < len(hot) and hot[index] <= last


class Fragment(NamedTuple):
    """Source lines to hand to LibCST. ``text`` keeps every column of the file; its first line is
    file line ``first_line``. ``scope`` is the innermost enclosing definition."""

    first_line: int
    text: str
    scope: str


class Candidates(NamedTuple):
    """What the checker hands to LibCST: the module's import map, its candidate fragments, and
    the constant style ``auto`` stands for in it (``styles.module_style``, read off the whole
    text, which the fragments are not)."""

    imports: ImportMap
    fragments: List[Fragment]
    style: Optional[ModuleStyle] = None


def takes_tuple_returns(imports: ImportMap) -> Optional[pos.TupleShape]:
    """The shape of the tuples the views of the module's framework return (``(body, status)``),
    or None where it imports no such framework."""
    modules = imported_modules(imports)
    return next((shape for module, shape in pos.TUPLE_RETURNS.items() if module in modules),
                None)


def _is_literal(node: ast.AST) -> bool:
    """An int or str literal, or a conditional choosing between such (``503 if busy else 200``)."""
    if type(node) is ast.IfExp:
        return _is_literal(node.body) or _is_literal(node.orelse)
    return type(node) is ast.Constant and type(node.value) in (int, str)


def _takes_literal(call: ast.Call, slots: FrozenSet[Tuple[Optional[int], Optional[str]]],
                   constants: FrozenSet[str] = frozenset()) -> bool:
    """Whether a status slot of ``call`` holds a literal, or one of the named ``constants``."""
    args = call.args

    def taken(node: ast.AST) -> bool:
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):  # Retry(status_forcelist=[503])
            return any(taken(element) for element in node.elts)
        return _is_literal(node) or bool(constants) and (
            isinstance(node, ast.Attribute) and node.attr in constants
            or isinstance(node, ast.Name) and node.id in constants)

    for index, keyword in slots:
        if index is not None and index < len(args) and taken(args[index]):
            return True
        if keyword is not None:
            for kw in call.keywords:
                if kw.arg == keyword and taken(kw.value):
                    return True
    return False


#: Every attribute that may hold a status in some module: where the module is not known yet.
_ANY_STATUS_ATTRIBUTES = pos.STATUS_ATTRIBUTES | frozenset(pos.REQUIRED_STATUS_ATTRIBUTES)


def _is_status_expression(node: ast.AST,
                          attributes: FrozenSet[str] = _ANY_STATUS_ATTRIBUTES) -> bool:
    """``r.status_code``, ``urlopen(u).getcode()``: ``attributes``, the status attributes of the
    module (``positions.status_attributes``), or of any where it is not known yet."""
    if isinstance(node, ast.Attribute):
        return node.attr in attributes
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in pos.STATUS_METHODS)


def _walk(root: ast.AST) -> Iterator[ast.AST]:
    """``ast.walk`` in another order, at twice its speed."""
    stack: List[object] = [root]
    pop, push, extend = stack.pop, stack.append, stack.extend
    while stack:
        node = pop()
        fields = getattr(node, "_fields", None)
        if fields is None:  # None or a str from a list field (``global a, b``)
            continue
        yield node  # type: ignore[misc]
        for name in fields:
            value = getattr(node, name, None)
            if type(value) is list:
                extend(value)
            elif isinstance(value, ast.AST):
                push(value)


def _starts_asgi_response(node: ast.Dict) -> bool:
    """``{"type": "http.response.start", "status": 200}``."""
    keys = [k.value if isinstance(k, ast.Constant) else None for k in node.keys]
    if pos.ASGI_STATUS_KEY not in keys or pos.ASGI_TYPE_KEY not in keys:
        return False
    kind = node.values[keys.index(pos.ASGI_TYPE_KEY)]
    return isinstance(kind, ast.Constant) and kind.value in pos.ASGI_RESPONSE_STARTS


def _imports_renamed(stmt: ast.ImportFrom) -> bool:
    """``from starlette.status import HTTP_422_UNPROCESSABLE_ENTITY``: a renamed constant."""
    return not stmt.level and stmt.module in pos.CONSTANT_OWNERS and any(
        alias.name in renamed_words() for alias in stmt.names)


class _Scanner:
    def __init__(self, tree: ast.Module, lines: Sequence[str],
                 extra_calls: Tuple[pos.CallPosition, ...]) -> None:
        self.tree = tree
        self.lines = lines
        self.extra_calls = extra_calls
        self.imports: ImportMap = {}
        #: ``return`` statement -> the function it returns from
        self.returns_from: Dict[int, ast.AST] = {}  # (and a ``match`` kept whole, as its returns)
        self._views: Optional[Set[int]] = None
        self._status_classes: Optional[Set[int]] = None
        #: an assignment in a class body -> the class
        self.class_of: Dict[int, ast.AST] = {}
        self.class_slots: Slots = {}
        #: the module's status attributes (``positions.status_attributes``), once its imports
        #: are read
        self.attributes: FrozenSet[str] = pos.STATUS_ATTRIBUTES
        self.names: FrozenSet[str] = frozenset()
        #: (statement, scope, roots to walk, whether a hit keeps the whole statement)
        self.statements: list[tuple[ast.stmt, str, Optional[List[ast.AST]], bool]] = []

    # pass 1: statements and imports ---------------------------------------------------------------
    def collect(self, body: Iterable[ast.stmt], scope: str,
                function: Optional[ast.AST] = None, cls: Optional[ast.AST] = None) -> None:
        """Every statement, with the roots to walk for it: ``None`` for a simple statement (walk
        it all); for a compound one its header (every child but the nested statements), or
        ``ALWAYS``. Nested statements are collected on their own. ``function`` and ``cls``: the
        function and the class whose body the statements are in."""
        for stmt in body:
            kind = type(stmt)
            if kind is ast.Import or kind is ast.ImportFrom:
                self.imports.update(ast_bindings(stmt))
                if kind is ast.ImportFrom and _imports_renamed(stmt):  # type: ignore[arg-type]
                    self.statements.append((stmt, scope, ALWAYS, True))  # HTS008 is there
            elif kind is _MATCH and _is_status_expression(stmt.subject):  # type: ignore[attr-defined]
                # kept whole: its cases' statements take its place's scope (a view's returns, a
                # status class's ``code``)
                self._place(stmt, scope, function, cls)
                self.statements.append((stmt, scope, ALWAYS, True))
            elif hasattr(stmt, "body") or kind is _MATCH:
                inner = "function" if kind in _FUNCTIONS else "class" if kind is ast.ClassDef \
                    else scope
                owner = stmt if kind in _FUNCTIONS else None if kind is ast.ClassDef \
                    else function
                holder = stmt if kind is ast.ClassDef else None if kind in _FUNCTIONS else cls
                header: List[ast.AST] = []
                whole = False  # header lines only, unless part of the header is below the body
                for name, value in ast.iter_fields(stmt):
                    if name in _CLAUSES:  # except handlers, match cases: headers below the top
                        for clause in value:
                            whole = True
                            header.extend(getattr(clause, field) for field in _CLAUSE_HEADS
                                          if getattr(clause, field, None) is not None)
                            self.collect(clause.body, inner, owner, holder)
                    elif name in _BODIES:
                        self.collect(value, inner, owner, holder)
                    elif isinstance(value, list):
                        header.extend(v for v in value if isinstance(v, ast.AST))
                    elif isinstance(value, ast.AST):
                        header.append(value)
                self.statements.append((stmt, scope, header, whole))
            else:
                if kind is ast.Return or scope == "class" and (
                        kind is ast.Assign or kind is ast.AnnAssign):
                    self._place(stmt, scope, function, cls)
                self.statements.append((stmt, scope, None, True))

    def _place(self, stmt: ast.stmt, scope: str, function: Optional[ast.AST],
               cls: Optional[ast.AST]) -> None:
        """Remember the function a statement returns from, or the class whose body holds it."""
        if function is not None:
            self.returns_from[id(stmt)] = function
        elif scope == "class" and cls is not None:
            self.class_of[id(stmt)] = cls

    # pass 2: which of them can hold a finding -----------------------------------------------------
    def interesting(self, roots: Iterable[ast.AST], slots: Slots,
                    constants: frozenset[str], attributes: frozenset[str]) -> bool:
        """``constants``: the names (and their aliases) of constants that give a finding
        anywhere; ``attributes``: those and more that do when written as ``owner.NAME``."""
        imports = self.imports
        for root in roots:
            for node in _walk(root):
                kind = type(node)
                if kind is ast.Call:
                    assert isinstance(node, ast.Call)
                    func = node.func
                    name = func.attr if isinstance(func, ast.Attribute) else (
                        func.id if isinstance(func, ast.Name) else None)
                    wanted = slots.get(name) if name is not None else None
                    if wanted is not None and _takes_literal(node, wanted):
                        return True
                    checked = self.class_slots.get(name) if name is not None else None
                    if checked is not None and _takes_literal(node, checked, self.names):
                        return True  # HTS007: abort(HTTPStatus.OK)
                    if name in pos.ASSERT_METHODS and len(node.args) >= 2 and (
                            _is_status_expression(node.args[0], self.attributes)
                            or _is_status_expression(node.args[1], self.attributes)):
                        return True
                    if name is not None and any(name in _KEYED.get(k.arg or "", ())
                                                for k in node.keywords):
                        return True  # responses={404: ...}
                    for keyword in node.keywords:
                        if keyword.arg in pos.STATUS_KEYWORDS and _is_literal(keyword.value):
                            return True
                elif kind is ast.Dict:
                    if _starts_asgi_response(node):  # type: ignore[arg-type]
                        return True
                elif kind is ast.Compare:
                    assert isinstance(node, ast.Compare)
                    if _is_status_expression(node.left, self.attributes) or any(
                            _is_status_expression(c, self.attributes) for c in node.comparators):
                        return True
                elif kind is ast.Attribute:
                    if node.attr in attributes:  # type: ignore[attr-defined]
                        return True
                elif kind is ast.Name:
                    if node.id in constants and node.id in imports:  # type: ignore[attr-defined]
                        return True
        return False

    def _statement_kept(self, stmt: ast.stmt, scope: str,
                        tuple_returns: Optional[pos.TupleShape]) -> bool:
        kind = type(stmt)
        if kind is ast.Assign or kind is ast.AnnAssign:
            targets = stmt.targets if kind is ast.Assign else [stmt.target]  # type: ignore[attr-defined]
            for target in targets:
                if isinstance(target, ast.Attribute) and target.attr in self.attributes:
                    return True
                if isinstance(target, ast.Name) and (
                        target.id in pos.STATUS_LINE_NAMES
                        or (target.id in pos.CLASS_STATUS_NAMES and scope in _CLASSES)
                        or (target.id == pos.CLASS_CODE_NAME and scope == "status-class")):
                    return True
        elif kind is ast.Return and tuple_returns is not None and scope == "view":
            value = stmt.value  # type: ignore[attr-defined]
            if isinstance(value, ast.Tuple) and len(value.elts) in tuple_returns.lengths:
                return True
        return False

    def _scope(self, stmt: ast.stmt, scope: str, tuple_returns: Optional[pos.TupleShape]) -> str:
        """``view`` for a ``return`` from a function its framework calls as a view or handler,
        ``status-class`` for an assignment in a class it reads a status ``code`` from
        (``views.py``, asked once per module and only where it matters)."""
        cls = self.class_of.get(id(stmt)) if scope == "class" else None
        if cls is not None:
            if self._status_classes is None:
                from flake8_httpstatus.views import status_classes, takes_class_codes

                self._status_classes = status_classes(self.tree, self.imports) \
                    if takes_class_codes(self.imports) else set()
            return "status-class" if id(cls) in self._status_classes else scope
        if tuple_returns is None or type(stmt) is not ast.Return and type(stmt) is not _MATCH:
            return scope
        function = self.returns_from.get(id(stmt))
        if function is None:
            return scope
        if self._views is None:
            from flake8_httpstatus.views import views  # only for modules with view returns
            self._views = views(self.tree, self.imports)
        return "view" if id(function) in self._views else scope

    def _with_aliases(self, names: frozenset[str]) -> frozenset[str]:
        """``names`` and the local names the module imports them as (``from x import Y as Z``)."""
        return names | {binding for binding, target in self.imports.items()
                        if target.rpartition(".")[2] in names}

    def candidates(self, text: str) -> Iterator[tuple[ast.stmt, str, bool]]:
        """(statement, scope, whole): ``whole`` False means only the header is wanted.

        Only statements with a trigger word (or an alias of a status callee) on one of their lines
        are walked: every node ``interesting`` looks for spells such a word.
        """
        imported = [(binding, row) for binding, target in self.imports.items()
                    for row in (*pos.CALLS, *self.extra_calls) if row.callee == target]
        aliases = _slots(imported)  # ``from flask import abort as fail``
        slots = _merged(call_slots(self.extra_calls), aliases)
        self.class_slots = _merged(class_slots(self.extra_calls), _slots(
            (binding, row) for binding, row in imported if row.judges_constants))
        self.names = self._with_aliases(all_constant_words())
        constants = self._with_aliases(constant_words())
        attributes = constants | renamed_words()
        modules = frozenset(imported_modules(self.imports))
        self.attributes = pos.status_attributes(self.imports.values())
        hot = hot_lines(text, self.lines, hot_words(
            self.extra_calls, modules,
            frozenset((*aliases, *attributes, *(self.attributes - pos.STATUS_ATTRIBUTES)))))
        tuple_returns = takes_tuple_returns(self.imports)
        for stmt, scope, header, whole in self.statements:
            if header is ALWAYS:
                yield stmt, self._scope(stmt, scope, tuple_returns), True
            elif header is None:
                scope = self._scope(stmt, scope, tuple_returns)
                if self._statement_kept(stmt, scope, tuple_returns) or (
                        _touches(hot, stmt.lineno, stmt.end_lineno or stmt.lineno)
                        and self.interesting((stmt,), slots, constants, attributes)):
                    yield stmt, scope, True
            elif header and _touches(hot, *(_header_span(stmt) if not whole else (
                    stmt.lineno, stmt.end_lineno or stmt.lineno))) and self.interesting(
                    header, slots, constants, attributes):
                yield stmt, scope, whole


def _header_span(stmt: ast.stmt) -> tuple[int, int]:
    """First and last line of a compound statement's header (decorators included); the last is
    where the body starts, which covers a header continued over several lines."""
    decorators = getattr(stmt, "decorator_list", None) or ()
    first = min((stmt.lineno, *(d.lineno for d in decorators)))
    body = getattr(stmt, "body", None)
    return first, body[0].lineno if body else (stmt.end_lineno or stmt.lineno)


def _fragment(lines: Sequence[str], stmt: ast.stmt, scope: str, whole: bool) -> Fragment:
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


def may_hold_findings(text: str, extra_calls: Tuple[pos.CallPosition, ...] = ()) -> bool:
    """False when no finding can be spelt in ``text``: it holds no word of a status position, a
    constant's owner module or a view's framework (a cheap gate on module names first)."""
    if not any(word in text for word in trigger_words(extra_calls)):
        return False
    return any(word in text for word in finding_words(extra_calls))


def scan(tree: ast.Module, lines: Sequence[str],
         extra_calls: Tuple[pos.CallPosition, ...] = ()) -> Optional[Candidates]:
    """None when the file cannot hold a finding; else its imports and candidate fragments."""
    text = "".join(lines)
    if not may_hold_findings(text, extra_calls):
        return None
    scanner = _Scanner(tree, lines, extra_calls)
    scanner.collect(tree.body, "module")
    fragments = [_fragment(lines, stmt, scope, whole)
                 for stmt, scope, whole in scanner.candidates(text)]
    if not fragments:
        return None
    from flake8_httpstatus.styles import module_style  # past the gate

    return Candidates(scanner.imports, fragments, module_style(scanner.imports, text))
