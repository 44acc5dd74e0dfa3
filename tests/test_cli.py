"""``flake8-httpstatus fix`` as a user runs it: real files in tmp_path, through ``main()`` in-process
and, for what only the real command shows (its entry points, bytes on stdout, its agreement with
flake8), through ``python -m flake8_httpstatus`` (the ``httpstatus`` fixture; those tests are slow)."""

from __future__ import annotations

import ast
import io
import re
import shutil
import stat
import sys
import sysconfig
import textwrap
from pathlib import Path
from typing import Sequence

import pytest

from flake8_httpstatus.fix import cli, files, fixer
from flake8_httpstatus.fix.report import Progress
from tests.helpers import CASE_FILES, Command

VIEW = textwrap.dedent('''\
    """Views."""
    from flask import abort


    def view(r):
        abort(404)
        assert r.status_code == 200
        abort(299)
    ''')
FIXED_VIEW = VIEW.replace("from flask import abort\n",
                          "from http import HTTPStatus\n\nfrom flask import abort\n").replace(
    "abort(404)", "abort(HTTPStatus.NOT_FOUND)").replace("== 200", "== HTTPStatus.OK")
DRF_VIEW = "def view(r):\n    assert r.status_code == 201\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def main(args: Sequence[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# -- the real command -----------------------------------------------------------------------------

@pytest.mark.slow
def test_fix_rewrites_then_nothing_left_and_flake8_agrees(
        tmp_path: Path, httpstatus: Command, flake8: Command) -> None:
    view = write(tmp_path / "app" / "views.py", VIEW)
    view.chmod(0o755)
    assert "HTS001" in flake8("--select=HTS", "app").stdout
    done = httpstatus("fix", "app")
    assert done.returncode == 1, done.stderr
    assert view.read_text() == FIXED_VIEW
    assert stat.S_IMODE(view.stat().st_mode) == 0o755
    assert done.stderr.splitlines() == [
        "rewrote app/views.py (2 findings)",
        "rewrote 2 findings in 1 file; 1 left for a person:",
        "app/views.py:8:11: HTS002 unknown HTTP status 299",
    ]
    assert "HTS001" not in flake8("--select=HTS", "app").stdout
    again = httpstatus("fix", "app")
    assert again.returncode == 0
    assert again.stderr.startswith("rewrote 0 findings in 0 files; 1 left for a person:")
    assert view.read_text() == FIXED_VIEW
    assert sorted(p.name for p in view.parent.iterdir()) == ["views.py"]  # no temp file left


@pytest.mark.slow
def test_console_script(tmp_path: Path) -> None:
    """The ``flake8-httpstatus`` script that installing the package puts beside its Python."""
    script = shutil.which("flake8-httpstatus", path=sysconfig.get_path("scripts"))
    assert script, f"no flake8-httpstatus script in {sysconfig.get_path('scripts')}: pip install -e ."
    write(tmp_path / "v.py", VIEW)
    done = Command([script], tmp_path)("fix", "v.py")
    assert done.returncode == 1 and (tmp_path / "v.py").read_text() == FIXED_VIEW


@pytest.mark.slow
def test_dunder_main_runs_main(httpstatus: Command) -> None:
    done = httpstatus("--version")
    assert done.returncode == 0 and done.stdout.startswith("flake8-httpstatus ")
    assert httpstatus().returncode == 2  # no command: usage


@pytest.mark.slow
@pytest.mark.parametrize("tool", [("git", "apply", "--check"), ("patch", "-p1", "--dry-run")])
def test_the_diff_applies_from_the_current_directory(tmp_path: Path, httpstatus: Command,
                                                     tool: Sequence[str]) -> None:
    """``fix --diff`` names files as git does (``a/src/v.py``), whatever the paths given, so
    ``git apply`` and ``patch -p1`` take it in the directory it ran in."""
    import subprocess

    if shutil.which(tool[0]) is None:
        pytest.skip(f"{tool[0]} is not installed")
    (tmp_path / "src").mkdir()
    write(tmp_path / "src" / "v.py", VIEW)
    for paths in (["src/v.py"], ["./src"], [str(tmp_path / "src" / "v.py")]):
        diff = httpstatus("fix", "--diff", *paths)
        assert diff.lines[:2] == ["--- a/src/v.py", "+++ b/src/v.py"], paths
        applied = subprocess.run([*tool, "-"] if tool[0] == "git" else list(tool),
                                 input=diff.out, cwd=tmp_path, capture_output=True)
        assert applied.returncode == 0, (paths, applied.stderr)


