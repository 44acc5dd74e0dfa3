"""Where ``fix`` puts the import it adds: where isort, ruff's ``I`` rules and a person put it.

Exact results for each kind of module, then the real tools: every fixed case file and sample
module passes isort (default and black profiles) and ``ruff check --select I`` wherever the
original did.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import isort
import pycodestyle
import pytest

from flake8_httpstatus.fix.fixer import FixOptions, fix_source
from flake8_httpstatus.fix.line_length import LineLength
from flake8_httpstatus.options import Config, build_config

from tests.helpers import CASE_FILES


def fixed(source: str, config: Config | None = None, max_line_length: int = 79) -> str:
    data = textwrap.dedent(source).encode()
    return fix_source(data, config or Config(),
                      FixOptions(line_length=LineLength(max_line_length))).fixed.decode()


def same(text: str) -> str:
    return textwrap.dedent(text)


# -- the standard library's group -------------------------------------------------------------

def test_a_group_of_its_own_before_the_third_party_imports() -> None:
    assert fixed('''\
        """Views."""
        from flask import abort


        def view():
            abort(404)
        ''') == same('''\
        """Views."""
        from http import HTTPStatus

        from flask import abort


        def view():
            abort(HTTPStatus.NOT_FOUND)
        ''')


def test_after_the_future_imports_with_a_blank_line_each_side() -> None:
    assert fixed('''\
        """Views."""
        from __future__ import annotations

        from flask import abort

        from myapp.models import Item


        def view(item: Item) -> None:
            abort(404)
        ''') == same('''\
        """Views."""
        from __future__ import annotations

        from http import HTTPStatus

        from flask import abort

        from myapp.models import Item


        def view(item: Item) -> None:
            abort(HTTPStatus.NOT_FOUND)
        ''')


def test_never_above_a_future_import_that_shares_its_group() -> None:
    """Bottle's tests: one group of ``from __future__``, third-party and relative imports. The
    new import goes right below the future import (above it, the module does not compile)."""
    assert fixed('''\
        # -*- coding: utf-8 -*-
        from __future__ import with_statement
        import bottle
        from .tools import ServerTestBase

        class TestWsgi(ServerTestBase):
            def test_status(self):
                self.assertEqual(bottle.response.status_code, 204)
        ''') == same('''\
        # -*- coding: utf-8 -*-
        from __future__ import with_statement
        from http import HTTPStatus
        import bottle
        from .tools import ServerTestBase

        class TestWsgi(ServerTestBase):
            def test_status(self):
                self.assertEqual(bottle.response.status_code, HTTPStatus.NO_CONTENT)
        ''')


def test_sorted_into_the_existing_standard_library_group() -> None:
    assert fixed('''\
        import os
        import sys
        from typing import Any

        from flask import abort


        def view(x: Any) -> None:
            abort(404)
        ''') == same('''\
        import os
        import sys
        from http import HTTPStatus
        from typing import Any

        from flask import abort


        def view(x: Any) -> None:
            abort(HTTPStatus.NOT_FOUND)
        ''')


def test_a_group_sorted_with_both_kinds_together() -> None:
    """``force-sort-within-sections`` (Google's style): ``from http`` goes before ``import os``."""
    assert fixed('''\
        from dataclasses import dataclass
        import json
        import os

        from flask import abort
        abort(404)
        ''').splitlines()[:4] == ["from dataclasses import dataclass", "from http import HTTPStatus",
                                  "import json", "import os"]


def test_joins_an_existing_import_from_the_same_module() -> None:
    assert fixed('''\
        from http import cookies

        from flask import abort
        abort(404)
        ''') == same('''\
        from http import HTTPStatus, cookies

        from flask import abort
        abort(HTTPStatus.NOT_FOUND)
        ''')


def test_a_module_without_imports() -> None:
    assert fixed('''\
        """Doc."""
        def view(r):
            assert r.status_code == 200
        ''') == same('''\
        """Doc."""

        from http import HTTPStatus


        def view(r):
            assert r.status_code == HTTPStatus.OK
        ''')
    assert fixed("x = 1\nassert r.status_code == 200\n") == (
        "from http import HTTPStatus\n\nx = 1\nassert r.status_code == HTTPStatus.OK\n")


def test_only_future_imports_then_code() -> None:
    assert fixed('''\
        from __future__ import annotations
        def view(r):
            assert r.status_code == 200
        ''') == same('''\
        from __future__ import annotations

        from http import HTTPStatus


        def view(r):
            assert r.status_code == HTTPStatus.OK
        ''')


def test_a_section_heading_stays_with_its_group() -> None:
    assert fixed('''\
        """Views."""

        # Third-party
        from flask import abort

        abort(404)
        ''') == same('''\
        """Views."""

        from http import HTTPStatus

        # Third-party
        from flask import abort

        abort(HTTPStatus.NOT_FOUND)
        ''')


# -- the frameworks' status modules -----------------------------------------------------------

def test_status_joins_the_frameworks_import_on_one_line() -> None:
    source = '''\
        from fastapi import FastAPI, HTTPException

        app = FastAPI()


        @app.get("/items/{item_id}")
        def read(item_id: int) -> None:
            raise HTTPException(status_code=404)
        '''
    result = fixed(source, build_config({"style": "fastapi"}))
    assert result.splitlines()[0] == "from fastapi import FastAPI, HTTPException, status"
    assert "HTTPException(status_code=status.HTTP_404_NOT_FOUND)" in result


def test_status_joins_a_parenthesised_import_one_name_a_line() -> None:
    result = fixed('''\
        from rest_framework import (
            generics,
            serializers,
        )
        from rest_framework.response import Response


        def view(request):
            return Response({}, status=201)
        ''', build_config({"style": "drf"}))
    assert result.startswith("from rest_framework import (\n    generics,\n    serializers,\n"
                             "    status,\n)\n")


def test_a_line_made_too_long_is_wrapped_like_black_and_isort_do() -> None:
    source = ("from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request\n"
              "raise HTTPException(status_code=404)\n")
    result = fixed(source, build_config({"style": "fastapi"}), max_line_length=79)
    assert result.startswith("from fastapi import (\n    APIRouter,\n    Depends,\n    FastAPI,\n"
                             "    HTTPException,\n    Query,\n    Request,\n    status,\n)\n")


def test_a_framework_import_goes_into_the_third_party_group() -> None:
    result = fixed('''\
        import json

        from django.http import JsonResponse

        from .models import Item


        def view(request):
            assert request.status_code == 404
        ''', build_config({"style": "drf"}))
    assert result.splitlines()[:6] == [
        "import json", "", "from django.http import JsonResponse",
        "from rest_framework import status", "", "from .models import Item"]


def test_crlf_modules_get_crlf_imports() -> None:
    data = b"from flask import abort\r\n\r\n\r\ndef view():\r\n    abort(404)\r\n"
    result = fix_source(data, Config()).fixed
    assert result == (b"from http import HTTPStatus\r\n\r\nfrom flask import abort\r\n\r\n\r\n"
                      b"def view():\r\n    abort(HTTPStatus.NOT_FOUND)\r\n")


# -- the real tools ---------------------------------------------------------------------------

SAMPLES = {
    "django_view.py": '''\
        """Item views."""
        import json

        from django.http import HttpResponse, JsonResponse
        from django.views import View

        from .models import Item


        class ItemView(View):
            def get(self, request, pk):
                if not Item.objects.filter(pk=pk).exists():
                    return HttpResponse(status=404)
                return JsonResponse({"id": pk}, status=200)

            def post(self, request):
                Item.objects.create(**json.loads(request.body))
                return HttpResponse(status=201)
        ''',
    "drf_view.py": '''\
        from rest_framework import generics, permissions
        from rest_framework.response import Response

        from .serializers import ItemSerializer


        class ItemList(generics.ListCreateAPIView):
            serializer_class = ItemSerializer
            permission_classes = [permissions.IsAuthenticated]

            def create(self, request, *args, **kwargs):
                serializer = self.get_serializer(data=request.data)
                if not serializer.is_valid():
                    return Response(serializer.errors, status=400)
                serializer.save()
                return Response(serializer.data, status=201)
        ''',
    "fastapi_app.py": '''\
        from __future__ import annotations

        from typing import Optional

        from fastapi import Depends, FastAPI, HTTPException
        from pydantic import BaseModel

        app = FastAPI()


        class Item(BaseModel):
            name: str
            price: Optional[float] = None


        @app.post("/items", status_code=201)
        def create(item: Item, db=Depends(lambda: None)) -> Item:
            if db is None:
                raise HTTPException(status_code=503, detail="no database")
            return item
        ''',
    "flask_app.py": '''\
        import logging
        import os

        from flask import Flask, abort, jsonify

        app = Flask(__name__)
        log = logging.getLogger(__name__)


        @app.route("/health")
        def health():
            if os.environ.get("DRAINING"):
                abort(503)
            return jsonify(ok=True), 200
        ''',
    "test_client.py": '''\
        import pytest
        import requests


        @pytest.mark.parametrize("path", ["/", "/health"])
        def test_ok(path):
            assert requests.get(f"http://localhost{path}").status_code == 200
        ''',
    "script.py": '''\
        #!/usr/bin/env python
        """Check a URL."""
        import sys
        import urllib.request

        with urllib.request.urlopen(sys.argv[1]) as response:
            sys.exit(0 if response.status == 200 else 1)
        ''',
}


def _sources() -> dict[str, str]:
    found = {name: textwrap.dedent(text) for name, text in SAMPLES.items()}
    for path in CASE_FILES:
        found[f"case_{path.name}"] = path.read_text(encoding="utf-8")
    return found


@functools.lru_cache(maxsize=None)
def _fixed_sources() -> dict[str, tuple[str, str]]:
    """Every sample and case file that ``fix`` changes: (original, fixed). Computed once."""
    pairs = {}
    for name, source in _sources().items():
        result = fix_source(source.encode(), Config()).fixed.decode()
        if result != source:
            pairs[name] = (source, result)
    return pairs


@pytest.mark.slow
@pytest.mark.parametrize("profile", ["default", "black"])
def test_isort_passes_wherever_it_did(profile: str) -> None:
    pairs = _fixed_sources()
    assert len(pairs) > 20
    settings = {} if profile == "default" else {"profile": "black"}
    regressions = [name for name, (old, new) in pairs.items()
                   if isort.check_code(old, **settings) and not isort.check_code(new, **settings)]
    passing = [name for name, (old, _) in pairs.items() if isort.check_code(old, **settings)]
    assert len(passing) >= 5, "too few samples that pass isort to show anything"
    assert regressions == []


def _ruff_import_errors(directory: Path) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--select", "I",
         "--output-format", "json", "--exit-zero", "."],
        cwd=directory, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return {Path(item["filename"]).name for item in json.loads(done.stdout)}


