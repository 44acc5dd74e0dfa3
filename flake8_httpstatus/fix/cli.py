"""``flake8-httpstatus fix PATH...``: rewrite bare status literals into named constants.

Exit codes: 0 nothing to change, 1 changed (or, with ``--check``/``--diff``, would change), 2 usage
or input error (bad option, unreadable file, syntax error, failed self-check). Messages go to
stderr, one line each; with ``-`` as PATH the result goes to stdout.
"""

from __future__ import annotations

import argparse
import sys
from typing import List, Optional, Sequence

from flake8_httpstatus import __version__
from flake8_httpstatus.fix.files import STDIN, discover, read_bytes, write_atomic
from flake8_httpstatus.fix.fixer import FixError, FixResult, fix_source
from flake8_httpstatus.fix.report import Progress, Summary, plural, unified_diff
from flake8_httpstatus.fix.settings import Settings, SettingsError, add_arguments, load_settings
from flake8_httpstatus.options import OptionError
from flake8_httpstatus.rules import RULES, Fixability

#: The rules ``fix`` rewrites only when asked, each by its own option (``--fix-phrases``).
ON_REQUEST = [rule for rule in RULES.values() if rule.fixability == Fixability.ON_REQUEST]

PROG = "flake8-httpstatus"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Find bare HTTP status numbers and rewrite them as named constants.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    fix = commands.add_parser(
        "fix", help="rewrite every literal HTS001 reports into its named constant",
        description="Rewrite in place every literal that HTS001 reports into the suggested "
                    "constant, adding the import it needs. Exit 0: nothing to change; 1: changed "
                    "or would change; 2: usage or input error.")
    fix.add_argument("paths", nargs="+", metavar="PATH",
                     help="files and directories (walked for *.py like flake8); - reads stdin "
                          "and writes the result to stdout")
    mode = fix.add_argument_group("what to do")
    mode.add_argument("--diff", action="store_true",
                      help="print a unified diff to stdout and write nothing")
    mode.add_argument("--check", action="store_true",
                      help="write nothing; exit 1 when something would change")
    for rule in ON_REQUEST:
        mode.add_argument(rule.fix_flag or "", action="store_true",
                          help=f"also rewrite {rule.code} findings ({rule.summary})")
    mode.add_argument("--stdin-display-name", metavar="NAME", default="stdin",
                      help="the name shown for - in messages (default: stdin)")
    mode.add_argument("-q", "--quiet", action="store_true",
                      help="no progress bar and no line per rewritten file")
    add_arguments(fix)
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


class _Run:
    def __init__(self, args: argparse.Namespace, settings: Settings, progress: Progress) -> None:
        self.args = args
        self.settings = settings
        self.progress = progress
        self.summary = Summary("would rewrite" if args.check or args.diff else "rewrote",
                               max_line_length=settings.max_line_length)
        self.exit_code = 0
        self.fix_flags = [rule.fix_flag for rule in ON_REQUEST
                          if rule.fix_flag and getattr(args, _dest(rule.fix_flag))]

    def _error(self, name: str, message: str) -> None:
        self.progress.message(f"{name}: error: {message}")
        self.summary.errors += 1
        self.exit_code = 2

    def one(self, path: str) -> None:
        name = self.args.stdin_display_name if path == STDIN else path
        try:
            data = _read(path)
        except OSError as exc:
            self._error(name, f"cannot read: {exc.strerror or exc}")
            return
        try:
            result = fix_source(data, self.settings.config, fix_flags=self.fix_flags,
                                max_line_length=self.settings.max_line_length,
                                reported=lambda code: self.settings.reported(name, code))
        except FixError as exc:
            self._error(name, str(exc))
            result = None
        except Exception as exc:  # a bug: one line, the run goes on
            self._error(name, f"internal error, please report it: {type(exc).__name__}: {exc}")
            result = None
        if result is None:
            if path == STDIN and not (self.args.check or self.args.diff):
                _write_stdout(data)  # a filter never loses its input
            return
        self._report(path, name, result)

    def _report(self, path: str, name: str, result: FixResult) -> None:
        args = self.args
        if result.skipped:
            self.progress.message(f"{name}: warning: {result.skipped}")
        self.summary.left.extend((name, left) for left in result.left)
        if path == STDIN and not (args.check or args.diff):
            _write_stdout(result.fixed)
        if not result.changed:
            return
        if args.diff:
            old = result.original.decode(result.encoding)
            new = result.fixed.decode(result.encoding)
            _write_stdout(unified_diff(name, old, new).encode("utf-8", errors="surrogateescape"))
        elif not args.check and path != STDIN:
            try:
                write_atomic(path, result.fixed)
            except OSError as exc:
                self._error(name, f"cannot write: {exc.strerror or exc}")
                return
        self.summary.literals += len(result.rewritten)
        self.summary.files += 1
        self.summary.longer += result.longer
        self.exit_code = max(self.exit_code, 1)
        if not args.quiet:
            self.progress.message(
                f"{self.summary.verb} {name} ({plural(len(result.rewritten), 'literal')})")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else 2
    if args.command != "fix":
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: a command is required: fix", file=sys.stderr)
        return 2
    try:
        settings = load_settings(args)
    except (SettingsError, OptionError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    for warning in settings.warnings:
        print(warning, file=sys.stderr)
    files: List[str] = discover(args.paths, settings.exclude, settings.filename,
                                args.stdin_display_name)
    if STDIN in args.paths and STDIN not in files and not (args.check or args.diff):
        _write_stdout(sys.stdin.buffer.read())  # excluded by name: passed through unchanged
    progress = Progress(sys.stderr, len(files), enabled=sys.stderr.isatty() and not args.quiet)
    run = _Run(args, settings, progress)
    try:
        for path in files:
            progress.step(path)
            run.one(path)
    except KeyboardInterrupt:
        progress.close()
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    progress.close()
    for line in run.summary.lines():
        print(line, file=sys.stderr)
    return run.exit_code


__all__ = ["build_parser", "main"]
