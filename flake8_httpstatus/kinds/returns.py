"""A view's returned tuple (``return jsonify(x), 201``): a response where the module's framework
calls the function as a view or handler (``views.py``), in the shape it reads
(``positions.TUPLE_RETURNS``)."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from flake8_httpstatus import positions as pos
from flake8_httpstatus.kinds import keeps, visits
from flake8_httpstatus.kinds.parts import Parts, header_names, is_content

if TYPE_CHECKING:
    import libcst as cst

    from flake8_httpstatus.prefilter import Scanner
    from flake8_httpstatus.visitor import StatusVisitor

SITE = pos.Site(False, pos.Strings.IGNORED, pos.Meaning.RESPONSE)
#: Where the framework keeps the status as given (responses' callbacks).
KEPT_SITE = pos.Site(False, pos.Strings.IGNORED, pos.Meaning.RESPONSE, kept=pos.KEPT_TEXT)


@visits("Return")
def visit_return(visitor: StatusVisitor, node: cst.Return) -> None:
    shape = visitor.tuple_returns
    if shape is None or not visitor.views or not visitor.views[-1]:
        return  # (body, status) is a response only where a view returns it
    value = node.value
    if not isinstance(value, cst.Tuple) or len(value.elements) not in shape.lengths or not all(
            isinstance(e, cst.Element) for e in value.elements):
        return
    items = [e.value for e in value.elements]
    body = items[shape.body]
    if not isinstance(body, (cst.Integer, cst.Float, cst.Imaginary, cst.UnaryOperation)):
        headers = header_names(items[shape.headers]) if shape.headers is not None \
            and shape.headers < len(items) else frozenset()
        visitor.value(items[shape.status], SITE if shape.converts else KEPT_SITE,
                      Parts(headers, is_content(body)))


@keeps(ast.Return)
def keep_return(scanner: Scanner, stmt: ast.stmt, scope: str) -> bool:
    shape = scanner.tuple_returns
    value = stmt.value if isinstance(stmt, ast.Return) else None
    return shape is not None and scope == "view" and isinstance(value, ast.Tuple) \
        and len(value.elts) in shape.lengths


TITLE = "Tuples a view returns"


def doc() -> str:
    rows = ["By the framework the module imports, in the functions it calls as views or "
            "handlers:", "", "| package | the tuple |", "|---|---|"]
    for module, shape in sorted(pos.TUPLE_RETURNS.items()):
        forms = [shape.arrange("body", "status"), shape.arrange("body", "status", "headers")]
        rows.append(f"| `{module}` | " + " or ".join(f"`({f})`" for f in forms if f) + " |")
    return "\n".join(rows)
