"""HTS008 in a ``from`` import: ``from starlette.status import HTTP_422_UNPROCESSABLE_ENTITY``.

Renaming the imported name renames the module's own name too, unless the import gives it another
(``... as UNPROCESSABLE``): then every use of the name in the module is renamed with it. That is
safe only where the name means that import and nothing else everywhere in the module, the new name
is not already a name there, every import of the old name is renamed in the same run, and the name
is written nowhere ``ast`` does not show as a use (a string in ``__all__``, a keyword argument).
"""

from __future__ import annotations

import ast
import io
import tokenize
from typing import Dict, List, Optional, Sequence, Tuple

from flake8_httpstatus.findings import Finding
from flake8_httpstatus.fix.scope import module_bindings
from flake8_httpstatus.fix.verify import Span
from flake8_httpstatus.lines import char_column
from flake8_httpstatus.positions import CONSTANT_OWNERS

#: A from-import finding -> the spans of the uses renamed with it (empty: the import names it
#: ``as`` something else), or why it cannot be renamed.
Renames = Dict[Finding, Tuple[List[Span], str]]


def _owner_imports(tree: ast.Module) -> List[ast.ImportFrom]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
            and not node.level and node.module in CONSTANT_OWNERS]


class _Module:
    """What renaming reads of the module: its tree, text and lines, its ``from`` imports of a
    constant's owner, and (read once asked for) every name it binds."""

    def __init__(self, tree: ast.Module, text: str, lines: Sequence[str]) -> None:
        self.tree = tree
        self.text = text
        self.lines = lines
        self.imports = _owner_imports(tree)
        self._bindings: Optional[Dict[str, List[Tuple[str, str]]]] = None

    @property
    def bindings(self) -> Dict[str, List[Tuple[str, str]]]:
        if self._bindings is None:
            self._bindings = module_bindings(self.tree)
        return self._bindings

    def import_at(self, finding: Finding) -> Optional[ast.ImportFrom]:
        """The import of a constant's owner the finding stands in, if any."""
        return next((i for i in self.imports
                     if _within(i, self.lines, finding.line, finding.col)), None)

    def uses(self, name: str) -> List[Span]:
        return [_span(node, self.lines) for node in ast.walk(self.tree)
                if isinstance(node, ast.Name) and node.id == name]


def _within(node: ast.stmt, lines: Sequence[str], line: int, col: int) -> bool:
    end_line = node.end_lineno or node.lineno
    start = (node.lineno, char_column(lines[node.lineno - 1], node.col_offset))
    end = (end_line, char_column(lines[end_line - 1], node.end_col_offset or 0))
    return start <= (line, col) < end


def _span(node: ast.expr, lines: Sequence[str]) -> Span:
    end_line = node.end_lineno or node.lineno
    return (node.lineno, char_column(lines[node.lineno - 1], node.col_offset), end_line,
            char_column(lines[end_line - 1], node.end_col_offset or 0))


def _written_elsewhere(text: str, name: str, seen: int) -> Optional[str]:
    """Why ``name`` is spelt where no use ``ast`` shows could be renamed, or None: ``seen``
    is how many times it stands as a name, an import's name or an attribute."""
    names = 0
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.NAME and token.string == name:
                names += 1
            elif token.type == tokenize.STRING and name in token.string:
                return f"`{name}` is also written in a string (`__all__`?)"
    except (tokenize.TokenError, SyntaxError):
        return "the module cannot be tokenized"
    if names != seen:
        return f"`{name}` is also written where it is no use of the import (a keyword?)"
    return None


def import_renames(tree: ast.Module, text: str, lines: Sequence[str],
                   candidates: Sequence[Finding]) -> Renames:
    """For each HTS008 candidate that stands in a ``from`` import of a constant's owner: the uses
    to rename with it, or why it must be left."""
    module = _Module(tree, text, lines)
    found: Renames = {}
    by_name: Dict[str, List[Finding]] = {}
    for finding in candidates:
        if finding.code != "HTS008" or not isinstance(finding.value, str):
            continue
        node = module.import_at(finding)
        if node is None:
            continue
        if all(alias.asname for alias in node.names if alias.name == finding.value):
            found[finding] = ([], "")  # imported ``as`` another name: only the import changes
        else:
            by_name.setdefault(finding.value, []).append(finding)
    for old, findings in by_name.items():
        suggestion = findings[0].suggestion
        assert suggestion is not None
        reason = _refusal(module, old, suggestion.replacement, findings)
        uses = [] if reason else module.uses(old)
        for finding in findings:
            found[finding] = (uses if finding is findings[0] else [], reason)
    return found


def _refusal(module: _Module, old: str, new: str, findings: Sequence[Finding]) -> str:
    """Why renaming ``old`` to ``new`` (with the imports ``findings`` stand in) is not safe, or
    ""."""
    return (_bound_otherwise(module, old) or _taken(module, new)
            or _imported_elsewhere(module, old, findings)
            or _written_elsewhere(module.text, old, _seen(module.tree, old)) or "")


def _bound_otherwise(module: _Module, old: str) -> Optional[str]:
    for kind, target in module.bindings.get(old, ()):
        owner, _, name = target.rpartition(".")
        if kind != "import" or owner not in CONSTANT_OWNERS or name != old:
            return f"`{old}` is also bound to something else in this module"
    return None


def _taken(module: _Module, new: str) -> Optional[str]:
    if new in module.bindings or any(isinstance(n, ast.Name) and n.id == new
                                     for n in ast.walk(module.tree)):
        return f"`{new}` is already a name in this module"
    return None


def _imported_elsewhere(module: _Module, old: str, findings: Sequence[Finding]) -> Optional[str]:
    """Why not: an import of ``old`` (not ``as`` another name) that no finding stands in."""
    unaliased = [i for i in module.imports if any(a.name == old and not a.asname for a in i.names)]
    if any(not any(_within(i, module.lines, f.line, f.col) for f in findings) for i in unaliased):
        return f"another import of `{old}` is not rewritten"
    return None


def _seen(tree: ast.Module, name: str) -> int:
    """How many times ``name`` stands as a name, an import's name or an attribute."""
    return sum(
        1 for node in ast.walk(tree)
        if (isinstance(node, ast.Name) and node.id == name)
        or (isinstance(node, ast.Attribute) and node.attr == name)
        or (isinstance(node, ast.alias) and name in (node.name, node.asname)))
