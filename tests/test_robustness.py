"""Any input flake8 accepts, the plugin survives: property tests on generated programs.

Three properties, on hypothesmith programs (``from_grammar`` and ``from_node``), on programs built
from status-bearing snippets, and on the two mixed:

* the flake8 entry point (``HttpStatusChecker(tree, lines, filename).run()``) never raises;
* the fast path ``check(lines, tree, config)`` itself never raises: ``run()`` swallows every
  exception, so an exception there is a file whose findings are silently lost;
* whenever LibCST parses the source, the fast path and the reference path
  ``check_reference(source, config)`` give identical findings (the equivalence oracle; strict).

``lines`` are made exactly as flake8 7.x makes them: it reads a file (or stdin) through a text
stream in universal-newlines mode, so ``\\r\\n`` and lone ``\\r`` become ``\\n`` and lines are split at
``\\n`` only; it strips a leading BOM. (``str.splitlines`` would also split at ``\\f``, ``\\v``,
``\\x1c``-``\\x1e``, ``\\x85``, U+2028 and U+2029, which flake8 never does, and would make the line
list disagree with the tree's line numbers: a harness artefact, not a plugin bug. One test below
pins that flake8 really keeps a form feed inside its line.)
"""

from __future__ import annotations

import ast
import io
import warnings
from typing import Callable, List, Optional, Sequence

import hypothesmith
import libcst as cst
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from flake8_httpstatus import plugin as plugin_module
from flake8_httpstatus.checker import check, check_reference
from flake8_httpstatus.options import STYLE_CHOICES, Config, build_config
from flake8_httpstatus.plugin import HttpStatusChecker


def budget(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                               HealthCheck.data_too_large],
    )


# --- the harness: exactly what flake8 hands the plugin -------------------------------------------

def flake8_lines(source: str) -> List[str]:
    """The ``lines`` flake8 gives a plugin for this file content (see the module docstring)."""
    lines = io.StringIO(source, newline=None).readlines()
    if lines and lines[0].startswith("\ufeff"):
        lines[0] = lines[0][1:]
    return lines


def parse_or_reject(source: str) -> Optional[ast.Module]:
    """flake8's ``ast.parse("".join(lines))``; None when flake8 would report E999 instead."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return ast.parse("".join(flake8_lines(source)))
        except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
            return None


def libcst_parses(source: str) -> bool:
    try:
        cst.parse_module(source)
    except (cst.ParserSyntaxError, RecursionError):
        return False
    return True


def assert_survives_and_agrees(source: str, config: Config) -> None:
    tree = parse_or_reject(source)
    assume(tree is not None)
    assert tree is not None
    lines = flake8_lines(source)
    joined = "".join(lines)

    # 1. the flake8 entry point never raises
    saved = HttpStatusChecker.config
    HttpStatusChecker.config = config
    try:
        reported = list(HttpStatusChecker(tree, lines, "x.py").run())
    finally:
        HttpStatusChecker.config = saved
    for line, col, text, kind in reported:
        assert isinstance(line, int) and line >= 1
        assert isinstance(col, int) and col >= 0
        assert text[:3] == "HTS" and text[3:6].isdigit() and text[6] == " "
        assert kind is HttpStatusChecker

    # 2. the fast path itself raises nothing (run() would hide it: findings silently lost)
    fast = check(lines, tree, config).findings
    assert [(f.line, f.col, f.text) for f in fast] == [(r[0], r[1], r[2]) for r in reported]

    # 3. the equivalence oracle, whenever LibCST parses the whole module
    if libcst_parses(joined):
        reference = check_reference(joined, config)
        assert fast == reference, _diff(joined, fast, reference)


def _diff(source: str, fast: Sequence[object], reference: Sequence[object]) -> str:
    only_fast = [f for f in fast if f not in reference]
    only_ref = [f for f in reference if f not in fast]
    return (f"fast path and reference path disagree\n--- source ---\n{source}\n"
            f"--- only fast: {only_fast}\n--- only reference: {only_ref}")


# --- configurations -------------------------------------------------------------------------------

CODES = [100, 101, 102, 103, 200, 201, 204, 206, 226, 299, 301, 302, 304, 305, 306, 307, 308, 400,
         401, 402, 403, 404, 405, 410, 418, 421, 422, 425, 429, 451, 499, 500, 501, 502, 503, 504,
         520, 599]

configs = st.builds(
    lambda style, target, extra, allow, calls: build_config({
        "style": style, "target_version": target, "extra_codes": extra,
        "allow_literals": allow, "extra_calls": calls,
    }),
    st.sampled_from(STYLE_CHOICES),
    st.sampled_from(["3.9", "3.11", "3.13"]),
    st.lists(st.sampled_from(["499", "520", "299", "599"]), max_size=2).map(",".join),
    st.lists(st.sampled_from(["200", "404", "500"]), max_size=2).map(",".join),
    st.lists(st.sampled_from(["myapp.http.fail:0", ".reply:1:code", "helpers.deny:status"]),
             max_size=2).map(",".join),
)


# --- status-bearing snippets ----------------------------------------------------------------------

IMPORTS = [
    "from flask import abort, redirect, make_response",
    "import flask",
    "from http import HTTPStatus",
    "import http",
    "from rest_framework import status",
    "from rest_framework.response import Response",
    "from fastapi import HTTPException, FastAPI, status",
    "from starlette.responses import JSONResponse, RedirectResponse",
    "from aiohttp import web",
    "import tornado.web",
    "from django.http import HttpResponse",
    "from werkzeug.exceptions import abort as wabort",
    "from myapp.http import fail",
    "import requests",
    "from urllib.request import urlopen",
]

number_texts = st.one_of(
    st.sampled_from(CODES).map(str),
    st.sampled_from(["0", "1", "99", "600", "1000", "4004", "0x194", "0o624", "0b110010100",
                     "4_04", "2_00", "404.0", "404j", "True", "None", "-404", "+200", "(404)",
                     "x", "status.HTTP_404_NOT_FOUND", "HTTPStatus.USE_PROXY",
                     "HTTPStatus.EARLY_HINTS", "status.HTTP_425_TOO_EARLY"]),
)

PHRASES = ["OK", "Not Found", "NOT FOUND", "Not Fund", "Created", "I'm a teapot", "", "OK ", "Teapot"]


@st.composite
def status_lines(draw: st.DrawFn) -> str:
    code = draw(st.sampled_from(CODES + [99, 600]))
    phrase = draw(st.sampled_from(PHRASES))
    text = f"{code} {phrase}" if phrase or draw(st.booleans()) else str(code)
    prefix = draw(st.sampled_from(["", "b", "r", "u", "f"]))
    quote = draw(st.sampled_from(["'", '"', '"""']))
    if "'" in text and quote == "'":
        quote = '"'
    return f"{prefix}{quote}{text}{quote}"


