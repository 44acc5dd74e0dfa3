"""The pylsp plugin (``flake8_httpstatus.lsp``) as editors meet it.

In-process: pylsp's own ``Config``, ``Workspace`` and ``Document`` (real objects, a real
``setup.cfg`` in ``tmp_path``) handed to the hook, which must answer exactly what
``fix_source`` makes of the buffer. In a process (slow): the real ``pylsp`` server on stdio, spoken
to as an editor does (initialize, didOpen, didChange without saving, codeAction), with its flake8
plugin running the real flake8 on the buffer; the edits it returns, applied to the buffer, must give
what the ``flake8-httpstatus fix`` command writes for the same text.

``FLAKE8_HTTPSTATUS_LSP_TRANSCRIPT=FILE`` makes the process test write the exchange it saw
(docs/editors.md shows one).
"""

from __future__ import annotations

import ast
import json
import logging
import os
import queue
import re
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple

import pytest
from pylsp import uris
from pylsp.config.config import Config as PylspConfig
from pylsp.workspace import Document, Workspace

from flake8_httpstatus import lsp
from flake8_httpstatus.fix.fixer import FixOptions, fix_source
from flake8_httpstatus.fix.line_length import LineLength
from flake8_httpstatus.options import Config
from tests.helpers import CASE_FILES, Command

Json = Dict[str, Any]

VIEW = textwrap.dedent('''\
    """Views."""
    from flask import Flask, abort, jsonify

    app = Flask(__name__)


    @app.get("/items/<int:item_id>")
    def get_item(item_id):
        if item_id > 10:
            abort(404)
        return jsonify({}), 200
    ''')
ONE_LITERAL = VIEW.replace("jsonify({}), 200", "jsonify({})")
WSGI = textwrap.dedent('''\
    def app(environ, start_response):
        start_response("404 Not Fund", [])
        return [b""]
    ''')


# --- applying edits as an editor does (LSP: lines end at \n, \r\n or \r; UTF-16 columns) -----------

def _offset(text: str, starts: Sequence[int], position: Mapping[str, int]) -> int:
    line, units = position["line"], position["character"]
    if line >= len(starts):
        return len(text)
    at = starts[line]
    while units > 0 and at < len(text) and text[at] not in "\r\n":
        units -= 2 if ord(text[at]) > 0xFFFF else 1
        at += 1
    return at


