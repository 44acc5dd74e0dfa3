"""A trailing comment that only restates the number ``fix`` rewrites goes with it.

``abort(404)  # Not Found`` becomes ``abort(HTTPStatus.NOT_FOUND)``: the constant now says what
the comment said. Only where nothing can be lost:

* the comment is exactly the number, a phrase of its code (the registered one or one servers
  send), or both (``# 404``, ``# not found``, ``# 404 Not Found``, ``# 404: Not Found``,
  ``# Not Found (404)``), case and spacing aside; never a ``noqa``, a type comment or any other
  words;
* the line holds exactly one rewrite (an HTS001 number, on one line), and no quote stands
  between the number and the ``#``;
* the tokenizer confirms that the ``#`` starts a comment (not text inside a string).

The comment and the white space before it are dropped, so no trailing white space is left.
Comments are not in the AST: the fixer's self-check holds as before.
"""

from __future__ import annotations

import io
import re
import tokenize
from typing import Dict, List, Sequence, Set, Tuple

from flake8_httpstatus.catalogue import phrase_matches
from flake8_httpstatus.findings import Finding
from flake8_httpstatus.fix.verify import Rewrite
from flake8_httpstatus.lines import universal_lines

#: A comment dropped: (line, the column where the kept code ends, the column where the line's
#: text ends), 1-based line, 0-based character columns.
Dropped = Tuple[int, int, int]

#: The number with a phrase after it: "404 Not Found", "404 - Not Found", "404: (Not Found)".
_NUMBER_FIRST = re.compile(r"(?P<number>\d+)\s*[-:,]?\s*\(?(?P<phrase>[^()]+?)\)?")
#: The phrase with the number after it: "Not Found (404)", "Not Found - 404".
_PHRASE_FIRST = re.compile(r"(?P<phrase>[^()]+?)\s*(?:[-:,]\s*|\(\s*)(?P<number>\d+)\s*\)?")


def restates(comment: str, code: int) -> bool:
    """Whether the text of a comment (after its ``#``) is only ``code`` and/or its phrase."""
    text = " ".join(comment.split())
    if text == str(code) or phrase_matches(code, text):
        return True
    for pattern in (_NUMBER_FIRST, _PHRASE_FIRST):
        match = pattern.fullmatch(text)
        if match is not None and match.group("number") == str(code) \
                and phrase_matches(code, match.group("phrase")):
            return True
    return False


def _one_rewrite_lines(rewrites: Sequence[Tuple[Finding, Rewrite]]) -> Dict[int, Tuple[Finding, Rewrite]]:
    """The lines touched by exactly one rewrite, with it."""
    touching: Dict[int, List[Tuple[Finding, Rewrite]]] = {}
    for pair in rewrites:
        line, _, end_line, _ = pair[1].span
        for number in range(line, end_line + 1):
            touching.setdefault(number, []).append(pair)
    return {line: pairs[0] for line, pairs in touching.items() if len(pairs) == 1}


def _candidate(physical: str, finding: Finding, rewrite: Rewrite) -> Tuple[int, int] | None:
    """(column where the kept code ends, column of the ``#``) where the line's trailing comment
    restates the rewritten number; None otherwise."""
    line, _, end_line, end_col = rewrite.span
    if finding.code != "HTS001" or not isinstance(finding.value, int) or rewrite.in_import \
            or line != end_line:
        return None
    rest = physical[end_col:]
    hash_at = rest.find("#")
    if hash_at < 0 or "'" in rest[:hash_at] or '"' in rest[:hash_at] \
            or not restates(rest[hash_at + 1:], finding.value):
        return None
    return len(physical[:end_col + hash_at].rstrip(" \t")), end_col + hash_at


def _comments_at(text: str, lines: Set[int]) -> Set[Tuple[int, int]]:
    """(line, column) of each comment token on ``lines``, reading no further than the last."""
    last = max(lines)
    found: Set[Tuple[int, int]] = set()
    readline = io.StringIO("".join(universal_lines(text))).readline
    try:
        for token in tokenize.generate_tokens(readline):
            if token.start[0] > last:
                break
            if token.type == tokenize.COMMENT and token.start[0] in lines:
                found.add(token.start)
    except (tokenize.TokenError, SyntaxError):
        return set()
    return found


def _physical(text: str, starts: Sequence[int], line: int) -> str:
    """Line ``line`` of ``text`` without its line ending."""
    end = starts[line] if line < len(starts) else len(text)
    return text[starts[line - 1]:end].rstrip("\r\n")


def dropped_comments(text: str, starts: Sequence[int],
                     rewrites: Sequence[Tuple[Finding, Rewrite]]) -> List[Dropped]:
    """The trailing comments that go with their rewritten number (``starts``: the offset of each
    line of ``text``)."""
    candidates: Dict[int, Tuple[int, int, int]] = {}
    for line, (finding, rewrite) in _one_rewrite_lines(rewrites).items():
        if not 0 < line <= len(starts):
            continue
        physical = _physical(text, starts, line)
        found = _candidate(physical, finding, rewrite)
        if found is not None:
            candidates[line] = (*found, len(physical))
    if not candidates:
        return []
    comments = _comments_at(text, set(candidates))
    return [(line, kept, end) for line, (kept, hash_at, end) in sorted(candidates.items())
            if (line, hash_at) in comments]
