"""``fix``: source bytes in, rewritten source bytes and a report out. Pure: no file system.

What to write comes from the checker's findings (the fixer reads only each rule's fixability).
It applies ``finding.suggestion.replacement`` at the finding's span, adds the import the
replacement needs, leaves alone what ``# noqa`` hides from flake8, refuses where the name it would
write is bound to something else anywhere in the module (or spells it another way: ``scope``),
drops a trailing comment that only restated a rewritten number (``comments``), and checks its own
result (``verify``) before handing it back. All edits are text splices into the decoded source, so every byte outside them --
encoding, BOM, newlines, tabs, other comments, trailing whitespace -- stays as it was.
"""

from __future__ import annotations

import ast
import io
import tokenize
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Collection, Iterator, List, Optional, Sequence, Tuple, Union

from flake8_httpstatus import checker
from flake8_httpstatus.findings import Finding
from flake8_httpstatus.fix.comments import Dropped
from flake8_httpstatus.fix.noqa import Noqa
from flake8_httpstatus.fix.imports import ImportPlan
from flake8_httpstatus.fix.line_length import LineLength, made_longer
from flake8_httpstatus.fix.plan import apply_plan, fitted_plan
from flake8_httpstatus.fix.sorting import SortStyle
from flake8_httpstatus.fix.verify import Rewrite, Span, verify
from flake8_httpstatus.lines import line_starts, universal_lines
from flake8_httpstatus.options import Config
from flake8_httpstatus.imports import Package
from flake8_httpstatus.words import may_call_project, may_hold_findings
from flake8_httpstatus.rules import RULES, UNSAFE_FIXES, Fixability


class FixError(Exception):
    """The source cannot be fixed (undecodable, syntax error, failed self-check). One-line str()."""


@dataclass(frozen=True)
class Left:
    """A finding ``fix`` did not rewrite, and why (empty: never rewritten automatically)."""

    finding: Finding
    reason: str = ""

    @property
    def text(self) -> str:
        suffix = f" (not rewritten: {self.reason})" if self.reason else ""
        return f"{self.finding.text}{suffix}"


@dataclass(frozen=True)
class FixResult:
    original: bytes
    fixed: bytes
    rewritten: Tuple[Finding, ...] = ()
    left: Tuple[Left, ...] = ()
    imports: Tuple[str, ...] = ()
    skipped: Optional[str] = None  # why the file was not looked at (LibCST cannot parse it)
    encoding: str = "utf-8"
    #: How many more lines than before are longer than the project's line length.
    longer: int = 0
    #: The project's line length: what ``longer`` counts against.
    line_length: LineLength = LineLength()

    @property
    def changed(self) -> bool:
        """Something is (or, from ``check_source``, would be) rewritten."""
        return bool(self.rewritten)


def decode(data: bytes) -> Tuple[str, str]:
    """(text, encoding) the way Python reads a source file; FixError when it cannot."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return data.decode(encoding), encoding
    except (SyntaxError, LookupError, UnicodeDecodeError) as exc:
        raise FixError(f"cannot decode: {exc}") from None


@contextmanager
def quiet_parse() -> Iterator[None]:
    """Python's compile-time warnings (``200if``, ``"\\d"``) are the user's code, not ours."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        yield


def checked_findings(text: str, config: Config,
                     path: str = "") -> Tuple[List[Finding], Optional[str], Optional[ast.Module]]:
    """The checker's findings, through the same entry point and with the same lines as flake8
    (universal newlines, split only at line ends -- not at form feeds as ``str.splitlines``)
    and the file's ``path`` (its name as given, flake8's ``filename``);
    why the file was skipped, if it was; and its ``ast``."""
    if not may_hold_findings(text, config.extra_calls, Package(path)) \
            and not may_call_project(text, path):
        return [], None, None  # not even parsed: nothing a finding needs is spelt here
    lines = universal_lines(text)
    try:
        with quiet_parse():
            tree = ast.parse("".join(lines))
            checked = checker.check(lines, tree, config, path)
    except SyntaxError as exc:
        where = f"line {exc.lineno}: " if exc.lineno else ""
        raise FixError(f"syntax error: {where}{exc.msg}") from None
    except (RecursionError, MemoryError) as exc:
        raise FixError(f"cannot check: {type(exc).__name__}") from None
    except ValueError as exc:  # null bytes
        raise FixError(f"syntax error: {exc}") from None
    except Exception:
        if parse_or_none(text) is None:
            return [], "LibCST cannot parse this file; skipped", None
        raise
    skipped = None
    if not checked.findings and checked.skipped:
        skipped = f"LibCST cannot parse this file ({checked.skipped[-1]}); skipped"
    return checked.findings, skipped, tree


def parse_or_none(text: str) -> Optional[object]:
    """The LibCST module, or None where LibCST refuses code Python accepts (it raises
    ParserSyntaxError, and for some valid code TypeError from node validation)."""
    import libcst as cst

    try:
        return cst.parse_module(text)
    except Exception:  # RecursionError included
        return None


def _classify(findings: Sequence[Finding], fix_flags: Collection[str]) -> Tuple[List[Finding], List[Left]]:
    """The findings to rewrite (their rule is fixable, they carry a suggestion, and it is safe or
    ``--unsafe-fixes`` is given, or their rule's own option for a rule fixed on request), and
    the ones left for a person, with the reason."""
    candidates: List[Finding] = []
    left: List[Left] = []
    unsafe = UNSAFE_FIXES in fix_flags
    for finding in findings:
        rule, suggestion = RULES[finding.code], finding.suggestion
        if suggestion is None or rule.fixability == Fixability.NEVER:
            left.append(Left(finding))
        elif rule.fixability == Fixability.ON_REQUEST:
            if unsafe or rule.fix_flag in fix_flags:
                candidates.append(finding)
            else:
                left.append(Left(finding, f"rewritten only with {UNSAFE_FIXES} or {rule.fix_flag}"))
        elif suggestion.unsafe and not unsafe:
            left.append(Left(finding, f"unsafe fix, rewritten only with {UNSAFE_FIXES}: "
                                      f"{suggestion.unsafe}"))
        else:
            candidates.append(finding)
    return candidates, left


