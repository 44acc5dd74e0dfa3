"""Positions for hits only.

LibCST's PositionProvider generates code for the whole module to know where every node is; that
costs more than parsing. A number literal's position is found far cheaper: the visitor counts the
number literals in source order, and the tokenizer lists the NUMBER tokens in the same order.
Strings and named constants (rare) fall back to the PositionProvider.
"""

from __future__ import annotations

import io
import tokenize
from dataclasses import replace
from typing import List, Optional, Sequence

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider

from flake8_httpstatus.lines import split_lines
from flake8_httpstatus.visitor import Hit

_FSTRING_START = getattr(tokenize, "FSTRING_START", None)
_FSTRING_END = getattr(tokenize, "FSTRING_END", None)


def number_starts(text: str) -> List[tuple[int, int]]:
    """(line, column) of every NUMBER token outside f-strings, in source order."""
    starts = []
    depth = 0
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        kind = token.type
        if kind == tokenize.NUMBER:
            if not depth:
                starts.append(token.start)
        elif kind == _FSTRING_START:
            depth += 1
        elif kind == _FSTRING_END:
            depth -= 1
    return starts


def _by_tokens(hits: Sequence[Hit], numbers: dict[int, int], text: str) -> Optional[List[Hit]]:
    if not all(isinstance(h.node, cst.Integer) and id(h.node) in numbers and h.call is None
               for h in hits):
        return None
    try:
        starts = number_starts(text)
    except (tokenize.TokenError, SyntaxError):
        return None
    if len(starts) != len(numbers):
        return None
    located = []
    for hit in hits:
        assert isinstance(hit.node, cst.Integer)
        line, column = starts[numbers[id(hit.node)]]
        end = CodeRange((line, column), (line, column + len(hit.node.value)))
        located.append(replace(hit, range=end))
    return located


def _true_range(module: cst.Module, node: cst.CSTNode, found: CodeRange,
                lines: Optional[List[str]]) -> CodeRange:
    """LibCST miscounts columns after a form feed in the indentation (sometimes restarting the
    count there, as CPython's tokenizer does for indentation). Where the node's own text is not at
    the column LibCST gives, take the column where it is."""
    if lines is None or found.start.line > len(lines):
        return found
    line = lines[found.start.line - 1]
    if "\f" not in line:
        return found
    head = module.code_for_node(node).split("\n", 1)[0]
    column = found.start.column
    if line.startswith(head, column):
        return found
    indent = len(line) - len(line.lstrip(" \t\f"))
    for candidate in range(max(column - indent, 0), column + indent + 1):
        if line.startswith(head, candidate):
            shift = candidate - column
            end_shift = shift if found.end.line == found.start.line else 0
            return CodeRange((found.start.line, candidate),
                             (found.end.line, found.end.column + end_shift))
    return found


def locate(module: cst.Module, hits: Sequence[Hit], numbers: dict[int, int], text: str,
           by_tokens: bool = True) -> List[Hit]:
    """The hits with their ``range`` set; ``text`` is the module's source."""
    if not hits:
        return []
    if by_tokens:
        located = _by_tokens(hits, numbers, text)
        if located is not None:
            return located
    positions = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    lines = split_lines(text) if "\f" in text else None
    return [replace(hit, range=_true_range(module, hit.node, positions[hit.node], lines),
                    call_range=None if hit.call is None else _true_range(
                        module, hit.call, positions[hit.call], lines))
            for hit in hits]
