"""Zero configuration from what the project declares (``declared``, ``requirements``): the target
Python from ``requires-python`` (pyproject.toml, setup.cfg, Poetry), the frameworks' oldest
releases from the declared dependencies; below the options, above what is installed; read past
with a note where a value cannot be read; ignored with ``--isolated``. The in-process tests read
real temporary projects; the slow ones run the real flake8 and ``check`` on them.

Starlette is installed by the test extra (>= 0.48) and may be missing elsewhere: no test here
needs it installed, and those that show the declaration winning declare a release older than any
the extra allows."""

from __future__ import annotations

import argparse
import ast
import logging
import textwrap
from pathlib import Path
from typing import List, Optional, Tuple

import pytest

from flake8_httpstatus import declared
from flake8_httpstatus.fix.settings import Settings, add_arguments, load_settings
from flake8_httpstatus.options import OPTIONS, Config
from flake8_httpstatus.plugin import HttpStatusChecker
from flake8_httpstatus.requirements import Bound, lower_bound, python_target, requirement
from tests.helpers import Command, run_cli


def project(root: Path, pyproject: str = "", setup_cfg: str = "") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    if pyproject:
        (root / "pyproject.toml").write_text(textwrap.dedent(pyproject), encoding="utf-8")
    if setup_cfg:
        (root / "setup.cfg").write_text(textwrap.dedent(setup_cfg), encoding="utf-8")
    return root


def settings(*argv: str, start: Path) -> Settings:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return load_settings(parser.parse_args(list(argv)), start=str(start))


# --- the constraints ----------------------------------------------------------------------------

@pytest.mark.parametrize(("constraint", "release"), [
    (">=3.11", (3, 11)),
    ("~=3.10", (3, 10)),
    (">=3.9,<4", (3, 9)),
    (">= 3.9, != 3.9.1, < 4", (3, 9)),
    (">=3.9,>=3.10", (3, 10)),          # both hold: the higher
    ("==3.11.*", (3, 11)),
    ("^3.9", (3, 9)),                   # Poetry
    ("~3.9", (3, 9)),
    (">=3.9 <4", (3, 9)),
    ("3.10.*", (3, 10)),
    ("^3.9 || ^4.0", (3, 9)),           # either: the lower
    (">=0.48.0", (0, 48)),              # 0.48.0 is 0.48
    (">=0.48.0rc1", (0, 48)),
    ("<4", None),
    ("!=3.9.*", None),
    ("*", None),
    ("", None),
    ("^3.9 || <3", None),               # one alternative without a bound: none
])
def test_the_lower_bound(constraint: str, release: Optional[Tuple[int, ...]]) -> None:
    bound = lower_bound(constraint)
    assert (bound.release if bound else None) == release


@pytest.mark.parametrize("garbage", [">>3.9", "3.9 and up", ">=", "latest", ">=3.9,"])
def test_what_is_not_a_constraint_is_an_error(garbage: str) -> None:
    with pytest.raises(ValueError):
        lower_bound(garbage)


@pytest.mark.parametrize(("text", "name", "release"), [
    ("starlette>=0.48", "starlette", (0, 48)),
    ("Django>=4.2,<6", "django", (4, 2)),
    ("fastapi[standard]~=0.115", "fastapi", (0, 115)),
    ("djangorestframework (>=3.14) ; python_version >= '3.9'", "djangorestframework", (3, 14)),
    ("Starlette_Fork.Name>=1", "starlette-fork-name", (1,)),
    ("starlette", "starlette", None),
    ("starlette<0.48", "starlette", None),
    ("starlette @ https://example.com/starlette-0.48.tar.gz", "starlette", None),
])
def test_a_requirement(text: str, name: str, release: Optional[Tuple[int, ...]]) -> None:
    found, bound = requirement(text)
    assert (found, bound.release if bound else None) == (name, release)


@pytest.mark.parametrize(("constraint", "target"), [
    (">=3.11", (3, 11)), (">3.8", (3, 9)), (">3.8.1", (3, 8)), ("~=3.10", (3, 10)),
])
def test_the_python_a_bound_targets(constraint: str, target: Tuple[int, int]) -> None:
    bound = lower_bound(constraint)
    assert isinstance(bound, Bound) and python_target(bound) == target


# --- the project's files ------------------------------------------------------------------------

