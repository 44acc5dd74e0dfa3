"""``[tool.flake8-httpstatus]`` in pyproject.toml: the values it gives (lists or comma strings),
the one-line errors, which file is read, its place below flake8's config and the command line,
and that the flake8 plugin reads it once per run, lazily (its real flake8 runs are in
tests/test_check_flake8.py)."""

from __future__ import annotations

import argparse
import ast
import os
from pathlib import Path
from typing import List

import pytest

from flake8_httpstatus import pyproject
from flake8_httpstatus.fix.settings import add_arguments, load_settings
from flake8_httpstatus.options import OPTIONS, Config, OptionError
from flake8_httpstatus.plugin import HttpStatusChecker


def write(root: Path, body: str, name: str = "pyproject.toml") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    path = root / name
    path.write_text(body, encoding="utf-8")
    return path


def settings(*argv: str, start: Path) -> Config:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return load_settings(parser.parse_args(list(argv)), start=str(start)).config


def test_every_option_has_a_key_without_the_prefix() -> None:
    assert list(pyproject.KEYS) == ["style", "target-version", "extra-codes", "extra-calls",
                                    "allow-literals", "allow-experimental", "min-versions",
                                    "cache-dir"]
    assert len(pyproject.KEYS) == len(OPTIONS)


def test_lists_and_comma_strings(tmp_path: Path) -> None:
    write(tmp_path, '[tool.flake8-httpstatus]\nextra-codes = [499, "520"]\n'
                    'allow-literals = "200, 404"\ntarget-version = "3.13"\nstyle = "drf"\n'
                    'min-versions = ["starlette:0.48"]\n')
    config = settings(start=tmp_path)
    assert config.extra_codes == frozenset({499, 520})
    assert config.allow_literals == frozenset({200, 404})
    assert config.target_version == (3, 13) and config.style == "drf"
    assert config.min_versions == (("starlette", (0, 48)),)


def test_the_first_file_with_the_table_upwards(tmp_path: Path) -> None:
    write(tmp_path, '[tool.flake8-httpstatus]\nstyle = "drf"\n')
    write(tmp_path / "pkg", "[tool.black]\nline-length = 100\n")  # no table: looked past
    assert pyproject.find(str(tmp_path / "pkg")) == str(tmp_path / "pyproject.toml")
    assert settings(start=tmp_path / "pkg").style == "drf"
    write(tmp_path / "pkg", '[tool.flake8-httpstatus]\nstyle = "starlette"\n')
    assert settings(start=tmp_path / "pkg").style == "starlette"  # the file changed: read again


def test_not_above_the_home_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, '[tool.flake8-httpstatus]\nstyle = "drf"\n')
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "project").mkdir(parents=True)
    assert pyproject.find(str(tmp_path / "home" / "project")) is None


def test_flake8_config_and_command_line_win(tmp_path: Path) -> None:
    write(tmp_path, '[tool.flake8-httpstatus]\nstyle = "drf"\nallow-literals = [200]\n'
                    'target-version = "3.13"\n')
    write(tmp_path, "[flake8]\nhttpstatus-style = starlette\n", "setup.cfg")
    config = settings("--httpstatus-target-version=3.10", start=tmp_path)
    assert (config.style, config.allow_literals, config.target_version) == (
        "starlette", frozenset({200}), (3, 10))
    assert settings("--isolated", start=tmp_path) == Config()


@pytest.mark.parametrize(("body", "message"), [
    ('style = "nope"', "style: 'nope' is not one of auto, stdlib"),
    ("target-version = 3.10", "target-version: 3.1 is a number: write it as a string"),
    ("extra-codes = [true]", "extra-codes: [True] is not a string or a list of strings"),
    ("allow-literals = false", "allow-literals: False is not a string or a list"),
    ("extra-codes = [404, 42]", "extra-codes: '42' is not a status code in 100-599"),
    ('colour = "blue"', "colour: unknown option (known: style, target-version,"),
])
def test_a_bad_value_is_one_line(tmp_path: Path, body: str, message: str) -> None:
    write(tmp_path, f"[tool.flake8-httpstatus]\n{body}\n")
    with pytest.raises(OptionError) as caught:
        pyproject.validated(str(tmp_path))
    line = str(caught.value)
    assert "\n" not in line
    assert line.startswith("flake8-httpstatus: error: ") and message in line, line
    assert "pyproject.toml [tool.flake8-httpstatus] " in line


def test_a_broken_file_is_an_error_only_when_it_names_the_table(tmp_path: Path) -> None:
    write(tmp_path / "a", "[tool.black\n")
    assert pyproject.validated(str(tmp_path / "a")) == {}
    write(tmp_path / "b", "[tool.flake8-httpstatus\n")
    with pytest.raises(OptionError, match="cannot read the file"):
        pyproject.validated(str(tmp_path / "b"))
    write(tmp_path / "c", "[tool]\nflake8-httpstatus = 3\n")
    with pytest.raises(OptionError, match="is not a table"):
        pyproject.validated(str(tmp_path / "c"))


def flake8_options(**given: object) -> argparse.Namespace:
    values = {option.attr: None for option in OPTIONS}
    values.update(given)
    return argparse.Namespace(isolated=False, **values)


def test_the_plugin_reads_it_once_per_run_and_flake8s_values_win(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, '[tool.flake8-httpstatus]\nstyle = "drf"\nallow-literals = "200"\n')
    monkeypatch.chdir(tmp_path)
    reads: List[str] = []
    real = pyproject._load
    monkeypatch.setattr(pyproject, "_load", lambda path: reads.append(path) or real(path))
    pyproject._load_once.cache_clear()
    try:
        HttpStatusChecker.parse_options(flake8_options(allow_literals=["404"]))
        config = HttpStatusChecker.config
        for name in ("a.py", "b.py", "c.py"):  # flake8 checks files: nothing is read again
            source = "from flask import abort\nabort(404)\nabort(500)\n"
            found = list(HttpStatusChecker(ast.parse(source), source.splitlines(True), name).run())
            assert [message for _, _, message, _ in found] == [
                "HTS001 500 (Internal Server Error): use status.HTTP_500_INTERNAL_SERVER_ERROR"]
    finally:
        HttpStatusChecker.config = Config()
    assert config.style == "drf" and config.allow_literals == frozenset({404})
    assert reads == [os.path.join(str(tmp_path), "pyproject.toml")]


def test_the_plugin_reads_nothing_when_every_option_is_given(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, '[tool.flake8-httpstatus]\nstyle = "nope"\n')  # would be an error
    monkeypatch.chdir(tmp_path)
    try:
        HttpStatusChecker.parse_options(flake8_options(**{o.attr: "" for o in OPTIONS}))
        HttpStatusChecker.parse_options(argparse.Namespace(
            isolated=True, **{option.attr: None for option in OPTIONS}))
    finally:
        HttpStatusChecker.config = Config()


def test_the_editors_settings_read_it_from_the_workspace_root(tmp_path: Path) -> None:
    """The editor adapter's settings are ``load_settings(start=root)``: the table above the root."""
    write(tmp_path, '[tool.flake8-httpstatus]\nextra-codes = "499"\n')
    from flake8_httpstatus import lsp

    class Config_:
        def plugin_settings(self, plugin: str, document_path: object = None) -> dict[str, object]:
            return {}

    class Document:
        path = str(tmp_path / "app" / "views.py")
        uri = "file://" + path
        source = ""

    assert lsp._settings(Config_(), str(tmp_path), Document()).config.extra_codes == {499}
