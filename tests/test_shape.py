"""The package's shape, as CONTRIBUTING states it: no function over complexity 15 (radon's
cyclomatic complexity), none with more than six parameters besides ``self``/``cls`` (a record's
``__init__`` excepted), no module over 450 lines but the pure-data ones."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Iterator, List, Tuple

import pytest
from radon.complexity import cc_visit

PACKAGE = Path(__file__).resolve().parent.parent / "flake8_httpstatus"
MAX_COMPLEXITY = 15
MAX_PARAMETERS = 6
MAX_LINES = 450
#: Modules that are data alone (tables of codes and names), exempt from the line bound.
DATA_MODULES = frozenset({"catalogue_data.py"})


def _modules() -> List[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def over_complexity() -> Iterator[str]:
    for path in _modules():
        places = set()
        for block in cc_visit(path.read_text(encoding="utf-8")):
            for item in (block, *getattr(block, "methods", ()), *getattr(block, "closures", ())):
                if item.complexity > MAX_COMPLEXITY and not hasattr(item, "methods"):
                    places.add((item.lineno, f"{item.fullname} {item.complexity}"))
        yield from (f"{_name(path)}:{line} {what}" for line, what in sorted(places))


def _is_record(cls: ast.ClassDef) -> bool:
    """A class whose ``__init__`` only stores its parameters (a plain record class)."""
    init = next((n for n in cls.body if isinstance(n, ast.FunctionDef)
                 and n.name == "__init__"), None)
    if init is None:
        return False
    for statement in init.body:
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            continue  # the docstring
        if not isinstance(statement, (ast.Assign, ast.AnnAssign)):
            return False
    return True


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    args = function.args
    names = [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]
    if names and names[0] in ("self", "cls"):
        names = names[1:]
    return len(names) + (args.vararg is not None) + (args.kwarg is not None)


def over_parameters() -> Iterator[str]:
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        records = {id(n.body[i]) for n in ast.walk(tree) if isinstance(n, ast.ClassDef)
                   and _is_record(n) for i, s in enumerate(n.body)
                   if isinstance(s, ast.FunctionDef) and s.name == "__init__"}
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                    and id(node) not in records and _parameters(node) > MAX_PARAMETERS:
                yield f"{_name(path)}:{node.lineno} {node.name} {_parameters(node)}"


def over_lines() -> Iterator[Tuple[str, int]]:
    for path in _modules():
        if path.name in DATA_MODULES:
            continue
        count = len(path.read_text(encoding="utf-8").splitlines())
        if count > MAX_LINES:
            yield _name(path), count


@pytest.mark.parametrize("check", [over_complexity, over_parameters, over_lines],
                         ids=["complexity", "parameters", "lines"])
def test_shape(check: object) -> None:
    assert callable(check)
    assert list(check()) == []


if __name__ == "__main__":  # python tests/test_shape.py: every place over a bound
    for check in (over_complexity, over_parameters, over_lines):
        for place in check():
            print(check.__name__, place)
