"""Tests for flake8_httpstatus.catalogue: its facts (reference, stdlib) and its API."""

from __future__ import annotations

import dataclasses
import http
import os
import re
import sys
import warnings
from pathlib import Path

import pytest

from flake8_httpstatus.catalogue_data import HINT_TARGETS
from flake8_httpstatus.catalogue import (
    CATALOGUE,
    SUGGESTED_STYLES,
    Constant,
    State,
    Status,
    code_for_constant,
    constant_for,
    is_known,
    likely_meant,
    lookup,
    phrase_matches,
    phrase_of,
    renamed_to,
)

ALL_STYLES = SUGGESTED_STYLES + ("requests",)

# --- the reference file ------------------------------------------------------------------
# The shared reference list lies beside the repository, at ../shared/reference/ (or inside it, at
# shared/reference/). CI (``CI`` set, as .ci/run is run) must check against it: there a missing
# file is a failure. Elsewhere (an unpacked sdist, a checkout alone) its tests skip, saying why.

ROOT = Path(__file__).resolve().parents[1]
_REFERENCE_CANDIDATES = [
    ROOT.parent / "shared" / "reference" / "http-status-codes.txt",
    ROOT / "shared" / "reference" / "http-status-codes.txt",
]
_HEADING = re.compile(r"^([1-5][0-9]{2}) (\S.*)$")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _reference_path() -> Path:
    for candidate in _REFERENCE_CANDIDATES:
        if candidate.is_file():
            return candidate
    where = " or ".join(str(candidate) for candidate in _REFERENCE_CANDIDATES)
    if in_ci():
        pytest.fail(f"the reference list is missing: CI checks the catalogue against it ({where})",
                    pytrace=False)
    pytest.skip(f"the reference list is not here ({where}); in CI this is a failure")


def _parse_reference(text: str) -> dict[int, tuple[str, State]]:
    """code -> (phrase, state), read from the headings and the marker line after each."""
    lines = [line.rstrip() for line in text.splitlines()]
    parsed: dict[int, tuple[str, State]] = {}
    for index, line in enumerate(lines):
        match = _HEADING.match(line)
        if match is None:
            continue
        code, phrase = int(match.group(1)), match.group(2).strip()
        marker = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if marker == "Experimental":
            state = State.EXPERIMENTAL
        elif marker == "Deprecated" or phrase.lower() == "unused":
            state = State.DEPRECATED
        else:
            state = State.STANDARD
        assert code not in parsed, f"{code} appears twice in the reference"
        parsed[code] = (phrase, state)
    return parsed


@pytest.fixture(scope="module")
def reference_text() -> str:
    return _reference_path().read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reference(reference_text: str) -> dict[int, tuple[str, State]]:
    return _parse_reference(reference_text)


def test_reference_lists_63_codes(reference: dict[int, tuple[str, State]]) -> None:
    assert len(reference) == 63


def test_catalogue_has_exactly_the_reference_codes(
    reference: dict[int, tuple[str, State]],
) -> None:
    assert sorted(CATALOGUE) == sorted(reference)


def test_catalogue_phrases_and_states_match_reference(
    reference: dict[int, tuple[str, State]],
) -> None:
    actual = {code: (status.phrase, status.state) for code, status in CATALOGUE.items()}
    assert actual == reference


def test_known_states() -> None:
    deprecated = {c for c, s in CATALOGUE.items() if s.state is State.DEPRECATED}
    experimental = {c for c, s in CATALOGUE.items() if s.state is State.EXPERIMENTAL}
    assert deprecated == {305, 306}
    assert experimental == {103, 402, 425}
    assert CATALOGUE[306].phrase == "unused"


def test_summaries_are_own_words(reference_text: str) -> None:
    flat_reference = " ".join(reference_text.split()).casefold()
    summaries = [status.summary for status in CATALOGUE.values()]
    assert len(set(summaries)) == len(summaries)
    for summary in summaries:
        assert summary and summary == summary.strip()
        assert "\n" not in summary
        assert " ".join(summary.split()).casefold() not in flat_reference


