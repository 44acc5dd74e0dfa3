"""The fixer in-process: what it rewrites, what it leaves, and the bytes it keeps."""

from __future__ import annotations

import ast
import sys
import textwrap
from pathlib import Path

import pytest

from flake8_httpstatus import checker
from flake8_httpstatus.fix import fixer
from flake8_httpstatus.checker import check
from flake8_httpstatus.findings import ImportNeed
from flake8_httpstatus.fix.imports import import_statement
from flake8_httpstatus.fix.noqa import Noqa
from flake8_httpstatus.lines import line_starts, universal_lines
from flake8_httpstatus.fix.verify import Rewrite, verify
from flake8_httpstatus.fix.fixer import FixError, FixOptions, fix_source
from flake8_httpstatus.options import Config, build_config
from tests.helpers import case_params


def fix_text(text: str) -> str:
    """UTF-8 text in, the fixed UTF-8 text out."""
    return fix_source(text.encode("utf-8"), Config()).fixed.decode("utf-8")


def fix(source: str) -> str:
    return fix_text(textwrap.dedent(source))


def result(source: str, config: Config | None = None, **kwargs: bool) -> fixer.FixResult:
    return fix_source(textwrap.dedent(source).encode(), config or Config(), FixOptions(**kwargs))


# -- what is rewritten, and the import ------------------------------------------------------------

def test_adds_the_import_after_the_docstring_and_imports() -> None:
    assert fix('''\
        """Views."""
        from flask import abort


        def view():
            abort(404)
        ''') == textwrap.dedent('''\
        """Views."""
        from http import HTTPStatus

        from flask import abort


        def view():
            abort(HTTPStatus.NOT_FOUND)
        ''')


def test_import_after_future_imports_and_apart_from_a_docstring() -> None:
    assert fix('''\
        """Doc."""
        def view(r):
            assert r.status_code == 200
        ''').startswith('"""Doc."""\n\nfrom http import HTTPStatus\n\n\ndef view(r):\n')
    fixed = fix('''\
        from __future__ import annotations
        def view(r):
            assert r.status_code == 200
        ''')
    assert fixed.startswith("from __future__ import annotations\n\nfrom http import HTTPStatus\n\n\n"
                            "def view(r):\n")


def test_import_goes_below_header_comments() -> None:
    fixed = fix('''\
        #!/usr/bin/env python
        # -*- coding: utf-8 -*-
        def view(r):
            assert r.status_code == 200
        ''')
    assert fixed.splitlines()[:3] == ["#!/usr/bin/env python", "# -*- coding: utf-8 -*-",
                                      "from http import HTTPStatus"]


def test_decorated_first_statement() -> None:
    fixed = fix('''\
        from flask import Flask, abort
        app = Flask(__name__)
        @app.route("/")
        def view():
            abort(404)
        ''')
    assert fixed.count("from http import HTTPStatus") == 1
    assert "abort(HTTPStatus.NOT_FOUND)" in fixed
    ast.parse(fixed)


@pytest.mark.parametrize(("imports", "expected"), [
    ("import http", "abort(http.HTTPStatus.NOT_FOUND)"),
    ("from http import HTTPStatus as S", "abort(S.NOT_FOUND)"),
    ("from http import HTTPStatus", "abort(HTTPStatus.NOT_FOUND)"),
])
def test_reuses_what_the_module_imports(imports: str, expected: str) -> None:
    source = f"{imports}\nfrom flask import abort\ndef view():\n    abort(404)\n"
    fixed = fix_text(source)
    assert expected in fixed
    assert fixed.count("import") == source.count("import")  # nothing added


def test_drf_module_uses_its_status_import() -> None:
    fixed = fix('''\
        from rest_framework import status
        from rest_framework.response import Response
        def view(request):
            return Response({}, status=201)
        ''')
    assert "Response({}, status=status.HTTP_201_CREATED)" in fixed
    assert "HTTPStatus" not in fixed


def test_style_option_adds_the_framework_import() -> None:
    fixed = fix_source(b"def view(r):\n    assert r.status_code == 404\n",
                       build_config({"style": "drf"})).fixed.decode()
    assert fixed == ("from rest_framework import status\n\n\ndef view(r):\n"
                     "    assert r.status_code == status.HTTP_404_NOT_FOUND\n")


