"""The pylsp plugin's own diagnostics (``flake8_httpstatus.lsp_lint``): the HTS findings of the
unsaved buffer, published by the plugin in pylsp's process with the literal's exact range.

In-process: pylsp's real ``Config``/``Workspace``/``Document`` handed to the lint hook (the project
settings, noqa, the ``lint`` setting and the no-duplicate rule). In a process (slow): the real
``pylsp`` server on stdio, as tests/test_lsp.py drives it: didOpen and didChange give our
diagnostics with exact UTF-16 ranges, the quick fix and the fix-all apply to them, the project's
per-file-ignores and exclude hold, and with the documented settings each finding comes once.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import pytest
from pylsp import uris

from flake8_httpstatus import lsp, lsp_lint
from tests.helpers import Command
from tests.test_lsp import (ONE_LITERAL, SETTINGS, VIEW, WSGI, Editor, Server, _published, apply_edits,
                            by_kind, edit_of, fixed)

Json = Dict[str, Any]

OTHERS_OFF = {name: {"enabled": False} for name in (
    "pycodestyle", "pyflakes", "mccabe", "pydocstyle", "pylint", "autopep8", "yapf",
    "rope_autoimport", "rope_completion")}
FLAKE8 = SETTINGS["pylsp"]["plugins"]["flake8"]


def lint(editor: Editor, text: str, name: str = "app.py") -> List[Json]:
    document = editor.open(text, name)
    found: List[Json] = lsp.pylsp_lint(editor.config, editor.workspace, document, False)
    return found


def spans(text: str, diagnostics: List[Json]) -> List[str]:
    """The text each diagnostic's range covers (one line, UTF-16 characters)."""
    lines = text.splitlines(True)
    covered = []
    for diagnostic in diagnostics:
        start, end = diagnostic["range"]["start"], diagnostic["range"]["end"]
        assert start["line"] == end["line"]
        units = lines[start["line"]].encode("utf-16-le")
        covered.append(units[2 * start["character"]:2 * end["character"]].decode("utf-16-le"))
    return covered


# --- in-process -------------------------------------------------------------------------------------

@pytest.fixture
def editor(tmp_path: Path) -> Editor:
    return Editor(tmp_path)


def test_each_finding_with_its_literals_range(editor: Editor) -> None:
    found = lint(editor, VIEW)
    assert [(d["source"], d["code"], d["severity"]) for d in found] == [
        ("flake8-httpstatus", "HTS001", 2)] * 2
    assert spans(VIEW, found) == ["404", "200"]
    assert found[0]["message"] == "HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND"
    assert found[0]["range"] == {"start": {"line": 9, "character": 14},
                                 "end": {"line": 9, "character": 17}}


@pytest.mark.parametrize("prefix", ["'\U0001F600'; ", "'é\U0001F600\U0001F600'; ", "'\t'; "])
def test_characters_are_utf16_code_units(editor: Editor, prefix: str) -> None:
    text = f"from flask import abort\n\n\ndef f():\n    {prefix}abort(404)\n"
    [found] = lint(editor, text)
    before = f"    {prefix}abort("
    assert found["range"]["start"]["character"] == len(before.encode("utf-16-le")) // 2
    assert spans(text, [found]) == ["404"]


def test_a_status_line_is_its_string(editor: Editor) -> None:
    [found] = lint(editor, WSGI)
    assert found["code"] == "HTS006" and spans(WSGI, [found]) == ['"404 Not Fund"']


def test_noqa_and_a_buffer_that_does_not_parse(editor: Editor) -> None:
    text = VIEW.replace("abort(404)", "abort(404)  # noqa: HTS001")
    assert spans(text, lint(editor, text)) == ["200"]
    assert lint(editor, VIEW.replace("abort(404)", "abort(404)  # noqa")) != []
    assert lint(editor, VIEW.replace("def get_item(item_id):", "def get_item(item_id:")) == []


def test_the_projects_flake8_settings(tmp_path: Path) -> None:
    (tmp_path / "setup.cfg").write_text(
        "[flake8]\nper-file-ignores =\n    tests/*: HTS001\nextend-exclude = generated/*\n"
        "httpstatus-target-version = 3.11\n")
    editor = Editor(tmp_path)
    (tmp_path / "app.py").write_text("# not what the buffer holds\n")
    assert spans(VIEW, lint(editor, VIEW)) == ["404", "200"]
    assert lint(editor, VIEW, "tests/test_app.py") == []
    assert lint(editor, VIEW, "generated/app.py") == []
    gone = "class Gone(Exception):\n    status_code = 410\n"
    assert spans(gone, lint(editor, gone)) == ["410"]  # a status class attribute counts


@pytest.mark.parametrize("section, shown", [
    ("select = E,W", []),
    ("extend-ignore = HTS001", []),
    ("extend-select = HTS009", ["404", "200"]),
])
def test_select_and_ignore_of_the_config(tmp_path: Path, section: str, shown: List[str]) -> None:
    (tmp_path / "setup.cfg").write_text(f"[flake8]\n{section}\n")
    assert spans(VIEW, lint(Editor(tmp_path), VIEW)) == shown