@pytest.mark.slow
def test_check_and_diff_write_nothing(tmp_path: Path, httpstatus: Command) -> None:
    view = write(tmp_path / "v.py", VIEW)
    check = httpstatus("fix", "--check", "v.py")
    assert check.returncode == 1 and check.out == b""
    assert "would rewrite 2 findings in 1 file" in check.stderr
    diff = httpstatus("fix", "--diff", "v.py")
    assert diff.returncode == 1
    lines = diff.lines
    assert lines[:2] == ["--- a/v.py", "+++ b/v.py"]
    assert "+from http import HTTPStatus" in lines and "-    abort(404)" in lines
    assert "+    abort(HTTPStatus.NOT_FOUND)" in lines
    assert view.read_text() == VIEW
    write(tmp_path / "clean.py", FIXED_VIEW)
    assert httpstatus("fix", "--check", "clean.py").returncode == 0


@pytest.mark.slow
def test_stdin_to_stdout_keeps_crlf(httpstatus: Command) -> None:
    source = VIEW.replace("\n", "\r\n").encode()
    done = httpstatus("fix", "-", stdin=source)
    assert done.returncode == 1
    assert done.out == FIXED_VIEW.replace("\n", "\r\n").encode()
    assert "stdin:8:11: HTS002" in done.stderr
    named = httpstatus("fix", "--stdin-display-name", "web/v.py", "--check", "-", stdin=source)
    assert named.returncode == 1 and named.out == b""
    assert "web/v.py:8:11: HTS002" in named.stderr


def python_says(source: str) -> str:
    """What the running Python says of this syntax error (its wording differs between versions):
    ``line N: message``, as the fix command quotes it."""
    with pytest.raises(SyntaxError) as caught:
        ast.parse(source)
    return f"line {caught.value.lineno}: {caught.value.msg}"


@pytest.mark.slow
def test_errors_are_one_line_and_the_other_files_go_on(tmp_path: Path, httpstatus: Command) -> None:
    bad = "from flask import abort\nabort(404\n"
    write(tmp_path / "a_bad.py", bad)
    good = write(tmp_path / "b_good.py", VIEW)
    (tmp_path / "c_latin.py").write_bytes(b"x = '\xe9'\n")  # not UTF-8, no cookie
    done = httpstatus("fix", ".", "missing.py")
    err = done.stderr
    assert done.returncode == 2
    assert "Traceback" not in err
    assert good.read_text() == FIXED_VIEW
    errors = [line for line in err.splitlines() if ": error: " in line]
    assert errors == [
        f"./a_bad.py: error: syntax error: {python_says(bad)}",
        "./c_latin.py: error: cannot decode: invalid or missing encoding declaration",
        "missing.py: error: cannot read: No such file or directory",
    ]
    assert "rewrote 2 findings in 1 file; 3 files with errors; 1 left for a person:" in err


def test_usage_errors_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main([], capsys)[0] == 2
    assert main(["fix"], capsys)[0] == 2
    assert main(["lint", "x.py"], capsys)[0] == 2
    code, _, err = main(["fix", "--httpstatus-style", "nope", "x.py"], capsys)
    assert code == 2 and err.splitlines() == [
        "flake8-httpstatus: error: --httpstatus-style: 'nope' is not one of auto, stdlib, "
        "drf, starlette, fastapi, litestar, falcon, httpx"]
    code, out, _ = main(["fix", "--help"], capsys)
    assert code == 0 and "--fix-phrases" in out and "--httpstatus-target-version" in out
    assert "--httpstatus-cache-dir" in out  # fix checks through the same checker and cache


@pytest.mark.slow
def test_the_case_corpus_through_fix_then_flake8(tmp_path: Path, httpstatus: Command,
                                                 flake8: Command) -> None:
    for path in CASE_FILES:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    # a project that runs black: every rewrite is made, the lines it lengthens are black's to wrap
    (tmp_path / "pyproject.toml").write_text("[tool.black]\n")

    def fixable(output: str) -> int:  # the codes fix rewrites
        return output.count(" HTS001 ") + output.count(" HTS008 ")

    before = fixable(flake8("--select=HTS", ".").stdout)
    done = httpstatus("fix", ".")
    assert done.returncode == 1, done.stderr
    match = re.search(r"^rewrote (\d+) findings in (\d+) files", done.stderr, re.M)
    unsafe = done.stderr.count("(not rewritten: unsafe fix, rewritten only with --unsafe-fixes: ")
    assert match and int(match.group(1)) + unsafe == before > 100 and unsafe > 10
    phrases = done.stderr.count("(not rewritten: rewritten only with --unsafe-fixes or "
                                "--fix-phrases)")
    # the unsafe ones are left as they were; --unsafe-fixes applies them and HTS006's phrases
    assert fixable(flake8("--select=HTS", ".").stdout) == unsafe
    rest = httpstatus("fix", "--unsafe-fixes", ".")
    match = re.search(r"^rewrote (\d+) findings in (\d+) files", rest.stderr, re.M)
    assert rest.returncode == 1 and match, rest.stderr
    assert int(match.group(1)) == unsafe + phrases and phrases > 0, rest.stderr
    assert fixable(flake8("--select=HTS", ".").stdout) == 0


