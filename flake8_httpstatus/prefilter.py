"""The cheap pass over flake8's ``ast`` tree: which statements can hold a finding at all.

The checker hands LibCST only what this pass keeps. A text gate first (does the file spell any
word a position needs: ``words.py``, derived from the tables), then one walk of the statements:
a statement touching a line with such a word is walked, each node handed to the ``ast`` gates of
the kinds (``kinds/``), which over-approximate their LibCST matchers; so the fast path and the
whole-module reference path give the same findings. It never imports libcst."""

from __future__ import annotations

import ast
from bisect import bisect_left
from typing import (TYPE_CHECKING, Dict, FrozenSet, Iterable, Iterator, List, NamedTuple, Optional,
                    Sequence, Set, Tuple)

from flake8_httpstatus import positions as pos
from flake8_httpstatus.fragments import Fragment, fragment, header_span
from flake8_httpstatus.imports import ImportMap, Package, ast_bindings, imported_modules
from flake8_httpstatus.tree_walk import walk
from flake8_httpstatus.words import hot_lines, hot_words, may_call_project, may_hold_findings

if TYPE_CHECKING:
    from flake8_httpstatus import kinds
    from flake8_httpstatus.model import Model
    from flake8_httpstatus.styles import ModuleStyle

_MATCH = getattr(ast, "Match", None)
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
#: The scopes of a class body: any class, and one a framework reads a status ``code`` from.
_CLASSES = ("class", "status-class")
#: Fields of a compound statement that hold statements (or clauses that hold them); the header
#: parts of an ``except`` or ``case`` clause.
_BODIES, _CLAUSES = frozenset({"body", "orelse", "finalbody"}), frozenset({"handlers", "cases"})
_CLAUSE_HEADS = ("type", "pattern", "guard")
#: Header marker of a statement kept whole whatever it holds (``match r.status_code:``).
ALWAYS: List[ast.AST] = []
_WITHS = (ast.With, ast.AsyncWith)
#: Added to a fragment's scope where it is cut out of a ``with`` block expecting a raise
#: (``function+raises``): it is wrapped in such a block (``checker._wrapper``).
RAISES = "+raises"
#: Added to a fragment's scope, with the class's name, where it stands in a class whose name the
#: module's summary reads (``model.Model.owners``): it is wrapped in a class of that name.
OWNER = "@"


def _touches(hot: List[int], first: int, last: int) -> bool:  # a hot line in first..last
    index = bisect_left(hot, first)
    return index < len(hot) and hot[index] <= last


class Candidates(NamedTuple):
    """What the checker hands to LibCST: the module's import map, its candidate fragments, and
    the constant style ``auto`` stands for in it (``package_style.auto_style``, read off the
    whole text, which the fragments are not, and its package's modules)."""

    imports: ImportMap
    fragments: List[Fragment]
    style: Optional[ModuleStyle] = None
    #: The module's subclasses and helpers (``model.summarise``), where it has any.
    model: Optional[Model] = None
    #: The call rows of the helpers and subclasses it imports from its project
    #: (``project.project_rows``), which the checker adds to the extra calls.
    project: Tuple[pos.CallPosition, ...] = ()


def takes_tuple_returns(imports: ImportMap) -> Optional[pos.TupleShape]:
    """The shape of the tuples the views of the module's framework return (``(body, status)``),
    or None where it imports no such framework."""
    modules = imported_modules(imports)
    return next((shape for module, shape in pos.TUPLE_RETURNS.items() if module in modules),
                None)


class Place:
    """Where a statement stands: its scope (``module``, ``class``, ``function``), the
    function and class whose bodies hold it, the ``with`` statements around it in that scope,
    and the innermost class around it (``owner``, through functions: the class of a method's
    ``super()``). (A plain class: flake8 imports this module in every run, and a NamedTuple
    class costs more to create.)"""

    __slots__ = ("scope", "function", "cls", "withs", "owner")

    def __init__(self, scope: str, function: Optional[ast.AST] = None,
                 cls: Optional[ast.AST] = None, withs: Tuple[ast.AST, ...] = (),
                 owner: Optional[ast.ClassDef] = None) -> None:
        self.scope = scope
        self.function = function
        self.cls = cls
        self.withs = withs
        self.owner = owner


