"""The LibCST visitor: one walk of a module (or of the prefilter's fragments) that dispatches each
node to the matchers of the kinds of status position (``kinds/``), which record ``Hit``s.

It only locates; ``judge.py`` decides what each hit means. The visitor itself keeps what every
kind reads: the module's imports and tables, the enclosing scopes (a view's returns, a status
class's ``code``), and the ordinal of every number literal, which is how ``locate`` finds a
number's position cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable, ClassVar, Optional, Sequence, Union

import libcst as cst
from libcst.metadata import CodeRange

from flake8_httpstatus import kinds
from flake8_httpstatus import positions as pos
from flake8_httpstatus.catalogue import code_for_constant
from flake8_httpstatus.imports import ImportMap, Package, cst_bindings, imported_modules, qualify
from flake8_httpstatus.kinds.calls import call_tables
from flake8_httpstatus.kinds.expressions import dotted_name
from flake8_httpstatus.kinds.parts import Parts
from flake8_httpstatus.model import Model
from flake8_httpstatus.model import empty as empty_model
from flake8_httpstatus.views import STATUS_CLASS_MARKER, VIEW_MARKER, expects_raise

kinds.bind(cst)

__all__ = ["Hit", "Parts", "StatusVisitor", "collect_imports"]


@dataclass(frozen=True)
class Constant:
    """A named constant: its code, its owner's style, its own name
    (``starlette``, ``HTTP_422_UNPROCESSABLE_ENTITY``), and whether the node is that name in a
    ``from`` import of its owner (HTS008 only there)."""

    code: int
    style: str
    name: str
    in_import: bool = False


#: The site of a value whose position says nothing more (an ``HTTPStatus(404)`` call's argument).
_PLAIN = pos.Site(True)


@dataclass(frozen=True)
class Hit:
    """A literal or named constant in a status position, and the ``site`` of that position.

    ``strict``: numbers outside 100-599 are reported (the site's, but for a string taken as a
    status line where a number may stand too); ``status_line``: a string read as a status line;
    ``wrong_type``: for a string where a number must stand, why (HTS011), else "".
    ``range`` is filled in by ``locate`` after the visit. ``call`` is the ``HTTPStatus(404)`` call
    whose only argument the literal is: a suggestion replaces the whole call (``call_range``).
    """

    node: cst.CSTNode
    site: pos.Site = _PLAIN
    strict: bool = True
    status_line: bool = False
    wrong_type: str = ""
    constant: Optional[Constant] = None
    #: For the status of a response being built: its headers and body (HTS009, HTS010).
    parts: Optional[Parts] = None
    call: Optional[cst.Call] = None
    range: Optional[CodeRange] = None
    call_range: Optional[CodeRange] = None
    #: In the body of a ``with`` that expects an exception (``pytest.raises``, ``assertRaises``):
    #: the status is the test's subject, and the rules that say it is wrong stay silent.
    expects_raise: bool = False


class Tables:
    """The tables a module's matchers read, built once per set of imports and extra calls."""

    __slots__ = ("qualified_rows", "method_rows", "keyed", "http", "module_attributes")

    def __init__(self, imports: ImportMap, extra_calls: Sequence[pos.CallPosition]) -> None:
        modules = imported_modules(imports)
        self.qualified_rows, self.method_rows, self.keyed = call_tables(
            tuple(extra_calls), pos.required_packages() & frozenset(modules))
        #: Whether the module is HTTP code, where the loose ``status`` keyword and attribute count.
        self.http = is_http_code(imports)
        #: Attributes that hold a status only in some frameworks' modules (Tornado's ``.code``).
        self.module_attributes = pos.status_attributes(imports.values()) - pos.STATUS_ATTRIBUTES


