"""A status assigned: to a status attribute (``response.status_code = 404``), to a class
attribute (``status_code = 410`` in a class body; ``code = 410`` in a class a framework reads it
from, ``views.status_classes``), or a status line to a plain ``status`` name."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Dict, Tuple

from flake8_httpstatus import positions as pos
from flake8_httpstatus.kinds import keeps, visits
from flake8_httpstatus.kinds.expressions import is_status, is_strict

if TYPE_CHECKING:
    import libcst as cst

    from flake8_httpstatus.prefilter import Scanner
    from flake8_httpstatus.visitor import StatusVisitor

#: A class attribute: any code may format it.
CLASS_SITE = pos.Site(True, formatted=pos.CLASS_STATUS_TEXT, kept=pos.KEPT_TEXT)
#: ``status = "200 OK"``.
LINE_SITE = pos.Site(False, pos.Strings.LINE_OR_NUMBER, kept=pos.KEPT_TEXT)
_ATTRIBUTE_SITES: Dict[Tuple[bool, bool, bool], pos.Site] = {}
#: The scopes of a class body: any class, and one a framework reads a status ``code`` from.
_CLASSES = ("class", "status-class")


def _attribute_site(target: cst.Attribute) -> pos.Site:
    """``resp.status = ...`` takes a line as well as a number and is sent in the status line;
    an object's own attribute (``self.status``) is no framework's response."""
    attr = target.attr.value
    own = isinstance(target.value, cst.Name) and target.value.value in pos.OWN_RECEIVERS
    key = (is_strict(target), not own and attr in pos.LINE_STATUS_ATTRIBUTES,
           not own and attr in pos.SENT_STATUS_ATTRIBUTES)
    site = _ATTRIBUTE_SITES.get(key)
    if site is None:
        site = _ATTRIBUTE_SITES[key] = pos.Site(key[0], pos.Strings.LINE_OR_NUMBER,
                                                takes_line=key[1], sends_line=key[2],
                                                kept=pos.KEPT_TEXT)
    return site


def _assigned(visitor: StatusVisitor, target: cst.BaseExpression,
              value: cst.BaseExpression) -> None:
    if isinstance(target, cst.Attribute) and is_status(visitor, target):
        visitor.value(value, _attribute_site(target))
    elif isinstance(target, cst.Name):
        name = target.value
        if visitor.scopes[-1:] == ["class"] and (name in pos.CLASS_STATUS_NAMES or (
                name == pos.CLASS_CODE_NAME and visitor.status_classes[-1])):
            visitor.value(value, CLASS_SITE)
        elif name in pos.STATUS_LINE_NAMES and isinstance(value, cst.SimpleString):
            visitor.value(value, LINE_SITE)


@visits("Assign")
def visit_assign(visitor: StatusVisitor, node: cst.Assign) -> None:
    for target in node.targets:
        _assigned(visitor, target.target, node.value)


@visits("AnnAssign")
def visit_ann_assign(visitor: StatusVisitor, node: cst.AnnAssign) -> None:
    if node.value is not None:
        _assigned(visitor, node.target, node.value)


@keeps(ast.Assign, ast.AnnAssign)
def keep_assignment(scanner: Scanner, stmt: ast.stmt, scope: str) -> bool:
    targets = stmt.targets if isinstance(stmt, ast.Assign) else \
        [stmt.target] if isinstance(stmt, ast.AnnAssign) else []
    for target in targets:
        kind = type(target)
        if kind is ast.Attribute:
            if target.attr in scanner.attributes:  # type: ignore[attr-defined]
                return True
        elif kind is ast.Name:
            name = target.id  # type: ignore[attr-defined]
            if name in pos.STATUS_LINE_NAMES \
                    or (name in pos.CLASS_STATUS_NAMES and scope in _CLASSES) \
                    or (name == pos.CLASS_CODE_NAME and scope == "status-class"):
                return True
    return False


TITLE = "Assignments"


def doc() -> str:
    return ("Assignments to the status attributes "
            + ", ".join(f"`.{a}`" for a in sorted(pos.STATUS_ATTRIBUTES))
            + "; class-body assignments of "
            + ", ".join(f"`{n}`" for n in sorted(pos.CLASS_STATUS_NAMES))
            + " in any class and of `" + pos.CLASS_CODE_NAME
            + "` in a subclass of an exception class of "
            + ", ".join(f"`{m}`" for m in sorted(pos.CODE_CLASS_MODULES))
            + "; a status line assigned to "
            + ", ".join(f"`{n}`" for n in sorted(pos.STATUS_LINE_NAMES))
            + ". The attribute " + ", ".join(f"`.{a}`" for a in sorted(
                pos.LOOSE_STATUS_ATTRIBUTES))
            + " (compared or assigned) counts only in a module that imports one of "
            + ", ".join(f"`{m}`" for m in sorted(pos.http_context_modules())) + "; "
            + "; ".join(f"the attribute `.{attr}` only in a module that imports "
                        + " or ".join(f"`{p}`" for p in sorted(packages))
                        for attr, packages in sorted(pos.REQUIRED_STATUS_ATTRIBUTES.items()))
            + ".")
