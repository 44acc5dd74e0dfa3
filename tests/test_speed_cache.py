"""The result cache as flake8 meets it (issue #21): a file's findings by its path before anything
heavy is imported (``filecache.py``), and after an edit only the changed statements analysed
(``checker._check_fragments``). Every result must be the reference path's: after an edit anywhere
in a status statement, an import change, an option change, a neighbour's change of style."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any, List, Sequence, Tuple

import pytest

from flake8_httpstatus import checker
from flake8_httpstatus.checker import check_reference
from flake8_httpstatus.options import Config
from tests.helpers import CASE_FILES, Command, flake8_run

Printed = List[Tuple[int, int, str]]

VIEWS = textwrap.dedent("""\
    from flask import Flask, abort, jsonify

    app = Flask(__name__)


    @app.get("/items/<int:item_id>")
    def item(item_id):
        if item_id == 0:
            abort(404)
        if item_id < 0:
            abort(400)
        return jsonify(id=item_id), 201
""")


def reference(source: str, path: str, config: Config) -> Printed:
    return [(f.line, f.col, f.text) for f in check_reference(source, config, path)]


class Analysed:
    """Records the fragments each LibCST analysis of the fast path is given."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: List[List[Tuple[str, str]]] = []
        real = checker._analysed

        def spy(parts: Sequence[Tuple[str, str]], *args: Any) -> Any:
            self.calls.append(list(parts))
            return real(parts, *args)

        monkeypatch.setattr(checker, "_analysed", spy)

    def texts(self) -> List[str]:
        return [text for parts in self.calls for _, text in parts]


@pytest.fixture
def cached(tmp_path: Path) -> Config:
    return Config(cache_dir=str(tmp_path / "cache"))


