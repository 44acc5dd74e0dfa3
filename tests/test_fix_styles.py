"""The constants a module gets: the style its framework documents (``auto``), and only names that
exist in every Python and framework version the code supports."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from flake8_httpstatus import versions
from flake8_httpstatus.checker import check_source
from flake8_httpstatus.fix.fixer import FixOptions, fix_source
from flake8_httpstatus.options import Config, build_config
from flake8_httpstatus.rules import UNSAFE_FIXES


def fixed(source: str, config: Config | None = None) -> str:
    data = textwrap.dedent(source).encode()
    return fix_source(data, config or Config()).fixed.decode()


def messages(source: str, config: Config | None = None) -> list[str]:
    return [f.text for f in check_source(textwrap.dedent(source), config or Config())]


FASTAPI_APP = '''\
    from fastapi import FastAPI, HTTPException

    app = FastAPI()


    @app.get("/items/{item_id}")
    def read(item_id: int) -> dict:
        if item_id > 100:
            raise HTTPException(status_code=404)
        return {"id": item_id}
    '''


def test_auto_uses_the_status_module_of_the_framework_a_module_imports() -> None:
    assert messages(FASTAPI_APP) == ["HTS001 404 (Not Found): use status.HTTP_404_NOT_FOUND"]
    result = fixed(FASTAPI_APP)
    assert result.splitlines()[0] == "from fastapi import FastAPI, HTTPException, status"
    assert "raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)" in result
    assert "HTTPStatus" not in result


def test_a_drf_test_module_gets_drf_constants() -> None:
    result = fixed('''\
        from django.urls import reverse
        from rest_framework.test import APITestCase


        class ItemTests(APITestCase):
            def test_list(self):
                response = self.client.get(reverse("item-list"))
                self.assertEqual(response.status_code, 200)
        ''')
    assert result.splitlines()[:3] == [
        "from django.urls import reverse", "from rest_framework import status",
        "from rest_framework.test import APITestCase"]
    assert "self.assertEqual(response.status_code, status.HTTP_200_OK)" in result


def test_a_module_already_written_with_httpstatus_keeps_it() -> None:
    source = '''\
        from http import HTTPStatus

        from fastapi import HTTPException

        def check(ok: bool) -> None:
            if not ok:
                raise HTTPException(status_code=HTTPStatus.FORBIDDEN)
            raise HTTPException(status_code=404)
        '''
    assert messages(source) == ["HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND"]


@pytest.mark.parametrize(("option", "phrase", "name"), [
    ("starlette:0.40", "Unprocessable Entity", "HTTP_422_UNPROCESSABLE_ENTITY"),
    ("starlette:0.48", "Unprocessable Content", "HTTP_422_UNPROCESSABLE_CONTENT"),
    ("fastapi:0.110", "Unprocessable Entity", "HTTP_422_UNPROCESSABLE_ENTITY"),
    ("fastapi:0.164", "Unprocessable Content", "HTTP_422_UNPROCESSABLE_CONTENT"),
])
def test_the_names_the_oldest_supported_release_has(option: str, phrase: str, name: str) -> None:
    """The message gives the phrase of the name it suggests."""
    source = "from fastapi import HTTPException, status\nraise HTTPException(422)\n"
    config = build_config({"min_versions": option})
    assert messages(source, config) == [f"HTS001 422 ({phrase}): use status.{name}"]


def test_without_any_version_only_names_every_release_has(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where flake8 runs without the framework (pre-commit's own environment) and neither an
    option nor the project's declarations say which releases the code supports: the names every
    release has, and for a code Starlette renamed (422) neither of its names -- the old one warns
    from 0.48, the new one fails before -- but ``HTTPStatus``'s, the same int."""
    monkeypatch.setattr(versions, "installed", lambda distribution: None)
    versions.supported.cache_clear()
    try:
        source = "from fastapi import HTTPException, status\nraise HTTPException(422)\n" \
                 "raise HTTPException(404)\n"
        assert messages(source) == [
            "HTS001 422 (Unprocessable Entity): use HTTPStatus.UNPROCESSABLE_ENTITY",
            "HTS001 404 (Not Found): use status.HTTP_404_NOT_FOUND"]
    finally:
        versions.supported.cache_clear()


