"""Pathological files through the real ``flake8`` command: the plugin survives, and where it
matters the output is exact (line, character column, message).

Every run is ``python -m flake8 --select=HTS ...`` (the ``flake8`` fixture) on files written to
``tmp_path``: those tests are slow; the few in-process ones are not. Columns in flake8's output are
1-based characters, as pycodestyle counts them.
"""

from __future__ import annotations

import ast
import io
import sys
from pathlib import Path
from typing import List

import libcst as cst
import pytest

from flake8_httpstatus.checker import check, check_reference
from flake8_httpstatus.options import Config
from flake8_httpstatus.plugin import HttpStatusChecker
from tests.helpers import Command

NOT_FOUND = "HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND"
OK = "HTS001 200 (OK): use HTTPStatus.OK"
GONE = "HTS001 410 (Gone): use HTTPStatus.GONE"
CONFLICT = "HTS001 409 (Conflict): use HTTPStatus.CONFLICT"
FORBIDDEN = "HTS001 403 (Forbidden): use HTTPStatus.FORBIDDEN"
SERVER_ERROR = "HTS001 500 (Internal Server Error): use HTTPStatus.INTERNAL_SERVER_ERROR"
TEAPOT = "HTS001 418 (I'm a teapot): use HTTPStatus.IM_A_TEAPOT"


def flake8_lines(source: str) -> List[str]:
    """Lines as flake8 reads them: universal newlines, split at \\n only (never at \\f)."""
    return io.StringIO(source, newline=None).readlines()


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


HEAD = "from flask import abort\n"


# --- deep nesting ---------------------------------------------------------------------------------

@pytest.mark.slow
def test_200_deep_parentheses(tmp_path: Path, flake8: Command) -> None:
    depth = 199  # plus abort's own parenthesis: 200 levels, the most CPython's tokenizer takes
    write(tmp_path, "deep.py", HEAD + "x = " + "(" * depth + "abort(404)" + ")" * depth + "\n")
    col = len("x = ") + depth + len("abort(") + 1
    flake8("--select=HTS", "deep.py").assert_reports([f"deep.py:2:{col}: {NOT_FOUND}"])


@pytest.mark.slow
def test_200_deep_nested_calls(tmp_path: Path, flake8: Command) -> None:
    """``abort(abort(...abort(404)...))``: the innermost literal is the one status."""
    depth = 200
    write(tmp_path, "calls.py", HEAD + "abort(" * depth + "404" + ")" * depth + "\n")
    col = len("abort(") * depth + 1
    flake8("--select=HTS", "calls.py").assert_reports([f"calls.py:2:{col}: {NOT_FOUND}"])


@pytest.mark.slow
def test_200_deep_nested_lists_around_a_status(tmp_path: Path, flake8: Command) -> None:
    depth = 199
    write(tmp_path, "lists.py",
          HEAD + "x = " + "[" * depth + "r.status_code == 200" + "]" * depth + "\n")
    col = len("x = ") + depth + len("r.status_code == ") + 1
    flake8("--select=HTS", "lists.py").assert_reports([f"lists.py:2:{col}: {OK}"])


@pytest.mark.slow
def test_long_implicit_string_concatenation_in_a_status_call(tmp_path: Path, flake8: Command) -> None:
    """A long literal body (1000 adjacent strings, one a line) passed with a status."""
    parts = "".join(f"        'line {i}\\n'\n" for i in range(1000))
    write(tmp_path, "concat.py",
          "from django.http import HttpResponse\n\n\ndef view(request):\n"
          "    return HttpResponse(\n" + parts + "        , status=404)\n")
    flake8("--select=HTS", "concat.py").assert_reports([f"concat.py:1006:18: {NOT_FOUND}"])


@pytest.mark.slow
def test_long_elif_chain(tmp_path: Path, flake8: Command) -> None:
    """A 300-branch ``elif`` chain (generated dispatch code), a status in the last branch.
    (At 400 branches pyflakes itself fails with RecursionError: flake8 no longer takes the file.)"""
    body = "".join(f"    elif kind == {i}:\n        pass\n" for i in range(300))
    write(tmp_path, "chain.py", HEAD + "\n\ndef f(kind):\n    if kind is None:\n        pass\n"
          + body + "    else:\n        abort(404)\n")
    flake8("--select=HTS", "chain.py").assert_reports([f"chain.py:608:15: {NOT_FOUND}"])


# --- size -----------------------------------------------------------------------------------------

