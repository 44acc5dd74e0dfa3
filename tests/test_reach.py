"""The checker reads a module in its project: its relative imports resolve against the package its
path names (``imports.package_of``), so a framework's own modules and a project's wrappers imported
relatively keep their positions. Both checker paths are held to the same findings."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

from flake8_httpstatus.checker import check_reference, check_source
from flake8_httpstatus.imports import absolute, module_name, package_of
from flake8_httpstatus.options import Config
from tests.helpers import case_params, count_opens


def write_tree(root: Path, files: Dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def found(source: str, path: str) -> List[Tuple[int, str]]:
    """The findings of both paths (asserted equal), as (line, code)."""
    fast = [(f.line, f.col, f.code) for f in check_source(source, Config(), path)]
    reference = [(f.line, f.col, f.code) for f in check_reference(source, Config(), path)]
    assert fast == reference
    return [(line, code) for line, _, code in fast]


# Sanic's own error handler (sanic/handlers/error.py), as Sanic writes it: its helpers imported
# relatively, and no word of the file naming Sanic.
SANIC_HANDLER = '''\
from ..response import text, html as page
from ..exceptions import SanicException
from . import base


def default(request, exception):
    if isinstance(exception, base.Ignored):
        return text("Ignored", 299)
    return page("<h1>I am a teapot</h1>", 4180)


def timeout(request):
    raise SanicException("Request Timeout", 4080)
'''

SANIC = {
    "src/sanic/__init__.py": "",
    "src/sanic/response/__init__.py": "",
    "src/sanic/handlers/__init__.py": "",
    "src/sanic/handlers/base.py": "",
}


def test_package_of_and_module_name(tmp_path: Path) -> None:
    write_tree(tmp_path, SANIC)
    handler = tmp_path / "src/sanic/handlers/error.py"
    assert package_of(str(handler)) == "sanic.handlers"
    assert module_name(str(handler)) == "sanic.handlers.error"
    assert module_name(str(tmp_path / "src/sanic/handlers/__init__.py")) == "sanic.handlers"
    assert package_of(str(tmp_path / "src/setup.py")) == ""  # src/ is no package
    assert package_of("stdin") == package_of("") == ""
    assert absolute("sanic.handlers", 2, "response") == "sanic.response"
    assert absolute("sanic.handlers", 1, None) == "sanic.handlers"
    assert absolute("sanic.handlers", 3, "x") is None  # above the top package
    assert absolute("", 1, "x") is None


def test_relative_imports_of_a_frameworks_own_module(tmp_path: Path) -> None:
    write_tree(tmp_path, SANIC)
    path = tmp_path / "src/sanic/handlers/error.py"
    path.write_text(SANIC_HANDLER)
    assert found(SANIC_HANDLER, str(path)) == [(8, "HTS002"), (9, "HTS003"), (13, "HTS003")]


@pytest.mark.parametrize("where", ["", "stdin", "src/handlers/error.py"])
def test_relative_imports_unresolved_without_a_package(tmp_path: Path, where: str) -> None:
    """No path, flake8's stdin, or a file in no package: its relative imports bind nothing."""
    write_tree(tmp_path, {"src/handlers/base.py": ""})
    assert found(SANIC_HANDLER, str(tmp_path / where) if where.startswith("src") else where) == []


def test_relative_import_above_the_top_package_binds_nothing(tmp_path: Path) -> None:
    write_tree(tmp_path, SANIC)
    source = SANIC_HANDLER.replace("from ..response", "from ....response")
    path = tmp_path / "src/sanic/handlers/error.py"
    assert found(source, str(path)) == [(13, "HTS003")]


# --- the module's subclasses and helpers (model.py, kinds/local.py) ------------------------------

def reported(source: str) -> List[Tuple[int, str]]:
    return found(source, "")


def test_helpers_calling_helpers_defined_later() -> None:
    """Read again until nothing changes: a helper may call one defined below it."""
    source = (
        "from flask import abort\n"
        "\n"
        "def gone():\n"
        "    return refuse('gone', 410)\n"
        "\n"
        "def refuse(why, status):\n"
        "    return deny(status)\n"
        "\n"
        "def deny(code=500):\n"
        "    abort(code)\n"
    )
    assert reported(source) == [(4, "HTS001"), (9, "HTS001")]


def test_a_helper_passed_a_changed_parameter_is_none() -> None:
    source = (
        "from flask import abort\n"
        "\n"
        "def deny(code=4):\n"
        "    if code < 100:\n"
        "        code *= 100\n"
        "    abort(code)\n"
        "\n"
        "deny(4)\n"
    )
    assert reported(source) == []


def test_a_name_defined_twice_or_imported_is_no_helper() -> None:
    source = (
        "from flask import abort\n"
        "from jobs import retry\n"
        "\n"
        "def deny(code):\n"
        "    abort(code)\n"
        "\n"
        "def retry(code):\n"
        "    abort(code)\n"
        "\n"
        "if True:\n"
        "    def deny(code):\n"
        "        return code\n"
        "\n"
        "deny(404)\n"
        "retry(404)\n"
    )
    assert reported(source) == []


def test_a_helper_between_two_meanings_is_none() -> None:
    """``abort(code)`` and ``redirect(url, code)``: what the status is, is not one thing."""
    source = (
        "from flask import abort, redirect\n"
        "\n"
        "def leave(url, code):\n"
        "    if url:\n"
        "        return redirect(url, code)\n"
        "    abort(code)\n"
        "\n"
        "leave('/', 200)\n"
    )
    assert reported(source) == []