def test_the_installed_release_is_read_from_its_metadata() -> None:
    """The test environment installs starlette >= 0.48 (never imported for this)."""
    from importlib import metadata

    expected = tuple(int(n) for n in metadata.version("starlette").split(".")[:2])
    assert versions.installed("starlette")[:2] == expected  # type: ignore[index]
    assert versions.installed("no-such-distribution-here") is None
    source = "from starlette import status\nfrom starlette.responses import Response\n" \
             "Response(status_code=422)\n"
    assert messages(source)[0].endswith("use status.HTTP_422_UNPROCESSABLE_CONTENT")


def test_python_38_target_gets_no_name_38_lacks() -> None:
    source = "from flask import abort\nabort(418)\n"
    assert messages(source, build_config({"target_version": "3.9"})) == [
        "HTS001 418 (I'm a teapot): use HTTPStatus.IM_A_TEAPOT"]
    assert messages(source, build_config({"target_version": "3.8"})) == []


STARLETTE_MODULE = '''\
    from starlette import status
    from starlette.responses import JSONResponse

    # Evaluated on import: a missing name fails the import itself.
    ERRORS = [
        JSONResponse({}, status_code=422),
        JSONResponse({}, status_code=413),
    ]
    '''


@pytest.mark.slow
def test_a_fixed_starlette_module_imports_under_starlette_047(tmp_path: Path) -> None:
    """Starlette 0.48 renamed 413/414/416/422: written for 0.40 and newer, the fix keeps to names
    0.47 has; written for 0.48 and newer, the same module does not import under 0.47."""
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(target), "starlette==0.47.3", "anyio", "sniffio", "idna",
                    "typing_extensions"], check=True, capture_output=True, timeout=300)
    for option, imports in (("starlette:0.40", True), ("starlette:0.48", False)):
        module = tmp_path / f"app_{imports}.py"
        module.write_text(fixed(STARLETTE_MODULE, build_config({"min_versions": option})))
        done = subprocess.run(
            [sys.executable, "-c", f"import starlette, app_{imports}; print(starlette.__version__)"],
            cwd=tmp_path, env={"PYTHONPATH": f"{target}:{tmp_path}", "PATH": "/usr/bin:/bin"},
            capture_output=True, text=True, timeout=120)
        assert (done.returncode == 0) is imports, done.stderr
        if imports:
            assert done.stdout.strip() == "0.47.3"
        else:
            assert "HTTP_422_UNPROCESSABLE_CONTENT" in done.stderr


@pytest.mark.parametrize(("source", "expected"), [
    ("from http import HTTPStatus\nPHRASE = HTTPStatus(404).phrase\n",
     "from http import HTTPStatus\nPHRASE = HTTPStatus.NOT_FOUND.phrase\n"),
    ("import http\nfrom rest_framework import status\nx = http.HTTPStatus(\n    503\n).phrase\n",
     "import http\nfrom rest_framework import status\nx = http.HTTPStatus.SERVICE_UNAVAILABLE"
     ".phrase\n"),
    ("from http import HTTPStatus as S\nfrom fastapi import status\nS(201).description\n",
     "from http import HTTPStatus as S\nfrom fastapi import status\nS.CREATED.description\n"),
])
def test_the_httpstatus_call_goes_in_every_style(source: str, expected: str) -> None:
    """The result must stay an HTTPStatus member (it has ``.phrase``), whatever the style."""
    assert fix_source(source.encode(), Config()).fixed.decode() == expected
    (finding,) = check_source(source, Config())
    assert finding.text.startswith("HTS001") and finding.suggestion is not None
    assert finding.col == source.splitlines()[finding.line - 1].index(str(finding.value))


