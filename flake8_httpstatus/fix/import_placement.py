"""Where ``fix`` puts a new import statement: where isort, ruff's ``I`` rules and a person put it.

The statement goes into the group of its section -- the standard library's for ``http``, the
group that already imports the framework for ``rest_framework`` -- in sorted position (straight
imports before ``from`` imports, by module, unless the group orders both kinds together, as the
project's settings say or the group shows), or becomes a new group of its own after the
standard library's or the ``from __future__`` imports, with the blank lines PEP 8 and isort want
around it; never above a ``from __future__`` import.
"""

from __future__ import annotations

import ast
from typing import Callable, List, Optional, Tuple

from flake8_httpstatus.findings import ImportNeed
from flake8_httpstatus.fix.import_block import (
    Edit,
    ImportBlock,
    first_line,
    is_future,
    is_relative,
    is_stdlib,
    module_of,
    name_key,
    section,
    stdlib_modules,
    top,
)
from flake8_httpstatus.fix.sorting import SortStyle


def insert(module: ImportBlock, need: ImportNeed, statement: str) -> Edit:
    """Where the new import goes: never above a ``from __future__`` import, which must stay the
    first statement of the module (a group that mixes them with other imports gets the new line
    right below them)."""
    edit = _placed(module, need, statement)
    futures = [module.body[i] for i in module.block if is_future(module.body[i])]
    if futures and edit[0] < module.after(futures[-1]):
        offset = module.after(futures[-1])
        return (offset, offset, statement + module.newline)
    return edit


def _placed(module: ImportBlock, need: ImportNeed, statement: str) -> Edit:
    newline = module.newline
    line = statement + newline
    stdlib = top(need.module) in stdlib_modules()
    groups = module.groups
    if not groups:
        return _into_empty_block(module, line)
    group = _target_group(module, need, stdlib)
    if group is not None:
        return _into_group(module, group, need, line)
    # A group of its own: after the __future__ imports, or first.
    body = module.body
    future = [g for g in groups if _every(module, g, is_future)]
    standard = [g for g in groups if _some(module, g, is_stdlib)]
    # A third-party import after the standard library's group; any import after __future__'s.
    previous = standard[-1] if standard and not stdlib else future[-1] if future else None
    if previous is not None:
        offset = module.after(body[previous[-1]])
        missing = _missing_blank_lines(module, previous[-1])
        return (offset, offset, newline + line + newline * missing)
    first = body[groups[0][0]]
    offset = module.line_start(_paragraph_start(module, first.lineno))
    return (offset, offset, line + newline)


def _target_group(module: ImportBlock, need: ImportNeed, stdlib: bool) -> Optional[List[int]]:
    group = _section_group(module, need, stdlib)
    if group is None or not module.style.lines_between_types:
        return group
    return _by_type(module, group, need, stdlib)


def _by_type(module: ImportBlock, group: List[int], need: ImportNeed, stdlib: bool) -> List[int]:
    """Within a section laid out with a blank line between its ``import x`` and its ``from x
    import y`` statements (isort's ``lines_between_types``, ruff's ``lines-between-types``, where
    the project sets it: two such groups could as well be two sections), the part of the new
    import's kind."""
    body = module.body
    groups = module.groups
    position = groups.index(group)

    def kind(g: List[int]) -> Optional[bool]:  # True: all ``from``; False: all ``import``
        kinds = {isinstance(body[i], ast.ImportFrom) for i in g}
        return kinds.pop() if len(kinds) == 1 else None

    def samesection(g: List[int]) -> bool:
        return all(section(body[i]) == ("stdlib" if stdlib else "third-party") for i in g)

    wanted = need.name is not None
    if kind(group) is False and wanted and position + 1 < len(groups):
        following = groups[position + 1]
        if kind(following) is True and samesection(following):
            return following
    if kind(group) is True and not wanted and position > 0:
        previous = groups[position - 1]
        if kind(previous) is False and samesection(previous):
            return previous
    return group


def _section_group(module: ImportBlock, need: ImportNeed, stdlib: bool) -> Optional[List[int]]:
    """The group of the new import's section: the standard library's; else the group that already
    imports from its package, or the first of other third-party imports."""
    groups = [g for g in module.groups if not _every(module, g, is_future)]
    if stdlib:
        return _first(groups, lambda g: _some(module, g, is_stdlib))
    package = top(need.module)
    same = _first(groups, lambda g: _some(module, g, lambda s: top(module_of(s)[0]) == package))
    if same is not None:
        return same
    return _first(groups, lambda g: not _some(module, g, is_stdlib)
                  and not _some(module, g, is_relative))


def _first(groups: List[List[int]], test: Callable[[List[int]], bool]) -> Optional[List[int]]:
    return next((g for g in groups if test(g)), None)