def test_an_existing_from_http_import_gains_the_name() -> None:
    fixed = fix_text("from http import cookies\nfrom flask import abort\nabort(404)\n")
    assert fixed == ("from http import HTTPStatus, cookies\nfrom flask import abort\n"
                     "abort(HTTPStatus.NOT_FOUND)\n")


def test_import_present_only_in_another_function_is_added_at_module_level() -> None:
    fixed = fix('''\
        from flask import abort
        def a():
            from http import HTTPStatus
            abort(HTTPStatus.OK)
        def b():
            abort(404)
        ''')
    assert fixed.count("from http import HTTPStatus") == 2
    assert fixed.index("from http import HTTPStatus") < fixed.index("def a")
    assert "abort(HTTPStatus.NOT_FOUND)" in fixed


def test_every_literal_of_a_file_and_one_import() -> None:
    fixed = fix('''\
        from flask import abort, redirect
        def view(r):
            abort(404)
            assert r.status_code in (200, 201)
            return redirect("/", 302)
        ''')
    assert fixed.count("from http import HTTPStatus") == 1
    for name in ("NOT_FOUND", "OK", "CREATED", "FOUND"):
        assert f"HTTPStatus.{name}" in fixed


def test_parentheses_around_the_literal_stay() -> None:
    assert "abort((HTTPStatus.NOT_FOUND))" in fix_text("from flask import abort\nabort((404))\n")


@pytest.mark.filterwarnings("ignore::SyntaxWarning")
def test_keyword_right_after_the_literal_gets_a_space() -> None:
    fixed = fix_text("def f(r, x):\n    return r.status_code == 200if x else 0\n")
    assert "r.status_code == HTTPStatus.OK if x else 0" in fixed
    ast.parse(fixed)


def test_other_number_forms_are_rewritten() -> None:
    fixed = fix_text("from flask import abort\nabort(0x194)\nabort(4_04)\n")
    assert fixed.count("abort(HTTPStatus.NOT_FOUND)") == 2


# -- noqa -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("comment", "rewritten"), [
    ("", True),
    ("  # noqa", False),
    ("  # NOQA", False),
    ("  # noqa: HTS001", False),
    ("  # noqa:HTS001,E501", False),
    ("  # noqa: E501,HTS001", False),
    ("  # noqa: HTS", False),
    ("  # noqa: E501", True),
    ("  # noqa: HTS002", True),
    ("  # noqa:hts001", True),  # flake8 compares codes case-sensitively
    ("  # noqa : HTS001", False),  # not the codes syntax: a bare noqa for flake8
])
def test_noqa_like_flake8(comment: str, rewritten: bool) -> None:
    source = f"from flask import abort\nabort(404){comment}\n"
    assert ("HTTPStatus.NOT_FOUND" in fix_text(source)) is rewritten


def test_flake8_noqa_line_skips_the_file() -> None:
    source = "# flake8: noqa\nfrom flask import abort\nabort(404)\nabort(299)\n"
    outcome = fix_source(source.encode(), Config())
    assert not outcome.changed and not outcome.left


def test_noqa_on_a_backslash_continued_line_covers_the_joined_lines() -> None:
    source = "from flask import abort\nabort(\\\n404)  # noqa: HTS001\n"
    assert fix_text(source) == source


def test_noqa_mapping_matches_flake8_for_multiline_strings() -> None:
    noqa = Noqa('x = """a\nb"""  # noqa\ny = 1\n')
    assert noqa.suppresses("HTS006", 1) and noqa.suppresses("HTS006", 2)
    assert not noqa.suppresses("HTS006", 3)


def test_universal_lines() -> None:
    assert universal_lines("a\r\nb\rc\n") == ["a\n", "b\n", "c\n"]
    assert universal_lines("a\nb") == ["a\n", "b"]
    assert universal_lines("") == []


# -- left for a person ----------------------------------------------------------------------------