def test_pyproject_options(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.flake8-httpstatus]\nallow-literals = [200]\n')
    assert spans(VIEW, lint(Editor(tmp_path), VIEW)) == ["404"]


@pytest.mark.parametrize("flake8, lint_setting, ours", [
    ({}, None, True),  # pylsp's default: its flake8 plugin off
    (FLAKE8, None, False),  # the flake8 plugin reports HTS: it owns them
    ({**FLAKE8, "extendIgnore": ["HTS"]}, None, True),  # handed over
    ({**FLAKE8, "ignore": ["E", "W", "HTS"]}, None, True),
    ({**FLAKE8, "select": ["E", "W", "F"]}, None, True),
    ({**FLAKE8, "extendIgnore": ["HTS001"]}, None, False),  # it still reports the others
    ({**FLAKE8, "perFileIgnores": ["app.py:HTS"]}, None, True),
    (FLAKE8, True, True),
    (FLAKE8, "on", True),
    ({}, False, False),
    ({}, "off", False),
])
def test_lint_setting_and_no_duplicates(tmp_path: Path, flake8: Json, lint_setting: Any,
                                        ours: bool) -> None:
    plugins: Json = {"flake8": flake8}
    if lint_setting is not None:
        plugins["httpstatus"] = {"lint": lint_setting}
    found = lint(Editor(tmp_path, {"plugins": plugins}), VIEW)
    assert spans(VIEW, found) == (["404", "200"] if ours else [])


def test_pylsps_flake8_command_line_is_not_ours(tmp_path: Path) -> None:
    """The hand-over (``extendIgnore: ["HTS"]``) is the flake8 plugin's: ours still shows HTS."""
    editor = Editor(tmp_path, {"plugins": {"flake8": {"extendIgnore": ["HTS"]}}})
    assert spans(VIEW, lint(editor, VIEW)) == ["404", "200"]


def test_quick_fix_and_fix_all_of_our_diagnostic(editor: Editor) -> None:
    text = "from flask import abort\n\n\ndef f():\n    '\U0001F600'; abort(404)\n"
    document = editor.open(text)
    [found] = lsp.pylsp_lint(editor.config, editor.workspace, document, False)
    actions = editor.actions(document, [found])
    [quick] = by_kind(actions, "quickfix")
    assert quick["title"] == "Replace 404 with HTTPStatus.NOT_FOUND"
    assert quick["diagnostics"] == [found]
    assert apply_edits(text, edit_of(quick, document.uri)) == fixed(text)
    [whole] = by_kind(actions, lsp.FIX_ALL_KIND)
    assert apply_edits(text, edit_of(whole, document.uri)) == fixed(text)
    # flake8's column (characters) on our diagnostic is another place: nothing
    stale = dict(found, range={"start": {"line": 4, "character": 15}, "end": found["range"]["end"]})
    assert by_kind(editor.actions(document, [stale]), "quickfix") == []


def test_quick_fix_follows_the_settings_of_its_source(tmp_path: Path) -> None:
    """With the flake8 plugin's ``extendIgnore: ["HTS"]``, a diagnostic of ours still gets its
    fix (our settings), one that flake8 made does not (flake8 would not have shown it)."""
    editor = Editor(tmp_path, {"plugins": {"flake8": {**FLAKE8, "extendIgnore": ["HTS"]}}})
    document = editor.open(ONE_LITERAL)
    [ours] = lsp.pylsp_lint(editor.config, editor.workspace, document, False)
    assert [a["kind"] for a in editor.actions(document, [ours])] == ["quickfix", lsp.FIX_ALL_KIND]
    theirs = dict(ours, source="flake8")
    assert editor.actions(document, [theirs]) == []
    assert [a["kind"] for a in editor.actions(document, only=["source"])] == [lsp.FIX_ALL_KIND]


def test_a_save_is_not_checked_again(editor: Editor, monkeypatch: pytest.MonkeyPatch) -> None:
    first = lint(editor, VIEW)
    monkeypatch.setattr(lsp_lint, "findings", lambda *args: pytest.fail("checked again"))
    assert lint(editor, VIEW) == first


def test_no_exception_leaves_the_hook(editor: Editor, caplog: pytest.LogCaptureFixture) -> None:
    document = editor.workspace.get_document(uris.from_fs_path(str(editor.root / "gone.py")))
    with caplog.at_level(logging.WARNING, logger="flake8_httpstatus.lsp"):
        assert lsp.pylsp_lint(editor.config, editor.workspace, document, False) == []
    assert "no diagnostics" in caplog.text and "FileNotFoundError" in caplog.text


def test_utf16_column() -> None:
    assert lsp_lint.utf16_column("abc", 2) == 2
    assert lsp_lint.utf16_column("é\U0001F600x", 3) == 4
    assert lsp_lint.utf16_column("\ud83dx", 2) == 2  # a lone surrogate is one unit


