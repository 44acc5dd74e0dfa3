"""The project model across modules (#20's open ends): names re-exported by another module, calls
through a module attribute, helper methods of a project class in another module, and the text
gate of a module that names no framework but calls its project's helper. Each project is written
to disk; every checker path is held to the same findings (the fast path, the reference path,
the flake8 plugin in this process, and what ``check``, ``fix`` and the editor read:
``fix.fixer.checked_findings``); the slow test runs the real commands."""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Tuple

import pytest

from flake8_httpstatus import project
from flake8_httpstatus.checker import check_reference, check_source
from flake8_httpstatus.options import Config
from flake8_httpstatus.words import may_call_project
from tests.helpers import count_opens, flake8_run

SHOP: Dict[str, str] = {
    "shop/__init__.py": '''\
from .errors import error, changed
from shop.errors import json_error as jerror

registry = object()
__all__ = ["error", "changed", "jerror", "registry"]
''',
    "shop/errors.py": '''\
from flask import abort
from starlette.responses import JSONResponse


def error(message, code=400):
    abort(code)


def json_error(message, status=400):
    return JSONResponse({"error": message}, status_code=status)


def changed(message, code):
    code = int(code)
    abort(code)
''',
    "shop/star/__init__.py": "from ..errors import *  # noqa: F401,F403\n",
    "shop/cycle_a.py": "from .cycle_b import error  # noqa: F401\n",
    "shop/cycle_b.py": "from .cycle_a import error  # noqa: F401\n",
    "shop/hops.py": "from .star import error  # noqa: F401\n",
    "shop/far.py": "from .hops import error  # noqa: F401\n",
    "shop/farther.py": "from .far import error  # noqa: F401\n",
    "shop/api/__init__.py": "",
    "shop/api/helpers.py": "def error(message, code):\n    return message, code\n",
    "shop/http.py": '''\
from fastapi import HTTPException


class APIError(HTTPException):
    pass
''',
}

# No framework named anywhere: only the project's helpers make positions here.
VIEWS = '''\
import shop.errors as errs
from shop import changed, error, jerror, registry
from shop.cycle_a import error as cycled
from shop.farther import error as too_far
from shop.hops import error as hopped
from shop.star import error as starred
from other.errors import error as other_error

from . import helpers
from .. import errors


def view(n):
    error("no such item", 404)
    jerror("x", 404)
    errors.error("gone", 410)
    errs.error("fine", 200)
    starred("x", 404)
    hopped("x", 404)
    changed("x", 404)
    registry.error("x", 404)
    helpers.error("x", 404)
    other_error("x", 404)
    cycled("x", 404)
    too_far("x", 404)
'''
VIEWS_FOUND = [(14, "HTS001"), (15, "HTS001"), (16, "HTS001"), (17, "HTS007"), (18, "HTS001"),
               (19, "HTS001")]

CONFLICTS = '''\
from shop.http import APIError


class Conflict(APIError):
    def __init__(self):
        super().__init__(409, "conflict")
'''

TESTS: Dict[str, str] = {
    "tests/__init__.py": "",
    "tests/base.py": '''\
from django.test import TestCase
from flask import abort
from starlette.responses import Response


class Mixin:
    def abort_with(self, code):
        abort(code)


class APITestCase(Mixin, TestCase):
    def respond(self, body, status=200):
        return Response(body, status_code=status)


class Plain:
    def abort_with(self, code):
        return code
''',
}

ITEMS = '''\
from tests import base
from tests.base import APITestCase, Plain


class ItemTests(APITestCase):
    def test_missing(self):
        self.abort_with(404)
        self.respond("x", 200)


class Others(Plain):
    def test_it(self):
        self.abort_with(404)


class Deeper(base.APITestCase):
    def test_it(self):
        self.abort_with(200)

    def abort_twice(self, code):
        code = code * 2
        self.abort_with(code)
'''
ITEMS_FOUND = [(7, "HTS001"), (8, "HTS001"), (18, "HTS007")]