@pytest.mark.parametrize(("source", "reason"), [
    ("from rest_framework import status\nfrom rest_framework.response import Response\n"
     "def view(request):\n    status = compute()\n    return Response({}, status=201)\n",
     "`status` is a variable here"),
    ("from rest_framework import status\nfrom rest_framework.response import Response\n"
     "def view(request, status):\n    return Response({}, status=201)\n",
     "`status` is a parameter here"),
    ("from flask import abort\nHTTPStatus = 3\nhttp = 4\ndef f():\n    abort(404)\n",
     "`HTTPStatus` is a variable in this module"),
    ("from flask import abort\nimport http as http\nhttp = 4\nabort(404)\n",
     "`http` is a variable here"),
    ("from typing import TYPE_CHECKING\nfrom flask import abort\nif TYPE_CHECKING:\n"
     "    from http import HTTPStatus\nabort(404)\n",
     "`HTTPStatus` is imported only for type checking"),
    ("from flask import abort\nabort(404)\nfrom http import HTTPStatus\n",
     "`HTTPStatus` is imported after this line"),
    ("from flask import abort\nclass HTTPStatus:\n    pass\ndef f(http):\n    pass\nabort(404)\n",
     "`HTTPStatus` is a function or class here"),
])
def test_a_name_bound_to_something_else_is_left_for_a_person(source: str, reason: str) -> None:
    outcome = fix_source(source.encode(), Config())
    assert not outcome.changed
    assert [left.reason for left in outcome.left] == [reason]
    assert outcome.left[0].text.endswith(f"(not rewritten: {reason})")


@pytest.mark.skipif(sys.version_info < (3, 10), reason="the input is a match statement (3.10)")
def test_match_capture_of_the_name_is_left() -> None:
    source = ("from flask import abort\ndef f(x):\n    match x:\n        case [HTTPStatus]:\n"
              "            pass\n    abort(404)\n")
    outcome = fix_source(source.encode(), Config())
    assert outcome.fixed.decode() == "import http\n\n" + source.replace(
        "abort(404)", "abort(http.HTTPStatus.NOT_FOUND)")
    taken = source.replace("case [HTTPStatus]", "case [HTTPStatus, http]")
    outcome = fix_source(taken.encode(), Config())
    assert not outcome.changed and "match pattern" in outcome.left[0].reason


def test_a_name_bound_in_another_function_is_never_written() -> None:
    """``status`` is a parameter of a(): b() would see the module's ``status`` import, but the
    module must not hold two meanings of ``status`` (DRF's ``status`` has no other spelling)."""
    outcome = result('''\
        from rest_framework import status
        from rest_framework.response import Response
        def a(request, status):
            return Response({}, status=201)
        def b(request):
            return Response({}, status=201)
        ''')
    assert not outcome.changed
    assert [left.reason for left in outcome.left] == [
        "`status` is a parameter here", "`status` is a parameter elsewhere in this module"]


def test_a_class_field_named_status_is_no_obstacle() -> None:
    fixed = fix('''\
        from fastapi import FastAPI
        from pydantic import BaseModel

        app = FastAPI()


        class Problem(BaseModel):
            status: str


        def test_it(client):
            assert client.get("/").status_code == 200
        ''')
    assert "status_code == status.HTTP_200_OK" in fixed


def test_a_global_declared_in_a_function_is_the_modules_name() -> None:
    source = '''\
        from flask import abort
        def reset():
            global HTTPStatus
            HTTPStatus = None
        def view(http):
            abort(404)
        '''
    outcome = result(source)
    assert not outcome.changed
    assert outcome.left[0].reason == "`HTTPStatus` is a variable in this module"
    fixed = fix(source.replace("view(http)", "view()"))
    assert fixed.startswith("import http\n") and "abort(http.HTTPStatus.NOT_FOUND)" in fixed


@pytest.mark.parametrize(("statement", "reason"), [
    ("del HTTPStatus", "`HTTPStatus` is deleted elsewhere in this module"),
    ("HTTPStatus = None", "`HTTPStatus` is a variable in this module"),
])
def test_a_name_deleted_or_rebound_at_the_end_of_the_module_is_never_written(
        statement: str, reason: str) -> None:
    source = f"from http import HTTPStatus\nfrom flask import abort\n" \
             f"def view():\n    abort(404)\n{statement}\n"
    outcome = fix_source(source.encode(), Config())
    assert outcome.fixed.decode() == "import http\n" + source.replace(
        "abort(404)", "abort(http.HTTPStatus.NOT_FOUND)")  # the other spelling
    taken = source.replace("def view():", "def view(http=None):")
    outcome = fix_source(taken.encode(), Config())
    assert not outcome.changed
    assert [left.reason for left in outcome.left] == [reason]


