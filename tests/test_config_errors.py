"""Bad configuration is one clear line and a non-zero exit; good configuration takes effect, from
the command line and from each of flake8's config files. All through the real ``flake8`` command,
run in ``tmp_path`` (where the config file is)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import List, Sequence

import pytest

from flake8_httpstatus.options import NEWEST_TARGET, OLDEST_TARGET, STYLE_CHOICES

SOURCE = """\
from flask import abort
from myapp.http import fail


def view(r):
    abort(404)
    abort(200)
    abort(499)
    abort(520)
    fail(404)
    abort(404)  # noqa: HTS001
    abort(404)  # noqa
    abort(500)  # noqa: E501
    abort(4004)
"""

NOT_FOUND = "HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND"
OK = "HTS001 200 (OK): use HTTPStatus.OK"
SERVER_ERROR = "HTS001 500 (Internal Server Error): use HTTPStatus.INTERNAL_SERVER_ERROR"
UNKNOWN_499 = "HTS002 unknown HTTP status 499"
UNKNOWN_520 = "HTS002 unknown HTTP status 520; did you mean 502 (Bad Gateway)?"
NOT_A_STATUS = "HTS003 4004 is not an HTTP status (100-599); did you mean 404 (Not Found)?"

DEFAULT = [
    f"app.py:6:11: {NOT_FOUND}",
    f"app.py:7:11: {OK}",
    f"app.py:8:11: {UNKNOWN_499}",
    f"app.py:9:11: {UNKNOWN_520}",
    f"app.py:13:11: {SERVER_ERROR}",
    f"app.py:14:11: {NOT_A_STATUS}",
]

CONFIG_FILES = ["setup.cfg", "tox.ini", ".flake8"]


def flake8(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "flake8", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "app.py").write_text(SOURCE)
    return tmp_path


def write_config(root: Path, name: str, *settings: str) -> None:
    (root / name).write_text("[flake8]\n" + "".join(f"{s}\n" for s in settings))


def output(proc: subprocess.CompletedProcess[str]) -> List[str]:
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    return proc.stdout.splitlines()


# --- bad values -----------------------------------------------------------------------------------

TARGETS = [f"3.{OLDEST_TARGET[1]}", f"3.{NEWEST_TARGET[1]}"]

BAD = [
    ("httpstatus-style", "nope", list(STYLE_CHOICES)),
    ("httpstatus-extra-codes", "abc", ["100-599"]),
    ("httpstatus-extra-codes", "404,99", ["100-599"]),
    ("httpstatus-allow-literals", "OK", ["100-599"]),
    ("httpstatus-extra-calls", ":::", ["CALLEE:POSITION", "CALLEE:KEYWORD"]),
    ("httpstatus-extra-calls", "myapp.fail:zero:0:x", ["CALLEE:POSITION", "CALLEE:KEYWORD"]),
    ("httpstatus-target-version", "2.7", TARGETS),
    ("httpstatus-target-version", "3.99", TARGETS),
    ("httpstatus-target-version", "three", TARGETS),
]
BAD_IDS = [f"{name}={value}" for name, value, _ in BAD]


def assert_one_error_line(proc: subprocess.CompletedProcess[str], name: str, value: str,
                          accepted: Sequence[str]) -> None:
    both = proc.stdout + proc.stderr
    assert proc.returncode != 0, both
    assert "Traceback" not in both, both
    lines = [line for line in both.splitlines() if line.strip()]
    assert len(lines) == 1, both
    line = lines[0]
    assert f"--{name}" in line or name in line, line
    assert value.split(",")[-1] in line, line
    missing = [token for token in accepted if token not in line]
    assert not missing, f"the message does not name the accepted {missing}: {line}"


@pytest.mark.parametrize(("name", "value", "accepted"), BAD, ids=BAD_IDS)
def test_bad_value_on_the_command_line(project: Path, name: str, value: str,
                                       accepted: Sequence[str]) -> None:
    proc = flake8(project, "--select=HTS", f"--{name}={value}", "app.py")
    assert_one_error_line(proc, name, value, accepted)


@pytest.mark.parametrize(("name", "value", "accepted"), BAD, ids=BAD_IDS)
def test_bad_value_in_setup_cfg(project: Path, name: str, value: str,
                                accepted: Sequence[str]) -> None:
    write_config(project, "setup.cfg", "select = HTS", f"{name} = {value}")
    proc = flake8(project, "app.py")
    assert_one_error_line(proc, name, value, accepted)


def test_bad_value_with_stdin(project: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "flake8", "--select=HTS",
                           "--httpstatus-style=nope", "-"], cwd=project, input=SOURCE,
                          capture_output=True, text=True, timeout=120)
    assert_one_error_line(proc, "httpstatus-style", "nope", list(STYLE_CHOICES))


# --- good values take effect ----------------------------------------------------------------------

def test_defaults(project: Path) -> None:
    proc = flake8(project, "--select=HTS", "app.py")
    assert output(proc) == DEFAULT
    assert proc.returncode == 1


@pytest.mark.parametrize("config", CONFIG_FILES)
def test_style_from_config(project: Path, config: str) -> None:
    write_config(project, config, "select = HTS", "httpstatus-style = drf")
    lines = output(flake8(project, "app.py"))
    assert lines[:2] == [
        "app.py:6:11: HTS001 404 (Not Found): use status.HTTP_404_NOT_FOUND",
        "app.py:7:11: HTS001 200 (OK): use status.HTTP_200_OK",
    ]
    assert len(lines) == len(DEFAULT)


@pytest.mark.parametrize("config", CONFIG_FILES)
def test_allow_literals_from_config(project: Path, config: str) -> None:
    write_config(project, config, "select = HTS", "httpstatus-allow-literals = 200")
    assert output(flake8(project, "app.py")) == [line for line in DEFAULT if OK not in line]


@pytest.mark.parametrize("config", CONFIG_FILES)
def test_extra_codes_from_config(project: Path, config: str) -> None:
    write_config(project, config, "select = HTS", "httpstatus-extra-codes = 499")
    assert output(flake8(project, "app.py")) == [
        line for line in DEFAULT if UNKNOWN_499 not in line]


@pytest.mark.parametrize("config", CONFIG_FILES)
def test_extra_codes_multiline_list_from_config(project: Path, config: str) -> None:
    write_config(project, config, "select = HTS", "httpstatus-extra-codes =\n    499,\n    520")
    assert output(flake8(project, "app.py")) == [
        line for line in DEFAULT if "HTS002" not in line]


@pytest.mark.parametrize("config", CONFIG_FILES)
def test_extra_calls_from_config(project: Path, config: str) -> None:
    write_config(project, config, "select = HTS", "httpstatus-extra-calls = myapp.http.fail:0")
    lines = output(flake8(project, "app.py"))
    assert lines == sorted(DEFAULT + [f"app.py:10:10: {NOT_FOUND}"],
                           key=lambda line: int(line.split(":")[1]))


@pytest.mark.parametrize("config", CONFIG_FILES)
def test_target_version_from_config_is_accepted(project: Path, config: str) -> None:
    write_config(project, config, "select = HTS", "httpstatus-target-version = 3.13")
    assert output(flake8(project, "app.py")) == DEFAULT


def test_command_line_overrides_config(project: Path) -> None:
    write_config(project, "setup.cfg", "select = HTS", "httpstatus-style = drf")
    lines = output(flake8(project, "--httpstatus-style=stdlib", "app.py"))
    assert lines == DEFAULT


def test_extra_calls_on_the_command_line(project: Path) -> None:
    lines = output(flake8(project, "--select=HTS", "--httpstatus-extra-calls=myapp.http.fail:0",
                          "app.py"))
    assert f"app.py:10:10: {NOT_FOUND}" in lines


# --- flake8's own selection -----------------------------------------------------------------------

def test_noqa(project: Path) -> None:
    """Lines 11 and 12 (``# noqa: HTS001``, bare ``# noqa``) are silent; line 13's ``# noqa: E501``
    does not silence HTS001 (it is in DEFAULT)."""
    lines = output(flake8(project, "--select=HTS", "app.py"))
    assert not [line for line in lines if line.startswith(("app.py:11:", "app.py:12:"))]
    assert f"app.py:13:11: {SERVER_ERROR}" in lines


def test_disable_noqa(project: Path) -> None:
    lines = output(flake8(project, "--select=HTS", "--disable-noqa", "app.py"))
    assert f"app.py:11:11: {NOT_FOUND}" in lines and f"app.py:12:11: {NOT_FOUND}" in lines


def test_extend_ignore(project: Path) -> None:
    proc = flake8(project, "--select=HTS", "--extend-ignore=HTS001", "app.py")
    assert output(proc) == [line for line in DEFAULT if "HTS001" not in line]
    assert proc.returncode == 1


def test_extend_ignore_everything(project: Path) -> None:
    proc = flake8(project, "--select=HTS", "--extend-ignore=HTS", "app.py")
    assert output(proc) == []
    assert proc.returncode == 0


def test_select_one_code(project: Path) -> None:
    proc = flake8(project, "--select=HTS002", "app.py")
    assert output(proc) == [f"app.py:8:11: {UNKNOWN_499}", f"app.py:9:11: {UNKNOWN_520}"]


def test_per_file_ignores(project: Path) -> None:
    write_config(project, ".flake8", "select = HTS", "per-file-ignores =\n    app.py: HTS001")
    assert output(flake8(project, "app.py")) == [
        line for line in DEFAULT if "HTS001" not in line]


def test_config_option_with_underscores(project: Path) -> None:
    """flake8 normalises ``httpstatus_allow_literals`` to the dashed name."""
    write_config(project, "setup.cfg", "select = HTS", "httpstatus_allow_literals = 200")
    assert output(flake8(project, "app.py")) == [line for line in DEFAULT if OK not in line]