def write_tree(root: Path, files: Dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def found(source: str, path: Path, config: Config = Config()) -> List[Tuple[int, str]]:
    """The findings every path gives (asserted equal), as (line, code)."""
    from flake8_httpstatus.fix.fixer import checked_findings

    fast = [(f.line, f.col, f.text) for f in check_source(source, config, str(path))]
    assert fast == [(f.line, f.col, f.text) for f in check_reference(source, config, str(path))]
    assert fast == flake8_run(source, str(path), config)
    listed = checked_findings(source, config, str(path))[0]
    assert fast == [(f.line, f.col, f.text) for f in listed]
    return [(line, text.split()[0]) for line, _, text in fast]


def written(root: Path, name: str, source: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    return path


def test_reexported_names_and_module_attributes(tmp_path: Path) -> None:
    """``from shop import error`` (re-exported by ``shop/__init__.py``, renamed or not, or
    star-imported), ``errors.error(...)`` and ``errs.error(...)``: the helper's slot. Silent: a
    parameter bound again, an attribute of what is no module, a same-named function of a module
    that hands nothing on, an unknown module, a re-export cycle, more than three hops."""
    write_tree(tmp_path, SHOP)
    path = written(tmp_path, "shop/api/views.py", VIEWS)
    assert found(VIEWS, path) == VIEWS_FOUND


def test_a_subclass_of_a_project_class_in_another_module(tmp_path: Path) -> None:
    write_tree(tmp_path, SHOP)
    path = written(tmp_path, "shop/api/conflicts.py", CONFLICTS)
    assert found(CONFLICTS, path) == [(6, "HTS001")]


def test_helper_methods_inherited_from_a_project_class(tmp_path: Path) -> None:
    """A project class's helper methods (its own or its module's mixin's) at ``self.x(...)`` in a
    subclass in another module, imported by name or through its module; not a same-named
    method of a class that hands nothing on, nor through a parameter bound again."""
    write_tree(tmp_path, TESTS)
    path = written(tmp_path, "tests/test_items.py", ITEMS)
    assert found(ITEMS, path) == ITEMS_FOUND


def test_the_fix_is_as_safe_as_the_helpers_slot(tmp_path: Path) -> None:
    """A helper over ``abort`` is a safe fix; one over Starlette's response is unsafe below 3.11
    (it keeps the value, and str() of an HTTPStatus member is its name there)."""
    from flake8_httpstatus.fix.fixer import FixOptions, fix_source

    write_tree(tmp_path, SHOP)
    path = written(tmp_path, "shop/api/views.py", VIEWS)
    result = fix_source(VIEWS.encode(), Config(target_version=(3, 9)), FixOptions(path=str(path)))
    text = result.fixed.decode()
    assert 'error("no such item", HTTPStatus.NOT_FOUND)' in text
    assert 'errors.error("gone", HTTPStatus.GONE)' in text
    assert 'jerror("x", 404)' in text  # unsafe below 3.11: listed, not applied
    assert [(entry.finding.line, entry.finding.code) for entry in result.left] == [
        (15, "HTS001"), (17, "HTS007")]


def test_a_module_naming_no_framework_is_checked_only_for_its_projects_helpers(
        tmp_path: Path) -> None:
    write_tree(tmp_path, SHOP)
    gated = "from .errors import error\n\n\ndef view():\n    error('x', 404)\n"
    path = written(tmp_path, "shop/plain.py", gated)
    assert found(gated, path) == [(5, "HTS001")]
    assert may_call_project(gated, str(path))
    # no number given to a call, no import of the project, no file: not read at all
    assert not may_call_project(gated.replace("404", "code"), str(path))
    assert not may_call_project("import os\nos.exit(404)\n", str(path))
    assert not may_call_project(gated, "stdin")
    assert found(gated, Path("stdin")) == []
    # a same-named function of an unknown module
    other = "from elsewhere import error\n\n\ndef view():\n    error('x', 404)\n"
    assert found(other, written(tmp_path, "shop/other.py", other)) == []


@pytest.mark.parametrize("broken", [
    b"def error(message, code:\n",  # a syntax error
    b"def error(message, code):\n    abort(code)  # \xff\xfe\n",  # not UTF-8
    b"from flask import abort\n\n\ndef error(message, code):\n    abort(" + b"(" * 300
    + b"code" + b")" * 300 + b")\n",  # too deep for the parser on some Pythons
])
def test_an_unreadable_imported_module_gives_nothing_and_no_error(
        tmp_path: Path, broken: bytes) -> None:
    write_tree(tmp_path, {"shop/__init__.py": "from .errors import error\n"})
    (tmp_path / "shop/errors.py").write_bytes(broken)
    source = "from shop import error\n\n\ndef view():\n    error('x', 404)\n"
    assert found(source, written(tmp_path, "shop/views.py", source)) == []


def test_a_huge_imported_module_is_not_read(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(tmp_path, SHOP)
    source = "from shop.errors import error\n\n\ndef view():\n    error('x', 404)\n"
    path = written(tmp_path, "shop/views.py", source)
    monkeypatch.setattr(project, "MAX_BYTES", 100)
    assert found(source, path) == []


def test_each_module_is_read_once_per_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(tmp_path, SHOP)
    path = written(tmp_path, "shop/api/views.py", VIEWS)
    opened = count_opens(monkeypatch, project)
    for _ in range(3):
        check_source(VIEWS, Config(), str(path))
        check_reference(VIEWS, Config(), str(path))
    assert len(opened) == len(set(opened)) > 0
    assert str(tmp_path / "shop/errors.py") in opened


def test_a_change_two_hops_away_is_a_miss_of_the_result_cache(tmp_path: Path) -> None:
    """The entry by path records every module the re-export was followed through."""
    write_tree(tmp_path, SHOP)
    source = "from shop import error\n\n\ndef view():\n    error('x', 404)\n"
    path = str(written(tmp_path, "shop/api/views.py", source))
    cached = Config(cache_dir=str(tmp_path / "cache"))
    assert [text.split()[0] for _, _, text in flake8_run(source, path, cached)] == ["HTS001"]
    errors = tmp_path / "shop/errors.py"
    errors.write_text(SHOP["shop/errors.py"].replace("    abort(code)\n", "    abort(500)\n", 1),
                      encoding="utf-8")
    assert flake8_run(source, path, cached) == [] == [
        (f.line, f.col, f.text) for f in check_reference(source, Config(), path)]


@pytest.mark.slow
def test_the_real_commands_agree(tmp_path: Path, flake8: object, httpstatus: object) -> None:
    """flake8, ``check`` and ``fix`` on the projects on disk."""
    write_tree(tmp_path, {**SHOP, **TESTS})
    written(tmp_path, "shop/api/views.py", VIEWS)
    written(tmp_path, "shop/api/conflicts.py", CONFLICTS)
    written(tmp_path, "tests/test_items.py", ITEMS)
    files = ["shop/api/views.py", "shop/api/conflicts.py", "tests/test_items.py"]
    expected = [f"./{name}:{line}:" for name, found_ in (
        (files[0], VIEWS_FOUND), (files[1], [(6, "HTS001")]), (files[2], ITEMS_FOUND))
        for line, _ in found_]
    ran = flake8("--select=HTS", *[f"./{name}" for name in files])  # type: ignore[operator]
    ran.assert_clean()
    assert sorted(":".join(line.split(":")[:2]) + ":" for line in ran.lines) == sorted(expected)
    checked = httpstatus("check", *[f"./{name}" for name in files])  # type: ignore[operator]
    assert sorted(checked.lines) == sorted(ran.lines)
    fixed = httpstatus("fix", "--diff", files[0])  # type: ignore[operator]
    assert 'errors.error("gone", HTTPStatus.GONE)' in fixed.stdout
