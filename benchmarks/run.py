#!/usr/bin/env python3
"""Performance benchmark of flake8-httpstatus against plain flake8.

Usage::

    python benchmarks/run.py                      # everything, 5 rounds
    python benchmarks/run.py --quick              # 1 round, no profile
    python benchmarks/run.py --targets startup,editor --repeat 3
    python benchmarks/run.py --corpus ~/src/myproject --json out.json

Stdlib only; the script runs on Python >= 3.9, the venvs it builds need
Python >= 3.11 (flake8 7.5.0 requires it; ``--python EXE`` picks the
interpreter, default the one running the script).  It downloads the pinned
Django sdist (once, into ``benchmarks/.cache/``, via ``pip download``) and
builds two virtualenvs there (reused while nothing changed):

* ``plain``  -- ``flake8==7.5.0`` alone;
* ``plugin`` -- the same flake8 (and the same pycodestyle/pyflakes/mccabe,
  pinned from the plain venv) plus this project, installed non-editable from
  a copy of the repository root (reinstalled when pyproject.toml or the
  package's files change), with its dependencies (libcst ...).

Every measurement is a real subprocess ``VENV/bin/flake8 -j 1 --isolated
--exit-zero PATHS`` run in the unpacked tree; plain and plugin alternate
(plain first in odd rounds, plugin first in even ones; the two small
targets get one untimed warm-up run per side first, and launch each side
several times per round -- editor 3, startup 15 -- keeping the median
launch, because one 0.1 s sample says little on a shared machine).  The child's CPU
time (user+sys) and peak RSS come from ``os.wait4`` (in a small trampoline
process that forks the child, so the runner's own size does not leak into
the child's ru_maxrss); wall time from a monotonic clock around it.

Targets (bounds from the project's performance issues, #21 for the present ones; overhead is
``median(plugin) / median(plain) - 1``, CPU time of the flake8 process everywhere):

===========  =====================================  ======  ========
name         what flake8 checks                     metric  bound
===========  =====================================  ======  ========
whole        the whole Django 5.2.8 sdist           CPU     +3 %
library      its ``django/`` directory              CPU     +3 %
editor       ``tests/admin_views/tests.py`` alone   CPU     +25 %
editor-warm  the same, unchanged, the plugin's      CPU     +3 %
             result cache warm
editor-edit  the same after a one-line edit, the    CPU     +15 %
             cache warm from before the edit
startup      ``django/__init__.py`` alone           CPU     +5 %
startup-     the same without ``--isolated``, from  CPU     +5 %
project      the tree: flake8 reads Django's
             ``setup.cfg``, the plugin its
             ``pyproject.toml`` (declared versions)
memory       peak RSS, worst of the targets run     RSS     +20 MiB
===========  =====================================  ======  ========

The plugin's result cache is on, as users have it, in a directory of the benchmark's own
(``FLAKE8_HTTPSTATUS_CACHE_DIR``): emptied before every launch of a target -- each launch is a
first run, paying for the analysis and for writing its entries -- except for ``editor-warm``,
the editor case as an editor sees it on each save after the first (emptied once, filled by the
warm-up run), ``startup-project`` likewise (what the project declares is remembered there),
and ``editor-edit``, a save after an edit (``edit_case.py``): the cache is filled once from the
unchanged file, the file then gets one status statement changed (``200`` ->
``404, "edited"`` in an ``assertEqual(response.status_code, ...)`` near its middle, a text
found nowhere else in it), and before every launch the cache is put back as the unchanged file
left it, so each launch sees a fresh edit; the file is restored at the end.

The results table gives each side's median and the spread (min..max) of its rounds, so the
noise of a shared machine is in view beside the overhead.

The editor target also measures what ``import libcst`` alone costs in a
process that has loaded flake8: the floor under the overhead of any file
that needs LibCST, printed next to the results.

Extra steps:

* ``profile``   -- one plugin run on the whole tree under cProfile; prints
  the plugin's total time and the part spent in libcst (a share: cProfile
  inflates absolute times).
* ``identical`` -- the plugin's HTS findings on the whole tree, normal path
  vs. reference path (``FLAKE8_HTTPSTATUS_REFERENCE=1``), must be equal.
* ``check``     -- ``flake8-httpstatus check`` beside ``flake8 --select=HTS`` on
  ``django/`` (both from the plugin venv, ``-j 1``, result cache off): CPU
  medians side by side, bound: check costs at most a tenth; the two must
  print the same findings.  See ``check_speed.py``.
* ``code-action`` -- what python-lsp-server's ``textDocument/codeAction``
  costs with the plugin's pylsp hook on the editor target's file, and how
  much of it is the hook's own (beside ``fix_source``); in a venv of its own
  (``lsp-pyXY``: the same flake8, ``python-lsp-server``, the project).  See
  ``code_action.py``.

Options: ``--repeat N`` rounds (default 5); ``--targets a,b`` subset of
whole,library,editor,editor-warm,editor-edit,startup,startup-project,profile,identical,
code-action,check; ``--quick`` = 1 round, no
profile; ``--corpus PATH`` also runs the whole-tree target (and the findings
check) on a tree of your choosing; ``--json OUT``; ``--strict``;
``--reinstall`` (force reinstalling the project); ``--python EXE``;
``--instructions`` (also count each side's instructions under valgrind's
cachegrind: a figure the machine's load does not move, 30-50x slower);
``--cache-dir DIR``.  Each run's output is kept in ``.cache/runs/`` (and the
profile in ``.cache/runs/whole-plugin.prof``).

Exit status: 0 fine; 1 the findings differ (or there are none to compare);
2 setup/run error (message printed, no traceback); 3 a bound was missed
and ``--strict`` was given.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import os
import platform
import pstats
import re
import shlex
import shutil
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Union

Cmd = Sequence[Union[str, Path]]

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (  # noqa: E402
    CACHE_DIR, BenchError, ensure_venv, project_hash, sdist_tree, venv_bin)
from check_speed import check_step  # noqa: E402
from check_speed import report as report_check  # noqa: E402
from code_action import PYLSP_PIN, code_action_step  # noqa: E402
from code_action import report as report_code_action  # noqa: E402
from edit_case import edit_case, restore_cache  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent

DJANGO = ("Django", "5.2.8", "23254866a5bb9a2cfa6004e8b809ec6246eba4b58a7589bc2772f1bcc8456c7f")
FLAKE8_PIN = "flake8==7.5.0"
PLUGIN_DIST = "flake8-httpstatus"
CODE_PREFIX = "HTS"
REFERENCE_ENV = "FLAKE8_HTTPSTATUS_REFERENCE"
CACHE_ENV = "FLAKE8_HTTPSTATUS_CACHE_DIR"
FLAKE8_FLAGS = ["-j", "1", "--isolated", "--exit-zero"]
MEMORY_BOUND_MIB = 20.0
MIN_VENV_PYTHON = (3, 11)  # flake8 7.5.0 requires it

# name -> (paths relative to the tree, metric, bound, description)
TARGETS = {
    "whole": (["."], "cpu", 0.03, "whole Django 5.2.8 sdist"),
    "library": (["django"], "cpu", 0.03, "django/ library code"),
    "editor": (["tests/admin_views/tests.py"], "cpu", 0.25, "one big file (editor case)"),
    "editor-warm": (["tests/admin_views/tests.py"], "cpu", 0.03,
                    "the editor case on each later save: result cache warm"),
    "editor-edit": (["tests/admin_views/tests.py"], "cpu", 0.15,
                    "the editor case after a one-line edit: result cache warm from before it"),
    "startup": (["django/__init__.py"], "cpu", 0.05, "one small file, no status literals"),
    "startup-project": (["django/__init__.py"], "cpu", 0.05,
                        "the same without --isolated: Django's config and declared versions"),
}
#: Targets run without ``--isolated``: flake8 reads Django's ``setup.cfg``, the plugin its
#: ``pyproject.toml`` and the versions the project declares, as on a user's machine.
PROJECT_TARGETS = {"startup-project"}
STEPS = ["profile", "identical", "code-action", "check"]
ALL_NAMES = list(TARGETS) + STEPS
#: Cheap targets: one untimed run per side first.
WARMUP_TARGETS = {"editor", "editor-warm", "editor-edit", "startup", "startup-project"}
#: Targets run with the plugin's result cache on (in a directory of their own, filled by the
#: warm-up run); all others run with it off.
WARM_TARGETS = {"editor-warm", "startup-project"}
#: Targets whose file is edited after the cache was filled from it (``edit_case.py``): before each
#: launch the cache is put back as the unchanged file left it.
EDIT_TARGETS = {"editor-edit"}
#: Launches per side in each round of a short target; the round keeps the median launch, so a
#: 0.1 s target is not judged on one sample of a noisy machine.
LAUNCHES = {"editor": 3, "editor-warm": 3, "editor-edit": 3, "startup": 15,
            "startup-project": 15}
#: What importing libcst costs in a flake8 process (CPU s), measured in the plugin venv: the
#: floor under the overhead of any file that needs LibCST.
IMPORT_PROBE = ("import time, flake8.main.cli, flake8.checker, pycodestyle, pyflakes.checker\n"
                "t = time.process_time()\nimport libcst\nprint(time.process_time() - t)\n")

FINDING_RE = re.compile(r"^.*?:\d+:\d+: %s\d+ " % CODE_PREFIX)


def log(msg: str = "") -> None:
    print(msg, flush=True)


def child_env(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    """The runner's environment minus what could change how Python/the plugin behave."""
    env = {k: v for k, v in os.environ.items()
           if not (k.startswith("PYTHON") and k != "PYTHONHASHSEED")
           and not k.startswith("FLAKE8_HTTPSTATUS")}
    env[CACHE_ENV] = "off"  # the profile and the findings check; the targets set their own
    env.update(extra or {})
    return env