# --- structure ---------------------------------------------------------------------------


def test_styles() -> None:
    assert SUGGESTED_STYLES == ("stdlib", "drf", "starlette", "fastapi", "litestar", "falcon",
                                "httpx")


def test_state_is_a_str_enum() -> None:
    assert State("deprecated") is State.DEPRECATED
    assert State.STANDARD == "standard"  # type: ignore[comparison-overlap]
    assert isinstance(State.EXPERIMENTAL, str)


def test_every_status_is_well_formed() -> None:
    for code, status in CATALOGUE.items():
        assert isinstance(status, Status)
        assert status.code == code
        assert set(status.constants) == set(ALL_STYLES)
        assert status.phrase not in status.other_phrases
        for style, constants in status.constants.items():
            assert isinstance(constants, tuple)
            names = [constant.name for constant in constants]
            assert len(names) == len(set(names)), (code, style)
            for constant in constants:
                assert isinstance(constant, Constant)
        for style in ("drf", "starlette", "fastapi", "litestar"):
            for constant in status.constants[style]:
                assert constant.name.startswith(f"HTTP_{code}_")


def test_catalogue_is_read_only() -> None:
    with pytest.raises(TypeError):
        CATALOGUE[999] = CATALOGUE[200]  # type: ignore[index]
    with pytest.raises(TypeError):
        CATALOGUE[200].constants["stdlib"] = ()  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        CATALOGUE[200].phrase = "Fine"  # type: ignore[misc]
    hash(CATALOGUE[200])  # hashable despite holding a mapping


def test_lookup_and_is_known() -> None:
    status = lookup(404)
    assert status is not None and status.phrase == "Not Found"
    assert lookup(299) is None
    assert lookup(4040) is None
    assert is_known(404)
    assert is_known(306)
    assert not is_known(499)
    assert is_known(499, frozenset({499, 520}))
    assert is_known(520, frozenset({499, 520}))


# --- against http.HTTPStatus of the running interpreter ----------------------------------
# Every supported Python has http.HTTPStatus, and newer ones add names (3.9: EARLY_HINTS,
# IM_A_TEAPOT, TOO_EARLY; 3.13: CONTENT_TOO_LARGE, ... with the old names kept as aliases). The
# catalogue must hold every name of the running Python with its code, and its ``since`` must say
# which names this Python has.

RUNNING = tuple(sys.version_info[:2])
#: Every name of the running Python's HTTPStatus, aliases included.
HTTPSTATUS_NAMES = sorted(http.HTTPStatus.__members__)
#: Every stdlib constant of the catalogue, with its code.
STDLIB_CONSTANTS = [pytest.param(code, constant, id=constant.name)
                    for code, status in CATALOGUE.items()
                    for constant in status.constants["stdlib"]]


@pytest.mark.parametrize("name", HTTPSTATUS_NAMES)
def test_every_httpstatus_member_is_catalogued_with_its_code(name: str) -> None:
    code = http.HTTPStatus[name].value
    assert code in CATALOGUE, f"HTTPStatus.{name} ({code}) is not in the catalogue"
    assert CATALOGUE[code].code == code
    assert code_for_constant("stdlib", name) == code, name


@pytest.mark.parametrize("name", HTTPSTATUS_NAMES)
def test_every_httpstatus_name_is_a_stdlib_constant_of_its_code(name: str) -> None:
    status = CATALOGUE.get(http.HTTPStatus[name].value)
    assert status is not None, name
    assert name in [constant.name for constant in status.constants["stdlib"]]


@pytest.mark.parametrize(("code", "constant"), STDLIB_CONSTANTS)
def test_stdlib_since_agrees_with_the_running_python(code: int, constant: Constant) -> None:
    """A name newer than this Python is not in its HTTPStatus; every other name is, with its code."""
    if constant.since is not None and constant.since > RUNNING:
        assert constant.name not in http.HTTPStatus.__members__
    else:
        assert constant.name in http.HTTPStatus.__members__
        assert http.HTTPStatus[constant.name].value == code


