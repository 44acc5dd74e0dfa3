"""``flake8-httpstatus fix PATH...``: rewrite bare status literals into named constants (and
renamed constants into their new names).

The console script's other commands: ``check`` (``fix.check``: report what flake8 would), and
``rules`` and ``rule CODE`` (``explain``).

Exit codes: 0 nothing to change, 1 changed (or, with ``--check``/``--diff``, would change), 2 usage
or input error (bad option, unreadable file, syntax error, failed self-check). Messages go to
stderr, one line each; with ``-`` as PATH the result goes to stdout.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from flake8_httpstatus import PROG
from flake8_httpstatus import __version__, explain
from flake8_httpstatus.fix.check import add_parser as add_check_parser
from flake8_httpstatus.fix.check import check_command
from flake8_httpstatus.fix.files import STDIN, read_bytes, write_atomic
from flake8_httpstatus.fix.fixer import (
    FixError,
    FixOptions,
    FixResult,
    Left,
    check_source,
    fix_source,
)
from flake8_httpstatus.fix.line_length import LineLength
from flake8_httpstatus.fix.runner import jobs, run_all, start
from flake8_httpstatus.fix.report import Progress, Summary, plural, unified_diff
from flake8_httpstatus.fix.settings import Settings, add_arguments, load_settings
from flake8_httpstatus.fix.sorting import sort_style
from flake8_httpstatus.rules import RULES, UNSAFE_FIXES, Fixability

#: The rules ``fix`` rewrites only when asked, each by its own option (``--fix-phrases``).
ON_REQUEST = [rule for rule in RULES.values() if rule.fixability == Fixability.ON_REQUEST]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Find bare HTTP status numbers and rewrite them as named constants.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    fix = commands.add_parser(
        "fix", help="rewrite what HTS001 and HTS008 report: literals into named constants, "
                    "renamed constants into their new names",
        description="Rewrite in place every literal that HTS001 reports into the suggested "
                    "constant, adding the import it needs, and every constant HTS008 reports "
                    "into its new name. Exit 0: nothing to change; 1: changed or would change; "
                    "2: usage or input error.")
    fix.add_argument("paths", nargs="+", metavar="PATH",
                     help="files and directories (walked for *.py like flake8); - reads stdin "
                          "and writes the result to stdout")
    mode = fix.add_argument_group("what to do")
    mode.add_argument("--diff", action="store_true",
                      help="print a unified diff to stdout and write nothing")
    mode.add_argument("--check", action="store_true",
                      help="write nothing; exit 1 when something would change")
    mode.add_argument(UNSAFE_FIXES, action="store_true",
                      help="also apply the unsafe fixes, which may change what the program "
                           "prints or sends (each is listed with its reason otherwise), and "
                           "those of the rules fixed on request ("
                           + ", ".join(rule.code for rule in ON_REQUEST) + ")")
    for rule in ON_REQUEST:
        mode.add_argument(rule.fix_flag or "", action="store_true",
                          help=f"also rewrite {rule.code} findings ({rule.summary}); "
                               f"implied by {UNSAFE_FIXES}")
    mode.add_argument("--stdin-display-name", metavar="NAME", default="stdin",
                      help="the name shown for - in messages (default: stdin)")
    mode.add_argument("-q", "--quiet", action="store_true",
                      help="no progress bar and no line per rewritten file")
    mode.add_argument("-j", "--jobs", type=jobs, default="auto", metavar="N",
                      help="processes to fix files in: a number, or auto for one per CPU "
                           "(default: auto, as flake8); the result is the same as with -j 1")
    add_arguments(fix)
    add_check_parser(commands)
    commands.add_parser("rules", help="list the codes: name, reported by default, fixable",
                        description="List every code, one line each: its name, whether flake8 "
                                    "reports it by default and what fix does with it.")
    explained = commands.add_parser(
        "rule", help="explain one code (its page of docs/rules.md)",
        description="Print what the rule reports, why, an example, what to write instead, what "
                    "fix does and its options.")
    explained.add_argument("code", metavar="CODE", help="a code, e.g. HTS004")
    return parser


def _dest(flag: str) -> str:
    """argparse's attribute for ``--fix-phrases``."""
    return flag.lstrip("-").replace("-", "_")


def _write_stdout(data: bytes) -> None:
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        buffer.write(data)
        buffer.flush()
    else:
        sys.stdout.write(data.decode("utf-8", errors="replace"))
        sys.stdout.flush()


def _read(path: str) -> bytes:
    if path == STDIN:
        return sys.stdin.buffer.read()
    return read_bytes(path)


@dataclass(frozen=True)
class Outcome:
    """What became of one file, for the report (made in a worker process when ``--jobs``)."""

    name: str
    error: str = ""
    skipped: str = ""
    left: Tuple[Left, ...] = ()
    rewritten: int = 0
    longer: int = 0
    line_length: LineLength = LineLength()  # what ``longer`` counts against
    #: what goes to stdout: a diff, or the (fixed) text of ``-``
    output: bytes = b""


