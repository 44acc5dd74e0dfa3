"""From candidate findings to text edits: check each literal, check the name, splice.

No second parse: the findings carry the literal's span, the module's ``ast`` (already parsed to
check it) gives the scopes, and only the name each replacement starts with is resolved
(``scope``). Each literal is confirmed in the text before it is replaced. Where no formatter
rewraps long lines, a finding whose rewrite would push its line past the project's line length is
refused, and the rest planned again without it (``fitted_plan``, ``line_length``).
"""

from __future__ import annotations

import ast
import dataclasses
import re
from typing import Dict, List, Optional, Sequence, Set, Tuple

from flake8_httpstatus.findings import Finding, ImportNeed, Suggestion, as_written
from flake8_httpstatus.fix.comments import Dropped, dropped_comments
from flake8_httpstatus.fix.imports import ImportPlan, plan_imports
from flake8_httpstatus.fix.line_length import LineLength, overlong
from flake8_httpstatus.fix.renames import Renames, import_renames
from flake8_httpstatus.fix.scope import BindingCheck, Verdict
from flake8_httpstatus.fix.sorting import SortStyle
from flake8_httpstatus.fix.verify import Rewrite, Span
from flake8_httpstatus.lines import line_starts, offset, split_lines
from flake8_httpstatus.suggest import through_module

NeedKey = Tuple[str, Optional[str], str]
Refusal = Tuple[Finding, str]
Plan = Tuple[List[Tuple[Finding, Rewrite]], List[Refusal], Optional[ImportPlan]]


def _span(finding: Finding) -> Span:
    return (finding.line, finding.col, finding.end_line, finding.end_col)


def _holds(source: str, value: object) -> bool:
    """Whether ``source`` is a literal with this value (``404``, ``0x194``, ``'404 Not Fund'``)."""
    try:
        return ast.literal_eval(source) == value and not source[:1].isspace()
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False


def newline_of(text: str) -> str:
    """The module's line ending: that of its first line, else ``\\n``."""
    match = re.search(r"\r\n|\r|\n", text)
    return match.group(0) if match else "\n"


def plan(text: str, tree: ast.Module, candidates: Sequence[Finding],
         max_line_length: int = 79, style: SortStyle = SortStyle()) -> Plan:
    """The rewrites that are safe, the imports they need, and what is refused. ``tree`` is the
    module's ``ast``."""
    renames: Renames = {}
    if any(finding.code == "HTS008" for finding in candidates):
        renames = import_renames(tree, text, split_lines(text), candidates)
    planner = _Planner(text, tree, renames)
    for finding in candidates:
        planner.add(finding)
    needs = planner.needs
    imports = plan_imports(text, tree, needs.values(), newline_of(text),
                           max_line_length, style) if needs else None
    return planner.rewrites, planner.refused, imports


def _key(finding: Finding) -> Tuple[str, Span]:
    """A finding's identity across plans (the planner may replace its suggestion)."""
    return finding.code, _span(finding)


def fitted_plan(text: str, tree: ast.Module, candidates: Sequence[Finding],
                line_length: LineLength, style: SortStyle = SortStyle()) -> Tuple[Plan, List[Dropped]]:
    """``plan``, and the comments dropped with its rewrites; where no formatter rewraps long
    lines, without the findings whose rewrite would push a line past ``line_length``: each is
    refused with the reason, and the others planned again (their imports, an import's renamed
    uses) until every line fits. Each round drops a finding, so this ends."""
    starts = line_starts(text)
    too_long: List[Refusal] = []
    while True:
        rewrites, refused, imports = plan(text, tree, candidates, line_length.limit, style)
        dropped = dropped_comments(text, starts, rewrites) if rewrites else []
        over = overlong(text, starts, rewrites, dropped, line_length)
        if not over:
            return (rewrites, refused + too_long, imports), dropped
        too_long.extend(over)
        out = {_key(finding) for finding, _ in over}
        kept = [finding for finding in candidates if _key(finding) not in out]
        assert len(kept) < len(candidates), "a refused finding is one of the candidates"
        candidates = kept


