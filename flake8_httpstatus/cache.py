"""A disk cache of the fast path's results, so that a file whose candidate statements have not
changed is checked without importing libcst.

Importing libcst costs more CPU than everything else the plugin does to a file (0.15 s or more, in
every flake8 process that meets a file with a status in it). An editor runs flake8 on each save and
pre-commit on each commit, mostly over code whose status lines did not change. The LibCST analysis
is a pure function of the candidate text the prefilter cuts out, the module's import map, the
options and the versions of this package and libcst; its result is stored together with all of
them, and used only where all of them are equal. A hit gives exactly what the analysis would give;
anything unreadable is a miss; nothing here raises.

An entry also names its distinct fragments (``parts``: each statement's text and the lines it is
put under), so that after an edit the checker finds the result of every fragment that did not
change in the entry the file's last check left (``previous``, found through the file's entry by
path, ``filecache``), where the imports, the style and the options are the same, and hands LibCST
only the others. A fragment's findings depend on nothing else: the joined analysis already
repeats one text's findings at each of its copies.

Where: ``--httpstatus-cache-dir`` (``off`` disables), else the environment variable
``FLAKE8_HTTPSTATUS_CACHE_DIR``, else the user's cache directory. Entries hold the user's source
text, so the directory is created readable by its owner only (0700) and so is every entry (0600).
"""

from __future__ import annotations

import bisect
import json
import logging
import os
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

from flake8_httpstatus import __version__
from flake8_httpstatus.filecache import ENV_DIR as ENV_DIR  # noqa: F401 (this API)
from flake8_httpstatus.filecache import OFF as OFF  # noqa: F401
from flake8_httpstatus.filecache import FileCache, checksum_name, code_stamp, options_key
from flake8_httpstatus.filecache import cache_dir as cache_dir
from flake8_httpstatus.filecache import default_dir as default_dir  # noqa: F401
from flake8_httpstatus.filecache import settings_key, write_entry
from flake8_httpstatus.findings import Finding, ImportNeed, Suggestion
from flake8_httpstatus.imports import ImportMap
from flake8_httpstatus.options import Config

LOG = logging.getLogger("flake8.httpstatus")
#: Entries kept; past this the oldest go when a new one is written (each is a few KB).
MAX_ENTRIES = 2000
#: A process looks for entries past ``MAX_ENTRIES`` at its first write and every this many after
#: (listing the directory at every write cost a run over a large tree more than the writes).
PRUNE_EVERY = 200
FORMAT = 8

Found = List[Tuple[int, int, Finding]]  # (first line, last line) in the analysed text, finding
#: A distinct fragment: (the lines it is put under, its text)
Part = Tuple[str, str]


def _code_stamp() -> str:
    return code_stamp(__version__)


def starts(parts: Sequence[Part]) -> List[int]:
    """The line of the joined text on which each part's text starts."""
    found = []
    line = 1
    for wrapper, text in parts:
        line += wrapper.count("\n")
        found.append(line)
        line += text.count("\n")
    return found


def split(found: Found, parts: Sequence[Part]) -> Dict[Part, Found]:
    """The findings of the joined text of ``parts``, per part, their lines counted from the
    line the part's text starts on (0)."""
    first_lines = starts(parts)
    by_part: Dict[Part, Found] = {part: [] for part in parts}
    for first, last, finding in found:
        index = bisect.bisect_right(first_lines, first) - 1
        by_part[parts[index]].append(shifted(first, last, finding, -first_lines[index]))
    return by_part


def shifted(first: int, last: int, finding: Finding, lines: int) -> Tuple[int, int, Finding]:
    """A finding moved down by ``lines`` lines (up for a negative number)."""
    if not lines:
        return first, last, finding
    suggestion = finding.suggestion
    if suggestion is not None and suggestion.replaces is not None:
        from dataclasses import replace  # findings.py has loaded dataclasses

        line, col, end_line, end_col = suggestion.replaces
        suggestion = replace(suggestion, replaces=(line + lines, col, end_line + lines, end_col))
    return first + lines, last + lines, Finding(
        finding.code, finding.line + lines, finding.col, finding.end_line + lines,
        finding.end_col, finding.message, finding.value, suggestion)


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


