"""Which local name stands for which imported thing: a module-level import map.

Built from flake8's ``ast`` tree on the fast path and from the LibCST module on the reference path;
both give the same map. It stands in for LibCST's (costly) qualified-name resolution: a dotted
callee such as ``web.Response`` is qualified by looking its first name up here.
"""

from __future__ import annotations

from typing import Dict, Iterable, Optional, Sequence

ImportMap = Dict[str, str]


def add_import(imports: ImportMap, module: str, asname: Optional[str]) -> None:
    """``import a.b`` binds ``a`` to ``a``; ``import a.b as c`` binds ``c`` to ``a.b``."""
    if asname:
        imports[asname] = module
    else:
        top = module.split(".", 1)[0]
        imports[top] = top


def add_import_from(imports: ImportMap, module: str, names: Iterable[tuple[str, Optional[str]]]) -> None:
    """``from a import b as c`` binds ``c`` (or ``b``) to ``a.b``."""
    for name, asname in names:
        if name != "*":
            imports[asname or name] = f"{module}.{name}"


def qualify(imports: ImportMap, dotted: Sequence[str]) -> str:
    """``("web", "Response")`` -> ``"aiohttp.web.Response"`` when ``web`` is ``aiohttp.web``."""
    head = imports.get(dotted[0])
    if head is None:
        return ".".join(dotted)
    return ".".join((head, *dotted[1:]))


def imported_modules(imports: ImportMap) -> set[str]:
    """Top-level packages the module imports anything from."""
    return {target.split(".", 1)[0] for target in imports.values()}
