"""The plugin's options from ``[tool.flake8-httpstatus]`` in ``pyproject.toml``.

A project that keeps its tool settings in ``pyproject.toml`` (one that runs ruff, say, and has no
``[flake8]`` section) writes the options there, named without the ``httpstatus-`` prefix::

    [tool.flake8-httpstatus]
    style = "drf"
    target-version = "3.11"
    extra-codes = [499, 520]          # a list, or a comma-separated string "499,520"

The file is the first ``pyproject.toml`` that holds the table, from the directory the tool runs
in (the current directory of flake8, ``check`` and ``fix``; the editor's workspace root) upwards,
stopping at the home directory as flake8's own search does. Its values come last: the command
line wins over flake8's configuration file, which wins over this table. The flake8 plugin, the
``check`` and ``fix`` commands and the editor adapter read it through ``validated()``: the plugin
once per run, when flake8 hands it the options (never per file), and only when an option has no
value from flake8; each file once per process while it is unchanged (cached by its path, size and
time of change); never with ``--isolated``. A bad value, an unknown key or a file that names the
table and cannot be read is an ``OptionError``: the one line a bad command-line value gives.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from typing import Any, Dict, List, Mapping, Optional, Tuple

from flake8_httpstatus.options import OPTIONS, OptionError, RawValue

TABLE = "flake8-httpstatus"
FILE = "pyproject.toml"
#: The table's keys -> the Config field each sets.
KEYS: Mapping[str, str] = {option.key: option.attr for option in OPTIONS}


def _parse(data: bytes) -> Dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - the dependency on older Pythons
        import tomli as tomllib  # type: ignore[import-not-found,no-redef,unused-ignore]
    parsed: Dict[str, Any] = tomllib.loads(data.decode("utf-8"))
    return parsed


def _load(path: str) -> Optional[Dict[str, Any]]:
    """The file's ``[tool.flake8-httpstatus]`` table, None when it has none. A file that is not
    TOML is taken as having none unless it names the table (then it is an error)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    if TABLE.encode() not in data:  # a table not named is none: the TOML parser is not imported
        return None
    try:
        parsed = _parse(data)
    except ValueError as exc:  # TOMLDecodeError, UnicodeDecodeError
        if TABLE.encode() not in data:
            return None
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise OptionError(_where(path), f"cannot read the file: {first}") from None
    tool = parsed.get("tool")
    found = tool.get(TABLE) if isinstance(tool, dict) else None
    if found is None:
        return None
    if not isinstance(found, dict):
        raise OptionError(_where(path), "is not a table")
    return found


def _where(path: str, key: str = "") -> str:
    shown = os.path.relpath(path) if not os.path.relpath(path).startswith("..") else path
    return f"{shown} [tool.{TABLE}]" + (f" {key}" if key else "")


@lru_cache(maxsize=32)
def _load_once(path: str, stamp: Tuple[int, int]) -> Optional[Dict[str, Any]]:
    return _load(path)


def _cached(path: str) -> Optional[Dict[str, Any]]:
    """``_load(path)``, read again only when the file changed (an editor's server lives long)."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return _load_once(path, (status.st_mtime_ns, status.st_size))


def find(start: str) -> Optional[str]:
    """The first ``pyproject.toml`` from ``start`` upwards that holds the table (not above the
    home directory), or None."""
    home = os.path.expanduser("~")
    directory = os.path.abspath(start)
    while True:
        candidate = os.path.join(directory, FILE)
        if _cached(candidate) is not None:
            return candidate
        parent = os.path.dirname(directory)
        if parent == directory or directory == home:
            return None
        directory = parent


def _value(path: str, key: str, value: object) -> RawValue:
    """A TOML value as the raw strings the command line gives: a string, or a list of them."""
    if isinstance(value, float):  # target-version = 3.10 is the number 3.1
        raise OptionError(_where(path, key), f"{value!r} is a number: write it as a string, "
                          "e.g. \"3.10\"")
    if isinstance(value, bool):
        raise OptionError(_where(path, key), f"{value!r} is not a string or a list")
    if isinstance(value, (str, int)):
        return str(value)
    if isinstance(value, list) and all(isinstance(item, (str, int)) and not isinstance(item, bool)
                                       for item in value):
        return [str(item) for item in value]
    raise OptionError(_where(path, key), f"{value!r} is not a string or a list of strings")


def table(start: str) -> Tuple[Tuple[Tuple[str, RawValue], ...], str]:
    """The raw values of the first table above ``start``, keyed by Config field, and the file's
    path ("" when there is none). Raises OptionError."""
    path = find(start)
    if path is None:
        return (), ""
    found = _cached(path) or {}
    raw: List[Tuple[str, RawValue]] = []
    for key, value in found.items():
        if key not in KEYS:
            raise OptionError(_where(path, key), f"unknown option (known: {', '.join(KEYS)})")
        raw.append((KEYS[key], _value(path, key, value)))
    return tuple(raw), path


def validated(start: str) -> Dict[str, RawValue]:
    """``table(start)`` as a dict, each value checked as the command line's would be (a bad one
    raises OptionError naming the file and the key)."""
    from flake8_httpstatus.options import build_config

    raw, path = table(os.path.abspath(start))
    keys = {attr: key for key, attr in KEYS.items()}
    for attr, value in raw:
        try:
            build_config({attr: value})
        except OptionError as exc:
            message = str(exc).split(": ", 3)[-1]
            raise OptionError(_where(path, keys[attr]), message) from None
    return dict(raw)


__all__ = ["KEYS", "find", "table", "validated"]
