"""How long an editor waits for the HTS diagnostics in python-lsp-server (pylsp): from the
notification that changes the buffer to the ``textDocument/publishDiagnostics`` that answers it,
through the real server (``python -m pylsp`` on stdio, as editors start it), on the editor target
of ``run.py`` (Django 5.2.8's ``tests/admin_views/tests.py``, 9,000 lines).

Two set-ups, each with pylsp's other linters off:

* ``inprocess``: this package's plugin publishes the diagnostics itself (``lsp_lint``; pylsp's
  flake8 plugin off, the pylsp default) -- LibCST is imported once per server;
* ``flake8``: pylsp's flake8 plugin runs the venv's flake8 (``--select=HTS``) as a new process at
  each lint, as before the plugin linted in-process (its own lint then stays silent).

For each of ``--servers`` fresh servers: ``didOpen`` of the file (``open``: the first lint of the
server, which pays the LibCST import in-process), then ``--edits`` one-line edits, each sent as an
editor sends a keystroke's change (an incremental ``didChange`` that adds a statement at the end,
never saved), each timed to its diagnostics (``first edit``, then ``edit``: the later ones).
Figures are medians: wall clock as the editor sees it, and the CPU the server and its children
spent (Linux: ``/proc``). pylsp waits ``LINT_DEBOUNCE_S`` (0.5 s) after a change before it lints;
the wall figures include that wait, and ``- debounce`` shows them without it.

The result cache is off (``FLAKE8_HTTPSTATUS_CACHE_DIR=off``: every lint analyses the file) and
flake8's settings are an empty config (pylsp's ``plugins.flake8.config``), as ``--isolated`` is in
the other targets. Run::

    python benchmarks/lsp_latency.py                      # builds benchmarks/.cache/venvs/lsp-pyXY
    python benchmarks/lsp_latency.py --python .venv/bin/python --servers 5 --edits 10

``--python`` uses an interpreter that already has pylsp, flake8 and this project installed.
Stdlib only on the runner's side.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CACHE_DIR, BenchError, ensure_venv, sdist_tree, venv_bin  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
DJANGO = ("Django", "5.2.8", "23254866a5bb9a2cfa6004e8b809ec6246eba4b58a7589bc2772f1bcc8456c7f")
FLAKE8_PIN = "flake8==7.5.0"
PYLSP_PIN = "python-lsp-server==1.15.0"
TARGET = "tests/admin_views/tests.py"
DEBOUNCE_S = 0.5  # pylsp.python_lsp.LINT_DEBOUNCE_S
TIMEOUT_S = 120.0
OTHERS = ("pycodestyle", "pyflakes", "mccabe", "pydocstyle", "pylint", "autopep8", "yapf",
          "rope_autoimport", "rope_completion")
MODES = ("inprocess", "flake8")

Json = Dict[str, Any]


class Server:
    """``python -m pylsp`` on stdio: Content-Length framing, the server's requests answered with
    null, notifications queued."""

    def __init__(self, python: str, cwd: Path, env: Dict[str, str]) -> None:
        self.process = subprocess.Popen([python, "-m", "pylsp"], cwd=cwd, env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self.inbox: "queue.Queue[Optional[Json]]" = queue.Queue()
        self.ids = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while True:
                header = stream.readline()
                if not header:
                    self.inbox.put(None)
                    return
                if header in (b"\r\n", b"\n"):
                    break
                name, _, value = header.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            self.inbox.put(json.loads(stream.read(length)))

    def send(self, message: Json) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def next(self) -> Json:
        try:
            message = self.inbox.get(timeout=TIMEOUT_S)
        except queue.Empty:
            raise BenchError(f"pylsp sent nothing for {TIMEOUT_S:.0f} s") from None
        if message is None:
            raise BenchError("pylsp exited")
        if "method" in message and "id" in message:  # progress, configuration: answered
            self.send({"id": message["id"], "result": None})
        return message

    def request(self, method: str, params: Json) -> Any:
        self.ids += 1
        ident = self.ids
        self.send({"id": ident, "method": method, "params": params})
        while True:
            message = self.next()
            if message.get("id") == ident and "method" not in message:
                return message.get("result")

    def published(self, version: int) -> List[Json]:
        while True:
            message = self.next()
            if (message.get("method") == "textDocument/publishDiagnostics"
                    and message["params"].get("version") == version):
                diagnostics: List[Json] = message["params"]["diagnostics"]
                return diagnostics

    def cpu(self) -> float:
        """CPU seconds of the server and its waited-for children (Linux), else 0."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        ticks = sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
        return ticks / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        try:
            self.request("shutdown", {})
            self.send({"method": "exit"})
            self.process.wait(timeout=10)
        except (BenchError, OSError, subprocess.TimeoutExpired):
            pass
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()


def settings(mode: str, python: str, config: str) -> Json:
    flake8: Json = {"config": config}
    if mode == "flake8":
        flake8.update(enabled=True, select=["HTS"],
                      executable=str(Path(python).parent / "flake8"))
    plugins: Json = {name: {"enabled": False} for name in OTHERS}
    plugins["flake8"] = flake8
    return {"pylsp": {"plugins": plugins}}