@pytest.mark.slow
def test_50000_line_file(tmp_path: Path, flake8: Command) -> None:
    lines = [HEAD, "\n", "\n"]
    while len(lines) < 50_000:
        block = len(lines)
        lines += [f"def f{block}(r):\n", "    abort(404)\n", "    ok = r.status_code == 200\n"]
        lines += ["    pass\n"] * 96
        lines += ["\n"]
    lines = lines[:50_000]
    write(tmp_path, "big.py", "".join(lines))
    expected = []
    for number, text in enumerate(lines, 1):
        if "abort(404)" in text:
            expected.append(f"big.py:{number}:11: {NOT_FOUND}")
        elif "== 200" in text:
            expected.append(f"big.py:{number}:27: {OK}")
    run = flake8("--select=HTS", "big.py")
    run.assert_clean()
    assert len(run.lines) == len(expected) == 1000
    assert run.lines == expected


@pytest.mark.slow
def test_one_megabyte_line(tmp_path: Path, flake8: Command) -> None:
    pad = "a" * 1_000_000
    write(tmp_path, "wide.py", HEAD + f"x = '{pad}'; abort(404); y = 'é'; abort(410)  # end\n")
    first = len("x = '") + len(pad) + len("'; abort(") + 1
    second = first + len("404); y = 'é'; abort(")
    flake8("--select=HTS", "wide.py").assert_reports(
        [f"wide.py:2:{first}: {NOT_FOUND}", f"wide.py:2:{second}: {GONE}"])


def test_one_megabyte_line_of_tokens_in_process() -> None:
    """200,000 tokens on one line (in-process: pycodestyle alone takes ~25 s on it)."""
    body = ", ".join(str(i % 1000) for i in range(200_000))
    source = HEAD + "x = [" + body + "]; abort(404)\n"
    assert len(source) > 900_000
    findings = check(source.splitlines(True), ast.parse(source), Config()).findings
    assert [(f.line, f.col, f.text) for f in findings] == [
        (2, len("x = [" + body + "]; abort("), NOT_FOUND)]


# --- encodings and line endings -------------------------------------------------------------------

@pytest.mark.slow
def test_latin1_file_column_is_the_character_column(tmp_path: Path, flake8: Command) -> None:
    write(tmp_path, "latin.py",
          b"# -*- coding: latin-1 -*-\nfrom flask import abort\n"
          b'x = "\xe9\xe9"; abort(404)\nabort(500)  # caf\xe9\n')
    flake8("--select=HTS", "latin.py").assert_reports(
        [f"latin.py:3:17: {NOT_FOUND}", f"latin.py:4:7: {SERVER_ERROR}"])


@pytest.mark.slow
def test_utf8_bom(tmp_path: Path, flake8: Command) -> None:
    write(tmp_path, "bom.py", b"\xef\xbb\xbf" + HEAD.encode() + b"abort(404)\n")
    flake8("--select=HTS", "bom.py").assert_reports([f"bom.py:2:7: {NOT_FOUND}"])


@pytest.mark.slow
def test_multibyte_characters_before_a_literal(tmp_path: Path, flake8: Command) -> None:
    write(tmp_path, "mb.py", HEAD + 'x = "éé"; abort(404)\ny = "日本"; abort(500)\n'
          'z = "😀"; abort(403)\n')
    flake8("--select=HTS", "mb.py").assert_reports(
        [f"mb.py:2:17: {NOT_FOUND}", f"mb.py:3:17: {SERVER_ERROR}",
         f"mb.py:4:16: {FORBIDDEN}"])


@pytest.mark.slow
def test_multibyte_characters_in_a_multiline_fragment(tmp_path: Path, flake8: Command) -> None:
    write(tmp_path, "mb2.py", HEAD + 'if "é" == x or (\n        "日" == y):  # ü\n'
          '    abort(404)\nelif "ö":\n    r = "é"; abort(410)\n')
    flake8("--select=HTS", "mb2.py").assert_reports(
        [f"mb2.py:4:11: {NOT_FOUND}", f"mb2.py:6:20: {GONE}"])


@pytest.mark.slow
@pytest.mark.parametrize("eol", ["\r\n", "\r"], ids=["crlf", "lone-cr"])
def test_line_endings(tmp_path: Path, eol: str, flake8: Command) -> None:
    source = HEAD + "abort(404)\nif 1:\n    abort(500)\ndef f():\n    return (\n        abort(410))\n"
    write(tmp_path, "eol.py", source.replace("\n", eol))
    flake8("--select=HTS", "eol.py").assert_reports(
        ["eol.py:2:7: " + NOT_FOUND, "eol.py:4:11: " + SERVER_ERROR,
         "eol.py:7:15: " + GONE])


@pytest.mark.slow
def test_form_feeds_tabs_and_type_comments(tmp_path: Path, flake8: Command) -> None:
    write(tmp_path, "ff.py", HEAD + "\x0c\nabort(404)\nif 1:\n\x0c    abort(500)\n\x0c\n"
          "def f(a,  # type: int\n      ):\n    # type: (...) -> None\n"
          "\tabort(409)  # type: ignore\n\tx = 1  # type: int\n")
    flake8("--select=HTS", "ff.py").assert_reports(
        [f"ff.py:3:7: {NOT_FOUND}", f"ff.py:5:12: {SERVER_ERROR}",
         f"ff.py:10:8: {CONFLICT}"])


