"""The project's line length, for ``fix``: where an added import is wrapped, which rewrites would
push their line past it, and what the summary counts against.

Where it comes from, first found:

1. ``--max-line-length`` on the command line (or pylsp's ``maxLineLength``): asked for, so used.
2. A formatter's, when the project runs one: black's ``line-length`` (88 unless set), else ruff's
   ``line-length`` (88 unless set) when ruff formats. The formatter rewraps every line past its
   length, so a line a rewrite pushes past it is the formatter's to fix ("run black"), and only
   lines past it are. A flake8 ``max-line-length`` below the formatter's would already fail on
   the project's own formatted code: such projects set both alike, or ignore E501.
3. Without a formatter, the smallest of the limits the project's linters are configured with:
   flake8's ``max-line-length`` (from the flake8 config file ``fix`` reads) and ruff's
   ``line-length``. A line past either fails that linter's E501.
4. Else 79, flake8's default.

Which formatter runs is read from the project, never guessed from a tool being installed:

* black: a ``[tool.black]`` table in ``pyproject.toml``, or a ``black`` hook in
  ``.pre-commit-config.yaml``;
* ruff format: a ``[tool.ruff.format]`` table (``[format]`` in ``ruff.toml``/``.ruff.toml``), or
  a ``ruff-format`` hook. A ``[tool.ruff]`` table alone says ruff lints, not that it formats: its
  ``line-length`` is then a linter's limit (3.).

The files are looked for as ``sorting`` looks for the import settings (the same directories, the
fixed file's upwards): the nearest directory with black's or ruff's configuration decides (in it,
ruff's own order: ``ruff.toml``, ``.ruff.toml``, ``pyproject.toml``), and the nearest
``.pre-commit-config.yaml``. ``--isolated`` reads none of them. Not read: ruff's ``extend``
(inherited settings) and ``lint.pycodestyle.max-line-length``, black's user-level configuration.

With a formatter, every rewrite is made and the lines it pushed past the length are counted
("run black"). Without one, a rewrite that would push its line past the length is not made: the
finding is left with the reason, so that ``fix`` never adds an E501 failure to fix by hand. A line
already past the length, or with ``# noqa: E501``, is no new failure and does not count.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from flake8_httpstatus.findings import Finding
from flake8_httpstatus.fix.comments import Dropped
from flake8_httpstatus.fix.noqa import Noqa
from flake8_httpstatus.fix.sorting import config_directories, read_toml, table
from flake8_httpstatus.fix.verify import Rewrite

#: flake8's (pycodestyle's) default max-line-length.
FLAKE8_DEFAULT = 79
#: Where the length comes from when nothing declares one.
DEFAULT_SOURCE = "flake8's default"
#: black's and ruff's default line-length.
FORMATTER_DEFAULT = 88

_RUFF_FILES = ("ruff.toml", ".ruff.toml", "pyproject.toml")
#: A hook of ``.pre-commit-config.yaml`` that formats: ``- id: black`` (``black-jupyter`` too).
_HOOK = re.compile(r"^[\s-]*id:\s*['\"]?(black|black-jupyter|ruff-format)['\"]?\s*(?:#.*)?$",
                   re.MULTILINE)


@dataclass(frozen=True)
class LineLength:
    """A line length, where it comes from, and the formatter that rewraps lines past it (None:
    none does, so ``fix`` leaves a rewrite that would cross it)."""

    limit: int = FLAKE8_DEFAULT
    source: str = DEFAULT_SOURCE
    formatter: Optional[str] = None  # "black", "ruff format"

    @property
    def named(self) -> str:
        """``88 characters (black line-length)``."""
        return f"{self.limit} characters ({self.source})"


@dataclass(frozen=True)
class Configured:
    """What the project's files say about black and ruff (None: not configured)."""

    black: Optional[int] = None  # black's line length, where it has a ``[tool.black]`` table
    #: ruff's ``line-length`` where ruff is configured (88, its default, unless set): the E501
    #: limit of a project that lints with ruff, whether or not it formats with it
    ruff: Optional[int] = None
    ruff_formats: bool = False  # a ``[tool.ruff.format]`` table (``[format]`` in ruff.toml)
    hooks: Tuple[str, ...] = ()  # the formatting pre-commit hooks

    def formatter(self) -> Optional[LineLength]:
        """The formatter the project runs, with its line length."""
        if self.black is not None or "black" in self.hooks or "black-jupyter" in self.hooks:
            return LineLength(FORMATTER_DEFAULT if self.black is None else self.black,
                              "black line-length", "black")
        if self.ruff_formats or "ruff-format" in self.hooks:
            return LineLength(FORMATTER_DEFAULT if self.ruff is None else self.ruff,
                              "ruff line-length", "ruff format")
        return None