@pytest.mark.parametrize("other", ["from falcon import HTTPStatus", "from mylib import HTTPStatus"])
def test_where_httpstatus_is_another_class_the_stdlib_one_comes_through_http(other: str) -> None:
    """Falcon has its own ``HTTPStatus`` (an exception): ``HTTPStatus.NOT_FOUND`` would be an
    AttributeError there, so the suggestion is ``http.HTTPStatus.NOT_FOUND`` (where an int is
    compared: where a status line stands, Falcon's own ``falcon.HTTP_404``)."""
    source = f"import falcon\n{other}\n\n\ndef test_get(client):\n" \
             "    assert client.simulate_get('/').status_code == 404\n"
    (finding,) = checker.check_source(source, Config())
    assert finding.message == "404 (Not Found): use http.HTTPStatus.NOT_FOUND"
    assert fix_source(source.encode(), Config()).fixed.decode() == (
        f"import http\n\nimport falcon\n{other}\n\n\ndef test_get(client):\n"
        "    assert client.simulate_get('/').status_code == http.HTTPStatus.NOT_FOUND\n")
    taken = source.replace("import falcon\n", "import falcon\nimport httpx as http\n")
    assert checker.check_source(taken, Config()) == []  # no constant to suggest


def test_unknown_invalid_deprecated_experimental_contradicting_are_never_fixed() -> None:
    source = ("from flask import abort\nabort(299)\nabort(4004)\nabort(305)\nabort(425)\n"
              "abort(200)\n")
    outcome = fix_source(source.encode(), Config())
    assert not outcome.changed
    assert [(left.finding.code, left.reason) for left in outcome.left] == [
        ("HTS002", ""), ("HTS003", ""), ("HTS004", ""), ("HTS007", ""), ("HTS005", ""),
        ("HTS007", "")]


def test_phrases_only_with_fix_phrases() -> None:
    source = 'def app(environ, start_response):\n    start_response("404 Not Fund", [])\n'
    plain = fix_source(source.encode(), Config())
    assert not plain.changed
    assert plain.left[0].finding.code == "HTS006" and "--fix-phrases" in plain.left[0].reason
    fixed = fix_source(source.encode(), Config(), FixOptions(fix_flags=("--fix-phrases",)))
    assert b'start_response("404 Not Found", [])' in fixed.fixed
    assert not fixed.imports
    assert fix_source(fixed.fixed, Config(), FixOptions(fix_flags=("--fix-phrases",))).fixed == fixed.fixed


def test_allow_literals_option_is_honoured() -> None:
    source = b"from flask import abort\nabort(404)\nabort(500)\n"
    fixed = fix_source(source, build_config({"allow_literals": "404"})).fixed
    assert b"abort(404)" in fixed and b"INTERNAL_SERVER_ERROR" in fixed


# -- bytes outside the edits ----------------------------------------------------------------------

def test_latin1_with_cookie_keeps_its_bytes() -> None:
    source = ("# -*- coding: latin-1 -*-\n# caf\xe9 \xa9\nfrom flask import abort\n"
              "MSG = 'd\xe9j\xe0'\nabort(404)\n").encode("latin-1")
    outcome = fix_source(source, Config())
    assert outcome.encoding == "iso-8859-1"
    assert outcome.fixed == source.replace(
        b"abort(404)", b"abort(HTTPStatus.NOT_FOUND)").replace(
        b"from flask import abort\n", b"from http import HTTPStatus\n\nfrom flask import abort\n")


def test_bom_crlf_tabs_trailing_whitespace_and_comments_stay() -> None:
    source = (b"\xef\xbb\xbffrom flask import abort  \r\n# c\xc3\xa9 \r\nif True:\r\n"
              b"\tabort(404)  # why\t\r\n\tx = '\xe2\x82\xac'\r\n")
    outcome = fix_source(source, Config())
    assert outcome.fixed == (b"\xef\xbb\xbffrom http import HTTPStatus\r\n\r\n"
                             b"from flask import abort  \r\n# c\xc3\xa9 \r\nif True:\r\n"
                             b"\tabort(HTTPStatus.NOT_FOUND)  # why\t\r\n\tx = '\xe2\x82\xac'\r\n")