@pytest.mark.slow
def test_noqa_agrees_with_flake8(tmp_path: Path, httpstatus: Command, flake8: Command) -> None:
    lines = ["from flask import abort", "import http"]
    comments = ["", "# noqa", "# NoQA", "# noqa: HTS001", "# noqa:HTS001,E501", "# noqa: E501",
                "# noqa: hts001", "# noqa : HTS001", "# noqa:HTS", "# noqa: HTS002",
                "# noqa:E501 HTS001", "# noqa: E501,W291"]
    lines += [f"abort(404)  {comment}".rstrip() for comment in comments]
    lines += ["abort(\\", "    404)  # noqa: HTS001", 'x = """', '"""; abort(404)  # noqa']
    write(tmp_path / "n.py", "\n".join(lines) + "\n")
    reported = {int(line.split(":")[1]) for line in flake8("--select=HTS", "n.py").lines
                if "HTS001" in line}
    done = httpstatus("fix", "--diff", "n.py")
    changed = {n + 1 for n, line in enumerate(lines)
               if f"+{line.replace('404', 'http.HTTPStatus.NOT_FOUND')}" in done.lines}
    assert reported and changed == reported


# -- configuration --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["setup.cfg", "tox.ini", ".flake8"])
def test_options_from_flake8_config_in_a_parent_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        name: str) -> None:
    write(tmp_path / name, "[flake8]\nhttpstatus-style = drf\n")
    view = write(tmp_path / "pkg" / "v.py", DRF_VIEW)
    monkeypatch.chdir(tmp_path / "pkg")
    assert main(["fix", "v.py"], capsys)[0] == 1
    assert view.read_text().startswith("from rest_framework import status\n")
    assert "status.HTTP_201_CREATED" in view.read_text()


def test_command_line_wins_and_isolated_ignores_the_config(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "setup.cfg", "[flake8]\nhttpstatus_style = drf\n")
    write(tmp_path / "a.py", DRF_VIEW)
    write(tmp_path / "b.py", DRF_VIEW)
    write(tmp_path / "c.py", DRF_VIEW)
    write(tmp_path / "other.cfg", "[flake8]\nhttpstatus-style = starlette\n")
    assert main(["fix", "--httpstatus-style=stdlib", "a.py"], capsys)[0] == 1
    assert main(["fix", "--isolated", "b.py"], capsys)[0] == 1
    assert main(["fix", "--config", "other.cfg", "c.py"], capsys)[0] == 1
    assert "HTTPStatus.CREATED" in (tmp_path / "a.py").read_text()
    assert "HTTPStatus.CREATED" in (tmp_path / "b.py").read_text()
    assert "from starlette import status" in (tmp_path / "c.py").read_text()


def test_config_errors_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "v.py", DRF_VIEW)
    code, _, err = main(["fix", "--config", "nowhere.cfg", "v.py"], capsys)
    assert code == 2 and err.strip() == ("flake8-httpstatus: error: The specified config file "
                                         "does not exist: nowhere.cfg")
    write(tmp_path / "setup.cfg", "[flake8]\nhttpstatus-extra-codes = 99\nhttpstatus-typo = 1\n")
    code, _, err = main(["fix", "v.py"], capsys)
    assert code == 2 and err.splitlines()[-1] == (
        "flake8-httpstatus: error: --httpstatus-extra-codes: '99' is not a status code in 100-599 "
        "(comma-separated list)")
    write(tmp_path / "setup.cfg", "[flake8]\nhttpstatus-typo = 1\n")
    code, _, err = main(["fix", "--check", "v.py"], capsys)
    assert code == 1 and "unknown option 'httpstatus-typo'" in err


def test_list_options_accept_newlines_and_commas(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "setup.cfg", "[flake8]\nhttpstatus-allow-literals =\n    200,\n    404\n")
    view = write(tmp_path / "v.py", VIEW)
    assert main(["fix", "v.py"], capsys)[0] == 0
    assert view.read_text() == VIEW


