"""An ASGI message that starts a response (``{"type": "http.response.start", "status": 200}``):
its ``"status"`` is the response's int status."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from flake8_httpstatus import positions as pos
from flake8_httpstatus.kinds import gates, visits
from flake8_httpstatus.kinds.parts import string_value

if TYPE_CHECKING:
    import libcst as cst

    from flake8_httpstatus.prefilter import Scanner
    from flake8_httpstatus.visitor import StatusVisitor

SITE = pos.Site(True, pos.Strings.INT, pos.Meaning.RESPONSE, kept=pos.KEPT_TEXT)


@visits("Dict")
def visit_dict(visitor: StatusVisitor, node: cst.Dict) -> None:
    values = {string_value(e.key): e.value for e in node.elements
              if isinstance(e, cst.DictElement)}
    kind = values.get(pos.ASGI_TYPE_KEY)
    status = values.get(pos.ASGI_STATUS_KEY)
    if status is not None and kind is not None \
            and string_value(kind) in pos.ASGI_RESPONSE_STARTS:
        visitor.value(status, SITE)


@gates(ast.Dict)
def gate_dict(scanner: Scanner, node: ast.Dict) -> bool:
    keys = [k.value if isinstance(k, ast.Constant) else None for k in node.keys]
    if pos.ASGI_STATUS_KEY not in keys or pos.ASGI_TYPE_KEY not in keys:
        return False
    kind = node.values[keys.index(pos.ASGI_TYPE_KEY)]
    return isinstance(kind, ast.Constant) and kind.value in pos.ASGI_RESPONSE_STARTS


TITLE = "ASGI messages"


def doc() -> str:
    return ("The `\"status\"` of a message dict whose type is "
            + " or ".join(f"`{t}`" for t in sorted(pos.ASGI_RESPONSE_STARTS))
            + ": an int status (a string there is HTS011).")
