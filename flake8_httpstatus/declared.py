"""What the project declares about the versions it runs on, read as ruff reads ``requires-python``,
so that a project needs no option for them.

* The target Python: ``[project] requires-python`` of ``pyproject.toml``, else ``python_requires``
  of ``setup.cfg``'s ``[options]``, else Poetry's ``python`` in ``[tool.poetry.dependencies]``;
  the oldest version it allows (``>=3.11``: 3.11; ``>3.8``: 3.9), kept within the targets the
  option accepts.
* The oldest release of each framework whose version decides its names (``constant_styles``'
  distributions): ``[project] dependencies`` and every extra of ``[project.optional-dependencies]``,
  ``setup.cfg``'s ``install_requires`` and ``[options.extras_require]``, Poetry's dependency tables
  (``dependencies``, ``dev-dependencies``, each group's). Where several name a framework, the
  lowest bound wins: the code must run with the lowest release any of them lets in.

The project is the nearest directory, from the one the tool runs in upwards (not above the home
directory, as ``pyproject.find``), whose ``pyproject.toml`` has a ``[project]`` or
``[tool.poetry]`` table or whose ``setup.cfg`` has ``[metadata]`` or ``[options]``: a
``pyproject.toml`` of tool settings alone (a docs directory's black settings) is looked past.

The options win over what is declared, and what is declared over what is installed
(``versions.supported``). Nothing here raises: a value that cannot be read is skipped with a note
(``flake8 -vv``), as packaging metadata is the project's own business and not this plugin's to
police. Read once per run (the plugin's ``parse_options``, each load of the commands' settings),
each file again only when it changed (cached by path, size and time of change).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple

from flake8_httpstatus.options import DEFAULT_TARGET, NEWEST_TARGET, OLDEST_TARGET, Config
from flake8_httpstatus.startup_tables import DISTRIBUTIONS

PYPROJECT = "pyproject.toml"
SETUP_CFG = "setup.cfg"


class _Record:
    """Named values compared as the tuple of them: a plain class (a ``NamedTuple`` costs every
    flake8 run that reads a project about a million instructions more to define)."""

    __slots__: Tuple[str, ...] = ()

    def _values(self) -> Tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._values() == other._values()

    def __repr__(self) -> str:
        return f"{type(self).__name__}{self._values()!r}"


class Found(_Record):
    """A declared version and where it was read ("pyproject.toml [project] requires-python
    '>=3.11'")."""

    __slots__ = ("value", "source")

    def __init__(self, value: Tuple[int, ...], source: str) -> None:
        self.value, self.source = value, source


class Declared(_Record):
    """What the project declares: its oldest Python, its frameworks' oldest releases ((style,
    Found), sorted by style), and notes on what was read past and why (``flake8 -vv``)."""

    __slots__ = ("target", "versions", "notes")

    def __init__(self, target: Optional[Found] = None,
                 versions: Tuple[Tuple[str, Found], ...] = (), notes: Tuple[str, ...] = ()) -> None:
        self.target, self.versions, self.notes = target, versions, notes


def _stamp(path: str) -> Optional[Tuple[int, int]]:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


@lru_cache(maxsize=32)
def _toml(path: str, stamp: Tuple[int, int]) -> Tuple[Optional[Dict[str, Any]], str]:
    """The parsed file, or None and why it cannot be read."""
    from flake8_httpstatus.pyproject import _parse

    try:
        with open(path, "rb") as handle:
            return _parse(handle.read()), ""
    except (OSError, ValueError) as exc:  # TOMLDecodeError, UnicodeDecodeError
        return None, (str(exc).splitlines() or [type(exc).__name__])[0]


@lru_cache(maxsize=32)
def _cfg(path: str, stamp: Tuple[int, int]) -> Tuple[Optional[Dict[str, Dict[str, str]]], str]:
    """The file's sections, or None and why it cannot be read."""
    import configparser

    parser = configparser.RawConfigParser()
    try:
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle)
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        return None, (str(exc).splitlines() or [type(exc).__name__])[0]
    return {name: dict(parser[name]) for name in parser.sections()}, ""


def _table(data: Optional[Mapping[str, Any]], *keys: str) -> Mapping[str, Any]:
    """``data[k1][k2]...`` where every step is a table, else empty."""
    for key in keys:
        value = data.get(key) if isinstance(data, Mapping) else None
        data = value if isinstance(value, Mapping) else None
    return data or {}


