"""The pylsp plugin's diagnostics: the HTS findings of the buffer, computed in pylsp's own process.

pylsp's flake8 plugin starts a flake8 process at every lint, so each edit pays the import of LibCST
again, and it knows flake8's column only: its range runs from the literal to the end of the line.
The plugin's lint hook (``lsp.pylsp_lint``, which imports this module on the first lint) checks the
unsaved buffer (``document.source``, never the file on disk) with the checker flake8 runs, in the
server's process -- LibCST is imported once per server -- and publishes each finding with the exact
range of its literal: 0-based lines, characters in UTF-16 code units (the protocol's default
position encoding, which pylsp does not negotiate), severity Warning, ``source``
``flake8-httpstatus``, ``code`` the rule's code and ``message`` the line flake8 prints
(``HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND``), as pylsp's flake8 plugin words it.

What is shown is what ``flake8`` (and ``flake8-httpstatus check``) shows for the file with the
project's configuration: the flake8 config file flake8 finds from the workspace's root (or pylsp's
``plugins.flake8.config``), ``[tool.flake8-httpstatus]`` in pyproject.toml, ``select``/``ignore``/
``extend-*``/``per-file-ignores``/``exclude``, and ``# noqa``. pylsp's ``plugins.flake8``
``select``/``ignore``/... settings are the command line of pylsp's flake8 plugin: they decide what
*that* plugin shows, not what this one does.

No duplicates: the setting ``pylsp.plugins.httpstatus.lint`` is ``"auto"`` by default: the
diagnostics are published unless pylsp's flake8 plugin is enabled and would report an HTS code for
the file itself (its settings neither ignore nor deselect every HTS code) -- then that plugin owns
them and this one stays silent, as before. ``pylsp.plugins.flake8.extendIgnore = ["HTS"]`` hands
them over; ``lint = true`` publishes them always, ``false`` never (docs/editors.md).
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

from flake8_httpstatus.lsp import Buffer, Config, Document, Workspace, _settings

if TYPE_CHECKING:
    from flake8_httpstatus.findings import Finding
    from flake8_httpstatus.fix.settings import Settings

LOG = logging.getLogger("flake8_httpstatus.lsp")

#: The diagnostics' ``source``: how the code actions tell ours (UTF-16 columns) from flake8's.
SOURCE = "flake8-httpstatus"
#: pylsp's name for the plugin (its entry point): its settings are ``pylsp.plugins.httpstatus``.
PLUGIN = "httpstatus"
LINT = "lint"
AUTO = "auto"
WARNING = 2  # lsp.DiagnosticSeverity.Warning
#: Buffers whose diagnostics are kept (a save lints the text the last edit linted).
CACHE_SIZE = 8

Diagnostic = Dict[str, Any]


def lint(config: Config, workspace: Workspace, document: Document) -> List[Diagnostic]:
    """The buffer's HTS diagnostics (none where pylsp's flake8 plugin reports them, or where the
    file is excluded). No exception leaves: it is logged and nothing is published."""
    try:
        root = workspace.root_path or os.getcwd()
        settings = lint_settings(config, root, document)
        if settings is None:
            return []
        buffer = Buffer(document, settings, root)
        return [] if buffer.excluded else diagnostics(buffer)
    except Exception:
        LOG.warning("flake8-httpstatus: no diagnostics for %s", getattr(document, "uri", "?"),
                    exc_info=True)
        return []


# --- whose diagnostics: ours, or pylsp's flake8 plugin's --------------------------------------------

def lint_mode(config: Config, document: Document) -> Optional[bool]:
    """``pylsp.plugins.httpstatus.lint``: True (always), False (never), None (``"auto"``)."""
    value = (config.plugin_settings(PLUGIN, document_path=document.path) or {}).get(LINT, AUTO)
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in ("true", "on", "yes", "1"):
        return True
    if word in ("false", "off", "no", "0"):
        return False
    return None


def flake8_reports_ours(config: Config, root: str, document: Document) -> bool:
    """Whether pylsp's flake8 plugin is enabled for the document and would report an HTS code in
    it, with what pylsp puts on flake8's command line (``select``, ``ignore``, ``extendIgnore``,
    ``perFileIgnores``, ... over the config file)."""
    flake8: Mapping[str, Any] = config.plugin_settings("flake8", document_path=document.path) or {}
    if not flake8.get("enabled"):
        return False
    from flake8_httpstatus.rules import RULES

    settings = _settings(config, root, document)
    path = Buffer(document, settings, root).path
    return any(settings.reported(path, code) for code in RULES)


def lint_active(config: Config, root: str, document: Document) -> bool:
    """Whether the plugin publishes the document's diagnostics itself."""
    mode = lint_mode(config, document)
    return mode if mode is not None else not flake8_reports_ours(config, root, document)


def lint_settings(config: Config, root: str, document: Document) -> Optional[Settings]:
    """The settings the diagnostics follow (the project's, without pylsp's flake8 command line),
    or None where the plugin publishes none."""
    if not lint_active(config, root, document):
        return None
    return _settings(config, root, document, command_line=False)


