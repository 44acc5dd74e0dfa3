"""``fix``: source bytes in, rewritten source bytes and a report out. Pure: no file system.

What to rewrite comes from the checker's findings; the fixer never looks a code up itself. It
applies ``finding.suggestion.replacement`` at the finding's span, adds the import the replacement
needs, leaves alone what ``# noqa`` hides from flake8, refuses where the name it would write is
bound to something else in the literal's scope, and checks its own result (``verify``) before
handing it back. All edits are text splices into the decoded source, so every byte outside them --
encoding, BOM, newlines, tabs, comments, trailing whitespace -- stays as it was.
"""

from __future__ import annotations

import ast
import io
import tokenize
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Collection, Iterator, List, Optional, Sequence, Tuple

from flake8_httpstatus import checker
from flake8_httpstatus.findings import Finding
from flake8_httpstatus.fix.noqa import Noqa
from flake8_httpstatus.fix.plan import apply_plan, parse_or_none, plan
from flake8_httpstatus.fix.verify import Span, verify
from flake8_httpstatus.lines import line_starts, split_lines, universal_lines
from flake8_httpstatus.options import Config
from flake8_httpstatus.rules import RULES, Fixability


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
    #: How many more lines than before are longer than the project's max-line-length.
    longer: int = 0

    @property
    def changed(self) -> bool:
        return self.fixed != self.original


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


def _findings(text: str, config: Config) -> Tuple[List[Finding], Optional[str], Optional[ast.Module]]:
    """The checker's findings, through the same entry point and with the same lines as flake8
    (universal newlines, split only at line ends -- not at form feeds as ``str.splitlines``);
    why the file was skipped, if it was; and its ``ast``."""
    lines = universal_lines(text)
    try:
        with quiet_parse():
            tree = ast.parse("".join(lines))
            findings, refused = checker.check(lines, tree, config)
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
    if not findings and refused:
        skipped = f"LibCST cannot parse this file ({refused[-1]}); skipped"
    return findings, skipped, tree


def _classify(findings: Sequence[Finding], fix_flags: Collection[str]) -> Tuple[List[Finding], List[Left]]:
    """The findings to rewrite (their rule is fixable, and they carry a suggestion), and the ones
    left for a person."""
    candidates: List[Finding] = []
    left: List[Left] = []
    for finding in findings:
        rule = RULES[finding.code]
        if finding.suggestion is None or rule.fixability == Fixability.NEVER:
            left.append(Left(finding))
        elif finding.suggestion.unsafe:
            left.append(Left(finding, finding.suggestion.unsafe))
        elif rule.fixability == Fixability.ALWAYS or rule.fix_flag in fix_flags:
            candidates.append(finding)
        else:
            left.append(Left(finding, f"rewritten only with {rule.fix_flag}"))
    return candidates, left


def fix_source(data: bytes, config: Config, *, fix_flags: Collection[str] = (),
               reported: Optional[Callable[[str], bool]] = None,
               max_line_length: int = 79) -> FixResult:
    """Rewrite every fixable finding of ``data`` (a module's bytes). Raises FixError.

    ``fix_flags`` are the ``fix`` options given that turn on the rules fixed only on request
    (``--fix-phrases``). ``max_line_length`` (flake8's) decides when an import that gains a name
    is wrapped.

    Findings flake8 would not show are dropped first: those under ``# noqa``, and those whose code
    ``reported`` (flake8's select/ignore/per-file-ignores for this file) turns down.
    """
    text, encoding = decode(data)
    findings, skipped, tree = _findings(text, config)
    if findings and reported is not None:
        findings = [f for f in findings if reported(f.code)]
    if findings:
        noqa = Noqa(text)
        findings = [f for f in findings if not noqa.suppresses(f.code, f.line)]
    candidates, left = _classify(findings, fix_flags)
    if not candidates:
        return FixResult(data, data, left=tuple(left), skipped=skipped, encoding=encoding)

    planned = plan(text, tree, candidates, max_line_length) if tree is not None else None
    if planned is None:
        reason = "LibCST cannot parse this file; skipped"
        return FixResult(data, data, left=tuple(left + [Left(f, reason) for f in candidates]),
                         skipped=reason, encoding=encoding)
    rewrites, refused, imports = planned
    left.extend(Left(finding, reason) for finding, reason in refused)
    if not rewrites:
        return FixResult(data, data, left=tuple(sorted(left, key=_order)), encoding=encoding)
    new_text = apply_plan(text, line_starts(text), [r for _, r in rewrites], imports)
    try:
        new_data = new_text.encode(encoding)
    except UnicodeEncodeError as exc:
        raise FixError(f"cannot encode the result as {encoding}: {exc}") from None
    with quiet_parse():
        problem = verify(data, new_data, text, [r for _, r in rewrites],
                         imports.added if imports else (), imports.merged if imports else ())
    if problem is not None:
        raise FixError(f"not written, the self-check failed: {problem}")
    return FixResult(data, new_data, tuple(f for f, _ in rewrites),
                     tuple(sorted(left, key=_order)), imports.statements if imports else (),
                     encoding=encoding, longer=max(0, _too_long(new_text, max_line_length)
                                                   - _too_long(text, max_line_length)))


def _too_long(text: str, limit: int) -> int:
    """How many lines are longer than ``limit`` characters (pycodestyle's E501)."""
    return sum(1 for line in split_lines(text) if len(line.rstrip("\r\n")) > limit)


def _order(left: Left) -> Tuple[int, int, str]:
    return (left.finding.line, left.finding.col, left.finding.code)


__all__ = ["FixError", "FixResult", "Left", "Span", "decode", "fix_source"]
