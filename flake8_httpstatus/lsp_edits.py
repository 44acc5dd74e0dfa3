"""The fixer's result as editor edits: the changed lines of a buffer, and the part of a whole-file
result that belongs to one finding.

Pure text work, no LibCST and no fixer: ``fix_source`` decides every byte (the replacements, the
imports and where they go); this module only compares its result with the buffer. Lines are the
Language Server Protocol's (ended by ``\\n``, ``\\r\\n`` or ``\\r``, as Python's), and every edit
replaces whole lines, so its positions are at character 0 and mean the same in every position
encoding (UTF-16, UTF-8, code points) -- except the end of a last line that has no line break,
given in UTF-16 code units as the protocol's default encoding wants.
"""

from __future__ import annotations

import bisect
import difflib
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Set, Tuple

from flake8_httpstatus.findings import Finding, as_written
from flake8_httpstatus.lines import split_lines

Position = Dict[str, int]
TextEdit = Dict[str, object]


@dataclass(frozen=True)
class Hunk:
    """Lines ``start`` to ``end`` (0-based, end exclusive) of the old text become ``new``."""

    start: int
    end: int
    new: Tuple[str, ...]


def hunks(old: Sequence[str], new: Sequence[str]) -> List[Hunk]:
    """The line changes that turn ``old`` into ``new``. A fix changes a few lines among thousands
    and moves none: the lines that occur once in each text and stand in the same order in both
    (patience diff's anchors) are kept, and only the short stretches between them are compared
    by ``difflib``."""
    found: List[Hunk] = []
    i = j = 0
    for anchor_i, anchor_j in [*_anchors(old, new), (len(old), len(new))]:
        a, b = old[i:anchor_i], new[j:anchor_j]
        if a != b:
            matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                if tag != "equal":
                    found.append(Hunk(i + i1, i + i2, tuple(b[j1:j2])))
        i, j = anchor_i + 1, anchor_j + 1
    return found


def _anchors(old: Sequence[str], new: Sequence[str]) -> List[Tuple[int, int]]:
    """(old index, new index) of the lines unique in both texts, the longest run of them that is
    in the same order in both (patience sorting)."""
    seen: Dict[str, List[int]] = {}
    for index, line in enumerate(old):
        seen.setdefault(line, [0, -1, 0, -1])
        seen[line][0] += 1
        seen[line][1] = index
    for index, line in enumerate(new):
        counts = seen.get(line)
        if counts is not None:
            counts[2] += 1
            counts[3] = index
    pairs = sorted((c[1], c[3]) for c in seen.values() if c[0] == 1 and c[2] == 1)
    tails: List[int] = []  # tails[k]: the smallest new index ending a run of k + 1 anchors
    links: List[int] = []  # for each pair, the index of the pair before it in its run
    ends: List[int] = []   # tails' pairs
    for number, (_, j) in enumerate(pairs):
        k = bisect.bisect_left(tails, j)
        links.append(ends[k - 1] if k else -1)
        if k == len(tails):
            tails.append(j)
            ends.append(number)
        else:
            tails[k], ends[k] = j, number
    run: List[Tuple[int, int]] = []
    at = ends[-1] if ends else -1
    while at != -1:
        run.append(pairs[at])
        at = links[at]
    return run[::-1]


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _end_of(lines: Sequence[str], line: int) -> Position:
    """The position before old line ``line`` (0-based), or the end of the text after the last."""
    if line < len(lines) or not lines or lines[-1].endswith(("\n", "\r")):
        return {"line": line, "character": 0}
    last = lines[-1]
    return {"line": len(lines) - 1, "character": utf16_length(last)}


def text_edits(old: Sequence[str], changes: Sequence[Hunk]) -> List[TextEdit]:
    """``TextEdit``s (LSP) for ``changes`` to the lines ``old``; none overlaps another."""
    return [{"range": {"start": _end_of(old, hunk.start), "end": _end_of(old, hunk.end)},
             "newText": "".join(hunk.new)} for hunk in changes]


def diff_edits(old_text: str, new_text: str) -> List[TextEdit]:
    old = split_lines(old_text)
    return text_edits(old, hunks(old, split_lines(new_text)))


# --- one finding out of a whole-file result ------------------------------------------------------

def _lines_of(finding: Finding) -> range:
    line, _, end_line, _ = finding.replaced
    return range(line - 1, end_line)