def test_an_unchanged_file_is_found_by_its_path_without_any_analysis(
        tmp_path: Path, cached: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(tmp_path / "views.py")
    first = flake8_run(VIEWS, path, cached)
    analysed = Analysed(monkeypatch)
    monkeypatch.setattr(checker, "check", None)  # the hit never reaches the checker
    assert flake8_run(VIEWS, path, cached) == first == reference(VIEWS, path, Config())
    assert analysed.calls == []
    assert len(list((tmp_path / "cache").glob("p*.json"))) == 1


@pytest.mark.parametrize(("before", "after"), [
    ("abort(400)", "abort(409)"),  # the literal
    ("abort(400)", "abort(400 )"),  # spacing inside the statement
    ("return jsonify(id=item_id), 201", "return jsonify(id=item_id, x='y'), 201"),  # a string
    ("return jsonify(id=item_id), 201", "return jsonify(\n        id=item_id), 201"),  # a line
    ("    if item_id < 0:\n        abort(400)\n", ""),  # a statement gone
    ("        abort(404)\n", "        abort(404)\n        abort(418)\n"),  # one more
])
def test_after_an_edit_only_the_changed_statements_are_analysed(
        tmp_path: Path, cached: Config, monkeypatch: pytest.MonkeyPatch, before: str,
        after: str) -> None:
    path = str(tmp_path / "views.py")
    flake8_run(VIEWS, path, cached)
    edited = VIEWS.replace(before, after)
    analysed = Analysed(monkeypatch)
    assert flake8_run(edited, path, cached) == reference(edited, path, Config())
    assert len(analysed.calls) <= 1
    assert all(text.strip() in after.replace("\n        ", "\n") or text.strip() in edited
               for text in analysed.texts())
    assert len(analysed.texts()) <= 1  # the edited statement alone, if any
    analysed.calls.clear()
    assert flake8_run(edited, path, cached) == reference(edited, path, Config())
    assert analysed.calls == []  # and the next save finds it all


@pytest.mark.parametrize("edit", [
    lambda s: s.replace("from flask import Flask, abort, jsonify",
                        "from quart import Quart as Flask, abort, jsonify"),
    lambda s: s.replace("from flask import Flask, abort, jsonify",
                        "from flask import Flask, jsonify\nfrom werkzeug.exceptions import abort"),
    lambda s: "from http import HTTPStatus\n" + s,  # a style bound: what auto stands for
    lambda s: "# a comment\n" + s,  # lines moved, nothing else
], ids=["import-quart", "import-werkzeug", "style", "moved"])
def test_an_import_change_gives_the_reference_findings(
        tmp_path: Path, cached: Config, edit: Any) -> None:
    path = str(tmp_path / "views.py")
    flake8_run(VIEWS, path, cached)
    edited = edit(VIEWS)
    assert flake8_run(edited, path, cached) == reference(edited, path, Config())


def test_an_option_change_gives_the_reference_findings(tmp_path: Path, cached: Config) -> None:
    path = str(tmp_path / "views.py")
    flake8_run(VIEWS, path, cached)
    for config in (Config(style="drf"), Config(allow_literals=frozenset({404})),
                   Config(target_version=(3, 13)), Config(extra_codes=frozenset({499}))):
        assert flake8_run(VIEWS, path, config._replace(cache_dir=cached.cache_dir)) == \
            reference(VIEWS, path, config)


def test_a_neighbours_change_of_style_gives_the_reference_findings(
        tmp_path: Path, cached: Config) -> None:
    """A module that binds no constants follows its package (``package_style``): its entry by
    path holds the listing of the directories the convention reads, and a neighbour's change
    is a miss."""
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    neighbour = package / "api.py"
    neighbour.write_text("from rest_framework import status\nOK = status.HTTP_200_OK\n",
                         encoding="utf-8")
    tests = "def test(client):\n    assert client.get('/').status_code == 404\n"
    path = str(package / "tests.py")
    (package / "tests.py").write_text(tests, encoding="utf-8")
    first = flake8_run(tests, path, cached)
    assert "status.HTTP_404_NOT_FOUND" in first[0][2]
    assert first == reference(tests, path, Config())
    neighbour.write_text("from http import HTTPStatus\n\nOK = HTTPStatus.OK\n", encoding="utf-8")
    second = flake8_run(tests, path, cached)
    assert "HTTPStatus.NOT_FOUND" in second[0][2]
    assert second == reference(tests, path, Config())
    (package / "new.py").write_text("from rest_framework import status\nA = status.HTTP_200_OK\n"
                                    "B = status.HTTP_201_CREATED\n", encoding="utf-8")
    (package / "more.py").write_text("from rest_framework import status\nA = status.HTTP_200_OK\n",
                                     encoding="utf-8")
    assert flake8_run(tests, path, cached) == reference(tests, path, Config())


def _edits(source: str, found: Printed) -> List[str]:
    """Each of the first findings' literal changed to another code, one edit per text."""
    lines = source.splitlines(True)
    edits = []
    for line, col, _ in found[:4]:
        text = lines[line - 1]
        digits = len(text[col:]) - len(text[col:].lstrip("0123456789"))
        if digits != 3:
            continue
        new = "418" if text[col:col + 3] != "418" else "404"
        edits.append("".join(lines[:line - 1]) + text[:col] + new + text[col + 3:]
                     + "".join(lines[line:]))
    return edits


@pytest.mark.parametrize("case", CASE_FILES, ids=[path.name for path in CASE_FILES])
def test_edits_on_the_case_corpus_give_the_reference_findings(tmp_path: Path, case: Path) -> None:
    """Warm from the case file, then each of its first literals edited: the plugin's findings
    (the changed statement analysed, the others found in the cache) are the reference path's."""
    source = case.read_text(encoding="utf-8")
    config = Config(cache_dir=str(tmp_path / "cache"))
    path = str(tmp_path / case.name)
    warm = flake8_run(source, path, config)
    assert warm == reference(source, path, Config())
    for edited in _edits(source, warm):
        assert flake8_run(edited, path, config) == reference(edited, path, Config())
        flake8_run(source, path, config)  # back: the next edit is against the original


@pytest.mark.slow
def test_a_warm_file_imports_neither_the_prefilter_nor_libcst(tmp_path: Path,
                                                              python: Command) -> None:
    """Nor the tables (``positions``): the gate's words are written out (``gate_words.py``)."""
    (tmp_path / "views.py").write_text(VIEWS, encoding="utf-8")
    probe = textwrap.dedent("""\
        import ast, sys
        from flake8_httpstatus.plugin import HttpStatusChecker
        from flake8_httpstatus.options import Config
        HttpStatusChecker.config = Config(cache_dir=sys.argv[1])
        source = open("views.py").read()
        found = list(HttpStatusChecker(ast.parse(source), source.splitlines(True),
                                       "views.py").run())
        print(sorted(m for m in ("libcst", "flake8_httpstatus.prefilter",
                                 "flake8_httpstatus.positions",
                                 "flake8_httpstatus.kinds", "flake8_httpstatus.checker",
                                 "flake8_httpstatus.cache") if m in sys.modules),
              [f[:3] for f in found])
    """)
    store = str(tmp_path / "cache")
    runs = [python("-c", probe, store, cwd=tmp_path) for _ in range(2)]
    assert [run.returncode for run in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    cold, warm = (run.stdout.split("] ", 1) for run in runs)
    assert "'libcst'" in cold[0] and warm[0] == "["
    assert cold[1] == warm[1] and "HTS001" in cold[1]


@pytest.mark.slow
def test_the_collector_is_frozen_once_libcst_is_in(tmp_path: Path, python: Command) -> None:
    """``plugin._freeze``: after the first check that imported LibCST, not before, and a
    file checked after it gives the same findings."""
    (tmp_path / "views.py").write_text(VIEWS, encoding="utf-8")
    (tmp_path / "plain.py").write_text("import os\n\nprint(os.sep)\n", encoding="utf-8")
    probe = textwrap.dedent("""\
        import ast, gc, sys
        from flake8_httpstatus.plugin import HttpStatusChecker
        for name in sys.argv[1:]:
            source = open(name).read()
            found = list(HttpStatusChecker(ast.parse(source), source.splitlines(True), name).run())
            print(name, len(found), gc.get_freeze_count() > 0)
    """)
    result = python("-c", probe, "plain.py", "views.py", "views.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.lines == ["plain.py 0 False", "views.py 3 True", "views.py 3 True"]


@pytest.mark.slow
def test_the_collector_is_frozen_at_the_first_findings_reported(tmp_path: Path,
                                                                python: Command) -> None:
    """``plugin._freeze``: a file answered from the result cache with findings freezes the
    collector (flake8 then tokenizes the file again for its noqa mapping with the tree alive),
    without LibCST; a file with none does not. Both are answered from their entries by path."""
    (tmp_path / "views.py").write_text(VIEWS, encoding="utf-8")
    (tmp_path / "quiet.py").write_text("from flask import Flask\n\napp = Flask(__name__)\n",
                                       encoding="utf-8")
    probe = textwrap.dedent("""\
        import ast, gc, sys
        from flake8_httpstatus.options import Config
        from flake8_httpstatus.plugin import HttpStatusChecker
        HttpStatusChecker.config = Config(cache_dir=sys.argv[1])
        for name in sys.argv[2:]:
            source = open(name).read()
            found = list(HttpStatusChecker(ast.parse(source), source.splitlines(True), name).run())
            print(name, len(found), "libcst" in sys.modules, gc.get_freeze_count() > 0,
                  "flake8_httpstatus.prefilter" in sys.modules)
    """)
    store = str(tmp_path / "cache")
    warm_up = python("-c", probe, store, "views.py", "quiet.py", cwd=tmp_path)
    assert warm_up.returncode == 0, warm_up.stderr
    result = python("-c", probe, store, "quiet.py", "views.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    # quiet.py, which passes the gate and has no finding, has an entry too: not scanned again
    assert result.lines == ["quiet.py 0 False False False", "views.py 3 False True False"]


def test_a_change_to_an_imported_project_module_gives_the_reference_findings(
        tmp_path: Path, cached: Config) -> None:
    """The findings of a module that calls a helper of another module of its project (#20's
    project model) depend on that module: its entry by path holds that module's directory's
    listing, so a helper made or unmade there is a miss, not the old findings."""
    package = tmp_path / "shop"
    for sub in ("api", "common"):  # common/ is none of the directories around api/views.py
        (package / sub).mkdir(parents=True)
        (package / sub / "__init__.py").write_text("", encoding="utf-8")
    (package / "__init__.py").write_text("", encoding="utf-8")
    errors = package / "common" / "errors.py"
    helper = "from flask import abort\n\n\ndef fail(message, code):\n    abort(code)\n"
    errors.write_text(helper, encoding="utf-8")
    views = ("import flask\nfrom shop.common.errors import fail\n\n\ndef view():\n"
             "    fail('gone', 404)\n")
    path = str(package / "api" / "views.py")
    (package / "api" / "views.py").write_text(views, encoding="utf-8")
    first = flake8_run(views, path, cached)
    assert [text.split()[0] for _, _, text in first] == ["HTS001"]
    assert first == reference(views, path, Config())
    errors.write_text(helper.replace("abort(code)", "abort(500)  # no longer hands code on"),
                      encoding="utf-8")
    second = flake8_run(views, path, cached)
    assert second == reference(views, path, Config()) == []
