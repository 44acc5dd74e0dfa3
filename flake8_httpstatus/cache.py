"""A disk cache of the fast path's results, so that a file whose candidate statements have not
changed is checked without importing libcst.

Importing libcst costs more CPU than everything else the plugin does to a file (0.15 s or more, in
every flake8 process that meets a file with a status in it). An editor runs flake8 on each save and
pre-commit on each commit, mostly over code whose status lines did not change. The LibCST analysis
is a pure function of the candidate text the prefilter cuts out, the module's import map, the
options and the versions of this package and libcst; its result is stored together with all of
them, and used only where all of them are equal. A hit gives exactly what the analysis would give;
anything unreadable is a miss; nothing here raises.

Where: ``--httpstatus-cache-dir`` (``off`` disables), else the environment variable
``FLAKE8_HTTPSTATUS_CACHE_DIR``, else the user's cache directory. Entries hold the user's source
text, so the directory is created readable by its owner only (0700) and so is every entry (0600).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import sys
import zlib
from pathlib import Path
from typing import Any, List, Optional, Tuple

from flake8_httpstatus import __version__
from flake8_httpstatus.findings import Finding, ImportNeed, Suggestion
from flake8_httpstatus.imports import ImportMap
from flake8_httpstatus.options import Config

LOG = logging.getLogger("flake8.httpstatus")
ENV_DIR = "FLAKE8_HTTPSTATUS_CACHE_DIR"
OFF = "off"
#: Entries kept; past this the oldest go when a new one is written (each is a few KB).
MAX_ENTRIES = 2000
FORMAT = 7

Found = List[Tuple[int, int, Finding]]  # (first line, last line) in the analysed text, finding


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


def _code_stamp() -> str:
    """What identifies the code that produced a result: this package's files (size and mtime, so
    an edited checkout never reads its old results) and libcst's version, found without
    importing libcst."""
    parts = [__version__, "%d.%d" % sys.version_info[:2]]
    package = Path(__file__).parent
    for path in sorted(package.glob("*.py")):
        stat = path.stat()
        parts.append(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}")
    spec = importlib.util.find_spec("libcst")
    locations = list(spec.submodule_search_locations or ()) if spec else []
    for location in locations:
        version = Path(location) / "_version.py"
        if version.is_file():
            parts.append(version.read_text(encoding="utf-8", errors="replace"))
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


def _suggestion_to_json(suggestion: Optional[Suggestion]) -> Any:
    if suggestion is None:
        return None
    needs = suggestion.needs
    return [suggestion.replacement,
            None if needs is None else [needs.module, needs.name, needs.binding, needs.present],
            None if suggestion.replaces is None else list(suggestion.replaces),
            suggestion.expect, suggestion.unsafe]


def _suggestion_from_json(data: Any) -> Optional[Suggestion]:
    if data is None:
        return None
    replacement, needs, replaces, expect, unsafe = data
    span = None if replaces is None else (int(replaces[0]), int(replaces[1]), int(replaces[2]),
                                          int(replaces[3]))
    need = None
    if needs is not None:
        module, name, binding, present = needs
        need = ImportNeed(str(module), None if name is None else str(name), str(binding),
                          bool(present))
    return Suggestion(str(replacement), need, span, str(expect), str(unsafe))


class ResultCache:
    """Results of the LibCST analysis by key, one small JSON file each."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._stamp: Optional[str] = None
        self._writable = True

    def key(self, text: str, imports: ImportMap, config: Config,
            module_style: str = "") -> Optional[str]:
        """Everything the analysis depends on (``module_style``: what ``auto`` stands for in the
        whole module, which the fragments' text does not show), as one string; None when this
        process cannot cache (its code cannot be identified). An entry holds its key and is used
        only for that exact key, so the file name needs no cryptographic hash (nor OpenSSL's
        start-up cost)."""
        if self._stamp is None:
            try:
                self._stamp = _code_stamp()
            except (OSError, ValueError, ImportError):
                self._stamp = ""
        if not self._stamp:
            return None
        options = [(name, _canonical(getattr(config, name)))
                   for name in config._fields if name != "cache_dir"]
        parts = (self._stamp, json.dumps(sorted(imports.items())), json.dumps(options),
                 module_style, text)
        return "\0".join(parts)

    def _path(self, key: str) -> Path:
        data = key.encode("utf-8", "surrogatepass")
        return self.directory / f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}.json"

    def get(self, key: str) -> Optional[Found]:
        try:
            with open(self._path(key), encoding="utf-8") as handle:
                data = json.load(handle)
            if data.get("format") != FORMAT or data.get("key") != key:
                return None
            return [
                (int(first), int(last), Finding(str(code), int(line), int(col), int(end_line),
                                                int(end_col), str(message), value,
                                                _suggestion_from_json(suggestion)))
                for first, last, code, line, col, end_line, end_col, message, value, suggestion
                in data["found"]
            ]
        except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return None  # absent, unreadable or not ours: analyse again

    def put(self, key: str, found: Found) -> None:
        if not self._writable:
            return
        data = {"format": FORMAT, "key": key, "found": [
            [first, last, f.code, f.line, f.col, f.end_line, f.end_col, f.message, f.value,
             _suggestion_to_json(f.suggestion)]
            for first, last, f in found
        ]}
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            target = self._path(key)
            temporary = target.with_name(f".{target.stem}.{os.getpid()}.tmp")
            try:
                descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with open(descriptor, "w", encoding="utf-8") as out:
                    json.dump(data, out, separators=(",", ":"))
                os.replace(temporary, target)
            except BaseException:
                if temporary.exists():
                    os.unlink(temporary)
                raise
            self._prune()
        except (OSError, ValueError, TypeError) as exc:
            self._writable = False  # a read-only home, a full disk: stop trying in this process
            LOG.debug("flake8-httpstatus: result cache %s not written (%s); not trying again",
                      self.directory, exc)

    def _prune(self) -> None:
        with os.scandir(self.directory) as scan:
            names = [entry for entry in scan if entry.name.endswith(".json")]
        if len(names) <= MAX_ENTRIES:
            return
        dated = []
        for entry in names:
            try:
                dated.append((entry.stat().st_mtime_ns, entry.path))
            except OSError:  # another flake8 process pruned it first
                pass
        dated.sort()
        for _, path in dated[: len(dated) - MAX_ENTRIES]:
            try:
                os.unlink(path)
            except OSError:
                pass


_CACHES: dict[Optional[Path], Optional[ResultCache]] = {}


def for_setting(setting: str) -> Optional[ResultCache]:
    """The process's cache for a ``--httpstatus-cache-dir`` value (None when off)."""
    directory = cache_dir(setting)
    if directory not in _CACHES:
        _CACHES[directory] = None if directory is None else ResultCache(directory)
    return _CACHES[directory]
