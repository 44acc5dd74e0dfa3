"""Where ``fix`` adds an import: where isort, ruff's ``I`` rules and a person put it.

The module's top import block (the import statements that follow the docstring) is read as groups
separated by blank lines, as isort writes them. A needed ``from M import N`` joins an existing
``from M import ...`` statement (isort merges them, so a second line would fail its check), in
the place isort orders names (constants, classes, then the rest, ignoring case). Otherwise the
statement goes into the group of its kind -- the standard library's for ``http``, the group that
already imports the framework for ``rest_framework`` -- in sorted position (straight imports
before ``from`` imports, by module, unless the group orders both kinds together), or becomes a new
group of its own after the ``from __future__`` imports, with the blank lines PEP 8 and isort want
around it. Everything is a text edit at one place: no other byte of the module changes.
"""

from __future__ import annotations

import ast
import io
import sys
import tokenize
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from flake8_httpstatus.findings import ImportNeed
from flake8_httpstatus.fix.sorting import SortStyle
from flake8_httpstatus.lines import char_column, line_starts

Edit = Tuple[int, int, str]  # (start offset, end offset, new text) in the module's text


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


def _top(module: str) -> str:
    return module.split(".", 1)[0]


def _module_of(statement: ast.stmt) -> Tuple[str, bool]:
    """(module, is a ``from`` import); relative imports get a leading dot."""
    if isinstance(statement, ast.ImportFrom):
        return "." * statement.level + (statement.module or ""), True
    assert isinstance(statement, ast.Import)
    return statement.names[0].name, False


def _is_stdlib(statement: ast.stmt) -> bool:
    module, _ = _module_of(statement)
    return not module.startswith(".") and _top(module) in stdlib_modules() \
        and module != "__future__"


def _section(statement: ast.stmt) -> str:
    """isort's section of an import: ``future``, ``stdlib``, ``local`` (relative) or
    ``third-party`` (first-party too: it cannot be told from the module alone)."""
    if _is_future(statement):
        return "future"
    if _is_stdlib(statement):
        return "stdlib"
    return "local" if _module_of(statement)[0].startswith(".") else "third-party"


def _is_future(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.ImportFrom) and statement.module == "__future__"


def _name_key(name: str) -> Tuple[int, str]:
    """isort's and ruff's order of names in a ``from`` import (``order-by-type``)."""
    if len(name) > 1 and name.isupper():
        rank = 0  # CONSTANT
    elif name[:1].isupper():
        rank = 1  # Class
    else:
        rank = 2
    return rank, name.lower()


class _Module:
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

    def _blank(self, number: int) -> bool:
        return number <= len(self.starts) and not self.line_text(number).strip()

    def _groups(self) -> List[List[int]]:
        groups: List[List[int]] = []
        previous: Optional[ast.stmt] = None
        for index in self.block:
            statement = self.body[index]
            between = range((previous.end_lineno or previous.lineno) + 1, statement.lineno) \
                if previous is not None else range(0)
            if previous is None or any(self._blank(n) for n in between):
                groups.append([])
            groups[-1].append(index)
            previous = statement
        return groups

    def line_start(self, number: int) -> int:
        return self.starts[number - 1] if number <= len(self.starts) else len(self.text)

    def after(self, statement: ast.stmt) -> int:
        """The offset where the line after ``statement`` starts."""
        return self.line_start((statement.end_lineno or statement.lineno) + 1)


def _merge(module: _Module, index: int, alias: str, max_line_length: int) -> Optional[Edit]:
    """The edit that adds ``alias`` to the ``from`` import at ``module.body[index]``, or None
    when its text is not one this can edit safely (a backslash, a comment inside)."""
    statement = module.body[index]
    found = _import_text(module, statement)
    if found is None:
        return None
    start, end, source, spans, parenthesised = found
    texts = [source[a:b] for a, b in spans]
    key = _name_key(alias.split(" ", 1)[0])
    position = next((i for i, t in enumerate(texts) if _name_key(t.split(" ", 1)[0]) > key),
                    len(texts))
    newline = module.newline
    if parenthesised and _one_per_line(source, spans):
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
    if parenthesised or "\n" in new_source or len(line.rstrip("\r\n")) + len(alias) + 2 \
            <= max_line_length:
        return (start, end, new_source)
    # The line would be too long: isort and black wrap it one name a line, with a trailing comma.
    all_names = texts[:position] + [alias] + texts[position:]
    head = source[:source.index(" import ") + len(" import ")]
    wrapped = head + "(" + newline + "".join(f"    {n},{newline}" for n in all_names) + ")"
    return (start, end, wrapped)