def _found_to_json(found: Found) -> List[Any]:
    return [[first, last, f.code, f.line, f.col, f.end_line, f.end_col, f.message, f.value,
             _suggestion_to_json(f.suggestion)] for first, last, f in found]


def _found_from_json(data: Any) -> Found:
    return [
        (int(first), int(last), Finding(str(code), int(line), int(col), int(end_line),
                                        int(end_col), str(message), value,
                                        _suggestion_from_json(suggestion)))
        for first, last, code, line, col, end_line, end_col, message, value, suggestion in data
    ]


class ResultCache:
    """Results of the LibCST analysis by key, one small JSON file each: the key (the code, the
    module's imports and style, the options, the joined text of the distinct fragments) and
    the fragments (``parts``), so that after an edit the results of the fragments that did not
    change are found again (``previous``). ``files``: the entries by path (``filecache``)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.files = FileCache(directory)
        self._stamp: Optional[str] = None
        self._writable = True
        self._writes = 0
        #: path -> the name of the entry its last check read or wrote (``filecache``'s ``set``)
        self.last_set: Dict[str, str] = {}

    def stamp(self) -> str:
        """The code stamp ("" where this process cannot identify its code: nothing cached)."""
        if self._stamp is None:
            try:
                self._stamp = _code_stamp()
            except (OSError, ValueError, ImportError):
                self._stamp = ""
        return self._stamp

    def context(self, imports: ImportMap, config: Config, module_style: str = "") -> Optional[str]:
        """What the analysis of a fragment depends on besides its text, as one string; None
        when this process cannot cache (its code cannot be identified)."""
        if not self.stamp():
            return None
        return "\0".join((self._stamp or "", json.dumps(sorted(imports.items())),
                          options_key(config), module_style))

    def key(self, text: str, imports: ImportMap, config: Config,
            module_style: str = "") -> Optional[str]:
        """Everything the analysis depends on (``module_style``: what ``auto`` stands for in the
        whole module, which the fragments' text does not show), as one string; None when this
        process cannot cache (its code cannot be identified). An entry holds its key and is used
        only for that exact key, so the file name needs no cryptographic hash (nor OpenSSL's
        start-up cost)."""
        context = self.context(imports, config, module_style)
        return None if context is None else context + "\0" + text

    def _path(self, key: str) -> Path:
        return self.directory / checksum_name("", key)

    def entry_name(self, key: str) -> str:
        """The file name of the entry for ``key``."""
        return checksum_name("", key)

    def _read(self, name: str) -> Any:
        with open(self.directory / name, encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("format") != FORMAT:
            raise ValueError("another format")
        return data

    def get(self, key: str) -> Optional[Found]:
        try:
            data = self._read(self._path(key).name)
            if data.get("key") != key:
                return None
            return _found_from_json(data["found"])
        except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return None  # absent, unreadable or not ours: analyse again

    def previous(self, path: str, config: Config, context: str) -> Dict[Part, Found]:
        """The results per fragment (``split``) of the entry the last check of ``path`` left,
        where it was made in ``context``: after an edit, what need not be analysed again."""
        name = self.files.previous_set(settings_key(self.stamp(), options_key(config), path))
        if name is None:
            return {}
        try:
            data = self._read(name)
            if not str(data["key"]).startswith(context + "\0"):
                return {}
            parts = [(str(wrapper), str(text)) for wrapper, text in data["parts"]]
            return split(_found_from_json(data["found"]), parts)
        except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError,
                IndexError):
            return {}

    def put(self, key: str, found: Found, parts: Sequence[Part] = ()) -> None:
        if not self._writable:
            return
        data = {"format": FORMAT, "key": key, "parts": [list(part) for part in parts],
                "found": _found_to_json(found)}
        try:
            write_entry(self.directory, self._path(key).name, data)
            if self._writes % PRUNE_EVERY == 0:
                self._prune()
            self._writes += 1
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
