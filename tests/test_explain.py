"""``flake8-httpstatus rules`` and ``flake8-httpstatus rule CODE`` as a user runs them: through
``main()`` in-process, and once through the real console command (slow)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

import pytest

from flake8_httpstatus.fix import cli
from flake8_httpstatus.rules import RULES, Fixability
from tests.helpers import ROOT, Command


def main(args: Sequence[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_rules_lists_every_code_on_one_aligned_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = main(["rules"], capsys)
    assert (code, err) == (0, "")
    header, *lines = out.splitlines()
    assert header.split() == ["code", "name", "default", "fixable"]
    assert [line.split()[0] for line in lines] == list(RULES)
    for column in ("name", "default", "fixable"):  # every column starts where its title does
        at = header.index(column)
        assert all(line[at - 2:at] == "  " and line[at] != " " for line in lines), column
    for line in lines:
        cells = re.split(r"\s{2,}", line)
        rule = RULES[cells[0]]
        assert cells[1:3] == [rule.name, "on" if rule.default else "off"]
        always = "yes" if rule.safety.startswith("Safe:") else "yes, unsafe ones with --unsafe-fixes"
        assert cells[3] == {Fixability.ALWAYS: always, Fixability.NEVER: "no"}.get(
            rule.fixability, f"with --unsafe-fixes or {rule.fix_flag}")


def _section(page: str, code: str) -> str:
    """The code's section of docs/rules.md: from its heading to the next."""
    start = page.index(f"## {code} ")
    end = page.find("\n## ", start)
    return (page[start:] if end == -1 else page[start:end]).rstrip("\n") + "\n"


@pytest.mark.parametrize("rule_code", list(RULES))
def test_rule_prints_its_section_of_docs_rules_md(rule_code: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = main(["rule", rule_code], capsys)
    assert (code, err) == (0, "")
    assert out == _section((ROOT / "docs" / "rules.md").read_text(encoding="utf-8"), rule_code)
    for part in ("What it reports.", "Why.", "Example.", "Use instead.", "Fix.", "Options."):
        assert f"**{part}**" in out


def test_rule_takes_the_code_in_any_case(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", "hts004"], capsys)[1] == main(["rule", "HTS004"], capsys)[1]


@pytest.mark.parametrize("args", [["rule", "HTS999"], ["rule", "E501"], ["rule", ""]])
def test_an_unknown_code_is_one_line_and_exit_2(args: Sequence[str],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = main(args, capsys)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert err.startswith(f"flake8-httpstatus: error: unknown rule {args[1]!r}")


def test_fix_is_still_the_fix_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "app.py").write_text("from flask import abort\n\nabort(404)\n")
    code, _, err = main(["fix", "app.py"], capsys)
    assert code == 1, err
    assert "abort(HTTPStatus.NOT_FOUND)" in (tmp_path / "app.py").read_text()


def test_no_command_names_all_three(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = main([], capsys)
    assert code == 2 and err.splitlines()[-1].endswith("fix, rules or rule")


@pytest.mark.slow
def test_the_console_command(httpstatus: Command) -> None:
    listed = httpstatus("rules")
    assert listed.returncode == 0 and listed.stderr == ""
    assert [line.split()[0] for line in listed.lines[1:]] == list(RULES)
    shown = httpstatus("rule", "HTS004")
    assert shown.returncode == 0 and shown.stdout.startswith("## HTS004 `deprecated-status`")
    unknown = httpstatus("rule", "HTS999")
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert len(unknown.stderr.splitlines()) == 1 and "Traceback" not in unknown.stderr
