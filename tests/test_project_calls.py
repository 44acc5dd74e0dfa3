"""Which of its project's names a checked module calls with a status (``project_calls``): the
``ast`` gate after the text's, which decides which of the project's modules are read. It must let
through every call that gives a status in its own arguments (a literal, a constant, through a
keyword or a module attribute, a parameter handed on) and keep the subclasses; and it must stay
out where the text's test found its status in a string, a regex, a comment or the next statement
(the module is then not read at all)."""

from __future__ import annotations

import ast
import sys
import textwrap
from pathlib import Path
from typing import Dict, List, Set, Tuple

import pytest

from flake8_httpstatus import project
from flake8_httpstatus.project_calls import confirmed, gives_status, spanning
from tests.helpers import count_opens
from tests.test_project_model import found, write_tree, written

PROJECT: Dict[str, str] = {
    "shop/__init__.py": "",
    "shop/api/__init__.py": "",
    "shop/errors.py": '''\
from flask import abort
from fastapi import HTTPException


def error(message, code=400):
    abort(code)


class APIError(HTTPException):
    pass
''',
    # passes the text gate (it names Flask's abort): a module that would be summarised if read
    "shop/texts.py": '''\
from flask import abort


def gettext(message):
    return message


def compile_re(pattern, flags=0):
    return pattern


def fail(code):
    abort(code)
''',
}


def rows_asked(tmp_path: Path, source: str, monkeypatch: pytest.MonkeyPatch
               ) -> Tuple[Set[str], List[str]]:
    """The callees of the project rows the module gets, and the project's modules read."""
    write_tree(tmp_path, PROJECT)
    path = written(tmp_path, "shop/api/views.py", source)
    opened = count_opens(monkeypatch, project)
    tree = ast.parse(source)
    rows = project.project_rows(str(path), project.imports_of(tree, str(path)), source, (), tree)
    return {row.callee for row in rows}, [Path(name).name for name in opened]


HEAD = ("from http import HTTPStatus\n\nfrom rest_framework import status\n\n"
        "from shop import errors, texts\nfrom shop.errors import APIError, error\n"
        "from shop.texts import compile_re, gettext\n\n\n")


