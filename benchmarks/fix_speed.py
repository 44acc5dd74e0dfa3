"""How fast is ``flake8-httpstatus fix --check`` on a real code base?

    python benchmarks/fix_speed.py [--repeat 3] [--corpus PATH]

Downloads the pinned Django sdist once (cached under benchmarks/.cache/, like run.py), runs
``python -m flake8_httpstatus fix --check --isolated -q`` on its tree with the interpreter that runs
this script (the project is taken from this checkout), and prints files per second (median of the
runs), CPU seconds and the fixer's own summary line. ``--corpus`` measures a tree of your own
instead. Stdlib only.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BenchError, sdist_tree  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DJANGO = ("Django", "5.2.8")


def count_py(tree: Path) -> int:
    return sum(1 for _ in tree.rglob("*.py"))


def run_once(tree: Path) -> tuple[float, float, int, str]:
    """(wall seconds, CPU seconds of the child, exit status, last stderr line)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "flake8_httpstatus", "fix", "--check", "--isolated", "-q", str(tree)],
        capture_output=True, text=True, env=env,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = next((line for line in result.stderr.splitlines() if line.startswith("would rewrite")),
                   "")
    # 2 with a summary: some files had errors (Django ships a test file with a deliberate syntax
    # error), the rest was checked; without a summary the command itself failed.
    if result.returncode not in (0, 1) and not summary:
        raise BenchError(f"fix --check exited {result.returncode}: {result.stderr.strip()[-500:]}")
    return wall, cpu, result.returncode, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, help="a tree of your own instead of Django")
    args = parser.parse_args(argv)
    try:
        tree = args.corpus or sdist_tree(*DJANGO)
    except BenchError as exc:
        print(f"fix_speed: {exc}", file=sys.stderr)
        return 2
    files = count_py(tree)
    print(f"corpus: {tree} ({files} .py files); {os.cpu_count()} cores; Python {sys.version.split()[0]}")
    print(f"command: {sys.executable} -m flake8_httpstatus fix --check --isolated -q {tree}")
    walls, cpus = [], []
    summary = ""
    for index in range(args.repeat):
        try:
            wall, cpu, _, summary = run_once(tree)
        except BenchError as exc:
            print(f"fix_speed: {exc}", file=sys.stderr)
            return 2
        walls.append(wall)
        cpus.append(cpu)
        print(f"  run {index + 1}: {wall:.2f} s wall, {cpu:.2f} s CPU, {files / wall:.0f} files/s")
    wall = statistics.median(walls)
    print(f"median: {wall:.2f} s wall, {statistics.median(cpus):.2f} s CPU, {files / wall:.0f} files/s")
    print(f"fixer: {summary.rstrip(':') if summary else 'nothing to rewrite'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
