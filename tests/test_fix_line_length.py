"""``fix`` keeps to the project's line length (fix/line_length.py): which length that is (black's,
ruff's, flake8's, 79), what the summary counts against it with a formatter, and the rewrites left
with the reason without one. Each test is a real project in ``tmp_path`` run through the real
command (in-process, ``helpers.run_cli``); the slow ones run black and flake8 on the result."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Dict, List, Optional

import pytest

from flake8_httpstatus.fix.line_length import LineLength, project_line_length
from tests.helpers import CASE_FILES, Command, run_cli

#: What a rewrite of ``404`` adds to its line: ``HTTPStatus.NOT_FOUND`` is 17 characters longer.
GROWTH = len("HTTPStatus.NOT_FOUND") - len("404")


def padded(length: int) -> str:
    """``    abort(404, "xx...")``: a line of exactly ``length`` characters."""
    head, tail = '    abort(404, "', '")'
    return head + "x" * (length - len(head) - len(tail)) + tail


def module(*lengths: int) -> str:
    """A view module whose function has one ``abort(404, ...)`` line of each length (from line 5)."""
    return "from flask import abort\n\n\ndef view():\n" + "".join(
        padded(length) + "\n" for length in lengths)


def project(root: Path, files: Dict[str, str], *lengths: int) -> Path:
    """A project in ``root``: its config ``files`` and ``views.py`` with lines of ``lengths``."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text)
    (root / "views.py").write_text(module(*lengths))
    return root


def fix(root: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        *options: str) -> tuple[int, List[str]]:
    monkeypatch.chdir(root)
    code, _, err = run_cli(["fix", "--check", *options, "."], capsys)
    return code, err.splitlines()


def left(line: int, length: int, limit: str) -> str:
    """The summary row of a 404 on ``line`` left because its line would be ``length`` long."""
    return (f"./views.py:{line}:11: HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND (not "
            f"rewritten: the line would be {length} characters, over the project's {limit}; "
            "rewrite it by hand, or configure black or ruff format)")


BLACK_100 = {"pyproject.toml": "[tool.black]\nline-length = 100\n"}
RUFF_120 = {"pyproject.toml": "[tool.ruff]\nline-length = 120\n"}
RUFF_FORMAT_120 = {"pyproject.toml": "[tool.ruff]\nline-length = 120\n\n[tool.ruff.format]\n"
                                     "quote-style = \"double\"\n"}
FLAKE8_100 = {"setup.cfg": "[flake8]\nmax-line-length = 100\n"}


# --- with a formatter: every rewrite made, the lines past its length counted ---------------------