def test_running_httpstatus_phrases_are_recognised() -> None:
    for member in http.HTTPStatus:
        assert phrase_matches(member.value, member.phrase), (member.value, member.phrase)


def test_constant_for_running_python_exists() -> None:
    for code in CATALOGUE:
        name = constant_for(code, "stdlib", (RUNNING[0], RUNNING[1]))
        if name is not None:
            assert http.HTTPStatus[name].value == code


def test_stdlib_since_values() -> None:
    def since(code: int, name: str) -> tuple[int, ...] | None:
        (constant,) = [c for c in CATALOGUE[code].constants["stdlib"] if c.name == name]
        return constant.since

    assert since(404, "NOT_FOUND") is None
    assert since(103, "EARLY_HINTS") == (3, 9)
    assert since(418, "IM_A_TEAPOT") == (3, 9)
    assert since(425, "TOO_EARLY") == (3, 9)
    assert since(413, "CONTENT_TOO_LARGE") == (3, 13)
    assert since(414, "URI_TOO_LONG") == (3, 13)
    assert since(416, "RANGE_NOT_SATISFIABLE") == (3, 13)
    assert since(422, "UNPROCESSABLE_CONTENT") == (3, 13)
    assert since(413, "REQUEST_ENTITY_TOO_LARGE") is None


# --- constant_for ------------------------------------------------------------------------

RENAMED_IN_313 = {
    413: ("REQUEST_ENTITY_TOO_LARGE", "CONTENT_TOO_LARGE"),
    414: ("REQUEST_URI_TOO_LONG", "URI_TOO_LONG"),
    416: ("REQUESTED_RANGE_NOT_SATISFIABLE", "RANGE_NOT_SATISFIABLE"),
    422: ("UNPROCESSABLE_ENTITY", "UNPROCESSABLE_CONTENT"),
}


@pytest.mark.parametrize("code", sorted(RENAMED_IN_313))
def test_constant_for_stdlib_depends_on_target(code: int) -> None:
    old, new = RENAMED_IN_313[code]
    assert constant_for(code, "stdlib") == old  # default target is 3.9
    for minor in (9, 10, 11, 12):
        assert constant_for(code, "stdlib", (3, minor)) == old
    assert constant_for(code, "stdlib", (3, 13)) == new
    assert constant_for(code, "stdlib", (3, 14)) == new


def test_constant_for_stdlib_simple() -> None:
    assert constant_for(404, "stdlib") == "NOT_FOUND"
    assert constant_for(200, "stdlib", (3, 13)) == "OK"
    assert constant_for(418, "stdlib") == "IM_A_TEAPOT"
    assert constant_for(103, "stdlib") == "EARLY_HINTS"
    assert constant_for(425, "stdlib") == "TOO_EARLY"


def test_constant_for_none_where_no_constant() -> None:
    assert constant_for(306, "stdlib") is None
    assert constant_for(306, "stdlib", (3, 13)) is None
    assert constant_for(299, "stdlib") is None
    assert constant_for(299, "drf") is None
    assert constant_for(404, "requests") is None
    assert constant_for(404, "flask") is None