class Project(_Record):
    """The directory that defines the project, its files' contents, notes on what was read past."""

    __slots__ = ("directory", "toml", "cfg", "notes")

    def __init__(self, directory: str, toml: Mapping[str, Any],
                 cfg: Mapping[str, Mapping[str, str]], notes: Tuple[str, ...]) -> None:
        self.directory, self.toml, self.cfg, self.notes = directory, toml, cfg, notes


def _files(directory: str) -> Tuple[Optional[Project], Tuple[str, ...]]:
    """The project the directory defines, if it defines one; notes on files it cannot read."""
    notes: List[str] = []
    toml: Optional[Mapping[str, Any]] = None
    cfg: Optional[Mapping[str, Mapping[str, str]]] = None
    path = os.path.join(directory, PYPROJECT)
    stamp = _stamp(path)
    if stamp is not None:
        toml, error = _toml(path, stamp)
        if error:
            notes.append(f"{_shown(path)} is not read for the declared versions: {error}")
    path = os.path.join(directory, SETUP_CFG)
    stamp = _stamp(path)
    if stamp is not None:
        cfg, error = _cfg(path, stamp)
        if error:
            notes.append(f"{_shown(path)} is not read for the declared versions: {error}")
    defines = bool(_table(toml, "project") or _table(toml, "tool", "poetry")) or any(
        section in (cfg or {}) for section in ("metadata", "options"))
    if not defines:
        return None, tuple(notes)
    return Project(directory, toml or {}, cfg or {}, tuple(notes)), ()


def find(start: str) -> Tuple[Optional[Project], Tuple[str, ...]]:
    """The nearest project from ``start`` upwards (not above the home directory), and notes on
    the files read past."""
    home = os.path.expanduser("~")
    directory = os.path.abspath(start)
    notes: List[str] = []
    while True:
        project, skipped = _files(directory)
        notes.extend(skipped)
        if project is not None:
            return Project(project.directory, project.toml, project.cfg,
                           tuple(notes) + project.notes), tuple(notes)
        parent = os.path.dirname(directory)
        if parent == directory or directory == home:
            return None, tuple(notes)
        directory = parent


def _shown(path: str) -> str:
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


# --- the target Python ---------------------------------------------------------------------------

def _python_sources(project: Project) -> Iterator[Tuple[str, object]]:
    toml = os.path.join(project.directory, PYPROJECT)
    cfg = os.path.join(project.directory, SETUP_CFG)
    project_table = _table(project.toml, "project")
    if "requires-python" in project_table:
        yield f"{_shown(toml)} [project] requires-python", project_table["requires-python"]
    options = project.cfg.get("options", {})
    if "python_requires" in options:
        yield f"{_shown(cfg)} [options] python_requires", options["python_requires"].strip()
    poetry = _table(project.toml, "tool", "poetry", "dependencies")
    if "python" in poetry:
        yield f"{_shown(toml)} [tool.poetry.dependencies] python", poetry["python"]


def _clamped(version: Tuple[int, int], where: str, notes: List[str]) -> Tuple[int, int]:
    clamped = min(max(version, OLDEST_TARGET), NEWEST_TARGET)
    if clamped != version:
        notes.append(f"{where}: Python {version[0]}.{version[1]} is outside the targets known "
                     f"(3.{OLDEST_TARGET[1]} to 3.{NEWEST_TARGET[1]}): target "
                     f"{clamped[0]}.{clamped[1]}")
    return clamped


def target(project: Project, notes: List[str]) -> Optional[Found]:
    """The target the project's declarations give: the first of them that sets a lower bound."""
    from flake8_httpstatus.requirements import lower_bound, python_target

    for where, value in _python_sources(project):
        if not isinstance(value, str):
            notes.append(f"{where}: {value!r} is not a string: not used")
            continue
        try:
            bound = lower_bound(value)
        except ValueError as exc:
            notes.append(f"{where}: {exc}: not used")
            continue
        if bound is None:
            notes.append(f"{where}: {value!r} sets no lower bound: not used")
            continue
        version = _clamped(python_target(bound), where, notes)
        return Found(version, f"{where} {value!r}")
    return None


# --- the frameworks ------------------------------------------------------------------------------

Entry = Tuple[str, object]  # (where, a requirement string, or Poetry's value)


def _listed(where: str, value: object, notes: List[str]) -> Iterator[Entry]:
    if isinstance(value, list):
        for item in value:
            yield where, item
    else:
        notes.append(f"{where}: {value!r} is not a list: not used")


def _cfg_list(value: str) -> List[str]:
    """setuptools' list of requirements: one a line, or ``;``-separated on a single line."""
    lines = value.splitlines() if "\n" in value.strip() else value.split(";")
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


