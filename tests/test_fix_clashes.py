"""``fix`` never writes a name bound to something else anywhere in the module: another spelling
(``http.HTTPStatus``), or the finding left with its reason. Look-alikes that bind nothing
(``x.status``, ``status=``, a string, an annotated field) are no obstacle."""

from __future__ import annotations

import sys
import textwrap

import pytest

from flake8_httpstatus.fix.fixer import FixResult, fix_source
from flake8_httpstatus.options import Config

STARLETTE = '''\
from starlette.applications import Starlette
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route


def render(data, status):
    return JSONResponse(data, status_code=status)


def text(body, status):
    return PlainTextResponse(body, status_code=status)


async def fail(request, exc, status=None):
    return text(str(exc), status or 500)


def wrap(handler, *, status):
    async def run(request):
        return render(await handler(request), status)
    return run


async def create(request):
    return JSONResponse({"id": 1}, status_code=201)


app = Starlette(routes=[Route("/", create, methods=["POST"])])
'''


def run(source: str) -> FixResult:
    return fix_source(textwrap.dedent(source).encode(), Config())


def reasons(outcome: FixResult) -> list[str]:
    return [left.reason for left in outcome.left if left.reason]


def test_four_functions_with_a_status_parameter() -> None:
    """The issue's case: ``from starlette import status`` was added to such a module."""
    outcome = run(STARLETTE)
    assert not outcome.changed and outcome.imports == ()
    assert reasons(outcome) == ["`status` is a parameter elsewhere in this module"]
    alone = STARLETTE[:STARLETTE.index("def render")] + STARLETTE[STARLETTE.index("async def create"):]
    fixed = run(alone).fixed.decode()
    assert "from starlette import status\n" in fixed and "status.HTTP_201_CREATED" in fixed


@pytest.mark.parametrize("elsewhere", [
    "def other(items):\n    return [status for status in items]\n",
    "def other(items):\n    return {status: 1 for status in items}\n",
    "def other(items):\n    return sorted(items, key=lambda status: status.code)\n",
    "def other(items):\n    for status in items:\n        print(status)\n",
    "def other(path):\n    with open(path) as status:\n        return status.read()\n",
    "def other():\n    try:\n        pass\n    except OSError as status:\n        print(status)\n",
    "def other(items):\n    if (status := items[0]):\n        return status\n",
    "def other():\n    import status\n    return status\n",
    "def other():\n    def status():\n        pass\n",
    "from .models import status\n",
    "class Order:\n    status = 'new'\n",
    "class Order:\n    @property\n    def status(self):\n        return 'new'\n",
])
def test_a_status_bound_in_any_scope_leaves_the_literal(elsewhere: str) -> None:
    source = ("from rest_framework import status\nfrom rest_framework.response import Response\n\n"
              f"{elsewhere}\n\ndef view(request):\n    return Response({{}}, 201)\n")
    outcome = fix_source(source.encode(), Config())
    assert not outcome.changed, elsewhere
    (reason,) = reasons(outcome)
    assert reason.startswith("`status` is ") and reason.endswith(" in this module")


@pytest.mark.skipif(sys.version_info < (3, 10), reason="the input is a match statement (3.10)")
def test_a_match_capture_in_another_function_leaves_the_literal() -> None:
    source = ("from rest_framework import status\nfrom rest_framework.response import Response\n"
              "def other(x):\n    match x:\n        case {'status': status}:\n            pass\n"
              "def view(request):\n    return Response({}, 201)\n")
    outcome = fix_source(source.encode(), Config())
    assert reasons(outcome) == ["`status` is bound in a match pattern elsewhere in this module"]


@pytest.mark.parametrize("elsewhere", [
    "def other(items):\n    return [HTTPStatus for HTTPStatus in items]\n",
    "check = lambda HTTPStatus: HTTPStatus > 0\n",
    "class Codes:\n    HTTPStatus = None\n",
])
def test_a_taken_httpstatus_is_written_through_import_http(elsewhere: str) -> None:
    source = f"from flask import abort\n\n{elsewhere}\n\ndef view():\n    abort(404)\n"
    outcome = fix_source(source.encode(), Config())
    assert outcome.fixed.decode() == "import http\n\n" + source.replace(
        "abort(404)", "abort(http.HTTPStatus.NOT_FOUND)")
    assert outcome.imports == ("import http",)
    (rewritten,) = outcome.rewritten
    assert rewritten.suggestion is not None
    assert rewritten.suggestion.replacement == "http.HTTPStatus.NOT_FOUND"


def test_where_http_is_taken_too_the_literal_is_left() -> None:
    source = ("from flask import abort\n\ncheck = lambda HTTPStatus: HTTPStatus > 0\n\n"
              "def view(http):\n    abort(404)\n")
    outcome = fix_source(source.encode(), Config())
    assert not outcome.changed
    assert reasons(outcome) == ["`HTTPStatus` is a parameter elsewhere in this module"]


def test_the_same_import_in_another_function_is_no_obstacle() -> None:
    fixed = run('''\
        from flask import abort
        def other():
            from http import HTTPStatus
            return HTTPStatus.OK
        def view():
            abort(404)
        ''').fixed.decode()
    assert fixed.startswith("from http import HTTPStatus\n")
    assert "abort(HTTPStatus.NOT_FOUND)" in fixed


@pytest.mark.parametrize("lookalike", [
    "def other(x):\n    return x.status\n",
    "def other(x):\n    x.status = 3\n    x['status'] = 4\n",
    "def other(make):\n    return make(status=3)\n",
    "def other():\n    return 'status', {'status': 1}\n",
    "class Problem:\n    status: str\n",
    "def other():\n    global status\n",
])
def test_lookalikes_that_bind_nothing_are_no_obstacle(lookalike: str) -> None:
    source = ("from rest_framework import status\nfrom rest_framework.response import Response\n\n"
              f"{lookalike}\n\ndef view(request):\n    return Response({{}}, 201)\n")
    outcome = fix_source(source.encode(), Config())
    assert "Response({}, status.HTTP_201_CREATED)" in outcome.fixed.decode(), lookalike
    assert reasons(outcome) == []