def apply_edits(text: str, edits: Sequence[Json]) -> str:
    starts = [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", text))]
    spans = sorted(((_offset(text, starts, e["range"]["start"]),
                     _offset(text, starts, e["range"]["end"]), e["newText"]) for e in edits),
                   reverse=True)
    for (begin, end, new), later in zip(spans, [None, *spans]):
        assert later is None or end <= later[0], "overlapping edits"
        text = text[:begin] + new + text[end:]
    return text


def edit_of(action: Json, uri: str) -> List[Json]:
    assert set(action["edit"]["changes"]) == {uri}
    edits: List[Json] = action["edit"]["changes"][uri]
    return edits


def fixed(text: str, **options: Any) -> str:
    result = fix_source(text.encode("utf-8"), options.pop("config", Config()),
                        FixOptions(**options))
    return result.fixed.decode("utf-8")


# --- in-process: pylsp's own objects -------------------------------------------------------------

class Editor:
    """A pylsp workspace in ``root`` with one open buffer at a time, and the hook asked about it
    with the diagnostics pylsp's flake8 plugin would attach (made from the checker's findings the
    way pylsp's flake8 plugin makes them: start at flake8's column)."""

    def __init__(self, root: Path, settings: Optional[Json] = None) -> None:
        self.root = root
        self.config = PylspConfig(uris.from_fs_path(str(root)), {"pylsp": settings or {}}, None, {})
        self.workspace = Workspace(uris.from_fs_path(str(root)), None, self.config)

    def open(self, text: str, name: str = "app.py") -> Document:
        uri = uris.from_fs_path(str(self.root / name))
        self.workspace.put_document(uri, text)
        document: Document = self.workspace.get_document(uri)
        return document

    def actions(self, document: Document, diagnostics: Sequence[Json] = (),
                only: Optional[List[str]] = None) -> List[Json]:
        context: Json = {"diagnostics": list(diagnostics)}
        if only is not None:
            context["only"] = only
        start = diagnostics[0]["range"]["start"] if diagnostics else {"line": 0, "character": 0}
        return lsp.pylsp_code_actions(self.config, self.workspace, document,
                                      {"start": start, "end": start}, context)


def diagnostics_for(text: str, code: Optional[str] = None, **options: Any) -> List[Json]:
    """The HTS diagnostics pylsp's flake8 plugin publishes for ``text``."""
    from flake8_httpstatus.checker import check_source

    lines = text.splitlines(True)
    return [{"source": "flake8", "code": f.code, "message": f.text, "severity": 2,
             "range": {"start": {"line": f.line - 1, "character": f.col},
                       "end": {"line": f.line - 1, "character": len(lines[f.line - 1])}}}
            for f in check_source(text, options.get("config", Config()))
            if code is None or f.code == code]


@pytest.fixture
def editor(tmp_path: Path) -> Editor:
    return Editor(tmp_path)


def by_kind(actions: Sequence[Json], kind: str) -> List[Json]:
    return [action for action in actions if action["kind"] == kind]


def test_quick_fix_is_fix_for_the_one_literal(editor: Editor) -> None:
    document = editor.open(ONE_LITERAL)
    [diagnostic] = diagnostics_for(ONE_LITERAL)
    actions = editor.actions(document, [diagnostic])
    [quick] = by_kind(actions, "quickfix")
    assert quick["title"] == "Replace 404 with HTTPStatus.NOT_FOUND"
    assert quick["diagnostics"] == [diagnostic] and quick["isPreferred"] is True
    assert apply_edits(ONE_LITERAL, edit_of(quick, document.uri)) == fixed(ONE_LITERAL)
    [whole] = by_kind(actions, lsp.FIX_ALL_KIND)
    assert whole["title"] == "Fix all HTTP status literals in this file"
    assert apply_edits(ONE_LITERAL, edit_of(whole, document.uri)) == fixed(ONE_LITERAL)


def test_quick_fix_takes_its_literal_and_the_import_alone(editor: Editor) -> None:
    document = editor.open(VIEW)
    first, second = diagnostics_for(VIEW)
    [quick] = by_kind(editor.actions(document, [first]), "quickfix")
    once = apply_edits(VIEW, edit_of(quick, document.uri))
    assert once == fixed(ONE_LITERAL).replace("jsonify({})", "jsonify({}), 200")
    assert fixed(once) == fixed(VIEW)  # the rest is what fix would still do
    [other] = by_kind(editor.actions(document, [second]), "quickfix")
    assert other["title"] == "Replace 200 with HTTPStatus.OK"
    assert fixed(apply_edits(VIEW, edit_of(other, document.uri))) == fixed(VIEW)


def test_two_literals_on_one_line(editor: Editor) -> None:
    text = "from flask import abort\n\n\ndef f(r):\n    return r.status_code in (200, 404)\n"
    document = editor.open(text)
    diagnostics = diagnostics_for(text)
    assert len(diagnostics) == 2
    results = []
    for diagnostic in diagnostics:
        [quick] = by_kind(editor.actions(document, [diagnostic]), "quickfix")
        results.append(apply_edits(text, edit_of(quick, document.uri)))
    assert "(HTTPStatus.OK, 404)" in results[0] and "(200, HTTPStatus.NOT_FOUND)" in results[1]
    assert all(fixed(result) == fixed(text) for result in results)


def test_hts006_writes_the_registered_phrase(editor: Editor) -> None:
    document = editor.open(WSGI)
    [diagnostic] = diagnostics_for(WSGI, "HTS006")
    [quick] = by_kind(editor.actions(document, [diagnostic]), "quickfix")
    assert quick["title"] == 'Write the registered phrase "404 Not Found"'
    assert (apply_edits(WSGI, edit_of(quick, document.uri))
            == fixed(WSGI, fix_flags=("--fix-phrases",)))
    assert by_kind(editor.actions(document, [diagnostic]), lsp.FIX_ALL_KIND) == []  # fix: nothing


def test_fix_all_reads_the_project_config_and_the_buffer(tmp_path: Path) -> None:
    """``httpstatus-target-version = 3.11`` in setup.cfg lets fix write a class attribute's
    constant (before 3.11 ``str()`` of it differs); per-file-ignores and exclude as flake8."""
    (tmp_path / "setup.cfg").write_text(
        "[flake8]\nhttpstatus-target-version = 3.11\nmax-line-length = 100\n"
        "per-file-ignores =\n    tests/*: HTS001\nextend-exclude = generated/*\n")
    (tmp_path / "app.py").write_text("# not what the buffer holds\n")
    text = VIEW + "\n\nclass Gone(Exception):\n    status_code = 410\n"
    editor = Editor(tmp_path)
    document = editor.open(text)
    [whole] = by_kind(editor.actions(document, diagnostics_for(text)[:1]), lsp.FIX_ALL_KIND)
    result = apply_edits(text, edit_of(whole, document.uri))
    assert "status_code = HTTPStatus.GONE" in result
    assert result == fixed(text, config=Config(target_version=(3, 11)), line_length=LineLength(100))
    assert "status_code = 410" in fixed(text)  # without the config, fix leaves it
    for ignored in ("tests/test_app.py", "generated/app.py"):
        document = editor.open(text, ignored)
        assert editor.actions(document, diagnostics_for(text)) == [], ignored


def test_pylsp_settings_select_and_ignore_as_on_flake8s_command_line(tmp_path: Path) -> None:
    editor = Editor(tmp_path, {"plugins": {"flake8": {"extendIgnore": ["HTS001"]}}})
    document = editor.open(VIEW)
    assert editor.actions(document, diagnostics_for(VIEW)) == []
    editor = Editor(tmp_path, {"plugins": {"flake8": {"perFileIgnores": ["app.py:HTS001"]}}})
    assert editor.actions(editor.open(VIEW), diagnostics_for(VIEW)) == []
    assert editor.actions(editor.open(VIEW, "views.py"), diagnostics_for(VIEW)) != []


def test_what_is_asked_for(editor: Editor) -> None:
    document = editor.open(VIEW)
    diagnostic = diagnostics_for(VIEW)[0]
    assert editor.actions(document) == []  # the cursor is elsewhere: nothing computed
    kinds = [a["kind"] for a in editor.actions(document, [diagnostic], only=["quickfix"])]
    assert kinds == ["quickfix"]
    assert [a["kind"] for a in editor.actions(document, only=["source.fixAll"])] == [
        lsp.FIX_ALL_KIND]
    assert [a["kind"] for a in editor.actions(document, only=["source"])] == [lsp.FIX_ALL_KIND]
    assert editor.actions(document, only=["refactor"]) == []
    other = dict(diagnostic, code="E501", message="E501 line too long")
    assert editor.actions(document, [other]) == []


@pytest.mark.parametrize("text, why", [
    (VIEW.replace("from flask import", "HTTPStatus = 3\nfrom flask import"), "shadowed name"),
    (VIEW.replace("abort(404)", "abort(404)  # noqa: HTS001"), "noqa"),
    (VIEW.replace("def get_item(item_id):", "def get_item(item_id:"), "does not parse"),
    (VIEW.replace("abort(404)", "abort(405)"), "stale diagnostic"),
])
def test_nothing_where_fix_would_refuse(editor: Editor, text: str, why: str) -> None:
    document = editor.open(text)
    diagnostic = diagnostics_for(VIEW)[0]
    assert by_kind(editor.actions(document, [diagnostic]), "quickfix") == [], why


def test_no_exception_leaves_the_hook(editor: Editor, caplog: pytest.LogCaptureFixture) -> None:
    """A document pylsp never opened reads the file, which is missing: logged, no actions."""
    document = editor.workspace.get_document(uris.from_fs_path(str(editor.root / "gone.py")))
    with caplog.at_level(logging.WARNING, logger="flake8_httpstatus.lsp"):
        assert editor.actions(document, diagnostics_for(VIEW)) == []
    assert "no code actions" in caplog.text and "FileNotFoundError" in caplog.text


def test_crlf_utf16_and_a_last_line_without_its_line_break(editor: Editor) -> None:
    text = "from flask import abort\r\n\r\n\r\ndef f():\r\n    '\U0001F600'; abort(404)"
    document = editor.open(text)
    [diagnostic] = diagnostics_for(text)
    [quick] = by_kind(editor.actions(document, [diagnostic]), "quickfix")
    edits = edit_of(quick, document.uri)
    assert edits[-1]["range"]["end"] == {"line": 4, "character": 20}  # UTF-16: the emoji is two
    assert apply_edits(text, edits) == fixed(text)


def test_a_coding_cookie_is_the_buffers_encoding(editor: Editor) -> None:
    text = "# -*- coding: latin-1 -*-\nfrom flask import abort\n\nabort(404)  # café\n"
    document = editor.open(text)
    [quick] = by_kind(editor.actions(document, diagnostics_for(text)), "quickfix")
    expected = fix_source(text.encode("latin-1"), Config()).fixed.decode("latin-1")
    assert apply_edits(text, edit_of(quick, document.uri)) == expected


def _sample(findings: Sequence[Any]) -> List[Any]:
    """The first, middle and last of each code: enough to meet every layout, fast."""
    chosen: Dict[str, List[Any]] = {}
    for finding in findings:
        chosen.setdefault(finding.code, []).append(finding)
    picked = [[group[0], group[len(group) // 2], group[-1]] for group in chosen.values()]
    return [f for group in picked for f in {id(g): g for g in group}.values()]


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_each_quick_fix_is_its_share_of_fix(path: Path, editor: Editor) -> None:
    """Over the case corpus: a quick fix applied, and then ``fix``, gives ``fix``'s result, and
    the quick fix rewrote its literal (one finding fewer); or no quick fix is offered."""
    text = path.read_text(encoding="utf-8")
    document = editor.open(text, path.name)
    for code, flags in lsp._fixable_codes().items():
        whole = fix_source(text.encode("utf-8"), Config(), FixOptions(fix_flags=flags,
                           reported=code.__eq__))
        for finding in _sample(whole.rewritten):
            diagnostic = {"code": code, "source": "flake8", "message": finding.text,
                          "range": {"start": {"line": finding.line - 1, "character": finding.col},
                                    "end": {"line": finding.line - 1, "character": 999}}}
            quick = by_kind(editor.actions(document, [diagnostic]), "quickfix")
            if not quick:  # only where the changes cannot be told apart: a renamed import's uses
                assert code == "HTS008", finding
                continue
            once = apply_edits(text, edit_of(quick[0], document.uri)).encode("utf-8")
            ast.parse(once)
            again = fix_source(once, Config(), FixOptions(fix_flags=flags, reported=code.__eq__))
            assert again.fixed == whole.fixed, (finding, once.decode())
            assert len(again.rewritten) == len(whole.rewritten) - 1, finding


# --- the real server -----------------------------------------------------------------------------

TIMEOUT = 60.0
SETTINGS: Json = {"pylsp": {
    "configurationSources": ["flake8"],
    "plugins": {
        "flake8": {"enabled": True, "executable": str(Path(sys.executable).parent / "flake8")},
        **{name: {"enabled": False} for name in (
            "pycodestyle", "pyflakes", "mccabe", "pydocstyle", "pylint", "autopep8", "yapf",
            "rope_autoimport", "rope_completion")},
    },
}}


class Server:
    """A JSON-RPC client of ``python -m pylsp`` on stdio: Content-Length framing, requests matched
    to their responses, notifications kept, the server's own requests answered with null. Every
    wait has a timeout: a hung server fails the test."""

    def __init__(self, cwd: Path, env: Mapping[str, str]) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "pylsp"], cwd=cwd, env=dict(env),
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
        self.inbox: queue.Queue[Optional[Json]] = queue.Queue()
        self.notifications: List[Json] = []
        self.transcript: List[Tuple[str, Json]] = []
        self.stderr: List[bytes] = []
        self._ids = 0
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        try:
            while True:
                length = None
                while True:
                    header = stream.readline()
                    if not header:
                        return
                    if header in (b"\r\n", b"\n"):
                        break
                    name, _, value = header.decode("ascii").partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                assert length is not None
                self.inbox.put(json.loads(stream.read(length)))
        finally:
            self.inbox.put(None)

    def _drain(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.stderr.append(line)

    def send(self, message: Json) -> None:
        message = {"jsonrpc": "2.0", **message}
        self.transcript.append(("editor", message))
        body = json.dumps(message).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: Json) -> None:
        self.send({"method": method, "params": params})

    def _next(self, deadline: float, waiting_for: str) -> Json:
        try:
            message = self.inbox.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise AssertionError(f"pylsp sent nothing for {TIMEOUT}s: waiting for {waiting_for}; "
                                 f"stderr: {b''.join(self.stderr).decode(errors='replace')}")
        if message is None:
            raise AssertionError(f"pylsp exited (waiting for {waiting_for}): "
                                 + b"".join(self.stderr).decode(errors="replace"))
        self.transcript.append(("server", message))
        if "method" in message and "id" in message:  # the server asks (progress, configuration)
            self.send({"id": message["id"], "result": None})
        elif "method" in message:
            self.notifications.append(message)
        return message

    def request(self, method: str, params: Json) -> Any:
        self._ids += 1
        ident = self._ids
        self.send({"id": ident, "method": method, "params": params})
        deadline = time.monotonic() + TIMEOUT
        while True:
            message = self._next(deadline, method)
            if message.get("id") == ident and "method" not in message:
                assert "error" not in message, message
                return message.get("result")

    def wait_for(self, what: str, predicate: Callable[[Json], bool]) -> Json:
        deadline = time.monotonic() + TIMEOUT
        for message in self.notifications:
            if predicate(message):
                return message
        while True:
            message = self._next(deadline, what)
            if "id" not in message and predicate(message):
                return message

    def close(self) -> None:
        try:
            if self.process.poll() is None:
                self.request("shutdown", {})
                self.notify("exit", {})
                self.process.wait(timeout=10)
        except (AssertionError, OSError, subprocess.TimeoutExpired):
            pass
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait(timeout=10)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    """pylsp started as an editor starts it, isolated as the suite's commands are
    (tests/helpers.py, ``Command``): the result cache off, HOME above ``tmp_path``."""
    started = Server(tmp_path, Command([sys.executable], tmp_path).env)
    try:
        yield started
    finally:
        started.close()


def _published(server: Server, uri: str, version: int) -> List[Json]:
    message = server.wait_for(
        f"diagnostics of version {version}",
        lambda m: m.get("method") == "textDocument/publishDiagnostics"
        and m["params"]["uri"] == uri and m["params"].get("version") == version)
    diagnostics: List[Json] = message["params"]["diagnostics"]
    return diagnostics


def _write_transcript(server: Server, final_text: str) -> None:
    target = os.environ.get("FLAKE8_HTTPSTATUS_LSP_TRANSCRIPT")
    if target:
        Path(target).write_text(json.dumps({"messages": server.transcript, "final": final_text},
                                           indent=1), encoding="utf-8")


@pytest.mark.slow
def test_pylsp_publishes_our_codes_for_the_buffer_and_applies_our_fix(
        tmp_path: Path, server: Server, httpstatus: Command) -> None:
    (tmp_path / "setup.cfg").write_text("[flake8]\nhttpstatus-target-version = 3.11\n")
    (tmp_path / "app").mkdir()
    on_disk = tmp_path / "app" / "views.py"
    on_disk.write_text("def nothing_to_see():\n    pass\n")  # the buffer is never saved
    uri = uris.from_fs_path(str(on_disk))
    root = uris.from_fs_path(str(tmp_path))
    server.request("initialize", {"processId": os.getpid(), "rootUri": root, "capabilities": {},
                                  "initializationOptions": SETTINGS,
                                  "workspaceFolders": [{"uri": root, "name": "project"}]})
    server.notify("initialized", {})
    server.notify("workspace/didChangeConfiguration", {"settings": SETTINGS})

    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "python", "version": 1, "text": ONE_LITERAL}})
    [opened] = [d for d in _published(server, uri, 1) if d["code"].startswith("HTS")]
    lines = ONE_LITERAL.splitlines(True)
    line = next(i for i, text in enumerate(lines) if "abort(404)" in text)
    # pylsp's flake8 plugin knows flake8's column only: the range starts at the literal and ends
    # at the end of its line (the line's length, its line break counted)
    assert opened["range"] == {"start": {"line": line, "character": lines[line].index("404")},
                               "end": {"line": line, "character": len(lines[line])}}
    assert opened["message"] == "HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND"
    assert opened["source"] == "flake8"

    actions = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": opened["range"],
        "context": {"diagnostics": [opened]}})
    [quick] = [a for a in actions if a["kind"] == "quickfix"]
    written = httpstatus("fix", "-", "--stdin-display-name", "app/views.py", stdin=ONE_LITERAL)
    assert written.returncode == 1, written.stderr
    assert apply_edits(ONE_LITERAL, edit_of(quick, uri)) == written.stdout

    # an edit as a keyboard makes it, never saved: the status class attribute below counts, and
    # the config's target version lets fix rewrite it
    added = "\n\nclass Gone(Exception):\n    status_code = 410\n"
    server.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": {"start": {"line": len(lines), "character": 0},
                                      "end": {"line": len(lines), "character": 0}},
                            "text": added}]})
    buffer = ONE_LITERAL + added
    changed = [d for d in _published(server, uri, 2) if d["code"].startswith("HTS")]
    assert [(d["code"], d["range"]["start"]) for d in changed] == [
        ("HTS001", opened["range"]["start"]),
        ("HTS001", {"line": len(buffer.splitlines()) - 1, "character": 18})]
    actions = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": changed[1]["range"],
        "context": {"diagnostics": [changed[1]]}})
    assert [a["kind"] for a in actions] == ["quickfix", lsp.FIX_ALL_KIND]
    assert actions[0]["title"] == "Replace 410 with HTTPStatus.GONE"
    whole = apply_edits(buffer, edit_of(actions[1], uri))
    ast.parse(whole)
    written = httpstatus("fix", "-", "--stdin-display-name", "app/views.py", stdin=buffer)
    assert whole == written.stdout and "status_code = HTTPStatus.GONE" in whole
    _write_transcript(server, whole)

    # a buffer that does not parse: its diagnostics come, and no action and no error
    broken = buffer.replace("def get_item(item_id):", "def get_item(item_id:")
    server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                             "contentChanges": [{"text": broken}]})
    assert [d["code"] for d in _published(server, uri, 3)] == ["E999"]
    assert server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": changed[0]["range"],
        "context": {"diagnostics": changed}}) == []
    assert on_disk.read_text() == "def nothing_to_see():\n    pass\n"
    server.close()
    log = b"".join(server.stderr).decode(errors="replace")
    assert "Traceback" not in log and "flake8_httpstatus" not in log, log
