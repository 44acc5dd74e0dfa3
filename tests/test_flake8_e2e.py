"""The plugin in the real ``flake8`` command, run in ``tmp_path`` on a file the test writes: the
exact output lines, each option from the command line and from a config file, a bad option value as
one clear line. What flake8 itself decides (noqa parsing, select/ignore, which config file wins) is
flake8's; these tests show that our codes, messages and options take part in it."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Callable, List, Optional

import pytest

import flake8_httpstatus
from flake8_httpstatus.options import OPTIONS, OptionError, build_config
from flake8_httpstatus.rules import RULES
from tests.helpers import ROOT, Command, Ran

pytestmark = pytest.mark.slow

SOURCE = """\
from flask import Response, abort
from myapp.http import fail


def view(r):
    abort(404)
    Response("", 200)
    abort(499)
    abort(520)
    fail(404)
    abort(404)  # noqa: HTS001
    abort(404)  # noqa
    abort(500)  # noqa: E501
    abort(4004)
    abort(413)
"""

NOT_FOUND = "HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND"
OK = "HTS001 200 (OK): use HTTPStatus.OK"
UNKNOWN_499 = "HTS002 unknown HTTP status 499"
UNKNOWN_520 = "HTS002 unknown HTTP status 520; did you mean 502 (Bad Gateway)?"
SERVER_ERROR = "HTS001 500 (Internal Server Error): use HTTPStatus.INTERNAL_SERVER_ERROR"
NOT_A_STATUS = "HTS003 4004 is not an HTTP status (100-599); did you mean 404 (Not Found)?"
TOO_LARGE = "HTS001 413 (Request Entity Too Large): use HTTPStatus.REQUEST_ENTITY_TOO_LARGE"

#: ``flake8 --select=HTS .`` on SOURCE. Lines 11 and 12 are silenced by ``# noqa: HTS001`` and a
#: bare ``# noqa``; line 13's ``# noqa: E501`` names another code and silences nothing of ours.
DEFAULT = [
    f"./views.py:6:11: {NOT_FOUND}",
    f"./views.py:7:18: {OK}",
    f"./views.py:8:11: {UNKNOWN_499}",
    f"./views.py:9:11: {UNKNOWN_520}",
    f"./views.py:13:11: {SERVER_ERROR}",
    f"./views.py:14:11: {NOT_A_STATUS}",
    f"./views.py:15:11: {TOO_LARGE}",
]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "views.py").write_text(SOURCE, encoding="utf-8")
    return tmp_path


def write_config(root: Path, name: str, *settings: str) -> None:
    (root / name).write_text("[flake8]\n" + "".join(f"{s}\n" for s in settings), encoding="utf-8")


def without(*texts: str) -> List[str]:
    return [line for line in DEFAULT if not any(text in line for text in texts)]


# --- the plugin in flake8 -------------------------------------------------------------------------

def test_registered_with_its_version(flake8: Command) -> None:
    assert f"flake8-httpstatus: {flake8_httpstatus.__version__}" in flake8("--version").stdout


def test_exact_output_lines(project: Path, flake8: Command) -> None:
    flake8("--select=HTS", ".").assert_reports(DEFAULT)


def test_reference_path_gives_the_same_output(project: Path, flake8: Command) -> None:
    """``FLAKE8_HTTPSTATUS_REFERENCE=1``: every file through the whole-module LibCST path."""
    flake8("--select=HTS", ".", env={"FLAKE8_HTTPSTATUS_REFERENCE": "1"}).assert_reports(DEFAULT)


def test_select_one_of_our_codes(project: Path, flake8: Command) -> None:
    flake8("--select=HTS002", ".").assert_reports(
        [f"./views.py:8:11: {UNKNOWN_499}", f"./views.py:9:11: {UNKNOWN_520}"])


def test_per_file_ignores_one_of_our_codes(project: Path, flake8: Command) -> None:
    write_config(project, ".flake8", "select = HTS", "per-file-ignores =\n    views.py: HTS001")
    flake8(".").assert_reports(without("HTS001"))


DEMO = ("--select=HTS", "--httpstatus-target-version=3.13", "examples/demo.py")


def test_bundled_example_shows_every_code_as_the_readme_says(flake8: Command) -> None:
    """The README's first command, in the repository: one report of each code (``select = HTS``
    names the codes that are off by default too), exactly the lines the README shows."""
    result = flake8(*DEMO, cwd=ROOT)
    result.assert_clean()
    codes = [line.split(": ", 1)[1][:6] for line in result.lines]
    assert sorted(set(codes)) == sorted(RULES)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = f".venv/bin/flake8 {' '.join(DEMO)}\n"
    assert command in readme  # the first command
    shown = readme.split(f"$ flake8 {' '.join(DEMO)}\n", 1)[1].split("```", 1)[0]
    assert shown.splitlines() == result.lines
    default = flake8("examples/demo.py", cwd=ROOT)  # the project's own [flake8] section
    assert {line.split(": ", 1)[1][:6] for line in default.lines} == {
        code for code, rule in RULES.items() if rule.default and code != "HTS008"}


def test_start_up_imports(project: Path, python: Command) -> None:
    """flake8 imports the plugin in every run: importing it loads neither libcst, the fix
    package, the kinds of position nor the rules' and styles' tables (``startup_tables.py``),
    and a file without a status position never imports libcst or the kinds."""
    (project / "plain.py").write_text("import os\n\nTIMEOUT = 300\nprint(os.sep * 200)\n",
                                      encoding="utf-8")
    probe = textwrap.dedent("""\
        import ast, sys
        def loaded():
            return sorted(m for m in sys.modules
                          if m.split(".")[0] == "libcst" or m.startswith(
                              ("flake8_httpstatus.fix", "flake8_httpstatus.kinds")) or m in (
                              "flake8_httpstatus.rules", "flake8_httpstatus.constant_styles"))
        from flake8_httpstatus.plugin import HttpStatusChecker
        print("import", loaded())
        for name in sys.argv[1:]:
            source = open(name).read()
            list(HttpStatusChecker(ast.parse(source), source.splitlines(True), name).run())
            print(name, "libcst" in sys.modules, "flake8_httpstatus.kinds" in sys.modules)
    """)
    result = python("-c", probe, "plain.py", "views.py")
    assert result.returncode == 0, result.stderr
    assert result.lines == ["import []", "plain.py False False", "views.py True True"]


# --- options take effect --------------------------------------------------------------------------

def drf_names(lines: List[str]) -> List[str]:
    return [line.replace("HTTPStatus.NOT_FOUND", "status.HTTP_404_NOT_FOUND")
            .replace("HTTPStatus.OK", "status.HTTP_200_OK")
            .replace("HTTPStatus.INTERNAL_SERVER_ERROR", "status.HTTP_500_INTERNAL_SERVER_ERROR")
            .replace("HTTPStatus.REQUEST_ENTITY_TOO_LARGE",
                     "status.HTTP_413_REQUEST_ENTITY_TOO_LARGE") for line in lines]


WITH_FAIL = DEFAULT[:4] + [f"./views.py:10:10: {NOT_FOUND}"] + DEFAULT[4:]
FOR_313 = DEFAULT[:-1] + [
    "./views.py:15:11: HTS001 413 (Content Too Large): use HTTPStatus.CONTENT_TOO_LARGE"]

#: (config file, or None for the command line; the setting; the output it gives). Every option of
#: ours through a config file (each of the three names flake8 looks for once), two of them through
#: the command line. (``httpstatus-cache-dir``: tests/test_cache.py, both ways.)
OPTION_CASES = [
    ("setup.cfg", "httpstatus-style = drf", drf_names(DEFAULT)),
    ("tox.ini", "httpstatus-allow-literals = 200", without(OK)),
    (".flake8", "httpstatus-extra-codes =\n    499,\n    520", without("HTS002")),
    ("setup.cfg", "httpstatus-extra-calls = myapp.http.fail:0", WITH_FAIL),
    ("tox.ini", "httpstatus-target-version = 3.13", FOR_313),
    (None, "--httpstatus-target-version=3.13", FOR_313),
    (None, "--httpstatus-extra-calls=myapp.http.fail:0", WITH_FAIL),
]


@pytest.mark.parametrize(("config", "setting", "expected"), OPTION_CASES,
                         ids=[f"{config or 'command-line'}:{setting.split('=')[0].strip(' -')}"
                              for config, setting, _ in OPTION_CASES])
def test_option_takes_effect(project: Path, flake8: Command, config: Optional[str],
                             setting: str, expected: List[str]) -> None:
    if config is None:
        result = flake8("--select=HTS", setting, ".")
    else:
        write_config(project, config, "select = HTS", setting)
        result = flake8(".")
    result.assert_reports(expected)


# --- a bad value is one clear line ----------------------------------------------------------------

#: One bad value per option; tests/test_options.py holds the messages of many more.
BAD = {
    "httpstatus-style": "nope",
    "httpstatus-target-version": "3.99",
    "httpstatus-extra-codes": "404,99",
    "httpstatus-extra-calls": "myapp.fail:zero:0:x",
    "httpstatus-allow-literals": "OK",
}


def expected_error(name: str, value: str) -> str:
    """The line build_config gives for the value (its wording is tested in tests/test_options.py)."""
    (option,) = [option for option in OPTIONS if option.name == name]
    with pytest.raises(OptionError) as caught:
        build_config({option.attr: value})
    return str(caught.value)


def on_the_command_line(project: Path, flake8: Command, name: str, value: str) -> Ran:
    return flake8("--select=HTS", f"--{name}={value}", ".")


def in_setup_cfg(project: Path, flake8: Command, name: str, value: str) -> Ran:
    write_config(project, "setup.cfg", "select = HTS", f"{name} = {value}")
    return flake8(".")


def with_stdin(project: Path, flake8: Command, name: str, value: str) -> Ran:
    return flake8("--select=HTS", f"--{name}={value}", "-", stdin=SOURCE)


Where = Callable[[Path, Command, str, str], Ran]
BAD_CASES = [*[(where, name) for where in (on_the_command_line, in_setup_cfg) for name in BAD],
             (with_stdin, "httpstatus-style")]


@pytest.mark.parametrize(("where", "name"), BAD_CASES,
                         ids=[f"{where.__name__}:{name}" for where, name in BAD_CASES])
def test_bad_value_is_one_clear_line(project: Path, flake8: Command, where: Where,
                                     name: str) -> None:
    result = where(project, flake8, name, BAD[name])
    assert result.returncode == 2  # a usage error, as flake8's own
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.stdout == ""
    assert result.stderr.splitlines() == [expected_error(name, BAD[name])]
