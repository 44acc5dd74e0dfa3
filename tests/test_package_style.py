"""``--httpstatus-style=auto`` follows the package's convention (``package_style.py``, #19): a
module that binds no constants writes what the modules beside it (else its enclosing packages')
write, so one ``fix`` run writes one style; a module that binds a style keeps it.

In-process through the checker's two paths (``check_source``, ``check_reference``) and the fix
command's in-process runner, on real packages in ``tmp_path``; in a process (slow), the real
flake8 and ``flake8-httpstatus fix``."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path
from typing import Dict, List

import pytest

from flake8_httpstatus import package_style
from flake8_httpstatus.checker import check_reference, check_source
from flake8_httpstatus.options import Config
from tests.helpers import Command, run_cli

DRF_VIEWS = textwrap.dedent("""\
    from rest_framework import status
    from rest_framework.response import Response


    def create(request):
        return Response({}, status=status.HTTP_201_CREATED)
    """)
STDLIB_VIEWS = textwrap.dedent("""\
    from http import HTTPStatus

    from flask import abort


    def show(item):
        if item is None:
            abort(HTTPStatus.NOT_FOUND)
    """)
#: A test module that imports no constants.
TESTS = textwrap.dedent("""\
    def test_missing(client):
        response = client.get("/nope")
        assert response.status_code == 404
    """)
DRF_404 = "status.HTTP_404_NOT_FOUND"
STDLIB_404 = "HTTPStatus.NOT_FOUND"


def write(root: Path, files: Dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def suggested(source: str, path: str, config: Config = Config()) -> List[str]:
    """The constants suggested for ``source`` found at ``path``, by both checker paths (which
    must agree)."""
    fast = [f.suggestion.replacement for f in check_source(source, config, path) if f.suggestion]
    whole = [f.suggestion.replacement for f in check_reference(source, config, path)
             if f.suggestion]
    assert fast == whole
    return fast


@pytest.fixture
def drf_package(tmp_path: Path) -> Path:
    write(tmp_path, {"pkg/__init__.py": "", "pkg/views.py": DRF_VIEWS, "pkg/tests.py": TESTS})
    return tmp_path / "pkg"


# --- the decision --------------------------------------------------------------------------------

def test_a_module_binding_nothing_writes_its_siblings_style(drf_package: Path) -> None:
    assert suggested(TESTS, str(drf_package / "tests.py")) == [DRF_404]


def test_relative_path_as_flake8_gives_it(drf_package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(drf_package.parent)
    assert suggested(TESTS, "./pkg/tests.py") == [DRF_404]


def test_without_neighbours_or_a_path_todays_rule(drf_package: Path, tmp_path: Path) -> None:
    write(tmp_path, {"alone/tests.py": TESTS})
    assert suggested(TESTS, str(tmp_path / "alone" / "tests.py")) == [STDLIB_404]
    for unknown in ("", "stdin", "-", "(none)"):
        assert suggested(TESTS, unknown) == [STDLIB_404], unknown


def test_a_module_binding_a_style_keeps_it(drf_package: Path) -> None:
    own = "from http import HTTPStatus\n\nOK = HTTPStatus.OK\n" + TESTS
    assert suggested(own, str(drf_package / "tests.py")) == [STDLIB_404]


def test_a_style_given_decides_alone(drf_package: Path) -> None:
    given = Config(style="stdlib")
    assert suggested(TESTS, str(drf_package / "tests.py"), given) == [STDLIB_404]


def test_the_enclosing_package_decides_where_the_directory_does_not(tmp_path: Path) -> None:
    write(tmp_path, {"app/__init__.py": "", "app/views.py": DRF_VIEWS,
                     "app/tests/__init__.py": "", "app/tests/helpers.py": "X = 1\n",
                     "app/tests/test_views.py": TESTS})
    assert suggested(TESTS, str(tmp_path / "app/tests/test_views.py")) == [DRF_404]


def test_a_directory_that_is_no_package_is_not_climbed_out_of(tmp_path: Path) -> None:
    """pytest's ``tests/`` beside the package, without ``__init__.py``: not the package's."""
    write(tmp_path, {"app/__init__.py": "", "app/views.py": DRF_VIEWS,
                     "app/tests/test_views.py": TESTS})
    assert suggested(TESTS, str(tmp_path / "app/tests/test_views.py")) == [STDLIB_404]


def test_a_project_root_is_not_climbed_out_of(tmp_path: Path) -> None:
    write(tmp_path, {"outer/__init__.py": "", "outer/views.py": DRF_VIEWS,
                     "outer/proj/__init__.py": "", "outer/proj/pyproject.toml": "",
                     "outer/proj/test_views.py": TESTS})
    assert suggested(TESTS, str(tmp_path / "outer/proj/test_views.py")) == [STDLIB_404]


def test_the_majority_wins_and_a_tie_leaves_the_modules_own_rule(tmp_path: Path) -> None:
    write(tmp_path, {"pkg/a.py": DRF_VIEWS, "pkg/b.py": STDLIB_VIEWS,
                     "pkg/c.py": STDLIB_VIEWS.replace("show", "other")})
    assert suggested(TESTS, str(tmp_path / "pkg/tests.py")) == [STDLIB_404]
    (tmp_path / "pkg/c.py").write_text(DRF_VIEWS, encoding="utf-8")
    assert suggested(TESTS, str(tmp_path / "pkg/tests.py")) == [DRF_404]
    (tmp_path / "pkg/c.py").unlink()  # 1 : 1
    assert suggested(TESTS, str(tmp_path / "pkg/tests.py")) == [STDLIB_404]
    drf_client = "from rest_framework.test import APIClient\n\n\n" + TESTS
    assert suggested(drf_client, str(tmp_path / "pkg/tests.py")) == [DRF_404]  # its framework


def test_an_import_alone_is_a_vote(tmp_path: Path) -> None:
    """A module that binds DRF's ``status`` without naming a constant yet keeps that style (fix
    writes it there), so it votes for it: a run's own rewrites never turn a vote."""
    write(tmp_path, {"pkg/utils.py": "from rest_framework import status\n\n\n"
                                     "def ok(code):\n    return status.is_success(code)\n"})
    assert suggested(TESTS, str(tmp_path / "pkg/tests.py")) == [DRF_404]