@pytest.mark.slow
def test_form_feed_inside_a_status_statement(tmp_path: Path, flake8: Command) -> None:
    write(tmp_path, "ff2.py", HEAD + "x = '\x0c'; abort(404)\nabort(\x0c500)\n")
    flake8("--select=HTS", "ff2.py").assert_reports(
        [f"ff2.py:2:16: {NOT_FOUND}", f"ff2.py:3:8: {SERVER_ERROR}"])


@pytest.mark.slow
@pytest.mark.parametrize("content", [
    pytest.param(b"", id="empty"),
    pytest.param(b"\n", id="newline"),
    pytest.param(b"# one comment", id="comment-no-eol"),
    pytest.param(b"# a\n# b\n\n# c\n", id="comments"),
    pytest.param(b"\xef\xbb\xbf", id="bom-only"),
    pytest.param(b"\n\n\n\x0c\n", id="blank-lines"),
    pytest.param(b"# abort(404) status_code == 200 start_response('200 OK')\n",
                 id="comment-mentioning-statuses"),
])
def test_files_without_code(tmp_path: Path, content: bytes, flake8: Command) -> None:
    write(tmp_path, "nothing.py", content)
    flake8("--select=HTS", "nothing.py").assert_reports([])


# --- Python 3.12 syntax ---------------------------------------------------------------------------

PY312 = '''from flask import abort
from http import HTTPStatus

type Code = int


def f[T](x: T) -> T:
    abort(404)
    return x


class Box[T]:
    def get(self, r) -> T:
        msg = f"{'status'}: {r.status_code == 200}"
        if f"{r.headers["x"]}" and r.status_code == 500:
            pass
        return f"{"\\n".join(x for x in "ab")}{abort(403)}"


def g(r):
    return f"{r.status_code == 418 # teapot
    }"
'''
PY312_EXPECTED = [(8, 10, NOT_FOUND), (14, 46, OK), (15, 52, SERVER_ERROR), (17, 52, FORBIDDEN),
                  (21, 31, TEAPOT)]


def test_python312_syntax_reference_path() -> None:
    """LibCST parses 3.12 syntax on any Python: the reference path finds every status."""
    findings = check_reference(PY312, Config())
    assert [(f.line, f.col, f.text) for f in findings] == PY312_EXPECTED


@pytest.mark.slow
def test_python312_syntax_through_flake8(tmp_path: Path, flake8: Command) -> None:
    write(tmp_path, "new.py", PY312)
    if sys.version_info >= (3, 12):
        flake8("--select=HTS", "new.py").assert_reports(
            [f"new.py:{line}:{col + 1}: {text}" for line, col, text in PY312_EXPECTED])
    else:  # flake8 itself rejects the file (E999); the plugin is never asked, nothing crashes
        run = flake8("--select=E999,HTS", "new.py")
        run.assert_clean()
        assert len(run.lines) == 1 and ": E999 SyntaxError" in run.lines[0], run.stdout


# --- stdin ----------------------------------------------------------------------------------------