#: Expressions / simple statements; {n}, {m}, {k}: numbers; {s}: a status-line string.
SIMPLE = [
    "abort({n})", "abort(code={n})", "flask.abort({n})", "wabort({n})", "fail({n})",
    "redirect('/x', {n})", "redirect('/x', code={n})", "make_response('x', {n})",
    "r.status_code == {n}", "{n} != r.status", "r.status_code in ({n}, {m})",
    "resp.status not in [{n}, {m}, {k}]", "urlopen(u).getcode() == {n}",
    "x = r.status_code == {n} or r.status_code == {m}",
    "start_response({s}, h)", "start_response(status={s}, response_headers=[])",
    "self.start_response({s}, [])", "status = {s}", "flask.Response('x', {s})",
    "response.status_code = {n}", "response.status = {n}", "resp.status_int = {n}",
    "raise HTTPException(status_code={n})", "raise HTTPException({n}, detail='x')",
    "JSONResponse({{}}, {n})", "RedirectResponse('/', status_code={n})",
    "web.Response(status={n})", "web.json_response({{}}, status={n})",
    "self.send_response({n})", "self.send_error({n}, 'x')", "self.set_status({n})",
    "raise tornado.web.HTTPError({n})", "self.assertEqual(r.status_code, {n})",
    "self.assertEqual({n}, response.status_code)", "self.assertIn(r.status_code, ({n}, {m}))",
    "self.assertContains(r, 'x', 1, {n})", "self.assertRedirects(r, '/', {n}, {m})",
    "HttpResponse('x', 'text/plain', {n})", "HttpResponse(status={n})",
    "Response(data, status={n})", "Response(data, {n})", "order.update(status={n})",
    "x = HTTPStatus({n})", "x = http.HTTPStatus({n})", "x = HTTPStatus.USE_PROXY",
    "y = status.HTTP_425_TOO_EARLY", "ok = requests.codes.teapot", "app.reply(x, code={n})",
    "helpers.deny(status={n})", "x = {n}", "MAX = {n}", "print({n})", "lambda: abort({n})",
    "y = [abort({n}) for _ in z]", "f(x=abort({n}))", "assert r.status_code == {n}, r",
]

