"""The result cache's first level: a file's flake8 findings by its path, used while its text and
everything else its findings depend on are unchanged, before anything heavy is imported.

An editor runs flake8 on every save, most often on a file whose status statements did not
change. ``cache.py`` spares such a file the LibCST analysis, but finding its entry takes the
prefilter's walk (its imports, the kinds and their tables, the fragments). Here the plugin asks
first, from the text flake8 hands it: one entry per checked path (``p`` + a checksum of the path
and the settings), holding

* ``key``: the code stamp (``cache.code_stamp``), the options with the installed frameworks'
  versions (``versions.resolved``) and the path: the entry is used only for this exact key;
* ``text``: a BLAKE2b digest of the file's text and its length;
* ``around``: where ``auto`` may follow the package's convention (``package_style``), the
  listing (each ``.py`` file's name, size and modification time, and whether the directory is a
  package or a project's root) of every directory the convention can read, from the module's own
  upwards as it climbs; the entry is used only while every listing is the same (one ``scandir``
  per directory; the listings are what ``package_style`` itself keys its votes on);
* ``found``: the findings flake8 prints, (line, column, text);
* ``set``: the name of the ``cache.py`` entry holding the analysis of the file's candidate
  statements (none for a file without any, whose entry spares it the prefilter's walk), one
  result per statement: after an edit the checker reuses each statement's result
  whose text, scope, imports and style are unchanged (``checker._check_fragments``), so only the
  edited statements go through LibCST.

Nothing here raises; anything unreadable is a miss. It imports nothing the flake8 process has not
loaded already (``_blake2`` is a small built-in module; ``hashlib`` would load OpenSSL).
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Set, Tuple

try:  # the digest hashlib's blake2b is, without loading OpenSSL for hashlib's other algorithms
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter without it
    from hashlib import blake2b

ENV_DIR = "FLAKE8_HTTPSTATUS_CACHE_DIR"
OFF = "off"
FORMAT = 1
#: The package convention's limits, here so that a hit imports no more (``package_style`` reads
#: them from here): a path that names no file (nothing around it is read); a directory holding
#: a project marker is a project's root, not climbed out of; the module's own directory and at
#: most ``MAX_LEVELS`` directories in all.
MAX_LEVELS = 5
PROJECT_MARKERS = ("pyproject.toml", "setup.cfg", "setup.py", ".git")
UNKNOWN_PATHS = frozenset({"", "stdin", "-", "(none)"})

Printed = List[Tuple[int, int, str]]


def default_dir() -> Path:
    """The user's cache directory (XDG on Linux, Library/Caches on macOS, LOCALAPPDATA on
    Windows), ``flake8-httpstatus`` inside it."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "flake8-httpstatus"


def cache_dir(setting: str) -> Optional[Path]:
    """The directory to use for the ``--httpstatus-cache-dir`` value ``setting`` ("" = unset),
    or None when caching is off."""
    value = (setting or os.environ.get(ENV_DIR, "")).strip()
    if value.lower() == OFF:
        return None
    try:
        return Path(value).expanduser() if value else default_dir()
    except (RuntimeError, KeyError, OSError):  # no home directory (or no such ~user) to be found
        return None


def checksum_name(prefix: str, key: str) -> str:
    """A file name for ``key`` (which its entry holds and is compared with: no cryptographic
    hash is needed for the name)."""
    data = key.encode("utf-8", "surrogatepass")
    return f"{prefix}{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}.json"


def digest(text: str) -> str:
    data = text.encode("utf-8", "surrogatepass")
    return f"{blake2b(data, digest_size=32).hexdigest()}:{len(data)}"


def listing(directory: str) -> Optional[List[Any]]:
    """[.py files (name, size, mtime), is a package, is a project's root], or None: what
    decides the package's convention (``package_style`` reads it too) and an entry's validity."""
    files = []
    names = set()
    try:
        with os.scandir(directory) as entries:
            for entry in entries:
                names.add(entry.name)
                if entry.name.endswith(".py") and entry.is_file():
                    stat = entry.stat()
                    files.append([entry.name, stat.st_size, stat.st_mtime_ns])
    except OSError:
        return None
    files.sort()
    return [files, "__init__.py" in names, any(marker in names for marker in PROJECT_MARKERS)]


def around(path: str) -> List[Any]:
    """The listings of the directories the package's convention for ``path`` can read: its own,
    then each enclosing package's while the one below is a package and no project's root (a
    superset of what ``package_style.convention`` reads)."""
    if path in UNKNOWN_PATHS:
        return []
    directory = os.path.dirname(os.path.abspath(path))
    found: List[Any] = []
    for _ in range(MAX_LEVELS):
        here = listing(directory)
        found.append([directory, here])
        parent = os.path.dirname(directory)
        if here is None or not here[1] or here[2] or parent == directory:
            break
        directory = parent
    return found


def listings(directories: Sequence[str]) -> List[Any]:
    """The listings of ``directories`` (those of the project's modules a file's findings read:
    ``project.CONSULTED``), recorded as ``around``'s are."""
    return [[directory, listing(directory)] for directory in directories]


