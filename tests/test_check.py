"""``flake8-httpstatus check`` in-process: exit codes, noqa, selection, stdin, errors, --jobs, and
the settings it reads (flake8's config file, pyproject.toml, the command line). Its agreement
with the real flake8, finding for finding, is tests/test_check_flake8.py."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path
from typing import Sequence, Tuple

import pytest

from flake8_httpstatus.fix import runner
from tests.helpers import CASE_FILES, run_cli

SOURCE = textwrap.dedent("""\
    from flask import Response, abort


    def view(r):
        abort(404)
        abort(404)  # noqa: HTS001
        abort(404)  # noqa
        abort(500)  # NOQA:E501
        abort(299)  # noqa: HTS0
        if r:
            return Response("moved", 301)
        return Response("x", 204)
    """)

L5 = "./views.py:5:11: HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND"
L8 = "./views.py:8:11: HTS001 500 (Internal Server Error): use HTTPStatus.INTERNAL_SERVER_ERROR"
L10 = "./views.py:11:34: HTS001 301 (Moved Permanently): use HTTPStatus.MOVED_PERMANENTLY"
L10_9 = "./views.py:11:34: HTS009 301 (Moved Permanently) without the Location header it needs"
L11 = "./views.py:12:26: HTS001 204 (No Content): use HTTPStatus.NO_CONTENT"
L11_10 = "./views.py:12:26: HTS010 204 (No Content) with a body: this status has no content"


def run(args: Sequence[str], capsys: pytest.CaptureFixture[str]) -> Tuple[int, str, str]:
    return run_cli(args, capsys)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "views.py").write_text(SOURCE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lines(args: Sequence[str], capsys: pytest.CaptureFixture[str], code: int = 1) -> list[str]:
    got, out, err = run(["check", *args], capsys)
    assert (got, err) == (code, ""), err
    return out.splitlines()


def test_default_selection_and_noqa(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """noqa as flake8: a code, a bare noqa, another code (E501 silences nothing of ours), a
    prefix; HTS009 and HTS010 are off by default."""
    assert lines([], capsys) == [L5, L8, L10, L11]
    assert lines(["."], capsys) == [L5, L8, L10, L11]


@pytest.mark.parametrize(("args", "expected"), [
    (["--select=HTS"], [L5, L8, L10, L10_9, L11, L11_10]),
    (["--extend-select=HTS009"], [L5, L8, L10, L10_9, L11]),
    (["--select=HTS001", "--ignore=HTS0"], [L5, L8, L10, L11]),  # the longer code wins
    (["--ignore=HTS001"], [L10_9, L11_10]),  # --ignore replaces the default ignore, as in flake8
    (["--extend-ignore=HTS001", "--extend-select=HTS010"], [L11_10]),
    (["--select=HTS", "--per-file-ignores=views.py:HTS001"], [L10_9, L11_10]),
])
def test_selection_as_flake8(project: Path, capsys: pytest.CaptureFixture[str],
                             args: list[str], expected: list[str]) -> None:
    assert lines(args, capsys, 1 if expected else 0) == expected


def test_a_selection_of_no_hts_code_reports_nothing_and_says_so(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got, out, err = run(["check", "--select=E,W"], capsys)
    assert (got, out) == (0, "")
    assert err.startswith("flake8-httpstatus: warning: flake8's select/ignore turn off every "
                          "HTS code")


def test_selection_from_the_flake8_config(project: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    (project / "setup.cfg").write_text("[flake8]\nextend-select = HTS010\n", encoding="utf-8")
    assert lines([], capsys) == [L5, L8, L10, L11, L11_10]
    assert lines(["--extend-select=HTS009"], capsys) == [L5, L8, L10, L10_9, L11]  # CLI wins
    assert lines(["--isolated"], capsys) == [L5, L8, L10, L11]


def test_file_level_noqa(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "views.py").write_text("# flake8: noqa\n" + SOURCE, encoding="utf-8")
    assert lines([], capsys, 0) == []


def test_stdin(project: Path, monkeypatch: pytest.MonkeyPatch,
               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SOURCE.encode())))
    assert lines(["-"], capsys)[0] == L5.replace("./views.py", "stdin")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SOURCE.encode())))
    assert lines(["--stdin-display-name=app/v.py", "-"], capsys)[0] == \
        L5.replace("./views.py", "app/v.py")


def test_syntax_errors_and_unreadable_files_exit_2(project: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (project / "broken.py").write_text("def f(:\n    abort(404)\n", encoding="utf-8")
    (project / "plain.py").write_text("def f(:\n    pass\n", encoding="utf-8")  # never parsed
    code, out, err = run(["check", ".", "missing.py"], capsys)
    assert code == 2
    assert out.splitlines() == [L5, L8, L10, L11]  # the other files are still checked
    assert err.splitlines() == [
        "./broken.py: error: syntax error: line 1: invalid syntax",
        "missing.py: error: cannot read: No such file or directory",
        "flake8-httpstatus: 2 files could not be checked",
    ]
    assert "Traceback" not in err


@pytest.mark.parametrize(("args", "message"), [
    (["--httpstatus-style=nope"], "flake8-httpstatus: error: --httpstatus-style: 'nope' is not"),
    (["--jobs=0"], "--jobs: '0' is not auto or a whole number from 1"),
    (["--output-format=xml"], "--output-format: invalid choice: 'xml'"),
])
def test_usage_errors_exit_2(project: Path, capsys: pytest.CaptureFixture[str],
                             args: list[str], message: str) -> None:
    code, out, err = run(["check", *args, "."], capsys)
    assert code == 2 and out == "" and message in err
    assert "Traceback" not in err


def test_exit_zero(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(lines(["--exit-zero"], capsys, 0)) == 4


def test_jobs_give_the_result_of_one_job(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    for case in CASE_FILES:
        (tmp_path / case.name).write_bytes(case.read_bytes())
    assert len(CASE_FILES) > runner.PARALLEL_MIN_FILES
    monkeypatch.chdir(tmp_path)
    one = run(["check", "--isolated", "--select=HTS", "-j", "1", "."], capsys)
    two = run(["check", "--isolated", "--select=HTS", "-j", "2", "."], capsys)
    assert one == two and one[0] == 1 and len(one[1].splitlines()) > 100


# --- settings from pyproject.toml -----------------------------------------------------------------

def write_pyproject(root: Path, *settings: str) -> None:
    (root / "pyproject.toml").write_text(
        "[project]\nname = 'x'\n\n[tool.flake8-httpstatus]\n" + "".join(f"{s}\n" for s in settings),
        encoding="utf-8")


def test_pyproject_settings(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_pyproject(project, 'style = "drf"', "allow-literals = [500, 301]")
    assert lines([], capsys) == [L5.replace("HTTPStatus.NOT_FOUND", "status.HTTP_404_NOT_FOUND"),
                                 L11.replace("HTTPStatus.NO_CONTENT", "status.HTTP_204_NO_CONTENT")]


def test_pyproject_loses_to_flake8s_config_and_the_command_line(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_pyproject(project, 'allow-literals = "500,301"', 'style = "drf"')
    (project / "tox.ini").write_text("[flake8]\nhttpstatus-allow-literals = 404\n")
    assert lines(["--httpstatus-style=stdlib"], capsys) == [L8, L10, L11]
    assert lines(["--isolated"], capsys) == [L5, L8, L10, L11]


def test_pyproject_in_a_parent_directory(project: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    write_pyproject(project, "allow-literals = [404, 500, 301, 204]")
    (project / "sub").mkdir()
    (project / "sub" / "pyproject.toml").write_text("[tool.black]\n", encoding="utf-8")  # no table
    monkeypatch.chdir(project / "sub")
    assert lines([".."], capsys, 0) == []


def test_a_bad_pyproject_value_is_one_line(project: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    write_pyproject(project, 'extra-codes = ["499", "99"]')
    code, out, err = run(["check", "."], capsys)
    assert (code, out) == (2, "")
    assert err.splitlines() == ["flake8-httpstatus: error: pyproject.toml [tool.flake8-httpstatus] "
                                "extra-codes: '99' is not a status code in 100-599 "
                                "(comma-separated list)"]


@pytest.mark.parametrize("command", ["check", "fix"])
def test_an_interrupt_exits_130(command: str, project: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(runner, "run_files", interrupted)
    code, _, err = run([command, "views.py"], capsys)
    assert (code, err.splitlines()[-1]) == (130, "flake8-httpstatus: interrupted")