def _pep508_entries(project: Project, notes: List[str]) -> Iterator[Entry]:
    toml = _shown(os.path.join(project.directory, PYPROJECT))
    cfg = _shown(os.path.join(project.directory, SETUP_CFG))
    table = _table(project.toml, "project")
    if "dependencies" in table:
        yield from _listed(f"{toml} [project] dependencies", table["dependencies"], notes)
    for extra, value in _table(table, "optional-dependencies").items():
        yield from _listed(f"{toml} [project.optional-dependencies] {extra}", value, notes)
    options = project.cfg.get("options", {})
    if "install_requires" in options:
        for item in _cfg_list(options["install_requires"]):
            yield f"{cfg} [options] install_requires", item
    for extra, value in project.cfg.get("options.extras_require", {}).items():
        for item in _cfg_list(value):
            yield f"{cfg} [options.extras_require] {extra}", item


def _poetry_tables(project: Project) -> Iterator[Tuple[str, Mapping[str, Any]]]:
    toml = _shown(os.path.join(project.directory, PYPROJECT))
    poetry = _table(project.toml, "tool", "poetry")
    for name in ("dependencies", "dev-dependencies"):
        yield f"{toml} [tool.poetry.{name}]", _table(poetry, name)
    for group in _table(poetry, "group"):
        yield (f"{toml} [tool.poetry.group.{group}.dependencies]",
               _table(poetry, "group", group, "dependencies"))


def _poetry_constraints(value: object) -> List[object]:
    """A Poetry dependency's version constraints: ``"^0.110"``, ``{version = ">=3.14"}``, or a
    list of such tables (one per Python or platform); a git or path dependency has none."""
    if isinstance(value, Mapping):
        return [value.get("version")]
    if isinstance(value, list):
        return [item.get("version") if isinstance(item, Mapping) else item for item in value]
    return [value]


def _bounds(project: Project, notes: List[str]) -> Iterator[Tuple[str, str, object]]:
    """(distribution, where, lower bound or None) of every declaration of a framework."""
    from flake8_httpstatus.requirements import lower_bound, normalised_name, requirement

    known = {normalised_name(name) for name in DISTRIBUTIONS}
    for where, item in _pep508_entries(project, notes):
        try:
            if not isinstance(item, str):
                raise ValueError(f"{item!r} is not a string")
            name, bound = requirement(item)
        except ValueError as exc:
            quoted = f" {item.strip()!r}" if isinstance(item, str) else ""
            notes.append(f"{where}{quoted}: {exc}: not used")
            continue
        if name in known:
            yield name, f"{where} {item.strip()!r}", bound
    for where, table in _poetry_tables(project):
        for name, value in table.items():
            if normalised_name(name) not in known:
                continue
            for constraint in _poetry_constraints(value):
                try:
                    bound = lower_bound(constraint) if isinstance(constraint, str) else None
                except ValueError as exc:
                    notes.append(f"{where} {name}: {exc}: not used")
                    continue
                yield normalised_name(name), f"{where} {name} {constraint!r}", bound


def frameworks(project: Project, notes: List[str]) -> Tuple[Tuple[str, Found], ...]:
    """(style, the lowest release any declaration lets in), for every framework declared with a
    lower bound."""
    from flake8_httpstatus.requirements import Bound, normalised_name

    styles = {normalised_name(name): style for name, style in DISTRIBUTIONS.items()}
    lowest: Dict[str, Found] = {}
    for name, where, bound in _bounds(project, notes):
        if not isinstance(bound, Bound):
            notes.append(f"{where}: no lower bound: not used")
            continue
        style = styles[name]
        if style not in lowest or _padded(bound.release) < _padded(lowest[style].value):
            lowest[style] = Found(bound.release, where)
    return tuple(sorted(lowest.items()))


def _padded(release: Tuple[int, ...]) -> Tuple[int, ...]:
    return release + (0,) * (8 - len(release))


def shown(release: Tuple[int, ...]) -> str:
    return ".".join(map(str, release))


# --- together ------------------------------------------------------------------------------------

@lru_cache(maxsize=16)
def _read(start: str, cwd: str, stamps: Tuple[Optional[Tuple[int, int]], ...]) -> Declared:
    project, skipped = find(start)
    if project is None:
        return Declared(notes=skipped)
    notes = list(project.notes)
    found = target(project, notes)
    versions = frameworks(project, notes)
    return Declared(found, versions, tuple(notes))