def _unchanged(recorded: Sequence[Any]) -> bool:
    for directory, was in recorded:
        if listing(directory) != was:
            return False
    return True


def read_entry(directory: Path, prefix: str, key: str) -> Optional[Any]:
    """The entry stored for ``key`` under ``prefix`` (``write_entry`` of a dict with ``format``
    and ``key``), or None: none, unreadable, of another format or another key."""
    try:
        with open(directory / checksum_name(prefix, key), encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("format") != FORMAT or data.get("key") != key:
            return None
        return data
    except (OSError, ValueError, TypeError, AttributeError, RecursionError):
        return None


class FileCache:
    """The entries by path in one directory."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _entry(self, key: str) -> Optional[Any]:
        return read_entry(self.directory, "p", key)

    def lookup(self, key: str, text: str) -> Optional[Printed]:
        """The findings stored for ``key`` where the text and the package around are unchanged."""
        data = self._entry(key)
        try:
            if data is None or data["text"] != digest(text) or not _unchanged(data["around"]):
                return None
            return [(int(line), int(col), str(message)) for line, col, message in data["found"]]
        except (ValueError, TypeError, KeyError):
            return None

    def previous_set(self, key: str) -> Optional[str]:
        """The name of the analysis entry the file's last check left (None for none)."""
        data = self._entry(key)
        name = data.get("set") if data is not None else None
        return name if isinstance(name, str) else None

    def save(self, key: str, text: str, recorded: List[Any], found: Printed,
             set_name: Optional[str]) -> None:
        """Store what the check of the file found (never raises: a cache that cannot be
        written is the analysis's loss of time only, and ``cache.py`` reports it)."""
        try:
            write_entry(self.directory, checksum_name("p", key), {
                "format": FORMAT, "key": key, "text": digest(text), "around": recorded,
                "found": [list(item) for item in found], "set": set_name})
        except (OSError, ValueError, TypeError):
            pass


#: The cache directories this process has made sure of (a ``mkdir`` for each, not each write).
_MADE: Set[str] = set()


def write_entry(directory: Path, name: str, data: Any) -> None:
    """Write one entry atomically, readable by its owner only. Raises OSError, ValueError."""
    text = json.dumps(data, separators=(",", ":")).encode("utf-8")  # (``json.dump``: Python)
    base = os.fspath(directory)
    temporary = os.path.join(base, f".{name}.{os.getpid()}.tmp")
    if base not in _MADE:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        _MADE.add(base)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileNotFoundError:  # the directory went away since: made again
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with removed_on_failure(temporary):
        try:
            os.write(descriptor, text)
        finally:
            os.close(descriptor)
        os.replace(temporary, os.path.join(base, name))


@contextmanager
def removed_on_failure(temporary: str) -> Iterator[None]:
    """Within: a temporary file that is removed if the block raises (the error goes on)."""
    try:
        yield
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def code_stamp(version: str) -> str:
    """What identifies the code that produced a result: this package's version and files (size
    and mtime, so an edited checkout never reads its old results), Python's version and
    libcst's, found without importing libcst. Raises OSError where they cannot be read."""
    import importlib.util

    parts = [version, "%d.%d" % sys.version_info[:2]]
    package = Path(__file__).parent
    for path in sorted(package.glob("*.py")):
        stat = path.stat()
        parts.append(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}")
    spec = importlib.util.find_spec("libcst")
    locations = list(spec.submodule_search_locations or ()) if spec else []
    for location in locations:
        version_file = Path(location) / "_version.py"
        if version_file.is_file():
            parts.append(version_file.read_text(encoding="utf-8", errors="replace"))
            break
    else:
        parts.append(repr(locations))
    return "\n".join(parts)


def _canonical(value: object) -> object:
    if isinstance(value, (set, frozenset)):
        return sorted(_canonical(v) for v in value)  # type: ignore[type-var]
    if isinstance(value, tuple):
        return [_canonical(v) for v in value]
    return value if isinstance(value, (int, str, float, bool, type(None))) else repr(value)


_OPTIONS: Dict[Any, str] = {}


def options_key(config: Any) -> str:
    """The options (a resolved ``Config``) as they decide results: all but where the cache is
    (made once per process and configuration)."""
    found = _OPTIONS.get(config)
    if found is None:
        found = _OPTIONS[config] = json.dumps([(name, _canonical(getattr(config, name)))
                                               for name in config._fields if name != "cache_dir"])
    return found


def settings_key(stamp: str, options: str, path: str) -> str:
    """The key of a path's entry: the code, the options, the path."""
    return "\0".join((stamp, options, path))


_FILES: Dict[Tuple[Path, str], Optional[Tuple[FileCache, str]]] = {}


def for_setting(setting: str, version: str) -> Optional[Tuple[FileCache, str]]:
    """The process's entries by path for a ``--httpstatus-cache-dir`` value, with the code
    stamp; None when caching is off or the code cannot be identified."""
    directory = cache_dir(setting)
    if directory is None:
        return None
    if (directory, version) not in _FILES:
        try:
            stamp = code_stamp(version)
        except (OSError, ValueError, ImportError):
            stamp = ""
        _FILES[directory, version] = (FileCache(directory), stamp) if stamp else None
    return _FILES[directory, version]