class Scanner:
    """One module's pass: its imports, its statements with their scopes, and what the kinds'
    gates read off it (``kinds.PREPARES`` set the rest: call slots, constant names)."""

    def __init__(self, tree: ast.Module, lines: Sequence[str],
                 extra_calls: Tuple[pos.CallPosition, ...], package: Optional[Package] = None
                 ) -> None:
        from flake8_httpstatus import kinds  # past the gate: the kinds' registries

        kinds.load()
        self.gates, self.keeps, self.whole = kinds.GATES, kinds.KEEPS, kinds.WHOLE
        self.prepares, self.finishes = kinds.PREPARES, kinds.FINISHES
        self.tree = tree
        self.lines = lines
        self.extra_calls = extra_calls
        #: Where the module's relative imports are resolved (``imports.Package``)
        self.package = package or Package()
        self.imports: ImportMap = {}
        #: ``return`` statement -> the function it returns from
        self.returns_from: Dict[int, ast.AST] = {}  # (and a ``match`` kept whole, as its returns)
        self._views: Optional[Set[int]] = None
        self._status_classes: Optional[Set[int]] = None
        #: an assignment in a class body -> the class
        self.class_of: Dict[int, ast.AST] = {}
        #: a statement in a ``with`` block -> the ``with`` statements around it in its scope
        self.withs_of: Dict[int, Tuple[ast.AST, ...]] = {}
        self._raising: Dict[int, bool] = {}  # a ``with`` -> whether it expects a raise
        #: the module's status attributes (``positions.status_attributes``), once its imports
        #: are read
        self.attributes: FrozenSet[str] = pos.STATUS_ATTRIBUTES
        self.tuple_returns: Optional[pos.TupleShape] = None
        # read by the kinds' gates, set by their ``prepares``
        self.aliases: Dict[str, FrozenSet[Tuple[Optional[int], Optional[str]]]] = {}
        self.slots: Dict[str, FrozenSet[Tuple[Optional[int], Optional[str]]]] = {}
        self.class_slots: Dict[str, FrozenSet[Tuple[Optional[int], Optional[str]]]] = {}
        self.names: FrozenSet[str] = frozenset()
        self.constant_attributes: FrozenSet[str] = frozenset()
        #: A kind's gate may be words alone: a name node, or an attribute's name, among these
        #: passes (checked in the walk itself, the commonest nodes)
        self.hot_names: FrozenSet[str] = frozenset()
        self.hot_attributes: FrozenSet[str] = frozenset()
        #: A call's gates run only for a call of one of these last names or with one of these
        #: keywords (each kind with a call gate adds its own)
        self.hot_callees: FrozenSet[str] = frozenset()
        self.hot_keywords: FrozenSet[str] = frozenset()
        self.hot_suffixes: Tuple[str, ...] = ()  # (or a keyword with one of these endings)
        #: The module's subclasses and helpers (the ``local`` kind's ``finish``), and what it
        #: is read from: its functions (with the class whose body holds each), its classes
        self.model: Optional[Model] = None
        self.functions: List[Tuple[ast.AST, Optional[ast.AST]]] = []
        self.classes: List[ast.AST] = []
        #: (statement, scope, roots to walk, whether a hit keeps the whole statement, the
        #: innermost class around it)
        self.statements: list[tuple[ast.stmt, str, Optional[List[ast.AST]], bool,
                                    Optional[ast.ClassDef]]] = []

    # pass 1: statements and imports ---------------------------------------------------------------
    def collect(self, body: Sequence[ast.stmt], place: Place) -> None:
        """Every statement, with the roots to walk for it: ``None`` for a simple statement (walk
        it all); for a compound one its header (every child but the nested statements), or
        ``ALWAYS`` for one a kind wants whole. Nested statements are collected on their own."""
        whole = self.whole
        self._in_withs(body, place)
        for stmt in body:
            kind = type(stmt)
            if kind is ast.Import or kind is ast.ImportFrom:
                self.imports.update(ast_bindings(stmt, self.package))
            wanted = whole.get(kind)
            if wanted is not None and self._whole(stmt, wanted):
                if kind is _MATCH:  # its cases' statements take its place's scope (a view's
                    self._place(stmt, place)  # returns, a status class's ``code``)
                self.statements.append((stmt, place.scope, ALWAYS, True, place.owner))
            elif kind is ast.Import or kind is ast.ImportFrom:
                continue
            elif hasattr(stmt, "body") or kind is _MATCH:
                self._compound(stmt, place)
            else:
                if kind is ast.Return or place.scope == "class" and (
                        kind is ast.Assign or kind is ast.AnnAssign):
                    self._place(stmt, place)
                self.statements.append((stmt, place.scope, None, True, place.owner))

    def _in_withs(self, body: Sequence[ast.stmt], place: Place) -> None:
        """Remember the ``with`` statements around the statements of ``body`` in their scope."""
        if place.withs:
            self.withs_of.update((id(stmt), place.withs) for stmt in body)

    def _whole(self, stmt: ast.stmt, checks: List[kinds.Gate]) -> bool:
        for wanted in checks:
            if wanted(self, stmt):
                return True
        return False

    def _compound(self, stmt: ast.stmt, place: Place) -> None:
        """A compound statement: its header's nodes, then its bodies' statements, in the scope
        the statement opens."""
        kind = type(stmt)
        if kind in _FUNCTIONS:
            inner = Place("function", stmt, None, (), place.owner)
            self.functions.append((stmt, place.cls if place.scope == "class" else None))
        elif kind is ast.ClassDef:
            inner = Place("class", None, stmt, (), stmt)  # type: ignore[arg-type]
            self.classes.append(stmt)
        elif kind in _WITHS:
            inner = Place(place.scope, place.function, place.cls, (*place.withs, stmt),
                          place.owner)
        else:
            inner = place
        header: List[ast.AST] = []
        whole = False  # header lines only, unless part of the header is below the body
        for name, value in ast.iter_fields(stmt):
            if name in _CLAUSES:  # except handlers, match cases: headers below the top
                for clause in value:
                    whole = True
                    header.extend(getattr(clause, field) for field in _CLAUSE_HEADS
                                  if getattr(clause, field, None) is not None)
                    self.collect(clause.body, inner)
            elif name in _BODIES:
                self.collect(value, inner)
            elif isinstance(value, list):
                header.extend(v for v in value if isinstance(v, ast.AST))
            elif isinstance(value, ast.AST):
                header.append(value)
        self.statements.append((stmt, place.scope, header, whole, place.owner))

    def _place(self, stmt: ast.stmt, place: Place) -> None:
        """Remember the function a statement returns from, or the class whose body holds it."""
        if place.function is not None:
            self.returns_from[id(stmt)] = place.function
        elif place.scope == "class" and place.cls is not None:
            self.class_of[id(stmt)] = place.cls

    # pass 2: which of them can hold a finding -----------------------------------------------------
    def interesting(self, roots: Iterable[ast.AST]) -> bool:
        """Whether a node under ``roots`` passes a kind's gate."""
        table, names, attributes = self.gates, self.hot_names, self.hot_attributes
        callees = self.hot_callees
        for root in roots:
            for node in walk([root]):
                kind = type(node)
                if kind is ast.Name:
                    if node.id in names:  # type: ignore[attr-defined]
                        return True
                elif kind is ast.Attribute and node.attr in attributes:  # type: ignore[attr-defined]
                    return True
                elif kind is ast.Call:
                    func = node.func  # type: ignore[attr-defined]
                    name = func.attr if type(func) is ast.Attribute else (
                        func.id if type(func) is ast.Name else None)
                    if name not in callees and not self._hot_keywords(node):  # type: ignore[arg-type]
                        continue
                if kind in table:
                    for gate in table[kind]:
                        if gate(self, node):
                            return True
        return False

    def _hot_keywords(self, node: ast.Call) -> bool:
        for keyword in node.keywords:
            arg = keyword.arg
            if arg in self.hot_keywords or arg is not None and arg.endswith(self.hot_suffixes):
                return True
        return False

    def _kept(self, stmt: ast.stmt, scope: str, checks: List[kinds.Keep]) -> bool:
        for kept in checks:
            if kept(self, stmt, scope):
                return True
        return False

    def _scope(self, stmt: ast.stmt, scope: str) -> str:
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
        if self.tuple_returns is None or type(stmt) is not ast.Return \
                and type(stmt) is not _MATCH:
            return scope
        function = self.returns_from.get(id(stmt))
        if function is None:
            return scope
        if self._views is None:
            from flake8_httpstatus.views import views  # only for modules with view returns
            self._views = views(self.tree, self.imports)
        return "view" if id(function) in self._views else scope

    def _in_raises(self, stmt: ast.stmt, scope: str) -> str:
        """The scope, marked (``RAISES``) for a statement in a ``with`` block expecting a raise
        (``views.expects_raise``)."""
        withs = self.withs_of.get(id(stmt))
        if withs is None:
            return scope
        for node in withs:
            raising = self._raising.get(id(node))
            if raising is None:
                from flake8_httpstatus.kinds.expressions import dotted_name_ast
                from flake8_httpstatus.views import expects_raise

                raising = self._raising[id(node)] = any(
                    isinstance(item.context_expr, ast.Call) and expects_raise(
                        dotted_name_ast(item.context_expr.func), self.imports)
                    for item in node.items)  # type: ignore[attr-defined]
            if raising:
                return scope + RAISES
        return scope

    def _prepare(self, text: str) -> List[int]:
        """Read what the gates need off the module; the lines a position's word touches."""
        for prepare in self.prepares:
            prepare(self)
        modules = frozenset(imported_modules(self.imports))
        self.attributes = pos.status_attributes(self.imports.values())
        self.tuple_returns = takes_tuple_returns(self.imports)
        hot = hot_lines(text, self.lines, hot_words(
            self.extra_calls, modules, frozenset((
                *self.aliases, *self.constant_attributes,
                *(self.attributes - pos.STATUS_ATTRIBUTES)))))
        for finish in self.finishes:
            hot = finish(self, text, hot)
        return hot

    def candidates(self, text: str) -> Iterator[tuple[ast.stmt, str, bool]]:
        """(statement, scope, whole): ``whole`` False means only the header is wanted.

        Only statements with a position's word (or an alias of a status callee) on one of their
        lines are walked: every node a gate looks for spells such a word.
        """
        hot = self._prepare(text)
        owners = self.model.owners if self.model is not None else frozenset()
        for stmt, scope, header, whole, owner in self.statements:
            chosen = self._chosen(stmt, scope, header, whole, hot)
            if chosen is None:
                continue
            if owner is not None and owner.name in owners:  # its class's name, for LibCST
                chosen += OWNER + owner.name
            yield stmt, chosen, whole

    def _chosen(self, stmt: ast.stmt, scope: str, header: Optional[List[ast.AST]], whole: bool,
                hot: List[int]) -> Optional[str]:
        """The scope of a statement LibCST must see (``_scope``, ``_in_raises``), or None."""
        if header is ALWAYS:
            return self._in_raises(stmt, self._scope(stmt, scope))
        if header is None:
            scope = self._scope(stmt, scope)
            kept = self.keeps.get(type(stmt))
            if kept is not None and self._kept(stmt, scope, kept) or (
                    _touches(hot, stmt.lineno, stmt.end_lineno or stmt.lineno)
                    and self.interesting((stmt,))):
                return self._in_raises(stmt, scope)
            return None
        if header and _touches(hot, *(header_span(stmt) if not whole else (
                stmt.lineno, stmt.end_lineno or stmt.lineno))) and self.interesting(header):
            return self._in_raises(stmt, scope)
        return None