@pytest.mark.slow
def test_ruff_import_rules_pass_wherever_they_did(tmp_path: Path) -> None:
    pairs = _fixed_sources()
    for side, index in (("old", 0), ("new", 1)):
        (tmp_path / side).mkdir()
        for name, texts in pairs.items():
            (tmp_path / side / name).write_text(texts[index], encoding="utf-8")
    before, after = _ruff_import_errors(tmp_path / "old"), _ruff_import_errors(tmp_path / "new")
    assert len(pairs) - len(before) >= 5, "too few samples that pass ruff to show anything"
    assert after - before == set()


@pytest.mark.slow
def test_pycodestyle_blank_lines_stay_right() -> None:
    """No E3 error (blank lines around top-level definitions and imports) where the original had
    none."""
    for name, (old, new) in _fixed_sources().items():
        assert _e3(new) <= _e3(old), name


def _e3(text: str) -> int:
    style = pycodestyle.StyleGuide(select=["E3"], quiet=True)
    checker = pycodestyle.Checker(lines=text.splitlines(keepends=True), options=style.options)
    return int(checker.check_all())


# -- generated import blocks ------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

IMPORT_LINES = [
    "import os", "import sys", "import json", "from typing import Any", "from http import cookies",
    "import http", "from collections import OrderedDict", "import requests",
    "from flask import Flask", "from flask import abort", "from fastapi import FastAPI",
    "from fastapi import Depends, HTTPException", "from django.http import HttpResponse",
    "from rest_framework import generics", "from rest_framework.response import Response",
    "from .models import Item", "from . import views",
    "from fastapi import (\n    APIRouter,\n    Depends,\n)", "import os.path",
    "from os import path as p", "# Third-party", "from http import HTTPStatus as S",
    "from starlette import status", "from starlette.responses import JSONResponse",
]