@pytest.mark.parametrize(
    ("code", "drf", "starlette"),
    [
        (200, "HTTP_200_OK", "HTTP_200_OK"),
        (404, "HTTP_404_NOT_FOUND", "HTTP_404_NOT_FOUND"),
        (306, "HTTP_306_RESERVED", "HTTP_306_RESERVED"),
        (413, "HTTP_413_REQUEST_ENTITY_TOO_LARGE", "HTTP_413_CONTENT_TOO_LARGE"),
        (414, "HTTP_414_REQUEST_URI_TOO_LONG", "HTTP_414_URI_TOO_LONG"),
        (416, "HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE", "HTTP_416_RANGE_NOT_SATISFIABLE"),
        (418, "HTTP_418_IM_A_TEAPOT", "HTTP_418_IM_A_TEAPOT"),
        (422, "HTTP_422_UNPROCESSABLE_ENTITY", "HTTP_422_UNPROCESSABLE_CONTENT"),
        (425, "HTTP_425_TOO_EARLY", "HTTP_425_TOO_EARLY"),
        (505, "HTTP_505_HTTP_VERSION_NOT_SUPPORTED", "HTTP_505_HTTP_VERSION_NOT_SUPPORTED"),
        (511, "HTTP_511_NETWORK_AUTHENTICATION_REQUIRED",
         "HTTP_511_NETWORK_AUTHENTICATION_REQUIRED"),
    ],
)
def test_constant_for_frameworks(code: int, drf: str, starlette: str) -> None:
    """With the newest releases supported, the current names."""
    newest = {"drf": (3, 18, 3), "starlette": (1, 10, 0), "fastapi": (0, 165, 0)}
    assert constant_for(code, "drf", versions=newest) == drf
    assert constant_for(code, "starlette", versions=newest) == starlette
    assert constant_for(code, "fastapi", versions=newest) == starlette
    # the Python target does not matter for frameworks
    assert constant_for(code, "starlette", (3, 13), newest) == starlette


@pytest.mark.parametrize(("versions", "name"), [
    ({}, None),  # unknown: renamed in 0.48, so neither name is safe (HTTPStatus instead)
    ({"starlette": (0, 47, 3)}, "HTTP_422_UNPROCESSABLE_ENTITY"),
    ({"starlette": (0, 48, 0)}, "HTTP_422_UNPROCESSABLE_CONTENT"),
    ({"fastapi": (0, 163, 2)}, "HTTP_422_UNPROCESSABLE_ENTITY"),  # allows Starlette 0.46
    ({"fastapi": (0, 164, 0)}, "HTTP_422_UNPROCESSABLE_CONTENT"),  # requires 1.6
])
def test_framework_names_exist_in_the_oldest_version_supported(
        versions: dict[str, tuple[int, ...]], name: str | None) -> None:
    style = next(iter(versions), "starlette")
    assert constant_for(422, style, versions=versions) == name
    if style == "starlette":  # fastapi.status is Starlette's: a Starlette version serves it
        assert constant_for(422, "fastapi", versions=versions) == name


def test_drf_names_by_release() -> None:
    assert constant_for(425, "drf", versions={"drf": (3, 14, 0)}) == "HTTP_425_TOO_EARLY"
    assert constant_for(425, "drf", versions={"drf": (3, 13, 1)}) is None
    assert constant_for(425, "drf") is None  # added in 3.14: not in every release


def test_python_38_lacks_what_39_added() -> None:
    assert constant_for(418, "stdlib", (3, 8)) is None
    assert constant_for(418, "stdlib", (3, 9)) == "IM_A_TEAPOT"


def test_every_code_has_a_framework_constant_in_the_newest_releases() -> None:
    newest = {"drf": (3, 18, 3), "starlette": (1, 10, 0), "fastapi": (0, 165, 0)}
    for code in CATALOGUE:
        for style in ("drf", "starlette", "fastapi"):
            assert constant_for(code, style, versions=newest) is not None, (code, style)


def test_suggested_framework_names_are_not_deprecated_in_the_newest_releases() -> None:
    newest = {"drf": (3, 18, 3), "starlette": (1, 10, 0), "fastapi": (0, 165, 0)}
    for code, status in CATALOGUE.items():
        for style in ("drf", "starlette", "fastapi"):
            name = constant_for(code, style, versions=newest)
            (constant,) = [c for c in status.constants[style] if c.name == name]
            assert not constant.deprecated


