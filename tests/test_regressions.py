"""False positives found by reviewing the real-code sweep (``python benchmarks/sweep.py``).

Each case is the real source line, reduced to the smallest module that still shows it, and the
assertion that nothing is reported on it. They are strict on purpose: a failing case here is a
known false positive waiting for its fix, not a flaky test.

Reviewed (sweep of Django 5.2.19, djangorestframework 3.18.3, Flask 3.1.3, Werkzeug 3.1.9,
starlette 1.10.0, fastapi 0.165.0, aiohttp 3.14.5, tornado 6.6.1, requests 2.34.2; 5,512
findings): every HTS002..HTS006 finding, a seeded sample of 60 HTS001 findings, and every
distinct source pattern of the HTS001 findings (grouped by the line with numbers and strings
masked). Also every finding on CPython 3.11's standard library (41) and on the project venv's
site-packages (85: pip, setuptools, mypy, hypothesis, libcst, pygments, ...). The only false
positive is the ``status_code == 0`` sentinel below; every other finding is a status.

A second group pins lines from the same corpora that stand next to a status and must stay silent
(they pass today; they guard the heuristics that keep them silent).
"""

from __future__ import annotations

import sys
from typing import List, Tuple

import pytest

from flake8_httpstatus.checker import check_source
from flake8_httpstatus.options import Config


def reported(source: str) -> List[Tuple[int, int, str]]:
    return [(f.line, f.col, f.text) for f in check_source(source, Config())]


# --- false positives found in the sweep -----------------------------------------------------------

def test_status_code_zero_sentinel_in_requests_models() -> None:
    """requests 2.34.2, src/requests/models.py:1039 (also pip/_vendor/requests/models.py:896):

        if self.status_code == 0 or self.raw is None:

    Reported as ``HTS003 0 is not an HTTP status (100-599)``. 0 is requests' "no response yet"
    sentinel, not a mistyped status; the same idiom on ``.status`` (aiohttp 3.14.5,
    aiohttp/client_exceptions.py:114 ``if self.status != 0:``) is already silent.
    """
    source = ("class Response:\n"
              "    def iter_content(self):\n"
              "        if self.status_code == 0 or self.raw is None:\n"
              "            pass\n")
    assert reported(source) == []


def test_status_code_zero_sentinel_assigned_in_requests_tests() -> None:
    """requests 2.34.2, tests/test_requests.py:2207:

        r.status_code = 0

    Reported as ``HTS003 0 is not an HTTP status (100-599)``: the same sentinel, set up by a test
    of a response that never got a status."""
    source = ("import requests\n\n\n"
              "def test_response_without_release_conn():\n"
              "    r = requests.Response()\n"
              "    r.status_code = 0\n")
    assert reported(source) == []


# --- silent neighbours of statuses, seen in the same corpora (pins) -------------------------------

SILENT = [
    # Django 5.2.19, django/test/client.py:145 -- range bounds, not statuses (204/304 are reported)
    ("def conditional_content_removal(request, response):\n"
     "    if 100 <= response.status_code < 200 or response.status_code in (204, 304):\n"
     "        pass\n", [(2, 69, "204"), (2, 74, "304")]),
    # Django 5.2.19, tests/queries/tests.py:3386 -- a model's own status field
    ("def setUpTestData(cls):\n"
     "    cls.oi1 = OrderItem.objects.create(order=cls.o1, status=1)\n", []),
    # aiohttp 3.14.5, tests/test_client_exceptions.py:24
    ("def test_default_status(self):\n"
     "    err = client.ClientResponseError(history=(), request_info=self.request_info)\n"
     "    assert err.status == 0\n", []),
    # starlette 1.10.0, starlette/responses.py:73 -- '< 200' is a bound
    ("class Response:\n"
     "    def init_headers(self):\n"
     "        return not (self.status_code < 200 or self.status_code in (204, 304))\n",
     [(3, 67, "204"), (3, 72, "304")]),
]


@pytest.mark.parametrize(("source", "expected"), SILENT,
                         ids=["django-client-range", "django-model-status", "aiohttp-status-0",
                              "starlette-bound"])
def test_silent_neighbours(source: str, expected: List[Tuple[int, int, str]]) -> None:
    assert [(line, col, text.split()[1]) for line, col, text in reported(source)] == expected


def test_a_dotted_callee_counts_only_through_an_import() -> None:
    """Found by hypothesis: ``tornado.web.HTTPError(100)`` in a module that never imports
    ``tornado`` (the name is undefined there). The reference path matched the dotted name as it
    is, the fast path (whose line words come from the module's imports) did not; a callee now
    counts only through an import of its first name."""
    from flake8_httpstatus.checker import check_reference

    unimported = "raise tornado.web.HTTPError(100)\n"
    assert check_source(unimported, Config()) == check_reference(unimported, Config()) == []
    imported = "import tornado.web\n" + unimported
    assert [f.code for f in check_source(imported, Config())] == ["HTS007"]
    assert check_source(imported, Config()) == check_reference(imported, Config())


# --- found reviewing the session that added status classes, Falcon's style and ``.code`` ---------

MATCH_IN_VIEW_AND_CLASS = '''\
from flask import Flask, request
from werkzeug.exceptions import HTTPException

app = Flask(__name__)


@app.route("/")
def index():
    match request.args.kind:
        case "new":
            return "created", 201
    match r.status_code:
        case 200:
            return "ok", 202
    return "ok"


class Gone(HTTPException):
    match kind.code:
        case "gone":
            code = 410
        case _:
            code = 404
'''


@pytest.mark.skipif(sys.version_info < (3, 10), reason="match is Python 3.10 syntax")
def test_a_match_kept_whole_takes_its_places_scope() -> None:
    """A ``match`` on a status is kept whole by the prefilter: its cases' returns were wrapped
    as a plain function's (not a view's) and its ``code =`` as a plain class's, so only the
    reference path reported them."""
    from flake8_httpstatus.checker import check_reference

    config = Config(target_version=(3, 11))
    found = check_source(MATCH_IN_VIEW_AND_CLASS, config)
    assert found == check_reference(MATCH_IN_VIEW_AND_CLASS, config)
    assert [f.line for f in found] == [11, 13, 14, 21, 23]


def test_a_status_class_alone_passes_the_gate() -> None:
    """``class Gone(NotFound): code = 410`` holds none of the words the gate looked for: the fast
    path skipped the file, the reference path reported."""
    from flake8_httpstatus.checker import check_reference

    source = ("from werkzeug.exceptions import NotFound\n\n\n"
              "class Gone(NotFound):\n    code = 410\n")
    config = Config(target_version=(3, 11))
    assert [f.line for f in check_source(source, config)] == [5]
    assert check_source(source, config) == check_reference(source, config)


def test_code_beside_urllib_parse_is_no_status() -> None:
    """``import urllib.parse`` binds ``urllib`` as ``import urllib.request`` does: no sign that
    ``.code`` is an HTTP error's."""
    source = ("import urllib.parse\n\n\ndef lookup(item):\n    if item.code == 123:\n"
              "        return urllib.parse.quote(item.name)\n    return item.code in (200, 404)\n")
    assert reported(source) == []