def test_requires_python_gives_the_target(tmp_path: Path) -> None:
    project(tmp_path, '[project]\nname = "app"\nrequires-python = ">=3.11"\n')
    found = declared.read(str(tmp_path)).target
    assert found is not None and found.value == (3, 11)
    assert found.source == f"{tmp_path / 'pyproject.toml'} [project] requires-python '>=3.11'"


def test_setup_cfg_then_poetry(tmp_path: Path) -> None:
    project(tmp_path / "cfg", setup_cfg="""\
        [metadata]
        name = app
        [options]
        python_requires = >=3.10
        install_requires =
            starlette>=0.40
            # a comment
            djangorestframework>=3.14; python_version >= "3.9"
        [options.extras_require]
        new = starlette>=0.48
        """)
    found = declared.read(str(tmp_path / "cfg"))
    assert found.target is not None and found.target.value == (3, 10)
    # the lowest any declaration lets in: the code must run there
    assert {style: f.value for style, f in found.versions} == {
        "drf": (3, 14), "starlette": (0, 40)}
    project(tmp_path / "poetry", """\
        [tool.poetry]
        name = "app"
        [tool.poetry.dependencies]
        python = "^3.12"
        fastapi = {version = "^0.110", extras = ["standard"]}
        [tool.poetry.group.test.dependencies]
        djangorestframework = [{version = ">=3.15", python = "<3.12"}, {version = ">=3.16"}]
        """)
    found = declared.read(str(tmp_path / "poetry"))
    assert found.target is not None and found.target.value == (3, 12)
    assert {style: f.value for style, f in found.versions} == {
        "drf": (3, 15), "fastapi": (0, 110)}