def test_an_httpstatus_call_with_a_variable_is_not_touched() -> None:
    assert check_source("from http import HTTPStatus\nHTTPStatus(code)\n", Config()) == []


# -- behaviour kept: where a status is turned into text ---------------------------------------

CLASS_ATTRIBUTE = '''\
    class Maintenance(Exception):
        status_code = 503
    '''


@pytest.mark.parametrize(("target", "safe"), [("3.9", False), ("3.10", False), ("3.11", True)])
def test_a_class_attribute_is_an_unsafe_fix_where_str_would_print_the_name(target: str,
                                                                           safe: bool) -> None:
    """``str(HTTPStatus.SERVICE_UNAVAILABLE)`` is "HTTPStatus.SERVICE_UNAVAILABLE" before 3.11,
    and any code may format a class attribute: reported at every target, its fix unsafe below
    3.11 -- listed with the reason, applied with ``--unsafe-fixes`` only."""
    config = build_config({"target_version": target})
    source = textwrap.dedent(CLASS_ATTRIBUTE)
    (finding,) = check_source(source, config)
    assert finding.text == ("HTS001 503 (Service Unavailable): use "
                            "HTTPStatus.SERVICE_UNAVAILABLE")
    assert finding.suggestion is not None and finding.suggestion.safety == \
        ("safe" if safe else "unsafe")
    outcome = fix_source(source.encode(), config)
    assert outcome.changed is safe
    if not safe:
        (left,) = outcome.left
        assert left.reason == (
            "unsafe fix, rewritten only with --unsafe-fixes: other code may format a class "
            "attribute with str(), and before Python 3.11 str(HTTPStatus.SERVICE_UNAVAILABLE) "
            f"is 'HTTPStatus.SERVICE_UNAVAILABLE', not '503' (target {target})")
    unsafe = fix_source(source.encode(), config, FixOptions(fix_flags=(UNSAFE_FIXES,)))
    assert "status_code = HTTPStatus.SERVICE_UNAVAILABLE" in unsafe.fixed.decode()
    assert not unsafe.left


def test_a_framework_module_gets_the_plain_int_constant_there() -> None:
    """DRF's, Starlette's and FastAPI's constants are plain ints: str() is the number."""
    result = fixed('''\
        from http import HTTPStatus

        from rest_framework.exceptions import APIException


        class Gone(APIException):
            status_code = 410
            default_detail = HTTPStatus.GONE.phrase
        ''')
    assert "    status_code = status.HTTP_410_GONE\n" in result
    assert "from rest_framework import status\n" in result


def test_fastapi_responses_keys_stay_numbers_in_the_openapi_document() -> None:
    """FastAPI builds the OpenAPI keys with str(key): an HTTPStatus key would become
    "HTTPStatus.NOT_FOUND" before Python 3.11. A module written with HTTPStatus gets FastAPI's
    plain-int constant for those keys."""
    result = fixed('''\
        from http import HTTPStatus

        from fastapi import FastAPI

        app = FastAPI()


        @app.get("/{item_id}", responses={404: {}})
        def read(item_id: int) -> dict:
            return {"id": item_id}
        ''')
    assert 'responses={status.HTTP_404_NOT_FOUND: {}}' in result
    assert "from fastapi import FastAPI, status\n" in result
    namespace: dict[str, object] = {}
    exec("from starlette import status\nkey = status.HTTP_404_NOT_FOUND", namespace)
    assert str(namespace["key"]) == "404"


def test_what_str_prints_on_this_python() -> None:
    """The fact the rule rests on, checked on the running interpreter."""
    from http import HTTPStatus

    expected = "404" if sys.version_info >= (3, 11) else "HTTPStatus.NOT_FOUND"
    assert str(HTTPStatus.NOT_FOUND) == expected
    assert f"{HTTPStatus.NOT_FOUND}" == format(HTTPStatus.NOT_FOUND) == "404"


# -- Litestar: constants imported by name, as its documentation writes them --------------------

