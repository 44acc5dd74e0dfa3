"""Which functions a framework calls as views or handlers: where a returned ``(body, status)``
tuple is a response; and which classes it reads a status from (``code = 410`` in a subclass of
Werkzeug's ``HTTPException``).

One decision each, read from the module's ``ast`` by both checker paths: the fast path's
prefilter marks the fragments cut out of a view or such a class, the reference path hands the
visitor one flag per function (or class) in source order. The names it looks for are rows of
``positions``. And which ``with`` blocks a test expects to fail in (``expects_raise``), asked by the
prefilter of the ``ast`` and by the visitor of LibCST's tree.
"""

from __future__ import annotations

import ast
from typing import Iterator, List, Optional, Sequence, Set, Union

from flake8_httpstatus import positions as pos
from flake8_httpstatus.imports import ImportMap, imported_modules, qualify
from flake8_httpstatus.kinds.expressions import dotted_name_ast

Function = Union[ast.FunctionDef, ast.AsyncFunctionDef]

#: The name of the function a fast-path fragment from a view is wrapped in.
VIEW_MARKER = "__httpstatus_view__"
#: The name of the class a fast-path fragment from a status class is wrapped in.
STATUS_CLASS_MARKER = "__httpstatus_status_class__"
#: The call of the ``with`` a fast-path fragment from a ``pytest.raises`` block is wrapped in.
RAISES_MARKER = "__httpstatus_raises__"


def expects_raise(dotted: Sequence[str], imports: ImportMap) -> bool:
    """Whether a ``with`` item calling ``dotted`` (``["pytest", "raises"]``, ``["self",
    "assertRaises"]``) opens a block whose code a test expects to fail (``EXPECTS_RAISE_*``), or
    is the fast path's marker for one: for both paths, from either tree's dotted names."""
    if not dotted:
        return False
    if len(dotted) == 1 and dotted[0] == RAISES_MARKER:
        return True
    if len(dotted) > 1 and dotted[-1] in pos.EXPECTS_RAISE_METHODS:
        return True
    return qualify(imports, dotted) in pos.EXPECTS_RAISE_CALLEES


def _last_name(node: ast.AST) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _registered(tree: ast.Module, modules: Set[str]) -> Set[str]:
    """Names the module passes to a registrar: ``add_url_rule(..., view_func=index)``,
    ``Items.as_view("items")`` (the class), ``api.add_resource(Items, ...)``; one that needs a
    package (responses' ``add_callback``) only where the module imports it (``modules``)."""
    names: Set[str] = set()
    registrars = {name for name, package in pos.VIEW_REGISTRARS.items()
                  if not package or package in modules}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in registrars:
            if node.func.attr == "as_view" and isinstance(node.func.value, ast.Name):
                names.add(node.func.value.id)
            for value in (*node.args, *(k.value for k in node.keywords)):
                if isinstance(value, ast.Name):
                    names.add(value.id)
    return names


def _is_view_class(node: ast.ClassDef, registered: Set[str]) -> bool:
    return node.name in registered or any(
        _last_name(base) in pos.VIEW_BASES for base in node.bases) or any(
        _last_name(d) in pos.VIEW_DECORATORS for d in node.decorator_list)


def _functions(body: List[ast.stmt], in_view_class: bool, registered: Set[str],
               everything: bool) -> Iterator[tuple[Function, bool]]:
    """Every function under ``body``, with whether it is a view, in no particular order."""
    for stmt in body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            view = everything or in_view_class or stmt.name in registered or any(
                _last_name(d) in pos.VIEW_DECORATORS for d in stmt.decorator_list)
            yield stmt, view
            yield from _functions(stmt.body, False, registered, everything)
        elif isinstance(stmt, ast.ClassDef):
            yield from _functions(stmt.body, _is_view_class(stmt, registered), registered,
                                  everything)
        else:
            yield from _functions(_child_statements(stmt), in_view_class, registered, everything)


def _child_statements(stmt: ast.stmt) -> List[ast.stmt]:
    """The statements nested in a compound statement (``if``, ``try`` and its handlers,
    ``with``, ``match`` cases...)."""
    found: List[ast.stmt] = []
    for _, value in ast.iter_fields(stmt):
        if isinstance(value, list):
            for item in value:
                if isinstance(item, ast.stmt):
                    found.append(item)
                elif not isinstance(item, ast.expr):  # an except handler, a match case
                    found.extend(getattr(item, "body", ()))
    return found


def views(tree: ast.Module, imports: ImportMap) -> Set[int]:
    """The ``id()`` of every function node of ``tree`` that is a view or a handler."""
    modules = imported_modules(imports)
    everything = not pos.SPEC_ROUTED_MODULES.isdisjoint(modules)
    return {id(node) for node, view in _functions(tree.body, False, _registered(tree, modules),
                                                  everything) if view}


def takes_class_codes(imports: ImportMap) -> bool:
    """Whether the module imports from the package of a module of status classes
    (``CODE_CLASS_MODULES``): only there can a class subclass one of them."""
    packages = {module.split(".", 1)[0] for module in pos.CODE_CLASS_MODULES}
    return not packages.isdisjoint(imported_modules(imports))


def _classes(tree: ast.Module) -> List[ast.ClassDef]:
    """Every class of ``tree`` in source order (as LibCST visits them)."""
    return sorted((node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)),
                  key=lambda node: (node.lineno, node.col_offset))


def status_classes(tree: ast.Module, imports: ImportMap,
                   classes: Optional[List[ast.ClassDef]] = None) -> Set[int]:
    """The ``id()`` of every class of ``tree`` that subclasses an exception class of
    ``CODE_CLASS_MODULES`` (through the imports), or such a class of the module above it."""
    found: Set[int] = set()
    local: Set[str] = set()
    for node in _classes(tree) if classes is None else classes:
        for base in node.bases:
            dotted = dotted_name_ast(base)
            if not dotted:
                continue
            imported = dotted[0] in imports
            target = qualify(imports, dotted) if imported else ""
            if target.rpartition(".")[0] in pos.CODE_CLASS_MODULES or (
                    len(dotted) == 1 and not imported and dotted[0] in local):
                found.add(id(node))
                local.add(node.name)
                break
    return found


def class_flags(tree: ast.Module, imports: ImportMap) -> List[bool]:
    """For each class of ``tree`` in source order (as LibCST visits them): does the framework
    read a status from it (``status_classes``)."""
    found = _classes(tree)
    chosen = status_classes(tree, imports, found)
    return [id(node) in chosen for node in found]


def view_flags(tree: ast.Module, imports: ImportMap) -> List[bool]:
    """For each function of ``tree`` in source order (as LibCST visits them): is it a view."""
    chosen = views(tree, imports)
    found = [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef,
                                                                  ast.AsyncFunctionDef))]
    found.sort(key=lambda node: (node.lineno, node.col_offset))
    return [id(node) in chosen for node in found]