@dataclass(frozen=True)
class FixOptions:
    """How to fix a module besides its settings: ``fix_flags``, the ``fix`` options given that
    turn on the rules fixed only on request (``--fix-phrases``); ``reported``, flake8's
    select/ignore/per-file-ignores for this file (a code it turns down is not fixed);
    ``line_length`` (the project's: ``line_length.project_line_length``), when an import that
    gains a name is wrapped, and, where no formatter rewraps long lines, which rewrites are left
    because their line would grow past it; ``sort_style`` (the project's isort or ruff
    settings), where an added import goes; ``path``, the file's name as given (where the
    project around it is read from; the text is never read from it)."""

    fix_flags: Collection[str] = ()
    reported: Optional[Callable[[str], bool]] = None
    line_length: LineLength = LineLength()
    sort_style: SortStyle = SortStyle()
    path: str = ""


def fix_source(data: bytes, config: Config, options: FixOptions = FixOptions()) -> FixResult:
    """Rewrite every fixable finding of ``data`` (a module's bytes). Raises FixError.

    Findings flake8 would not show are dropped first: those under ``# noqa``, and those whose code
    ``options.reported`` turns down.
    """
    planned = _planned(data, config, options)
    if isinstance(planned, FixResult):
        return planned
    return planned.result(planned.rendered())


def check_source(data: bytes, config: Config, options: FixOptions = FixOptions()) -> FixResult:
    """What ``fix_source`` would rewrite (``fix --check``), decided the same way; the result's
    ``fixed`` is the original, and nothing is rendered or verified. Raises FixError."""
    planned = _planned(data, config, options)
    if isinstance(planned, FixResult):
        return planned
    return planned.result(planned.data)


@dataclass(frozen=True)
class _Planned:
    """A module with its rewrites planned, not yet rendered."""

    data: bytes
    text: str
    encoding: str
    tree: ast.Module
    starts: Sequence[int]
    rewrites: Sequence[Tuple[Finding, Rewrite]]
    left: Tuple[Left, ...]  # in the order of the findings' positions
    imports: Optional[ImportPlan]
    #: How many more lines than before are longer than the project's line length.
    longer: int
    line_length: LineLength
    #: The trailing comments that only restated a rewritten number (``fix.comments``).
    dropped: Sequence[Dropped] = ()

    def result(self, fixed: bytes) -> FixResult:
        rewritten = tuple(dict.fromkeys(f for f, _ in self.rewrites))  # a renamed import: its uses too
        return FixResult(self.data, fixed, rewritten, self.left,
                         self.imports.statements if self.imports else (),
                         encoding=self.encoding, longer=self.longer,
                         line_length=self.line_length)

    def rendered(self) -> bytes:
        """The new source, encoded as the old one was, once it passes the self-check (FixError
        where it cannot be encoded or fails)."""
        rewrites = [r for _, r in self.rewrites]
        new_text = apply_plan(self.text, self.starts, rewrites, self.imports, self.dropped)
        try:
            new_data = new_text.encode(self.encoding)
        except UnicodeEncodeError as exc:
            raise FixError(f"cannot encode the result as {self.encoding}: {exc}") from None
        imports = self.imports or ImportPlan((), (), ())
        with quiet_parse():
            problem = verify(self.tree, new_data, self.text, rewrites, imports.added,
                             imports.merged)
        if problem is not None:
            raise FixError(f"not written, the self-check failed: {problem}")
        return new_data


def _planned(data: bytes, config: Config, options: FixOptions) -> Union[FixResult, _Planned]:
    """The planned rewrites of ``data``, or the result where there are none to render."""
    text, encoding = decode(data)
    findings, skipped, tree = checked_findings(text, config, options.path)
    candidates, left = _classify(shown_findings(text, findings, options.reported), options.fix_flags)
    if not candidates:
        return FixResult(data, data, left=tuple(left), skipped=skipped, encoding=encoding)
    assert tree is not None, "findings come from a module that parses"
    (rewrites, refused, imports), dropped = fitted_plan(text, tree, candidates,
                                                        options.line_length, options.sort_style)
    left.extend(Left(finding, reason) for finding, reason in refused)
    ordered = tuple(sorted(left, key=_order))
    if not rewrites:
        return FixResult(data, data, left=ordered, encoding=encoding)
    starts = line_starts(text)
    longer = made_longer(text, starts, [r for _, r in rewrites], dropped, options.line_length)
    return _Planned(data, text, encoding, tree, starts, rewrites, ordered, imports, longer,
                    options.line_length, dropped)


def shown_findings(text: str, findings: List[Finding],
                   reported: Optional[Callable[[str], bool]]) -> List[Finding]:
    """The findings flake8 would show: ``reported`` takes their code, no ``# noqa`` hides them."""
    if findings and reported is not None:
        findings = [f for f in findings if reported(f.code)]
    if findings:
        noqa = Noqa(text)
        findings = [f for f in findings if not noqa.suppresses(f.code, f.line)]
    return findings


def _order(left: Left) -> Tuple[int, int, str]:
    return (left.finding.line, left.finding.col, left.finding.code)


__all__ = ["FixError", "FixOptions", "FixResult", "Left", "Span", "check_source",
           "checked_findings", "decode", "fix_source", "shown_findings"]