def _merge_all(module: _Module, index: int, aliases: Sequence[str],
               max_line_length: int) -> Optional[Edit]:
    """The edit that adds several ``aliases`` to the ``from`` import at ``module.body[index]``
    (names imported one by one: ``from litestar.status_codes import HTTP_200_OK``): the statement
    written again with every name in isort's order, in its own layout -- on one line where it
    fits and was on one, else one name a line with a trailing comma."""
    if len(aliases) == 1:
        return _merge(module, index, aliases[0], max_line_length)
    statement = module.body[index]
    found = _import_text(module, statement)
    if found is None:
        return None
    start, end, source, spans, parenthesised = found
    all_names = sorted([source[a:b] for a, b in spans] + list(aliases),
                       key=lambda n: _name_key(n.split(" ", 1)[0]))
    head = source[:source.index(" import ") + len(" import ")]
    newline = module.newline
    one_line = head + ", ".join(all_names)
    indent = len(module.line_text(statement.lineno)) - len(
        module.line_text(statement.lineno).lstrip())
    if "\n" not in source and not parenthesised and indent + len(one_line) <= max_line_length:
        return (start, end, one_line)
    return (start, end, head + "(" + newline + "".join(f"    {n},{newline}" for n in all_names)
            + ")")


def _statement(module_name: str, aliases: Sequence[str], max_line_length: int,
               newline: str) -> str:
    """``from module import a, b`` (wrapped one name a line where it is too long)."""
    ordered = sorted(aliases, key=lambda n: _name_key(n.split(" ", 1)[0]))
    line = f"from {module_name} import {', '.join(ordered)}"
    if len(line) <= max_line_length or len(ordered) == 1:
        return line
    return (f"from {module_name} import (" + newline
            + "".join(f"    {n},{newline}" for n in ordered) + ")")


def _import_text(module: _Module, statement: ast.stmt
                 ) -> Optional[Tuple[int, int, str, List[Tuple[int, int]], bool]]:
    """A ``from`` import's offsets in the module, its text, the spans of its names in that text
    and whether they stand in parentheses; None for a text this cannot edit safely."""
    last = statement.end_lineno or statement.lineno
    start = module.line_start(statement.lineno) + _char_col(module, statement.lineno,
                                                            statement.col_offset)
    end = module.line_start(last) + _char_col(module, last, statement.end_col_offset or 0)
    source = module.text[start:end]
    names = _alias_spans(source)
    if names is None:
        return None
    return start, end, source, names[0], names[1]


def _char_col(module: _Module, line: int, byte_col: int) -> int:
    return char_column(module.line_text(line), byte_col)


def _line_indent(source: str, at: int) -> str:
    line_start = source.rfind("\n", 0, at) + 1
    return source[line_start:at]


def _one_per_line(source: str, spans: Sequence[Tuple[int, int]]) -> bool:
    lines = [source.count("\n", 0, a) for a, _ in spans]
    closing = source.count("\n")
    return len(set(lines)) == len(lines) and lines[0] > 0 and closing > lines[-1]


def _alias_spans(source: str) -> Optional[Tuple[List[Tuple[int, int]], bool]]:
    """The (start, end) offsets of each ``name [as other]`` in a ``from`` import's text, and
    whether the names stand in parentheses; None for text with comments or backslashes."""
    if "#" in source or "\\" in source:
        return None
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    offsets = [0, *(i + 1 for i, c in enumerate(source) if c == "\n")]

    def at(position: Tuple[int, int]) -> int:
        return offsets[position[0] - 1] + position[1]

    skipped = (tokenize.NL, tokenize.NEWLINE, tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT)
    names = [t for t in tokens if t.type not in skipped]
    words = [t.string for t in names]
    if "import" not in words:
        return None
    rest = names[words.index("import") + 1:]
    parenthesised = bool(rest) and rest[0].string == "("
    if parenthesised:
        rest = rest[1:-1]
    spans: List[Tuple[int, int]] = []
    current: List[tokenize.TokenInfo] = []
    for token in [*rest, None]:
        if token is None or token.string == ",":
            if current:
                spans.append((at(current[0].start), at(current[-1].end)))
            current = []
        else:
            current.append(token)
    return (spans, parenthesised) if spans else None