class StatusVisitor(cst.CSTVisitor):
    """Needs no metadata: it records hit nodes, and the ordinal of every number literal outside
    f-strings (``numbers``)."""

    def __init__(self, imports: ImportMap, extra_calls: Sequence[pos.CallPosition] = (),
                 tuple_returns: Optional[pos.TupleShape] = None,
                 view_flags: Optional[Sequence[bool]] = None,
                 class_flags: Optional[Sequence[bool]] = None,
                 model: Optional[Model] = None) -> None:
        """``view_flags``: whether each function of the module, in source order, is a view
        (``views.view_flags``; the reference path); None where the fragments say it themselves,
        wrapped in a function named ``views.VIEW_MARKER`` (the fast path). ``class_flags``: the
        same for the classes a status is read from (``views.class_flags``,
        ``views.STATUS_CLASS_MARKER``). ``model``: the module's subclasses and helpers
        (``model.summarise``)."""
        super().__init__()
        self.imports = imports
        self.model = model or empty_model()
        self.tables = Tables(imports, (*extra_calls, *self.model.rows))
        self.tuple_returns = tuple_returns
        self.view_flags = view_flags
        self.class_flags = class_flags
        self._functions = 0
        self._classes = 0
        self.views: list[bool] = []  # per enclosing function: is it a view
        self.status_classes: list[bool] = []  # per enclosing class: is a status read from it
        self.scopes: list[str] = []  # "class" / "function"
        self.class_names: list[str] = []  # the enclosing classes' names
        #: per enclosing function or class (the module's first): in a block expecting a raise
        self.raising: list[bool] = [False]
        self.hits: list[Hit] = []
        self.numbers: dict[int, int] = {}
        self._fstrings = 0
        self.seen: set[int] = set()
        #: The value of the ``return`` statement being visited: a response built there is sent
        #: as it is.
        self.returned: Optional[cst.BaseExpression] = None

    # -- dispatch --------------------------------------------------------------------------------
    # LibCST's own dispatch formats and looks up a method name for every node and for every child
    # attribute of every node; this visitor has no attribute hooks, and looks up once per node
    # type its own method and the kinds' matchers.
    _visits: ClassVar[dict[type, tuple[Callable[[Any, Any], Any], ...]]] = {}
    _leaves: ClassVar[dict[type, Optional[Callable[[StatusVisitor, Any], None]]]] = {}

    def on_visit(self, node: cst.CSTNode) -> bool:
        kind = type(node)
        try:
            visits = self._visits[kind]
        except KeyError:
            visits = self._visits[kind] = _visits_of(kind)
        for visit in visits:
            if visit(self, node) is False:
                return False
        return True

    def on_leave(self, original_node: cst.CSTNode) -> None:
        kind = type(original_node)
        try:
            leave = self._leaves[kind]
        except KeyError:
            leave = self._leaves[kind] = getattr(StatusVisitor, f"leave_{kind.__name__}", None)
        if leave is not None:
            leave(self, original_node)

    def on_visit_attribute(self, node: cst.CSTNode, attribute: str) -> None:
        pass

    def on_leave_attribute(self, original_node: cst.CSTNode, attribute: str) -> None:
        pass

    # -- recording -------------------------------------------------------------------------------
    def hit(self, hit: Hit) -> None:
        """Record a hit, unless its node has one already (the first kind to match it wins)."""
        if id(hit.node) not in self.seen:
            self.seen.add(id(hit.node))
            self.hits.append(replace(hit, expects_raise=True) if self.raising[-1] else hit)

    def value(self, node: cst.BaseExpression, site: pos.Site,
              parts: Optional[Parts] = None) -> None:
        """The value standing at ``site``: a literal, a named constant where the site's meaning
        can judge one, a string as the site takes strings, each branch of ``a if c else b``."""
        if isinstance(node, cst.IfExp):  # 503 if draining else 200
            self.value(node.body, site, parts)
            self.value(node.orelse, site, parts)
        elif isinstance(node, cst.Integer):
            self.hit(Hit(node, site, site.strict, parts=parts))
        elif site.meaning is not None and isinstance(node, (cst.Attribute, cst.Name)):
            self.constant(node, site, parts)  # abort(HTTPStatus.OK)
        elif isinstance(node, cst.SimpleString):
            self._string(node, site)

    def _string(self, node: cst.SimpleString, site: pos.Site) -> None:
        strings = site.strings
        reason = pos.WRONG_TYPE.get(strings)
        if reason is not None and (strings != pos.Strings.LINE_NOT_DIGITS or _digits(node)):
            self.hit(Hit(node, site, site.strict, wrong_type=reason))
        elif strings in pos.LINE_STRINGS:
            self.hit(Hit(node, site, site.strict and strings == pos.Strings.LINE,
                         status_line=True))

    def constructor(self, node: cst.Integer, call: cst.Call) -> None:
        """``HTTPStatus(404)``: the number, and the call a suggestion replaces."""
        self.hit(Hit(node, call=call))

    def imported_constant(self, node: cst.Name, code: int, style: str) -> None:
        """A constant's name in a ``from`` import of its owner."""
        self.hit(Hit(node, constant=Constant(code, style, node.value, in_import=True)))

    def constant(self, node: Union[cst.Attribute, cst.Name], site: pos.Site = _PLAIN,
                 parts: Optional[Parts] = None) -> None:
        """A named constant (``HTTPStatus.NOT_FOUND``, ``status.HTTP_404_NOT_FOUND``) as the
        imports qualify it."""
        dotted = dotted_name(node)
        if dotted is None:
            return
        owner, _, name = qualify(self.imports, dotted).rpartition(".")
        style = pos.CONSTANT_OWNERS.get(owner)
        if style is not None:
            code = code_for_constant(style, name)
            if code is not None:
                self.hit(Hit(node, site, constant=Constant(code, style, name), parts=parts))

    # -- numbers ---------------------------------------------------------------------------------
    def _number(self, node: cst.CSTNode) -> None:
        if not self._fstrings:
            self.numbers[id(node)] = len(self.numbers)

    def visit_Integer(self, node: cst.Integer) -> None:
        self._number(node)

    def visit_Float(self, node: cst.Float) -> None:
        self._number(node)

    def visit_Imaginary(self, node: cst.Imaginary) -> None:
        self._number(node)

    def visit_FormattedString(self, node: cst.FormattedString) -> None:
        self._fstrings += 1

    def leave_FormattedString(self, original_node: cst.FormattedString) -> None:
        self._fstrings -= 1

    # -- scopes ----------------------------------------------------------------------------------
    @staticmethod
    def _flagged(flags: Optional[Sequence[bool]], index: int, name: str, marker: str) -> bool:
        """The flag of the module's ``index``-th function (or class) on the reference path; on
        the fast path, whether it is the wrapper a fragment was put in (``marker``)."""
        return name == marker if flags is None else index < len(flags) and flags[index]

    def visit_With(self, node: cst.With) -> Optional[bool]:
        """A ``with`` expecting a raise: its items as any code, its body as the test's subject
        (visited here, and nothing left to the walk)."""
        raising = False
        for item in node.items:
            call = item.item
            if isinstance(call, cst.Call):
                dotted = dotted_name(call.func)
                raising = raising or dotted is not None and expects_raise(dotted, self.imports)
        if not raising or self.raising[-1]:
            return None
        for item in node.items:
            item.visit(self)
        self.raising.append(True)
        node.body.visit(self)
        self.raising.pop()
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self.scopes.append("class")
        self.raising.append(False)
        self.status_classes.append(self._flagged(self.class_flags, self._classes,
                                                 node.name.value, STATUS_CLASS_MARKER))
        self.class_names.append(node.name.value)
        self._classes += 1

    def leave_ClassDef(self, original_node: cst.ClassDef) -> None:
        self.scopes.pop()
        self.class_names.pop()
        self.raising.pop()
        self.status_classes.pop()

    def owner(self) -> Optional[str]:
        """The innermost enclosing class's name (on the fast path, the class a fragment's wrapper
        names: ``checker._wrapper``, past its status-class marker)."""
        for name in reversed(self.class_names):
            if name != STATUS_CLASS_MARKER:
                return name
        return None

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.scopes.append("function")
        self.raising.append(False)
        self.views.append(self._flagged(self.view_flags, self._functions, node.name.value,
                                        VIEW_MARKER))
        self._functions += 1

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self.scopes.pop()
        self.raising.pop()
        self.views.pop()

    def visit_Lambda(self, node: cst.Lambda) -> None:
        self.scopes.append("function")

    def leave_Lambda(self, original_node: cst.Lambda) -> None:
        self.scopes.pop()

    def visit_Import(self, node: cst.Import) -> bool:
        return False

    def visit_Return(self, node: cst.Return) -> None:
        self.returned = node.value


