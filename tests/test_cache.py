"""The result cache: a hit gives exactly what the analysis gives, a warm file never imports libcst,
and no state of the cache directory can break a run."""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
import textwrap
from pathlib import Path

import pytest

from flake8_httpstatus import cache
from flake8_httpstatus.checker import check_source
from flake8_httpstatus.options import Config
from tests.helpers import CASE_FILES, Command

VIEWS = textwrap.dedent("""\
    from flask import Flask, abort, jsonify

    app = Flask(__name__)


    @app.get("/items/<int:item_id>")
    def item(item_id):
        if item_id == 0:
            abort(4004)
        return jsonify(id=item_id), 201
""")


def entries(directory: Path) -> list[Path]:
    """The analysis entries and the paths' (``p*``), not the versions a project declares."""
    return sorted(path for path in directory.glob("*.json") if path.name[0] != "v")


def test_the_suite_runs_without_the_cache() -> None:
    """conftest switches it off, so that no test reads or fills the developer's cache."""
    assert os.environ[cache.ENV_DIR] == "off"
    assert cache.cache_dir("") is None


def test_cold_and_warm_results_equal_the_analysis_on_the_case_corpus(tmp_path: Path) -> None:
    cached = Config(cache_dir=str(tmp_path))
    expected = {path: check_source(path.read_text(encoding="utf-8"), Config()) for path in CASE_FILES}
    cold = {path: check_source(path.read_text(encoding="utf-8"), cached) for path in CASE_FILES}
    stored = {path: path.stat().st_mtime_ns for path in entries(tmp_path)}
    warm = {path: check_source(path.read_text(encoding="utf-8"), cached) for path in CASE_FILES}
    assert cold == expected
    assert warm == expected
    assert len(stored) >= len(CASE_FILES) - 1  # one entry per file with candidates
    assert {path: path.stat().st_mtime_ns for path in entries(tmp_path)} == stored  # all hits


@pytest.mark.slow
def test_a_warm_file_is_checked_without_importing_libcst(tmp_path: Path, python: Command) -> None:
    (tmp_path / "views.py").write_text(VIEWS, encoding="utf-8")
    probe = textwrap.dedent("""\
        import ast, sys
        from flake8_httpstatus.plugin import HttpStatusChecker
        source = open("views.py").read()
        found = list(HttpStatusChecker(ast.parse(source), source.splitlines(True), "v").run())
        print("libcst" in sys.modules, [f[:3] for f in found])
    """)
    runs = [python("-c", probe, env={cache.ENV_DIR: str(tmp_path / "cache")}) for _ in range(2)]
    assert [run.returncode for run in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    cold, warm = (run.stdout.split(" ", 1) for run in runs)
    assert (cold[0], warm[0]) == ("True", "False")
    assert cold[1] == warm[1] and "HTS003" in cold[1]


def test_edits_off_the_status_lines_still_hit(tmp_path: Path) -> None:
    config = Config(cache_dir=str(tmp_path))
    before = check_source(VIEWS, config)
    edited = "# a new first line shifts every finding down\n" + VIEWS.replace(
        "def item(item_id):", "def item(item_id):\n    '''Docs.'''")
    after = check_source(edited, config)
    assert len(entries(tmp_path)) == 1  # the same candidate text: the same entry
    assert [(f.line, f.code) for f in after] == [(f.line + 2, f.code) for f in before]
    assert after == check_source(edited, Config())


def test_the_key_covers_text_imports_options_and_code(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    store = cache.ResultCache(tmp_path)
    base = store.key("abort(404)\n", {"abort": "flask.abort"}, Config())
    assert store.key("abort(404)\n", {"abort": "flask.abort"}, Config()) == base
    assert store.key("abort(404)\n", {"abort": "flask.abort"},
                     Config(cache_dir="elsewhere")) == base  # where it is stored is not an input
    others = [
        store.key("abort(405)\n", {"abort": "flask.abort"}, Config()),
        store.key("abort(404)\n", {"abort": "quart.abort"}, Config()),
        store.key("abort(404)\n", {"abort": "flask.abort"}, Config(style="drf")),
        store.key("abort(404)\n", {"abort": "flask.abort"}, Config(target_version=(3, 13))),
        store.key("abort(404)\n", {"abort": "flask.abort"}, Config(allow_literals=frozenset({404}))),
    ]
    assert len({base, *others}) == 6
    assert len({store._path(key) for key in (base, *others)}) == 6
    monkeypatch.setattr(cache, "__version__", "99.0")  # an upgrade (or an edited checkout)
    assert cache.ResultCache(tmp_path).key("abort(404)\n", {"abort": "flask.abort"},
                                           Config()) != base


@pytest.mark.parametrize("garbage", ["", "{", "[]", '{"format": 1}', '{"format": 1, "key": "x"}',
                                     '{"format": 1, "key": KEY, "found": [[1]]}',
                                     '{"format": 1, "key": KEY, "found": 7}',
                                     '{"format": 2, "key": KEY, "found": []}',
                                     "[" * 100_000])
def test_a_damaged_entry_is_a_miss(tmp_path: Path, garbage: str) -> None:
    config = Config(cache_dir=str(tmp_path))
    expected = check_source(VIEWS, Config())
    assert check_source(VIEWS, config) == expected
    [entry] = entries(tmp_path)
    key = json.loads(entry.read_text(encoding="utf-8"))["key"]
    entry.write_text(garbage.replace("KEY", json.dumps(key)), encoding="utf-8")
    assert cache.ResultCache(tmp_path).get(key) is None  # a miss, not an exception
    assert check_source(VIEWS, config) == expected
    assert check_source(VIEWS, config) == expected  # rewritten by the miss, read back


def test_an_unusable_directory_changes_nothing(tmp_path: Path,
                                               caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory\n", encoding="utf-8")
    with caplog.at_level(logging.DEBUG, logger="flake8.httpstatus"):
        for where in (blocker, blocker / "below"):
            assert check_source(VIEWS, Config(cache_dir=str(where))) == check_source(VIEWS,
                                                                                     Config())
    assert blocker.read_text(encoding="utf-8") == "not a directory\n"
    assert sum("result cache" in r.getMessage() and "not written" in r.getMessage()
               for r in caplog.records) == 2  # once per directory, shown by flake8 -vv


def test_old_entries_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 3)
    monkeypatch.setattr(cache, "PRUNE_EVERY", 1)
    config = Config(cache_dir=str(tmp_path))
    for code in (401, 402, 403, 404, 405):
        check_source(f"from flask import abort\nabort({code})\n", config)
    assert len(entries(tmp_path)) == 3
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_process_prunes_at_its_first_write_and_every_so_many_after(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 3)
    monkeypatch.setattr(cache, "PRUNE_EVERY", 4)
    for code in range(400, 406):  # an earlier process's six entries
        check_source(f"from flask import abort\nabort({code})\n", Config(cache_dir=str(tmp_path)))
    cache._CACHES.clear()  # a new process: its first write prunes
    check_source("from flask import abort\nabort(499)\n", Config(cache_dir=str(tmp_path)))
    assert len(entries(tmp_path)) == 3


def test_where_the_cache_lives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_DIR, "")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir("") == tmp_path / "xdg" / "flake8-httpstatus"
    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "env"))
    assert cache.cache_dir("") == tmp_path / "env"
    assert cache.cache_dir(str(tmp_path / "option")) == tmp_path / "option"  # the option wins
    assert cache.cache_dir("OFF") is None
    monkeypatch.setenv(cache.ENV_DIR, "off")
    assert cache.cache_dir("") is None
    assert cache.cache_dir("~no-such-user-here/cache") is None  # no cache, no traceback
    monkeypatch.setenv(cache.ENV_DIR, "")
    monkeypatch.delenv("HOME")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(Path, "home", classmethod(_no_home))
    assert cache.cache_dir("") is None