def test_the_module_on_disk_does_not_vote_for_its_buffer(tmp_path: Path) -> None:
    """The editor's buffer dropped the import its saved file still has: the file is not asked."""
    write(tmp_path, {"pkg/tests.py": "from rest_framework import status\n\nX = status.HTTP_200_OK\n"})
    assert suggested(TESTS, str(tmp_path / "pkg/tests.py")) == [STDLIB_404]


def test_a_neighbours_edit_is_seen_by_a_long_lived_process(drf_package: Path) -> None:
    path = str(drf_package / "tests.py")
    assert suggested(TESTS, path) == [DRF_404]
    views = drf_package / "views.py"
    views.write_text(STDLIB_VIEWS, encoding="utf-8")
    stat = views.stat()
    os.utime(views, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # a later save
    assert suggested(TESTS, path) == [STDLIB_404]


def test_the_result_cache_follows_the_convention(drf_package: Path, tmp_path: Path) -> None:
    cached = Config(cache_dir=str(tmp_path / "cache"))
    path = str(drf_package / "tests.py")
    assert [f.suggestion and f.suggestion.replacement
            for f in check_source(TESTS, cached, path)] == [DRF_404]
    (drf_package / "views.py").unlink()
    assert [f.suggestion and f.suggestion.replacement
            for f in check_source(TESTS, cached, path)] == [STDLIB_404]


def test_import_lines_read_as_the_ast_reads_them() -> None:
    text = textwrap.dedent("""\
        import http, os.path as osp
        from rest_framework import (  # the framework's
            generics,
            status as st,
        )
        from . import status
        from starlette.status import \\
            HTTP_200_OK
        """)
    assert package_style.text_imports(text) == {
        "http": "http", "osp": "os.path", "generics": "rest_framework.generics",
        "st": "rest_framework.status", "HTTP_200_OK": "starlette.status.HTTP_200_OK"}
    assert package_style.vote("import http\n\nx = http.HTTPStatus.OK\n") == "stdlib"
    assert package_style.vote("from fastapi import status\n\nX = status.HTTP_200_OK\n") == "fastapi"
    assert package_style.vote("from litestar.status_codes import HTTP_200_OK\n\n"
                              "X = HTTP_200_OK\n") == "litestar"
    assert package_style.vote("from rest_framework import status\n") == "drf"
    assert package_style.vote("from rest_framework import generics\n") is None
    two = "from http import HTTPStatus\nfrom starlette import status\n\nX = HTTPStatus.OK\n"
    assert package_style.vote(two) == "stdlib"  # of two, the one it names most


def test_fix_on_a_package_writes_one_style(drf_package: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"pkg/helpers.py": "from http import HTTPStatus\n\n\n" + TESTS,
                     "pkg/api.py": DRF_VIEWS.replace("create", "update"),
                     "alone/tests.py": TESTS})
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(["fix", "--isolated", "pkg", "alone"], capsys)
    assert (code, out) == (1, ""), err  # 1: files were rewritten
    assert "rewrote 3 findings in 3 files" in err
    tests = (drf_package / "tests.py").read_text(encoding="utf-8")
    assert tests.startswith("from rest_framework import status\n") and DRF_404 in tests
    assert STDLIB_404 in (drf_package / "helpers.py").read_text(encoding="utf-8")
    assert (drf_package / "views.py").read_text(encoding="utf-8") == DRF_VIEWS
    assert STDLIB_404 in (tmp_path / "alone/tests.py").read_text(encoding="utf-8")


