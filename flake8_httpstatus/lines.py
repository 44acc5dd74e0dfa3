"""Lines and columns, counted the way Python, flake8 and LibCST count them.

Python ends a line at ``\\n``, ``\\r\\n`` or ``\\r`` only; ``str.splitlines`` also breaks at form
feeds, vertical tabs and Unicode separators, which would shift every line number after them. The
``ast`` module gives columns in UTF-8 bytes, flake8 and LibCST in characters.
"""

from __future__ import annotations

import io
import re
from typing import List, Sequence

#: A line break as Python counts them (compiled on first use, not on the plugin's import path).
_LINE_BREAK = r"\r\n|\r|\n"


def split_lines(text: str) -> List[str]:
    """The lines of ``text``, each with its own line ending (``\\r\\n`` stays ``\\r\\n``)."""
    return io.StringIO(text, newline="").readlines()


def universal_lines(text: str) -> List[str]:
    """The lines as flake8 reads a file (universal newlines): every line ending becomes ``\\n``;
    the last line has none when the text has none."""
    lines = [line + "\n" for line in re.split(_LINE_BREAK, text)]
    if text == "" or text[-1:] in ("\n", "\r"):
        lines.pop()  # the empty piece after the last line break
    elif lines:
        lines[-1] = lines[-1][:-1]
    return lines


def line_starts(text: str) -> List[int]:
    """The offset in ``text`` of each line's first character."""
    return [0, *(match.end() for match in re.finditer(_LINE_BREAK, text))]


def offset(starts: Sequence[int], line: int, column: int) -> int:
    """The offset in the text of (1-based ``line``, 0-based character ``column``)."""
    return starts[line - 1] + column


def char_column(line: str, byte_column: int) -> int:
    """The character column of an ``ast`` column (UTF-8 bytes) on ``line``."""
    if line.isascii():
        return byte_column
    return len(line.encode("utf-8")[:byte_column].decode("utf-8", "replace"))


def indentation(line: str) -> str:
    """The white space a line starts with, form feeds included."""
    return line[: len(line) - len(line.lstrip(" \t\f"))]
