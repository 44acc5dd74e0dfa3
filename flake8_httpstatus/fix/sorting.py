"""How the project sorts its imports: the isort and ruff settings that decide where an added
import goes and that cannot be read off the module itself.

Read from the first configuration found from the fixed file's directory upwards: ruff's
(``ruff.toml``, ``.ruff.toml``, ``[tool.ruff]`` in ``pyproject.toml``: ``lint.isort``) and
isort's (``.isort.cfg``, ``[tool.isort]`` in ``pyproject.toml``, ``[isort]`` in ``setup.cfg`` or
``tox.ini``). Only four settings matter here:

* ``force-sort-within-sections``: ``import x`` and ``from x import y`` sorted together by module;
* ``lines-between-types``: a blank line between a section's ``import`` and ``from`` statements;
* ``force-single-line``: one name per ``from`` import (a new name gets a statement of its own);
* ``lines-after-imports``: the blank lines between the imports and the code.

Where the module itself shows the layout (a ``from`` import followed by an ``import`` in one
group), ``import_placement`` follows the module. An unreadable or missing file means isort's
defaults.

The search itself (``config_directories``: the fixed file's directory and its parents) and the
TOML reading (``read_toml``, ``table``) serve ``line_length`` too, which reads black's and ruff's
line length from the same files.
"""

from __future__ import annotations

import configparser
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict, Iterator, Mapping, Optional


@dataclass(frozen=True)
class SortStyle:
    force_sort_within_sections: bool = False
    lines_between_types: int = 0
    force_single_line: bool = False
    #: blank lines after the imports; -1: two before a ``def`` or ``class``, else one
    lines_after_imports: int = -1


#: isort's profiles that set one of these (isort/profiles.py).
PROFILES: Mapping[str, SortStyle] = {
    "google": SortStyle(force_sort_within_sections=True, force_single_line=True),
    "open_stack": SortStyle(force_sort_within_sections=True, force_single_line=True),
}

_FILES = ("ruff.toml", ".ruff.toml", "pyproject.toml", ".isort.cfg", "setup.cfg", "tox.ini")


def read_toml(path: str) -> Optional[Dict[str, Any]]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - the dependency on older Pythons
        try:
            import tomli as tomllib  # type: ignore[import-not-found,no-redef,unused-ignore]
        except ImportError:
            return None
    try:
        with open(path, "rb") as handle:
            data: Dict[str, Any] = tomllib.load(handle)
    except (OSError, ValueError):
        return None
    return data


def table(data: Mapping[str, Any], *keys: str) -> Optional[Mapping[str, Any]]:
    for key in keys:
        value = data.get(key)
        if not isinstance(value, dict):
            return None
        data = value
    return data


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _number(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1 if str(value).strip() == "-1" else 0


def _style(settings: Mapping[str, Any]) -> SortStyle:
    """A SortStyle from isort's or ruff's keys (``force_sort_within_sections`` or
    ``force-sort-within-sections``), over the profile's."""
    def get(name: str) -> Any:
        return settings.get(name, settings.get(name.replace("_", "-")))

    base = PROFILES.get(str(settings.get("profile", "")), SortStyle())
    force_sort = get("force_sort_within_sections")
    between = get("lines_between_types")
    single = get("force_single_line")
    after = get("lines_after_imports")
    return SortStyle(
        base.force_sort_within_sections if force_sort is None else _flag(force_sort),
        base.lines_between_types if between is None else _number(between),
        base.force_single_line if single is None else _flag(single),
        base.lines_after_imports if after is None else _number(after),
    )


def _read(path: str) -> Optional[SortStyle]:
    """The style a file configures, or None where it configures no import sorting."""
    name = os.path.basename(path)
    if name.endswith(".toml"):
        data = read_toml(path)
        if data is None:
            return None
        ruff = table(data, "tool", "ruff") if name == "pyproject.toml" else data
        if ruff is not None:
            settings = table(ruff, "lint", "isort") or table(ruff, "isort")
            if settings is not None:
                return _style(settings)
        isort = table(data, "tool", "isort") if name == "pyproject.toml" else None
        return None if isort is None else _style(isort)
    parser = configparser.RawConfigParser()
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError, OSError):
        return None
    for section in ("settings", "isort", "tool:isort"):
        if parser.has_section(section):
            return _style(dict(parser.items(section)))
    return None


def config_directories(directory: str) -> Iterator[str]:
    """``directory`` and its parents, nearest first: where a project's configuration is looked
    for (each tool's own search goes upwards from the file too)."""
    current = os.path.abspath(directory)
    while True:
        yield current
        parent = os.path.dirname(current)
        if parent == current:
            return
        current = parent


@lru_cache(maxsize=256)
def sort_style(directory: str) -> SortStyle:
    """The import sorting configured for files in ``directory`` (isort's defaults if none)."""
    for current in config_directories(directory):
        for name in _FILES:
            path = os.path.join(current, name)
            if os.path.isfile(path):
                found = _read(path)
                if found is not None:
                    return found
    return SortStyle()


__all__ = ["PROFILES", "SortStyle", "config_directories", "read_toml", "sort_style", "table"]