LITESTAR_VIEWS = textwrap.dedent("""\
    from litestar import get, post
    from litestar.exceptions import HTTPException, NotFoundException
    {imports}

    @get("/items/{{item_id:int}}", status_code=200)
    async def get_item(item_id: int) -> dict:
        if item_id > 100:
            raise NotFoundException(status_code=404)
        if item_id < 0:
            raise HTTPException(status_code=409, detail="conflict")
        return {{"id": item_id}}


    @post("/items", status_code=201)
    async def create_item(data: dict) -> dict:
        return data
    """)


@pytest.mark.parametrize("imports", [
    "",
    "from litestar.status_codes import HTTP_200_OK\n",
    "from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR as FAILED\n",
], ids=["none", "one-name", "aliased"])
def test_litestar_code_gets_its_constants_by_name(imports: str) -> None:
    import isort

    source = LITESTAR_VIEWS.format(imports=imports)
    result = fix_source(source.encode(), Config())
    fixed = result.fixed.decode()
    assert [f.code for f in result.rewritten] == ["HTS001"] * 4
    assert "@get(\"/items/{item_id:int}\", status_code=HTTP_200_OK)" in fixed
    assert "raise NotFoundException(status_code=HTTP_404_NOT_FOUND)" in fixed
    assert "@post(\"/items\", status_code=HTTP_201_CREATED)" in fixed
    block = fixed.split("\n\n\n", 1)[0]
    # one statement for all the new names; an ``as`` import stays apart, as isort keeps it
    assert block.count("from litestar.status_codes import") == (2 if " as " in imports else 1)
    names = ("HTTP_200_OK", "HTTP_201_CREATED", "HTTP_404_NOT_FOUND", "HTTP_409_CONFLICT")
    assert all(name in block for name in names)
    assert isort.check_code(fixed, profile="black"), isort.code(fixed, profile="black")
    assert not fix_source(result.fixed, Config()).changed


# -- Falcon: its status-line constants where Falcon takes a line, in modules that write them -----

FALCON_RESOURCE = textwrap.dedent("""\
    {imports}


    class ItemResource:
        def on_get(self, req, resp, item_id):
            if item_id not in ITEMS:
                raise {error}(404, title="No such item")
            if len(req.get_header("X-Note") or "") > 1000:
                raise {error}(413)
            resp.media = ITEMS[item_id]
            resp.status = 200

        def on_delete(self, req, resp, item_id):
            resp.status = {no_content}


    def test_get(client):
        result = client.simulate_get("/items/1")
        assert result.status_code == 200
    """)
FALCON_4 = Config(min_versions=(("falcon", (4, 0)),))


@pytest.mark.parametrize(("imports", "error", "constant"), [
    ("import falcon\nimport falcon.testing", "falcon.HTTPError", "falcon.HTTP_{}"),
    ("from falcon import HTTP_204, HTTPError", "HTTPError", "HTTP_{}"),
], ids=["import-falcon", "from-falcon"])
def test_falcon_code_gets_its_constants_where_it_takes_a_status_line(
        imports: str, error: str, constant: str) -> None:
    import isort

    source = FALCON_RESOURCE.format(imports=imports, error=error,
                                    no_content=constant.format(204))
    result = fix_source(source.encode(), FALCON_4)
    fixed = result.fixed.decode()
    assert [f.code for f in result.rewritten] == ["HTS001"] * 4
    assert f"raise {error}({constant.format(404)}, title=" in fixed
    assert f"raise {error}({constant.format(413)})" in fixed
    assert f"resp.status = {constant.format(200)}" in fixed
    # an int is compared: Falcon's constant would never equal it
    assert "assert result.status_code == HTTPStatus.OK" in fixed
    block = fixed.split("\n\n\n", 1)[0]
    assert "from http import HTTPStatus\n" in block
    assert block.count("falcon import") <= 1 and block.count("import falcon\n") <= 1
    assert isort.check_code(fixed, profile="black"), isort.code(fixed, profile="black")
    assert not fix_source(result.fixed, FALCON_4).changed


