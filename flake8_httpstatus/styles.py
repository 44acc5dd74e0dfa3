"""Which int constants a module is written with (``--httpstatus-style=auto``), decided once per
module.

A module that binds the constants of one style (``from rest_framework import status``, ``from
http import HTTPStatus``) keeps that style. One that binds two keeps the style it uses most,
counted in its text (``status.HTTP_404_NOT_FOUND`` against ``HTTPStatus.OK``); a tie goes to the
framework's. One that binds none takes its package's convention (``package_style``: what the
modules beside it keep, ``kept_style``), else the constants its framework documents, else
``HTTPStatus``. The count reads the text, not a tree (comments and docstrings included: a
comment naming ``status.HTTP_200_OK`` counts as a use), so both checker paths decide alike before
any LibCST work, and the decision is part of what the fast path's result cache is keyed on.
A status-line style (``falcon.HTTP_404``, ``constant_styles.LINE_STYLES``) takes no part in that
choice: its constants are strings, not ints, so ``auto`` gives them only where a line stands and
only in a module that already writes them (``ModuleStyle.line_styles``), whose code already
handles its statuses as lines.
"""

from __future__ import annotations

import re
from typing import Dict, List, NamedTuple, Optional, Tuple

from flake8_httpstatus.imports import ImportMap, imported_modules
from flake8_httpstatus.constant_styles import (
    AUTO_STYLES,
    LINE_STYLES,
    STANDARD,
    SUGGESTED_OWNERS,
    ConstantOwner,
)

#: The stdlib's owner, and the frameworks' (style -> owner), in the order that breaks a tie.
STDLIB = STANDARD.owners[0]
FRAMEWORKS: Dict[str, ConstantOwner] = {
    style: owner for style, owner in SUGGESTED_OWNERS.items() if style != STDLIB.style}
#: The frameworks ``auto`` chooses among (``Style.auto``; their constants are ints). A style
#: only offered (``--httpstatus-style=httpx``) is none of them: binding it changes nothing.
INT_FRAMEWORKS: Dict[str, ConstantOwner] = {
    style: owner for style, owner in FRAMEWORKS.items() if style in AUTO_STYLES}
#: Every import target that is the stdlib's ``HTTPStatus`` (``http.client.HTTPStatus`` too).
STDLIB_PATHS = frozenset(owner.path for owner in STANDARD.owners)

#: A constant's name: upper case (``NOT_FOUND``, ``HTTP_404``), not a class (``HTTPError``).
CONSTANT_NAME = re.compile(r"[A-Z][A-Z0-9_]*")
#: A framework's status constant imported on its own (``HTTP_200_OK``, ``HTTP_404``; not
#: Starlette's websocket ``WS_1008_POLICY_VIOLATION``).
STATUS_NAME = re.compile(r"HTTP_[0-9][A-Z0-9_]*")


def bindings(imports: ImportMap) -> Dict[str, List[str]]:
    """Import target -> the local names bound to it."""
    found: Dict[str, List[str]] = {}
    for binding, target in imports.items():
        found.setdefault(target, []).append(binding)
    return found


def names_imported(owner: ConstantOwner, imports: ImportMap) -> List[str]:
    """The local names of the owner's constants the module imports one by one (``from
    litestar.status_codes import HTTP_200_OK``, ``from falcon import HTTP_404``)."""
    prefix = owner.path + "."
    return [binding for binding, target in imports.items()
            if target.startswith(prefix) and STATUS_NAME.fullmatch(target[len(prefix):])]


def _binds(style: str, imports: ImportMap, targets: Dict[str, List[str]]) -> bool:
    if style == STDLIB.style:
        return STDLIB.module in targets or not STDLIB_PATHS.isdisjoint(targets)
    owner = FRAMEWORKS[style]
    return owner.path in targets or bool(names_imported(owner, imports))


def bound_styles(imports: ImportMap, targets: Dict[str, List[str]]) -> List[str]:
    """The styles of int constants the module binds (``targets``: its ``bindings``),
    frameworks first."""
    return [style for style in (*INT_FRAMEWORKS, STDLIB.style)
            if _binds(style, imports, targets)]


def _uses(style: str, imports: ImportMap, targets: Dict[str, List[str]], text: str) -> int:
    """How often the text names a constant of the style: through its owner (``status.HTTP_...``,
    ``http.HTTPStatus.OK``) or by a name imported on its own (each after its import)."""
    owner = STDLIB if style == STDLIB.style else FRAMEWORKS[style]
    spellings = [re.escape(name) for path in (STDLIB_PATHS if owner is STDLIB else (owner.path,))
                 for name in targets.get(path, ())]
    if owner.module:
        spellings += [re.escape(name) + r"\." + re.escape(owner.name)
                      for name in targets.get(owner.module, ())]
    count = 0
    if spellings:
        through = re.compile(r"(?<![\w.])(?:%s)\.([A-Z][A-Za-z0-9_]*)" % "|".join(spellings))
        count += sum(1 for match in through.finditer(text)
                     if CONSTANT_NAME.fullmatch(match.group(1)))
    for name in names_imported(owner, imports):
        count += max(0, len(re.findall(r"(?<![\w.])%s(?!\w)" % re.escape(name), text)) - 1)
    return count


class ModuleStyle(NamedTuple):
    """What ``auto`` stands for in a module: its style of int constants, and the status-line
    styles whose constants it already writes."""

    int_style: str
    line_styles: Tuple[str, ...] = ()


def _int_style(imports: ImportMap, targets: Dict[str, List[str]], text: str) -> str:
    bound = bound_styles(imports, targets)
    if len(bound) > 1:
        uses = {style: _uses(style, imports, targets, text) for style in bound}
        return max(bound, key=uses.__getitem__)  # the first of the most used: frameworks first
    if bound:
        return bound[0]
    modules = imported_modules(imports)
    for style in AUTO_STYLES:
        if FRAMEWORKS[style].path.split(".", 1)[0] in modules:
            return style
    return STDLIB.style


def kept_style(imports: ImportMap, text: str) -> Optional[str]:
    """The style of int constants a module that binds one keeps (what ``auto`` writes there:
    the most used of those it binds), as a neighbour's vote for a module beside it that binds
    none (``package_style``); None where it binds none. Binding is enough, without a constant
    named yet (``status.is_success(code)``, an import ``fix`` will use): ``fix`` then writes
    that very style there, so a run's own rewrites never turn a vote."""
    targets = bindings(imports)
    return _int_style(imports, targets, text) if bound_styles(imports, targets) else None


def module_style(imports: ImportMap, text: str) -> ModuleStyle:
    """What ``auto`` stands for in this module (``text``: its source)."""
    targets = bindings(imports)
    written = tuple(style for style in sorted(LINE_STYLES)
                    if _binds(style, imports, targets) and _uses(style, imports, targets, text))
    return ModuleStyle(_int_style(imports, targets, text), written)