def test_black_line_length_is_what_the_summary_counts_against(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """80 + 17 stays within black's 100, 90 + 17 does not; 79 would have counted neither (both
    lines were past it already): the report that opened #19."""
    project(tmp_path, BLACK_100, 80, 90)
    code, err = fix(tmp_path, capsys, monkeypatch)
    assert code == 1
    assert err == ["would rewrite ./views.py (2 findings)",
                   "would rewrite 2 findings in 1 file",
                   "1 line now longer than 100 characters (black line-length): run black"]


def test_black_without_a_line_length_is_88(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    project(tmp_path, {"pyproject.toml": "[tool.black]\ntarget-version = ['py39']\n"}, 72, 75, 90)
    code, err = fix(tmp_path, capsys, monkeypatch)
    assert code == 1
    assert err[-1] == "2 lines now longer than 88 characters (black line-length): run black"


def test_a_ruff_format_table_makes_ruff_the_formatter(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    project(tmp_path, RUFF_FORMAT_120, 100, 110)
    code, err = fix(tmp_path, capsys, monkeypatch)
    assert code == 1
    assert err[-2:] == ["would rewrite 2 findings in 1 file",
                        "1 line now longer than 120 characters (ruff line-length): run ruff format"]


def test_ruff_toml_with_a_format_table(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    project(tmp_path, {"ruff.toml": "line-length = 100\n\n[format]\nindent-style = \"space\"\n"},
            80, 90)
    code, err = fix(tmp_path, capsys, monkeypatch)
    assert err[-1] == "1 line now longer than 100 characters (ruff line-length): run ruff format"


def test_a_pre_commit_hook_says_which_formatter_runs(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``ruff format`` configured by nothing but its hook, at the line length of ``[tool.ruff]``;
    black's hook alone: black at 88."""
    hooks = ("repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.6.0\n"
             "    hooks:\n      - id: ruff\n      - id: ruff-format\n")
    project(tmp_path / "ruff", {".pre-commit-config.yaml": hooks,
                                "pyproject.toml": "[tool.ruff]\nline-length = 100\n"}, 80, 90)
    code, err = fix(tmp_path / "ruff", capsys, monkeypatch)
    assert err[-1] == "1 line now longer than 100 characters (ruff line-length): run ruff format"
    black = "repos:\n  - repo: https://github.com/psf/black\n    hooks:\n      - id: black\n"
    project(tmp_path / "black", {".pre-commit-config.yaml": black}, 72, 75, 90)
    code, err = fix(tmp_path / "black", capsys, monkeypatch)
    assert err[-1] == "2 lines now longer than 88 characters (black line-length): run black"


def test_the_formatters_length_beats_flake8s(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """flake8 at 79, black at 100: black rewraps what is past 100, and only that."""
    project(tmp_path, {**BLACK_100, "setup.cfg": "[flake8]\nmax-line-length = 79\n"}, 60, 90)
    code, err = fix(tmp_path, capsys, monkeypatch)
    assert err[-2:] == ["would rewrite 2 findings in 1 file",
                        "1 line now longer than 100 characters (black line-length): run black"]


def test_max_line_length_on_the_command_line_wins(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    project(tmp_path, {"pyproject.toml": "[tool.black]\nline-length = 120\n"}, 80, 90)
    code, err = fix(tmp_path, capsys, monkeypatch, "--max-line-length=100")
    assert err[-1] == "1 line now longer than 100 characters (--max-line-length): run black"


def test_each_project_its_own_length_and_row(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two projects in one run: each file keeps to its own project's length."""
    project(tmp_path / "a", BLACK_100, 90)
    project(tmp_path / "b", RUFF_FORMAT_120, 110)
    project(tmp_path / "c", {"pyproject.toml": "[tool.black]\n"}, 80)
    code, err = fix(tmp_path, capsys, monkeypatch, "-j", "1")
    assert err[-4:] == ["would rewrite 3 findings in 3 files",
                        "1 line now longer than 88 characters (black line-length): run black",
                        "1 line now longer than 100 characters (black line-length): run black",
                        "1 line now longer than 120 characters (ruff line-length): run ruff format"]


# --- without a formatter: a rewrite that would cross the length is left, with the reason ---------

def test_ruff_line_length_alone_is_a_linters_limit(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``[tool.ruff]`` without a format table: ruff lints at 120; nothing rewraps."""
    project(tmp_path, RUFF_120, 100, 110)
    code, err = fix(tmp_path, capsys, monkeypatch)
    assert code == 1
    assert err == ["would rewrite ./views.py (1 finding)",
                   "would rewrite 1 finding in 1 file; 1 left for a person:",
                   left(6, 127, "120 (ruff line-length)")]


def test_ruff_without_a_line_length_lints_at_its_default_88(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``[tool.ruff.lint]`` alone: ruff's E501 is at its default 88, not flake8's 79 -- a line
    of 84 (past 79) pushed past 88 would be a new failure (httpx's ``_auth.py``)."""
    project(tmp_path, {"pyproject.toml": "[tool.ruff.lint]\nselect = [\"E\", \"F\"]\n"}, 84, 70)
    code, err = fix(tmp_path, capsys, monkeypatch)
    assert code == 1
    assert err == ["would rewrite ./views.py (1 finding)",
                   "would rewrite 1 finding in 1 file; 1 left for a person:",
                   left(5, 101, "88 (ruff line-length)")]


def test_dot_ruff_toml_without_a_format_table(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    project(tmp_path, {".ruff.toml": "line-length = 100\n"}, 90)
    code, err = fix(tmp_path, capsys, monkeypatch)
    assert code == 0
    assert err == ["would rewrite 0 findings in 0 files; 1 left for a person:",
                   left(5, 107, "100 (ruff line-length)")]


def test_flake8_max_line_length(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    project(tmp_path, FLAKE8_100, 80, 90)
    code, err = fix(tmp_path, capsys, monkeypatch)
    assert err == ["would rewrite ./views.py (1 finding)",
                   "would rewrite 1 finding in 1 file; 1 left for a person:",
                   left(6, 107, "100 (flake8 max-line-length)")]


def test_nothing_configured_is_flake8s_79(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """One the rewrite would push past 79 is left. A line already past it says the project's
    length is longer and unknown: rewritten while it stays within the file's longest line, left
    where it would pass it (drf-spectacular's 118-character line became 128, past the 120 its
    repository's flake8 uses)."""
    project(tmp_path, {}, 60, 70, 85)
    code, err = fix(tmp_path, capsys, monkeypatch)
    assert err == ["would rewrite ./views.py (1 finding)",
                   "would rewrite 1 finding in 1 file; 2 left for a person:",
                   left(6, 87, "79 (flake8's default) and longer than the file's longest line "
                        "(85)"),
                   left(7, 102, "79 (flake8's default) and longer than the file's longest line "
                        "(85)")]
    project(tmp_path, {}, 60, 85, 110)  # 85 + 17 stays within the longest, 110
    code, err = fix(tmp_path, capsys, monkeypatch)
    assert err == ["would rewrite ./views.py (2 findings)",
                   "would rewrite 2 findings in 1 file; 1 left for a person:",
                   left(7, 127, "79 (flake8's default) and longer than the file's longest line "
                        "(110)")]


def test_the_smallest_linter_limit(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """flake8 at 100 and ruff at 90, neither formatting: a line over 90 fails ruff's E501."""
    project(tmp_path, {**FLAKE8_100, "pyproject.toml": "[tool.ruff]\nline-length = 90\n"}, 80)
    code, err = fix(tmp_path, capsys, monkeypatch)
    assert err[-1] == left(5, 97, "90 (ruff line-length)")


def test_isolated_reads_no_formatter(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    project(tmp_path, BLACK_100, 70)
    code, err = fix(tmp_path, capsys, monkeypatch, "--isolated")
    assert err[-1] == left(5, 87, "79 (flake8's default)")


def test_a_line_with_noqa_e501_is_rewritten(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "views.py").write_text(module(70).replace('")\n', '")  # noqa: E501\n'))
    code, err = fix(tmp_path, capsys, monkeypatch)
    assert err == ["would rewrite ./views.py (1 finding)", "would rewrite 1 finding in 1 file"]


def test_every_finding_on_the_line_is_left_and_its_import_not_added(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two findings on one line that together push it past 79: both left, and the import only
    the one that fits needs is added once. A second run changes nothing and says the same."""
    text = ("from flask import abort\n\n\ndef view(item):\n"
            "    abort(404) if item is None else abort(403) if item.hidden else None\n"
            "    abort(404)\n")
    (tmp_path / "views.py").write_text(text)
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(["fix", "."], capsys)
    assert code == 1
    reason = ("the line would be 105 characters, over the project's 79 (flake8's default); "
              "rewrite it by hand, or configure black or ruff format")
    expected = [f"./views.py:5:11: HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND "
                f"(not rewritten: {reason})",
                f"./views.py:5:43: HTS001 403 (Forbidden): use HTTPStatus.FORBIDDEN "
                f"(not rewritten: {reason})"]
    assert err.splitlines()[1:] == ["rewrote 1 finding in 1 file; 2 left for a person:",
                                    *expected]
    fixed = (tmp_path / "views.py").read_text()
    assert fixed == ("from http import HTTPStatus\n\nfrom flask import abort\n\n\n"
                     "def view(item):\n" + text.splitlines(keepends=True)[4]
                     + "    abort(HTTPStatus.NOT_FOUND)\n")
    code, _, err = run_cli(["fix", "."], capsys)
    assert code == 0
    assert err.splitlines() == ["rewrote 0 findings in 0 files; 2 left for a person:",
                                *(row.replace(":5:", ":7:") for row in expected)]
    assert (tmp_path / "views.py").read_text() == fixed


def test_an_added_import_is_wrapped_at_the_project_length(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The name joins the framework's import on one line at black's 100, where 79 would wrap
    it."""
    names = "FastAPI, HTTPException, Request, Response, Depends, BackgroundTasks"
    (tmp_path / "pyproject.toml").write_text("[tool.black]\nline-length = 100\n")
    (tmp_path / "api.py").write_text(
        f"from fastapi import {names}\n\napp = FastAPI()\n\n\n"
        "@app.get(\"/\")\ndef read() -> None:\n    raise HTTPException(status_code=404)\n")
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(["fix", "--httpstatus-style=fastapi", "."], capsys)
    assert code == 1, err
    assert (tmp_path / "api.py").read_text().splitlines()[0] == \
        f"from fastapi import {names}, status"


# --- the precedence, function by function -------------------------------------------------------

@pytest.mark.parametrize("files, cli, flake8, expected", [
    ({}, None, None, LineLength()),
    ({}, None, 100, LineLength(100, "flake8 max-line-length")),
    (RUFF_120, None, None, LineLength(120, "ruff line-length")),
    (RUFF_120, None, 100, LineLength(100, "flake8 max-line-length")),
    (BLACK_100, None, 79, LineLength(100, "black line-length", "black")),
    (BLACK_100, 90, 79, LineLength(90, "--max-line-length", "black")),
    ({"pyproject.toml": "[tool.black]\n\n[tool.ruff]\nline-length = 120\n\n[tool.ruff.format]\n"},
     None, None, LineLength(88, "black line-length", "black")),
    ({"pyproject.toml": "[tool.ruff.format]\n"}, None, None,
     LineLength(88, "ruff line-length", "ruff format")),
    ({"ruff.toml": "line-length = 100\n", "pyproject.toml": "[tool.ruff]\nline-length = 120\n"},
     None, None, LineLength(100, "ruff line-length")),
    ({"pyproject.toml": "[tool.black]\nline-length = 'wide'\n"}, None, None,
     LineLength(88, "black line-length", "black")),
    ({"pyproject.toml": "[project]\nname = 'x'\n"}, None, None, LineLength()),
], ids=["nothing", "flake8", "ruff-lint", "smallest-linter", "black-over-flake8", "cli",
        "black-over-ruff-format", "ruff-format-default", "ruff-toml-first", "bad-value",
        "unrelated-pyproject"])
def test_precedence(files: Dict[str, str], cli: Optional[int], flake8: Optional[int],
                    expected: LineLength, tmp_path: Path) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    (tmp_path / "pkg").mkdir()
    assert project_line_length(str(tmp_path / "pkg"), cli=cli, flake8=flake8) == expected


# --- the result, formatted and linted by the real tools -----------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("black") is None, reason="black is not installed")
def test_black_after_fix_leaves_no_line_past_its_length(
        tmp_path: Path, httpstatus: Command, python: Command, flake8: Command) -> None:
    """With black at 100: fix rewrites every line and counts the ones past 100; black rewraps
    them; flake8's E501 at 100 is then clean."""
    project(tmp_path, BLACK_100, 80, 90, 98)
    assert python("-m", "black", "--check", "-q", ".").returncode == 0  # black-clean before
    ran = httpstatus("fix", ".")
    assert ran.returncode == 1, ran.stderr
    assert ran.stderr.splitlines()[-1] == \
        "2 lines now longer than 100 characters (black line-length): run black"
    assert "abort(404" not in (tmp_path / "views.py").read_text()
    assert python("-m", "black", "-q", ".").returncode == 0
    flake8("--max-line-length=100", "--select=E501", "views.py").assert_reports([])


@pytest.mark.slow
def test_without_a_formatter_fix_adds_no_e501(tmp_path: Path, httpstatus: Command,
                                              flake8: Command) -> None:
    """flake8 at 100, no formatter: E501 reports the same lines after fix as before (the one
    already too long), and the rewrite that would have added one is left."""
    project(tmp_path, FLAKE8_100, 70, 90, 120)
    before = flake8("--select=E501", "views.py")
    assert len(before.lines) == 1
    ran = httpstatus("fix", ".")
    assert ran.returncode == 1 and "1 left for a person" in ran.stderr, ran.stderr
    after = flake8("--select=E501", "views.py")
    after.assert_clean()
    assert [line.split(":")[:2] for line in after.lines] == [["views.py", "9"]]  # was line 7


@pytest.mark.slow
def test_the_case_corpus_gains_no_e501_without_a_formatter(
        tmp_path: Path, httpstatus: Command, flake8: Command) -> None:
    """Every case file, no configuration (flake8's 79): fix rewrites what fits and leaves the
    rest with the reason; flake8 then reports no more E501 lines than before."""
    for path in CASE_FILES:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    before = flake8("--select=E501", ".").lines
    done = httpstatus("fix", ".")
    assert done.returncode == 1, done.stderr
    assert "over the project's 79 (flake8's default)" in done.stderr
    assert "now longer than" not in done.stderr
    after = flake8("--select=E501", ".").lines
    assert len(after) <= len(before), "\n".join(after)