def is_ours(diagnostic: Mapping[str, Any]) -> bool:
    return diagnostic.get("source") == SOURCE


class Buffers:
    """One code-action request's buffers: with the settings of our diagnostics, or with those of
    pylsp's flake8 plugin (its command line on top), each made once; None where excluded."""

    def __init__(self, config: Config, root: str, document: Document) -> None:
        self.config = config
        self.root = root
        self.document = document
        self._made: Dict[bool, Optional[Buffer]] = {}

    def get(self, ours: bool) -> Optional[Buffer]:
        if ours not in self._made:
            settings = _settings(self.config, self.root, self.document, command_line=not ours)
            buffer = Buffer(self.document, settings, self.root)
            self._made[ours] = None if buffer.excluded else buffer
        return self._made[ours]

    def of(self, diagnostic: Mapping[str, Any]) -> Optional[Buffer]:
        """The buffer a diagnostic was made with."""
        return self.get(is_ours(diagnostic))

    def for_fix_all(self, diagnostics: Sequence[Any]) -> Optional[Buffer]:
        """The buffer "Fix all" works on: that of the request's HTS diagnostics (ours first), or
        with none, that of whichever plugin reports the document's."""
        sources = {is_ours(d) for d in diagnostics
                   if isinstance(d, dict) and str(d.get("code", "")).startswith("HTS")}
        if sources:
            return self.get(True in sources)
        return self.get(lint_active(self.config, self.root, self.document))


# --- the diagnostics -------------------------------------------------------------------------------

def diagnostics(buffer: Buffer) -> List[Diagnostic]:
    """What flake8 shows of the buffer, as diagnostics (cached by text and settings)."""
    from flake8_httpstatus.rules import RULES

    settings = buffer.settings
    reported = frozenset(code for code in RULES if settings.reported(buffer.path, code))
    key = (buffer.text, settings.config, buffer.document.path, reported)
    with _LOCK:
        if key in _RESULTS:
            _RESULTS.move_to_end(key)
            return [dict(d) for d in _RESULTS[key]]
    found = findings(buffer.text, settings, buffer.document.path, reported)
    if found:
        from flake8_httpstatus.lines import universal_lines

        lines = universal_lines(buffer.text)
        made = [to_diagnostic(finding, lines) for finding in found]
    else:
        made = []
    with _LOCK:
        _RESULTS[key] = made
        while len(_RESULTS) > CACHE_SIZE:
            _RESULTS.popitem(last=False)
    return [dict(d) for d in made]


_RESULTS: OrderedDict[Tuple[object, ...], List[Diagnostic]] = OrderedDict()
_LOCK = threading.Lock()


def findings(text: str, settings: Settings, path: str, reported: frozenset[str]) -> List[Finding]:
    """The findings flake8 shows: the checker's entry point and lines, the codes ``reported``,
    no ``# noqa``. None for a buffer Python cannot parse (flake8 reports E999 there)."""
    from flake8_httpstatus.fix.fixer import FixError, checked_findings, shown_findings

    try:
        found, skipped, _ = checked_findings(text, settings.config, path)
    except FixError as exc:
        LOG.debug("flake8-httpstatus: %s: not checked: %s", path, exc)
        return []
    if skipped:
        LOG.info("flake8-httpstatus: %s: %s", path, skipped)
    return shown_findings(text, found, reported.__contains__)


def to_diagnostic(finding: Finding, lines: Sequence[str]) -> Diagnostic:
    """The finding as an LSP diagnostic: the literal's exact range."""
    return {"source": SOURCE, "code": finding.code, "message": finding.text, "severity": WARNING,
            "range": {"start": _position(lines, finding.line, finding.col),
                      "end": _position(lines, finding.end_line, finding.end_col)}}


def _position(lines: Sequence[str], line: int, column: int) -> Dict[str, int]:
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return {"line": line - 1, "character": utf16_column(text, column)}


def utf16_column(line: str, column: int) -> int:
    """A column in characters (Python ``str`` indices, as flake8 and LibCST count) in UTF-16 code
    units: a character past U+FFFF is two (a lone surrogate, one)."""
    head = line[:column]
    if head.isascii():
        return column
    return column + sum(1 for char in head if ord(char) > 0xFFFF)


def column_of(text: str, diagnostic: Mapping[str, Any]) -> Callable[[Finding], int]:
    """How a finding's column is written in the diagnostic's range: in characters by pylsp's
    flake8 plugin (flake8's column), in UTF-16 code units by ours."""
    if not is_ours(diagnostic):
        return lambda finding: finding.col
    lines: List[str] = []

    def column(finding: Finding) -> int:
        if not lines:
            from flake8_httpstatus.lines import universal_lines

            lines.extend(universal_lines(text) or [""])
        line = lines[finding.line - 1] if finding.line <= len(lines) else ""
        return utf16_column(line, finding.col)

    return column


__all__ = ["SOURCE", "Buffers", "column_of", "diagnostics", "lint", "lint_active",
           "lint_settings", "utf16_column"]