def show_cmd(cmd: Cmd, cwd: Path, env_extra: Optional[Dict[str, str]] = None) -> str:
    pre = " ".join(f"{k}={v}" for k, v in (env_extra or {}).items())
    return f"(cd {shlex.quote(str(cwd))} && {pre + ' ' if pre else ''}{shlex.join(map(str, cmd))})"


class Sample:
    __slots__ = ("cpu", "wall", "rss_mib", "lines", "findings", "out_path")

    def __init__(self, cpu: float, wall: float, rss_mib: float, lines: int,
                 findings: List[str], out_path: Path) -> None:
        self.cpu, self.wall, self.rss_mib = cpu, wall, rss_mib
        self.lines, self.findings, self.out_path = lines, findings, out_path

    def as_dict(self) -> Dict[str, Any]:
        return {"cpu_s": round(self.cpu, 4), "wall_s": round(self.wall, 4),
                "peak_rss_mib": round(self.rss_mib, 2), "output_lines": self.lines,
                "hts_findings": len(self.findings)}


# Runs one command and reports its rusage.  A fresh small process does the
# fork/exec: on Linux a child's ru_maxrss starts at the RSS of the process it
# was forked from, so forking flake8 straight from this (growing) runner would
# inflate small runs' peak RSS to the runner's size.
_TRAMPOLINE = r"""
import json, os, sys, time
spec = json.loads(sys.stdin.read())
out = os.open(spec["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
err = os.open(spec["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
nul = os.open(os.devnull, os.O_RDONLY)
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.chdir(spec["cwd"])
        os.dup2(nul, 0); os.dup2(out, 1); os.dup2(err, 2)
        os.execve(spec["cmd"][0], spec["cmd"], spec["env"])
    finally:
        os._exit(127)
_, status, ru = os.wait4(pid, 0)
wall = time.perf_counter() - t0
print(json.dumps({"rc": os.waitstatus_to_exitcode(status), "wall": wall,
                  "cpu": ru.ru_utime + ru.ru_stime, "maxrss": ru.ru_maxrss}))
"""


