"""``flake8-httpstatus check`` against the real ``flake8``, finding for finding: the same output
lines (codes, lines, columns, messages, in the same order) and the same exit status, on the case
corpus and on installed projects (the test extra's Starlette, Django REST framework, requests),
with and without settings, from the command line, flake8's config file and pyproject.toml.
``benchmarks/sweep.py`` makes the same comparison on the pinned sdists of its projects."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import List, Sequence

import pytest

from tests.helpers import CASE_FILES, ROOT, Command, Ran

pytestmark = pytest.mark.slow


def both(flake8: Command, httpstatus: Command, args: Sequence[str], cwd: Path,
         stdin: str | None = None) -> List[str]:
    """flake8's HTS lines and exit status equal ``check``'s; the lines."""
    theirs = flake8(*args, cwd=cwd, stdin=stdin)
    ours = httpstatus("check", *args, cwd=cwd, stdin=stdin)
    theirs.assert_clean()
    ours.assert_clean()
    hts = [line for line in theirs.lines if ": HTS" in line]
    assert hts == theirs.lines, "flake8 printed other codes: " + theirs.stdout[:2000]
    assert ours.lines == hts
    assert ours.returncode == theirs.returncode
    return hts


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for case in CASE_FILES:
        shutil.copy2(case, root / case.name)
    return root


#: Settings that change what is reported: (where, text).
SETTINGS = {
    "style": "httpstatus-style = drf",
    "target": "httpstatus-target-version = 3.13",
    "codes": "httpstatus-extra-codes = 499,520",
    "calls": "httpstatus-extra-calls = myapp.http.fail:0,.deny:status",
    "literals": "httpstatus-allow-literals = 200,404",
    "experimental": "httpstatus-allow-experimental = 425",
    "versions": "httpstatus-min-versions = starlette:0.48",
}


def test_case_corpus_with_select_hts(corpus: Path, flake8: Command, httpstatus: Command) -> None:
    found = both(flake8, httpstatus, ["--isolated", "--select=HTS", "."], corpus)
    assert len(found) > 500 and {line.split(": ")[1][:6] for line in found} >= {
        "HTS001", "HTS002", "HTS003", "HTS009", "HTS010"}


def test_case_corpus_default_selection_and_jobs(corpus: Path, flake8: Command,
                                                httpstatus: Command) -> None:
    found = both(flake8, httpstatus, ["--isolated", "--select=HTS", "-j", "2", "."], corpus)
    assert found
    # without --select: flake8's default, HTS009 and HTS010 off (plain flake8 prints its own
    # codes too: compare its HTS lines)
    theirs = flake8("--isolated", ".", cwd=corpus)
    ours = httpstatus("check", "--isolated", ".", cwd=corpus)
    assert ours.lines == [line for line in theirs.lines if ": HTS" in line]


def test_case_corpus_with_settings_in_the_flake8_config(corpus: Path, flake8: Command,
                                                        httpstatus: Command) -> None:
    settings = "\n".join(SETTINGS.values())
    (corpus / "setup.cfg").write_text(
        f"[flake8]\nselect = HTS\nextend-ignore = HTS004\nper-file-ignores =\n"
        f"    drf.py: HTS001\n{settings}\n", encoding="utf-8")
    plain = both(flake8, httpstatus, ["--isolated", "--select=HTS", "."], corpus)
    configured = both(flake8, httpstatus, ["."], corpus)
    assert configured != plain
    assert not any("HTS004" in line or line.startswith("./drf.py:") and "HTS001" in line
                   for line in configured)


def test_case_corpus_with_settings_in_pyproject(corpus: Path, flake8: Command,
                                                httpstatus: Command) -> None:
    table = "\n".join(line.replace("httpstatus-", "", 1).replace(" = ", ' = "', 1) + '"'
                      for line in SETTINGS.values())
    (corpus / "pyproject.toml").write_text(f"[tool.flake8-httpstatus]\n{table}\n",
                                           encoding="utf-8")
    configured = both(flake8, httpstatus, ["--select=HTS", "."], corpus)
    isolated = both(flake8, httpstatus, ["--isolated", "--select=HTS", "."], corpus)
    assert configured != isolated
    # flake8's own config wins over the table, the command line over both
    (corpus / "tox.ini").write_text("[flake8]\nhttpstatus-style = stdlib\n", encoding="utf-8")
    both(flake8, httpstatus, ["--select=HTS", "--httpstatus-target-version=3.9", "."], corpus)


def test_stdin(flake8: Command, httpstatus: Command) -> None:
    source = (CASE_FILES[0]).read_text(encoding="utf-8")
    found = both(flake8, httpstatus, ["--isolated", "--select=HTS", "--stdin-display-name",
                                      "app/views.py", "-"], Path.cwd(), stdin=source)
    assert all(line.startswith("app/views.py:") for line in found)


@pytest.mark.parametrize("package", ["starlette", "rest_framework", "requests"])
def test_installed_projects(package: str, flake8: Command, httpstatus: Command) -> None:
    module = __import__(package)
    root = Path(module.__file__ or "").resolve().parent
    found = both(flake8, httpstatus, ["--isolated", "--select=HTS", package], root.parent)
    assert found or package == "requests"  # a client: none of its numbers is a status position


def test_a_bad_pyproject_value_is_the_same_line_for_both(
        tmp_path: Path, flake8: Command, httpstatus: Command) -> None:
    (tmp_path / "views.py").write_text("from flask import abort\nabort(404)\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.flake8-httpstatus]\nstyle = "nope"\n',
                                             encoding="utf-8")
    results: List[Ran] = [flake8("--select=HTS", "."), httpstatus("check", ".")]
    for result in results:
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr.splitlines() == [
            "flake8-httpstatus: error: pyproject.toml [tool.flake8-httpstatus] style: 'nope' is "
            "not one of auto, stdlib, drf, starlette, fastapi, litestar, falcon, httpx"]


def test_the_readme_demo(flake8: Command, httpstatus: Command) -> None:
    """The README's first command and its ``check`` twin give the same lines."""
    found = both(flake8, httpstatus, ["--select=HTS", "--httpstatus-target-version=3.13",
                                      "examples/demo.py"], ROOT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\nflake8-httpstatus check --select=HTS --httpstatus-target-version=3.13 " \
        "examples/demo.py\n" in readme
    assert len(found) == 13
    assert all(line in readme for line in found)
