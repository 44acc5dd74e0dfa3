"""The settings of the ``fix`` and ``check`` commands: the plugin's options, read from flake8's
own config file, then from ``[tool.flake8-httpstatus]`` in pyproject.toml (``pyproject``).

flake8's ``load_config`` finds the file (the first of ``setup.cfg``, ``tox.ini``, ``.flake8`` with
a ``[flake8]`` section, from the current directory upwards; ``--config``, ``--append-config`` and
``--isolated`` as in flake8). Its ``[flake8]`` values win over pyproject.toml's table, and the
command line over both; ``--isolated`` reads neither file.
Below all of them, what the project declares (``declared``): its ``requires-python`` gives the
target, its dependencies the frameworks' oldest releases; ``--isolated`` ignores those too.
``select``, ``ignore``, ``extend-select``, ``extend-ignore`` and ``per-file-ignores`` decide, as
in flake8, which codes count in which file: ``fix`` rewrites only what flake8 would show (a project
that ignores HTS in ``tests/*`` gets no rewrite there). That decision is flake8's own
``StyleGuideManager``/``DecisionEngine``, fed the values of the same ``[flake8]`` section; should a
future flake8 change those classes, every code counts as selected and a warning says so. Path
patterns (``exclude``,
``extend-exclude``, ``filename``) are normalised like flake8 does: one holding a ``/`` is made
absolute, relative to the config file's directory or to the current directory for the command
line.

The line length ``fix`` works to is the project's (``line_length``): ``--max-line-length``, else a
formatter's (black's, ruff's), else the smallest a linter is configured with (flake8's
``max-line-length`` read here, ruff's ``line-length``), else 79. ``Settings.line_length`` decides
it for a file's directory.

An editor integration (``flake8_httpstatus.lsp``) reads the same settings for a buffer: ``start``
is the directory flake8 would be run from (it looks for the config file from there, not from this
process's current directory), ``overrides`` the ``[flake8]`` values the editor passes on flake8's
command line.
"""

from __future__ import annotations

import argparse
import configparser
import os
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence

from flake8.exceptions import ExecutionError
from flake8.options.config import load_config
from flake8.utils import normalize_paths, parse_comma_separated_list

from flake8_httpstatus import pyproject
from flake8_httpstatus.declared import applied
from flake8_httpstatus.fix.files import DEFAULT_EXCLUDE, DEFAULT_FILENAME
from flake8_httpstatus.fix.line_length import LineLength, project_line_length
from flake8_httpstatus.options import OPTIONS, Config, RawValue, build_config, given
from flake8_httpstatus.rules import off_by_default

#: flake8's default selection plus this plugin's prefix (flake8 adds every plugin's prefix).
DEFAULT_SELECT = ["C90", "F", "E", "W", "HTS"]
LIST_OPTIONS = ("select", "ignore", "extend-select", "extend-ignore")

Reported = Callable[[str, str], bool]  # (path, code) -> would flake8 show it


class SettingsError(Exception):
    """A config file that cannot be read; ``str()`` is the one line shown."""


def _everything(path: str, code: str) -> bool:
    return True


@dataclass(frozen=True)
class Settings:
    config: Config
    exclude: tuple[str, ...]
    filename: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    reported: Reported = _everything  # would flake8 show CODE in PATH (select, ignore, ...)
    #: ``--max-line-length`` as given, and the flake8 config's ``max-line-length`` (None: not set).
    max_line_length: Optional[int] = None
    flake8_max_line_length: Optional[int] = None
    isolated: bool = False  # --isolated: no formatter's or linter's configuration either
    #: where the target and the framework versions came from, and the declarations read past
    #: (``declared.applied``; flake8 -vv shows the same lines)
    notes: tuple[str, ...] = ()

    def line_length(self, directory: str) -> LineLength:
        """The project's line length for the files in ``directory``."""
        return project_line_length(directory, cli=self.max_line_length,
                                   flake8=self.flake8_max_line_length, isolated=self.isolated)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The plugin's options and flake8's file-selection options, with no defaults of their own."""
    plugin = parser.add_argument_group("the plugin's options (also read from [flake8])")
    for option in OPTIONS:
        plugin.add_argument(option.flag, dest=option.attr, metavar=option.metavar,
                            help=option.help, default=None)
    group = parser.add_argument_group("files and configuration (as in flake8)")
    group.add_argument("--exclude", metavar="PATTERNS", default=None,
                       help="comma-separated patterns to skip (default: "
                            f"{','.join(DEFAULT_EXCLUDE)})")
    group.add_argument("--extend-exclude", metavar="PATTERNS", default=None,
                       help="comma-separated patterns to skip in addition to --exclude")
    group.add_argument("--filename", metavar="PATTERNS", default=None,
                       help="comma-separated patterns of the files a directory is searched for "
                            "(default: *.py)")
    group.add_argument("--max-line-length", metavar="N", type=int, default=None,
                       help="the line length to keep to (default: the project's: black's or "
                            "ruff's line-length, else flake8's max-line-length, else 79): "
                            "imports are wrapped past it and, with no formatter configured, a "
                            "rewrite that would cross it is left")
    group.add_argument("--config", metavar="FILE", default=None,
                       help="read this flake8 config file instead of looking for one")
    group.add_argument("--append-config", metavar="FILE", action="append", default=[],
                       help="read this config file too (may be repeated)")
    group.add_argument("--isolated", action="store_true",
                       help="ignore every config file, and what the project declares "
                            "(requires-python, its dependencies)")
    group.add_argument("-v", "--verbose", action="store_true",
                       help="say where the target Python and each framework's version came "
                            "from (as flake8 -vv does)")


def find_config_file(start: str) -> Optional[str]:
    """The config file flake8 run from the directory ``start`` reads (its own search: the first of
    ``setup.cfg``, ``tox.ini``, ``.flake8`` with a flake8 section, upwards, stopping at the home
    directory), or None."""
    try:
        from flake8.options.config import _find_config_file

        found: Optional[str] = _find_config_file(os.path.abspath(start))
    except Exception:  # flake8's internals moved, or the directory is gone: no config file
        return None
    return found


def _section(args: argparse.Namespace,
             start: Optional[str] = None) -> tuple[Mapping[str, str], str]:
    config = args.config
    if config is None and start is not None and not args.isolated:
        config = find_config_file(start)
        if config is None and not args.append_config:
            return {}, os.path.abspath(start)
    try:
        cfg, cfg_dir = load_config(config, list(args.append_config), isolated=args.isolated)
    except ExecutionError as exc:
        raise SettingsError(f"flake8-httpstatus: error: {exc}") from None
    except (configparser.Error, UnicodeDecodeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SettingsError(f"flake8-httpstatus: error: cannot read the config: {first}") from None
    if "flake8" not in cfg:
        return {}, cfg_dir
    return dict(cfg["flake8"]), cfg_dir


def _from_config(section: Mapping[str, str], name: str) -> Optional[str]:
    for key in (name, name.replace("-", "_")):
        if key in section:
            return section[key]
    return None


def _namespace(section: Mapping[str, str]) -> argparse.Namespace:
    """The selection options of ``section`` as flake8's own option parsing leaves them."""
    values: dict[str, Any] = {}
    for name in LIST_OPTIONS:
        raw = _from_config(section, name)
        values[name.replace("-", "_")] = None if raw is None else parse_comma_separated_list(raw)
    values["per_file_ignores"] = _from_config(section, "per-file-ignores") or ""
    values["extended_default_select"] = list(DEFAULT_SELECT)
    values["extended_default_ignore"] = off_by_default()
    values["disable_noqa"] = False
    return argparse.Namespace(**values)


