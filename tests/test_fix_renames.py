"""HTS008 through ``fix``: a renamed constant gets its new name, the same object.

``owner.OLD`` is rewritten in place; ``from owner import OLD`` renames the import and, unless it
says ``as``, the module's uses with it -- or leaves all of it where that is not safe.
"""

from __future__ import annotations

import textwrap

import pytest

from flake8_httpstatus.fix.fixer import FixResult, fix_source
from flake8_httpstatus.options import Config

#: Code that supports Starlette 0.48+, which has the new names (not the installed version).
NEW = Config(min_versions=(("starlette", (0, 48, 0)),))


def run(source: str, config: Config = NEW) -> FixResult:
    return fix_source(textwrap.dedent(source).encode(), config)


def fixed(source: str, config: Config = NEW) -> str:
    return run(source, config).fixed.decode()


def test_attribute_and_unaliased_import_with_its_uses() -> None:
    source = """\
        from fastapi import HTTPException, status
        from starlette.status import HTTP_404_NOT_FOUND, HTTP_422_UNPROCESSABLE_ENTITY


        def check(item):
            if item is None:
                raise HTTPException(HTTP_404_NOT_FOUND)
            if not item.valid:
                raise HTTPException(HTTP_422_UNPROCESSABLE_ENTITY)
            return status.HTTP_413_REQUEST_ENTITY_TOO_LARGE if item.big else HTTP_422_UNPROCESSABLE_ENTITY
        """
    result = run(source)
    assert result.fixed.decode() == textwrap.dedent("""\
        from fastapi import HTTPException, status
        from starlette.status import HTTP_404_NOT_FOUND, HTTP_422_UNPROCESSABLE_CONTENT


        def check(item):
            if item is None:
                raise HTTPException(HTTP_404_NOT_FOUND)
            if not item.valid:
                raise HTTPException(HTTP_422_UNPROCESSABLE_CONTENT)
            return status.HTTP_413_CONTENT_TOO_LARGE if item.big else HTTP_422_UNPROCESSABLE_CONTENT
        """)
    assert sorted(f.line for f in result.rewritten) == [2, 10]  # the findings, not the uses
    assert not result.left
    assert fixed(result.fixed.decode()) == result.fixed.decode()  # idempotent


def test_an_aliased_import_keeps_its_alias_and_uses() -> None:
    assert fixed("""\
        from starlette.status import HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE as RANGE
        from starlette.status import (
            HTTP_414_REQUEST_URI_TOO_LONG as TOO_LONG,  # why
        )
        codes = (RANGE, TOO_LONG)
        """) == textwrap.dedent("""\
        from starlette.status import HTTP_416_RANGE_NOT_SATISFIABLE as RANGE
        from starlette.status import (
            HTTP_414_URI_TOO_LONG as TOO_LONG,  # why
        )
        codes = (RANGE, TOO_LONG)
        """)


def test_stdlib_names_only_for_a_target_that_has_them() -> None:
    source = "from http import HTTPStatus\ncode = http_status = HTTPStatus.REQUEST_ENTITY_TOO_LARGE\n"
    assert fixed(source, Config()) == source  # 3.9: CONTENT_TOO_LARGE does not exist
    assert fixed(source, Config(target_version=(3, 13))) == source.replace(
        "REQUEST_ENTITY_TOO_LARGE", "CONTENT_TOO_LARGE")


def test_nothing_for_code_that_supports_an_older_starlette() -> None:
    source = "from starlette import status\ncode = status.HTTP_422_UNPROCESSABLE_ENTITY\n"
    assert fixed(source, Config(min_versions=(("starlette", (0, 47, 3)),))) == source


OLD_IMPORT = "from starlette.status import HTTP_422_UNPROCESSABLE_ENTITY\n"

#: (id, module, why its renamed import is left)
UNSAFE = [
    ("re-exported", OLD_IMPORT + '__all__ = ["HTTP_422_UNPROCESSABLE_ENTITY"]\n',
     "`HTTP_422_UNPROCESSABLE_ENTITY` is also written in a string (`__all__`?)"),
    ("new-name-taken",
     "from starlette.status import HTTP_422_UNPROCESSABLE_ENTITY, HTTP_422_UNPROCESSABLE_CONTENT\n"
     "codes = {HTTP_422_UNPROCESSABLE_ENTITY, HTTP_422_UNPROCESSABLE_CONTENT}\n",
     "`HTTP_422_UNPROCESSABLE_CONTENT` is already a name in this module"),
    ("parameter",
     OLD_IMPORT + "\ndef f(HTTP_422_UNPROCESSABLE_ENTITY=HTTP_422_UNPROCESSABLE_ENTITY):\n"
     "    return HTTP_422_UNPROCESSABLE_ENTITY\n",
     "`HTTP_422_UNPROCESSABLE_ENTITY` is also bound to something else in this module"),
    ("keyword",
     OLD_IMPORT + "error = dict(HTTP_422_UNPROCESSABLE_ENTITY=HTTP_422_UNPROCESSABLE_ENTITY)\n",
     "`HTTP_422_UNPROCESSABLE_ENTITY` is also written where it is no use of the import "
     "(a keyword?)"),
    ("noqa-on-another-import",
     OLD_IMPORT + "try:\n"
     "    from starlette.status import HTTP_422_UNPROCESSABLE_ENTITY  # noqa: HTS008\n"
     "except ImportError:\n    pass\ncode = HTTP_422_UNPROCESSABLE_ENTITY\n",
     "another import of `HTTP_422_UNPROCESSABLE_ENTITY` is not rewritten"),
]


@pytest.mark.parametrize(("source", "reason"),
                         [pytest.param(source, reason, id=name) for name, source, reason in UNSAFE])
def test_left_where_renaming_the_uses_is_not_safe(source: str, reason: str) -> None:
    result = run(source)
    assert not result.changed
    assert [(left.finding.code, left.finding.line, left.reason) for left in result.left] == [
        ("HTS008", 1, reason)]


def test_two_imports_of_the_name_are_renamed_together() -> None:
    source = """\
        try:
            from fastapi.status import HTTP_422_UNPROCESSABLE_ENTITY
        except ImportError:
            from starlette.status import HTTP_422_UNPROCESSABLE_ENTITY
        code = HTTP_422_UNPROCESSABLE_ENTITY
        """
    assert fixed(source) == textwrap.dedent(source).replace("ENTITY", "CONTENT")


def test_line_endings_and_encoding_stay() -> None:
    data = ("# -*- coding: latin-1 -*-\r\n# caf\xe9\r\nfrom starlette import status\r\n"
            "x = status.HTTP_414_REQUEST_URI_TOO_LONG\r\n").encode("latin-1")
    result = fix_source(data, NEW)
    assert result.fixed == data.replace(b"HTTP_414_REQUEST_URI_TOO_LONG", b"HTTP_414_URI_TOO_LONG")
