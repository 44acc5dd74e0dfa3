"""From candidate findings to text edits: find each literal's node, check the binding, splice.

The whole module is parsed once with LibCST; ``PositionProvider`` finds the ``Integer`` or
``SimpleString`` node at each finding's span and ``ScopeProvider`` (through ``scope``) says
whether the replacement's name may be written there.
"""

from __future__ import annotations

import ast
from typing import Dict, List, Optional, Sequence, Tuple, Union

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider

from flake8_httpstatus.findings import Finding, ImportNeed
from flake8_httpstatus.fix.imports import ImportPlan, plan_imports
from flake8_httpstatus.fix.scope import BindingCheck, rebound_names
from flake8_httpstatus.fix.verify import Rewrite, Span
from flake8_httpstatus.lines import line_starts, offset

Literal = Union[cst.Integer, cst.SimpleString]
NeedKey = Tuple[str, Optional[str], str]
Refusal = Tuple[Finding, str]
Plan = Tuple[List[Tuple[Finding, Rewrite]], List[Refusal], Optional[ImportPlan]]


def parse_or_none(text: str) -> Optional[cst.Module]:
    """The LibCST module, or None where LibCST refuses code Python accepts (it raises
    ParserSyntaxError, and for some valid code TypeError from node validation)."""
    try:
        return cst.parse_module(text)
    except Exception:  # RecursionError included
        return None


def _span(finding: Finding) -> Span:
    return (finding.line, finding.col, finding.end_line, finding.end_col)


def _literals(positions: Dict[cst.CSTNode, CodeRange]) -> Dict[Span, Literal]:
    table: Dict[Span, Literal] = {}
    for node, where in positions.items():
        if isinstance(node, (cst.Integer, cst.SimpleString)):
            table[(where.start.line, where.start.column, where.end.line, where.end.column)] = node
    return table


def _identifier_char(char: str) -> bool:
    return char.isidentifier() or char.isdigit()


def plan(text: str, tree: ast.Module, candidates: Sequence[Finding],
         max_line_length: int = 79) -> Optional[Plan]:
    """The rewrites that are safe, the imports they need, and what is refused; None when LibCST
    cannot parse the module. ``tree`` is the module's ``ast``."""
    module = parse_or_none(text)
    if module is None:
        return None
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    positions: Dict[cst.CSTNode, CodeRange] = dict(wrapper.resolve(PositionProvider))
    literals = _literals(positions)
    starts = line_starts(text)
    bindings: Optional[BindingCheck] = None
    rewrites: List[Tuple[Finding, Rewrite]] = []
    needs: Dict[NeedKey, ImportNeed] = {}
    refused: List[Refusal] = []
    seen: set[Span] = set()
    for finding in candidates:
        span = _span(finding)
        suggestion = finding.suggestion
        assert suggestion is not None
        node = literals.get(span)
        if node is None or not 0 < finding.line <= finding.end_line <= len(starts):
            refused.append((finding, "no literal found at the reported position"))
            continue
        begin = offset(starts, finding.line, finding.col)
        end = offset(starts, finding.end_line, finding.end_col)
        if text[begin:end] != node.value:
            refused.append((finding, "the reported position does not hold the literal"))
            continue
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
                bindings = BindingCheck(wrapper, positions, rebound_names(tree))
            verdict = bindings.check(node, need)
            if not verdict.safe:
                refused.append((finding, verdict.reason))
                continue
            add_import = verdict.add_import
        replacement = suggestion.replacement
        if _identifier_char(replacement[-1:]) and _identifier_char(text[end:end + 1]):
            replacement += " "  # ``200if x`` would become ``HTTPStatus.OKif x``
        seen.add(span)
        rewrites.append((finding, Rewrite(span, replacement)))
        if need is not None and add_import:
            needs[(need.module, need.name, need.binding)] = need
    imports = plan_imports(text, tree, needs.values(), module.default_newline,
                           max_line_length) if needs else None
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
