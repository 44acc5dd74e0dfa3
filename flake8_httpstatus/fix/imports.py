"""Where ``fix`` adds an import: where isort, ruff's ``I`` rules and a person put it.

A needed ``from M import N`` joins an existing ``from M import ...`` statement of the module's
top import block (isort merges them, so a second line would fail its check), in the place isort
orders names (constants, classes, then the rest, ignoring case), unless the project wants one name
a statement. Otherwise a new statement goes where ``import_placement`` says, which reads the block
through ``import_block``. Everything is a text edit at one place: no other byte of the module
changes.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from itertools import groupby
from typing import Iterable, List, NamedTuple, Optional, Sequence, Tuple

from flake8_httpstatus.findings import ImportNeed
from flake8_httpstatus.fix.import_block import (
    Edit,
    ImportBlock,
    alias_key,
    from_import_text,
    stdlib_modules,
    top,
)
from flake8_httpstatus.fix.import_placement import insert
from flake8_httpstatus.fix.sorting import SortStyle


def import_statement(need: ImportNeed) -> str:
    """The statement that binds ``need.binding``: ``from http import HTTPStatus``, ``import http``,
    ``from http import HTTPStatus as S``."""
    if need.name is None:
        if need.binding == need.module:
            return f"import {need.module}"
        return f"import {need.module} as {need.binding}"
    return f"from {need.module} import {_alias(need)}"


def _alias(need: ImportNeed) -> str:
    assert need.name is not None
    return need.name if need.binding == need.name else f"{need.name} as {need.binding}"


@dataclass(frozen=True)
class ImportPlan:
    edits: Tuple[Edit, ...]
    #: Statements added whole, in the order they stand in the new module.
    added: Tuple[str, ...]
    #: (index of a top-level ``from`` import in the module's body, the alias it gained).
    merged: Tuple[Tuple[int, str], ...]

    @property
    def statements(self) -> Tuple[str, ...]:
        """What the import changes say, for the report."""
        return self.added + tuple(f"{alias} added to line {index}" for index, alias in self.merged)


class _Insertion(NamedTuple):
    """A new statement (or one a name, ``force-single-line``), at its place."""

    edit: Edit
    need: ImportNeed
    statements: List[str]


def plan_imports(text: str, tree: ast.Module, needs: Iterable[ImportNeed], newline: str,
                 max_line_length: int = 79,
                 style: SortStyle = SortStyle()) -> Optional[ImportPlan]:
    """The edits that give the module the imports ``needs`` ask for, or None for none;
    ``style``: the project's isort or ruff settings (``sorting.sort_style``)."""
    wanted = sorted({(need.module, need.name, need.binding): need for need in needs}.values(),
                    key=lambda n: (n.name is not None, n.module, n.name or "", n.binding))
    if not wanted:
        return None
    module = ImportBlock(text, tree, newline, style)
    inserted = [_Insertion(insert(module, need, statement), need, [statement])
                for need in wanted if need.name is None
                for statement in [import_statement(need)]]
    edits: List[Edit] = []
    merged: List[Tuple[int, str]] = []
    # the names one module gives: one statement (or one edit of the existing one) for all
    named = [need for need in wanted if need.name is not None]
    for _, same_module in groupby(named, key=lambda need: need.module):
        group = list(same_module)
        aliases = [_alias(need) for need in group]
        merge = _merged(module, group[0], aliases, max_line_length)
        if merge is not None:
            edits.append(merge[1])
            merged.extend((merge[0], alias) for alias in aliases)
            continue
        statements = _new_statements(module, group[0].module, aliases, max_line_length)
        inserted.append(_Insertion(insert(module, group[0], newline.join(statements)), group[0],
                                   statements))
    added = _join_at_each_place(inserted, style, edits)
    return ImportPlan(tuple(edits), tuple(added), tuple(merged))


def _join_at_each_place(inserted: List[_Insertion], style: SortStyle, edits: List[Edit]
                        ) -> List[str]:
    """One edit (appended to ``edits``) for the statements inserted at one place, and the
    statements added, in the order they stand. At one place (a new standard-library section right
    above the group that gains ``import falcon``) they go in isort's order: by section, then
    ``import x`` before ``from x import y`` (unless sorted together), then by module."""
    sorted_together = style.force_sort_within_sections
    ordered = sorted(inserted, key=lambda item: (
        item.edit[:2], top(item.need.module) not in stdlib_modules(),
        not sorted_together and item.need.name is not None, item.need.module.lower()))
    added: List[str] = []
    for (offset, end), same_place in groupby(ordered, key=lambda item: item.edit[:2]):
        items = list(same_place)
        edits.append((offset, end, "".join(item.edit[2] for item in items)))
        added.extend(statement for item in items for statement in item.statements)
    return added


def _merged(module: ImportBlock, need: ImportNeed, aliases: Sequence[str],
            max_line_length: int) -> Optional[Tuple[int, Edit]]:
    """(the index of the ``from`` import of ``need.module`` that gains ``aliases``, its edit), or
    None where the names need a statement of their own."""
    if module.style.force_single_line:
        return None
    target = _merge_target(module, need)
    if target is None:
        return None
    edit = _merge_all(module, target, aliases, max_line_length)
    return None if edit is None else (target, edit)