class _Planner:
    """The rewrites planned so far, what is refused, and the imports the rewrites need."""

    def __init__(self, text: str, tree: ast.Module, renames: Renames) -> None:
        self.text = text
        self.tree = tree
        self.renames = renames
        self.starts = line_starts(text)
        self._bindings: Optional[BindingCheck] = None  # built for the first name to check
        self.rewrites: List[Tuple[Finding, Rewrite]] = []
        self.needs: Dict[NeedKey, ImportNeed] = {}
        self.refused: List[Refusal] = []
        self.seen: Set[Span] = set()

    def add(self, finding: Finding) -> None:
        """Plan the rewrite of one finding, or refuse it (each span is rewritten once)."""
        suggestion = finding.suggestion
        assert suggestion is not None
        uses, reason = self.renames.get(finding, ([], ""))
        reason = self._not_there(finding, suggestion) or reason
        target = None if reason else self._target(finding, suggestion)
        if target is None:
            self.refused.append((finding, reason or "the reported call is not where it was reported"))
            return
        span, end = target
        if span in self.seen:
            return
        verdict = self._name_check(finding, suggestion.needs)
        other = through_module(suggestion) if verdict.clash else None
        if other is not None and self._name_check(finding, other.needs).safe:
            # ``HTTPStatus`` is bound to something else in the module: ``http.HTTPStatus``
            suggestion, verdict = other, self._name_check(finding, other.needs)
            finding = dataclasses.replace(finding, suggestion=other)
        if not verdict.safe:
            self.refused.append((finding, verdict.reason))
            return
        replacement = as_written(suggestion.replacement, self.text[end:end + 1])
        self.seen.add(span)
        in_import = finding in self.renames
        self.rewrites.append((finding, Rewrite(span, replacement, in_import=in_import)))
        self.rewrites.extend((finding, Rewrite(use, replacement)) for use in uses)
        need = suggestion.needs
        if need is not None and verdict.add_import:
            self.needs[(need.module, need.name, need.binding)] = need

    def _text(self, span: Span) -> str:
        line, col, end_line, end_col = span
        return self.text[offset(self.starts, line, col):offset(self.starts, end_line, end_col)]

    def _not_there(self, finding: Finding, suggestion: Suggestion) -> str:
        """Why the text at the finding's span is not what it reported, or ""."""
        span = _span(finding)
        found = self._text(span) if 0 < span[0] <= span[2] <= len(self.starts) else ""
        if suggestion.expect:
            return "" if found == suggestion.expect else \
                f"`{suggestion.expect}` is not where it was reported"
        return "" if _holds(found, finding.value) else "no literal found at the reported position"

    def _target(self, finding: Finding, suggestion: Suggestion) -> Optional[Tuple[Span, int]]:
        """The span replaced (the literal's, or the whole ``HTTPStatus(404)`` call's) and the
        offset where it ends; None where the reported call is not in the text."""
        span = finding.replaced
        if suggestion.replaces is not None and (
                not 0 < span[0] <= span[2] <= len(self.starts)
                or not self._text(span).endswith(")")):
            return None
        return span, offset(self.starts, span[2], span[3])

    def _name_check(self, finding: Finding, need: Optional[ImportNeed]) -> Verdict:
        """Whether the name the replacement starts with may be written at the finding, and
        whether its import must be added."""
        if need is None:
            return Verdict(True)
        if self._bindings is None:
            self._bindings = BindingCheck(self.tree)
        line = self.text[self.starts[finding.line - 1]:offset(self.starts, finding.line,
                                                              finding.col)]
        return self._bindings.check((finding.line, len(line.encode("utf-8"))), need)


def apply_plan(text: str, starts: Sequence[int], rewrites: Sequence[Rewrite],
               imports: Optional[ImportPlan], dropped: Sequence[Dropped] = ()) -> str:
    """Splice the replacements (and the import edits) into ``text``, and cut the ``dropped``
    comments out of it."""
    edits: List[Tuple[int, int, str]] = []
    for rewrite in rewrites:
        line, col, end_line, end_col = rewrite.span
        edits.append((offset(starts, line, col), offset(starts, end_line, end_col),
                      rewrite.replacement))
    edits.extend((offset(starts, line, kept), offset(starts, line, end), "")
                 for line, kept, end in dropped)
    if imports is not None:
        edits.extend(imports.edits)
    pieces: List[str] = []
    cursor = len(text)
    for begin, end, new in sorted(edits, reverse=True):
        pieces.append(text[end:cursor])
        pieces.append(new)
        cursor = begin
    pieces.append(text[:cursor])
    return "".join(reversed(pieces))
