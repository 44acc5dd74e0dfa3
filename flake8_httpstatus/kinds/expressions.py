"""What a status expression is (``r.status_code``, ``resp.status``, ``urlopen(u).getcode()``):
the other side of a comparison, an assertion, an assignment or a ``match``. Not a kind itself;
the kinds that compare with or assign to one read it here, in both tree kinds side by side."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Dict, FrozenSet, Iterator, List, Optional, Tuple

from flake8_httpstatus import positions as pos

if TYPE_CHECKING:
    import libcst as cst

    from flake8_httpstatus.visitor import StatusVisitor

#: Every attribute that may hold a status in some module: where the module is not known yet.
ANY_STATUS_ATTRIBUTES = pos.STATUS_ATTRIBUTES | frozenset(pos.REQUIRED_STATUS_ATTRIBUTES)


def is_status(visitor: StatusVisitor, node: cst.BaseExpression) -> bool:
    """``r.status_code``, ``urlopen(u).getcode()``; the loose ``.status`` only in HTTP code; the
    attributes of ``REQUIRED_STATUS_ATTRIBUTES`` in their frameworks' modules."""
    tables = visitor.tables
    if isinstance(node, cst.Attribute):
        attr = node.attr.value
        return attr in tables.module_attributes or attr in pos.STATUS_ATTRIBUTES and (
            tables.http or attr not in pos.LOOSE_STATUS_ATTRIBUTES)
    return isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) \
        and node.func.attr.value in pos.STATUS_METHODS and not node.args


def is_strict(node: cst.BaseExpression) -> bool:
    """A status expression whose values outside 100-599 are reported (not ``order.status``, nor
    Tornado's ``response.code``)."""
    return not (isinstance(node, cst.Attribute) and (
        node.attr.value in pos.LOOSE_STATUS_ATTRIBUTES
        or node.attr.value in pos.REQUIRED_STATUS_ATTRIBUTES))


_COMPARED: Dict[Tuple[bool, str], pos.Site] = {}


def compared_site(node: cst.BaseExpression) -> pos.Site:
    """The site of a value compared with the status expression ``node``: a string there is the
    wrong type where the expression always holds an int (``r.status_code``, ``getcode()``; not
    ``resp.status``, a line in Werkzeug)."""
    int_valued = not isinstance(node, cst.Attribute) or \
        node.attr.value in pos.INT_STATUS_ATTRIBUTES
    key = (is_strict(node), pos.Strings.INT_COMPARED if int_valued else pos.Strings.IGNORED)
    site = _COMPARED.get(key)
    if site is None:
        site = _COMPARED[key] = pos.Site(*key)
    return site


def is_status_ast(node: ast.AST, attributes: FrozenSet[str] = ANY_STATUS_ATTRIBUTES) -> bool:
    """The same from the ``ast`` (the prefilter's gate), over-approximated: ``attributes`` are
    the module's status attributes (``positions.status_attributes``), or any module's."""
    if isinstance(node, ast.Attribute):
        return node.attr in attributes
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in pos.STATUS_METHODS)


def dotted_name(node: cst.BaseExpression) -> Optional[list[str]]:
    """``["http", "HTTPStatus", "OK"]`` for ``http.HTTPStatus.OK``; None where it is no dotted
    name."""
    parts: list[str] = []
    while isinstance(node, cst.Attribute):
        parts.append(node.attr.value)
        node = node.value
    if not isinstance(node, cst.Name):
        return None
    parts.append(node.value)
    parts.reverse()
    return parts


def dotted_name_ast(node: ast.expr) -> List[str]:
    """The same from the ``ast`` (``[]`` where it is no dotted name)."""
    parts: List[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return []
    parts.append(node.id)
    return parts[::-1]


def literals(node: cst.BaseExpression, collections: bool) -> Iterator[cst.BaseExpression]:
    """The node, or with ``collections`` each element of a tuple, list or set literal."""
    if collections and isinstance(node, (cst.Tuple, cst.List, cst.Set)):
        for element in node.elements:
            if isinstance(element, cst.Element):
                yield element.value
    else:
        yield node