def _no_home(cls: type) -> Path:
    raise RuntimeError("Could not determine home directory.")  # what pathlib says


@pytest.mark.slow
def test_flake8_with_and_without_the_cache(tmp_path: Path, flake8: Command) -> None:
    (tmp_path / "views.py").write_text(VIEWS, encoding="utf-8")
    store = tmp_path / "store"
    runs = [flake8("--select=HTS", f"--httpstatus-cache-dir={store}", "views.py")
            for _ in range(2)]
    off = flake8("--select=HTS", "views.py")  # the suite's environment: off
    assert runs[0].stdout == runs[1].stdout == off.stdout != ""
    assert runs[0].stderr == runs[1].stderr == ""
    # the analysis of its statements, and the file's findings by its path (``filecache``)
    assert sorted(path.name[0] == "p" for path in entries(store)) == [False, True]
    (tmp_path / "setup.cfg").write_text(f"[flake8]\nhttpstatus-cache-dir = {tmp_path / 'cfg'}\n",
                                        encoding="utf-8")
    assert flake8("--select=HTS", "views.py").stdout == off.stdout
    assert len(entries(tmp_path / "cfg")) == 2


def test_the_fixer_uses_the_same_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """``fix`` checks through the same checker: it reads the setting from the shared config and
    takes the option, and ``off`` writes nothing."""
    from flake8_httpstatus.fix import cli

    (tmp_path / "views.py").write_text(VIEWS, encoding="utf-8")
    (tmp_path / "setup.cfg").write_text(f"[flake8]\nhttpstatus-cache-dir = {tmp_path / 'cfg'}\n",
                                        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["fix", "--check", "."]) == 1
    assert len(entries(tmp_path / "cfg")) == 1
    assert cli.main(["fix", "--check", "--httpstatus-cache-dir=off", "."]) == 1
    assert cli.main(["fix", "--check", f"--httpstatus-cache-dir={tmp_path / 'cli'}", "."]) == 1
    assert len(entries(tmp_path / "cli")) == 1
    err = capsys.readouterr().err
    assert "warning" not in err and "error" not in err and "views.py" in err


def test_entries_are_private_to_their_owner(tmp_path: Path) -> None:
    """Entries hold the user's source: the directory is 0700 and each entry 0600, whatever the
    umask lets other files be."""
    store = cache.ResultCache(tmp_path / "private")
    old = os.umask(0o022)
    try:
        store.put(store.key("abort(404)\n", {}, Config()) or "", [])
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "private").stat().st_mode) == 0o700
    [entry] = entries(tmp_path / "private")
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