def test_non_ascii_before_the_literal_on_its_line() -> None:
    source = "from flask import abort\nx = 'é€😀'; abort(404)\n"
    assert fix_text(source) == ("from http import HTTPStatus\n\nfrom flask import abort\n"
                                "x = 'é€😀'; abort(HTTPStatus.NOT_FOUND)\n")


def test_no_trailing_newline_and_form_feed() -> None:
    source = "from flask import abort\n\x0c\ndef f():\n    abort(404)"
    assert fix_text(source).endswith("abort(HTTPStatus.NOT_FOUND)")


def test_form_feeds_and_separators_do_not_shift_lines() -> None:
    # str.splitlines() would split at \x0c and \x1c; flake8 (and the fixer) split at line ends
    source = 'from flask import abort\nif 1:\n \x0c   abort(404)\nx = "\x1c"; abort(500)\n'
    fixed = fix_text(source)
    assert "abort(HTTPStatus.NOT_FOUND)" in fixed
    assert 'x = "\x1c"; abort(HTTPStatus.INTERNAL_SERVER_ERROR)' in fixed


def test_a_form_feed_starting_the_line() -> None:
    """Python counts a leading form feed in its columns (LibCST does not): the fixer works on the
    finding's own span and the text, so the literal after it is rewritten in place."""
    outcome = fix_source(b"from flask import abort\n\x0cabort(404)\n", Config())
    assert outcome.fixed == b"from http import HTTPStatus\n\nfrom flask import abort\n" \
                            b"\x0cabort(HTTPStatus.NOT_FOUND)\n"


# -- errors and refusals --------------------------------------------------------------------------

def test_syntax_error_is_one_line() -> None:
    with pytest.raises(FixError, match=r"^syntax error: line 2: .*") as info:
        fix_source(b"from flask import abort\nabort(404\n", Config())
    assert "\n" not in str(info.value)


def test_undecodable_source() -> None:
    with pytest.raises(FixError, match="cannot decode"):
        fix_source(b"x = '\xff\xfe'\n", Config())
    with pytest.raises(FixError, match="cannot decode"):
        fix_source(b"# -*- coding: no-such-codec -*-\nx = 1\n", Config())


def test_a_module_libcst_cannot_parse_whole_is_still_fixed() -> None:
    """LibCST raises for the last line (its issue #1061), which Python accepts; the checker parses
    the statement with the status on its own, and the fixer needs no LibCST parse at all."""
    source = b"from flask import abort\ndef f():\n    abort(404)\n    x = () if 0 else(lambda:())\n"
    compile(source, "x.py", "exec")
    outcome = fix_source(source, Config())
    assert b"    abort(HTTPStatus.NOT_FOUND)\n    x = () if 0 else(lambda:())\n" in outcome.fixed
    assert outcome.skipped is None


def test_a_result_that_fails_the_self_check_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, *args: object) -> str:
        return text.replace("abort(404)", "abort(HTTPStatus.NOT_FOUND); x = 1")

    monkeypatch.setattr(fixer, "apply_plan", broken)
    with pytest.raises(FixError, match="self-check failed"):
        fix_source(b"from flask import abort\nabort(404)\n", Config())


def test_a_finding_at_a_wrong_position_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    real = fixer.checker.check

    def shifted(lines: list[str], tree: ast.Module, config: Config,
                path: str = "") -> checker.Checked:
        return checker.Checked([
            f.__class__(f.code, f.line, f.col + 1, f.end_line, f.end_col + 1, f.message, f.value,
                        f.suggestion)
            for f in real(lines, tree, config, path).findings])

    monkeypatch.setattr(fixer.checker, "check", shifted)
    outcome = fix_source(b"from flask import abort\nabort(404)\n", Config())
    assert not outcome.changed
    assert outcome.left[0].reason == "no literal found at the reported position"


