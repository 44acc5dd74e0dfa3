"""Which constant HTS001 suggests, and the import the fixer will need for it."""

from __future__ import annotations

import pytest

from flake8_httpstatus.checker import check_source
from flake8_httpstatus.findings import ImportNeed
from flake8_httpstatus.options import Config


def only(source: str, config: Config = Config()):  # type: ignore[no-untyped-def]
    findings = [f for f in check_source(source, config) if f.code == "HTS001"]
    assert len(findings) == 1, findings
    return findings[0]


@pytest.mark.parametrize("imports, text, need", [
    ("", "HTTPStatus.NOT_FOUND", ImportNeed("http", "HTTPStatus", "HTTPStatus", False)),
    ("from http import HTTPStatus\n", "HTTPStatus.NOT_FOUND",
     ImportNeed("http", "HTTPStatus", "HTTPStatus", True)),
    ("from http import HTTPStatus as S\n", "S.NOT_FOUND", ImportNeed("http", "HTTPStatus", "S", True)),
    ("import http\n", "http.HTTPStatus.NOT_FOUND", ImportNeed("http", None, "http", True)),
    ("from rest_framework import status\n", "status.HTTP_404_NOT_FOUND",
     ImportNeed("rest_framework", "status", "status", True)),
    ("from starlette import status as st\n", "st.HTTP_404_NOT_FOUND",
     ImportNeed("starlette", "status", "st", True)),
    ("from fastapi import status\n", "status.HTTP_404_NOT_FOUND",
     ImportNeed("fastapi", "status", "status", True)),
    # a module called http of the project's own is not the standard library's
    ("from myapp import http\n", "HTTPStatus.NOT_FOUND",
     ImportNeed("http", "HTTPStatus", "HTTPStatus", False)),
])
def test_auto_style_follows_the_imports(imports: str, text: str, need: ImportNeed) -> None:
    finding = only(imports + "from flask import abort\nabort(404)\n")
    assert finding.message == f"404 (Not Found): use {text}"
    assert finding.suggestion is not None
    assert finding.suggestion.replacement == text
    assert finding.suggestion.needs == need


@pytest.mark.parametrize("style, text", [
    ("stdlib", "HTTPStatus.UNPROCESSABLE_ENTITY"),
    ("drf", "status.HTTP_422_UNPROCESSABLE_ENTITY"),
    ("starlette", "status.HTTP_422_UNPROCESSABLE_CONTENT"),
    ("fastapi", "status.HTTP_422_UNPROCESSABLE_CONTENT"),
])
def test_explicit_styles(style: str, text: str) -> None:
    finding = only("from flask import abort\nabort(422)\n", Config(style=style))
    assert finding.suggestion is not None
    assert finding.suggestion.replacement == text


def test_explicit_style_overrides_auto() -> None:
    source = "from rest_framework import status\nfrom flask import abort\nabort(404)\n"
    assert only(source, Config(style="stdlib")).suggestion.replacement == "HTTPStatus.NOT_FOUND"


@pytest.mark.parametrize("target, name", [((3, 9), "REQUEST_ENTITY_TOO_LARGE"),
                                          ((3, 12), "REQUEST_ENTITY_TOO_LARGE"),
                                          ((3, 13), "CONTENT_TOO_LARGE")])
def test_target_version_decides_stdlib_names(target: tuple[int, int], name: str) -> None:
    finding = only("from flask import abort\nabort(413)\n", Config(target_version=target))
    assert finding.message.endswith(f"use HTTPStatus.{name}")


def test_allow_literals_silences_only_those_codes() -> None:
    source = "from flask import abort\nabort(404)\nabort(400)\n"
    findings = check_source(source, Config(allow_literals=frozenset({404})))
    assert [(f.line, f.code) for f in findings] == [(3, "HTS001")]


def test_extra_codes_are_known_and_get_no_constant() -> None:
    source = "from flask import abort\nabort(499)\nabort(520)\n"
    assert [f.code for f in check_source(source, Config())] == ["HTS002", "HTS002"]
    assert check_source(source, Config(extra_codes=frozenset({499, 520}))) == []


def test_span_is_the_literal() -> None:
    finding = only("from flask import abort\nabort(  404  )\n")
    assert (finding.line, finding.col, finding.end_line, finding.end_col) == (2, 8, 2, 11)