#: (the [flake8] settings, the files whose HTS001 flake8 shows and fix rewrites)
SELECTIONS = [
    ("", ["a.py", "tests/t.py"]),
    ("per-file-ignores = tests/*: HTS", ["a.py"]),
    ("per-file-ignores =\n    tests/*: HTS001\n    a.py: E501", ["a.py"]),
    ("extend-ignore = HTS001", []),
    ("ignore = HTS", []),
    ("select = E,W", []),
    ("select = HTS001", ["a.py", "tests/t.py"]),
    ("extend-ignore = HTS\nextend-select = HTS001", ["a.py", "tests/t.py"]),
]


def selection_project(root: Path, config: str) -> None:
    write(root / "setup.cfg", f"[flake8]\n{config}\n")
    for name in ("a.py", "tests/t.py"):
        write(root / name, VIEW)


@pytest.mark.parametrize(("config", "fixed"), SELECTIONS)
def test_select_ignore_and_per_file_ignores_like_flake8(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        config: str, fixed: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    selection_project(tmp_path, config)
    main(["fix", "."], capsys)
    assert [name for name in ("a.py", "tests/t.py")
            if (tmp_path / name).read_text() != VIEW] == fixed


@pytest.mark.slow
@pytest.mark.parametrize(("config", "fixed"), [SELECTIONS[1], SELECTIONS[5], SELECTIONS[7]])
def test_flake8_shows_hts001_where_fix_rewrites(tmp_path: Path, flake8: Command, config: str,
                                                fixed: list[str]) -> None:
    """The expectations above are flake8's own: it shows HTS001 in exactly those files."""
    selection_project(tmp_path, config)
    shown = {line.split(":")[0] for line in flake8(".").lines if "HTS001" in line}
    assert shown == {f"./{name}" for name in fixed}


# -- which files ----------------------------------------------------------------------------------

def make_tree(root: Path) -> None:
    for name in ["a.py", "b.txt", "sub/c.py", "sub/d.pyi", ".git/e.py", ".tox/f.py", "x.egg/g.py",
                 "__pycache__/h.py", "legacy/i.py", "gen/j_pb2.py", "gen/k.py", "sub/legacy.py"]:
        write(root / name, VIEW)


def test_discovery_like_flake8(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    make_tree(tmp_path)
    write(tmp_path / "setup.cfg", "[flake8]\nextend-exclude = legacy,*_pb2.py\n")
    monkeypatch.chdir(tmp_path)
    code, _, err = main(["fix", "--check", ".", "b.txt"], capsys)
    assert code == 1
    assert [line.split()[2] for line in err.splitlines() if line.startswith("would rewrite ./")
            or line.startswith("would rewrite b")] == [
        "./a.py", "./gen/k.py", "./sub/c.py", "./sub/legacy.py", "b.txt"]
    code, _, err = main(["fix", "--check", "--exclude=sub", "--extend-exclude=gen", "."], capsys)
    assert [line.split()[2] for line in err.splitlines() if line.startswith("would rewrite ./")] \
        == ["./.git/e.py", "./.tox/f.py", "./__pycache__/h.py", "./a.py", "./legacy/i.py",
            "./x.egg/g.py"]


def test_discover_sorts_dedupes_and_puts_stdin_first(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Which files flake8 takes is flake8's (``discover_files.expand_paths``); the order is ours."""
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    exclude = list(files.DEFAULT_EXCLUDE)
    assert files.discover(["sub", "-", "a.py", "sub/c.py"], exclude) == [
        "-", "a.py", "sub/c.py", "sub/legacy.py"]  # sub/c.py named twice: once
    assert files.discover(["-"], [*exclude, "legacy"], stdin_display_name="legacy") == []


def test_write_atomic_keeps_mode_and_symlinks(tmp_path: Path) -> None:
    target = write(tmp_path / "real.py", "x = 1\n")
    target.chmod(0o751)
    link = tmp_path / "link.py"
    link.symlink_to(target)
    files.write_atomic(str(link), b"x = 2\n")
    assert link.is_symlink() and target.read_bytes() == b"x = 2\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o751
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.py", "real.py"]


# -- in-process: failures the real command cannot easily provoke ----------------------------------

def test_unreadable_and_unwritable_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.py", VIEW)
    write(tmp_path / "b.py", VIEW)
    real_read = files.read_bytes

    def read(path: str) -> bytes:
        if path.endswith("a.py"):
            raise PermissionError(13, "Permission denied")
        return real_read(path)

    def refuse(path: str, data: bytes) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(cli, "read_bytes", read)
    monkeypatch.setattr(cli, "write_atomic", refuse)
    code, _, err = main(["fix", "a.py", "b.py"], capsys)
    assert code == 2
    assert "a.py: error: cannot read: Permission denied" in err.splitlines()
    assert "b.py: error: cannot write: Read-only file system" in err.splitlines()


def test_failed_self_check_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    view = write(tmp_path / "v.py", VIEW)
    monkeypatch.setattr(fixer, "apply_plan", lambda text, *rest: text.replace("404", "405"))
    code, _, err = main(["fix", "v.py"], capsys)
    assert code == 2 and view.read_text() == VIEW
    assert re.search(r"^v\.py: error: not written, the self-check failed: .+$", err, re.M)


def test_internal_error_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "v.py", VIEW)

    def boom(*args: object, **kwargs: object) -> object:
        raise KeyError("surprise")

    monkeypatch.setattr(cli, "fix_source", boom)
    code, _, err = main(["fix", "v.py"], capsys)
    assert code == 2
    assert "v.py: error: internal error, please report it: KeyError: 'surprise'" in err
    assert "Traceback" not in err


def test_stdin_error_echoes_the_input(monkeypatch: pytest.MonkeyPatch,
                                      capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source = b"from flask import abort\nabort(404\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(source)))
    assert cli.main(["fix", "--isolated", "-"]) == 2
    out, err = capsysbinary.readouterr()
    assert out == source and b"stdin: error: syntax error" in err


def test_excluded_stdin_passes_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(VIEW.encode())))
    args = ["fix", "--isolated", "--exclude=legacy", "--stdin-display-name=legacy", "-"]
    assert cli.main(args) == 0
    assert capsysbinary.readouterr().out == VIEW.encode()


def test_fix_phrases_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    app = write(tmp_path / "w.py", 'def app(env, start_response):\n'
                                   '    start_response("200 Okay", [])\n')
    code, _, err = main(["fix", "w.py"], capsys)
    assert code == 0 and "HTS006" in err and "--fix-phrases" in err
    code, _, err = main(["fix", "--fix-phrases", "w.py"], capsys)
    assert code == 1 and '"200 OK"' in app.read_text()


# -- progress bar ---------------------------------------------------------------------------------

class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("tty", "count", "drawn"), [(True, 25, True), (True, 5, False),
                                                     (False, 25, False)])