#: Compound snippets (first line + indented block); {i} is the block's indentation.
COMPOUND = [
    "match r.status_code:\n{i}case {n}:\n{i}{i}pass\n{i}case {m} | {k}:\n{i}{i}pass\n"
    "{i}case _:\n{i}{i}pass",
    "match resp.status:\n{i}case ({n} | {m}) as c:\n{i}{i}abort({k})",
    "match x:\n{i}case {n}:\n{i}{i}abort({m})",
    "@app.errorhandler({n})\ndef handler(e):\n{i}return 'x', {m}",
    "@app.get('/', responses={{{n}: {{'description': 'x'}}, {m}: {{}}}})\n"
    "async def route():\n{i}return {{}}",
    "class E(Exception):\n{i}status_code = {n}\n{i}detail = {m}",
    "class V:\n{i}def get(self):\n{i}{i}return 'body', {n}, {{}}",
    "def view():\n{i}if x:\n{i}{i}return jsonify(x), {n}\n{i}return {m}, 'x'",
    "def view(request):\n{i}return Response({{}}, status={n})",
    "if r.status_code == {n}:\n{i}pass\nelif r.status_code == {m}:\n{i}abort({k})\nelse:\n{i}pass",
    "while r.status_code != {n}:\n{i}abort({m})",
    "for c in (r.status_code == {n},):\n{i}pass",
    "with ctx(status={n}) as c:\n{i}abort({m})",
    "try:\n{i}abort({n})\nexcept E:\n{i}abort({m})\nfinally:\n{i}r.status_code = {k}",
    "def f(code={n}, *, other=abort({m})):\n{i}pass",
]

WRAPPERS = [
    "{body}",
    "def f(r):\n{body}",
    "async def f(r):\n{body}",
    "class C:\n{body}",
    "class C:\n{i}def m(self, r):\n{body2}",
    "if x:\n{body}",
    "if x:\n{i}pass\nelse:\n{body}",
    "for _ in y:\n{body}",
    "with z:\n{body}",
    "try:\n{body}\nexcept Exception:\n{i}pass",
    "@decorator(abort(404))\ndef f():\n{body}",
    "@app.route('/', methods=['GET'])\n@login_required\ndef f():\n{body}",
]


def _indent(block: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else line for line in block.split("\n"))


@st.composite
def statement(draw: st.DrawFn, indent: str) -> str:
    fill = {"n": draw(number_texts), "m": draw(number_texts), "k": draw(number_texts),
            "s": draw(status_lines()), "i": indent}
    if draw(st.integers(0, 3)) == 0:
        text = draw(st.sampled_from(COMPOUND)).format(**fill)
        if draw(st.booleans()) and text.count("\n") >= 1 and "\n" + indent + "pass" in text:
            # one-liner body where the grammar allows it: 'if x: pass'
            text = text.replace(":\n" + indent + "pass", ": pass", 1)
        return text
    parts = [draw(st.sampled_from(SIMPLE)).format(**fill)
             for _ in range(draw(st.integers(1, 3)))]
    sep = draw(st.sampled_from(["; ", ";", " ; "]))
    text = sep.join(parts)
    if draw(st.booleans()):
        text += draw(st.sampled_from(["", ";", "  # noqa", "  # type: ignore", "  # comment"]))
    return text


@st.composite
def snippet_programs(draw: st.DrawFn) -> str:
    indent = draw(st.sampled_from(["    ", "  ", " ", "\t", "        ", "   "]))
    header = draw(st.lists(st.sampled_from(IMPORTS), max_size=5, unique=True))
    if draw(st.booleans()):
        header.insert(0, '"""Docstring."""')
    chunks: List[str] = ["\n".join(header)] if header else []
    for _ in range(draw(st.integers(1, 5))):
        stmts = [draw(statement(indent)) for _ in range(draw(st.integers(1, 3)))]
        body = "\n".join(stmts)
        wrapper = draw(st.sampled_from(WRAPPERS))
        if wrapper == "{body}":
            chunk = body
        else:
            chunk = wrapper.format(body=_indent(body, indent), body2=_indent(body, indent * 2),
                                   i=indent)
            if draw(st.integers(0, 4)) == 0 and "\n" not in body and wrapper.startswith(
                    ("if x:\n{body}", "for _", "with z")) and wrapper.count("\n") == 1:
                chunk = wrapper.split("\n")[0] + " " + body  # 'if x: abort(404); y = 1'
        chunks.append(chunk)
    blank = draw(st.sampled_from(["\n", "\n\n", "\n\n\n", "\n# between\n", "\n\x0c\n"]))
    source = blank.join(chunks)
    eol = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    source = source.replace("\n", eol)
    if draw(st.booleans()):
        source += eol
    if draw(st.integers(0, 9)) == 0:
        source = "\ufeff" + source
    return source