def scan(tree: ast.Module, lines: Sequence[str],
         extra_calls: Tuple[pos.CallPosition, ...] = (), path: str = "",
         around: str = "") -> Optional[Candidates]:
    """None when the file's text cannot hold a finding (nothing walked); else its imports and
    candidate fragments (none where the walk found no statement to check).
    ``path``: the file (its package: relative imports, the project's helpers); ``around``: the
    file whose package's style ``auto`` follows ("" for none: nothing around it is read)."""
    text = "".join(lines)
    package = Package(path)
    project: Optional[Tuple[pos.CallPosition, ...]] = None
    if not may_hold_findings(text, extra_calls, package):  # unless its project's helpers are
        if not may_call_project(text, path):  # called with a status (``error("x", 404)``)
            return None
        from flake8_httpstatus.project import project_only

        project = project_only(tree, text, path, extra_calls)
        if not project:
            return None
    scanner = Scanner(tree, lines, extra_calls, package)
    scanner.collect(tree.body, Place("module"))
    if project is None:
        from flake8_httpstatus.project import project_rows  # past the gate

        project = project_rows(path, scanner.imports, text, extra_calls, tree)
    if project:
        scanner.extra_calls = (*extra_calls, *project)
    fragments = [fragment(lines, stmt, scope, whole)
                 for stmt, scope, whole in scanner.candidates(text)]
    if not fragments:  # walked, and nothing to check: said so (the plugin keeps its entry)
        return Candidates(scanner.imports, [], None, scanner.model or None, project)
    from flake8_httpstatus.package_style import auto_style  # past the gate

    return Candidates(scanner.imports, fragments, auto_style(scanner.imports, text, around),
                      scanner.model or None, project)