@dataclass(frozen=True)
class _Job:
    """What every file is fixed with; built once per process (each worker builds its own)."""

    args: argparse.Namespace
    settings: Settings

    @property
    def fix_flags(self) -> List[str]:
        return [flag for flag in (UNSAFE_FIXES, *(rule.fix_flag for rule in ON_REQUEST))
                if flag and getattr(self.args, _dest(flag))]

    def __call__(self, path: str) -> Outcome:
        """Read, fix and (unless --check, --diff or stdin) write one file."""
        name = self.args.stdin_display_name if path == STDIN else path
        try:
            data = _read(path)
        except OSError as exc:
            return Outcome(name, f"cannot read: {exc.strerror or exc}")
        filters = path == STDIN and not (self.args.check or self.args.diff)
        echo = data if filters else b""  # a filter never loses its input
        try:
            result = self._result(path, name, data)
        except FixError as exc:
            return Outcome(name, str(exc), output=echo)
        except Exception as exc:  # a bug: one line, the run goes on
            return Outcome(name, f"internal error, please report it: {type(exc).__name__}: {exc}",
                           output=echo)
        return self._finish(path, name, result, result.fixed if filters else b"")

    def _result(self, path: str, name: str, data: bytes) -> FixResult:
        """``data`` fixed, or with --check (and no --diff) only what would change."""
        where = os.path.dirname(os.path.abspath(name if path == STDIN else path))
        fix = check_source if self.args.check and not self.args.diff else fix_source
        return fix(data, self.settings.config, FixOptions(
            self.fix_flags, lambda code: self.settings.reported(name, code),
            self.settings.line_length(where), sort_style(where), name))

    def _finish(self, path: str, name: str, result: FixResult, output: bytes) -> Outcome:
        """The outcome once the change is shown (--diff) or written (a file, not --check)."""
        if result.changed and self.args.diff:
            old = result.original.decode(result.encoding)
            new = result.fixed.decode(result.encoding)
            output = unified_diff(name, old, new).encode("utf-8", errors="surrogateescape")
        elif result.changed and not self.args.check and path != STDIN:
            try:
                write_atomic(path, result.fixed)
            except OSError as exc:
                return Outcome(name, f"cannot write: {exc.strerror or exc}",
                               skipped=result.skipped or "", left=result.left)
        return Outcome(name, "", result.skipped or "", result.left,
                       len(result.rewritten) if result.changed else 0, result.longer,
                       result.line_length, output)


def _fix_job(args: argparse.Namespace) -> _Job:
    return _Job(args, load_settings(args))


class _Report:
    """Prints each file's outcome as it comes, in the order of the files, and the summary."""

    def __init__(self, args: argparse.Namespace, settings: Settings, progress: Progress) -> None:
        self.args = args
        self.progress = progress
        self.summary = Summary("would rewrite" if args.check or args.diff else "rewrote")
        self.exit_code = 0

    def add(self, outcome: Outcome) -> None:
        if outcome.output:
            _write_stdout(outcome.output)
        if outcome.skipped:
            self.progress.message(f"{outcome.name}: warning: {outcome.skipped}")
        self.summary.left.extend((outcome.name, left) for left in outcome.left)
        if outcome.error:
            self.progress.message(f"{outcome.name}: error: {outcome.error}")
            self.summary.errors += 1
            self.exit_code = 2
            return
        if not outcome.rewritten:
            return
        self.summary.findings += outcome.rewritten
        self.summary.files += 1
        self.summary.add_longer(outcome.line_length, outcome.longer)
        self.exit_code = max(self.exit_code, 1)
        if not self.args.quiet:
            self.progress.message(
                f"{self.summary.verb} {outcome.name} ({plural(outcome.rewritten, 'finding')})")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else 2
    if args.command == "rules":
        return explain.show_rules()
    if args.command == "rule":
        return explain.show_rule(args.code)
    if args.command == "check":
        return check_command(args)
    if args.command != "fix":
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: a command is required: check, fix, rules or rule", file=sys.stderr)
        return 2
    return _fix_command(args)


def _fix_command(args: argparse.Namespace) -> int:
    """``fix PATH...``: the exit code."""
    started = start(args, load_settings, args.paths)
    if isinstance(started, int):
        return started
    settings, files = started
    if STDIN in args.paths and STDIN not in files and not (args.check or args.diff):
        _write_stdout(sys.stdin.buffer.read())  # excluded by name: passed through unchanged
    progress = Progress(sys.stderr, len(files), enabled=sys.stderr.isatty() and not args.quiet)
    report = _Report(args, settings, progress)
    if not run_all(files, _Job(args, settings), report, _fix_job):
        return 130
    for line in report.summary.lines():
        print(line, file=sys.stderr)
    return report.exit_code


__all__ = ["build_parser", "main"]
