"""The flake8 adapter: options in, (line, col, message, type) tuples out."""

from __future__ import annotations

import ast
import logging
import os
import sys
from typing import Any, ClassVar, Generator, List, Optional, Sequence, Set, Tuple

from flake8_httpstatus import __version__
from flake8_httpstatus.options import (
    OPTIONS,
    Config,
    OptionError,
    RawValue,
    build_config,
    given,
)
from flake8_httpstatus.startup_tables import OFF_BY_DEFAULT

Printed = List[Tuple[int, int, str]]

LOG = logging.getLogger("flake8.httpstatus")  # under flake8's logger: shown by -vv

#: Set to 1 to check every file through the slow whole-module reference path (benchmarks, tests).
REFERENCE_ENV = "FLAKE8_HTTPSTATUS_REFERENCE"


def _isolated(options: Any) -> bool:
    """flake8's ``--isolated``: its first stage of option parsing takes it, so that the namespace
    plugins get says False; its command line says it."""
    return bool(getattr(options, "isolated", False)) or "--isolated" in sys.argv[1:]


def _raw_values(options: Any) -> dict[str, RawValue]:
    """The options flake8 parsed (its command line, then its config file), and for those it had
    no value for, ``[tool.flake8-httpstatus]`` of pyproject.toml (not with ``--isolated``): read
    here, once per run, and only when an option is missing."""
    given: dict[str, RawValue] = {option.attr: getattr(options, option.attr, None)
                                  for option in OPTIONS}
    missing = [attr for attr, value in given.items() if value is None]
    if missing and not _isolated(options):
        from flake8_httpstatus.pyproject import validated

        table = validated(os.getcwd())
        given.update((attr, table[attr]) for attr in missing if attr in table)
    return given


def _declared(config: Config, raw: dict[str, RawValue]) -> Config:
    """``config`` with what the project declares where the options said nothing: its
    ``requires-python``, its frameworks' oldest releases (``declared``). Read once per run, here;
    ``flake8 -vv`` says where each value came from. Never takes flake8 down."""
    from flake8_httpstatus.declared import applied

    try:
        config, lines = applied(config, given(raw.get("target_version")), os.getcwd())
        if LOG.isEnabledFor(logging.DEBUG):
            from flake8_httpstatus.versions import explained

            lines += explained(config)
    except Exception as exc:  # pragma: no cover - declared.py catches what it reads
        LOG.debug("flake8-httpstatus: the declared versions are not read: %s: %s",
                  type(exc).__name__, exc)
        return config
    for line in lines:
        LOG.debug("flake8-httpstatus: %s", line)
    return config


#: The moments the collector was frozen at in this process (each at most once).
_FROZEN: Set[str] = set()


def _freeze(printed: Printed) -> None:
    """Move every object alive to the collector's permanent generation (``gc.freeze``), so that
    flake8's later full collections do not walk them again, at two moments, each once per
    process:

    - once LibCST is in (it stays to the end): its hundreds of thousands of module-level objects
      (on the editor's file: 167 million instructions, 2% of flake8's);
    - at the first findings reported: each makes flake8 tokenize the whole file again for its
      ``noqa`` mapping, and it then runs pycodestyle, while the file's ``ast`` (cyclic once
      pyflakes has linked its parents) is alive; walking it at every full collection cost the
      editor's unchanged file 0.17 s of CPU (1.21 against 1.03 s), more than the plugin's own work.

    Frozen objects are never collected as cycles: at most what is alive at those two moments
    (flake8's state, the modules, one file's tree) stays until the process ends."""
    due = {"libcst"} if "libcst" in sys.modules else set()
    if printed:
        due.add("findings")
    if due - _FROZEN:
        import gc

        gc.freeze()
        _FROZEN.update(due)