def reported_by_flake8(section: Mapping[str, str]) -> tuple[Reported, Optional[str]]:
    """Would flake8 report CODE in PATH with this section? A predicate, and a warning when
    flake8's classes could not be used."""
    try:
        from flake8.style_guide import Decision, StyleGuideManager

        manager = StyleGuideManager(_namespace(section), formatter=None)
        manager.style_guide_for("probe.py").should_report_error("HTS001")
    except Exception as exc:  # flake8's internals moved: do not block the fix
        return (lambda path, code: True), (
            "flake8-httpstatus: warning: cannot read select/ignore/per-file-ignores with this "
            f"flake8 ({type(exc).__name__}); every code counts as selected")

    def reported(path: str, code: str) -> bool:
        decision = manager.style_guide_for(path).should_report_error(code)
        return bool(decision is Decision.Selected)

    return reported, None


def _patterns(cli: Optional[str], configured: Optional[str], cfg_dir: str,
              default: Sequence[str]) -> List[str]:
    if cli is not None:
        return list(normalize_paths(parse_comma_separated_list(cli)))
    if configured is not None:
        return list(normalize_paths(parse_comma_separated_list(configured), parent=cfg_dir))
    return list(default)


def _unknown(section: Mapping[str, str]) -> List[str]:
    known = {name for option in OPTIONS for name in (option.name, option.name.replace("-", "_"))}
    return [key for key in section if key.startswith("httpstatus") and key not in known]


def load_settings(args: argparse.Namespace, *, start: Optional[str] = None,
                  overrides: Optional[Mapping[str, str]] = None) -> Settings:
    """Config file values overridden by the command line. Raises SettingsError or OptionError.

    ``start``: the directory to look for the config file from (default: the current one).
    ``overrides``: ``[flake8]`` keys and values that replace the config file's."""
    section, cfg_dir = _section(args, start)
    if overrides:
        section = {**section, **overrides}
    table = {} if args.isolated else pyproject.validated(start or os.getcwd())
    raw: Dict[str, RawValue] = {}
    for option in OPTIONS:
        value: Optional[str] = getattr(args, option.attr, None)
        if value is None:
            value = _from_config(section, option.name)
        if value is not None:
            raw[option.attr] = parse_comma_separated_list(value) if option.is_list else value.strip()
        elif option.attr in table:
            raw[option.attr] = table[option.attr]
    config = build_config(raw)
    notes: List[str] = []
    if not args.isolated:  # the project's requires-python and dependencies, below the options
        config, notes = applied(config, given(raw.get("target_version")), start or os.getcwd())
    exclude = _patterns(args.exclude, _from_config(section, "exclude"), cfg_dir, DEFAULT_EXCLUDE)
    exclude += _patterns(args.extend_exclude, _from_config(section, "extend-exclude"), cfg_dir, ())
    filename = _patterns(args.filename, _from_config(section, "filename"), cfg_dir,
                         DEFAULT_FILENAME)
    warnings = [f"flake8-httpstatus: warning: unknown option {key!r} in the flake8 config"
                for key in _unknown(section)]
    reported, warning = reported_by_flake8(section)
    if warning:
        warnings.append(warning)
    return Settings(config, tuple(exclude), tuple(filename), tuple(warnings), reported,
                    _max_line_length(args.max_line_length),
                    _max_line_length(_from_config(section, "max-line-length")),
                    bool(args.isolated), tuple(notes))


def _max_line_length(raw: Optional[object]) -> Optional[int]:
    """A max-line-length from the command line or the config (None: not given)."""
    if raw is None:
        return None
    value = raw.strip() if isinstance(raw, str) else raw
    try:
        number = int(str(value))
    except ValueError:
        number = 0
    if number <= 0:
        raise SettingsError(f"flake8-httpstatus: error: max-line-length: {value!r} is not a "
                            "positive whole number")
    return number