STDIN = [
    pytest.param((HEAD + 'x = "é"; abort(404)\r\nif 1:\r    abort(500)\n').encode("utf-8"),
                 "app/views.py", ["app/views.py:2:16: " + NOT_FOUND,
                                  "app/views.py:4:11: " + SERVER_ERROR], id="utf8-crlf-lone-cr"),
    pytest.param(b"# -*- coding: latin-1 -*-\n" + HEAD.encode() + b'x = "\xe9"; abort(404)\n',
                 "l.py", ["l.py:3:16: " + NOT_FOUND], id="latin1"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("source", "name", "expected"), STDIN)
def test_stdin_like_an_editor(tmp_path: Path, flake8: Command, source: bytes, name: str,
                              expected: List[str]) -> None:
    """An editor pipes its unsaved buffer and names it: what is checked is stdin, not the stale
    file of that name on disk, and the lines say the name it gave."""
    write(tmp_path, name, HEAD + "abort(410)\n")
    flake8("--select=HTS", f"--stdin-display-name={name}", "-", stdin=source).assert_reports(expected)


# --- what LibCST cannot parse ---------------------------------------------------------------------
# The one construct found (in CPython's own Lib/test/test_grammar.py and
# Lib/test/typinganndata/ann_module.py) that ``ast`` takes and libcst 1.9 refuses: an annotated
# assignment to a parenthesised target, ``(x): int = 1``. LibCST says "Syntax Error @ 1:1".

UNPARSABLE_CANDIDATE = HEAD + "\n\ndef f():\n    (x): int = abort(404)\n"


def test_libcst_refusal_is_real() -> None:
    for source in ["(x): int = 1\n", "(x): int\n", "(x.y): int = 1\n", "(x[0]): int\n"]:
        ast.parse(source)
        with pytest.raises(cst.ParserSyntaxError):
            cst.parse_module(source)


def test_file_libcst_cannot_parse_is_skipped_silently_and_counted() -> None:
    """The status statement itself is what LibCST refuses: no finding, no noise, counted."""
    tree = ast.parse(UNPARSABLE_CANDIDATE)
    assert list(HttpStatusChecker(tree, flake8_lines(UNPARSABLE_CANDIDATE), "x.py").run()) == []
    checked = check(flake8_lines(UNPARSABLE_CANDIDATE), tree, Config())
    assert checked.findings == [] and len(checked.skipped) == 1


@pytest.mark.slow
def test_file_libcst_cannot_parse_is_silent_in_flake8(tmp_path: Path, flake8: Command) -> None:
    write(tmp_path, "skip.py", UNPARSABLE_CANDIDATE)
    flake8("--select=HTS", "skip.py").assert_reports([])


@pytest.mark.slow
def test_unparsable_statement_elsewhere_does_not_hide_findings(tmp_path: Path, flake8: Command) -> None:
    """The fast path never shows LibCST a statement that cannot hold a finding."""
    write(tmp_path, "elsewhere.py", HEAD + "(pars): bool = True\nabort(404)\n")
    flake8("--select=HTS", "elsewhere.py").assert_reports([f"elsewhere.py:3:7: {NOT_FOUND}"])


@pytest.mark.slow
def test_unparsable_status_statement_hides_only_itself(tmp_path: Path, flake8: Command) -> None:
    """One statement LibCST refuses should not cost the file its other findings: here the
    fragment parse fails, the whole-module fallback fails too, and ``abort(500)`` is lost."""
    write(tmp_path, "one.py", HEAD + "\n\ndef f(r):\n    (r.status_code): int = 404\n"
          "    abort(500)\n")
    flake8("--select=HTS", "one.py").assert_reports([f"one.py:6:11: {SERVER_ERROR}"])


@pytest.mark.filterwarnings("ignore::SyntaxWarning")  # ``1if``: a DeprecationWarning before 3.12
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_closest_candidates_libcst_does_parse() -> None:
    """Edge cases that LibCST 1.9 does parse: the plugin checks those files normally."""
    for source in ["x = f'\\N{BULLET} {y}'\n", "℘ = 1\n", "a·b = 1\n", "if 1:\n\t\x0c x = 1\n",
                   "x = 1if y else 2\n", "[0x1for x in y]\n", "with (a as b, c as d): pass\n",
                   "f'{x:{y}.{z}}'\n", "x = \'\'\'a\rb\'\'\'\n"]:
        with_status = HEAD + source + "abort(404)\n"
        tree = ast.parse(with_status)
        fast = check(flake8_lines(with_status), tree, Config()).findings
        assert [f.text for f in fast] == [NOT_FOUND], source
        assert fast == check_reference(with_status, Config()), source


# --- parallel runs --------------------------------------------------------------------------------

def _tree(tmp_path: Path) -> List[str]:
    files = {
        "a.py": HEAD + "abort(404)\nabort(4004)\n",
        "b.py": "from rest_framework import status\nfrom rest_framework.response import Response\n"
                "\n\ndef v(r):\n    return Response({}, status=201)\n",
        "c.py": "def app(environ, start_response):\n    start_response('404 Not Fund', [])\n",
        "d.py": "",
        "e.py": "x = (\n",  # a syntax error: E999 is not selected, the others go on
        "pkg/f.py": "from http import HTTPStatus\nx = HTTPStatus.USE_PROXY\n",
        "pkg/g.py": "from fastapi import HTTPException\nraise HTTPException(status_code=425)\n",
        "pkg/h.py": HEAD + "if r.status_code == 299:\n    abort(410)\n",
    }
    for name, content in files.items():
        write(tmp_path / "src", name, content)
    return sorted(files)


@pytest.mark.slow
def test_jobs_2_equals_jobs_1(tmp_path: Path, flake8: Command) -> None:
    _tree(tmp_path)
    serial = flake8("--select=HTS", "-j", "1", "src")
    parallel = flake8("--select=HTS", "-j", "2", "src")
    serial.assert_clean()
    parallel.assert_clean()
    assert sorted(serial.lines) == sorted(parallel.lines)
    assert serial.returncode == parallel.returncode == 1
    codes = sorted(line.split(": ", 1)[1].split()[0] for line in serial.lines)
    assert codes == ["HTS001", "HTS001", "HTS001", "HTS002", "HTS003", "HTS004",
                     "HTS005", "HTS006"], serial.stdout