def test_falcon_code_that_writes_ints_keeps_them_comparable() -> None:
    """Where the module writes no Falcon constant, ``HTTPStatus`` (an int, so ``resp.status ==
    404`` elsewhere still holds) -- an unsafe fix below Python 3.11, where Falcon keeps the
    member and ``str()`` of it is its name; an unsafe fix at every target for 413, whose line it
    would change; and before Falcon 4.0 an error is titled with the status as given, so its
    constant is not used there."""
    source = FALCON_RESOURCE.format(imports="import falcon", error="falcon.HTTPError",
                                    no_content="204")
    unsafe = FixOptions(fix_flags=(UNSAFE_FIXES,))
    at_311 = FALCON_4._replace(target_version=(3, 11))
    fixed = fix_source(source.encode(), at_311).fixed.decode()
    assert "raise falcon.HTTPError(HTTPStatus.NOT_FOUND, title=" in fixed
    assert "raise falcon.HTTPError(413)" in fixed
    assert "resp.status = HTTPStatus.OK" in fixed and "resp.status = HTTPStatus.NO_CONTENT" in fixed
    assert "raise falcon.HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)" in fix_source(
        source.encode(), at_311, unsafe).fixed.decode()
    at_39 = fix_source(source.encode(), FALCON_4)
    assert "resp.status = 200" in at_39.fixed.decode()
    unsafe_at_39 = fix_source(source.encode(), FALCON_4, unsafe)
    assert "resp.status = HTTPStatus.OK" in unsafe_at_39.fixed.decode()
    written = FALCON_RESOURCE.format(imports="import falcon", error="falcon.HTTPError",
                                     no_content="falcon.HTTP_204")
    falcon_31 = Config(min_versions=(("falcon", (3, 1)),), target_version=(3, 11))
    falcon_3 = fix_source(written.encode(), falcon_31)
    assert "raise falcon.HTTPError(HTTPStatus.NOT_FOUND, title=" in falcon_3.fixed.decode()
    assert "resp.status = falcon.HTTP_200" in falcon_3.fixed.decode()


def test_falcon_constants_are_the_lines_falcon_sends_for_the_ints() -> None:
    """What makes the rewrite safe: Falcon writes an int status with the line of its own constant
    (``falcon.util.misc.code_to_http_status`` looks ``HTTP_<code>`` up); an ``HTTPStatus`` member
    with the stdlib's phrase, which differs for the codes of ``FALCON_OTHER_PHRASE``. Checked
    against the phrases recorded from Falcon 3.1.3 and 4.x where Falcon is not installed."""
    import http

    from flake8_httpstatus.catalogue import other_phrase_in

    other = {code for code in range(100, 600)
             if other_phrase_in(code, "falcon", sys.version_info[:2])}
    falcon_lines = {413: ("413 Payload Too Large", "413 Content Too Large"),
                    414: ("414 URI Too Long",), 416: ("416 Range Not Satisfiable",),
                    418: ("418 I'm a teapot",), 422: ("422 Unprocessable Entity",)}
    differ = {code for code, lines in falcon_lines.items()
              if any(f"{code} {http.HTTPStatus(code).phrase}" != line for line in lines)}
    # the codes that differ on this Python are among those recorded for it or a later one
    assert differ <= other
    assert other <= set(falcon_lines)


def test_a_module_keeps_the_style_it_uses_most() -> None:
    source = textwrap.dedent("""\
        from http import HTTPStatus

        from rest_framework import status
        from rest_framework.response import Response


        def a(request):
            return Response(status=HTTPStatus.OK)


        def b(request):
            return Response(status=HTTPStatus.CREATED)


        def c(request):
            return Response(status=status.HTTP_202_ACCEPTED)


        def d(request):
            return Response(status=404)
        """)
    assert "status=HTTPStatus.NOT_FOUND" in fixed(source)
    # one use each: the framework's
    tie = source.replace("HTTPStatus.CREATED", "status.HTTP_201_CREATED")
    assert "status=status.HTTP_404_NOT_FOUND" in fixed(tie)