@pytest.mark.parametrize("body", [
    'def view():\n    error("no such item", 404)\n',
    'def view():\n    error("no such item", code=404)\n',
    'def view():\n    error("no such item", HTTPStatus.NOT_FOUND)\n',
    'def view():\n    error("no such item", status.HTTP_404_NOT_FOUND)\n',
    'def view(busy):\n    error("busy", 503 if busy else 200)\n',
    'def view():\n    errors.error("gone", 410)\n',
    # its number beyond the text's reach; another call of it lets the text's test through
    'def view(item):\n    error(\n        "a message long enough to push the number out of reach"\n'
    '        " of the test of the text, which reads two hundred characters after the call; only"\n'
    '        " another call, followed by a number, lets it through",\n        404,\n    )\n'
    '    error(item.message)\n    return [404]\n',
    'def fail(code):\n    error("failed", code)\n\n\nfail(404)\n',
    'class Views:\n    def fail(self, code):\n        error("failed", code=code)\n\n\n'
    'Views().fail(code=404)\n',
    '@error("x", 404)\ndef view():\n    pass\n',
])
def test_a_call_that_gives_a_status_reads_the_helper(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    callees, opened = rows_asked(tmp_path, HEAD + body, monkeypatch)
    assert "shop.errors.error" in callees and "errors.py" in opened


@pytest.mark.parametrize("body", [
    'def view():\n    error("no such item (404)")\n',  # a number in a string
    'WORD = compile_re(r"[ -~]{0,200}[!-~]")\n',  # a regex's repeat
    'def view():\n    return gettext("the response status.code, or 404")\n',
    'def view(item):\n    error(item.message)\n    return [404]\n',  # the next statement's
    'def view(request):\n    error(request.message)  # (404)\n',  # a comment
    'def view():\n    override_error("x", 404)\n    mytexts.fail(404)\n',  # a longer name
    'check = lambda code: error("x", code)\ncheck(404)\n',  # a lambda's: no helper
    'class View:\n    def get(self):\n        error(self)\n        return [404]\n',
])
def test_a_status_only_the_text_holds_reads_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    source = HEAD + body
    write_tree(tmp_path, PROJECT)
    root = str(tmp_path)
    imports = project.imports_of(ast.parse(source), "x.py")
    assert any(project._direct_calls(source, local)
               or project._attribute_calls(source, local, root, target)
               for local, target in imports.items())  # (the text's test lets it through)
    assert list(project._called(imports, source, root)) == []
    assert rows_asked(tmp_path, source, monkeypatch) == (set(), [])


def test_the_findings_through_the_gate(tmp_path: Path) -> None:
    """Every checker path (the reference one parses the module for the gate) agrees."""
    write_tree(tmp_path, PROJECT)
    source = textwrap.dedent('''\
        from shop.errors import APIError, error
        from shop.texts import fail as failing


        class Conflict(APIError):
            def __init__(self):
                super().__init__(409)


        class NotFound(APIError):
            status_code = 404


        def fail(code):
            error("failed", code)


        def view(busy):
            error("no such item (404)")
            error("no such item", 404 if busy else 200)
            failing(404)
            fail(410)
        ''')
    path = written(tmp_path, "shop/api/views.py", source)
    assert found(source, path) == [(7, "HTS001"), (11, "HTS001"), (20, "HTS001"),
                                   (20, "HTS007"), (21, "HTS001"), (22, "HTS001")]


def test_without_its_tree_the_module_is_parsed_only_where_a_name_let_through_has_rows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reference path (and a caller that has no ``ast``): the rows of the names the text
    lets through first, the module parsed for the gate only where one has rows."""
    write_tree(tmp_path, PROJECT)
    parsed: List[str] = []
    real = ast.parse

    def parse(text: str, *args: object, **kwargs: object) -> ast.Module:
        parsed.append(text)
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(project.ast, "parse", parse)
    path = str(tmp_path / "shop/api/views.py")
    quiet = HEAD + 'def view():\n    error("no such item")\n'
    assert project.project_rows(path, project.imports_of(real(quiet), path), quiet) == ()
    assert parsed == []
    # a name without rows (the project's module read first): nothing to tell apart
    rowless = HEAD + 'def view():\n    gettext("no such item", 404)\n'
    assert project.project_rows(path, project.imports_of(real(rowless), path), rowless) == ()
    assert rowless not in parsed
    loud = HEAD + 'def view():\n    error("no such item", 404)\n'
    assert project.project_rows(path, project.imports_of(real(loud), path), loud)
    assert parsed.count(loud) == 1


def call(source: str) -> ast.Call:
    node = ast.parse(source, mode="eval").body
    assert isinstance(node, ast.Call)
    return node


@pytest.mark.parametrize(("source", "gives"), [
    ('error("x", 404)', True),
    ('error("x", code=404)', True),
    ('error("x", n=999)', True),
    ('error("x", [404, 410])', True),
    ('error("x", {"code": 404})', True),
    ('error("x", *[404])', True),
    ('error("x", 503 if busy else 200)', True),
    ('error("x", HTTPStatus.NOT_FOUND)', True),
    ('error("x", http.HTTPStatus.NOT_FOUND)', True),
    ('error("x", status.HTTP_404_NOT_FOUND)', True),
    ('error("x", requests.codes.not_found)', True),
    ('error("x", HTTP_404_NOT_FOUND)', True),  # imported from rest_framework.status
    ('error("x", falcon.HTTP_404)', True),
    ('error("x", code)', True),  # a parameter
    ('error("x", code=code)', True),
    ('error("x", 99)', False),
    ('error("x", 1000)', False),
    ('error("x", True)', False),
    ('error("x (404)")', False),
    ('error(f"x {code}")', False),
    ('error("x", code + 1)', False),
    ('error("x", other)', False),
    ('error("x", self.code)', False),
    ('error("x", Codes.NOT_FOUND)', False),
])
def test_gives_status(source: str, gives: bool) -> None:
    imports = {"HTTPStatus": "http.HTTPStatus", "http": "http", "status": "rest_framework.status",
               "requests": "requests", "HTTP_404_NOT_FOUND":
               "rest_framework.status.HTTP_404_NOT_FOUND", "falcon": "falcon"}
    assert gives_status(call(source), frozenset({"code"}), imports) is gives


TREE = '''\
import errors  # 1


def view(request, code=404):  # 4
    if request:
        return errors.error(request.user)  # 6
    try:
        pass
    except KeyError:
        errors.error("gone", code)  # 10


class Views:  # 13
    def get(self):
        errors.error(self)  # 15
        errors.warn(
            "x",
            self.code,
        )  # 19


lambda: errors.later(404)  # 22


@errors.handler(404)  # 25
def handled():
    pass
'''
SPELLED = {("errors", name): f"errors.{name}"
           for name in ("handler", "error", "check", "warn", "later")}


@pytest.mark.parametrize(("lines", "expected"), [
    ([6], set()),  # a parameter, but not bare
    ([10], {("errors", "error")}),  # a parameter, bare, in an except clause
    ([15], set()),  # a method's ``self`` is no parameter a call hands on
    ([17], set()),
    ([22], {("errors", "later")}),
    ([25], {("errors", "handler")}),  # a decorator, on the line before its function's
    ([12, 40], set()),
    ([6, 10, 15, 17, 22, 25], {("errors", "handler"), ("errors", "error"),
                               ("errors", "later")}),
])
def test_confirmed_reads_the_statements_on_the_lines(lines: List[int],
                                                     expected: Set[Tuple[str, ...]]) -> None:
    assert confirmed(ast.parse(TREE), {"errors": "errors"}, SPELLED, lines) == expected


@pytest.mark.skipif(sys.version_info < (3, 10), reason="match is Python 3.10's")
def test_confirmed_reads_a_cases_guard() -> None:
    source = "import errors\nmatch x:\n    case 1 if errors.check(410):\n        pass\n"
    assert confirmed(ast.parse(source), {"errors": "errors"}, SPELLED, [3]) == {
        ("errors", "check")}


def test_spanning_gives_each_statement_once_with_its_lines() -> None:
    tree = ast.parse("a = 1\n\n@d\ndef f():\n    pass\nb = (\n    2)\n")
    spans = [(type(stmt).__name__, list(lines))
             for stmt, lines in spanning(tree.body, [1, 2, 3, 5, 7, 9])]
    assert spans == [("Assign", [1]), ("FunctionDef", [2, 3, 5]), ("Assign", [7])]