def test_starlette_deprecations() -> None:
    for style in ("starlette", "fastapi"):
        flags = {
            c.name: c.deprecated
            for status in CATALOGUE.values()
            for c in status.constants[style]
        }
        assert {name for name, flag in flags.items() if flag} == {
            "HTTP_413_REQUEST_ENTITY_TOO_LARGE",
            "HTTP_414_REQUEST_URI_TOO_LONG",
            "HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE",
            "HTTP_422_UNPROCESSABLE_ENTITY",
        }
    starlette_413 = {c.name: c.since for c in CATALOGUE[413].constants["starlette"]}
    assert starlette_413["HTTP_413_CONTENT_TOO_LARGE"] == (0, 48, 0)
    drf_names = {c.name for s in CATALOGUE.values() for c in s.constants["drf"] if c.deprecated}
    assert drf_names == set()


def test_fastapi_names_are_starlette_names() -> None:
    for status in CATALOGUE.values():
        assert [c.name for c in status.constants["fastapi"]] == [
            c.name for c in status.constants["starlette"]
        ]


# --- code_for_constant -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("style", "name", "code"),
    [
        # deprecated codes
        ("stdlib", "USE_PROXY", 305),
        ("drf", "HTTP_305_USE_PROXY", 305),
        ("drf", "HTTP_306_RESERVED", 306),
        ("starlette", "HTTP_305_USE_PROXY", 305),
        ("starlette", "HTTP_306_RESERVED", 306),
        ("fastapi", "HTTP_306_RESERVED", 306),
        ("requests", "use_proxy", 305),
        ("requests", "switch_proxy", 306),
        # experimental codes
        ("stdlib", "EARLY_HINTS", 103),
        ("stdlib", "PAYMENT_REQUIRED", 402),
        ("stdlib", "TOO_EARLY", 425),
        ("drf", "HTTP_103_EARLY_HINTS", 103),
        ("drf", "HTTP_402_PAYMENT_REQUIRED", 402),
        ("drf", "HTTP_425_TOO_EARLY", 425),
        ("starlette", "HTTP_103_EARLY_HINTS", 103),
        ("starlette", "HTTP_425_TOO_EARLY", 425),
        ("fastapi", "HTTP_402_PAYMENT_REQUIRED", 402),
        ("fastapi", "HTTP_425_TOO_EARLY", 425),
        ("requests", "checkpoint", 103),
        ("requests", "payment", 402),
        ("requests", "too_early", 425),
        ("requests", "unordered_collection", 425),
        # old, new and deprecated names
        ("stdlib", "REQUEST_ENTITY_TOO_LARGE", 413),
        ("stdlib", "CONTENT_TOO_LARGE", 413),
        ("stdlib", "UNPROCESSABLE_ENTITY", 422),
        ("stdlib", "UNPROCESSABLE_CONTENT", 422),
        ("stdlib", "REQUESTED_RANGE_NOT_SATISFIABLE", 416),
        ("stdlib", "URI_TOO_LONG", 414),
        ("starlette", "HTTP_413_REQUEST_ENTITY_TOO_LARGE", 413),
        ("starlette", "HTTP_413_CONTENT_TOO_LARGE", 413),
        ("fastapi", "HTTP_422_UNPROCESSABLE_ENTITY", 422),
        ("fastapi", "HTTP_422_UNPROCESSABLE_CONTENT", 422),
        ("drf", "HTTP_422_UNPROCESSABLE_ENTITY", 422),
        ("requests", "content_too_large", 413),
        ("requests", "uri_too_long", 414),
        ("requests", "unprocessable_content", 422),
        # requests also sets upper-case names, and a later entry wins a shared name
        ("requests", "NOT_FOUND", 404),
        ("requests", "TOO_EARLY", 425),
        ("requests", "teapot", 418),
        ("requests", "precondition", 428),
        ("requests", "\\o/", 200),
    ],
)
def test_code_for_constant(style: str, name: str, code: int) -> None:
    assert code_for_constant(style, name) == code


def test_code_for_constant_unknown() -> None:
    assert code_for_constant("stdlib", "NOT_A_STATUS") is None
    assert code_for_constant("stdlib", "not_found") is None  # enum names are exact
    assert code_for_constant("drf", "HTTP_413_CONTENT_TOO_LARGE") is None
    assert code_for_constant("drf", "NOT_FOUND") is None
    assert code_for_constant("flask", "NOT_FOUND") is None


