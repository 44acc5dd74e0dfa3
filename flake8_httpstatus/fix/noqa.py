"""``# noqa`` as flake8 applies it, so that ``fix`` leaves alone exactly what flake8 would not show.

flake8 searches ``NOQA_INLINE_REGEXP`` in the "noqa line" of a report: the physical line, or, when
tokens join several physical lines (a multi-line string, a backslash continuation), all of those
lines joined. A bare ``# noqa`` suppresses every code; ``# noqa: X,Y`` suppresses the codes that
equal or start with one of the listed codes. A line matching ``# flake8: noqa`` on its own
suppresses the whole file.
"""

from __future__ import annotations

import io
import tokenize
from typing import Dict, List, Optional

from flake8 import defaults, utils

from flake8_httpstatus.lines import universal_lines


class Noqa:
    """Answers "would flake8 show this code at this line?" for one source text."""

    def __init__(self, text: str) -> None:
        self.lines = universal_lines(text)
        self._mapping: Optional[Dict[int, str]] = None
        self.file_ignored = any(defaults.NOQA_FILE.match(line) for line in self.lines)
        #: Whether any line has a ``# noqa`` comment at all (most files have none).
        self.any = defaults.NOQA_INLINE_REGEXP.search(text) is not None

    def _noqa_lines(self) -> Dict[int, str]:
        if self._mapping is None:
            self._mapping = self._build_mapping()
        return self._mapping

    def _build_mapping(self) -> Dict[int, str]:
        mapping: Dict[int, str] = {}
        readline = io.StringIO("".join(self.lines)).readline
        first, last = len(self.lines) + 2, -1
        try:
            for token in tokenize.generate_tokens(readline):
                if token.type in (tokenize.ENDMARKER, tokenize.DEDENT):
                    continue
                first, last = min(first, token.start[0]), max(last, token.end[0])
                if token.type in (tokenize.NL, tokenize.NEWLINE):
                    joined = "".join(self.lines[first - 1:last])
                    mapping.update(dict.fromkeys(range(first, last + 1), joined))
                    first, last = len(self.lines) + 2, -1
        except (tokenize.TokenError, SyntaxError):
            return {}
        return mapping

    def line_for(self, line: int) -> Optional[str]:
        return self._noqa_lines().get(line)

    def suppresses(self, code: str, line: int) -> bool:
        if self.file_ignored:
            return True
        if not self.any:
            return False
        text = self.line_for(line)
        if text is None:
            text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        match = defaults.NOQA_INLINE_REGEXP.search(text)
        if match is None:
            return False
        codes_text = match.groupdict()["codes"]
        if codes_text is None:
            return True
        codes: List[str] = utils.parse_comma_separated_list(codes_text)
        return code in codes or code.startswith(tuple(codes))
