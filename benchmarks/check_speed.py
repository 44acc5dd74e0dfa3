"""The ``check`` step of run.py: ``flake8-httpstatus check`` beside ``flake8 --select=HTS`` on
Django's ``django/`` tree, both from the plugin venv, ``-j 1``, the result cache off (issue #22).

``flake8 --select=HTS`` still runs pycodestyle, pyflakes and mccabe on every file and throws their
findings away; ``check`` runs the checker alone over the same files. Each round runs both (the
order alternating), the CPU time (user+sys) of each from ``os.wait4``; the verdict is the ratio
of the medians, bound 0.10 (``check`` costs at most a tenth). Their findings must be the same
lines: check reports what flake8 reports.
"""

from __future__ import annotations

import collections
import statistics
from pathlib import Path
from typing import Any, Callable, Dict, List

PATHS = ["django"]
BOUND = 0.10
FLAGS = ["-j", "1", "--isolated", "--exit-zero", "--select=HTS"]


def check_step(tree: Path, bin_dir: Path, repeat: int, runs_dir: Path,
               measure: Callable[..., Any], show: Callable[..., str],
               log: Callable[[str], None]) -> Dict[str, Any]:
    """``measure(cmd, cwd, out_path, env)`` is run.py's ``run_measured``."""
    cmds = {"flake8": [str(bin_dir / "flake8"), *FLAGS, *PATHS],
            "check": [str(bin_dir / "flake8-httpstatus"), "check", *FLAGS, *PATHS]}
    env = {"FLAKE8_HTTPSTATUS_CACHE_DIR": "off"}
    for side, cmd in cmds.items():
        log(f"  {side:6s}: {show(cmd, tree, env)}")
    samples: Dict[str, List[Any]] = {"flake8": [], "check": []}
    for i in range(repeat):
        order = ("flake8", "check") if i % 2 == 0 else ("check", "flake8")
        for side in order:
            s = measure(cmds[side], tree, runs_dir / f"check-{side}-{i}.out", env)
            samples[side].append(s)
            log(f"  round {i + 1}/{repeat} {side:6s}: cpu {s.cpu:8.3f}s  wall {s.wall:8.3f}s  "
                f"rss {s.rss_mib:7.1f} MiB  {len(s.findings)} HTS")
    res: Dict[str, Any] = {"paths": PATHS, "bound": BOUND,
                           "commands": {side: show(cmd, tree, env) for side, cmd in cmds.items()}}
    for side in samples:
        res[side] = {"cpu_median_s": statistics.median(s.cpu for s in samples[side]),
                     "wall_median_s": statistics.median(s.wall for s in samples[side]),
                     "cpu_values": [s.cpu for s in samples[side]]}
    res["ratio"] = res["check"]["cpu_median_s"] / res["flake8"]["cpu_median_s"]
    res["pass"] = res["ratio"] <= BOUND
    theirs = collections.Counter(samples["flake8"][0].findings)
    ours = collections.Counter(samples["check"][0].findings)
    res["findings"] = sum(theirs.values())
    res["only_flake8"] = sorted((theirs - ours).elements())[:50]
    res["only_check"] = sorted((ours - theirs).elements())[:50]
    res["identical"] = theirs == ours
    return res


def report(res: Dict[str, Any], log: Callable[[str], None]) -> None:
    fl, ck = res["flake8"], res["check"]
    log(f"\ncheck vs flake8 --select=HTS on {' '.join(res['paths'])}/ (-j 1, result cache off; "
        "CPU medians):")
    log(f"  flake8 --select=HTS  cpu {fl['cpu_median_s']:7.3f}s  wall {fl['wall_median_s']:7.3f}s")
    log(f"  flake8-httpstatus check  cpu {ck['cpu_median_s']:7.3f}s  "
        f"wall {ck['wall_median_s']:7.3f}s")
    log(f"  check / flake8 = {res['ratio']:.3f} (bound <= {res['bound']:.2f}): "
        f"{'PASS' if res['pass'] else 'FAIL'}")
    if res["identical"]:
        log(f"  findings identical: {res['findings']} lines")
    else:
        log("  DIFFERENT findings:")
        for line in res["only_flake8"][:20]:
            log(f"    only flake8: {line}")
        for line in res["only_check"][:20]:
            log(f"    only check : {line}")