def test_the_nearest_project_upwards_not_above_home(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    project(tmp_path / "home" / "app", '[project]\nname = "app"\nrequires-python = ">=3.12"\n')
    # a pyproject.toml of tool settings alone is looked past
    project(tmp_path / "home" / "app" / "docs", "[tool.black]\nline-length = 100\n")
    found = declared.read(str(tmp_path / "home" / "app" / "docs")).target
    assert found is not None and found.value == (3, 12)
    monkeypatch.setenv("HOME", str(tmp_path / "home" / "app" / "docs"))
    assert declared.read(str(tmp_path / "home" / "app" / "docs")).target is None


@pytest.mark.parametrize(("body", "note"), [
    ("requires-python = 3.11", "requires-python: 3.11 is not a string: not used"),
    ('requires-python = ">>3.11"', "requires-python: '>>3.11' is not a version constraint"),
    ('requires-python = "<4"', "requires-python: '<4' sets no lower bound: not used"),
    ('requires-python = ">=3.6"', "Python 3.6 is outside the targets known (3.8 to 3.15): "
                                  "target 3.8"),
    ('dependencies = "starlette>=0.48"', "dependencies: 'starlette>=0.48' is not a list"),
    ('dependencies = ["starlette>>0.48"]',
     "dependencies 'starlette>>0.48': '>>0.48' is not a version constraint: not used"),
    ('dependencies = ["starlette"]', "dependencies 'starlette': no lower bound: not used"),
    ("dependencies = [3]", "dependencies: 3 is not a string: not used"),
])
def test_a_value_that_cannot_be_read_is_a_note(tmp_path: Path, body: str, note: str) -> None:
    project(tmp_path, f'[project]\nname = "app"\n{body}\n')
    notes = declared.read(str(tmp_path)).notes
    assert any(note in line for line in notes), notes


def test_a_broken_file_is_read_past_with_a_note(tmp_path: Path) -> None:
    project(tmp_path, '[project]\nname = "app"\nrequires-python = ">=3.11"\n')
    project(tmp_path / "pkg", "[project\n")
    found = declared.read(str(tmp_path / "pkg"))
    assert found.target is not None and found.target.value == (3, 11)
    assert any("is not read for the declared versions" in note for note in found.notes)


def test_read_once_until_a_file_changes(tmp_path: Path) -> None:
    path = project(tmp_path, '[project]\nname = "app"\nrequires-python = ">=3.11"\n')
    declared._toml.cache_clear()
    for _ in range(3):
        declared.read(str(path))
    assert declared._toml.cache_info().misses == 1
    (path / "pyproject.toml").write_text('[project]\nname = "app"\nrequires-python = ">=3.13"\n'
                                         "# longer\n", encoding="utf-8")
    found = declared.read(str(path)).target
    assert found is not None and found.value == (3, 13)


# --- precedence, in the commands' settings and the plugin -----------------------------------------

PROJECT = """\
    [project]
    name = "app"
    requires-python = ">=3.13"
    dependencies = ["starlette>=0.40", "djangorestframework>=3.14"]
    """


def test_the_options_win_then_the_table_then_what_is_declared(tmp_path: Path) -> None:
    project(tmp_path, PROJECT)
    config = settings(start=tmp_path).config
    assert config.target_version == (3, 13)
    assert dict(config.min_versions) == {"drf": (3, 14), "starlette": (0, 40)}
    config = settings("--httpstatus-target-version=3.10", "--httpstatus-min-versions=starlette:0.48",
                      start=tmp_path).config
    assert config.target_version == (3, 10)
    assert dict(config.min_versions) == {"drf": (3, 14), "starlette": (0, 48)}
    with (tmp_path / "pyproject.toml").open("a", encoding="utf-8") as handle:
        handle.write('[tool.flake8-httpstatus]\ntarget-version = "3.11"\n')
    assert settings(start=tmp_path).config.target_version == (3, 11)
    assert settings("--isolated", start=tmp_path).config == Config()


def test_the_settings_say_where_each_value_came_from(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project(tmp_path, PROJECT)
    monkeypatch.chdir(tmp_path)  # the files are named relative to the current directory
    notes = settings("--httpstatus-min-versions=djangorestframework:3.16", start=tmp_path).notes
    assert "target 3.13 from pyproject.toml [project] requires-python '>=3.13'" in notes
    assert "starlette 0.40 from pyproject.toml [project] dependencies 'starlette>=0.40'" in notes
    assert "djangorestframework 3.16 from the options" in notes


def flake8_options() -> argparse.Namespace:
    """What flake8 hands the plugin when no option has a value."""
    return argparse.Namespace(isolated=False, **{option.attr: None for option in OPTIONS})


def plugin_messages(source: str) -> List[str]:
    found = HttpStatusChecker(ast.parse(source), source.splitlines(True), "app.py").run()
    return [message for _, _, message, _ in found]


def test_the_plugin_reads_them_once_per_run_and_logs_the_sources(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    project(tmp_path, PROJECT)
    monkeypatch.chdir(tmp_path)
    try:
        with caplog.at_level(logging.DEBUG, logger="flake8.httpstatus"):
            HttpStatusChecker.parse_options(flake8_options())
        config = HttpStatusChecker.config
        assert plugin_messages("from flask import abort\nabort(413)\n") == [
            "HTS001 413 (Content Too Large): use HTTPStatus.CONTENT_TOO_LARGE"]
        HttpStatusChecker.parse_options(argparse.Namespace(
            isolated=True, **{option.attr: None for option in OPTIONS}))
        assert HttpStatusChecker.config == Config()
    finally:
        HttpStatusChecker.config = Config()
    assert config.target_version == (3, 13) and ("starlette", (0, 40)) in config.min_versions
    logged = [record.getMessage() for record in caplog.records]
    assert "flake8-httpstatus: target 3.13 from pyproject.toml [project] requires-python " \
           "'>=3.13'" in logged
    assert "flake8-httpstatus: starlette 0.40 from pyproject.toml [project] dependencies " \
           "'starlette>=0.40'" in logged
    assert any(line.startswith("flake8-httpstatus: falcon: version unknown") for line in logged)


def test_check_takes_the_declared_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    project(tmp_path, '[project]\nname = "app"\nrequires-python = ">=3.13"\n')
    (tmp_path / "app.py").write_text("from flask import abort\nabort(413)\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli(["check", "app.py"], capsys)
    assert (code, out) == (1, "app.py:2:7: HTS001 413 (Content Too Large): use "
                              "HTTPStatus.CONTENT_TOO_LARGE\n")
    code, out, _ = run_cli(["check", "--isolated", "app.py"], capsys)
    assert "use HTTPStatus.REQUEST_ENTITY_TOO_LARGE" in out


def test_check_and_fix_verbose_say_where_the_target_came_from(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    project(tmp_path, '[project]\nname = "app"\nrequires-python = ">=3.11"\n')
    (tmp_path / "app.py").write_text("from flask import abort\nabort(404)\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    said = "flake8-httpstatus: target 3.11 from pyproject.toml [project] requires-python '>=3.11'"
    for command in (["check", "-v"], ["fix", "--check", "-v"]):
        _, _, err = run_cli([*command, "app.py"], capsys)
        assert said in err.splitlines(), err
        _, _, err = run_cli([*command[:-1], "app.py"], capsys)
        assert said not in err


@pytest.mark.parametrize(("dependency", "name"), [
    ("fastapi>=0.115", "HTTP_422_UNPROCESSABLE_ENTITY"),    # allows Starlette before 0.48
    ("fastapi[standard]>=0.164", "HTTP_422_UNPROCESSABLE_CONTENT"),  # requires Starlette 1.6
])
def test_a_declared_fastapi_decides_fastapis_status(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        dependency: str, name: str) -> None:
    """fastapi.status is Starlette's: a FastAPI release stands for the Starlette it allows, as
    ``--httpstatus-min-versions=fastapi:...`` does, whatever Starlette is installed here."""
    project(tmp_path, f'[project]\nname = "app"\ndependencies = ["{dependency}"]\n')
    (tmp_path / "app.py").write_text("from fastapi import HTTPException, status\n"
                                     "raise HTTPException(422)\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, out, _ = run_cli(["check", "app.py"], capsys)
    assert out.endswith(f"use status.{name}\n"), out


# --- the real flake8 and check ------------------------------------------------------------------

APP = """\
from starlette import status
from starlette.responses import Response


def view():
    Response(status_code=422)
    return status.HTTP_422_UNPROCESSABLE_ENTITY
"""


def both(flake8: Command, httpstatus: Command, *args: str) -> List[str]:
    """flake8's lines equal ``check``'s, neither crashing; the lines."""
    theirs, ours = flake8("--select=HTS", *args), httpstatus("check", *args)
    theirs.assert_clean()
    ours.assert_clean()
    assert ours.lines == theirs.lines
    return theirs.lines


def write_app(root: Path, body: str = APP) -> None:
    (root / "app.py").write_text(body, encoding="utf-8")


@pytest.mark.slow
def test_a_project_requiring_313_gets_its_names(tmp_path: Path, flake8: Command,
                                                httpstatus: Command) -> None:
    project(tmp_path, '[project]\nname = "app"\nrequires-python = ">=3.13"\n')
    write_app(tmp_path, "from flask import abort\nabort(413)\n")
    new = "./app.py:2:7: HTS001 413 (Content Too Large): use HTTPStatus.CONTENT_TOO_LARGE"
    old = ("./app.py:2:7: HTS001 413 (Request Entity Too Large): use "
           "HTTPStatus.REQUEST_ENTITY_TOO_LARGE")
    assert both(flake8, httpstatus, ".") == [new]
    assert both(flake8, httpstatus, "--isolated", ".") == [old]
    assert both(flake8, httpstatus, "--httpstatus-target-version=3.12", ".") == [old]
    (tmp_path / "setup.cfg").write_text("[flake8]\nhttpstatus-target-version = 3.9\n",
                                        encoding="utf-8")
    assert both(flake8, httpstatus, ".") == [old]


@pytest.mark.slow
def test_a_declared_starlette_decides_its_names(tmp_path: Path, flake8: Command,
                                                httpstatus: Command) -> None:
    project(tmp_path, '[project]\nname = "app"\ndependencies = ["starlette>=0.48"]\n')
    write_app(tmp_path)
    assert both(flake8, httpstatus, ".") == [
        "./app.py:6:26: HTS001 422 (Unprocessable Content): use "
        "status.HTTP_422_UNPROCESSABLE_CONTENT",
        "./app.py:7:12: HTS008 status.HTTP_422_UNPROCESSABLE_ENTITY is the old name of 422 "
        "(Unprocessable Content): use status.HTTP_422_UNPROCESSABLE_CONTENT"]
    # older than any release the test extra installs: the declaration, not the metadata, decides
    project(tmp_path, '[project]\nname = "app"\ndependencies = ["starlette>=0.40,<1"]\n')
    declared_old = both(flake8, httpstatus, ".")
    assert declared_old == [
        "./app.py:6:26: HTS001 422 (Unprocessable Entity): use "
        "status.HTTP_422_UNPROCESSABLE_ENTITY"]
    assert both(flake8, httpstatus, "--isolated", ".") != declared_old
    assert both(flake8, httpstatus, "--httpstatus-min-versions=starlette:0.48", ".")[1].split(
        ": ")[1].startswith("HTS008")


@pytest.mark.slow
def test_vv_names_the_source_and_bad_values_are_notes(tmp_path: Path, flake8: Command) -> None:
    project(tmp_path, """\
        [project]
        name = "app"
        requires-python = ">=3.11"
        dependencies = ["starlette>=0.48", "djangorestframework>>3"]
        """)
    write_app(tmp_path)
    ran = flake8("-vv", "--select=HTS", ".")
    assert "Traceback" not in ran.stderr and ran.returncode == 1
    for line in ("target 3.11 from pyproject.toml [project] requires-python '>=3.11'",
                 "starlette 0.48 from pyproject.toml [project] dependencies 'starlette>=0.48'",
                 "pyproject.toml [project] dependencies 'djangorestframework>>3': '>>3' is not "
                 "a version constraint: not used"):
        assert f"flake8-httpstatus: {line}" in ran.stderr, ran.stderr[-3000:]
    project(tmp_path, '[project]\nname = "app"\nrequires-python = 3.11\n')
    ran = flake8("-vv", "--select=HTS", ".")
    assert "Traceback" not in ran.stderr and ran.returncode == 1
    assert "requires-python: 3.11 is not a string: not used" in ran.stderr
    assert "target 3.9: the default" in ran.stderr


@pytest.mark.slow
def test_setup_cfg_and_poetry_projects(tmp_path: Path, flake8: Command,
                                       httpstatus: Command) -> None:
    write_app(tmp_path, "from flask import abort\nabort(413)\n")
    new = ["./app.py:2:7: HTS001 413 (Content Too Large): use HTTPStatus.CONTENT_TOO_LARGE"]
    project(tmp_path, setup_cfg="[metadata]\nname = app\n[options]\npython_requires = >=3.13\n")
    assert both(flake8, httpstatus, ".") == new
    (tmp_path / "setup.cfg").unlink()
    project(tmp_path, '[tool.poetry]\nname = "app"\n[tool.poetry.dependencies]\npython = "^3.13"\n')
    assert both(flake8, httpstatus, ".") == new


# --- remembered across runs ---------------------------------------------------------------------

def test_the_declared_versions_are_remembered_in_the_cache_until_a_file_changes(
        tmp_path: Path) -> None:
    """With a cache directory, what the files declare is kept there by their path, size and time
    of change: the same files give the same answer (from the cache), a changed one its new one."""
    app = project(tmp_path / "app", '[project]\nname = "app"\nrequires-python = ">=3.11"\n'
                  'dependencies = ["starlette>=0.40"]\n')
    store = tmp_path / "cache"
    first = declared.read(str(app), str(store))
    assert first == declared.read(str(app)) and first.target is not None
    assert [entry.name[0] for entry in store.iterdir()] == ["v"]
    (entry,) = store.iterdir()
    declared._read.cache_clear()  # nothing read in this process may answer
    assert declared.read(str(app), str(store)) == first
    (app / "pyproject.toml").write_text('[project]\nname = "app"\nrequires-python = ">=3.12"\n',
                                        encoding="utf-8")
    changed = declared.read(str(app), str(store))
    assert changed.target is not None and changed.target.value == (3, 12)
    assert changed.versions == ()
    entry.write_text("{not json", encoding="utf-8")  # a broken entry is a miss, never an error
    assert declared.read(str(app), str(store)) == changed
    assert declared.read(str(app), "off") == changed


@pytest.mark.slow
def test_a_run_whose_project_files_did_not_change_parses_none(
        tmp_path: Path, python: Command) -> None:
    """The plugin's options, read in a fresh process as flake8 hands them: the second run, with
    the project's files unchanged, imports no TOML parser and reads the same target."""
    app = project(tmp_path / "app", '[project]\nname = "app"\nrequires-python = ">=3.11"\n',
                  setup_cfg="[metadata]\nname = app\n")
    probe = textwrap.dedent("""\
        import argparse, sys
        from flake8_httpstatus.options import OPTIONS
        from flake8_httpstatus.plugin import HttpStatusChecker
        options = argparse.Namespace(**{option.attr: None for option in OPTIONS})
        HttpStatusChecker.parse_options(options)
        print(HttpStatusChecker.config.target_version,
              any(name in sys.modules for name in ("tomllib", "tomli")),
              "configparser" in sys.modules)
    """)
    env = {"FLAKE8_HTTPSTATUS_CACHE_DIR": str(tmp_path / "cache")}
    runs = [python("-c", probe, cwd=app, env=env) for _ in range(2)]
    assert [run.returncode for run in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    assert [run.lines for run in runs] == [["(3, 11) True True"], ["(3, 11) False False"]]
