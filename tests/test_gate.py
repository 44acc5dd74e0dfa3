"""The plugin's first gate (``gate.may_hold_findings``, from the words written out in
``gate_words.py``) answers as the tables' gate (``words.from_tables``) does: on every case
file, on each word of either set alone and in pairs across the sets, and where only the package a
relative import resolves against holds the word."""

from __future__ import annotations

from pathlib import Path
from typing import List

import pytest

from flake8_httpstatus import gate
from flake8_httpstatus.gate_words import (
    BOTH_GROUPS,
    BOTH_WORDS,
    FINDING_ONLY_WORDS,
    TRIGGER_ONLY_WORDS,
)
from flake8_httpstatus.imports import Package
from flake8_httpstatus.words import finding_words, from_tables, trigger_words

CASES = Path(__file__).parent / "cases"
#: Every word of both sets: those searched alone and the groups' words.
BOTH = (*BOTH_WORDS, *(word for _, words in BOTH_GROUPS for word in words))


def _both(text: str, path: str) -> bool:
    written = gate.may_hold_findings(text, (), path)
    assert written == from_tables(text, (), Package(path)), (text, path)
    return written


def test_the_written_sets_partition_the_tables_words() -> None:
    assert len(set(BOTH)) == len(BOTH)
    assert set(BOTH) | set(TRIGGER_ONLY_WORDS) == set(trigger_words(()))
    assert set(BOTH) | set(FINDING_ONLY_WORDS) == set(finding_words(()))
    assert not set(TRIGGER_ONLY_WORDS) & set(FINDING_ONLY_WORDS)
    for anchor, words in BOTH_GROUPS:  # a group's words share its part
        assert len(words) >= 3 and all(anchor in word for word in words)


def test_anchored_groups_words_by_the_part_most_share() -> None:
    from flake8_httpstatus.words import anchored

    alone, groups = anchored(["NotFoundException", "HTTPException", "ClientException",
                              "HTTPError", "HTTPStatus", "HTTPRedirect", "abort", "status"])
    assert groups == (("Exception", ("NotFoundException", "HTTPException", "ClientException")),)
    assert alone == ("HTTPError", "HTTPStatus", "HTTPRedirect", "abort", "status")  # HTTP: 4 < 5
    assert anchored(["abort", "status"]) == (("abort", "status"), ())


@pytest.mark.parametrize("name", sorted(p.name for p in CASES.glob("*.py")))
def test_case_files_pass_both_gates_alike(name: str) -> None:
    path = CASES / name
    assert _both(path.read_text(encoding="utf-8"), str(path)) is True


def test_each_word_alone_and_across_the_sets() -> None:
    """A word of both sets passes alone; a word of one set only does not, but an owner word with
    a finding word does (``from http import HTTPStatus`` then ``HTTPStatus.USE_PROXY``)."""
    for word in BOTH:
        assert _both(f"x = {word}\n", "app.py")
    for word in (*TRIGGER_ONLY_WORDS, *FINDING_ONLY_WORDS):  # unless it spells one of both
        spells = any(other in word for other in (*TRIGGER_ONLY_WORDS, *FINDING_ONLY_WORDS)
                     if other != word)
        assert _both(f"x = {word}\n", "app.py") is spells
    for owner in TRIGGER_ONLY_WORDS:
        for finding in FINDING_ONLY_WORDS:
            assert _both(f"import {owner}\nx = {finding}\n", "app.py")
    for anchor, _ in BOTH_GROUPS:  # a group's part alone is none of its words
        assert not _both(f"x = {anchor}\n", "app.py")
    assert not _both("x = 1\n", "app.py")


def _package(tmp_path: Path, dotted: str) -> Path:
    directory = tmp_path
    for part in dotted.split("."):
        directory = directory / part
        directory.mkdir()
        (directory / "__init__.py").write_text("", encoding="utf-8")
    return directory


@pytest.mark.parametrize("package, text, expected", [
    # the package's name holds a word of both sets: a relative import brings it in
    ("sanic.response", "from .types import text\n", True),
    ("sanic.response", "import types\n", False),  # no relative import: the text alone
    # an owner's name (``starlette``) in the package, a finding's word in the text
    ("starlette.middleware", "from . import base\nx = USE_PROXY\n", True),
    ("starlette.middleware", "from . import base\n", False),
    # a finding's word in the package (``use_proxy``), an owner's in the text
    ("shop.use_proxy", "import requests\nfrom . import base\n", True),
    ("shop.use_proxy", "from . import base\n", False),
    ("shop.plain", "from . import base\n", False),
])
def test_a_relative_imports_package_counts_as_in_both_gates(
        tmp_path: Path, package: str, text: str, expected: bool) -> None:
    module = _package(tmp_path, package) / "module.py"
    module.write_text(text, encoding="utf-8")
    assert _both(text, str(module)) is expected
    assert _both(text, "stdin") is any(word in text for word in BOTH)  # no package


def test_extra_calls_take_the_tables_gate() -> None:
    from flake8_httpstatus.positions import parse_extra_call

    extra = tuple(parse_extra_call("myapp.fail:0"))
    texts: List[str] = ["fail(404)\n", "x = 1\n"]
    assert [gate.may_hold_findings(t, extra, "app.py") for t in texts] == [
        from_tables(t, extra, Package("app.py")) for t in texts] == [True, False]


@pytest.mark.parametrize("text", [
    'error("x", 404)\n', "fail(code=404)\n", "fail(status_code = 404)\n", "x = [404]\n",
    "f(\n    404,\n)\n", "fail(http_status=\n  404)\n", "max_length=200\n", "x = 404\n",
    "status == 404\n", "f(1000)\n", "f(99)\n", "code_of_a_kind=500\n", "f(x, 4040)\n",
    "statuses = 200\n", "f(a=1, status=300, b=2)\n", "x = '=200'\n", "f(0404)\n",
    "encode=404\n", "f(status\u3000=404)\n", "f(codé=404)\n", "f(é=404)\n",
    "f(" + "a" * 2000 + "code=404)\n", "status" + "_x" * 600 + "=404\n",
])
def test_gives_status_is_the_regex(text: str) -> None:
    """``gate.gives_status`` (a loose search, then the keyword's name before ``=``) finds what
    ``GIVEN_STATUS`` finds."""
    import re

    assert gate.gives_status(text) is (re.search(gate.GIVEN_STATUS, text) is not None)


def test_the_in_process_benchmark_counts_the_case_files() -> None:
    """``benchmarks/in_process.py`` gives every parsable file to the plugin as flake8 does: on the
    case files, the findings flake8 reports for them (each case file has at least one)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "in_process", CASES.parent.parent / "benchmarks" / "in_process.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    files = module.parsed_files(str(CASES))
    assert [path for path, _, _ in files] == sorted(  # (not match_statements.py on 3.9)
        str(path) for path in CASES.glob("*.py") if _parses(path))
    seconds, found = module.run_plugin(files)
    assert seconds > 0 and found >= len(files)


def _parses(path: Path) -> bool:
    import ast

    try:
        ast.parse(path.read_text(encoding="utf-8"))
    except SyntaxError:
        return False
    return True