def _some(module: ImportBlock, group: List[int], test: Callable[[ast.stmt], bool]) -> bool:
    """Whether one import of ``group`` passes ``test``."""
    return any(test(module.body[i]) for i in group)


def _every(module: ImportBlock, group: List[int], test: Callable[[ast.stmt], bool]) -> bool:
    return all(test(module.body[i]) for i in group)


def _into_group(module: ImportBlock, group: List[int], need: ImportNeed, line: str) -> Edit:
    body = module.body
    kinds = [module_of(body[i]) for i in group]
    together = module.style.force_sort_within_sections or any(
        is_from and not later_from for (_, is_from), (_, later_from)
        in zip(kinds, kinds[1:]))  # force-sort-within-sections, configured or seen

    def key(module_name: str, is_from: bool, name: str = "") -> Tuple[bool, str, Tuple[int, str]]:
        # statements of one module (force-single-line) in the order of their names
        return (False if together else is_from, module_name.lower(), name_key(name))

    def first_name(statement: ast.stmt) -> str:
        return statement.names[0].name if isinstance(statement, ast.ImportFrom) else ""

    new = key(need.module, need.name is not None, need.name or "")
    # lines-between-types: the first statement of its kind in a group of the other kind stands
    # apart, a blank line between (a ``from`` below the ``import`` statements, or the reverse)
    apart = module.style.lines_between_types > 0 and not together and all(
        is_from != (need.name is not None) for _, is_from in kinds)
    gap = module.newline * module.style.lines_between_types
    for index, (name, is_from) in zip(group, kinds):
        if key(name, is_from, first_name(body[index])) > new:
            offset = module.line_start(body[index].lineno)
            return (offset, offset, line + (gap if apart else ""))
    offset = module.after(body[group[-1]])
    return (offset, offset, (gap if apart else "") + line)


def _paragraph_start(module: ImportBlock, number: int) -> int:
    """The first line of the comment lines right above line ``number`` (a heading such as
    ``# Third-party``), unless they open the file (a shebang or licence header stays first)."""
    first = number
    while first > 1 and module.line_text(first - 1).lstrip().startswith("#"):
        first -= 1
    return number if first == 1 else first


def _blank_lines_wanted(following: Optional[ast.stmt], style: SortStyle = SortStyle()) -> int:
    """Blank lines after the imports: the project's ``lines-after-imports`` where it sets one,
    else two before a ``def`` or ``class`` (PEP 8, isort), one before other code; none at the end
    of the module."""
    if following is None:
        return 0
    if style.lines_after_imports >= 0:
        return style.lines_after_imports
    return 2 if isinstance(following, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else 1


def _wanted_before(module: ImportBlock, number: int, following: Optional[ast.stmt]) -> int:
    """Blank lines wanted between the imports and line ``number``: as before ``following``,
    unless that line is a comment standing on its own (blank lines after it), which isort and
    pycodestyle both want one blank line before."""
    if following is None or number >= first_line(following):
        return _blank_lines_wanted(following, module.style)
    last = number
    while last + 1 < first_line(following) and not module.blank(last + 1):
        last += 1
    attached = last + 1 == first_line(following)
    return _blank_lines_wanted(following, module.style) if attached else 1


def _missing_blank_lines(module: ImportBlock, last: int) -> int:
    """How many blank lines a group added after ``module.body[last]`` needs below it: none
    unless that statement ends the import block and fewer blank lines than wanted follow it."""
    if last != module.block[-1]:
        return 0
    following = module.body[last + 1] if last + 1 < len(module.body) else None
    if following is None:
        return 0
    statement = module.body[last]
    blank = 0
    number = (statement.end_lineno or statement.lineno) + 1
    while number < first_line(following) and module.blank(number):
        blank += 1
        number += 1
    return max(0, _wanted_before(module, number, following) - blank)


def _into_empty_block(module: ImportBlock, line: str) -> Edit:
    """A module without imports at its top: the import after the docstring (a blank line between),
    then two blank lines before a ``def`` or ``class``, one before anything else."""
    newline = module.newline
    body = module.body
    following = body[module.first] if module.first < len(body) else None
    if module.docstring is not None:
        # The blank lines after the docstring become: one, the import, as many as PEP 8 wants.
        offset = module.after(module.docstring)
        number = (module.docstring.end_lineno or module.docstring.lineno) + 1
        last = first_line(following) if following is not None else len(module.starts) + 1
        while number < last and module.blank(number):
            number += 1
        end = module.line_start(number) if following is not None else offset
        return (offset, end, newline + line + newline * _wanted_before(module, number, following))
    if following is None:
        offset = len(module.text)
        prefix = newline if module.text and not module.text.endswith(("\n", "\r")) else ""
        return (offset, offset, prefix + line)
    offset = module.line_start(_paragraph_start(module, first_line(following)))
    return (offset, offset, line + newline * _blank_lines_wanted(following, module.style))
