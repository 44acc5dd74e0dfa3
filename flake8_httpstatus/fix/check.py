"""``flake8-httpstatus check [PATH ...]``: the checker on its own, for a project that runs ruff
(which runs no flake8 plugin) or wants the HTS codes without the rest of flake8.

It reports exactly what ``flake8`` with the same settings reports of the HTS codes -- ``check
--select=HTS`` what ``flake8 --select=HTS`` does -- in flake8's line format or another
(``formats``): the same files (``fix``'s discovery, which is flake8's), the same settings (flake8's
config file, then ``[tool.flake8-httpstatus]`` in pyproject.toml, then the command line), the same
selection (flake8's own decision engine over ``select``, ``ignore``, ``extend-select``,
``extend-ignore`` and ``per-file-ignores``; HTS009 and HTS010 only when selected), the same
``# noqa`` (``fix.noqa``) and the same checker entry point, on the lines flake8 reads.

Exit codes: 0 nothing reported, 1 something reported, 2 usage or input error. A file Python cannot
parse is an input error (one line on stderr, ``path: error: syntax error: line N: ...``; the other
files are still checked), where flake8 reports E999, which ``--select=HTS`` does not show. A file
that holds nothing a finding needs (no number in 100-599, no status name) is not parsed at all, so
its syntax errors go unreported, as with ``flake8 --select=HTS``. A file LibCST cannot parse
is checked as far as it goes, as flake8 does, with a warning on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from typing import Any, List, Optional, Tuple

from flake8_httpstatus import PROG
from flake8_httpstatus.fix.files import STDIN, read_bytes
from flake8_httpstatus.fix.fixer import FixError, checked_findings, decode, shown_findings
from flake8_httpstatus.fix.formats import FORMATS, Shown, render
from flake8_httpstatus.fix.report import Progress, plural
from flake8_httpstatus.fix.runner import jobs, run_all, start
from flake8_httpstatus.fix.settings import Settings, add_arguments, load_settings
from flake8_httpstatus.lines import universal_lines

#: flake8's selection options, given on ``check``'s command line -> the ``[flake8]`` key.
SELECTION = ("select", "ignore", "extend-select", "extend-ignore", "per-file-ignores")


def add_parser(commands: Any) -> None:
    """The ``check`` subcommand of the console script."""
    check = commands.add_parser(
        "check", help="report what flake8 --select=HTS reports, without flake8's other checks",
        description="Report the HTS findings flake8 would report with the same settings (its "
                    "config file, pyproject.toml's [tool.flake8-httpstatus], the command line). "
                    "Exit 0: nothing reported; 1: something reported; 2: usage or input error.")
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="files and directories (walked for *.py like flake8; default: .); "
                            "- reads stdin")
    out = check.add_argument_group("what to report, and how")
    for name in SELECTION:
        out.add_argument(f"--{name}", metavar="CODES" if name != "per-file-ignores" else "SPEC",
                         default=None, help=f"as flake8's --{name}")
    out.add_argument("--output-format", choices=FORMATS, default="default",
                     help="default: flake8's lines; json; github: workflow annotations; gitlab: "
                          "a code-quality report; sarif: SARIF 2.1.0 (default: default)")
    out.add_argument("--output-file", metavar="FILE", default=None,
                     help="write the report to FILE instead of stdout")
    out.add_argument("--exit-zero", action="store_true",
                     help="exit 0 even when something is reported (errors still exit 2)")
    out.add_argument("--stdin-display-name", metavar="NAME", default="stdin",
                     help="the name shown for - (default: stdin)")
    out.add_argument("-j", "--jobs", type=jobs, default="auto", metavar="N",
                     help="processes to check files in: a number, or auto for one per CPU "
                          "(default: auto, as flake8); the result is the same as with -j 1")
    add_arguments(check)


def check_settings(args: argparse.Namespace) -> Settings:
    """``fix``'s settings, with the selection options of the command line over the config's."""
    overrides = {name: getattr(args, name.replace("-", "_")) for name in SELECTION
                 if getattr(args, name.replace("-", "_")) is not None}
    return load_settings(args, overrides=overrides)


@dataclass(frozen=True)
class Checked:
    """What checking one file gave (made in a worker process with ``--jobs``)."""

    name: str
    shown: Tuple[Shown, ...] = ()
    error: str = ""
    warning: str = ""


def _text(data: bytes) -> str:
    """The source as flake8 reads it: its declared (or UTF-8) encoding, else latin-1."""
    try:
        return decode(data)[0]
    except FixError:
        return data.decode("latin-1")


@dataclass(frozen=True)
class _Job:
    args: argparse.Namespace
    settings: Settings

    def __call__(self, path: str) -> Checked:
        name = self.args.stdin_display_name if path == STDIN else path
        try:
            data = sys.stdin.buffer.read() if path == STDIN else read_bytes(path)
        except OSError as exc:
            return Checked(name, error=f"cannot read: {exc.strerror or exc}")
        text = _text(data)
        try:
            found, skipped, _ = checked_findings(text, self.settings.config, name)
        except FixError as exc:
            return Checked(name, error=str(exc))
        except Exception as exc:  # a bug: one line, the run goes on
            return Checked(name, error=f"internal error, please report it: "
                                       f"{type(exc).__name__}: {exc}")
        found = shown_findings(text, found, lambda code: self.settings.reported(name, code))
        lines = universal_lines(text) if found else []
        shown = tuple(Shown(name, f, lines[f.line - 1].rstrip("\r\n") if f.line <= len(lines)
                            else "") for f in found)
        return Checked(name, shown, warning=skipped or "")


def _check_job(args: argparse.Namespace) -> _Job:
    return _Job(args, check_settings(args))


class _Report:
    """Collects the findings in the order of the files; errors and warnings go to stderr as they
    come."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.shown: List[Shown] = []
        self.errors = 0

    def add(self, outcome: Checked) -> None:
        if outcome.warning:
            self.progress.message(f"{outcome.name}: warning: {outcome.warning}")
        if outcome.error:
            self.progress.message(f"{outcome.name}: error: {outcome.error}")
            self.errors += 1
        self.shown.extend(outcome.shown)


def _write(args: argparse.Namespace, text: str) -> Optional[str]:
    """The report to --output-file or stdout; the error, if writing failed."""
    if args.output_file is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return None
    try:
        directory = os.path.dirname(os.path.abspath(args.output_file))
        os.makedirs(directory, exist_ok=True)
        with open(args.output_file, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as exc:
        return f"{PROG}: error: cannot write {args.output_file}: {exc.strerror or exc}"
    return None


def check_command(args: argparse.Namespace) -> int:
    """``check PATH...``: the exit code."""
    started = start(args, check_settings, args.paths or ["."])
    if isinstance(started, int):
        return started
    settings, files = started
    progress = Progress(sys.stderr, len(files), enabled=sys.stderr.isatty())
    report = _Report(progress)
    if not run_all(files, _Job(args, settings), report, _check_job):
        return 130
    failed = _write(args, render(args.output_format, report.shown))
    if failed:
        print(failed, file=sys.stderr)
        return 2
    if report.errors:
        print(f"{PROG}: {plural(report.errors, 'file')} could not be checked", file=sys.stderr)
        return 2
    return 1 if report.shown and not args.exit_zero else 0


__all__ = ["add_parser", "check_command", "check_settings"]