def timed(server: Server, send: Any, version: int) -> Tuple[float, float, int]:
    """(wall s, CPU s, HTS diagnostics) from ``send()`` to the diagnostics of ``version``."""
    cpu, wall = server.cpu(), time.perf_counter()
    send()
    found = server.published(version)
    return (time.perf_counter() - wall, server.cpu() - cpu,
            sum(1 for d in found if str(d.get("code", "")).startswith("HTS")))


def one_server(python: str, tree: Path, mode: str, edits: int, config: str,
               env: Dict[str, str]) -> Dict[str, List[Tuple[float, float, int]]]:
    server = Server(python, tree, env)
    path = tree / TARGET
    uri = path.resolve().as_uri()
    text = path.read_text(encoding="utf-8")
    lines = len(text.splitlines())
    try:
        options = settings(mode, python, config)
        server.request("initialize", {"processId": os.getpid(), "rootUri": tree.resolve().as_uri(),
                                      "capabilities": {}, "initializationOptions": options})
        server.send({"method": "initialized", "params": {}})
        server.send({"method": "workspace/didChangeConfiguration", "params": {"settings": options}})
        samples: Dict[str, List[Tuple[float, float, int]]] = {"open": [], "edit": []}
        samples["open"].append(timed(server, lambda: server.send({
            "method": "textDocument/didOpen", "params": {"textDocument": {
                "uri": uri, "languageId": "python", "version": 1, "text": text}}}), 1))
        for edit in range(edits):
            at = {"line": lines + edit, "character": 0}
            change = {"method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": edit + 2},
                "contentChanges": [{"range": {"start": at, "end": at},
                                    "text": f"EDITED_{edit} = {edit}\n"}]}}
            samples["edit"].append(timed(server, lambda: server.send(change), edit + 2))
        return samples
    finally:
        server.close()


def measure(python: str, tree: Path, mode: str, servers: int, edits: int) -> Json:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and not k.startswith("FLAKE8_HTTPSTATUS")}
    env["FLAKE8_HTTPSTATUS_CACHE_DIR"] = "off"
    handle, config = tempfile.mkstemp(suffix=".cfg")
    os.write(handle, b"[flake8]\n")
    os.close(handle)
    opened: List[Tuple[float, float, int]] = []
    first: List[Tuple[float, float, int]] = []
    later: List[Tuple[float, float, int]] = []
    try:
        for _ in range(servers):
            samples = one_server(python, tree, mode, edits, config, env)
            opened += samples["open"]
            first += samples["edit"][:1]
            later += samples["edit"][1:]
    finally:
        os.unlink(config)
    counts = sorted({count for _, _, count in opened + first + later})
    return {"open": _median(opened), "first edit": _median(first), "edit": _median(later),
            "hts_diagnostics": counts, "servers": servers, "edits": edits}


def _median(samples: Sequence[Tuple[float, float, int]]) -> Json:
    if not samples:
        return {}
    return {"wall_s": statistics.median(w for w, _, _ in samples),
            "cpu_s": statistics.median(c for _, c, _ in samples), "n": len(samples)}


def report(results: Json) -> None:
    print(f"\npylsp, {TARGET} (Django 5.2.8); medians; wall includes pylsp's {DEBOUNCE_S} s "
          "debounce")
    print(f"  {'set-up':10s} {'step':11s} {'wall':>8s} {'- debounce':>11s} {'cpu':>8s}  n")
    for mode, figures in results.items():
        for step in ("open", "first edit", "edit"):
            row = figures[step]
            if row:
                print(f"  {mode:10s} {step:11s} {row['wall_s']:7.3f}s {row['wall_s'] - DEBOUNCE_S:10.3f}s "
                      f"{row['cpu_s']:7.3f}s  {row['n']}")
        print(f"  {mode:10s} HTS diagnostics published: {figures['hts_diagnostics']}")


def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=None,
                        help="an interpreter with pylsp, flake8 and this project installed "
                             "(default: build the venv lsp-pyXY under --cache)")
    parser.add_argument("--cache", type=Path, default=CACHE_DIR,
                        help=f"downloads and venvs (default {CACHE_DIR})")
    parser.add_argument("--servers", type=int, default=5, help="fresh servers (default 5)")
    parser.add_argument("--edits", type=int, default=10, help="edits per server (default 10)")
    parser.add_argument("--modes", default=",".join(MODES),
                        help=f"comma-separated, of {','.join(MODES)} (default: both)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    return parser.parse_args(argv)


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    try:
        python = os.path.abspath(args.python) if args.python else None
        if python is None:
            tag = f"py{sys.version_info[0]}{sys.version_info[1]}"
            venv = ensure_venv(args.cache / "venvs" / f"lsp-{tag}", [FLAKE8_PIN, PYLSP_PIN],
                               project=REPO_ROOT)
            python = str(venv_bin(venv) / "python")
        tree = sdist_tree(*DJANGO, cache_dir=args.cache)
        results = {}
        for mode in args.modes.split(","):
            print(f"== {mode}: {args.servers} servers x (open + {args.edits} edits) ==",
                  flush=True)
            results[mode] = measure(python, tree, mode, args.servers, args.edits)
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report(results)
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