def read(start: str, cache_setting: Optional[str] = None) -> Declared:
    """What the project above ``start`` declares; read again only where a file changed. With
    ``cache_setting`` (a ``--httpstatus-cache-dir`` value that is not off), remembered in the
    result cache's directory across runs, keyed by the code and by the path, size and time of
    change of every file that could be read: a flake8 run whose project files did not change
    neither imports a TOML parser nor parses them (``_remembered``)."""
    directory = os.path.abspath(start)
    stamps: List[Tuple[str, Optional[Tuple[int, int]]]] = []
    home = os.path.expanduser("~")
    while True:
        stamps.extend((path, _stamp(path)) for path in (
            os.path.join(directory, PYPROJECT), os.path.join(directory, SETUP_CFG)))
        parent = os.path.dirname(directory)
        if parent == directory or directory == home:
            break
        directory = parent
    cwd = os.getcwd()
    if cache_setting is None:
        return _read(os.path.abspath(start), cwd, tuple(stamp for _, stamp in stamps))
    return _remembered(cache_setting, [os.path.abspath(start), cwd, home, stamps])


#: The modules what is declared is read by: with the package's version, the code in the key.
_READERS = ("declared.py", "requirements.py", "constant_styles.py", "options.py")


def _code() -> List[Any]:
    """This package's version and its readers' size and time of change (an edited checkout
    reads again), without listing the whole package as the result cache's code stamp does."""
    from flake8_httpstatus import __version__

    here = os.path.dirname(os.path.abspath(__file__))
    return [__version__, *(_stamp(os.path.join(here, name)) for name in _READERS)]


def _remembered(cache_setting: str, where: List[Any]) -> Declared:
    from flake8_httpstatus import filecache

    directory = filecache.cache_dir(cache_setting)
    start, cwd, _, stamps = where
    if directory is None:
        return _read(start, cwd, tuple(stamp for _, stamp in stamps))
    key = json.dumps([_code(), *where])
    data = filecache.read_entry(directory, "v", key)  # "v": not a hex digit
    try:
        if data is not None:
            return _from_json(data["declared"])
    except (ValueError, TypeError, KeyError, IndexError):
        pass
    declared = _read(start, cwd, tuple(stamp for _, stamp in stamps))
    try:
        stored = [None if declared.target is None else declared.target._values(),
                  [[style, found._values()] for style, found in declared.versions],
                  list(declared.notes)]
        filecache.write_entry(directory, filecache.checksum_name("v", key),
                              {"format": filecache.FORMAT, "key": key, "declared": stored})
    except (OSError, ValueError, TypeError):
        pass  # a directory that cannot be written: read again next time
    return declared


def _found(value: Any) -> Found:
    release, source = value
    if not isinstance(source, str) or not all(isinstance(n, int) for n in release):
        raise TypeError(value)
    return Found(tuple(release), source)


def _from_json(data: Any) -> Declared:
    """A remembered ``Declared`` (raises TypeError, ValueError, KeyError where it is not one)."""
    target, versions, notes = data
    if not all(isinstance(note, str) for note in notes):
        raise TypeError(notes)
    return Declared(None if target is None else _found(target),
                    tuple((str(style), _found(found)) for style, found in versions), tuple(notes))


def applied(config: Config, target_given: bool, start: str) -> Tuple[Config, List[str]]:
    """``config`` with what the project above ``start`` declares where the options said nothing
    (the target unless ``target_given``; each framework the options do not name), and a line for
    each value saying where it came from (``flake8 -vv``). ``requirements`` (its regular
    expressions) is imported only where a project is found."""
    declared = read(start, config.cache_dir)
    lines = list(declared.notes)
    version = config.target_version
    if target_given:
        lines.append(f"target {shown(version)} from the options")
    elif declared.target is not None:
        version = (declared.target.value[0], declared.target.value[1])
        lines.append(f"target {shown(version)} from {declared.target.source}")
    else:
        lines.append(f"target {shown(DEFAULT_TARGET)}: the default (no option, none declared)")
    versions = dict(config.min_versions)
    names = {style: name for name, style in DISTRIBUTIONS.items()}
    for style, given in sorted(versions.items()):
        lines.append(f"{names[style]} {shown(given)} from the options")
    for style, found in declared.versions:
        if style not in versions:
            versions[style] = found.value
            lines.append(f"{names[style]} {shown(found.value)} from {found.source}")
    return (config._replace(target_version=version, min_versions=tuple(sorted(versions.items()))),
            lines)


__all__ = ["Declared", "Found", "applied", "find", "read"]