@pytest.mark.parametrize("path", case_params())
def test_the_fast_paths_summary_is_the_whole_summary(path: Path) -> None:
    """The fast path reads only the functions holding a hot line: the summary is the same."""
    import ast

    from flake8_httpstatus.lines import split_lines
    from flake8_httpstatus.model import summarise
    from flake8_httpstatus.prefilter import scan

    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    candidates = scan(tree, split_lines(source))
    if candidates is not None:
        assert repr(candidates.model or "") == repr(summarise(tree, candidates.imports) or "")


# --- across the project's modules (project.py) ----------------------------------------------------

PROJECT = {
    "shop/__init__.py": "",
    "shop/api/__init__.py": "",
    "shop/api/errors.py": '''\
from flask import abort, jsonify, make_response
from werkzeug.exceptions import HTTPException


def error(message, code=400):
    return make_response(jsonify(error=message), code)


def deny(code):
    abort(code)


def paginate(items, size=100):
    return items[:size]


class Refused(HTTPException):
    pass
''',
    "shop/api/http.py": '''\
from fastapi import HTTPException


class APIError(HTTPException):
    def __init__(self, status_code, detail="error"):
        super().__init__(status_code=status_code, detail=detail)
''',
}

VIEWS = '''\
from flask import Blueprint

from shop.api.http import APIError
from .errors import deny, error, paginate

bp = Blueprint("items", __name__)


class Conflict(APIError):
    pass


@bp.get("/items/<int:item_id>")
def item(item_id):
    if item_id == 0:
        return error("no such item", 404)
    if item_id == 1:
        deny(200)
    if item_id == 2:
        raise Conflict(409)
    if item_id == 3:
        raise APIError(status_code=410)
    return paginate([], 200)
'''


def test_the_projects_helpers_and_classes_imported(tmp_path: Path) -> None:
    write_tree(tmp_path, PROJECT)
    path = tmp_path / "shop/api/views.py"
    path.write_text(VIEWS)
    assert found(VIEWS, str(path)) == [(16, "HTS001"), (18, "HTS007"), (20, "HTS001"),
                                       (22, "HTS001")]


def test_the_project_is_not_read_without_a_path(tmp_path: Path) -> None:
    """Only the keyword every HTTP module's calls take (``status_code=``) is left."""
    write_tree(tmp_path, PROJECT)
    assert found(VIEWS, "stdin") == [(22, "HTS001")] == found(
        VIEWS, str(tmp_path / "elsewhere/views.py"))


def test_an_imported_module_is_read_once_per_run(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from flake8_httpstatus import project

    write_tree(tmp_path, PROJECT)
    path = tmp_path / "shop/api/views.py"
    opened = count_opens(monkeypatch, project)
    for _ in range(3):
        check_source(VIEWS, Config(), str(path))
    assert sorted(opened) == sorted({str(tmp_path / "shop/api/errors.py"),
                                     str(tmp_path / "shop/api/http.py")})


def test_fix_reads_a_relative_import_as_the_checker_does(tmp_path: Path) -> None:
    """A module whose only position comes through a relative import (a framework's own module)
    passes fix's text gate as it passes the checker's: its finding is listed (Sanic formats the
    status: an unsafe fix below 3.11), and applied with --unsafe-fixes."""
    from flake8_httpstatus.fix.fixer import FixOptions, fix_source
    from flake8_httpstatus.options import Config
    from flake8_httpstatus.rules import UNSAFE_FIXES

    package = tmp_path / "sanic"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "response.py").write_text("def text(body, status=200):\n    return body\n")
    views = package / "views.py"
    source = b'from .response import text\n\n\ndef view():\n    return text("x", 404)\n'
    left = fix_source(source, Config(), FixOptions(path=str(views)))
    assert [entry.finding.code for entry in left.left] == ["HTS001"] and not left.changed
    done = fix_source(source, Config(), FixOptions(fix_flags=(UNSAFE_FIXES,), path=str(views)))
    assert b'return text("x", HTTPStatus.NOT_FOUND)' in done.fixed


@pytest.mark.parametrize("source", [
    "import flask\nVALIDATION_ERROR_STATUS_CODE = 422\n",
    "import flask\n\n\nclass Handler:\n    error_status_code = 400\n",
    "import flask\nhandle(error_status_code=400)\n",
])
def test_a_status_named_by_its_holder_is_kept_an_unsafe_fix_below_311(source: str) -> None:
    """A name ending in ``_status_code`` holds the value as given, and any code may print it:
    apiflask writes its ``VALIDATION_ERROR_STATUS_CODE`` setting into its API document with
    str(), where ``HTTPStatus.UNPROCESSABLE_ENTITY`` failed 72 of its tests on Python 3.9."""
    from flake8_httpstatus.checker import check_source
    from flake8_httpstatus.options import Config

    (finding,) = check_source(source, Config())
    assert finding.suggestion is not None and finding.suggestion.safety == "unsafe"
    (finding,) = check_source(source, Config(target_version=(3, 11)))
    assert finding.suggestion is not None and finding.suggestion.safety == "safe"


@pytest.mark.parametrize(("call", "safety"), [
    ("self.send_response(code)", "safe"),  # http.server writes it with %d
    ("return JSONResponse({}, status_code=code)", "unsafe"),  # Starlette keeps it
])
def test_a_helpers_fix_is_as_safe_as_its_slots(call: str, safety: str) -> None:
    """A helper's calls are fixed as safely as the slot its parameter reaches."""
    from flake8_httpstatus.checker import check_source
    from flake8_httpstatus.options import Config

    source = textwrap.dedent(f"""\
        from http.server import BaseHTTPRequestHandler
        from starlette.responses import JSONResponse


        class Handler(BaseHTTPRequestHandler):
            def reply(self, code):
                {call}

            def do_GET(self):
                self.reply(200)
        """)
    (finding,) = [f for f in check_source(source, Config(style="stdlib")) if f.line == 10]
    assert finding.suggestion is not None and finding.suggestion.safety == safety