def test_code_for_constant_knows_names_of_uncatalogued_codes() -> None:
    assert code_for_constant("drf", "HTTP_509_BANDWIDTH_LIMIT_EXCEEDED") == 509
    assert code_for_constant("requests", "client_closed_request") == 499
    assert lookup(509) is None


def test_reverse_index_round_trips() -> None:
    for code, status in CATALOGUE.items():
        for style in ALL_STYLES:
            for constant in status.constants[style]:
                assert code_for_constant(style, constant.name) == code, (style, constant)


# --- phrase_matches ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "phrase"),
    [
        (404, "Not Found"),
        (404, "not found"),
        (404, "NOT   FOUND"),
        (404, "  Not\tFound \n"),
        (306, "Unused"),
        (413, "Payload Too Large"),
        (413, "Request Entity Too Large"),
        (413, "content too large"),
        (414, "Request-URI Too Long"),
        (416, "Requested Range Not Satisfiable"),
        (418, "I'm a teapot"),
        (418, "I'm a Teapot"),
        (422, "Unprocessable Content"),
        (422, "Unprocessable Entity"),
        (302, "Moved Temporarily"),
        (203, "Non Authoritative Information"),
    ],
)
def test_phrase_matches(code: int, phrase: str) -> None:
    assert phrase_matches(code, phrase)


@pytest.mark.parametrize(
    ("code", "phrase"),
    [
        (404, "Not Fund"),
        (404, "NotFound"),
        (200, "Not Found"),
        (413, "Unprocessable Entity"),
        (299, "OK"),
        (404, ""),
    ],
)
def test_phrase_does_not_match(code: int, phrase: str) -> None:
    assert not phrase_matches(code, phrase)


# --- phrase_of ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "name", "phrase"),
    [
        (413, "CONTENT_TOO_LARGE", "Content Too Large"),
        (413, "HTTPStatus.CONTENT_TOO_LARGE", "Content Too Large"),
        (413, "REQUEST_ENTITY_TOO_LARGE", "Request Entity Too Large"),
        (413, "status.HTTP_413_CONTENT_TOO_LARGE", "Content Too Large"),
        (413, "HTTP_413_REQUEST_ENTITY_TOO_LARGE", "Request Entity Too Large"),
        (414, "URI_TOO_LONG", "URI Too Long"),
        (414, "REQUEST_URI_TOO_LONG", "Request-URI Too Long"),
        (416, "RANGE_NOT_SATISFIABLE", "Range Not Satisfiable"),
        (416, "REQUESTED_RANGE_NOT_SATISFIABLE", "Requested Range Not Satisfiable"),
        (422, "status.HTTP_422_UNPROCESSABLE_CONTENT", "Unprocessable Content"),
        (422, "UNPROCESSABLE_ENTITY", "Unprocessable Entity"),
        # never renamed, or not a name of a rename: the registered phrase
        (404, "HTTPStatus.NOT_FOUND", "Not Found"),
        (302, "HTTPStatus.FOUND", "Found"),
        (418, "IM_A_TEAPOT", "I'm a teapot"),
        (413, "falcon.HTTP_413", "Payload Too Large"),
        (413, "TOO_BIG", "Payload Too Large"),
        (299, "X", ""),
    ],
)
def test_phrase_of(code: int, name: str, phrase: str) -> None:
    assert phrase_of(code, name) == phrase


def test_phrase_of_differs_only_for_renamed_names() -> None:
    differs = {(code, constant.name) for code, status in CATALOGUE.items()
               for style in SUGGESTED_STYLES for constant in status.constants[style]
               if phrase_of(code, constant.name) != status.phrase}
    assert {code for code, _ in differs} == {413, 414, 416, 422}
    assert all(phrase_matches(code, phrase_of(code, name)) for code, name in differs)


