"""The plugin's own cost on a source tree, in one process: every ``.py`` file read and parsed
first, then given to ``HttpStatusChecker`` as flake8 gives it (its ``ast`` tree, its lines, its
path), with a fresh, empty result cache; prints the CPU seconds of the plugin's calls and the
findings. ``--without`` reads and parses the same files but calls nothing: run both under
``valgrind --tool=cachegrind --cache-sim=no`` (with ``PYTHONHASHSEED=0``) and the difference of
their instruction counts is the plugin's, LibCST's import included -- a figure the machine's
load does not move::

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        python benchmarks/in_process.py DIR [--without]

Stdlib and the package only; Python >= 3.9.
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
import tempfile
import time
from typing import List, Sequence, Tuple

Parsed = Tuple[str, List[str], ast.Module]


def parsed_files(root: str) -> List[Parsed]:
    """(path, lines, tree) of every ``.py`` file under ``root`` Python can parse, in a stable
    order (those it cannot are left out, as flake8 reports them E999 and runs no plugin)."""
    found: List[Parsed] = []
    for directory, subdirectories, names in os.walk(root):
        subdirectories.sort()
        for name in sorted(names):
            if not name.endswith(".py"):
                continue
            path = os.path.join(directory, name)
            try:
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
                found.append((path, text.splitlines(True), ast.parse(text)))
            except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
                continue
    return found


def run_plugin(files: Sequence[Parsed]) -> Tuple[float, int]:
    """CPU seconds of the plugin's calls over ``files``, and how many findings they gave."""
    from flake8_httpstatus.options import Config
    from flake8_httpstatus.plugin import HttpStatusChecker

    with tempfile.TemporaryDirectory() as cache:
        HttpStatusChecker.config = Config(cache_dir=cache)
        start = time.process_time()
        found = sum(len(list(HttpStatusChecker(tree, lines, path).run()))
                    for path, lines, tree in files)
        return time.process_time() - start, found


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("root", help="a source tree (Django's django/, say)")
    parser.add_argument("--without", action="store_true",
                        help="read and parse the files only: the baseline of a count")
    args = parser.parse_args(argv)
    files = parsed_files(args.root)
    if args.without:
        print(f"{len(files)} files read and parsed; the plugin not called")
        return 0
    seconds, found = run_plugin(files)
    print(f"{len(files)} files: the plugin {seconds:.3f} s CPU, {found} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
