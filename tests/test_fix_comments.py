"""``fix`` drops a trailing comment that only restates the number it rewrites, and no other."""

from __future__ import annotations

import pytest

from flake8_httpstatus.fix.comments import restates
from flake8_httpstatus.fix.fixer import check_source, fix_source
from flake8_httpstatus.options import Config

HEAD = "from flask import abort\n"
ADDED = "from http import HTTPStatus\n\n"


def fixed(body: str) -> str:
    return fix_source((HEAD + body).encode(), Config()).fixed.decode()


@pytest.mark.parametrize("comment", [
    "# 404", "# Not Found", "# not found", "#NOT FOUND", "# 404 Not Found", "# 404 not found",
    "# 404 - Not Found", "# 404: Not Found", "# 404 (Not Found)", "# Not Found (404)",
    "#   404   Not   Found  ",
])
def test_a_comment_restating_the_number_goes_with_it(comment: str) -> None:
    assert fixed(f"def f():\n    abort(404)  {comment}\n") == \
        ADDED + HEAD + "def f():\n    abort(HTTPStatus.NOT_FOUND)\n"


@pytest.mark.parametrize("comment", [
    "# why", "# 403", "# Forbidden", "# 404 Not Found yet", "# not found here", "# 404 404",
    "# noqa: E501", "# 404  # noqa: E501", "# type: int", "# Not Found.", "# TODO 404",
    "# HTTP 404", "# 404: Forbidden",
])
def test_any_other_comment_stays(comment: str) -> None:
    assert fixed(f"def f():\n    abort(404)  {comment}\n") == \
        ADDED + HEAD + f"def f():\n    abort(HTTPStatus.NOT_FOUND)  {comment}\n"


def test_the_phrases_servers_send_and_other_number_forms() -> None:
    assert fixed("abort(0x194)  # 404\nabort(413)  # 413 Request Entity Too Large\n"
                 "abort(413)  # Payload Too Large\nabort(413)  # content too large\n") == \
        ADDED + HEAD + "abort(HTTPStatus.NOT_FOUND)\n" \
        + "abort(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)\n" * 3


def test_a_constructor_call_and_a_line_inside_brackets() -> None:
    source = "abort(HTTPStatus(404))  # Not Found\nabort(\n    500,  # 500\n)\n"
    assert fix_source(("from http import HTTPStatus\n" + HEAD + source).encode(),
                      Config()).fixed.decode() == \
        "from http import HTTPStatus\n" + HEAD + \
        "abort(HTTPStatus.NOT_FOUND)\nabort(\n    HTTPStatus.INTERNAL_SERVER_ERROR,\n)\n"


def test_crlf_tabs_and_trailing_white_space_leave_nothing_behind() -> None:
    source = (HEAD + "if True:\n\tabort(404)\t# Not Found \t\n").replace("\n", "\r\n")
    assert fix_source(source.encode(), Config()).fixed == (
        ADDED + HEAD + "if True:\n\tabort(HTTPStatus.NOT_FOUND)\n").replace("\n", "\r\n").encode()


def test_the_last_line_without_a_line_break() -> None:
    assert fixed("abort(404)  # 404") == ADDED + HEAD + "abort(HTTPStatus.NOT_FOUND)"


def test_a_line_with_two_rewrites_keeps_its_comment() -> None:
    assert fixed("def f(r):\n    assert r.status_code in (404, 410)  # 404\n") == \
        ADDED + HEAD + "def f(r):\n    assert r.status_code in (HTTPStatus.NOT_FOUND, " \
                       "HTTPStatus.GONE)  # 404\n"


def test_a_comment_of_a_line_whose_literal_is_not_rewritten_stays() -> None:
    source = HEAD + "abort(404)  # noqa: HTS001\nabort(299)  # 299\nabort(410)  # 410\n" \
                    "x = 404  # 404\n"
    outcome = fix_source(source.encode(), Config())
    assert outcome.fixed.decode() == ADDED + HEAD + \
        "abort(404)  # noqa: HTS001\nabort(299)  # 299\nabort(HTTPStatus.GONE)\nx = 404  # 404\n"


def test_a_quote_before_the_hash_or_a_hash_inside_a_string_keeps_it() -> None:
    source = 'abort(404, "#")  # 404\nabort(404, "x")  # 404\n'
    assert fixed(source) == ADDED + HEAD + \
        'abort(HTTPStatus.NOT_FOUND, "#")  # 404\nabort(HTTPStatus.NOT_FOUND, "x")  # 404\n'


def test_text_inside_a_multiline_fstring_is_not_a_comment() -> None:
    """The tokenizer has the last word: ``# 404`` here is the string's text."""
    source = 'x = f"""{abort(404)}  # 404\n"""\n'
    assert fixed(source) == ADDED + HEAD + \
        'x = f"""{abort(HTTPStatus.NOT_FOUND)}  # 404\n"""\n'


def test_check_counts_the_dropped_comment_in_the_line_length() -> None:
    long = "abort(404)" + " " * 60 + "# Not Found\n"
    assert fix_source((HEAD + long).encode(), Config()).longer == 0
    assert check_source((HEAD + long).encode(), Config()).longer == 0


@pytest.mark.parametrize(("comment", "code", "expected"), [
    ("404", 404, True), (" Not  Found ", 404, True), ("404 - not found", 404, True),
    ("Request Entity Too Large (413)", 413, True), ("Not Found", 410, False),
    ("410 Not Found", 404, False), ("", 404, False), ("()", 404, False),
])
def test_restates(comment: str, code: int, expected: bool) -> None:
    assert restates(comment, code) is expected
