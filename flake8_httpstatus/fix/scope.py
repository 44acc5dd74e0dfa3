"""Is it safe to write ``binding.NAME`` where a literal stands? Python's own scope rules answer,
read from the module's ``ast`` for the one name the replacement starts with.

A rewrite is safe when, in the scope of the literal, the name the replacement starts with
(``ImportNeed.binding``) is either bound only by the import the replacement needs, or not bound at
all (then ``fix`` adds that import at module level, which binds it), and the module never binds
that name to anything else or deletes it, in any scope: below the literal, in a function that
declares it ``global``, a parameter of another function or lambda, a comprehension or loop
variable, ``with ... as``, ``except ... as``, a match capture, a class attribute or method, an
import of something else. Python would still find the right object where such a name is not in
the literal's scope, but a reader (and pylint's redefined-outer-name) would not: the module must
not come to hold two meanings of ``status``. Where the name is bound to something else
(``Verdict.clash``) the fixer tries another spelling (``http.HTTPStatus`` through ``import
http``); an import made only under ``if TYPE_CHECKING:`` or after the literal in the same scope
leaves the literal for a person. A class field that is only annotated (``status: str`` in a
pydantic model or a dataclass) binds nothing and is no obstacle.

Scopes are Python's: modules, functions, lambdas, classes and comprehensions; a name used in a
function is looked up in it, then in the enclosing functions (not classes), then in the module.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Set, Tuple

from flake8_httpstatus.findings import ImportNeed
from flake8_httpstatus.imports import ast_bindings
from flake8_httpstatus.positions import OWNERS

#: Import targets that are the same object under another path.
SAME_TARGET: Mapping[str, str] = {o.path: o.canonical for o in OWNERS if o.path != o.canonical}

Position = Tuple[int, int]  # (line, UTF-8 byte column), as ``ast`` counts


@dataclass(frozen=True)
class Verdict:
    """``safe``: the replacement may be written; ``add_import``: only once the import is added."""

    safe: bool
    add_import: bool = False
    reason: str = ""
    #: Refused because the name is bound to something else (another spelling may do).
    clash: bool = False


def need_target(need: ImportNeed) -> str:
    return f"{need.module}.{need.name}" if need.name else need.module


def _canonical(target: str) -> str:
    return SAME_TARGET.get(target, target)


@dataclass(frozen=True)
class _Binding:
    kind: str  # "import", "parameter", "definition", "variable", "deleted", "match"
    target: str  # an import's qualified target
    at: Position
    type_checking: bool = False


@dataclass
class _Scope:
    kind: str  # "module", "function", "class"
    start: Position
    end: Position
    parent: Optional[_Scope]
    bindings: Dict[str, List[_Binding]] = field(default_factory=dict)
    globals: Set[str] = field(default_factory=set)
    children: List[_Scope] = field(default_factory=list)

    def contains(self, at: Position) -> bool:
        return self.start <= at <= self.end


_DESCRIPTIONS = {
    "parameter": "a parameter", "definition": "a function or class", "variable": "a variable",
    "deleted": "deleted", "match": "bound in a match pattern", "import": "another import",
}

#: What ``rebound_names`` records for a name a ``match`` pattern captures.
MATCH_CAPTURE = "<match pattern>"


def _start(node: ast.AST) -> Position:
    return (getattr(node, "lineno", 0), getattr(node, "col_offset", 0))


def _end(node: ast.AST) -> Position:
    line: Optional[int] = getattr(node, "end_lineno", None)
    column: Optional[int] = getattr(node, "end_col_offset", None)
    return (line or _start(node)[0], column or 0)


class _Builder(ast.NodeVisitor):
    """Walks the module once, recording every binding in the scope it happens in."""

    def __init__(self, module: ast.Module) -> None:
        self.module = _Scope("module", (0, 0), (1 << 30, 0), None)
        self.scope = self.module
        self.type_checking = 0

    def bind(self, name: Optional[str], kind: str, at: Position, target: str = "") -> None:
        if not name:
            return
        scope = self.module if name in self.scope.globals else self.scope
        scope.bindings.setdefault(name, []).append(
            _Binding(kind, target, at, bool(self.type_checking)))

    def _enter(self, kind: str, start: Position, end: Position) -> _Scope:
        scope = _Scope(kind, start, end, self.scope)
        self.scope.children.append(scope)
        return scope

    def _in(self, scope: _Scope, nodes: List[ast.AST]) -> None:
        outer, self.scope = self.scope, scope
        for node in nodes:
            self.visit(node)
        self.scope = outer

    # definitions ------------------------------------------------------------------------
    def _function(self, node: ast.AST, body: List[ast.AST], args: ast.arguments) -> None:
        for default in (*args.defaults, *(d for d in args.kw_defaults if d is not None)):
            self.visit(default)
        for decorator in getattr(node, "decorator_list", ()):
            self.visit(decorator)
        scope = self._enter("function", _start(body[0]) if body else _start(node), _end(node))
        every = (*args.posonlyargs, *args.args, *args.kwonlyargs,
                 *(a for a in (args.vararg, args.kwarg) if a is not None))
        for arg in every:
            scope.bindings.setdefault(arg.arg, []).append(_Binding("parameter", "", _start(arg)))
        self._in(scope, body)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.bind(node.name, "definition", _start(node))
        self._function(node, list(node.body), node.args)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self._function(node, [node.body], node.args)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.bind(node.name, "definition", _start(node))
        for expression in (*node.decorator_list, *node.bases, *node.keywords):
            self.visit(expression)
        start = _start(node.body[0]) if node.body else _start(node)
        self._in(self._enter("class", start, _end(node)), list(node.body))

    def _comprehension(self, node: ast.AST) -> None:
        self._in(self._enter("function", _start(node), _end(node)),
                 [child for child in ast.iter_child_nodes(node)])

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _comprehension

    # bindings --------------------------------------------------------------------------
    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, ast.Store):
            self.bind(node.id, "variable", _start(node))
        elif isinstance(node.ctx, ast.Del):
            self.bind(node.id, "deleted", _start(node))

    def visit_Import(self, node: ast.Import) -> None:
        for binding, target in ast_bindings(node):
            self.bind(binding, "import", _start(node), target)
        if isinstance(node, ast.ImportFrom) and node.level:  # ``from . import status``
            for alias in node.names:
                self.bind(alias.asname or alias.name, "import", _start(node),
                          f"{'.' * node.level}{node.module or ''}.{alias.name}")

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        """A class field only annotated (``status: str``) binds nothing."""
        if node.value is None and self.scope.kind == "class":
            self.visit(node.annotation)
            return
        self.generic_visit(node)

    visit_ImportFrom = visit_Import  # type: ignore[assignment]

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        self.bind(node.name, "variable", _start(node))
        self.generic_visit(node)

    def visit_Global(self, node: ast.Global) -> None:
        self.scope.globals.update(node.names)

    def visit_If(self, node: ast.If) -> None:
        self.visit(node.test)
        checking = any(getattr(n, "id", getattr(n, "attr", None)) == "TYPE_CHECKING"
                       for n in ast.walk(node.test))
        self.type_checking += checking
        for statement in node.body:
            self.visit(statement)
        self.type_checking -= checking
        for statement in node.orelse:
            self.visit(statement)

    def generic_visit(self, node: ast.AST) -> None:
        kind = type(node).__name__
        if kind in ("MatchAs", "MatchStar"):
            self.bind(getattr(node, "name", None), "match", _start(node))
        elif kind == "MatchMapping":
            self.bind(getattr(node, "rest", None), "match", _start(node))
        super().generic_visit(node)


class BindingCheck:
    """Per module: decides for each literal whether ``need.binding`` may be written there."""

    def __init__(self, tree: ast.Module) -> None:
        builder = _Builder(tree)
        builder.visit(tree)
        self.module = builder.module
        #: module-level name -> what it is bound to anywhere (also from a function that declares
        #: it ``global``): every function sees those bindings
        self.rebound: Dict[str, Set[str]] = {
            name: {_recorded(b) for b in bindings} for name, bindings in self.module.bindings.items()}
        #: name -> its bindings in every other scope (functions, lambdas, comprehensions, classes)
        self.elsewhere: Dict[str, List[_Binding]] = {}
        todo = list(self.module.children)
        while todo:
            scope = todo.pop()
            for name, bindings in scope.bindings.items():
                self.elsewhere.setdefault(name, []).extend(bindings)
            todo.extend(scope.children)

    def _innermost(self, at: Position) -> _Scope:
        scope = self.module
        while True:
            inner = [child for child in scope.children if child.contains(at)]
            if not inner:
                return scope
            scope = inner[-1]

    def check(self, at: Position, need: ImportNeed) -> Verdict:
        """May ``need.binding`` be written at ``at`` (line, byte column of the literal)?"""
        verdict = self._in_scope(at, need)
        if not verdict.safe:
            return verdict
        elsewhere = self.rebound.get(need.binding, ())
        wanted = _canonical(need_target(need))
        if any(_canonical(target) != wanted for target in elsewhere):
            what = "deleted" if "" in elsewhere else "bound in a match pattern" \
                if MATCH_CAPTURE in elsewhere else "bound to something else"
            return Verdict(False, reason=f"`{need.binding}` is {what} elsewhere in this module",
                           clash=True)
        other = next((b for b in self.elsewhere.get(need.binding, ())
                      if b.kind != "import" or _canonical(b.target) != wanted), None)
        if other is not None:
            return Verdict(False, reason=f"`{need.binding}` is {_DESCRIPTIONS[other.kind]} "
                                         "elsewhere in this module", clash=True)
        return verdict

    def _in_scope(self, at: Position, need: ImportNeed) -> Verdict:
        name = need.binding
        wanted = _canonical(need_target(need))
        own = self._innermost(at)
        scope: Optional[_Scope] = own
        while scope is not None:
            if scope is not own and scope.kind == "class":
                scope = scope.parent  # a function does not see its class's names
                continue
            # ``del`` anywhere is answered for the whole module (``check``)
            bindings = sorted((b for b in scope.bindings.get(name, ()) if b.kind != "deleted"),
                              key=lambda b: b.at)
            if bindings:
                for binding in bindings:
                    if binding.kind != "import" or _canonical(binding.target) != wanted:
                        where = "here" if scope is own else "in this module" \
                            if scope.kind == "module" else "in an enclosing function"
                        return Verdict(False, reason=f"`{name}` is "
                                                     f"{_DESCRIPTIONS[binding.kind]} {where}",
                                       clash=True)
                    if binding.type_checking:
                        return Verdict(False, reason=f"`{name}` is imported only for type "
                                                     "checking")
                    if scope is own and binding.at > at:
                        return Verdict(False, reason=f"`{name}` is imported after this line")
                return Verdict(True)
            scope = scope.parent
        return Verdict(True, add_import=True)


def _recorded(binding: _Binding) -> str:
    if binding.kind == "import":
        return binding.target
    if binding.kind == "deleted":
        return ""
    return MATCH_CAPTURE if binding.kind == "match" else "<binding>"


def module_bindings(tree: ast.Module) -> Dict[str, List[Tuple[str, str]]]:
    """Every name bound anywhere in the module (any scope) -> (kind, import target) of each
    binding: what renaming a module's name must not collide with."""
    builder = _Builder(tree)
    builder.visit(tree)
    found: Dict[str, List[Tuple[str, str]]] = {}
    todo = [builder.module]
    while todo:
        scope = todo.pop()
        for name, bindings in scope.bindings.items():
            found.setdefault(name, []).extend((b.kind, b.target) for b in bindings)
        todo.extend(scope.children)
    return found