def _length(settings: Mapping[str, Any], default: Optional[int]) -> Optional[int]:
    """``line-length`` (or ``line_length``) of a table: a positive whole number, else ``default``."""
    value = settings.get("line-length", settings.get("line_length"))
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return default


def _in_directory(directory: str) -> Optional[Configured]:
    """black's and ruff's configuration in this one directory, or None where it has neither."""
    black: Optional[int] = None
    ruff: Optional[Mapping[str, Any]] = None
    for name in _RUFF_FILES:
        path = os.path.join(directory, name)
        data = read_toml(path) if os.path.isfile(path) else None
        if data is None:
            continue
        if name == "pyproject.toml":
            black_table = table(data, "tool", "black")
            if black_table is not None:
                black = _length(black_table, FORMATTER_DEFAULT)
            ruff = ruff if ruff is not None else table(data, "tool", "ruff")
        elif ruff is None:
            ruff = data
    if black is None and ruff is None:
        return None
    if ruff is None:
        return Configured(black)
    return Configured(black, _length(ruff, FORMATTER_DEFAULT), table(ruff, "format") is not None)


def _hooks(directories: Iterable[str]) -> Tuple[str, ...]:
    """The formatting hooks of the nearest ``.pre-commit-config.yaml`` (read as text: a YAML
    parser is not a dependency, and a hook's ``id:`` line is unambiguous)."""
    for directory in directories:
        path = os.path.join(directory, ".pre-commit-config.yaml")
        if os.path.isfile(path):
            try:
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
            except (OSError, UnicodeDecodeError):
                return ()
            return tuple(sorted(set(_HOOK.findall(text))))
    return ()


@lru_cache(maxsize=256)
def configured(directory: str) -> Configured:
    """black's and ruff's configuration for files in ``directory``."""
    directories = list(config_directories(directory))
    found = next((c for c in map(_in_directory, directories) if c is not None), Configured())
    hooks = _hooks(directories)
    return Configured(found.black, found.ruff, found.ruff_formats, hooks) if hooks else found


def project_line_length(directory: str, *, cli: Optional[int] = None,
                        flake8: Optional[int] = None, isolated: bool = False) -> LineLength:
    """The line length for files in ``directory`` (see the module's docstring for the order).
    ``cli``: ``--max-line-length``; ``flake8``: the flake8 config's ``max-line-length``."""
    found = Configured() if isolated else configured(directory)
    formatter = found.formatter()
    if cli is not None:
        return LineLength(cli, "--max-line-length", formatter.formatter if formatter else None)
    if formatter is not None:
        return formatter
    linters = [LineLength(limit, source) for limit, source in
               ((flake8, "flake8 max-line-length"), (found.ruff, "ruff line-length"))
               if limit is not None]
    return min(linters, key=lambda length: length.limit, default=LineLength())


# --- the lines the rewrites push past it ---------------------------------------------------------

def _physical(text: str, starts: Sequence[int], line: int) -> str:
    end = starts[line] if line < len(starts) else len(text)
    return text[starts[line - 1]:end].rstrip("\r\n")