class HttpStatusChecker:
    name = "flake8-httpstatus"
    version = __version__

    config: ClassVar[Config] = Config()

    def __init__(self, tree: ast.Module, lines: Sequence[str], filename: str = "(none)") -> None:
        self.tree = tree
        self.lines = lines
        self.filename = filename

    @classmethod
    def add_options(cls, option_manager: Any) -> None:
        for option in OPTIONS:
            option_manager.add_option(
                option.flag,
                dest=option.attr,
                default=None,  # not given: pyproject.toml's value, else the option's default
                metavar=option.metavar,
                help=option.help,
                parse_from_config=True,
                comma_separated_list=option.is_list,
            )
        option_manager.extend_default_ignore(list(OFF_BY_DEFAULT))

    @classmethod
    def parse_options(cls, options: Any) -> None:
        try:
            raw = _raw_values(options)
            config = build_config(raw)
        except OptionError as exc:  # a usage error, as flake8's own: one line, exit status 2
            print(str(exc), file=sys.stderr)
            raise SystemExit(2) from None
        cls.config = config if _isolated(options) else _declared(config, raw)

    def run(self) -> Generator[tuple[int, int, str, type[Any]], None, None]:
        try:
            if os.environ.get(REFERENCE_ENV) == "1":
                from flake8_httpstatus.checker import check_reference

                printed = [(f.line, f.col, f.text) for f in check_reference(
                    "".join(self.lines), self.config, self.filename)]
            else:
                printed = self._printed()
        except (Exception, RecursionError, MemoryError) as exc:  # never take flake8 down
            LOG.debug("flake8-httpstatus: %s skipped after %s: %s", self.filename,
                      type(exc).__name__, exc)
            return
        for line, col, text in printed:
            yield line, col, text, type(self)

    def _calls_project(self, text: str) -> bool:
        """Whether a module that names no framework's position calls a helper of its project
        with a status (``gate.may_call_project``, then the project itself: only such a module
        is looked up in the result cache and checked)."""
        from flake8_httpstatus.gate import may_call_project

        if not may_call_project(text, self.filename):
            return False
        from flake8_httpstatus.project import CONSULTED, project_only

        found = bool(project_only(self.tree, text, self.filename, self.config.extra_calls))
        if not found:
            CONSULTED.pop(self.filename, None)
        return found

    def _printed(self) -> Printed:
        """The file's findings: its entry by path where nothing they depend on changed
        (``filecache``: nothing else is imported), else the fast path's (which reuses what the
        file's last check found for its unchanged statements), stored for the next run."""
        from flake8_httpstatus.gate import may_hold_findings

        text = "".join(self.lines)
        # the checker's first gate, first, as ``check`` and ``fix`` ask it (a relative import
        # brings its package's name in; a project's helper may be called with a status)
        if not may_hold_findings(text, self.config.extra_calls, self.filename) \
                and not self._calls_project(text):
            return []
        from flake8_httpstatus import filecache

        files = filecache.for_setting(self.config.cache_dir, __version__)
        key = ""
        if files is not None:
            from flake8_httpstatus.versions import resolved

            key = filecache.settings_key(files[1], filecache.options_key(resolved(self.config)),
                                         self.filename)
            hit = files[0].lookup(key, text)
            if hit is not None:
                _freeze(hit)
                return hit
        # what the findings read besides the text: the package around the file (its style under
        # auto, its relative imports), then the project's modules it imports helpers from
        recorded = filecache.around(self.filename) if files is not None else []
        from flake8_httpstatus.checker import check

        checked = check(self.lines, self.tree, self.config, self.filename)
        for line in checked.skipped:
            LOG.debug("flake8-httpstatus: %s: LibCST cannot parse %s, skipped", self.filename,
                      line)
        printed = [(f.line, f.col, f.text) for f in checked.findings]
        _freeze(printed)
        recorded, name = self._what_it_read(recorded)
        if files is not None and not checked.skipped and checked.walked:  # one with none too
            files[0].save(key, text, recorded, printed, name)
        return printed

    def _what_it_read(self, recorded: List[Any]) -> Tuple[List[Any], Optional[str]]:
        """What the file's findings read besides its text -- the listings ``recorded`` and
        those of the project's modules it consulted -- and the name of its statements' analysis
        entry (both taken off the process's records, whether or not the entry is kept)."""
        from flake8_httpstatus import filecache

        results = sys.modules.get("flake8_httpstatus.cache")  # loaded where there were candidates
        project = sys.modules.get("flake8_httpstatus.project")
        consulted = project.CONSULTED.pop(self.filename, ()) if project is not None else ()
        if consulted:
            recorded += filecache.listings(sorted({os.path.dirname(f) for f in consulted}))
        store = results.for_setting(self.config.cache_dir) if results is not None else None
        return recorded, store.last_set.pop(self.filename, None) if store is not None else None