@pytest.mark.parametrize(("new", "problem"), [
    ("abort(HTTPStatus.NOT_FOUND)\nabort(500)\n", None),
    ("abort(HTTPStatus.OK)\nabort(500)\n", "not the constant"),
    ("abort(HTTPStatus.NOT_FOUND)\nabort(501)\n", "500 became 501"),
    ("abort(HTTPStatus.NOT_FOUND)\n", "changed length"),
    ("abort(404)\nabort(500)\n", "not the constant"),
    ("abort(HTTPStatus.NOT_FOUND\n", "does not compile"),
])
def test_verify_allows_only_the_rewrites(new: str, problem: str | None) -> None:
    old = "abort(404)\nabort(500)\n"
    rewrites = [Rewrite((1, 6, 1, 9), "HTTPStatus.NOT_FOUND")]
    outcome = verify(ast.parse(old), new.encode(), old, rewrites, [])
    assert outcome is None if problem is None else problem in (outcome or "")


def test_verify_wants_every_rewrite_on_a_literal() -> None:
    old = "abort(404)\n"
    rewrites = [Rewrite((1, 1, 1, 5), "HTTPStatus.NOT_FOUND")]  # "bort": no node
    assert "did not land" in (verify(ast.parse(old), old.encode(), old, rewrites, []) or "")


def test_verify_compiles_the_result() -> None:
    """A ``from __future__`` import below another statement parses but does not compile."""
    old = "from __future__ import annotations\nabort(404)\n"
    new = "from http import HTTPStatus\nfrom __future__ import annotations\n" \
          "abort(HTTPStatus.NOT_FOUND)\n"
    rewrites = [Rewrite((2, 6, 2, 9), "HTTPStatus.NOT_FOUND")]
    problem = verify(ast.parse(old), new.encode(), old, rewrites, ["from http import HTTPStatus"])
    assert problem is not None and "does not compile" in problem


def test_verify_allows_only_the_added_imports() -> None:
    old = "abort(404)\n"
    rewrites = [Rewrite((1, 6, 1, 9), "HTTPStatus.NOT_FOUND")]
    added = ["from http import HTTPStatus"]
    good = "from http import HTTPStatus\nabort(HTTPStatus.NOT_FOUND)\n"
    assert verify(ast.parse(old), good.encode(), old, rewrites, added) is None
    extra = "import os\nabort(HTTPStatus.NOT_FOUND)\n"
    assert verify(ast.parse(old), extra.encode(), old, rewrites, added) is not None


def test_import_statements() -> None:
    assert import_statement(ImportNeed("http", "HTTPStatus", "HTTPStatus", False)) == \
        "from http import HTTPStatus"
    assert import_statement(ImportNeed("http", "HTTPStatus", "S", False)) == \
        "from http import HTTPStatus as S"
    assert import_statement(ImportNeed("http", None, "http", False)) == "import http"
    assert import_statement(ImportNeed("http", None, "h", False)) == "import http as h"


def test_line_starts_count_like_libcst() -> None:
    assert line_starts("a\r\nb\rc\nd") == [0, 3, 5, 7]


# -- idempotence and agreement with the plugin on the case corpus ---------------------------------

def visible_hts001(text: str) -> int:
    """HTS001 as flake8 shows them: the plugin's entry point on flake8's lines, minus noqa."""
    noqa = Noqa(text)
    lines = universal_lines(text)
    findings = check(lines, ast.parse("".join(lines)), Config()).findings
    return sum(1 for f in findings if f.code == "HTS001" and not noqa.suppresses(f.code, f.line))


@pytest.mark.parametrize("path", case_params(ids="name"))
def test_corpus_fix_is_idempotent_and_leaves_no_hts001(path: Path) -> None:
    source = path.read_bytes()
    first = fix_source(source, Config())
    second = fix_source(first.fixed, Config())
    assert second.fixed == first.fixed
    assert not second.rewritten
    refused = [left for left in first.left if left.finding.code == "HTS001"]
    rewritten = [finding for finding in first.rewritten if finding.code == "HTS001"]
    assert len(rewritten) + len(refused) == visible_hts001(source.decode(first.encoding))
    assert visible_hts001(first.fixed.decode(first.encoding)) == len(refused)