def _edits(text: str, starts: Sequence[int], rewrites: Sequence[Rewrite],
           dropped: Sequence[Dropped]) -> Dict[int, List[Tuple[int, int, str]]]:
    """Each line a rewrite starts on, with the edits to its text (columns in the line). A rewrite
    spanning lines brings the rest of its last line onto its first."""
    edits: Dict[int, List[Tuple[int, int, str]]] = {}
    for rewrite in rewrites:
        line, col, end_line, end_col = rewrite.span
        if not 0 < line <= end_line <= len(starts):
            continue
        if line == end_line:
            edits.setdefault(line, []).append((col, end_col, rewrite.replacement))
        else:
            rest = _physical(text, starts, end_line)[end_col:]
            edits.setdefault(line, []).append(
                (col, len(_physical(text, starts, line)), rewrite.replacement + rest))
    for line, kept, end in dropped:
        edits.setdefault(line, []).append((kept, end, ""))
    return edits


def crossing(text: str, starts: Sequence[int], rewrites: Sequence[Rewrite],
             dropped: Sequence[Dropped], limit: int,
             ceiling: Optional[int] = None) -> Dict[int, int]:
    """The lines the rewrites (and the comments dropped with them) push past ``limit``
    characters, with their new length: pycodestyle's E501 (trailing white space not counted),
    unless the line says ``# noqa: E501``. With ``ceiling``, also a line already past ``limit``
    that they push past ``ceiling``."""
    found: Dict[int, int] = {}
    for line, changes in _edits(text, starts, rewrites, dropped).items():
        old = _physical(text, starts, line)
        new = old
        for begin, end, replacement in sorted(changes, reverse=True):
            new = new[:begin] + replacement + new[end:]
        was, now = len(old.rstrip()), len(new.rstrip())
        if was <= limit < now or ceiling is not None and limit < was < now and now > ceiling:
            found[line] = now
    if found:
        noqa = Noqa(text)
        found = {line: length for line, length in found.items()
                 if not noqa.suppresses("E501", line)}
    return found


def made_longer(text: str, starts: Sequence[int], rewrites: Sequence[Rewrite],
                dropped: Sequence[Dropped], line_length: LineLength) -> int:
    """How many lines the rewrites push past the line length."""
    return len(crossing(text, starts, rewrites, dropped, line_length.limit))


def overlong(text: str, starts: Sequence[int], rewrites: Sequence[Tuple[Finding, Rewrite]],
             dropped: Sequence[Dropped], line_length: LineLength) -> List[Tuple[Finding, str]]:
    """The findings whose rewrite would push a line past the line length, each with the reason
    it is left (none where a formatter rewraps such lines)."""
    if line_length.formatter is not None or not rewrites:
        return []
    # with no length declared, lines already past 79 say the project's is longer, and unknown:
    # none of them is made longer than the file's longest
    ceiling = max((len(line.rstrip()) for line in text.splitlines()), default=0) \
        if line_length.source == DEFAULT_SOURCE else None
    lines = crossing(text, starts, [r for _, r in rewrites], dropped, line_length.limit, ceiling)
    refused: Dict[Finding, str] = {}
    for finding, rewrite in rewrites:
        line = rewrite.span[0]
        if line in lines and finding not in refused:
            which = "the line" if line == finding.line else f"line {line}"
            longest = f" and longer than the file's longest line ({ceiling})" \
                if ceiling is not None and line_length.limit < ceiling < lines[line] else ""
            refused[finding] = (
                f"{which} would be {lines[line]} characters, over the project's "
                f"{line_length.limit} ({line_length.source}){longest}; rewrite it by hand, or "
                "configure black or ruff format")
    return list(refused.items())


__all__ = ["FLAKE8_DEFAULT", "FORMATTER_DEFAULT", "Configured", "LineLength", "configured",
           "crossing", "made_longer", "overlong", "project_line_length"]
