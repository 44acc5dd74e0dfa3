"""constant_styles: one row per style, and every table of styles derived from the rows."""

from __future__ import annotations

import sys
from http import HTTPStatus

import pytest

from flake8_httpstatus import constant_styles as cs
from flake8_httpstatus import positions
from flake8_httpstatus.catalogue import CATALOGUE, code_for_constant, constant_for


def test_rows_are_plain_classes() -> None:
    """flake8 imports the rows in every run: plain classes with slots, no NamedTuple or Enum."""
    for cls in (cs.Style, cs.Names, cs.ConstantOwner):
        assert cls.__bases__ == (object,) and "__slots__" in vars(cls)


def test_positions_reexports_the_owners() -> None:
    assert positions.OWNERS is cs.OWNERS
    assert positions.CONSTANT_OWNERS is cs.CONSTANT_OWNERS
    assert positions.CONSTANT_MODULES is cs.CONSTANT_MODULES
    assert positions.ConstantOwner is cs.ConstantOwner


def test_derived_tables_follow_the_rows() -> None:
    assert [o.path for o in cs.OWNERS] == [o.path for s in cs.STYLES for o in s.owners]
    for style in cs.STYLES:
        assert all(o.style == style.name and o.canonical == style.owners[0].path
                   for o in style.owners)
        assert [o.suggested for o in style.owners][1:] == [False] * (len(style.owners) - 1)
    assert cs.STANDARD.name == "stdlib" and cs.PYTHON not in cs.DISTRIBUTIONS
    assert cs.AUTO_STYLES == ("drf", "fastapi", "starlette", "litestar")
    assert cs.LINE_STYLES == {"falcon"} and cs.LINE_TITLES_SINCE == {"falcon": (4, 0)}
    assert set(cs.STYLE_TITLES) == set(cs.SUGGESTED_OWNERS)


def test_every_style_reference_names_a_style() -> None:
    assert all(s.reexports in ("", *cs.BY_NAME) for s in cs.STYLES)


def test_httpx_is_offered_not_chosen() -> None:
    """``--httpstatus-style=httpx`` only: ``auto`` never chooses it, and its owner is recognised."""
    httpx = cs.BY_NAME["httpx"]
    assert httpx.auto is None and "httpx" in cs.SUGGESTED_OWNERS
    assert cs.CONSTANT_OWNERS["httpx.codes"] == "httpx" and cs.DISTRIBUTIONS["httpx"] == "httpx"
    assert code_for_constant("httpx", "USE_PROXY") == 305
    assert code_for_constant("httpx", "use_proxy") == 305


@pytest.mark.skipif(sys.version_info >= (3, 13), reason="HTTPStatus's names before 3.13")
def test_httpx_names_are_httpstatus_names_before_313() -> None:
    names = {c.name: code for code, status in CATALOGUE.items()
             for c in status.constants["httpx"]}
    assert names == {member.name: member.value for member in HTTPStatus}


def test_httpx_names_by_release() -> None:
    assert constant_for(103, "httpx") is None  # EARLY_HINTS came in httpx 0.14.3
    assert constant_for(103, "httpx", versions={"httpx": (0, 14, 3)}) == "EARLY_HINTS"
    assert constant_for(413, "httpx", (3, 13)) == "REQUEST_ENTITY_TOO_LARGE"