def test_the_editors_fix_all_writes_the_packages_style(drf_package: Path) -> None:
    from tests.test_lsp import Editor, by_kind, diagnostics_for, edit_of, apply_edits
    from flake8_httpstatus import lsp

    text = TESTS.replace("/nope", "/package-style")  # a buffer no other test's result cached
    editor = Editor(drf_package.parent)
    document = editor.open(text, "pkg/tests.py")
    [whole] = by_kind(editor.actions(document, diagnostics_for(text)), lsp.FIX_ALL_KIND)
    result = apply_edits(text, edit_of(whole, document.uri))
    assert result.startswith("from rest_framework import status\n") and DRF_404 in result


# --- the real commands ---------------------------------------------------------------------------

@pytest.mark.slow
def test_flake8_and_fix_in_a_process(drf_package: Path, tmp_path: Path, flake8: Command,
                                     httpstatus: Command) -> None:
    write(tmp_path, {"alone/tests.py": TESTS})
    flake8("--isolated", "--select=HTS", "pkg", "alone").assert_reports([
        "alone/tests.py:3:36: HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND",
        "pkg/tests.py:3:36: HTS001 404 (Not Found): use status.HTTP_404_NOT_FOUND",
    ])
    stdin = flake8("--isolated", "--select=HTS", "-", stdin=TESTS, cwd=drf_package)
    stdin.assert_reports(["stdin:3:36: HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND"])
    named = flake8("--isolated", "--select=HTS", "--stdin-display-name=pkg/new.py", "-",
                   stdin=TESTS)
    named.assert_reports(["pkg/new.py:3:36: HTS001 404 (Not Found): use status.HTTP_404_NOT_FOUND"])
    fixed = httpstatus("fix", "--isolated", "pkg")
    assert (fixed.returncode, fixed.stderr) == (1, "rewrote pkg/tests.py (1 finding)\n"
                                                   "rewrote 1 finding in 1 file\n")
    tests = (drf_package / "tests.py").read_text(encoding="utf-8")
    assert tests == "from rest_framework import status\n\n\n" + TESTS.replace("404", DRF_404)