def test_progress_bar_only_on_a_terminal_with_many_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tty: bool, count: int,
        drawn: bool) -> None:
    monkeypatch.chdir(tmp_path)
    for n in range(count):
        write(tmp_path / f"m{n:02}.py", "x = 1\n")
    stream = Terminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    assert cli.main(["fix", "--isolated", "."]) == 0
    text = stream.getvalue()
    assert (f"] {count}/{count} " in text) is drawn
    assert text.endswith("rewrote 0 findings in 0 files\n")


def test_progress_messages_clear_the_bar() -> None:
    stream = Terminal()
    progress = Progress(stream, 30, enabled=True)
    progress.step("a.py")
    progress.message("rewrote a.py (1 finding)")
    progress.close()
    assert stream.getvalue() == ("\r\x1b[K[" + "." * 24 + "] 1/30 a.py"
                                 "\r\x1b[Krewrote a.py (1 finding)\n")


def test_latin1_file_keeps_its_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    source = ("# -*- coding: latin-1 -*-\nfrom flask import abort\nMSG = 'caf\xe9'\r\n"
              "abort(404)\t\n").encode("latin-1")
    path = tmp_path / "l.py"
    path.write_bytes(source)
    monkeypatch.chdir(tmp_path)
    assert main(["fix", "l.py"], capsys)[0] == 1
    assert path.read_bytes() == source.replace(b"abort(404)", b"abort(HTTPStatus.NOT_FOUND)") \
        .replace(b"from flask", b"from http import HTTPStatus\n\nfrom flask")


def test_a_selection_without_hts_is_said_not_silent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """flake8's ``select = E,F,W`` turns the plugin's codes off: fix and check say so rather
    than rewrite nothing in silence (Flask-Login's setup.cfg)."""
    (tmp_path / "setup.cfg").write_text("[flake8]\nselect = E,F,W\n")
    (tmp_path / "a.py").write_text("from flask import abort\nabort(404)\n")
    monkeypatch.chdir(tmp_path)
    warning = ("flake8-httpstatus: warning: flake8's select/ignore turn off every HTS code, so "
               "nothing is reported or rewritten (add extend-select = HTS to the [flake8] section)")
    for command in ("fix", "check"):
        code, _, err = main([command, "a.py"], capsys)
        assert code == 0 and warning in err.splitlines(), err
    (tmp_path / "setup.cfg").write_text("[flake8]\nselect = E,F,W\nextend-select = HTS\n")
    code, _, err = main(["fix", "--check", "a.py"], capsys)
    assert code == 1 and warning not in err
