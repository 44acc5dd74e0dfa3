"""From candidate findings to text edits: check each literal, check the name, splice.

No second parse: the findings carry the literal's span, the module's ``ast`` (already parsed to
check it) gives the scopes, and only the name each replacement starts with is resolved
(``scope``). Each literal is confirmed in the text before it is replaced.
"""

from __future__ import annotations

import ast
import re
from typing import Dict, List, Optional, Sequence, Tuple

from flake8_httpstatus.findings import Finding, ImportNeed
from flake8_httpstatus.fix.imports import ImportPlan, plan_imports
from flake8_httpstatus.fix.renames import Renames, import_renames
from flake8_httpstatus.fix.scope import BindingCheck
from flake8_httpstatus.fix.sorting import SortStyle
from flake8_httpstatus.fix.verify import Rewrite, Span
from flake8_httpstatus.lines import line_starts, offset, split_lines

NeedKey = Tuple[str, Optional[str], str]
Refusal = Tuple[Finding, str]
Plan = Tuple[List[Tuple[Finding, Rewrite]], List[Refusal], Optional[ImportPlan]]


def _span(finding: Finding) -> Span:
    return (finding.line, finding.col, finding.end_line, finding.end_col)


def _identifier_char(char: str) -> bool:
    return char.isidentifier() or char.isdigit()


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
    starts = line_starts(text)
    bindings: Optional[BindingCheck] = None
    rewrites: List[Tuple[Finding, Rewrite]] = []
    needs: Dict[NeedKey, ImportNeed] = {}
    refused: List[Refusal] = []
    seen: set[Span] = set()
    renames: Renames = {}
    if any(finding.code == "HTS008" for finding in candidates):
        renames = import_renames(tree, text, split_lines(text), candidates)
    for finding in candidates:
        span = _span(finding)
        suggestion = finding.suggestion
        assert suggestion is not None
        found = "" if not 0 < finding.line <= finding.end_line <= len(starts) else text[
            offset(starts, finding.line, finding.col):
            offset(starts, finding.end_line, finding.end_col)]
        if not (found == suggestion.expect if suggestion.expect else _holds(found, finding.value)):
            refused.append((finding, "no literal found at the reported position"
                            if not suggestion.expect else f"`{suggestion.expect}` is not where "
                            "it was reported"))
            continue
        uses, reason = renames.get(finding, ([], ""))
        if reason:
            refused.append((finding, reason))
            continue
        end = offset(starts, finding.end_line, finding.end_col)
        if suggestion.replaces is not None:  # HTTPStatus(404): the whole call goes
            span = suggestion.replaces
            if not 0 < span[0] <= span[2] <= len(starts) or not text[
                    offset(starts, span[0], span[1]):offset(starts, span[2], span[3])].endswith(")"):
                refused.append((finding, "the reported call is not where it was reported"))
                continue
            end = offset(starts, span[2], span[3])
        if span in seen:
            continue
        need = suggestion.needs
        add_import = False
        if need is not None:
            if bindings is None:
                bindings = BindingCheck(tree)
            line = text[starts[finding.line - 1]:offset(starts, finding.line, finding.col)]
            verdict = bindings.check((finding.line, len(line.encode("utf-8"))), need)
            if not verdict.safe:
                refused.append((finding, verdict.reason))
                continue
            add_import = verdict.add_import
        replacement = suggestion.replacement
        if _identifier_char(replacement[-1:]) and _identifier_char(text[end:end + 1]):
            replacement += " "  # ``200if x`` would become ``HTTPStatus.OKif x``
        seen.add(span)
        rewrites.append((finding, Rewrite(span, replacement, in_import=finding in renames)))
        rewrites.extend((finding, Rewrite(use, replacement)) for use in uses)
        if need is not None and add_import:
            needs[(need.module, need.name, need.binding)] = need
    imports = plan_imports(text, tree, needs.values(), newline_of(text),
                           max_line_length, style) if needs else None
    return rewrites, refused, imports


def apply_plan(text: str, starts: Sequence[int], rewrites: Sequence[Rewrite],
               imports: Optional[ImportPlan]) -> str:
    """Splice the replacements (and the import edits) into ``text``."""
    edits: List[Tuple[int, int, str]] = []
    for rewrite in rewrites:
        line, col, end_line, end_col = rewrite.span
        edits.append((offset(starts, line, col), offset(starts, end_line, end_col),
                      rewrite.replacement))
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
