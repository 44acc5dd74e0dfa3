"""What ``fix`` reports beyond the rewrites: lines it made too long, and bad settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from flake8_httpstatus.fix import cli, runner
from tests.helpers import CASE_FILES

LONG = ("from flask import abort\n\n\ndef view(item):\n"
        "    abort(404) if item is None else abort(403) if item.hidden else None  # pad\n")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(args)
    return code, capsys.readouterr().err


def test_a_line_pushed_past_max_line_length_is_left_without_a_formatter(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """No formatter configured: the rewrites that would make the line too long are not made
    (tests/test_fix_line_length.py has the formatters' side)."""
    (tmp_path / "views.py").write_text(LONG)
    monkeypatch.chdir(tmp_path)
    code, err = run(["fix", "--check", "--isolated", "."], capsys)
    assert code == 0
    assert err.splitlines()[1].endswith(
        "(not rewritten: the line would be 112 characters, over the project's 79 (flake8's "
        "default); rewrite it by hand, or configure black or ruff format)")
    code, err = run(["fix", "--check", "--isolated", "--max-line-length=120", "."], capsys)
    assert code == 1 and "now longer" not in err and "not rewritten" not in err
    (tmp_path / "setup.cfg").write_text("[flake8]\nmax-line-length = 120\n")
    code, err = run(["fix", "--check", "."], capsys)
    assert code == 1 and "now longer" not in err and "not rewritten" not in err


@pytest.mark.parametrize("value", ["0", "wide", "-3"])
def test_a_bad_max_line_length_is_one_line_and_exit_2(
        value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "views.py").write_text(LONG)
    (tmp_path / "setup.cfg").write_text(f"[flake8]\nmax-line-length = {value}\n")
    monkeypatch.chdir(tmp_path)
    code, err = run(["fix", "--check", "."], capsys)
    assert code == 2
    assert err.splitlines() == [f"flake8-httpstatus: error: max-line-length: {value!r} is not a "
                                "positive whole number"]


@pytest.mark.slow
def test_jobs_give_the_result_of_one_job(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """The case corpus (more files than the parallel threshold), fixed with -j 1 and -j 2."""
    cases = CASE_FILES
    assert len(cases) > runner.PARALLEL_MIN_FILES
    outputs = []
    for jobs in ("1", "2"):
        work = tmp_path / jobs
        work.mkdir()
        for path in cases:
            (work / path.name).write_bytes(path.read_bytes())
        monkeypatch.chdir(work)
        code, err = run(["fix", "--isolated", "-j", jobs, "."], capsys)
        outputs.append((code, err, {p.name: p.read_bytes() for p in sorted(work.glob("*.py"))}))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] in (1, 2) and "rewrote" in outputs[0][1]


@pytest.mark.parametrize("value", ["0", "many", "-1"])
def test_a_bad_jobs_value_is_a_usage_error(value: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(["fix", "--jobs", value, "x.py"], capsys)
    assert code == 2 and "--jobs" in err and "is not auto or a whole number from 1" in err
