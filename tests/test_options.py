"""Option parsing shared by the plugin and the fix command."""

from __future__ import annotations

import pytest

from flake8_httpstatus.options import (
    NEWEST_TARGET,
    OLDEST_TARGET,
    STYLE_CHOICES,
    Config,
    OptionError,
    build_config,
)
from flake8_httpstatus.positions import CallPosition, Meaning, Strings, parse_extra_call


def test_defaults() -> None:
    assert build_config({}) == Config()
    assert build_config({"style": "", "target_version": "", "extra_codes": [], "extra_calls": None}) \
        == Config()


def test_values_as_flake8_gives_them() -> None:
    config = build_config({
        "style": "drf",
        "target_version": "3.13",
        "extra_codes": ["499", " 520"],
        "extra_calls": ["myapp.http.fail:0", ".reply:status", "fail:1:code"],
        "allow_literals": ["200,404"],
    })
    assert config.style == "drf"
    assert config.target_version == (3, 13)
    assert config.extra_codes == frozenset({499, 520})
    assert config.allow_literals == frozenset({200, 404})
    assert config.extra_calls == (
        # a user's call may take a status line as well as a number: no HTS011 there
        CallPosition("myapp.http.fail", 0, None, Meaning.RESPONSE, Strings.LINE_OR_NUMBER),
        CallPosition(".reply", None, "status", Meaning.RESPONSE, Strings.LINE_OR_NUMBER),
        CallPosition("fail", 1, "code", Meaning.RESPONSE, Strings.LINE_OR_NUMBER),
    )


@pytest.mark.parametrize("value, expected", [("3.9", (3, 9)), ("py313", (3, 13)), ("3.15", (3, 15)),
                                             ("310", (3, 10))])
def test_target_spellings(value: str, expected: tuple[int, int]) -> None:
    assert build_config({"target_version": value}).target_version == expected


STYLES = list(STYLE_CHOICES)
TARGETS = [f"3.{OLDEST_TARGET[1]} to 3.{NEWEST_TARGET[1]}"]
CODES = ["100-599"]
CALLS = ["CALLEE:POSITION", "CALLEE:KEYWORD"]


@pytest.mark.parametrize("attr, value, flag, shown, words", [
    ("style", "nope", "--httpstatus-style", "nope", STYLES),
    ("target_version", "2.7", "--httpstatus-target-version", "2.7", TARGETS),
    ("target_version", "three", "--httpstatus-target-version", "three", TARGETS),
    ("target_version", "3.7", "--httpstatus-target-version", "3.7", TARGETS),
    ("min_versions", "flask:2.0", "--httpstatus-min-versions", "flask",
     ["djangorestframework, falcon, fastapi, httpx, litestar, starlette"]),
    ("min_versions", "starlette", "--httpstatus-min-versions", "starlette", ["FRAMEWORK:VERSION"]),
    ("min_versions", "starlette:new", "--httpstatus-min-versions", "starlette:new",
     ["FRAMEWORK:VERSION"]),
    ("target_version", "3.99", "--httpstatus-target-version", "3.99", TARGETS),
    ("extra_codes", "abc", "--httpstatus-extra-codes", "abc", CODES),
    ("extra_codes", "99", "--httpstatus-extra-codes", "99", CODES),
    ("extra_codes", "404,99", "--httpstatus-extra-codes", "99", CODES),
    ("allow_literals", "2OO", "--httpstatus-allow-literals", "2OO", CODES),
    ("allow_literals", "OK", "--httpstatus-allow-literals", "OK", CODES),
    ("extra_calls", ":::", "--httpstatus-extra-calls", ":::", CALLS),
    ("extra_calls", "fail", "--httpstatus-extra-calls", "fail", CALLS),
    ("extra_calls", "myapp.fail:zero:0:x", "--httpstatus-extra-calls", "myapp.fail:zero:0:x",
     CALLS),
    ("extra_calls", "my-app.fail:0", "--httpstatus-extra-calls", "my-app.fail", ["dotted name"]),
    ("extra_calls", "fail:0:1", "--httpstatus-extra-calls", "fail:0:1",
     ["neither a position nor a keyword"]),
])
def test_bad_values_name_the_option(attr: str, value: str, flag: str, shown: str,
                                    words: list[str]) -> None:
    """One line: the option, the bad item, and what the option accepts. (The real flake8 shows
    this line as it is: tests/test_flake8_e2e.py.)"""
    with pytest.raises(OptionError) as caught:
        build_config({attr: value})
    message = str(caught.value)
    assert message.startswith(f"flake8-httpstatus: error: {flag}: {shown!r}"), message
    missing = [word for word in words if word not in message]
    assert not missing, f"the message does not name {missing}: {message}"
    assert "\n" not in message


def test_extra_call_rows_take_part_in_checking() -> None:
    from flake8_httpstatus.checker import check_source

    source = "from myapp.http import fail\nfail(404)\nfail(4004)\n"
    assert check_source(source, Config()) == []
    config = Config(extra_calls=parse_extra_call("myapp.http.fail:0"))
    assert [f.code for f in check_source(source, config)] == ["HTS001", "HTS003"]


def test_min_versions_by_distribution_name() -> None:
    config = build_config({"min_versions": "Starlette:0.40, djangorestframework:3.14.0"})
    assert config.min_versions == (("drf", (3, 14, 0)), ("starlette", (0, 40)))
    assert build_config({"target_version": "3.8"}).target_version == (3, 8)