def _visits_of(kind: type) -> tuple[Callable[[Any, Any], Any], ...]:
    """The visitor's own method for a node type, then the kinds' matchers for it."""
    own = getattr(StatusVisitor, f"visit_{kind.__name__}", None)
    return (*((own,) if own is not None else ()), *kinds.VISITS.get(kind.__name__, ()))


def _digits(node: cst.SimpleString) -> bool:
    """A string of digits without a space (``"404"``): what Bottle refuses as a status line
    ("String status line without a reason phrase"); it takes ``"404 "``."""
    value = node.evaluated_value
    return isinstance(value, str) and " " not in value and value.strip().isdigit()


def is_http_code(imports: ImportMap) -> bool:
    """Whether the module imports something of HTTP. An import of status constants alone
    (``from http import HTTPStatus``) does not count: ``fix`` adds those, and what the checker
    reports must not change with its own rewrites."""
    owners = pos.CONSTANT_MODULES
    return not pos.http_context_modules().isdisjoint(
        target.split(".", 1)[0] for target in imports.values()
        if target not in owners and target.rpartition(".")[0] not in owners)


def collect_imports(module: cst.Module, package: Optional[Package] = None) -> ImportMap:
    """The import map from a LibCST module (reference path); its relative imports resolved
    against ``package``."""
    imports: ImportMap = {}
    where = package or Package()

    class _Imports(cst.CSTVisitor):
        def visit_Import(self, node: cst.Import) -> None:
            imports.update(cst_bindings(node, where))

        def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
            imports.update(cst_bindings(node, where))

    module.visit(_Imports())
    return imports