def plan_imports(text: str, tree: ast.Module, needs: Iterable[ImportNeed], newline: str,
                 max_line_length: int = 79,
                 style: SortStyle = SortStyle()) -> Optional[ImportPlan]:
    """The edits that give the module the imports ``needs`` ask for, or None for none;
    ``style``: the project's isort or ruff settings (``sorting.sort_style``)."""
    wanted = sorted({(need.module, need.name, need.binding): need for need in needs}.values(),
                    key=lambda n: (n.name is not None, n.module, n.name or "", n.binding))
    if not wanted:
        return None
    module = _Module(text, tree, newline, style)
    edits: List[Edit] = []
    inserted: List[Tuple[Edit, ImportNeed, List[str]]] = []  # new statements, joined below
    merged: List[Tuple[int, str]] = []
    # the names one module gives: one statement (or one edit of the existing one) for all
    together: Dict[str, List[ImportNeed]] = {}
    for need in wanted:
        if need.name is not None:
            together.setdefault(need.module, []).append(need)
    for need in wanted:
        if need.name is None:
            statement = import_statement(need)
            inserted.append((_insert(module, need, statement), need, [statement]))
            continue
        group = together.get(need.module, [])
        if not group or group[0] is not need:
            continue  # planned with the first of its module
        aliases = [_alias(n) for n in group]
        if not style.force_single_line:
            target = _merge_target(module, need)
            if target is not None:
                merge = _merge_all(module, target, aliases, max_line_length)
                if merge is not None:
                    edits.append(merge)
                    merged.extend((target, alias) for alias in aliases)
                    continue
            statements = [_statement(need.module, aliases, max_line_length, newline)]
        else:  # one name a statement, in isort's order
            statements = [f"from {need.module} import {alias}" for alias in sorted(
                aliases, key=lambda a: _name_key(a.split(" ", 1)[0]))]
        inserted.append((_insert(module, need, newline.join(statements)), need, statements))
    # Statements inserted at one place (a new standard-library section right above the group
    # that gains ``import falcon``) go in isort's order: by section, then ``import x`` before
    # ``from x import y`` (unless sorted together), then by module.
    sorted_together = style.force_sort_within_sections
    inserted.sort(key=lambda item: (item[0][:2], _top(item[1].module) not in stdlib_modules(),
                                    not sorted_together and item[1].name is not None,
                                    item[1].module.lower()))
    added: List[str] = []
    for (offset, end), same_place in groupby(inserted, key=lambda item: item[0][:2]):
        items = list(same_place)
        edits.append((offset, end, "".join(item[0][2] for item in items)))
        added.extend(statement for item in items for statement in item[2])
    return ImportPlan(tuple(edits), tuple(added), tuple(merged))


def _merge_target(module: _Module, need: ImportNeed) -> Optional[int]:
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


def _insert(module: _Module, need: ImportNeed, statement: str) -> Edit:
    """Where the new import goes: never above a ``from __future__`` import, which must stay the
    first statement of the module (a group that mixes them with other imports gets the new line
    right below them)."""
    edit = _placed(module, need, statement)
    futures = [module.body[i] for i in module.block if _is_future(module.body[i])]
    if futures and edit[0] < module.after(futures[-1]):
        offset = module.after(futures[-1])
        return (offset, offset, statement + module.newline)
    return edit


def _placed(module: _Module, need: ImportNeed, statement: str) -> Edit:
    newline = module.newline
    line = statement + newline
    stdlib = _top(need.module) in stdlib_modules()
    groups = module.groups
    if not groups:
        return _into_empty_block(module, line)
    group = _target_group(module, need, stdlib)
    if group is not None:
        return _into_group(module, group, need, line)
    # A group of its own: after the __future__ imports, or first.
    body = module.body
    future = [g for g in groups if all(_is_future(body[i]) for i in g)]
    standard = [g for g in groups if any(_is_stdlib(body[i]) for i in g)]
    # A third-party import after the standard library's group; any import after __future__'s.
    previous = standard[-1] if standard and not stdlib else future[-1] if future else None
    if previous is not None:
        offset = module.after(body[previous[-1]])
        missing = _missing_blank_lines(module, previous[-1])
        return (offset, offset, newline + line + newline * missing)
    first = body[groups[0][0]]
    offset = module.line_start(_paragraph_start(module, first.lineno))
    return (offset, offset, line + newline)


