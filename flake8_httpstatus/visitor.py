"""The LibCST visitor: finds the literals and constants that stand in a status position.

It only locates (``Hit``s); ``judge.py`` decides what each hit means. The same visitor runs on the
whole module (reference path) and on the candidate fragments the prefilter cut out (fast path).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, ClassVar, Iterable, Iterator, Optional, Sequence, Union

import libcst as cst
from libcst.metadata import CodeRange

from flake8_httpstatus import positions as pos
from flake8_httpstatus.catalogue import code_for_constant, renamed_names
from flake8_httpstatus.imports import ImportMap, cst_bindings, imported_modules, qualify
from flake8_httpstatus.views import STATUS_CLASS_MARKER, VIEW_MARKER


@dataclass(frozen=True)
class Parts:
    """What a response built with the status visibly carries besides it: the names of its
    headers (lower case), or None where they are not all in sight -- a variable, ``**kwargs``, a
    response assigned to a name whose headers may be set on the next line; and whether its body is
    content for sure (a non-empty literal)."""

    headers: Optional[frozenset[str]]
    content: bool


@dataclass(frozen=True)
class Hit:
    """A literal in a status position (``strict``: the position is known to take a status, so
    numbers outside 100-599 are reported), or a named constant (``constant_code`` set).

    ``range`` is filled in by ``locate`` after the visit: positions are resolved only for hits.
    ``call`` is the ``HTTPStatus(404)`` call whose only argument the literal is: a suggestion
    replaces the whole call (``call_range``, located with the literal).
    """

    node: cst.CSTNode
    strict: bool
    status_line: bool = False
    constant_code: Optional[int] = None
    range: Optional[CodeRange] = None
    call: Optional[cst.Call] = None
    call_range: Optional[CodeRange] = None
    #: Where the value is turned into text with ``str()`` (a reason), or "".
    formatted: str = ""
    #: What the call it is given to does with it (a row's meaning), where that is known.
    meaning: Optional[pos.Meaning] = None
    #: For a string where a number must stand: why (HTS011), or "".
    wrong_type: str = ""
    #: A named constant's style and own name (``starlette``, ``HTTP_422_UNPROCESSABLE_ENTITY``),
    #: and whether ``node`` is that name in a ``from`` import of its owner (HTS008 only there).
    constant_style: str = ""
    constant_name: str = ""
    in_import: bool = False
    #: For the status of a response being built: its headers and body (HTS009, HTS010).
    parts: Optional[Parts] = None
    #: The position takes a status line as well as a number (``resp.status = ...``,
    #: ``falcon.HTTPError(...)``): where a style of status-line constants may be suggested; and
    #: the framework writes the value into the status line it sends (``resp.status_code = ...``
    #: too), where the reason phrase an ``HTTPStatus`` member brings matters.
    takes_line: bool = False
    sends_line: bool = False


def dotted_name(node: cst.BaseExpression) -> Optional[list[str]]:
    parts: list[str] = []
    while isinstance(node, cst.Attribute):
        parts.append(node.attr.value)
        node = node.value
    if not isinstance(node, cst.Name):
        return None
    parts.append(node.value)
    parts.reverse()
    return parts


def is_strict_status(node: cst.BaseExpression) -> bool:
    """A status expression whose values outside 100-599 are reported (not ``order.status``,
    nor Tornado's ``response.code``)."""
    return not (isinstance(node, cst.Attribute) and (
        node.attr.value in pos.LOOSE_STATUS_ATTRIBUTES
        or node.attr.value in pos.REQUIRED_STATUS_ATTRIBUTES))


def is_status_expression(node: cst.BaseExpression) -> bool:
    """``r.status_code``, ``resp.status``, ``urlopen(u).getcode()``."""
    if isinstance(node, cst.Attribute):
        return node.attr.value in pos.STATUS_ATTRIBUTES
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
        return node.func.attr.value in pos.STATUS_METHODS and not node.args
    return False


def _compared(node: cst.BaseExpression) -> str:
    """Why a string compared with this status expression is the wrong type, if it always holds an
    int (``r.status_code``, ``urlopen(u).getcode()``; not ``resp.status``, a string in Werkzeug)."""
    if isinstance(node, cst.Attribute):
        return pos.INT_COMPARED if node.attr.value in pos.INT_STATUS_ATTRIBUTES else ""
    return pos.INT_COMPARED  # a status method: getcode()


def _literals(node: cst.BaseExpression, allow_collections: bool) -> Iterator[cst.BaseExpression]:
    if allow_collections and isinstance(node, (cst.Tuple, cst.List, cst.Set)):
        for element in node.elements:
            if isinstance(element, cst.Element):
                yield element.value
    else:
        yield node


class StatusVisitor(cst.CSTVisitor):
    """Needs no metadata: it records hit nodes, and the ordinal of every number literal outside
    f-strings (``numbers``), which is how ``locate`` finds a number's position cheaply."""

    def __init__(self, imports: ImportMap, extra_calls: Sequence[pos.CallPosition] = (),
                 tuple_returns: Optional[pos.TupleShape] = None,
                 view_flags: Optional[Sequence[bool]] = None,
                 class_flags: Optional[Sequence[bool]] = None) -> None:
        """``view_flags``: whether each function of the module, in source order, is a view
        (``views.view_flags``; the reference path); None where the fragments say it themselves,
        wrapped in a function named ``views.VIEW_MARKER`` (the fast path). ``class_flags``: the
        same for the classes a status is read from (``views.class_flags``,
        ``views.STATUS_CLASS_MARKER``)."""
        super().__init__()
        self.imports = imports
        self.tuple_returns = tuple_returns
        self.view_flags = view_flags
        self.class_flags = class_flags
        self._functions = 0
        self._classes = 0
        self._views: list[bool] = []  # per enclosing function: is it a view
        self._status_classes: list[bool] = []  # per enclosing class: is a status read from it
        modules = imported_modules(imports)
        self.qualified_rows, self.method_rows, self.keyed = _tables(
            tuple(extra_calls), pos.required_packages() & frozenset(modules))
        #: Whether the module is HTTP code, where the loose ``status`` keyword and attribute count.
        self.http = is_http_code(imports)
        #: Attributes that hold a status only in some frameworks' modules (Tornado's ``.code``).
        self.module_attributes = pos.status_attributes(imports.values()) - pos.STATUS_ATTRIBUTES
        self.scopes: list[str] = []  # "class" / "function"
        self.hits: list[Hit] = []
        self.numbers: dict[int, int] = {}
        self._fstrings = 0
        self._seen: set[int] = set()
        self._returned: Optional[cst.BaseExpression] = None

    # -- dispatch --------------------------------------------------------------------------------
    # LibCST's own dispatch formats and looks up a method name for every node and for every child
    # attribute of every node; this visitor has no attribute hooks, and looks methods up once per
    # node type.
    _visits: ClassVar[dict[type, Optional[Callable[[StatusVisitor, Any], Optional[bool]]]]] = {}
    _leaves: ClassVar[dict[type, Optional[Callable[[StatusVisitor, Any], None]]]] = {}

    def on_visit(self, node: cst.CSTNode) -> bool:
        kind = type(node)
        try:
            visit = self._visits[kind]
        except KeyError:
            visit = self._visits[kind] = getattr(StatusVisitor, f"visit_{kind.__name__}", None)
        return visit is None or visit(self, node) is not False

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
    def _hit(self, node: cst.CSTNode, strict: bool, status_line: bool = False,
             constant_code: Optional[int] = None, call: Optional[cst.Call] = None,
             formatted: str = "", meaning: Optional[pos.Meaning] = None,
             wrong_type: str = "", constant: tuple[str, str, bool] = ("", "", False),
             parts: Optional[Parts] = None, takes_line: bool = False,
             sends_line: bool = False) -> None:
        if id(node) in self._seen:
            return
        self._seen.add(id(node))
        self.hits.append(Hit(node, strict, status_line, constant_code, call=call,
                             formatted=formatted, meaning=meaning, wrong_type=wrong_type,
                             constant_style=constant[0], constant_name=constant[1],
                             in_import=constant[2], parts=parts, takes_line=takes_line,
                             sends_line=sends_line))

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

    def _value(self, node: cst.BaseExpression, strict: bool, status_line: bool = False,
               strings: bool = True, formatted: str = "",
               meaning: Optional[pos.Meaning] = None, wrong_type: str = "",
               parts: Optional[Parts] = None, takes_line: bool = False,
               sends_line: bool = False) -> None:
        """``strings``: a string may stand here (a status line); ``wrong_type``: a string here is
        the wrong type, and why; ``parts``: the rest of the response the status is given to;
        ``takes_line``: a status line may stand here as well as a number; ``sends_line``: the
        framework writes the value into the status line it sends."""
        if isinstance(node, cst.IfExp):  # 503 if draining else 200
            for branch in (node.body, node.orelse):
                self._value(branch, strict, status_line, strings, formatted, meaning, wrong_type,
                            parts, takes_line, sends_line)
        elif isinstance(node, cst.Integer):
            self._hit(node, strict, formatted=formatted, meaning=meaning, parts=parts,
                      takes_line=takes_line, sends_line=sends_line)
        elif meaning is not None and isinstance(node, (cst.Attribute, cst.Name)):
            self._constant(node, meaning, parts)  # abort(HTTPStatus.OK)
        elif wrong_type and isinstance(node, cst.SimpleString) and (
                wrong_type != pos.LINE_OR_INT or _digits(node)):
            self._hit(node, strict, wrong_type=wrong_type)
        elif strings and isinstance(node, cst.SimpleString):
            self._hit(node, strict and status_line, status_line=True)

    # -- scopes ----------------------------------------------------------------------------------
    @staticmethod
    def _flagged(flags: Optional[Sequence[bool]], index: int, name: str, marker: str) -> bool:
        """The flag of the module's ``index``-th function (or class) on the reference path; on
        the fast path, whether it is the wrapper a fragment was put in (``marker``)."""
        return name == marker if flags is None else index < len(flags) and flags[index]

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self.scopes.append("class")
        self._status_classes.append(self._flagged(self.class_flags, self._classes,
                                                  node.name.value, STATUS_CLASS_MARKER))
        self._classes += 1

    def leave_ClassDef(self, original_node: cst.ClassDef) -> None:
        self.scopes.pop()
        self._status_classes.pop()

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.scopes.append("function")
        self._views.append(self._flagged(self.view_flags, self._functions, node.name.value,
                                         VIEW_MARKER))
        self._functions += 1

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self.scopes.pop()
        self._views.pop()

    def visit_Lambda(self, node: cst.Lambda) -> None:
        self.scopes.append("function")

    def leave_Lambda(self, original_node: cst.Lambda) -> None:
        self.scopes.pop()

    def visit_Import(self, node: cst.Import) -> bool:
        return False

    def visit_ImportFrom(self, node: cst.ImportFrom) -> bool:
        """Only a constant's name imported from its owner (``from starlette.status import
        HTTP_422_UNPROCESSABLE_ENTITY``): where a renamed name is written, and warned about."""
        names = node.names
        if node.relative or node.module is None or isinstance(names, cst.ImportStar):
            return False
        module = dotted_name(node.module)
        style = pos.CONSTANT_OWNERS.get(".".join(module)) if module else None
        if style is not None:
            renamed = _renamed()
            for alias in names:
                if isinstance(alias.name, cst.Name) and alias.name.value in renamed:
                    code = code_for_constant(style, alias.name.value)
                    if code is not None:
                        self._hit(alias.name, True, constant_code=code,
                                  constant=(style, alias.name.value, True))
        return False

    # -- calls -----------------------------------------------------------------------------------
    def _rows_for(self, func: cst.BaseExpression) -> list[pos.CallPosition]:
        """The rows of a callee: by its qualified name, and a method row by its name on any
        object (``respx.get(url).respond(404)``)."""
        dotted = dotted_name(func)
        rows = []
        if dotted is not None and (dotted[0] in self.imports or len(dotted) == 1):
            # ``tornado.web.HTTPError`` only through an import of ``tornado`` (else the name is
            # undefined); a bare name such as WSGI's ``start_response`` (a parameter) as it is
            rows = list(self.qualified_rows.get(qualify(self.imports, dotted), ()))
        if isinstance(func, cst.Attribute):
            rows.extend(self.method_rows.get(func.attr.value, ()))
        return rows

    def visit_Call(self, node: cst.Call) -> None:
        positional = []  # up to the first ``*args``: where the later ones stand is unknown
        for argument in node.args:
            if argument.star or argument.keyword is not None:
                break
            positional.append(argument.value)
        keywords = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        for row in self._rows_for(node.func):
            wrong = pos.LINE_OR_INT if row.digits_refused else "" \
                if row.status_line or row.accepts_line else \
                pos.INT_OR_DIGITS if row.int_coerced else pos.INT_REQUIRED
            parts = None if row.headers is None and row.body is None else \
                self._parts(node, row, positional, keywords)
            if row.meaning is pos.Meaning.CONSTRUCTOR and len(node.args) == len(positional) == 1 \
                    and isinstance(positional[0], cst.Integer):
                self._hit(positional[0], True, call=node)  # HTTPStatus(404): the call goes
            elif row.arg is not None and row.arg < len(positional):
                self._slot(row, positional[row.arg], wrong, parts)
            if row.keyword is not None and row.keyword in keywords:
                self._slot(row, keywords[row.keyword], wrong, parts)
        for name, value in keywords.items():
            if name in pos.STATUS_KEYWORDS and (self.http or name not in pos.LOOSE_STATUS_KEYWORDS):
                self._value(value, False, status_line=True)
        func = node.func
        method = func.attr.value if isinstance(func, cst.Attribute) else (
            func.value if isinstance(func, cst.Name) else None)
        if method in pos.ASSERT_METHODS and isinstance(func, cst.Attribute) and len(positional) >= 2:
            first, second = positional[0], positional[1]
            if self._is_status(first):
                for value in _literals(second, allow_collections=True):
                    self._value(value, is_strict_status(first), strings=False,
                                wrong_type=_compared(first))
            elif self._is_status(second):
                for value in _literals(first, allow_collections=False):
                    self._value(value, is_strict_status(second), strings=False,
                                wrong_type=_compared(second))
        for keyed in self.keyed:
            if method in keyed.methods and keyed.keyword in keywords:
                self._keyed(keyed, keywords[keyed.keyword])

    def _keyed(self, keyed: pos.KeyedPosition, value: cst.BaseExpression) -> None:
        """The keys of ``responses={404: ...}`` (or, where it may be one, a list's elements)."""
        if isinstance(value, cst.Dict):
            keys = [e.key for e in value.elements if isinstance(e, cst.DictElement)]
        elif keyed.lists and isinstance(value, (cst.List, cst.Tuple, cst.Set)):
            keys = list(_literals(value, allow_collections=True))
        else:
            return
        for key in keys:
            self._value(key, True, strings=False, formatted=keyed.formatted,
                        meaning=keyed.meaning)

    def _slot(self, row: pos.CallPosition, value: cst.BaseExpression, wrong: str,
              parts: Optional[Parts]) -> None:
        """The value in a row's status slot (each element, where the slot takes a collection)."""
        for item in _literals(value, allow_collections=row.collection):
            line = row.status_line or row.accepts_line
            self._value(item, True, row.status_line, meaning=row.meaning, wrong_type=wrong,
                        parts=parts, formatted=row.formatted, takes_line=line, sends_line=line)

    def _parts(self, node: cst.Call, row: pos.CallPosition, positional: list[cst.BaseExpression],
               keywords: dict[str, cst.BaseExpression]) -> Parts:
        """The headers and body of the response ``node`` builds. Its headers count only where it
        is returned as it is built (else they may be set on the next line), and only if every
        argument is in sight (no ``*args`` or ``**kwargs``)."""
        starred = any(a.star for a in node.args)
        headers: Optional[frozenset[str]] = None
        if row.headers is not None and node is self._returned and not starred:
            given = _in_slot(row.headers, positional, keywords)
            headers = frozenset() if given is None else header_names(given)
        body = _in_slot(row.body, positional if not starred else [], keywords) \
            if row.body is not None else None
        return Parts(headers, body is not None and is_content(body))

    def visit_Dict(self, node: cst.Dict) -> None:
        """An ASGI message that starts a response: its ``"status"`` is an int status."""
        values = {_string(e.key): e.value for e in node.elements
                  if isinstance(e, cst.DictElement)}
        kind = values.get(pos.ASGI_TYPE_KEY)
        status = values.get(pos.ASGI_STATUS_KEY)
        if status is not None and kind is not None and _string(kind) in pos.ASGI_RESPONSE_STARTS:
            self._value(status, True, strings=False, meaning=pos.Meaning.RESPONSE,
                        wrong_type=pos.INT_REQUIRED)

    # -- comparisons -----------------------------------------------------------------------------
    def visit_Comparison(self, node: cst.Comparison) -> None:
        left = node.left
        for target in node.comparisons:
            right = target.comparator
            op = target.operator
            if isinstance(op, (cst.Equal, cst.NotEqual)):
                if self._is_status(left):
                    self._value(right, is_strict_status(left), strings=False,
                                wrong_type=_compared(left))
                elif self._is_status(right):
                    self._value(left, is_strict_status(right), strings=False,
                                wrong_type=_compared(right))
            elif isinstance(op, (cst.In, cst.NotIn)) and self._is_status(left):
                if isinstance(right, (cst.Tuple, cst.List, cst.Set)):
                    for value in _literals(right, allow_collections=True):
                        self._value(value, is_strict_status(left), strings=False,
                                    wrong_type=_compared(left))
            left = right

    # -- assignments -----------------------------------------------------------------------------
    def _is_status(self, node: cst.BaseExpression) -> bool:
        """``is_status_expression``, the loose ``.status`` only in HTTP code, and the attributes
        of ``REQUIRED_STATUS_ATTRIBUTES`` in their frameworks' modules."""
        if isinstance(node, cst.Attribute) and node.attr.value in self.module_attributes:
            return True
        return is_status_expression(node) and (self.http or not (
            isinstance(node, cst.Attribute) and node.attr.value in pos.LOOSE_STATUS_ATTRIBUTES))

    def _assigned(self, target: cst.BaseExpression, value: cst.BaseExpression) -> None:
        if isinstance(target, cst.Attribute) and self._is_status(target):
            attr = target.attr.value
            # an object's own attribute (``self.status``) is no framework's response
            own = isinstance(target.value, cst.Name) and target.value.value in pos.OWN_RECEIVERS
            self._value(value, is_strict_status(target), status_line=False,
                        takes_line=not own and attr in pos.LINE_STATUS_ATTRIBUTES,
                        sends_line=not own and attr in pos.SENT_STATUS_ATTRIBUTES)
        elif isinstance(target, cst.Name):
            in_class = self.scopes[-1:] == ["class"]
            if in_class and (target.value in pos.CLASS_STATUS_NAMES or (
                    target.value == pos.CLASS_CODE_NAME and self._status_classes[-1])):
                self._value(value, True, strings=False, formatted=pos.CLASS_STATUS_TEXT)
            elif target.value in pos.STATUS_LINE_NAMES and isinstance(value, cst.SimpleString):
                self._value(value, False, status_line=True)

    def visit_Assign(self, node: cst.Assign) -> None:
        for target in node.targets:
            self._assigned(target.target, node.value)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        if node.value is not None:
            self._assigned(node.target, node.value)

    # -- view returns ----------------------------------------------------------------------------
    def visit_Return(self, node: cst.Return) -> None:
        value = node.value
        self._returned = value  # a response built here is sent as it is
        shape = self.tuple_returns
        if shape is None or not self._views or not self._views[-1]:
            return  # (body, status) is a response only where a view returns it
        if isinstance(value, cst.Tuple) and len(value.elements) in shape.lengths and all(
                isinstance(e, cst.Element) for e in value.elements):
            items = [e.value for e in value.elements]
            body = items[shape.body]
            if not isinstance(body, (cst.Integer, cst.Float, cst.Imaginary, cst.UnaryOperation)):
                headers = header_names(items[shape.headers]) if shape.headers is not None \
                    and shape.headers < len(items) else frozenset()
                self._value(items[shape.status], False, strings=False,
                            meaning=pos.Meaning.RESPONSE, parts=Parts(headers, is_content(body)))

    # -- match -----------------------------------------------------------------------------------
    def visit_Match(self, node: cst.Match) -> None:
        if not self._is_status(node.subject):
            return
        strict = is_strict_status(node.subject)
        for case in node.cases:
            for pattern in _patterns(case.pattern):
                self._value(pattern.value, strict, strings=False)

    # -- named constants -------------------------------------------------------------------------
    def visit_Attribute(self, node: cst.Attribute) -> None:
        self._seen.add(id(node.attr))  # ``x.HTTP_425_TOO_EARLY``'s name is not an imported name
        self._constant(node)

    def visit_Name(self, node: cst.Name) -> None:
        if node.value in self.imports:
            self._constant(node)

    def _constant(self, node: Union[cst.Attribute, cst.Name],
                  meaning: Optional[pos.Meaning] = None, parts: Optional[Parts] = None) -> None:
        dotted = dotted_name(node)
        if dotted is None:
            return
        owner, _, name = qualify(self.imports, dotted).rpartition(".")
        style = pos.CONSTANT_OWNERS.get(owner)
        if style is not None:
            code = code_for_constant(style, name)
            if code is not None:
                self._hit(node, True, constant_code=code, meaning=meaning,
                          constant=(style, name, False), parts=parts)


def _in_slot(slot: pos.Slot, positional: Sequence[cst.BaseExpression],
             keywords: dict[str, cst.BaseExpression]) -> Optional[cst.BaseExpression]:
    if slot.arg is not None and slot.arg < len(positional):
        return positional[slot.arg]
    return next((keywords[k] for k in slot.keywords if k in keywords), None)


def _digits(node: cst.SimpleString) -> bool:
    """A string of digits without a space (``"404"``): what Bottle refuses as a status line
    ("String status line without a reason phrase"); it takes ``"404 "``."""
    value = node.evaluated_value
    return isinstance(value, str) and " " not in value and value.strip().isdigit()


def _string(node: cst.BaseExpression) -> Optional[str]:
    if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
        value = node.evaluated_value
        return value if isinstance(value, str) else None
    return None


def header_names(node: cst.BaseExpression) -> Optional[frozenset[str]]:
    """The header names of a literal ``{"Location": url}`` or ``[("Location", url)]``, lower
    case; None where any name is out of sight (a variable, ``**more``, a computed key)."""
    names: set[str] = set()
    if isinstance(node, cst.Name) and node.value == "None":
        return frozenset()
    if isinstance(node, cst.Dict):
        for element in node.elements:
            key = _string(element.key) if isinstance(element, cst.DictElement) else None
            if key is None:
                return None
            names.add(key.lower())
        return frozenset(names)
    if isinstance(node, (cst.List, cst.Tuple)):
        for item in node.elements:
            pair = item.value if isinstance(item, cst.Element) else None
            key = _string(pair.elements[0].value) if isinstance(pair, cst.Tuple) and \
                len(pair.elements) == 2 else None
            if key is None:
                return None
            names.add(key.lower())
        return frozenset(names)
    return None


def is_content(node: cst.BaseExpression) -> bool:
    """Whether a body is content for sure: a non-empty literal (``"done"``, ``{"ok": 1}``,
    ``[1]``, ``0``); not ``""``, ``b""``, ``None`` or what is out of sight (a name, a call)."""
    if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
        value = node.evaluated_value
        return value is not None and len(value) > 0
    if isinstance(node, cst.FormattedString):
        return bool(node.parts)
    if isinstance(node, (cst.Dict, cst.List, cst.Tuple, cst.Set)):
        return bool(node.elements)
    return isinstance(node, (cst.Integer, cst.Float))


Rows = dict[str, list[pos.CallPosition]]


@lru_cache(maxsize=64)
def _tables(extra_calls: tuple[pos.CallPosition, ...], imported: frozenset[str]
            ) -> tuple[Rows, Rows, list[pos.KeyedPosition]]:
    """The call rows by qualified callee and by method name, and the keyed positions, for the
    frameworks (of those some rows require) a module imports: built once per such set."""
    qualified: Rows = {}
    methods: Rows = {}
    for row in (*pos.CALLS, *extra_calls):
        if row.requires and row.requires not in imported:
            continue
        table = methods if row.is_method else qualified
        table.setdefault(row.callee[1:] if row.is_method else row.callee, []).append(row)
    keyed = [k for k in pos.KEYED if not k.requires or k.requires in imported]
    return qualified, methods, keyed


def is_http_code(imports: ImportMap) -> bool:
    """Whether the module imports something of HTTP. An import of status constants alone
    (``from http import HTTPStatus``) does not count: ``fix`` adds those, and what the checker
    reports must not change with its own rewrites."""
    owners = pos.CONSTANT_MODULES
    return not pos.http_context_modules().isdisjoint(
        target.split(".", 1)[0] for target in imports.values()
        if target not in owners and target.rpartition(".")[0] not in owners)


@lru_cache(maxsize=None)
def _renamed() -> frozenset[str]:
    return renamed_names()


def _patterns(pattern: cst.MatchPattern) -> Iterable[cst.MatchValue]:
    if isinstance(pattern, cst.MatchValue):
        yield pattern
    elif isinstance(pattern, cst.MatchOr):
        for element in pattern.patterns:
            yield from _patterns(element.pattern)
    elif isinstance(pattern, cst.MatchAs) and pattern.pattern is not None:
        yield from _patterns(pattern.pattern)


def collect_imports(module: cst.Module) -> ImportMap:
    """The import map from a LibCST module (reference path)."""
    imports: ImportMap = {}

    class _Imports(cst.CSTVisitor):
        def visit_Import(self, node: cst.Import) -> None:
            imports.update(cst_bindings(node))

        def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
            imports.update(cst_bindings(node))

    module.visit(_Imports())
    return imports
