"""How fast is ``flake8-httpstatus fix`` on a real code base, next to plain flake8?

    python benchmarks/fix_speed.py [--repeat 3] [--corpus PATH]

Downloads the pinned Django sdist once (cached under benchmarks/.cache/, like run.py) and builds
run.py's plain-flake8 venv. Then, each round, on copies of the tree (the project taken from this
checkout, run with the interpreter that runs this script, the result cache off):

* ``flake8 -j 1 --isolated --exit-zero`` of the plain venv: the yardstick;
* ``fix --check -j 1``: must cost at most 0.15x the CPU of plain flake8;
* ``fix -j 1`` (writes a copy): at most 2x the CPU of ``--check``;
* ``fix -j auto`` on another copy: wall time, and the same summary and the same files as -j 1.

Prints the medians, the ratios against their bounds, and the fixer's summary. ``--corpus``
measures a tree of your own instead. Stdlib only.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List, Sequence, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CACHE_DIR, BenchError, ensure_venv, sdist_tree, venv_bin  # noqa: E402
from run import FLAKE8_PIN  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DJANGO = ("Django", "5.2.8")
CHECK_BOUND = 0.15  # fix --check CPU / plain flake8 CPU
FIX_BOUND = 2.0  # fix CPU / fix --check CPU


def count_py(tree: Path) -> int:
    return sum(1 for _ in tree.rglob("*.py"))


def timed(command: Sequence[str], cwd: Path, env: dict) -> Tuple[float, float, str]:
    """(wall seconds, CPU seconds of the child, its stderr)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(list(command), cwd=cwd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode not in (0, 1, 2) or "Traceback" in result.stderr:
        raise BenchError(f"{command[0]} ... exited {result.returncode}: "
                         f"{result.stderr.strip()[-500:]}")
    return wall, cpu, result.stderr


def summary_of(stderr: str) -> str:
    return next((line for line in stderr.splitlines()
                 if line.startswith(("would rewrite", "rewrote"))), "")


def same_trees(left: Path, right: Path) -> bool:
    comparison = filecmp.dircmp(left, right)
    if comparison.left_only or comparison.right_only or comparison.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    return not mismatch and not errors and all(
        same_trees(left / name, right / name) for name in comparison.common_dirs)


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, help="a tree of your own instead of Django")
    args = parser.parse_args(argv)
    try:
        tree = args.corpus or sdist_tree(*DJANGO)
        plain = venv_bin(ensure_venv(CACHE_DIR / "venvs" / "plain-fix-speed", [FLAKE8_PIN]))
    except BenchError as exc:
        print(f"fix_speed: {exc}", file=sys.stderr)
        return 2
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FLAKE8_HTTPSTATUS_CACHE_DIR": "off"}
    fix = [sys.executable, "-m", "flake8_httpstatus", "fix", "--isolated", "-q"]
    files = count_py(tree)
    print(f"corpus: {tree} ({files} .py files); {os.cpu_count()} cores; "
          f"Python {sys.version.split()[0]}")
    flake8_cpu, check_cpu, fix_cpu, parallel_wall, serial_wall = [], [], [], [], []
    summary = ""
    for index in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="fix-speed-") as work:
            serial, parallel = Path(work) / "serial", Path(work) / "parallel"
            shutil.copytree(tree, serial)
            shutil.copytree(tree, parallel)
            try:
                _, base, _ = timed([str(plain / "flake8"), "-j", "1", "--isolated", "--exit-zero",
                                    "."], serial, env)
                _, check, out = timed([*fix, "--check", "-j", "1", "."], serial, env)
                wall, written, out = timed([*fix, "-j", "1", "."], serial, env)
                pwall, _, pout = timed([*fix, "-j", "auto", "."], parallel, env)
            except BenchError as exc:
                print(f"fix_speed: {exc}", file=sys.stderr)
                return 2
            if summary_of(out) != summary_of(pout) or not same_trees(serial, parallel):
                print("fix_speed: -j auto and -j 1 differ", file=sys.stderr)
                return 3
        summary = summary_of(out)
        flake8_cpu.append(base)
        check_cpu.append(check)
        fix_cpu.append(written)
        serial_wall.append(wall)
        parallel_wall.append(pwall)
        print(f"  round {index + 1}: flake8 {base:.2f} s CPU, fix --check {check:.2f} s, "
              f"fix {written:.2f} s; fix wall -j 1 {wall:.2f} s, -j auto {pwall:.2f} s")
    base, check, written = (statistics.median(v) for v in (flake8_cpu, check_cpu, fix_cpu))
    print(f"median CPU: plain flake8 -j 1 {base:.2f} s, fix --check {check:.2f} s, "
          f"fix {written:.2f} s ({files / check:.0f} files/s checked)")
    print(f"fix --check / flake8: {check / base:.3f}x (bound {CHECK_BOUND}x)")
    print(f"fix / fix --check: {written / check:.2f}x (bound {FIX_BOUND}x)")
    print(f"fix wall: -j 1 {statistics.median(serial_wall):.2f} s, -j auto "
          f"{statistics.median(parallel_wall):.2f} s (identical results)")
    print(f"fixer: {summary.rstrip(':') if summary else 'nothing to rewrite'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