@st.composite
def modules(draw: st.DrawFn) -> str:
    lines: list[str] = []
    if draw(st.booleans()):
        lines += ['"""A module."""', ""] if draw(st.booleans()) else ['"""A module."""']
    if draw(st.booleans()):
        lines += ["from __future__ import annotations", ""]
    for statement in draw(st.lists(st.sampled_from(IMPORT_LINES), max_size=7, unique=True)):
        lines.append(statement)
        if draw(st.integers(0, 3)) == 0:
            lines.append("")
    lines += ["", ""] if draw(st.booleans()) else [""]
    if draw(st.integers(0, 4)) == 0:
        lines += ["if TYPE_CHECKING:", "    from myapp import User", ""]
    body = draw(st.sampled_from([
        "def view():\n    abort(404)\n",
        "@app.get('/', status_code=201)\ndef view():\n    return JSONResponse({}, 202)\n",
        "def view():\n    raise HTTPException(status_code=404)\n",
        "def view(r):\n    assert r.status_code == 200\n",
        "x = 1\nassert r.status_code == 201\n",
    ]))
    return "\n".join(lines) + "\n" + body


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(modules(), st.sampled_from(["auto", "stdlib", "fastapi", "drf"]))
def test_generated_import_blocks(source: str, style: str) -> None:
    """Whatever the import block, the fix verifies, is idempotent, and passes isort (both
    profiles) and ruff's rules wherever the original did."""
    config = build_config({"style": style})
    once = fix_source(source.encode(), config).fixed.decode()
    assert fix_source(once.encode(), config).fixed.decode() == once
    for profile in ({}, {"profile": "black"}):
        if isort.check_code(source, quiet=True, **profile):
            assert isort.check_code(once, quiet=True, **profile), (profile, once)
