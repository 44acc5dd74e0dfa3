"""The module's top import block as ``fix`` reads it: the import statements after the docstring,
in groups separated by blank lines as isort writes them, each import's section (``__future__``,
standard library, third party, relative) and the names of a ``from`` import in its text."""

from __future__ import annotations

import ast
import io
import sys
import tokenize
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional, Tuple

from flake8_httpstatus.fix.sorting import SortStyle
from flake8_httpstatus.lines import char_column, line_starts

Edit = Tuple[int, int, str]  # (start offset, end offset, new text) in the module's text
Spans = List[Tuple[int, int]]  # (start, end) offsets in a text


@lru_cache(maxsize=None)
def stdlib_modules() -> frozenset[str]:
    """Top-level names of the standard library's modules."""
    names = getattr(sys, "stdlib_module_names", None)
    if names is not None:
        return frozenset(names)
    import pkgutil  # Python 3.9: the modules in the standard library's directory
    import sysconfig

    found = {module.name for module in pkgutil.iter_modules([sysconfig.get_paths()["stdlib"]])}
    return frozenset(found | set(sys.builtin_module_names))


def top(module: str) -> str:
    return module.split(".", 1)[0]


def module_of(statement: ast.stmt) -> Tuple[str, bool]:
    """(module, is a ``from`` import); relative imports get a leading dot."""
    if isinstance(statement, ast.ImportFrom):
        return "." * statement.level + (statement.module or ""), True
    assert isinstance(statement, ast.Import)
    return statement.names[0].name, False


def is_future(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.ImportFrom) and statement.module == "__future__"


def is_stdlib(statement: ast.stmt) -> bool:
    module, _ = module_of(statement)
    return not module.startswith(".") and top(module) in stdlib_modules() \
        and module != "__future__"


def is_relative(statement: ast.stmt) -> bool:
    return module_of(statement)[0].startswith(".")


def section(statement: ast.stmt) -> str:
    """isort's section of an import: ``future``, ``stdlib``, ``local`` (relative) or
    ``third-party`` (first-party too: it cannot be told from the module alone)."""
    if is_future(statement):
        return "future"
    if is_stdlib(statement):
        return "stdlib"
    return "local" if is_relative(statement) else "third-party"


def name_key(name: str) -> Tuple[int, str]:
    """isort's and ruff's order of names in a ``from`` import (``order-by-type``)."""
    if len(name) > 1 and name.isupper():
        rank = 0  # CONSTANT
    elif name[:1].isupper():
        rank = 1  # Class
    else:
        rank = 2
    return rank, name.lower()


def alias_key(alias: str) -> Tuple[int, str]:
    """``name_key`` of ``name [as other]``."""
    return name_key(alias.split(" ", 1)[0])


def first_line(statement: ast.stmt) -> int:
    """The statement's first line, its decorators' included."""
    decorators: List[ast.expr] = getattr(statement, "decorator_list", [])
    return min([statement.lineno, *(d.lineno for d in decorators)])