# --- the properties -------------------------------------------------------------------------------
# hypothesmith builds a parser for Python's grammar when a strategy is made (seconds): deferred, it
# is built when a test draws from it, not when the module is collected (``pytest -m "not slow"``).

from_grammar = st.deferred(hypothesmith.from_grammar)
from_node = st.deferred(hypothesmith.from_node)


@pytest.mark.slow
@budget(60)
@given(source=from_grammar, config=configs)
def test_from_grammar_programs(source: str, config: Config) -> None:
    assert_survives_and_agrees(source, config)


@pytest.mark.slow
@budget(40)
@given(source=from_node, config=configs)
def test_from_node_programs(source: str, config: Config) -> None:
    assert_survives_and_agrees(source, config)


@pytest.mark.slow
@budget(350)
@given(source=snippet_programs(), config=configs)
def test_status_snippet_programs(source: str, config: Config) -> None:
    assert_survives_and_agrees(source, config)


@pytest.mark.slow
@budget(60)
@given(generated=st.one_of(from_grammar, from_node),
       snippets=snippet_programs(), before=st.booleans(), config=configs)
def test_generated_programs_with_snippets(generated: str, snippets: str, before: bool,
                                          config: Config) -> None:
    generated = generated.replace("\r\n", "\n").replace("\r", "\n")
    snippets = snippets.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not generated.endswith("\n"):
        generated += "\n"
    source = snippets + "\n" + generated if before else generated + snippets + "\n"
    assert_survives_and_agrees(source, config)


# --- deterministic companions ---------------------------------------------------------------------

def test_flake8_lines_keep_form_feeds_and_split_lone_cr() -> None:
    """The harness matches flake8: ``\\f`` stays inside its line, lone ``\\r`` ends one."""
    assert flake8_lines("a = '\x0c'\r\nb\rc\x0cd\n") == ["a = '\x0c'\n", "b\n", "c\x0cd\n"]
    assert flake8_lines("\ufeffx = 1\n") == ["x = 1\n"]


@pytest.mark.parametrize("error", [RecursionError, MemoryError, ValueError, KeyError])
def test_run_swallows_errors_of_the_checker(monkeypatch: pytest.MonkeyPatch,
                                            error: Callable[[], BaseException]) -> None:
    """Our own error path: whatever the checker raises, run() yields nothing and raises nothing."""
    def boom(*args: object, **kwargs: object) -> list[object]:
        raise error()

    from flake8_httpstatus import checker  # the plugin imports its functions at first use

    monkeypatch.setattr(checker, "check", boom)
    monkeypatch.setattr(checker, "check_reference", boom)
    source = "from flask import abort\nabort(404)\n"
    tree = ast.parse(source)
    assert list(HttpStatusChecker(tree, source.splitlines(True), "x.py").run()) == []
    monkeypatch.setenv(plugin_module.REFERENCE_ENV, "1")
    assert list(HttpStatusChecker(tree, source.splitlines(True), "x.py").run()) == []


def test_run_swallows_a_real_recursion_error() -> None:
    """A real RecursionError from deep inside LibCST's visitor: swallowed, not raised."""
    source = "from flask import abort\nx = abort(404) and " + " and ".join(["a"] * 600) + "\n"
    tree = ast.parse(source)
    list(HttpStatusChecker(tree, source.splitlines(True), "x.py").run())


def test_skipped_counts_files_libcst_cannot_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """Our own error path for a LibCST parse failure, on an ordinary file (the real refusal,
    ``(x): int = 1``, is in tests/test_pathological.py): skipped silently, counted."""
    real_parse = cst.parse_module

    def failing_parse(source: str, *args: object, **kwargs: object) -> cst.Module:
        return real_parse("def (:\n")  # raises a genuine ParserSyntaxError

    monkeypatch.setattr(cst, "parse_module", failing_parse)
    source = "from flask import abort\nabort(404)\n"
    tree = ast.parse(source)
    assert list(HttpStatusChecker(tree, source.splitlines(True), "x.py").run()) == []
    checked = check(source.splitlines(True), tree, Config())
    assert checked.findings == [] and len(checked.skipped) == 1