# --- likely_meant ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "meant"),
    [
        (2000, 200),  # one of two equal adjacent digits doubled
        (5000, 500),
        (4004, 404),
        (2001, 201),
        (5003, 503),
        (440, 404),  # two adjacent digits swapped
        (520, 502),
        (3002, 302),
        (44, 404),  # a digit dropped
        (43, None),  # 403 or 413: ambiguous
        (4040, None),  # an extra digit that doubles none: no slip the rules know
        (113, None),  # a digit replaced: explains too much to hint
        (1013, None),
        (150, None),  # 510 by a swap, but 510 Not Extended is no everyday code
        (723, None),  # 423 by a replaced digit, and 423 Locked is rare
        (4091, None),
    ],
)
def test_likely_meant(number: int, meant: int | None) -> None:
    assert likely_meant(number) == meant


@pytest.mark.parametrize(
    "number",
    [
        299,  # nothing within one slip of an everyday code
        12345,
        40,  # 400, 401, 403, 404... : ambiguous
        4034,  # ambiguous: 403 or 404
        499,  # ambiguous: 409, 429, ...
        -404,
        0,
    ],
)
def test_likely_meant_none(number: int) -> None:
    assert likely_meant(number) is None


def test_likely_meant_none_for_known_codes() -> None:
    assert likely_meant(404) is None
    assert likely_meant(306) is None


def test_a_hint_names_only_everyday_codes() -> None:
    for number in list(range(0, 1000)) + list(range(1000, 6000, 7)):
        meant = likely_meant(number)
        assert meant is None or meant in HINT_TARGETS
    assert HINT_TARGETS <= {code for code, status in CATALOGUE.items()
                            if status.state is State.STANDARD}


def test_likely_meant_result_differs_from_number() -> None:
    for number in list(range(0, 1000)) + list(range(1000, 6000, 7)):
        meant = likely_meant(number)
        if meant is not None:
            assert meant != number
            assert not is_known(number)


# --- cross-checks against the installed frameworks (the test extra installs them) -------


def _catalogue_names(style: str) -> set[str]:
    return {c.name for s in CATALOGUE.values() for c in s.constants[style]}


def test_against_installed_drf() -> None:
    from rest_framework import status as status_module  # the test extra installs them

    installed = {n for n in dir(status_module) if n.startswith("HTTP_")}
    for name in installed:
        assert code_for_constant("drf", name) == getattr(status_module, name), name


def test_against_installed_starlette() -> None:
    from starlette import status as status_module

    installed = {n for n in dir(status_module) if n.startswith("HTTP_")}
    if "HTTP_422_UNPROCESSABLE_CONTENT" in installed:  # starlette >= 0.48
        assert installed == _catalogue_names("starlette")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the deprecated names warn on access
        values = {name: getattr(status_module, name) for name in installed}
    for name, value in values.items():
        assert code_for_constant("starlette", name) == value, name


def test_against_installed_requests() -> None:
    from requests import status_codes

    for name, value in vars(status_codes.codes).items():
        if name == "name" or not isinstance(value, int):
            continue
        if value in CATALOGUE:
            assert code_for_constant("requests", name) == value, name


def test_a_renamed_code_has_no_framework_name_while_the_version_is_unknown() -> None:
    """Neither Starlette name of 422 is safe for an unknown release (the old warns from 0.48, the
    new fails before): none, so that ``HTTPStatus`` is suggested; codes never renamed keep
    theirs, and HTS008 has no newer name to offer."""
    for code in (413, 414, 416, 422):
        for style in ("starlette", "fastapi"):
            assert constant_for(code, style) is None
    assert constant_for(404, "starlette") == "HTTP_404_NOT_FOUND"
    assert constant_for(413, "drf") == "HTTP_413_REQUEST_ENTITY_TOO_LARGE"  # never renamed
    assert renamed_to(422, "starlette", "HTTP_422_UNPROCESSABLE_ENTITY") is None
    assert renamed_to(422, "starlette", "HTTP_422_UNPROCESSABLE_ENTITY",
                      versions={"starlette": (0, 48)}) == "HTTP_422_UNPROCESSABLE_CONTENT"