def _target_group(module: _Module, need: ImportNeed, stdlib: bool) -> Optional[List[int]]:
    group = _section_group(module, need, stdlib)
    if group is None or not module.style.lines_between_types:
        return group
    return _by_type(module, group, need, stdlib)


def _by_type(module: _Module, group: List[int], need: ImportNeed, stdlib: bool) -> List[int]:
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

    def same_section(g: List[int]) -> bool:
        return all(_section(body[i]) == ("stdlib" if stdlib else "third-party") for i in g)

    wanted = need.name is not None
    if kind(group) is False and wanted and position + 1 < len(groups):
        following = groups[position + 1]
        if kind(following) is True and same_section(following):
            return following
    if kind(group) is True and not wanted and position > 0:
        previous = groups[position - 1]
        if kind(previous) is False and same_section(previous):
            return previous
    return group


def _section_group(module: _Module, need: ImportNeed, stdlib: bool) -> Optional[List[int]]:
    body = module.body
    groups = [g for g in module.groups if not all(_is_future(body[i]) for i in g)]
    if stdlib:
        return next((g for g in groups if any(_is_stdlib(body[i]) for i in g)), None)
    package = _top(need.module)
    same = next((g for g in groups if any(_top(_module_of(body[i])[0]) == package for i in g)),
                None)
    if same is not None:
        return same
    return next((g for g in groups if not any(_is_stdlib(body[i]) for i in g)
                 and not any(_module_of(body[i])[0].startswith(".") for i in g)), None)


def _into_group(module: _Module, group: List[int], need: ImportNeed, line: str) -> Edit:
    body = module.body
    kinds = [_module_of(body[i]) for i in group]
    together = module.style.force_sort_within_sections or any(
        is_from and not later_from for (_, is_from), (_, later_from)
        in zip(kinds, kinds[1:]))  # force-sort-within-sections, configured or seen

    def key(module_name: str, is_from: bool, name: str = "") -> Tuple[bool, str, Tuple[int, str]]:
        # statements of one module (force-single-line) in the order of their names
        return (False if together else is_from, module_name.lower(), _name_key(name))

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


def _paragraph_start(module: _Module, number: int) -> int:
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


def _wanted_before(module: _Module, number: int, following: Optional[ast.stmt]) -> int:
    """Blank lines wanted between the imports and line ``number``: as before ``following``,
    unless that line is a comment standing on its own (blank lines after it), which isort and
    pycodestyle both want one blank line before."""
    if following is None or number >= _first_line(following):
        return _blank_lines_wanted(following, module.style)
    last = number
    while last + 1 < _first_line(following) and not module._blank(last + 1):
        last += 1
    attached = last + 1 == _first_line(following)
    return _blank_lines_wanted(following, module.style) if attached else 1


def _first_line(statement: ast.stmt) -> int:
    """The statement's first line, its decorators' included."""
    decorators: List[ast.expr] = getattr(statement, "decorator_list", [])
    return min([statement.lineno, *(d.lineno for d in decorators)])


def _missing_blank_lines(module: _Module, last: int) -> int:
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
    while number < _first_line(following) and module._blank(number):
        blank += 1
        number += 1
    return max(0, _wanted_before(module, number, following) - blank)


def _into_empty_block(module: _Module, line: str) -> Edit:
    """A module without imports at its top: the import after the docstring (a blank line between),
    then two blank lines before a ``def`` or ``class``, one before anything else."""
    newline = module.newline
    body = module.body
    following = body[module.first] if module.first < len(body) else None
    if module.docstring is not None:
        # The blank lines after the docstring become: one, the import, as many as PEP 8 wants.
        offset = module.after(module.docstring)
        number = (module.docstring.end_lineno or module.docstring.lineno) + 1
        last = _first_line(following) if following is not None else len(module.starts) + 1
        while number < last and module._blank(number):
            number += 1
        end = module.line_start(number) if following is not None else offset
        return (offset, end, newline + line + newline * _wanted_before(module, number, following))
    if following is None:
        offset = len(module.text)
        prefix = newline if module.text and not module.text.endswith(("\n", "\r")) else ""
        return (offset, offset, prefix + line)
    offset = module.line_start(_paragraph_start(module, _first_line(following)))
    return (offset, offset, line + newline * _blank_lines_wanted(following, module.style))
