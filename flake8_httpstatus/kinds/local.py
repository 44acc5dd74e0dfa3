"""The module's own positions (``model.py``): ``super().__init__(...)`` in a subclass of a
framework's response or exception class, ``self.fail(404)`` where the class's ``fail`` hands its
parameter to a status slot, and the default of such a parameter (``def error(message,
code=400)``). Calls of the module's helper functions and of its subclasses (``error("x", 404)``,
``ConflictError(409)``) are rows of the call table the ``calls`` kind matches."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, List

from flake8_httpstatus import positions as pos
from flake8_httpstatus.kinds import finishes, gates, visits
from flake8_httpstatus.kinds.calls import apply_rows, merged_slots, site_of
from flake8_httpstatus.kinds.expressions import dotted_name

if TYPE_CHECKING:
    import libcst as cst

    from flake8_httpstatus.prefilter import Scanner
    from flake8_httpstatus.visitor import StatusVisitor


# -- LibCST --------------------------------------------------------------------------------------
def _is_super_init(func: cst.Attribute) -> bool:
    receiver = func.value
    return func.attr.value == "__init__" and isinstance(receiver, cst.Call) \
        and not receiver.args and dotted_name(receiver.func) == ["super"]


@visits("Call")
def visit_own_call(visitor: StatusVisitor, node: cst.Call) -> None:
    """``super().__init__(409, ...)`` and ``self.fail(404)`` in a class of the module."""
    model = visitor.model
    func = node.func
    if not model.owners or not isinstance(func, cst.Attribute):
        return
    owner = visitor.owner()
    if owner not in model.owners:
        return
    receiver = func.value
    if isinstance(receiver, cst.Name) and receiver.value in pos.OWN_RECEIVERS:
        rows = model.methods.get(owner, {}).get(func.attr.value)
    else:
        rows = model.supers.get(owner) if _is_super_init(func) else None
    if rows:
        apply_rows(visitor, node, rows)


@visits("FunctionDef")
def visit_defaults(visitor: StatusVisitor, node: cst.FunctionDef) -> None:
    """The default of a helper's parameter that flows into a status slot."""
    model = visitor.model
    if not model.defaults:
        return
    in_class = visitor.scopes[-2:-1] == ["class"]  # (the visitor has entered this function)
    defaults = model.defaults.get(((visitor.owner() or "") if in_class else "",
                                   node.name.value))
    if not defaults:
        return
    params = node.params
    for param in (*params.posonly_params, *params.params, *params.kwonly_params):
        row = defaults.get(param.name.value)
        if row is not None and param.default is not None:
            visitor.value(param.default, site_of(row))


# -- ast gate ------------------------------------------------------------------------------------
@finishes
def finish(scanner: Scanner, text: str, hot: List[int]) -> List[int]:
    """The module's summary (past the text gate; only functions holding a hot line are read:
    a slot's callee spells a word of one), the callees it adds to the call gate, and the lines
    that spell them."""
    from flake8_httpstatus.model import summarise
    from flake8_httpstatus.words import hot_lines

    model = scanner.model = summarise(
        scanner.tree, scanner.imports, scanner.extra_calls, (text, scanner.lines, hot),
        (scanner.functions, scanner.classes))  # type: ignore[arg-type]
    if not model:
        return hot
    slots = model.slots()
    scanner.slots = merged_slots(scanner.slots, slots)
    scanner.class_slots = merged_slots(scanner.class_slots, slots)
    scanner.hot_callees |= frozenset(slots)
    return sorted({*hot, *hot_lines(text, scanner.lines, model.names())})


@gates(ast.arguments)
def gate_defaults(scanner: Scanner, node: ast.arguments) -> bool:
    model = scanner.model
    return model is not None and id(node) in model.default_args


# -- docs/positions.md ---------------------------------------------------------------------------
TITLE = "The module's subclasses and helpers"


def doc() -> str:
    return (
        "A class of the module whose bases reach a class of the call table above (`class "
        "ConflictError(HTTPException)`, through the imports or another class of the module) "
        "takes that class's status slot in `super().__init__(...)`, and in its own calls "
        "(`ConflictError(409)`) where it keeps its base's `__init__`; where its `__init__` "
        "hands a parameter to `super().__init__`'s slot, that parameter is the slot of its "
        "calls. A function of the module whose parameter is passed, bare and never bound "
        "again, to a call's status slot is a status position itself, with that slot's meaning "
        "(so HTS007 holds an `error()` helper that aborts given 200): at its calls, positional "
        "or keyword (`error(\"no such item\", 404)`, `error(\"x\", code=404)`), at the "
        "parameter's default (`def error(message, code=400)`), through helpers that call "
        "helpers; a method, at `self.fail(404)` in its class and the module's subclasses of "
        "it. A parameter passed through an expression (`abort(code + 400)`) or bound again "
        "(`code = int(code)`) is none, nor is a name the module defines twice or also imports. "
        "\n\n"
        "The same holds across the project: the helpers and classes of the project's modules "
        "a file imports (found by path: the folders with an `__init__.py` above the file name "
        "its root, a file in no package looks beside itself) -- imported by name (`from "
        ".errors import error`), through a module that re-exports them (`from shop import "
        "error` where `shop/__init__.py` imports it, or star-imports its module; up to three "
        "such imports), or called through their module (`errors.error(\"x\", 404)` after "
        "`from . import errors` or `import shop.errors as errors`); a project class's helper "
        "methods at `self.abort_with(404)` in its subclasses in other modules; a subclass of a "
        "project class that subclasses a framework's. Such a file is checked even where it "
        "names no framework, if it gives a call a three-digit number.\n\n"
        "**When `--httpstatus-extra-calls` is no longer needed**: for a helper of the checked "
        "file's own module or project, as above, checked with its path (flake8, `check`, "
        "`fix` and the editor pass it; stdin without `--stdin-display-name` does not). It is "
        "still needed for a helper that comes from an installed package or another "
        "project; one that changes its parameter before passing it on (`code = int(code)`, "
        "`abort(code + 400)`) or only compares it (`self.assertEqual(r.status_code, code)`); "
        "one that reaches its slot through a helper or base class of a third module (`error` "
        "in `api.py` calling `abort_with` of `base.py`); and a method called on an object "
        "other than `self`/`cls` (`client.expect(404)`).")