def _replacement_in(new: str, old: str, owners: Sequence[Finding], target: Finding) -> Optional[str]:
    """The target's replacement as the fixer wrote it into ``new``, the fixed version of the line
    ``old`` in which it also replaced the other ``owners``; None if ``new`` is not that."""
    at = 0
    written: Optional[str] = None
    previous = 0
    for finding in sorted(owners, key=lambda f: f.replaced[1]):
        _, col, _, end_col = finding.replaced
        between = old[previous:col]
        if not new.startswith(between, at):
            return None
        at += len(between)
        assert finding.suggestion is not None
        replacement = as_written(finding.suggestion.replacement, old[end_col:end_col + 1])
        if not new.startswith(replacement, at):
            return None
        at += len(replacement)
        previous = end_col
        if finding == target:
            written = replacement
    if new[at:] != old[previous:]:
        return None
    return written


def _line_by_line(old: Sequence[str], hunk: Hunk, owned: Dict[int, List[Finding]],
                  target: Finding, first: int) -> Optional[List[Hunk]]:
    """The hunk's lines one by one (it keeps the line count): the target's and the unowned
    (import) ones changed, the other findings' lines as they were."""
    kept: List[Hunk] = []
    for number, line in zip(range(hunk.start, hunk.end), hunk.new):
        owners = owned.get(number, [])
        if line == old[number] or (owners and target not in owners):
            continue
        if not owners and number >= first:
            return None
        if len(owners) > 1:
            replacement = _replacement_in(line, old[number], owners, target)
            if replacement is None:
                return None
            _, col, _, end_col = target.replaced
            line = old[number][:col] + replacement + old[number][end_col:]
        kept.append(Hunk(number, number + 1, (line,)))
    return kept


def only(old: Sequence[str], changes: Sequence[Hunk], rewritten: Sequence[Finding],
         target: Finding) -> Optional[List[Hunk]]:
    """The ``changes`` of a whole-file fix of ``old`` (which rewrote ``rewritten``) that make the
    fix of ``target`` alone: the target's literal and the import edits, without the other
    literals. None where the line changes cannot be told apart (the caller offers no edit).

    Every changed line is told by what stands on its old version: a rewritten literal's line is
    that finding's; a line no literal stands on is an import edit, which ``fix`` makes in the
    module's import block, above every literal -- a change below the first literal that is not a
    literal's (the uses of a renamed import) is nobody's to take or leave, and nothing is offered.
    A line holding the target and other literals gets the target's replacement alone, as the
    fixer wrote it there."""
    if list(rewritten) == [target]:
        return list(changes)
    owned, multiline = _owners(rewritten)
    first = min(owned, default=0)
    kept: List[Hunk] = []
    for hunk in changes:
        owners = {f for number in range(hunk.start, hunk.end) for f in owned.get(number, [])}
        if not owners:
            if hunk.end > first:
                return None  # not the imports above the literals: a use of a renamed import?
            kept.append(hunk)
        elif owners == {target}:
            kept.append(hunk)  # the target's literal (and an import edit beside it)
        elif (hunk.end - hunk.start == len(hunk.new)
              and not multiline.intersection(range(hunk.start, hunk.end))):
            split = _line_by_line(old, hunk, owned, target, first)
            if split is None:
                return None
            kept.extend(split)
        elif target not in owners and _only_collapsed(hunk, owned, owners):
            continue  # other findings' literals alone: left as they were
        else:
            return None
    return kept


def _owners(rewritten: Sequence[Finding]) -> Tuple[Dict[int, List[Finding]], Set[int]]:
    """The findings whose replaced span covers each old line (0-based), and the lines of the
    spans that cover more than one."""
    owned: Dict[int, List[Finding]] = {}
    multiline: Set[int] = set()
    for finding in rewritten:
        lines = _lines_of(finding)
        for number in lines:
            owned.setdefault(number, []).append(finding)
            if len(lines) > 1:
                multiline.add(number)
    return owned, multiline


def _only_collapsed(hunk: Hunk, owned: Dict[int, List[Finding]], owners: Set[Finding]) -> bool:
    """Whether the hunk holds nothing but the rewrites of ``owners``: every old line is theirs and
    the new lines are as many as their spans leave (each span becomes one line), so that no import
    line was inserted among them."""
    numbers = range(hunk.start, hunk.end)
    if not all(number in owned for number in numbers):
        return False
    collapsed = sum(len(_lines_of(f)) - 1 for f in owners
                    if _lines_of(f)[0] >= hunk.start and _lines_of(f)[-1] < hunk.end)
    return len(hunk.new) == len(numbers) - collapsed


__all__ = ["Hunk", "TextEdit", "diff_edits", "hunks", "only", "text_edits", "utf16_length"]