class ImportBlock:
    """The top import block of one module, read from its ``ast`` tree and text."""

    def __init__(self, text: str, tree: ast.Module, newline: str,
                 style: SortStyle = SortStyle()) -> None:
        self.text = text
        self.newline = newline
        self.style = style
        self.starts = line_starts(text)
        body = tree.body
        first = 1 if body and isinstance(body[0], ast.Expr) and isinstance(
            body[0].value, ast.Constant) and isinstance(body[0].value.value, str) else 0
        self.docstring = body[0] if first else None
        self.body = body
        self.first = first
        end = first
        while end < len(body) and isinstance(body[end], (ast.Import, ast.ImportFrom)):
            end += 1
        self.block = list(range(first, end))  # indexes into body
        self.groups = self._groups()

    def line_text(self, number: int) -> str:
        start = self.starts[number - 1]
        end = self.starts[number] if number < len(self.starts) else len(self.text)
        return self.text[start:end]

    def blank(self, number: int) -> bool:
        return number <= len(self.starts) and not self.line_text(number).strip()

    def _groups(self) -> List[List[int]]:
        groups: List[List[int]] = []
        previous: Optional[ast.stmt] = None
        for index in self.block:
            statement = self.body[index]
            between = range((previous.end_lineno or previous.lineno) + 1, statement.lineno) \
                if previous is not None else range(0)
            if previous is None or any(self.blank(n) for n in between):
                groups.append([])
            groups[-1].append(index)
            previous = statement
        return groups

    def line_start(self, number: int) -> int:
        return self.starts[number - 1] if number <= len(self.starts) else len(self.text)

    def after(self, statement: ast.stmt) -> int:
        """The offset where the line after ``statement`` starts."""
        return self.line_start((statement.end_lineno or statement.lineno) + 1)

    def char_col(self, line: int, byte_col: int) -> int:
        return char_column(self.line_text(line), byte_col)


@dataclass(frozen=True)
class FromImportText:
    """A ``from`` import as it is written: its offsets in the module, its text, the spans of its
    names (``name [as other]``) in that text and whether they stand in parentheses."""

    start: int
    end: int
    source: str
    spans: Spans
    parenthesised: bool

    @property
    def names(self) -> List[str]:
        return [self.source[a:b] for a, b in self.spans]

    @property
    def head(self) -> str:
        """``from module import ``."""
        return self.source[:self.source.index(" import ") + len(" import ")]


def from_import_text(module: ImportBlock, statement: ast.stmt) -> Optional[FromImportText]:
    """The text of the ``from`` import ``statement``; None for a text this cannot edit safely
    (a comment or a backslash inside)."""
    last = statement.end_lineno or statement.lineno
    start = module.line_start(statement.lineno) + module.char_col(statement.lineno,
                                                                  statement.col_offset)
    end = module.line_start(last) + module.char_col(last, statement.end_col_offset or 0)
    source = module.text[start:end]
    names = _alias_spans(source)
    if names is None:
        return None
    return FromImportText(start, end, source, names[0], names[1])


def _alias_spans(source: str) -> Optional[Tuple[Spans, bool]]:
    """The (start, end) offsets of each ``name [as other]`` in a ``from`` import's text, and
    whether the names stand in parentheses; None for text with comments or backslashes."""
    if "#" in source or "\\" in source:
        return None
    rest = _after_import(source)
    if rest is None:
        return None
    parenthesised = bool(rest) and rest[0].string == "("
    if parenthesised:
        rest = rest[1:-1]
    offsets = [0, *(i + 1 for i, c in enumerate(source) if c == "\n")]
    spans = [(offsets[first.start[0] - 1] + first.start[1], offsets[last.end[0] - 1] + last.end[1])
             for first, last in _between_commas(rest)]
    return (spans, parenthesised) if spans else None


_LAYOUT = (tokenize.NL, tokenize.NEWLINE, tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT)


def _after_import(source: str) -> Optional[List[tokenize.TokenInfo]]:
    """The tokens after the ``import`` keyword (layout tokens left out), or None without one."""
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
              if t.type not in _LAYOUT]
    words = [t.string for t in tokens]
    if "import" not in words:
        return None
    return tokens[words.index("import") + 1:]


def _between_commas(tokens: List[tokenize.TokenInfo]
                    ) -> List[Tuple[tokenize.TokenInfo, tokenize.TokenInfo]]:
    """The first and last token of each non-empty run of tokens between commas."""
    runs: List[Tuple[tokenize.TokenInfo, tokenize.TokenInfo]] = []
    current: List[tokenize.TokenInfo] = []
    for token in [*tokens, None]:
        if token is None or token.string == ",":
            if current:
                runs.append((current[0], current[-1]))
            current = []
        else:
            current.append(token)
    return runs
