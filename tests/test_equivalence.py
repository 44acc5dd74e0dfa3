"""The fast path (prefilter + LibCST fragments) and the whole-module reference path agree.

The corpus is built here: status-bearing statements placed in every shape of context the
prefilter must cut fragments out of (class bodies, nested blocks, one-liners, semicolons,
decorators, elif, match, continuation lines, tabs, non-ASCII text before the literal).
"""

from __future__ import annotations

import itertools
import sys

import pytest

from flake8_httpstatus.checker import check_reference, check_source
from flake8_httpstatus.options import Config

IMPORTS = (
    "from flask import abort, Response, jsonify\n"
    "from rest_framework import status\n"
    "from http import HTTPStatus\n"
    "import requests\n"
    "import starlette.status\n"
)

STATEMENTS = (
    "abort(404)",
    "abort(\n    4004,\n)",
    "x = Response('é', status=201)",
    "assert r.status_code in (200, 201)",
    "self.assertEqual(resp.status_code, 302)",
    "resp.status = '404 Not Fund'",
    "return jsonify(a='ü'), 299",
    "y = requests.codes.use_proxy",
    "z = HTTPStatus.TOO_EARLY if ok else 0",
    "start_response('200OK', [])",
    "status_code = 425",
    "q = (r.status_code ==\n     500)",
    "w = r.status_code == \\\n    503",
    "x = Response(f'{len(a) * 100:>{8}}', 1.5e3, 2j, 0x1F, status=201)",
    "abort(HTTPStatus.OK)",  # HTS007 through a named constant
    "abort(code=status.HTTP_302_FOUND if moved else 404)",
    # HTS008: renamed constants, written in place and imported (min_versions below)
    "e = (HTTPStatus.UNPROCESSABLE_ENTITY, starlette.status.HTTP_414_REQUEST_URI_TOO_LONG)",
    "from starlette.status import HTTP_413_REQUEST_ENTITY_TOO_LARGE as BIG, HTTP_200_OK",
    # after *args no position is known; before it, it is
    "x = abort(*rest, 404) or abort(404, *rest)",
    # names ending in _status_code (HTTP code: the module imports flask)
    "h = Tool(error_status_code=404)",
    "h.default_status_code = 410",
)

CONTEXTS = (
    "{s}\n",
    "def view(request):\n    {s}\n",
    "class Error(Exception):\n    {s}\n",
    "class V:\n    def get(self):\n        if a:\n            pass\n        elif b:\n            {s}\n",
    "def f():\n    if a: {s}\n",
    "def f():\n    x = 1; {s}\n",
    "def f():\n\tfor i in range(3):\n\t\t{s}\n",
    "@app.get('/', status_code=201)\ndef f():\n    {s}\n",
    "if r.status_code != 200:\n    pass\nelse:\n    def g():\n        {s}\n",
    "def f():\n    match r.status_code:\n        case 200 | 305:\n            {s}\n"
    "        case _:\n            pass\n",
    "def f():\n    try:\n        {s}\n    except E:\n        pass\n",
    "def f():\n    with cm(status=500):\n        {s}\n",
    "async def f():\n    async with cm() as c:\n        {s}\n",
    # a constant in a case pattern and a status in a guard, under a subject that is no status
    "def f():\n    match kind:\n        case HTTPStatus.USE_PROXY:\n            {s}\n"
    "        case [1, 2] if r.status_code == 299:\n            pass\n",
    # constants in annotations and in an except clause
    "def f(a: HTTPStatus.USE_PROXY = 1) -> HTTPStatus.TOO_EARLY:\n    {s}\n",
    "def f():\n    try:\n        {s}\n    except HTTPStatus.USE_PROXY:\n        pass\n",
    # the same text at several places: analysed once, reported at each
    "def f():\n    {s}\n\n\ndef g():\n    {s}\n    {s}\n",
    # in a subclass of a framework's response (its class is named around the fragment), in a
    # block expecting a raise there too; beside a helper of the module and its call
    "class Made(Response):\n    def __init__(self):\n        super().__init__('', 201)\n"
    "        with self.assertRaises(E):\n            {s}\n",
    "def helper(code=500):\n    abort(code)\n\n\ndef f():\n    {s}\n    helper(404)\n",
    # views a framework calls without a route decorator: a method of a class-based view, a
    # function registered by name (a (body, status) return counts only in views)
    "class Items(MethodView):\n    def get(self):\n        {s}\n",
    "def index():\n    {s}\n\n\napp.add_url_rule('/', view_func=index)\n",
)


def _indent(statement: str, context: str) -> str:
    line = next(line for line in context.splitlines() if "{s}" in line)
    pad = line[: line.index("{s}")]
    if pad.strip():  # a one-liner or after a semicolon: keep the statement on one line
        statement = " ".join(part.strip() for part in statement.splitlines()).replace("\\ ", "")
    indent = pad if not pad.strip() else ""
    return context.replace("{s}", statement.replace("\n", "\n" + indent))


#: The contexts written in syntax newer than the oldest supported Python: (index, version).
NEWER_SYNTAX = {j: (3, 10) for j, c in enumerate(CONTEXTS) if "match " in c}


def _marks(j: int) -> list[pytest.MarkDecorator]:
    """The fast path starts from ``ast``: a context this Python cannot parse is skipped."""
    needed = NEWER_SYNTAX.get(j)
    if needed is None or sys.version_info >= needed:
        return []
    return [pytest.mark.skip(reason=f"the context is Python {needed[0]}.{needed[1]} syntax")]


CASES = [
    pytest.param(IMPORTS + _indent(s, c), id=f"s{i}-c{j}", marks=_marks(j))
    for (i, s), (j, c) in itertools.product(enumerate(STATEMENTS), enumerate(CONTEXTS))
    if not (s.startswith("return") and c == "{s}\n")
]


def _key(findings: list) -> list[tuple[object, ...]]:
    return [(f.line, f.col, f.end_line, f.end_col, f.code, f.message, f.suggestion) for f in findings]


#: Code that supports Starlette 0.48 (which renamed four constants), whatever is installed here.
STARLETTE_048 = (("starlette", (0, 48, 0)),)


@pytest.mark.parametrize("source", CASES)
def test_fast_path_equals_reference(source: str) -> None:
    """Under ``auto``, where the style each path reads off the module is two-path too."""
    config = Config(min_versions=STARLETTE_048)
    fast = check_source(source, config)
    assert _key(fast) == _key(check_reference(source, config))


def test_the_corpus_is_not_trivial() -> None:
    """Every case reports something, except the look-alikes: ``status_code = 425`` outside a
    class body, and a tuple returned from a class body (not a view)."""
    here = [case for case in CASES if not case.marks]  # those this Python parses
    silent = {case.id for case in here
              if not check_source(case.values[0], Config(min_versions=STARLETTE_048))}
    # a class body (where ``status_code = 425`` is a status), and contexts with their own findings
    loud = {2, 7, 8, 9, 11, 13, 14, 15, 17, 18}
    views = {7, len(CONTEXTS) - 2, len(CONTEXTS) - 1}  # where (body, 299) is a response
    expected = {f"s10-c{j}" for j in range(len(CONTEXTS)) if j not in loud} | {
        f"s6-c{j}" for j in range(len(CONTEXTS)) if j not in views and j not in loud} | {"s6-c2"}
    assert silent == expected & {case.id for case in here}
