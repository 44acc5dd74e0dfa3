"""Properties of ``fix`` on generated modules: it never fails its own self-check, it is idempotent,
and after it the checker reports HTS001 only where ``fix`` said it left one for a person.

Modules are assembled from status-bearing snippets (calls, comparisons, assignments, status lines)
with random imports, nesting, name clashes, ``# noqa`` comments, number spellings, CRLF and tabs;
hypothesmith adds arbitrary grammar-generated code around a snippet.
"""

from __future__ import annotations

import ast

import hypothesmith
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from flake8_httpstatus import checker
from flake8_httpstatus.fix.noqa import Noqa
from flake8_httpstatus.lines import universal_lines
from flake8_httpstatus.fix.fixer import FixError, FixOptions, FixResult, fix_source
from flake8_httpstatus.options import Config

pytestmark = [pytest.mark.slow,
              pytest.mark.filterwarnings("ignore::SyntaxWarning", "ignore::DeprecationWarning")]

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

CODES = ["200", "201", "204", "301", "302", "400", "401", "403", "404", "409", "418", "422",
         "429", "500", "503", "299", "305", "425", "103", "4004", "0x194", "4_04", "0o620"]
PHRASES = ["OK", "Not Found", "Not Fund", "Okay", "NOT FOUND", "Created"]
SNIPPETS = [
    "abort({code})", "abort(code={code})", "assert r.status_code == {code}",
    "assert {code} != r.status_code", "assert r.status_code in ({code}, {code2})",
    "resp = make_response(body, {code})", "self.send_response({code})",
    "response.status_code = {code}", "raise HTTPException(status_code={code})",
    'start_response("{code3} {phrase}", [])', "x = r.status_code == {code}if flag else None",
    "return Response({{}}, status={code})", "assertEqual(r.status_code, {code})",
    "self.assertEqual(r.status_code, {code})", "abort(({code}))",
]
IMPORTS = ["from flask import abort, make_response", "from fastapi import HTTPException",
           "import http", "from http import HTTPStatus as S", "from http import HTTPStatus",
           "from rest_framework import status", "from rest_framework.response import Response",
           "from http import cookies", "import os"]
CLASHES = ["status = 3", "HTTPStatus = 1", "http = None", "S = 2"]
COMMENTS = ["", "  # noqa", "  # noqa: HTS001", "  # noqa: E501", "  # noqa:HTS001,E501",
            "  # a comment  "]


@st.composite
def statement(draw: st.DrawFn) -> str:
    template = draw(st.sampled_from(SNIPPETS))
    line = template.format(code=draw(st.sampled_from(CODES)), code2=draw(st.sampled_from(CODES)),
                           code3=draw(st.sampled_from(["200", "404", "201", "299"])),
                           phrase=draw(st.sampled_from(PHRASES)))
    return line + draw(st.sampled_from(COMMENTS))


@st.composite
def module(draw: st.DrawFn) -> bytes:
    indent = draw(st.sampled_from(["    ", "\t"]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append('"""A generated module."""')
    if draw(st.booleans()):
        lines.append("from __future__ import annotations")
    lines += draw(st.lists(st.sampled_from(IMPORTS), max_size=4, unique=True))
    lines += draw(st.lists(st.sampled_from(CLASHES), max_size=1))
    for _ in range(draw(st.integers(1, 4))):
        body = draw(st.lists(statement(), min_size=1, max_size=4))
        where = draw(st.sampled_from(["function", "method", "if", "function-clash", "module"]))
        if where == "module":
            lines += [line for line in body if not line.startswith("return")]
            continue
        if where == "method":
            lines += ["class C:", f"{indent}def m(self, r, body, flag, response, start_response):"]
            depth = indent * 2
        elif where == "if":
            lines += ["def f(self, r, body, flag, response, start_response):", f"{indent}if flag:"]
            depth = indent * 2
        else:
            parameters = "self, r, body, flag, response, start_response"
            if where == "function-clash":
                parameters += ", " + draw(st.sampled_from(["status", "HTTPStatus", "http", "S"]))
            lines.append(f"def f({parameters}):")
            depth = indent
        lines += [depth + line for line in body]
    return (newline.join(lines) + newline).encode("utf-8")


def visible_hts001(text: str) -> int:
    """HTS001 as flake8 shows them: the plugin's entry point on flake8's lines, minus noqa."""
    noqa = Noqa(text)
    lines = universal_lines(text)
    findings = checker.check(lines, ast.parse("".join(lines)), Config()).findings
    return sum(1 for f in findings if f.code == "HTS001" and not noqa.suppresses(f.code, f.line))


def check_properties(source: bytes, fix_phrases: bool) -> FixResult:
    flags = ("--fix-phrases",) if fix_phrases else ()
    first = fix_source(source, Config(), FixOptions(fix_flags=flags))
    second = fix_source(first.fixed, Config(), FixOptions(fix_flags=flags))
    assert second.fixed == first.fixed, "not idempotent"
    assert not second.rewritten
    text = first.fixed.decode(first.encoding)
    ast.parse(first.fixed)
    refused = [left for left in first.left if left.finding.code == "HTS001"]
    assert all(left.reason for left in refused)
    assert visible_hts001(text) == len(refused)
    return first


@SETTINGS
@given(module(), st.booleans())
def test_generated_modules(source: bytes, fix_phrases: bool) -> None:
    check_properties(source, fix_phrases)


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
@given(st.deferred(hypothesmith.from_grammar), statement(), st.booleans())  # built when drawn
def test_grammar_generated_code_around_a_snippet(code: str, snippet: str, before: bool) -> None:
    header = "from flask import abort, make_response\n"
    snippet_line = snippet.replace("return ", "_ = ") + "\n"
    source = header + (snippet_line + code if before else code + "\n" + snippet_line)
    try:
        ast.parse(source)
    except (SyntaxError, ValueError):
        assume(False)
    try:
        check_properties(source.encode("utf-8", "surrogatepass"), fix_phrases=True)
    except FixError as exc:  # only input problems may stop it, never its own self-check
        assert "self-check" not in str(exc), str(exc)
        assume(False)
