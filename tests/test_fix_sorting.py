"""The project's import-sorting settings decide where ``fix`` puts an import (``fix/sorting.py``).

Found on real projects: Falcon (ruff, ``force-sort-within-sections``), Sanic (ruff,
``lines-between-types = 1``, ``lines-after-imports = 2``), Google-style projects (isort's
``force_single_line``). Each layout is checked against real isort configured the same way, and the
settings are read from each kind of file isort and ruff read.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import isort
import pytest

from flake8_httpstatus.fix.fixer import FixOptions, fix_source
from flake8_httpstatus.fix.sorting import SortStyle, sort_style
from flake8_httpstatus.options import Config


def fixed(source: str, style: SortStyle) -> str:
    data = textwrap.dedent(source).encode()
    return fix_source(data, Config(), FixOptions(sort_style=style)).fixed.decode()


#: (style, isort's settings for it, source, expected)
LAYOUTS = [
    pytest.param(
        SortStyle(force_sort_within_sections=True), {"force_sort_within_sections": True},
        """\
        import collections
        import os
        import re

        from flask import abort


        def view():
            abort(404)
        """,
        """\
        import collections
        from http import HTTPStatus
        import os
        import re

        from flask import abort


        def view():
            abort(HTTPStatus.NOT_FOUND)
        """, id="force-sort-within-sections"),
    pytest.param(
        SortStyle(lines_between_types=1), {"lines_between_types": 1},
        """\
        import asyncio
        import logging

        import pytest


        def test_view(client):
            assert client.get("/").status_code == 404
        """,
        """\
        import asyncio
        import logging

        from http import HTTPStatus

        import pytest


        def test_view(client):
            assert client.get("/").status_code == HTTPStatus.NOT_FOUND
        """, id="lines-between-types"),
    pytest.param(
        SortStyle(lines_between_types=1), {"lines_between_types": 1},
        """\
        import asyncio

        from unittest.mock import Mock

        import pytest


        def test_view(client):
            assert client.get("/").status_code == 404
        """,
        """\
        import asyncio

        from http import HTTPStatus
        from unittest.mock import Mock

        import pytest


        def test_view(client):
            assert client.get("/").status_code == HTTPStatus.NOT_FOUND
        """, id="lines-between-types-from-part"),
    pytest.param(
        SortStyle(lines_after_imports=2), {"lines_after_imports": 2},
        """\
        try:
            from ujson import dumps
        except ImportError:
            from json import dumps


        def test_view(client):
            assert client.get("/").status_code == 404
        """,
        """\
        from http import HTTPStatus


        try:
            from ujson import dumps
        except ImportError:
            from json import dumps


        def test_view(client):
            assert client.get("/").status_code == HTTPStatus.NOT_FOUND
        """, id="lines-after-imports"),
    pytest.param(
        SortStyle(force_single_line=True), {"force_single_line": True},
        """\
        from http import cookies

        from flask import abort


        def view():
            abort(404)
        """,
        """\
        from http import HTTPStatus
        from http import cookies

        from flask import abort


        def view():
            abort(HTTPStatus.NOT_FOUND)
        """, id="force-single-line"),
]


@pytest.mark.parametrize(("style", "settings", "source", "expected"), LAYOUTS)
def test_the_import_goes_where_isort_configured_so_puts_it(
        style: SortStyle, settings: dict, source: str, expected: str) -> None:
    result = fixed(source, style)
    assert result == textwrap.dedent(expected)
    assert isort.check_code(result, **settings), isort.code(result, **settings)


def test_without_settings_the_default_layout_stays() -> None:
    source = "import os\n\nfrom flask import abort\n\nabort(404)\n"
    assert fixed(source, SortStyle()) == (
        "import os\nfrom http import HTTPStatus\n\nfrom flask import abort\n\n"
        "abort(HTTPStatus.NOT_FOUND)\n")


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("pyproject.toml", "[tool.ruff.lint.isort]\nforce-sort-within-sections = true\n",
     SortStyle(force_sort_within_sections=True)),
    ("pyproject.toml", "[tool.ruff.isort]\nlines-between-types = 1\nlines-after-imports = 2\n",
     SortStyle(lines_between_types=1, lines_after_imports=2)),
    ("pyproject.toml", "[tool.isort]\nprofile = \"google\"\n",
     SortStyle(force_sort_within_sections=True, force_single_line=True)),
    ("pyproject.toml", "[tool.black]\nline-length = 99\n", SortStyle()),
    ("ruff.toml", "[lint.isort]\nforce-single-line = true\n", SortStyle(force_single_line=True)),
    (".ruff.toml", "[isort]\nlines-between-types = 1\n", SortStyle(lines_between_types=1)),
    (".isort.cfg", "[settings]\nforce_sort_within_sections = True\n",
     SortStyle(force_sort_within_sections=True)),
    ("setup.cfg", "[isort]\nlines_after_imports = 2\n", SortStyle(lines_after_imports=2)),
    ("tox.ini", "[tool:isort]\nforce_single_line = true\n", SortStyle(force_single_line=True)),
    ("setup.cfg", "[flake8]\nmax-line-length = 99\n", SortStyle()),
    ("pyproject.toml", "this is not toml [", SortStyle()),
])
def test_settings_are_read_from_every_file_isort_and_ruff_read(
        tmp_path: Path, name: str, text: str, expected: SortStyle) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    package = tmp_path / "src" / "app"
    package.mkdir(parents=True)
    sort_style.cache_clear()
    assert sort_style(str(package)) == expected
    sort_style.cache_clear()
