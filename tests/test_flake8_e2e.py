"""The real flake8 command on files the tests write: exact output lines."""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers import run_flake8

ROOT = Path(__file__).resolve().parents[1]

VIEWS = textwrap.dedent('''\
    from flask import Flask, abort, jsonify

    app = Flask(__name__)


    @app.route("/items/<int:item_id>")
    def item(item_id):
        if item_id > 10:
            abort(404)
        if item_id == 0:
            abort(4004)
        return jsonify(id=item_id), 201


    MAX_LENGTH = 200
''')


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_reports_file_with_exact_lines(tmp_path: Path) -> None:
    write(tmp_path, "views.py", VIEWS)
    result = run_flake8(["--select=HTS", "views.py"], tmp_path)
    assert result.stdout.splitlines() == [
        "views.py:9:15: HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND",
        "views.py:11:15: HTS003 4004 is not an HTTP status (100-599); did you mean 404 (Not Found)?",
        "views.py:12:33: HTS001 201 (Created): use HTTPStatus.CREATED",
    ]
    assert result.returncode == 1
    assert result.stderr == ""


def test_reads_stdin_like_an_editor(tmp_path: Path) -> None:
    # The file on disk is stale: the editor pipes its unsaved buffer, which must be what is checked.
    write(tmp_path, "views.py", "x = 1\n")
    result = run_flake8(["--select=HTS", "--stdin-display-name=views.py", "-"], tmp_path,
                        stdin=VIEWS)
    assert [line.split(": ", 1)[1] for line in result.stdout.splitlines()] == [
        "HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND",
        "HTS003 4004 is not an HTTP status (100-599); did you mean 404 (Not Found)?",
        "HTS001 201 (Created): use HTTPStatus.CREATED",
    ]
    assert all(line.startswith("views.py:") for line in result.stdout.splitlines())


def test_noqa_select_and_ignore(tmp_path: Path) -> None:
    source = VIEWS.replace("abort(404)", "abort(404)  # noqa: HTS001").replace(
        "abort(4004)", "abort(4004)  # noqa: E501")
    write(tmp_path, "views.py", source)
    result = run_flake8(["--select=HTS", "views.py"], tmp_path)
    assert [line.split(": ", 1)[1][:6] for line in result.stdout.splitlines()] == ["HTS003", "HTS001"]

    result = run_flake8(["--select=HTS", "--extend-ignore=HTS001", "views.py"], tmp_path)
    assert [line.split(": ", 1)[1][:6] for line in result.stdout.splitlines()] == ["HTS003"]

    result = run_flake8(["--select=HTS003", "views.py"], tmp_path)
    assert [line.split(": ", 1)[1][:6] for line in result.stdout.splitlines()] == ["HTS003"]


@pytest.mark.parametrize("config_name", ["setup.cfg", "tox.ini", ".flake8"])
def test_options_from_config_files(tmp_path: Path, config_name: str) -> None:
    write(tmp_path, config_name, textwrap.dedent("""\
        [flake8]
        select = HTS
        httpstatus-style = drf
        httpstatus-allow-literals = 201
    """))
    write(tmp_path, "views.py", VIEWS)
    result = run_flake8(["views.py"], tmp_path)
    assert result.stdout.splitlines() == [
        "views.py:9:15: HTS001 404 (Not Found): use status.HTTP_404_NOT_FOUND",
        "views.py:11:15: HTS003 4004 is not an HTTP status (100-599); did you mean 404 (Not Found)?",
    ]


def test_command_line_overrides_config(tmp_path: Path) -> None:
    write(tmp_path, "setup.cfg", "[flake8]\nselect = HTS\nhttpstatus-style = drf\n")
    write(tmp_path, "views.py", VIEWS)
    result = run_flake8(["--httpstatus-style=stdlib", "views.py"], tmp_path)
    assert "use HTTPStatus.NOT_FOUND" in result.stdout


def test_target_version_changes_the_name(tmp_path: Path) -> None:
    write(tmp_path, "big.py", "from flask import abort\nabort(413)\n")
    old = run_flake8(["--select=HTS", "big.py"], tmp_path).stdout
    new = run_flake8(["--select=HTS", "--httpstatus-target-version=3.13", "big.py"], tmp_path).stdout
    assert old == "big.py:2:7: HTS001 413 (Payload Too Large): use HTTPStatus.REQUEST_ENTITY_TOO_LARGE\n"
    assert new == "big.py:2:7: HTS001 413 (Payload Too Large): use HTTPStatus.CONTENT_TOO_LARGE\n"


@pytest.mark.parametrize("flag, value", [
    ("--httpstatus-style", "nope"),
    ("--httpstatus-extra-codes", "abc"),
    ("--httpstatus-extra-calls", ":::"),
    ("--httpstatus-target-version", "2.7"),
])
def test_bad_option_is_one_clear_line(tmp_path: Path, flag: str, value: str) -> None:
    write(tmp_path, "views.py", VIEWS)
    result = run_flake8([f"{flag}={value}", "views.py"], tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"flake8-httpstatus: error: {flag}: {value!r}")


def test_plugin_is_registered_with_version() -> None:
    result = run_flake8(["--version"], ROOT)
    assert "flake8-httpstatus: 0.1.0" in result.stdout


def test_bundled_example_shows_every_code() -> None:
    result = run_flake8(["--select=HTS", "examples/demo.py"], ROOT)
    codes = [line.split(": ", 1)[1][:6] for line in result.stdout.splitlines()]
    assert sorted(set(codes)) == ["HTS001", "HTS002", "HTS003", "HTS004", "HTS005", "HTS006"]


def test_no_libcst_import_for_a_file_without_candidates(tmp_path: Path) -> None:
    """Start-up cost: a file with no status position never imports libcst."""
    write(tmp_path, "plain.py", "import os\n\nTIMEOUT = 300\nprint(os.sep * 200)\n")
    write(tmp_path, "views.py", VIEWS)
    probe = textwrap.dedent("""\
        import ast, sys
        from flake8_httpstatus.plugin import HttpStatusChecker
        for name in sys.argv[1:]:
            source = open(name).read()
            list(HttpStatusChecker(ast.parse(source), source.splitlines(True), name).run())
            print(name, "libcst" in sys.modules)
    """)
    import subprocess

    result = subprocess.run([sys.executable, "-c", probe, "plain.py", "views.py"], cwd=tmp_path,
                            capture_output=True, text=True, env={**os.environ}, check=True)
    assert result.stdout.splitlines() == ["plain.py False", "views.py True"]


def test_reference_path_gives_the_same_output(tmp_path: Path) -> None:
    write(tmp_path, "views.py", VIEWS)
    fast = run_flake8(["--select=HTS", "views.py"], tmp_path)
    env = {**os.environ, "FLAKE8_HTTPSTATUS_REFERENCE": "1"}
    slow = run_flake8(["--select=HTS", "views.py"], tmp_path, env=env)
    assert fast.stdout == slow.stdout != ""
