"""What ``fix`` tells the user on stderr: a progress bar on a terminal, and the closing summary."""

from __future__ import annotations

import difflib
import os
import shutil
import time
from dataclasses import dataclass, field
from typing import Dict, List, TextIO, Tuple

from flake8_httpstatus.fix.fixer import Left
from flake8_httpstatus.fix.line_length import LineLength
from flake8_httpstatus.lines import split_lines

#: Below this many files no progress bar is drawn.
PROGRESS_MIN_FILES = 20
_REDRAW_SECONDS = 0.1


class Progress:
    """``[#####.....] 120/400 path`` redrawn in place; every message printed through it first
    clears the bar, so bar and messages never share a line."""

    def __init__(self, stream: TextIO, total: int, enabled: bool) -> None:
        self.stream = stream
        self.total = total
        self.enabled = enabled and total >= PROGRESS_MIN_FILES
        self.done = 0
        self._drawn = False
        self._last = 0.0

    def _clear(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self._drawn = False

    def step(self, path: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < _REDRAW_SECONDS and self.done < self.total:
            return
        self._last = now
        width = shutil.get_terminal_size((80, 24)).columns
        filled = 24 * self.done // max(self.total, 1)
        line = f"[{'#' * filled}{'.' * (24 - filled)}] {self.done}/{self.total} {path}"
        self.stream.write("\r\x1b[K" + line[:max(width - 1, 10)])
        self.stream.flush()
        self._drawn = True

    def message(self, text: str) -> None:
        self._clear()
        self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        self._clear()
        self.stream.flush()


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


@dataclass
class Summary:
    verb: str  # "rewrote" or "would rewrite"
    findings: int = 0
    files: int = 0
    errors: int = 0
    left: List[Tuple[str, Left]] = field(default_factory=list)
    #: Lines the rewrites pushed past the project's line length, by line length (the files of a
    #: run may sit in projects of their own).
    longer: Dict[LineLength, int] = field(default_factory=dict)

    def add_longer(self, line_length: LineLength, count: int) -> None:
        if count:
            self.longer[line_length] = self.longer.get(line_length, 0) + count

    def lines(self) -> List[str]:
        head = f"{self.verb} {plural(self.findings, 'finding')} in {plural(self.files, 'file')}"
        if self.errors:
            head += f"; {plural(self.errors, 'file')} with errors"
        if self.left:
            head += f"; {len(self.left)} left for a person:"
        rows = [f"{path}:{left.finding.line}:{left.finding.col + 1}: {left.text}"
                for path, left in self.left]
        for line_length, count in sorted(self.longer.items(), key=_by_limit):
            rows.append(f"{plural(count, 'line')} now longer than {line_length.named}: "
                        f"run {line_length.formatter or 'your formatter'}")
        return [head, *rows]


def _by_limit(item: Tuple[LineLength, int]) -> Tuple[int, str]:
    return item[0].limit, item[0].source


def _patch_name(path: str) -> str:
    """The file's name in a diff, as git writes it: relative to the current directory where it is
    below it, without ``./``."""
    name = os.path.normpath(path)
    if os.path.isabs(name):
        relative = os.path.relpath(name)
        name = name if relative.startswith("..") else relative
    return name.replace(os.sep, "/")


def unified_diff(path: str, old: str, new: str) -> str:
    """A unified diff of two decoded sources, line endings kept, with git's ``a/`` and ``b/``
    names (``git apply`` and ``patch -p1`` take it from the current directory); marks a missing
    final newline."""
    name = _patch_name(path)
    out: List[str] = []
    for line in difflib.unified_diff(split_lines(old), split_lines(new),
                                     fromfile=f"a/{name}", tofile=f"b/{name}"):
        out.append(line)
        if not line.endswith(("\n", "\r")):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)
