"""The ``code-action`` step of ``run.py``: what a ``textDocument/codeAction`` request costs in
python-lsp-server with this project's plugin (``flake8_httpstatus.lsp``), on the editor target's
file (Django's ``tests/admin_views/tests.py``, 9,000 lines).

A venv of its own (``lsp-pyXY``: the pinned flake8, ``python-lsp-server``, this project) runs a
child that starts pylsp's real server object in-process (``PythonLSPServer``, its linters off),
opens the file and sends it code-action requests the way pylsp's dispatcher does, timing each
(CPU of the process and wall clock, median of the rounds):

* ``first``: the first request of a fresh server at an HTS001 diagnostic (the plugin imports the
  fixer and LibCST then);
* ``edited``: the request after an edit (a new buffer version: the fixer runs again);
* ``fix_source``: ``fix_source`` alone on the same text with the same settings -- the part of
  ``edited`` that is the fixer's, so ``edited - fix_source`` is the hook's own cost;
* ``again``: the same request on the same version (the cursor moves: the result is cached);
* ``elsewhere``: a request without an HTS diagnostic (the hook returns at once).

The result cache is off (``FLAKE8_HTTPSTATUS_CACHE_DIR=off``), as in the other cold targets, and
flake8's settings are an empty config (pylsp's ``plugins.flake8.config``), as ``--isolated`` is
for them.
Stdlib only on the runner's side.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any, Callable, Dict, Sequence

PYLSP_PIN = "python-lsp-server==1.15.0"
TARGET = "tests/admin_views/tests.py"

CHILD = r'''
import json, os, statistics, sys, tempfile, time
from pylsp import uris
from pylsp.python_lsp import PythonLSPServer

root, target, rounds, diagnostic = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
diagnostic = json.loads(diagnostic)
OFF = {n: {"enabled": False} for n in ("pycodestyle", "pyflakes", "mccabe", "pydocstyle",
                                       "pylint", "autopep8", "yapf", "rope_autoimport",
                                       "rope_completion", "flake8")}
# flake8 --isolated, as the other targets run it: an empty config instead of the one flake8
# would find above the tree (this repository's own, whose per-file-ignores cover tests/*)
handle, config = tempfile.mkstemp(suffix=".cfg")
os.write(handle, b"[flake8]\n")
os.close(handle)
OFF["flake8"]["config"] = config
server = PythonLSPServer(None, None, consumer=lambda message: None)
server.m_initialize(processId=None, rootUri=uris.from_fs_path(root),
                    initializationOptions={"pylsp": {"plugins": OFF}})
server.m_initialized()
path = os.path.join(root, target)
uri = uris.from_fs_path(path)
with open(path, encoding="utf-8") as handle:
    base = handle.read()
server.m_text_document__did_open(textDocument={"uri": uri, "version": 1, "text": base})


def timed(call):
    cpu, wall = time.process_time(), time.perf_counter()
    result = call()
    return time.process_time() - cpu, time.perf_counter() - wall, result


def ask(diagnostics):
    return server.m_text_document__code_action(
        textDocument={"uri": uri}, range=diagnostic["range"],
        context={"diagnostics": diagnostics})


first = timed(lambda: ask([diagnostic]))  # the plugin imports the fixer (and LibCST) here
assert [a["kind"] for a in first[2]] == ["quickfix", "source.fixAll.httpstatus"], first[2]

import argparse
from flake8_httpstatus.fix.fixer import FixOptions, fix_source
from flake8_httpstatus.fix.settings import add_arguments, load_settings
from flake8_httpstatus.rules import RULES

samples = {"edited": [], "fix_source": [], "again": [], "elsewhere": []}
for r in range(rounds):
    text = base + f"# edit {r}\n"
    server.m_text_document__did_change(textDocument={"uri": uri, "version": r + 2},
                                       contentChanges=[{"text": text}])
    samples["edited"].append(timed(lambda: ask([diagnostic]))[:2])
    samples["again"].append(timed(lambda: ask([diagnostic]))[:2])
    samples["elsewhere"].append(timed(lambda: ask([]))[:2])
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    settings = load_settings(parser.parse_args(["--config", config]), start=root)
    shown = frozenset(c for c in RULES if settings.reported(path, c))
    samples["fix_source"].append(timed(lambda: fix_source(
        (text + "# fix_source\n").encode("utf-8"), settings.config,
        FixOptions(line_length=settings.line_length(root), reported=shown.__contains__)))[:2])
os.unlink(config)
print(json.dumps({
    "lines": len(base.splitlines()), "actions": [a["title"] for a in first[2]],
    "first": {"cpu_s": first[0], "wall_s": first[1]},
    **{name: {"cpu_s": statistics.median(c for c, _ in values),
              "wall_s": statistics.median(w for _, w in values)}
       for name, values in samples.items()}}))
'''

#: The first HTS001 of the file, as pylsp's flake8 plugin publishes it (a process of its own, so
#: that the timed one imports the fixer and LibCST only when the plugin does).
DIAGNOSTIC = r'''
import json, sys
from flake8_httpstatus.checker import check_source
from flake8_httpstatus.options import Config

with open(sys.argv[1], encoding="utf-8") as handle:
    text = handle.read()
finding = next(f for f in check_source(text, Config()) if f.code == "HTS001")
line = text.splitlines(True)[finding.line - 1]
print(json.dumps({"source": "flake8", "code": finding.code, "message": finding.text,
                  "severity": 2,
                  "range": {"start": {"line": finding.line - 1, "character": finding.col},
                            "end": {"line": finding.line - 1, "character": len(line)}}}))
'''


def code_action_step(tree: Path, python: Path, rounds: int, env: Dict[str, str],
                     log: Callable[[str], None]) -> Dict[str, Any]:
    """Run the child in the lsp venv's ``python``; its figures, with the hook's own cost."""
    diagnostic = _run([str(python), "-c", DIAGNOSTIC, str(tree / TARGET)], tree, env).strip()
    rounds = max(rounds, 3)
    log(f"  (cd {tree} && {python} -c CHILD {tree} {TARGET} {rounds} DIAGNOSTIC)")
    res: Dict[str, Any] = json.loads(_run(
        [str(python), "-c", CHILD, str(tree), TARGET, str(rounds), diagnostic], tree, env))
    res["own_cpu_s"] = res["edited"]["cpu_s"] - res["fix_source"]["cpu_s"]
    res["own_wall_s"] = res["edited"]["wall_s"] - res["fix_source"]["wall_s"]
    return res


def _run(cmd: Sequence[str], cwd: Path, env: Dict[str, str]) -> str:
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True)
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-12:])
        raise RuntimeError(f"the code-action child failed (exit {proc.returncode}):\n{tail}")
    return proc.stdout


def report(res: Dict[str, Any], log: Callable[[str], None]) -> None:
    log(f"\ncode action (pylsp, {TARGET}, {res['lines']} lines; median; cpu | wall):")
    rows = [("first request of the server", "first"),
            ("request after an edit", "edited"),
            ("  of which fix_source", "fix_source"),
            ("same request again (cached)", "again"),
            ("request without HTS diagnostic", "elsewhere")]
    for label, key in rows:
        log(f"  {label:32s} {res[key]['cpu_s']:8.4f}s | {res[key]['wall_s']:8.4f}s")
    share = res["own_cpu_s"] / res["fix_source"]["cpu_s"] if res["fix_source"]["cpu_s"] else 0.0
    log(f"  the hook's own cost (edited - fix_source): {res['own_cpu_s']:+.4f}s cpu "
        f"({share * 100:+.1f}% of the fixer), {res['own_wall_s']:+.4f}s wall")
    log(f"  actions offered: {'; '.join(res['actions'])}")


__all__ = ["PYLSP_PIN", "TARGET", "code_action_step", "report"]


if __name__ == "__main__":  # pragma: no cover - run.py runs it
    raise SystemExit("run it through run.py: python benchmarks/run.py --targets code-action")
