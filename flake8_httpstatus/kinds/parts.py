"""What a response built with a status visibly carries besides it: its headers and its body
(HTS009, HTS010), read by the kinds that build responses (calls, view returns)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    import libcst as cst


class Parts:
    """What a response built with the status visibly carries besides it: the names of its
    headers (lower case), or None where they are not all in sight -- a variable, ``**kwargs``, a
    response assigned to a name whose headers may be set on the next line; and whether its body is
    content for sure (a non-empty literal). (A plain class: the kinds load before LibCST, and
    ``dataclasses`` costs an import.)"""

    __slots__ = ("headers", "content")

    def __init__(self, headers: Optional[frozenset[str]], content: bool) -> None:
        self.headers = headers
        self.content = content

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Parts) and (self.headers, self.content) == (
            other.headers, other.content)

    def __hash__(self) -> int:
        return hash((self.headers, self.content))

    def __repr__(self) -> str:
        return f"Parts({self.headers!r}, {self.content!r})"


def string_value(node: cst.BaseExpression) -> Optional[str]:
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
            key = string_value(element.key) if isinstance(element, cst.DictElement) else None
            if key is None:
                return None
            names.add(key.lower())
        return frozenset(names)
    if isinstance(node, (cst.List, cst.Tuple)):
        for item in node.elements:
            pair = item.value if isinstance(item, cst.Element) else None
            key = string_value(pair.elements[0].value) if isinstance(pair, cst.Tuple) and \
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