def _new_statements(module: ImportBlock, module_name: str, aliases: Sequence[str],
                    max_line_length: int) -> List[str]:
    """``from module import a, b`` (wrapped one name a line where it is too long), or one
    statement a name in isort's order (``force-single-line``)."""
    if module.style.force_single_line:
        return [f"from {module_name} import {alias}" for alias in sorted(aliases, key=alias_key)]
    return [_statement(module_name, aliases, max_line_length, module.newline)]


def _merge_target(module: ImportBlock, need: ImportNeed) -> Optional[int]:
    """The ``from`` import of the same module a new name joins: not one of ``*``, and -- as isort
    and ruff keep ``as`` imports apart (``combine-as-imports`` is off by default) -- one with an
    ``as`` name only for an ``as`` name, and the reverse."""
    aliased = need.binding != need.name
    for index in module.block:
        statement = module.body[index]
        if isinstance(statement, ast.ImportFrom) and not statement.level \
                and statement.module == need.module \
                and not any(alias.name == "*" for alias in statement.names) \
                and all(bool(alias.asname) == aliased for alias in statement.names):
            return index
    return None


def _merge(module: ImportBlock, index: int, alias: str, max_line_length: int) -> Optional[Edit]:
    """The edit that adds ``alias`` to the ``from`` import at ``module.body[index]``, or None
    when its text is not one this can edit safely (a backslash, a comment inside)."""
    statement = module.body[index]
    found = from_import_text(module, statement)
    if found is None:
        return None
    start, end, source, spans = found.start, found.end, found.source, found.spans
    texts = found.names
    key = alias_key(alias)
    position = next((i for i, t in enumerate(texts) if alias_key(t) > key), len(texts))
    newline = module.newline
    if found.parenthesised and _one_per_line(source, spans):
        indent = _line_indent(source, spans[0][0])
        if position < len(spans):  # a line of its own before that name's line
            line_start = source.rfind("\n", 0, spans[position][0]) + 1
            return (start + line_start, start + line_start, f"{indent}{alias},{newline}")
        last_end = spans[-1][1]
        rest = source[last_end:]
        if rest.lstrip(" \t").startswith(","):  # a trailing comma: a new line before ")"
            line_start = source.rfind("\n", 0, len(source) - 1) + 1
            return (start + line_start, start + line_start, f"{indent}{alias},{newline}")
        return (start + last_end, start + last_end, f",{newline}{indent}{alias}")
    if position < len(spans):
        new_source = source[:spans[position][0]] + f"{alias}, " + source[spans[position][0]:]
    else:
        new_source = source[:spans[-1][1]] + f", {alias}" + source[spans[-1][1]:]
    line = module.line_text(statement.lineno)
    if found.parenthesised or "\n" in new_source or len(line.rstrip("\r\n")) + len(alias) + 2 \
            <= max_line_length:
        return (start, end, new_source)
    # The line would be too long: isort and black wrap it one name a line, with a trailing comma.
    all_names = texts[:position] + [alias] + texts[position:]
    return (start, end, _one_name_a_line(found.head, all_names, newline))


def _merge_all(module: ImportBlock, index: int, aliases: Sequence[str],
               max_line_length: int) -> Optional[Edit]:
    """The edit that adds several ``aliases`` to the ``from`` import at ``module.body[index]``
    (names imported one by one: ``from litestar.status_codes import HTTP_200_OK``): the statement
    written again with every name in isort's order, in its own layout -- on one line where it
    fits and was on one, else one name a line with a trailing comma."""
    if len(aliases) == 1:
        return _merge(module, index, aliases[0], max_line_length)
    statement = module.body[index]
    found = from_import_text(module, statement)
    if found is None:
        return None
    all_names = sorted(found.names + list(aliases), key=alias_key)
    one_line = found.head + ", ".join(all_names)
    indent = len(module.line_text(statement.lineno)) - len(
        module.line_text(statement.lineno).lstrip())
    if "\n" not in found.source and not found.parenthesised \
            and indent + len(one_line) <= max_line_length:
        return (found.start, found.end, one_line)
    return (found.start, found.end, _one_name_a_line(found.head, all_names, module.newline))


def _statement(module_name: str, aliases: Sequence[str], max_line_length: int,
               newline: str) -> str:
    """``from module import a, b`` (wrapped one name a line where it is too long)."""
    ordered = sorted(aliases, key=alias_key)
    line = f"from {module_name} import {', '.join(ordered)}"
    if len(line) <= max_line_length or len(ordered) == 1:
        return line
    return _one_name_a_line(f"from {module_name} import ", ordered, newline)


def _one_name_a_line(head: str, names: Sequence[str], newline: str) -> str:
    """``head`` (``from module import ``) and the names in parentheses, one a line, as isort and
    black wrap them."""
    return head + "(" + newline + "".join(f"    {n},{newline}" for n in names) + ")"


def _line_indent(source: str, at: int) -> str:
    line_start = source.rfind("\n", 0, at) + 1
    return source[line_start:at]


def _one_per_line(source: str, spans: Sequence[Tuple[int, int]]) -> bool:
    lines = [source.count("\n", 0, a) for a, _ in spans]
    closing = source.count("\n")
    return len(set(lines)) == len(lines) and lines[0] > 0 and closing > lines[-1]