# --- the real server ---------------------------------------------------------------------------------

def settings(**plugins: Json) -> Json:
    return {"pylsp": {"configurationSources": ["flake8"], "plugins": {**OTHERS_OFF, **plugins}}}


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Any]:
    """``start(settings)``: a pylsp server initialized in ``tmp_path``, closed at the end."""
    servers: List[Server] = []

    def started(config: Json) -> Server:
        server = Server(tmp_path, Command([sys.executable], tmp_path).env)
        servers.append(server)
        root = uris.from_fs_path(str(tmp_path))
        server.request("initialize", {"processId": os.getpid(), "rootUri": root,
                                      "capabilities": {}, "initializationOptions": config,
                                      "workspaceFolders": [{"uri": root, "name": "project"}]})
        server.notify("initialized", {})
        server.notify("workspace/didChangeConfiguration", {"settings": config})
        return server

    yield started
    for server in servers:
        server.close()
        log = b"".join(server.stderr).decode(errors="replace")
        assert "Traceback" not in log and "flake8_httpstatus" not in log, log


def open_document(server: Server, path: Path, text: str, version: int = 1) -> List[Json]:
    uri = uris.from_fs_path(str(path))
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "python", "version": version, "text": text}})
    return _published(server, uri, version)


@pytest.mark.slow
def test_server_publishes_ours_and_fixes_them(tmp_path: Path, start: Any) -> None:
    (tmp_path / "setup.cfg").write_text(
        "[flake8]\nper-file-ignores =\n    tests/*: HTS001\nextend-exclude = generated/*\n")
    server = start(settings())
    path = tmp_path / "app" / "views.py"
    uri = uris.from_fs_path(str(path))
    text = VIEW.replace("return jsonify({}), 200", "return jsonify({}), 200  # noqa: HTS001")
    opened = open_document(server, path, text)
    assert [(d["source"], d["code"], d["message"]) for d in opened] == [
        ("flake8-httpstatus", "HTS001", "HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND")]
    assert opened[0]["range"] == {"start": {"line": 9, "character": 14},
                                  "end": {"line": 9, "character": 17}}

    # typing, never saved: a line with characters past U+FFFF before a literal
    added = "\n\ndef teapot():\n    '\U0001F375\U0001F375'; abort(418)\n"
    lines = text.splitlines(True)
    server.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": {"start": {"line": len(lines), "character": 0},
                                      "end": {"line": len(lines), "character": 0}},
                            "text": added}]})
    buffer = text + added
    changed = _published(server, uri, 2)
    assert [d["code"] for d in changed] == ["HTS001", "HTS001"]
    assert changed[1]["range"]["start"] == {"line": len(buffer.splitlines()) - 1,
                                            "character": 4 + 1 + 4 + 1 + 2 + 6}
    assert spans(buffer, changed) == ["404", "418"]

    actions = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": changed[1]["range"],
        "context": {"diagnostics": [changed[1]]}})
    assert [a["kind"] for a in actions] == ["quickfix", lsp.FIX_ALL_KIND]
    assert actions[0]["title"] == "Replace 418 with HTTPStatus.IM_A_TEAPOT"
    once = apply_edits(buffer, edit_of(actions[0], uri))
    assert "abort(HTTPStatus.IM_A_TEAPOT)" in once and "abort(404)" in once
    assert apply_edits(buffer, edit_of(actions[1], uri)) == fixed(buffer)

    assert open_document(server, tmp_path / "tests" / "test_views.py", VIEW) == []
    assert open_document(server, tmp_path / "generated" / "views.py", VIEW) == []
    assert not path.exists()


def _hts(diagnostics: List[Json]) -> List[Tuple[str, int, str]]:
    return sorted((d["source"], d["range"]["start"]["line"], d["code"]) for d in diagnostics
                  if d["code"].startswith("HTS"))


@pytest.mark.slow
@pytest.mark.parametrize("plugins, source", [
    ({"flake8": FLAKE8}, "flake8"),  # auto: pylsp's flake8 plugin reports them, ours is silent
    ({"flake8": {**FLAKE8, "extendIgnore": ["HTS"]}}, "flake8-httpstatus"),  # handed over
    ({"flake8": {**FLAKE8, "extendIgnore": ["HTS"]}, "httpstatus": {"lint": True}},
     "flake8-httpstatus"),
    ({"flake8": FLAKE8, "httpstatus": {"lint": False}}, "flake8"),
])
def test_server_each_finding_once(tmp_path: Path, start: Any, plugins: Json,
                                  source: str) -> None:
    server = start(settings(**plugins))
    published = open_document(server, tmp_path / "app.py", VIEW)
    assert _hts(published) == [(source, 9, "HTS001"), (source, 10, "HTS001")]
    if source == "flake8":
        assert all(d["range"]["end"]["character"] > d["range"]["start"]["character"] + 3
                   for d in published)  # flake8's: to the end of the line
