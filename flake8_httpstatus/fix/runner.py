"""Running a command over its files, shared by ``fix`` and ``check``: ``--jobs`` and the pool of
processes, with the outcomes reported in the order of the files whatever the number of jobs."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, List, Optional, Protocol, Tuple, Union

from flake8_httpstatus import PROG
from flake8_httpstatus.fix.files import STDIN, discover
from flake8_httpstatus.fix.report import Progress
from flake8_httpstatus.fix.settings import Settings, SettingsError
from flake8_httpstatus.options import OptionError
from flake8_httpstatus.rules import RULES

#: Below this many files ``--jobs`` starts no processes: starting them costs more.
PARALLEL_MIN_FILES = 16


class Job(Protocol):
    """What every file is handled with; built once per process (each worker builds its own)."""

    @property
    def args(self) -> argparse.Namespace: ...

    def __call__(self, path: str) -> Any: ...


class Report(Protocol):
    progress: Progress

    def add(self, outcome: Any) -> None: ...


JobFactory = Callable[[argparse.Namespace], Job]


def start(args: argparse.Namespace, load: Callable[[argparse.Namespace], Settings],
          paths: List[str]) -> Union[int, Tuple[Settings, List[str]]]:
    """A command's settings (``load``) and the files it runs over; the exit code 2, the error
    printed, where the settings are wrong."""
    try:
        settings = load(args)
    except (SettingsError, OptionError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    for warning in settings.warnings:
        print(warning, file=sys.stderr)
    if not any(settings.reported("x.py", code) for code in RULES):
        print(f"{PROG}: warning: flake8's select/ignore turn off every HTS code, so nothing is "
              "reported or rewritten (add extend-select = HTS to the [flake8] section)",
              file=sys.stderr)
    if getattr(args, "verbose", False):
        for note in settings.notes:
            print(f"{PROG}: {note}", file=sys.stderr)
    return settings, discover(paths, settings.exclude, settings.filename,
                              args.stdin_display_name)


def jobs(value: str) -> int:
    """``--jobs``: a number of processes, or ``auto`` (one per CPU, as flake8)."""
    if value.strip().lower() == "auto":
        return os.cpu_count() or 1
    if not value.strip().isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not auto or a whole number from 1")
    return int(value)


_WORKER: Optional[Job] = None


def _start_worker(factory: JobFactory, args: argparse.Namespace) -> None:
    global _WORKER
    _WORKER = factory(args)


def _in_worker(path: str) -> Any:
    assert _WORKER is not None
    return _WORKER(path)


def run_all(files: List[str], job: Job, report: Report, factory: JobFactory) -> bool:
    """``run_files``, the progress line closed after it; False where the user interrupted it
    (said on stderr)."""
    try:
        run_files(files, job, report, factory)
    except KeyboardInterrupt:
        report.progress.close()
        print(f"{PROG}: interrupted", file=sys.stderr)
        return False
    report.progress.close()
    return True


def run_files(files: List[str], job: Job, report: Report, factory: JobFactory) -> None:
    """``job`` on each file (stdin first, in this process), each outcome to ``report`` in the
    order of ``files``; with ``--jobs`` above 1 and enough files, in worker processes that each
    build their job with ``factory(args)``."""
    serial = [f for f in files if f == STDIN]
    rest = [f for f in files if f != STDIN]
    for path in serial:
        report.progress.step(path)
        report.add(job(path))
    if job.args.jobs <= 1 or len(rest) < PARALLEL_MIN_FILES:
        for path in rest:
            report.progress.step(path)
            report.add(job(path))
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else methods[0])
    with ProcessPoolExecutor(max_workers=min(job.args.jobs, len(rest)), mp_context=context,
                             initializer=_start_worker, initargs=(factory, job.args)) as pool:
        try:
            for path, outcome in zip(rest, pool.map(_in_worker, rest, chunksize=4)):
                report.progress.step(path)
                report.add(outcome)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