def run_measured(cmd: Cmd, cwd: Path, out_path: Path,
                 env_extra: Optional[Dict[str, str]] = None) -> Sample:
    """Run one flake8 child; return its CPU/wall/peak RSS and its HTS lines."""
    err_path = out_path.with_suffix(".err")
    spec = {"cmd": [str(c) for c in cmd], "cwd": str(cwd), "env": child_env(env_extra),
            "out": str(out_path), "err": str(err_path)}
    tramp = subprocess.run([sys.executable, "-S", "-c", _TRAMPOLINE], input=json.dumps(spec),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if tramp.returncode != 0:
        raise BenchError(f"measuring {show_cmd(cmd, cwd, env_extra)} failed:\n{tramp.stderr}")
    m = json.loads(tramp.stdout)
    rc = m["rc"]
    if rc != 0:
        tail = err_path.read_text(errors="replace").strip().splitlines()[-8:]
        raise BenchError(
            f"flake8 exited with status {rc} (it runs with --exit-zero, so it crashed):\n"
            f"  {show_cmd(cmd, cwd, env_extra)}\n  stderr (last lines, full in {err_path}):\n"
            + "\n".join("    " + ln for ln in tail))
    rss = m["maxrss"] / (1024.0 * 1024.0 if sys.platform == "darwin" else 1024.0)
    lines = 0
    findings = []
    with open(out_path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            lines += 1
            if FINDING_RE.match(line):
                findings.append(line.rstrip("\n"))
    return Sample(m["cpu"], m["wall"], rss, lines, findings, out_path)


def venv_versions(venv: Path) -> Dict[str, str]:
    code = ("import json, importlib.metadata as m; "
            "print(json.dumps({d.metadata['Name'].lower(): d.version for d in m.distributions()}))")
    out = subprocess.run([str(venv_bin(venv) / "python"), "-c", code], stdout=subprocess.PIPE,
                         text=True, check=True, env=child_env()).stdout
    versions: Dict[str, str] = json.loads(out)
    return versions


def flake8_version_line(venv: Path, side: str) -> str:
    proc = subprocess.run([str(venv_bin(venv) / "flake8"), "--version"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, env=child_env())
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise BenchError(f"flake8 of the {side} venv does not start (exit {proc.returncode}):\n"
                         f"  {last}\n  (the project may still be incomplete)")
    return " ".join(proc.stdout.split())


def fmt_pct(x: float) -> str:
    return f"{x * 100:+.1f}%"


def spread(vals: List[float]) -> str:
    return f"{min(vals):.3f}..{max(vals):.3f}" if len(vals) > 1 else "-"


# ---------------------------------------------------------------- measuring

def _edited(name: str, tree: Path, path: str, template: Path,
            fill: Cmd) -> "contextlib.AbstractContextManager[None]":
    """For an edit target: the cache ``template`` filled by ``fill`` from the unchanged file,
    then the file edited until the context ends; for the others nothing."""
    if name not in EDIT_TARGETS:
        return contextlib.nullcontext()
    return edit_case(tree / path, template, lambda: run_measured(
        fill, tree, template.with_suffix(".fill.out"), {CACHE_ENV: str(template)}))


def flags(name: str) -> List[str]:
    """flake8's options for a target: ``--isolated`` but where the target reads the project."""
    return [f for f in FLAKE8_FLAGS if f != "--isolated"] if name in PROJECT_TARGETS \
        else FLAKE8_FLAGS


def _ready(name: str, store: Path, template: Path) -> None:
    """The result cache as a launch of ``name`` must find it."""
    if name in EDIT_TARGETS:  # warm from before the edit, nothing from an earlier launch
        restore_cache(template, store)
    elif name not in WARM_TARGETS:  # every launch a first one: misses, and writes its entries
        shutil.rmtree(store, ignore_errors=True)


def bench_target(name: str, paths: List[str], metric: str, bound: float, tree: Path,
                 flake8: Dict[str, Path], repeat: int, runs_dir: Path) -> Dict[str, Any]:
    cmds = {side: [str(flake8[side]), *flags(name), *paths] for side in ("plain", "plugin")}
    template = runs_dir / f"result-cache-{name}-template"
    with _edited(name, tree, paths[0], template, cmds["plugin"]):
        return _bench_target(name, paths, metric, bound, tree, cmds, repeat, runs_dir)


def _bench_target(name: str, paths: List[str], metric: str, bound: float, tree: Path,
                  cmds: Dict[str, List[str]], repeat: int, runs_dir: Path) -> Dict[str, Any]:
    warm = name in WARM_TARGETS
    store = runs_dir / ("result-cache-warm" if warm else "result-cache-cold")
    template = runs_dir / f"result-cache-{name}-template"
    shutil.rmtree(store, ignore_errors=True)
    env = {CACHE_ENV: str(store)}
    for side in ("plain", "plugin"):
        log(f"  {side:6s}: {show_cmd(cmds[side], tree, env)}")
    if name in WARMUP_TARGETS:
        for side in ("plain", "plugin"):
            _ready(name, store, template)
            run_measured(cmds[side], tree, runs_dir / f"{name}-{side}-warmup.out", env)
    samples: Dict[str, List[Sample]] = {"plain": [], "plugin": []}
    loads: List[float] = []
    key = "cpu" if metric == "cpu" else "wall"
    launches = LAUNCHES.get(name, 1)
    for i in range(repeat):
        launched: Dict[str, List[Sample]] = {"plain": [], "plugin": []}
        for j in range(launches):
            order = ("plain", "plugin") if (i + j) % 2 == 0 else ("plugin", "plain")
            for side in order:
                _ready(name, store, template)
                launched[side].append(run_measured(
                    cmds[side], tree, runs_dir / f"{name}-{side}-{i}-{j}.out", env))
                loads.append(os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0)
        for side in ("plain", "plugin"):
            s = sorted(launched[side], key=lambda x: getattr(x, key))[(launches - 1) // 2]
            samples[side].append(s)
            of = f" (median of {launches})" if launches > 1 else ""
            log(f"  round {i + 1}/{repeat} {side:6s}: cpu {s.cpu:8.3f}s  wall {s.wall:8.3f}s  "
                f"rss {s.rss_mib:7.1f} MiB  output {s.lines} lines, "
                f"{len(s.findings)} {CODE_PREFIX}{of}")
    if any(s.findings for s in samples["plain"]):
        raise BenchError(f"plain flake8 printed {CODE_PREFIX} lines on {name}: "
                         "the plain venv is not plain")
    res: Dict[str, Any] = {
        "paths": paths, "metric": metric, "bound": bound, "launches_per_round": launches,
        "commands": {side: show_cmd(cmds[side], tree, env) for side in cmds},
        "samples": {side: [s.as_dict() for s in samples[side]] for side in samples}}
    for side in ("plain", "plugin"):
        res[side] = {
            "cpu_median_s": statistics.median(s.cpu for s in samples[side]),
            "wall_median_s": statistics.median(s.wall for s in samples[side]),
            "rss_median_mib": statistics.median(s.rss_mib for s in samples[side]),
            "metric_values": [getattr(s, key) for s in samples[side]],
        }
    plain_v = res["plain"][f"{key}_median_s"]
    plugin_v = res["plugin"][f"{key}_median_s"]
    res["overhead"] = plugin_v / plain_v - 1.0 if plain_v > 0 else float("inf")
    res["pass"] = res["overhead"] <= bound
    # Robustness aids, not used for the verdict: the median of the per-round
    # ratios (cancels slow drifts of the machine's speed) and the overhead in
    # the other metric (CPU for the wall-time target, wall for the others).
    res["paired_overhead"] = statistics.median(
        getattr(b, key) / getattr(a, key) - 1.0
        for a, b in zip(samples["plain"], samples["plugin"]) if getattr(a, key) > 0)
    other = "wall" if key == "cpu" else "cpu"
    res["other_metric"] = other
    res["other_overhead"] = (res["plugin"][f"{other}_median_s"]
                             / res["plain"][f"{other}_median_s"] - 1.0)
    res["max_load_1min"] = max(loads)
    res["rss_delta_mib"] = res["plugin"]["rss_median_mib"] - res["plain"]["rss_median_mib"]
    finding_sets = {tuple(sorted(s.findings)) for s in samples["plugin"]}
    res["hts_findings"] = len(samples["plugin"][0].findings)
    res["deterministic"] = len(finding_sets) == 1
    res["_findings"] = list(finding_sets)[0] if finding_sets else ()
    if not res["deterministic"]:
        log(f"  !! the plugin's {CODE_PREFIX} findings differ between rounds on {name}")
    return res


INSTRUCTIONS_RE = re.compile(r"I\s+refs:\s+([\d,]+)")


def instruction_counts(name: str, paths: List[str], tree: Path, venvs: Dict[str, Path],
                       runs_dir: Path) -> Dict[str, int]:
    """Instructions executed by each side (valgrind's cachegrind, no cache simulation): a count
    that the machine's load does not change. Both sides run at once; 30-50 times slower."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise BenchError("--instructions needs valgrind on PATH")
    warm = name in WARM_TARGETS
    store = runs_dir / f"result-cache-instructions-{name}"
    shutil.rmtree(store, ignore_errors=True)
    env = {CACHE_ENV: str(store)}
    cmds = {side: [str(venv_bin(venvs[side]) / "python"), str(venv_bin(venvs[side]) / "flake8"),
                   *flags(name), *paths] for side in ("plain", "plugin")}
    if warm:  # an ordinary run fills the cache first
        run_measured(cmds["plugin"][1:], tree, runs_dir / f"{name}-instructions-fill.out", env)
    template = runs_dir / f"result-cache-instructions-{name}-template"
    with _edited(name, tree, paths[0], template, cmds["plugin"][1:]):
        if name in EDIT_TARGETS:
            restore_cache(template, store)
        procs = {side: subprocess.Popen(
            [valgrind, "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
             *cmds[side]], cwd=tree, env=child_env(env), stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True) for side in ("plain", "plugin")}
        errors = {side: proc.communicate()[1] for side, proc in procs.items()}
    counts = {}
    for side, proc in procs.items():
        err = errors[side]
        found = INSTRUCTIONS_RE.findall(err)
        if proc.returncode != 0 or not found:
            raise BenchError(f"valgrind on the {side} side failed (exit {proc.returncode}):\n"
                             + "\n".join(err.strip().splitlines()[-8:]))
        counts[side] = int(found[-1].replace(",", ""))
    log(f"  instructions: plain {counts['plain']:,}  plugin {counts['plugin']:,}  "
        f"{fmt_pct(counts['plugin'] / counts['plain'] - 1)}")
    return counts


def libcst_import_cost(plugin_venv: Path, runs: int) -> float:
    """Median CPU seconds of ``import libcst`` in a process that has imported flake8."""
    python = str(venv_bin(plugin_venv) / "python")
    costs = []
    for _ in range(max(runs, 5)):
        proc = subprocess.run([python, "-c", IMPORT_PROBE], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=child_env())
        if proc.returncode != 0:
            raise BenchError(f"importing libcst in the plugin venv failed:\n{proc.stderr}")
        costs.append(float(proc.stdout))
    cost = statistics.median(costs)
    log(f"  import libcst alone (in a process with flake8 loaded): cpu {cost:.3f}s, "
        f"median of {len(costs)}")
    return cost


def profile_step(tree: Path, plugin_venv: Path, runs_dir: Path) -> Dict[str, Any]:
    prof = runs_dir / "whole-plugin.prof"
    cmd = [str(venv_bin(plugin_venv) / "python"), "-m", "cProfile", "-o", str(prof),
           "-m", "flake8", *FLAKE8_FLAGS, "."]
    log(f"  {show_cmd(cmd, tree)}")
    s = run_measured(cmd, tree, runs_dir / "whole-plugin-profile.out")
    log(f"  (profiled run: cpu {s.cpu:.1f}s, {len(s.findings)} {CODE_PREFIX} findings)")
    return analyse_profile(prof, s)


def _category(filename: str) -> str:
    f = filename.replace("\\", "/")
    if "/flake8_httpstatus/" in f:
        return "plugin"
    if "/libcst/" in f:
        return "libcst"
    return "other"


def analyse_profile(prof: Path, sample: Sample) -> Dict[str, Any]:
    """Plugin time = cumulative time of plugin functions entered from outside
    plugin/libcst code (flake8 calling the checker, importlib importing it).
    libcst time = time of libcst functions entered from plugin code, minus time
    of plugin callbacks (visitors) entered from libcst code; native parser and
    stdlib calls made by libcst count as libcst."""
    st = pstats.Stats(str(prof)).stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in st.values())
    into_plugin = 0.0   # other -> plugin
    plugin_to_lib = 0.0  # plugin -> libcst
    lib_to_plugin = 0.0  # libcst -> plugin
    run_ct = 0.0
    self_times = []
    for func, (_cc, _nc, tt, ct, callers) in st.items():
        cat = _category(func[0])
        if cat == "plugin" and func[2] == "run":
            run_ct = max(run_ct, ct)
        if cat != "other":
            self_times.append((tt, f"{Path(func[0]).name}:{func[1]}({func[2]})", cat))
        for caller, edge in callers.items():
            ccat = _category(caller[0])
            edge_ct = edge[3] if isinstance(edge, tuple) else 0.0
            if cat == "plugin" and ccat == "other":
                into_plugin += edge_ct
            elif cat == "libcst" and ccat == "plugin":
                plugin_to_lib += edge_ct
            elif cat == "plugin" and ccat == "libcst":
                lib_to_plugin += edge_ct
    libcst = max(plugin_to_lib - lib_to_plugin, 0.0)
    self_times.sort(reverse=True)
    return {
        "profile_file": str(prof),
        "profiled_total_s": total,
        "plugin_total_s": into_plugin,
        "plugin_run_cumtime_s": run_ct,
        "libcst_s": libcst,
        "libcst_share": libcst / into_plugin if into_plugin else None,
        "top_self_time": [{"self_s": round(t, 3), "function": f, "in": c}
                          for t, f, c in self_times[:10]],
    }


def identical_step(tree: Path, label: str, flake8_plugin: Path, runs_dir: Path,
                   normal: Optional[Sequence[str]]) -> Dict[str, Any]:
    cmd = [str(flake8_plugin), *FLAKE8_FLAGS, "."]
    res: Dict[str, Any] = {}
    if normal is None:
        log(f"  normal   : {show_cmd(cmd, tree)}")
        s = run_measured(cmd, tree, runs_dir / f"{label}-identical-normal.out")
        normal = s.findings
        res["normal_cpu_s"] = s.cpu
    else:
        log("  normal   : (findings of the timed plugin runs)")
    env = {REFERENCE_ENV: "1"}
    log(f"  reference: {show_cmd(cmd, tree, env)}")
    r = run_measured(cmd, tree, runs_dir / f"{label}-identical-reference.out", env)
    res["reference_cpu_s"] = r.cpu
    a, b = collections.Counter(normal), collections.Counter(r.findings)
    only_normal = sorted((a - b).elements())
    only_ref = sorted((b - a).elements())
    res.update(findings=len(normal), reference_findings=len(r.findings),
               only_normal=only_normal[:200], only_reference=only_ref[:200],
               identical=not only_normal and not only_ref and len(normal) > 0)
    return res


# ------------------------------------------------------------------ main

def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog="targets: " + ", ".join(ALL_NAMES))
    p.add_argument("--repeat", type=int, default=5, help="rounds per target (default 5)")
    p.add_argument("--targets", default=",".join(ALL_NAMES),
                   help="comma-separated subset of: %s (default: all)" % ",".join(ALL_NAMES))
    p.add_argument("--corpus", type=Path, help="a second source tree: also run the whole-tree "
                   "target (and the findings check, if selected) on it")
    p.add_argument("--quick", action="store_true", help="1 round, no profile")
    p.add_argument("--json", type=Path, metavar="OUT", help="write all results to OUT")
    p.add_argument("--strict", action="store_true", help="exit 3 when a bound is missed")
    p.add_argument("--instructions", action="store_true",
                   help="also count the instructions each side executes (needs valgrind; "
                   "deterministic, but 30-50x slower: about 12 min for library, 45 for whole)")
    p.add_argument("--reinstall", action="store_true",
                   help="reinstall the project into the plugin venv even if unchanged")
    p.add_argument("--python", type=Path, metavar="EXE",
                   help="interpreter the venvs are built with (default: the one running this; "
                   "flake8 7.5.0 needs >= 3.11)")
    p.add_argument("--cache-dir", type=Path, default=CACHE_DIR,
                   help=f"downloads and venvs (default {CACHE_DIR})")
    a = p.parse_args(argv)
    a.targets = [t.strip() for t in a.targets.split(",") if t.strip()]
    bad = [t for t in a.targets if t not in ALL_NAMES]
    if bad:
        p.error(f"unknown target(s) {', '.join(bad)}; choose from {', '.join(ALL_NAMES)}")
    if a.quick:
        a.repeat = 1
        a.targets = [t for t in a.targets if t != "profile"]
    if a.repeat < 1:
        p.error("--repeat must be >= 1")
    if a.corpus is not None:
        a.corpus = a.corpus.expanduser().resolve()
        if not a.corpus.is_dir():
            p.error(f"--corpus {a.corpus}: not a directory")
    return a


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    try:
        return _main(args)
    except BenchError as exc:
        log(f"\nerror: {exc}")
        return 2
    except KeyboardInterrupt:
        log("\ninterrupted")
        return 130


def _main(args: argparse.Namespace) -> int:
    cache = args.cache_dir.expanduser().resolve()
    python = str(args.python or sys.executable)
    try:
        ver = subprocess.run([python, "-c", "import sys; print(*sys.version_info[:3])"],
                             stdout=subprocess.PIPE, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError) as exc:
        raise BenchError(f"cannot run the interpreter {python}: {exc}") from None
    if (int(ver[0]), int(ver[1])) < MIN_VENV_PYTHON:
        raise BenchError(
            f"{FLAKE8_PIN} needs Python >= {'.'.join(map(str, MIN_VENV_PYTHON))}, but the venvs "
            f"would be built with {python} ({'.'.join(ver)}); pass --python /path/to/python3.11+")
    pytag = f"py{ver[0]}{ver[1]}"
    if not (REPO_ROOT / "pyproject.toml").is_file():
        raise BenchError(f"{REPO_ROOT}/pyproject.toml is missing: nothing to install yet")

    log("== setup ==")
    plain = ensure_venv(cache / "venvs" / f"plain-{pytag}", [FLAKE8_PIN], python=python)
    plain_versions = venv_versions(plain)
    pins = sorted(f"{n}=={v}" for n, v in plain_versions.items()
                  if n not in ("pip", "setuptools", "wheel"))
    plugin = ensure_venv(cache / "venvs" / f"plugin-{pytag}", [FLAKE8_PIN], constraints=pins,
                         python=python,
                         project=REPO_ROOT, force_project=args.reinstall)
    plugin_versions = venv_versions(plugin)
    for n, v in plain_versions.items():
        if n not in ("pip", "setuptools", "wheel") and plugin_versions.get(n) != v:
            raise BenchError(f"{n} differs between the venvs: {v} vs {plugin_versions.get(n)}")
    flake8 = {"plain": venv_bin(plain) / "flake8", "plugin": venv_bin(plugin) / "flake8"}
    ver_plain = flake8_version_line(plain, "plain")
    ver_plugin = flake8_version_line(plugin, "plugin")
    if PLUGIN_DIST not in ver_plugin:
        raise BenchError(f"flake8 of the plugin venv does not list {PLUGIN_DIST}: {ver_plugin}")
    if PLUGIN_DIST in ver_plain:
        raise BenchError(f"flake8 of the plain venv lists {PLUGIN_DIST}: {ver_plain}")
    tree = sdist_tree(*DJANGO, cache_dir=cache, python=str(venv_bin(plain) / "python"))
    runs_dir = cache / "runs"
    runs_dir.mkdir(parents=True, exist_ok=True)

    info = {
        "cpu_count": os.cpu_count(),
        "load_avg": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "python": ".".join(ver),
        "python_executable": python,
        "platform": platform.platform(),
        "flake8_plain": ver_plain,
        "flake8_plugin": ver_plugin,
        "plugin_venv_versions": {k: plugin_versions.get(k) for k in
                                 ("flake8", "pycodestyle", "pyflakes", "mccabe", "libcst",
                                  PLUGIN_DIST)},
        "project_hash": project_hash(REPO_ROOT)[:12],
        "corpus": f"{DJANGO[0]} {DJANGO[1]} sdist at {tree}",
        "repeat": args.repeat,
    }
    log(f"cores: {info['cpu_count']}   load avg: "
        f"{' '.join(f'{x:.2f}' for x in info['load_avg']) if info['load_avg'] else '?'}")
    log(f"python of the venvs: {info['python']} ({python}); runner {platform.python_version()}; "
        f"{info['platform']}")
    log(f"plain  flake8 --version: {ver_plain}")
    log(f"plugin flake8 --version: {ver_plugin}")
    log("plugin venv: " + ", ".join(f"{k} {v}" for k, v in info["plugin_venv_versions"].items())
        + f" (source hash {info['project_hash']})")
    log(f"corpus: {info['corpus']}")
    log(f"rounds per target: {args.repeat}")

    results: Dict[str, Any] = {"info": info, "targets": {}}
    targets = [(n, tree, *TARGETS[n]) for n in TARGETS if n in args.targets]
    if args.corpus is not None:
        targets.append((f"corpus:{args.corpus.name}", args.corpus, ["."], "cpu",
                        TARGETS["whole"][2], f"user corpus {args.corpus}"))
    for name, where, paths, metric, bound, desc in targets:
        log(f"\n== {name}: {desc} ==")
        results["targets"][name] = bench_target(
            name.replace(":", "-"), paths, metric, bound, where, flake8, args.repeat, runs_dir)
        if name == "editor":
            results["targets"][name]["libcst_import_s"] = libcst_import_cost(
                plugin, args.repeat * LAUNCHES["editor"])
        if args.instructions:
            results["targets"][name]["instructions"] = instruction_counts(
                name, paths, where, {"plain": plain, "plugin": plugin}, runs_dir)

    if "profile" in args.targets:
        log("\n== profile: plugin on the whole tree under cProfile ==")
        results["profile"] = profile_step(tree, plugin, runs_dir)

    if "code-action" in args.targets:
        log("\n== code-action: pylsp's textDocument/codeAction with the plugin's hook ==")
        lsp = ensure_venv(cache / "venvs" / f"lsp-{pytag}", [FLAKE8_PIN, PYLSP_PIN],
                          constraints=pins, python=python, project=REPO_ROOT,
                          force_project=args.reinstall)
        try:
            results["code_action"] = code_action_step(
                tree, venv_bin(lsp) / "python", args.repeat, child_env(), log)
        except RuntimeError as exc:
            raise BenchError(str(exc)) from None

    status = 0
    if "check" in args.targets:
        log("\n== check: flake8-httpstatus check beside flake8 --select=HTS on django/ ==")
        results["check"] = check_step(tree, venv_bin(plugin), args.repeat, runs_dir,
                                      run_measured, show_cmd, log)
        if not results["check"]["identical"]:
            status = 1
    if "identical" in args.targets:
        results["identical"] = {}
        checks = [("whole", tree)]
        if args.corpus is not None:
            checks.append((f"corpus:{args.corpus.name}", args.corpus))
        for label, where in checks:
            log(f"\n== identical findings ({label}): normal vs {REFERENCE_ENV}=1 ==")
            timed = results["targets"].get(label)
            normal = list(timed["_findings"]) if timed and timed["deterministic"] else None
            res = identical_step(where, label.replace(":", "-"), flake8["plugin"], runs_dir, normal)
            results["identical"][label] = res
            if normal is not None:
                res["normal_cpu_s"] = timed["plugin"]["cpu_median_s"]
            if timed and not timed["deterministic"]:
                res["identical"] = False
                res["note"] = "the timed plugin runs disagreed with each other"
            if not res["identical"]:
                status = 1

    if results["targets"]:
        worst = max(results["targets"], key=lambda n: results["targets"][n]["rss_delta_mib"])
        d = results["targets"][worst]["rss_delta_mib"]
        results["memory"] = {"worst_target": worst, "delta_mib": d,
                             "bound_mib": MEMORY_BOUND_MIB, "pass": d <= MEMORY_BOUND_MIB}
    report(results)
    missed = [n for n, t in results["targets"].items() if not t["pass"]]
    if results.get("check", {}).get("pass") is False:
        missed.append("check")
    if results.get("memory", {}).get("pass") is False:
        missed.append("memory")
    if missed:
        log(f"\nbounds missed: {', '.join(missed)}")
    elif results["targets"]:
        log("\nall bounds met")
    if status == 0 and args.strict and missed:
        status = 3
    if args.json:
        for t in results["targets"].values():
            t.pop("_findings", None)
        results["exit_status"] = status
        args.json.write_text(json.dumps(results, indent=1, default=str) + "\n")
        log(f"results written to {args.json}")
    return status


def report(results: Dict[str, Any]) -> None:
    info = results["info"]
    targets = results["targets"]
    log(f"\n== results: median of {info['repeat']} round(s); overhead = plugin / plain - 1 ==")
    log(f"(cores {info['cpu_count']}, Python {info['python']}, "
        f"flake8 {info['plugin_venv_versions']['flake8']}, "
        f"libcst {info['plugin_venv_versions']['libcst']})")
    if targets:
        log(f"{'target':18s} {'metric':6s} {'plain':>10s} {'plugin':>10s} {'overhead':>9s} "
            f"{'bound':>6s}  verdict  {CODE_PREFIX:>5s}   {'paired':>7s} {'other':>12s}  "
            "spread plain | plugin")
        for name, t in targets.items():
            key = "cpu" if t["metric"] == "cpu" else "wall"
            pl, pg = t["plain"], t["plugin"]
            log(f"{name:18s} {t['metric']:6s} {pl[f'{key}_median_s']:9.3f}s "
                f"{pg[f'{key}_median_s']:9.3f}s {fmt_pct(t['overhead']):>9s} "
                f"{'<=' + format(t['bound'] * 100, '.0f') + '%':>6s}  "
                f"{'PASS' if t['pass'] else 'FAIL':7s}  {t['hts_findings']:5d}   "
                f"{fmt_pct(t['paired_overhead']):>7s} "
                f"{t['other_metric'] + ' ' + fmt_pct(t['other_overhead']):>12s}  "
                f"{spread(pl['metric_values'])} | {spread(pg['metric_values'])}")
        log("(paired = median of per-round plugin/plain ratios; other = overhead in the other "
            "metric; both for information, the verdict uses the overhead column)")
        editor = targets.get("editor")
        if editor and "libcst_import_s" in editor:
            cost, plain = editor["libcst_import_s"], editor["plain"]["cpu_median_s"]
            log(f"editor: importing libcst alone costs {cost:.3f}s cpu = "
                f"{fmt_pct(cost / plain)} of plain flake8 (a floor for any file that needs "
                f"LibCST); the rest of the plugin: {fmt_pct(editor['overhead'] - cost / plain)}")
        busy = max(t["max_load_1min"] for t in targets.values())
        if info["cpu_count"] and busy > info["cpu_count"] - 0.5:
            log(f"WARNING: the machine was busy (1-min load average up to {busy:.1f} on "
                f"{info['cpu_count']} cores, this benchmark accounts for ~1): wall times are "
                "unreliable and CPU times noisier than usual; rerun on an idle machine.")
        log("")
        log(f"{'peak RSS':18s} {'plain':>10s} {'plugin':>10s} {'delta':>10s}")
        for name, t in targets.items():
            log(f"{name:18s} {t['plain']['rss_median_mib']:6.1f} MiB "
                f"{t['plugin']['rss_median_mib']:6.1f} MiB {t['rss_delta_mib']:+6.1f} MiB")
        m = results["memory"]
        log(f"{'memory':18s} worst delta {m['delta_mib']:+.1f} MiB ({m['worst_target']}), "
            f"bound <= +{MEMORY_BOUND_MIB:.0f} MiB: {'PASS' if m['pass'] else 'FAIL'}")
        counted = {n: t["instructions"] for n, t in targets.items() if "instructions" in t}
        if counted:
            log("")
            log(f"{'instructions':18s} {'plain':>16s} {'plugin':>16s} {'overhead':>9s}  "
                "(cachegrind: the same on a busy machine)")
            for name, c in counted.items():
                log(f"{name:18s} {c['plain']:16,d} {c['plugin']:16,d} "
                    f"{fmt_pct(c['plugin'] / c['plain'] - 1):>9s}")
    if results.get("code_action"):
        report_code_action(results["code_action"], log)
    if results.get("check"):
        report_check(results["check"], log)
    prof = results.get("profile")
    if prof:
        log("\nprofile (cProfile inflates all times; read the share, not the seconds):")
        share = prof["libcst_share"]
        log(f"  plugin total {prof['plugin_total_s']:.2f} s (run(): "
            f"{prof['plugin_run_cumtime_s']:.2f} s) of {prof['profiled_total_s']:.2f} s profiled, "
            f"of which libcst {prof['libcst_s']:.2f} s "
            f"({'n/a' if share is None else format(share * 100, '.1f') + '%'})")
        log("  top self time in plugin/libcst code:")
        for row in prof["top_self_time"]:
            log(f"    {row['self_s']:8.3f} s  {row['in']:6s} {row['function']}")
    for label, res in results.get("identical", {}).items():
        log(f"\nfindings check ({label}), normal vs {REFERENCE_ENV}=1 "
            f"(cpu normal {res['normal_cpu_s']:.1f}s, reference {res['reference_cpu_s']:.1f}s):")
        if res["reference_cpu_s"] < res["normal_cpu_s"] * 1.05:
            log(f"  note: the reference run was not slower; is {REFERENCE_ENV} honoured?")
        if res.get("note"):
            log(f"  DIFFERENT: {res['note']}")
        elif res["identical"]:
            log(f"  findings identical: {res['findings']} findings")
        elif res["findings"] == 0 and res["reference_findings"] == 0:
            log(f"  no {CODE_PREFIX} findings on either path: nothing to compare "
                "(did the plugin run?)")
        else:
            log(f"  DIFFERENT: {res['findings']} normal vs {res['reference_findings']} reference")
            for line in res["only_normal"][:20]:
                log(f"    only normal   : {line}")
            for line in res["only_reference"][:20]:
                log(f"    only reference: {line}")


if __name__ == "__main__":
    sys.exit(main())
