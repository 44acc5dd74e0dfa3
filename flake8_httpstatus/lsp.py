"""A python-lsp-server (pylsp) plugin: the fixes of ``flake8-httpstatus fix`` as code actions.

pylsp finds it through its ``pylsp`` entry-point group (``pip install flake8-httpstatus`` beside
pylsp is the whole set-up). Its lint hook publishes the HTS diagnostics in pylsp's process, unless
pylsp's flake8 plugin reports them (``lsp_lint``); it answers ``textDocument/codeAction``, for
those diagnostics and for the flake8 plugin's alike, with

* a quick fix per diagnostic of a rule ``fix`` rewrites (``flake8-httpstatus rules`` lists
  them) in the request's context, titled by the rule's row (``Rule.title``: "Replace 404 with
  HTTPStatus.NOT_FOUND"), the literal rewritten and the import added exactly as ``fix`` would;
* "Fix all HTTP status literals in this file" (kind ``source.fixAll.httpstatus``): what ``fix``
  writes for the whole buffer.

There is one source of truth: the fixer runs on the buffer's text (never the file on disk), with
the settings ``fix`` reads from the project's flake8 config, and the edits are the difference
between the buffer and its result (``lsp_edits``); a quick fix is that whole-file result without
the other literals. Where ``fix`` refuses (a shadowed name, a failed self-check, a buffer that does
not parse) nothing is offered. No exception leaves the hook: it is logged (logger
``flake8_httpstatus.lsp``) and the answer is empty.

Cost: the fixer runs once per buffer version and set of fix options (a small cache keeps the
result while the cursor moves), and only when the request holds an HTS diagnostic or asks for
source actions; otherwise the hook returns at once. The modules that do the work are imported on
first use, so pylsp's start-up does not pay for them.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import threading
import tokenize
from collections import OrderedDict
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional, Protocol, Sequence, Tuple

from pylsp import hookimpl

from flake8_httpstatus.rules import UNSAFE_FIXES

if TYPE_CHECKING:
    from flake8_httpstatus.findings import Finding
    from flake8_httpstatus.fix.fixer import FixResult
    from flake8_httpstatus.fix.settings import Settings
    from flake8_httpstatus.lsp_edits import Hunk

LOG = logging.getLogger(__name__)

QUICKFIX = "quickfix"
FIX_ALL_KIND = "source.fixAll.httpstatus"
FIX_ALL_TITLE = "Fix all HTTP status literals in this file"
CODE_PREFIX = "HTS"
#: Whole-file results kept (buffer text, fix options) -> FixResult.
CACHE_SIZE = 4

Action = Dict[str, Any]


class Document(Protocol):
    """What the hook reads of pylsp's ``Document``."""

    @property
    def uri(self) -> str: ...

    @property
    def path(self) -> str: ...

    @property
    def source(self) -> str: ...


class Workspace(Protocol):
    @property
    def root_path(self) -> Optional[str]: ...


class Config(Protocol):
    def plugin_settings(self, plugin: str, document_path: Optional[str] = None) -> Any: ...


@hookimpl
def pylsp_lint(config: Config, workspace: Workspace, document: Document,
               is_saved: bool) -> List[Action]:
    """pylsp's lint hook: the HTS diagnostics of the buffer, computed in this process
    (``lsp_lint``, imported on the first lint)."""
    from flake8_httpstatus.lsp_lint import lint

    return lint(config, workspace, document)


@hookimpl
def pylsp_code_actions(config: Config, workspace: Workspace, document: Document,
                       range: Mapping[str, Any], context: Optional[Mapping[str, Any]]) -> List[Action]:
    """pylsp's hook for ``textDocument/codeAction``."""
    try:
        return code_actions(config, workspace, document, context or {})
    except Exception:  # never into pylsp: one log line with the traceback, no actions
        LOG.warning("flake8-httpstatus: no code actions for %s", getattr(document, "uri", "?"),
                    exc_info=True)
        return []


# --- what is asked for ---------------------------------------------------------------------------

def _wanted(kind: str, only: Optional[Sequence[str]]) -> bool:
    """Whether the context's ``only`` (a list of kinds, or absent) admits ``kind``."""
    return only is None or any(kind == k or kind.startswith(k + ".") for k in only)


def _asked(context: Mapping[str, Any]) -> Tuple[List[Mapping[str, Any]], bool]:
    """The context's HTS diagnostics that have a quick fix (if quick fixes are wanted), and
    whether the fix-all action is."""
    only = context.get("only") or None
    ours = [d for d in context.get("diagnostics") or []
            if isinstance(d, dict) and str(d.get("code", "")).startswith(CODE_PREFIX)]
    quick: List[Mapping[str, Any]] = [d for d in ours if d["code"] in _fixable_codes()] \
        if _wanted(QUICKFIX, only) else []
    return quick, _wanted(FIX_ALL_KIND, only) and (bool(ours) or only is not None)


def code_actions(config: Config, workspace: Workspace, document: Document,
                 context: Mapping[str, Any]) -> List[Action]:
    quick, fix_all = _asked(context)
    if not quick and not fix_all:
        return []  # the common case (the cursor is elsewhere): nothing is computed
    from flake8_httpstatus.lsp_lint import Buffers

    buffers = Buffers(config, workspace.root_path or os.getcwd(), document)
    actions = [action for diagnostic in quick
               for buffer in [buffers.of(diagnostic)] if buffer is not None
               for action in [_quick_fix(buffer, diagnostic)] if action is not None]
    buffer = buffers.for_fix_all(context.get("diagnostics") or []) if fix_all else None
    whole = _fix_all(buffer) if buffer is not None else None
    return actions if whole is None else [*actions, whole]


def _fix_all(buffer: Buffer) -> Optional[Action]:
    """"Fix all HTTP status literals in this file": what ``fix`` writes for the buffer, if it
    changes anything."""
    fixed = buffer.fixed()
    if fixed is None or not fixed.result.changed:
        return None
    from flake8_httpstatus.lsp_edits import text_edits

    old, changes = fixed.changes()
    return {"title": FIX_ALL_TITLE, "kind": FIX_ALL_KIND,
            "edit": {"changes": {buffer.document.uri: text_edits(old, changes)}}}


def _fixable_codes() -> Dict[str, Tuple[str, ...]]:
    """Each code ``fix`` can rewrite, with the ``fix`` options that turn its rewrites on."""
    from flake8_httpstatus.rules import RULES, Fixability

    return {code: (rule.fix_flag,) if rule.fix_flag else ()
            for code, rule in RULES.items() if rule.fixability != Fixability.NEVER}


# --- the buffer and the fixer --------------------------------------------------------------------

class Fixed:
    """``fix``'s result for a buffer, and (computed once, on first use) its line changes."""

    def __init__(self, result: FixResult, text: str, codec: str) -> None:
        self.result = result
        self.text = text
        self.codec = codec
        self._changes: Optional[Tuple[List[str], List[Hunk]]] = None

    def changes(self) -> Tuple[List[str], List[Hunk]]:
        """The buffer's lines, and the changes that make the result of them."""
        if self._changes is None:
            from flake8_httpstatus.lines import split_lines
            from flake8_httpstatus.lsp_edits import hunks

            old = split_lines(self.text)
            self._changes = (old, hunks(old, split_lines(self.result.fixed.decode(self.codec))))
        return self._changes


class Buffer:
    """One request's buffer: its text, the settings ``fix`` would use for it, and (cached) what
    ``fix`` makes of it."""

    def __init__(self, document: Document, settings: Settings, root: str) -> None:
        self.document = document
        self.settings = settings
        self.text = document.source
        #: The name pylsp gives flake8 (``--stdin-display-name``), None for a buffer outside the
        #: workspace (flake8 then calls it ``stdin``).
        self.display_name = _display_name(document.path, root)
        #: The path ``reported`` (per-file-ignores) is asked about, as flake8 would resolve it.
        self.path = ("stdin" if self.display_name is None
                     else os.path.join(os.getcwd(), self.display_name))
        self.codec = _codec(self.text)

    @property
    def excluded(self) -> bool:
        """flake8's ``exclude`` covers the file: it shows nothing, and nothing is offered."""
        from flake8_httpstatus.fix.files import discover

        return self.display_name is not None and not discover(
            [self.document.path], self.settings.exclude, self.settings.filename)

    def fixed(self, code: Optional[str] = None, unsafe: bool = False) -> Optional[Fixed]:
        """``fix``'s result for the buffer (None where it refuses the file): the whole file as the
        command rewrites it, or with ``code`` only that code's findings, its ``fix`` option on
        (and with ``unsafe``, its unsafe fixes too: ``--unsafe-fixes``)."""
        if code is None:
            return self._run((), None)
        if unsafe:
            return self._run((UNSAFE_FIXES,), code)
        flags = _fixable_codes()[code]
        if not flags:  # the command's own result serves, if it rewrote nothing else
            whole = self._run((), None)
            if whole is None or all(f.code == code for f in whole.result.rewritten):
                return whole
        return self._run(flags, code)

    def _run(self, fix_flags: Tuple[str, ...], code: Optional[str]) -> Optional[Fixed]:
        from flake8_httpstatus.fix.fixer import FixError, FixOptions, fix_source
        from flake8_httpstatus.fix.sorting import sort_style
        from flake8_httpstatus.rules import RULES

        settings = self.settings
        reported = frozenset(c for c in RULES if (code is None or c == code)
                             and settings.reported(self.path, c))
        directory = os.path.dirname(os.path.abspath(self.document.path))
        line_length = settings.line_length(directory)
        key = (self.text, self.document.path, fix_flags, settings.config, line_length, reported)
        with _LOCK:
            if key in _RESULTS:
                _RESULTS.move_to_end(key)
                return _RESULTS[key]
        try:
            result = fix_source(self.text.encode(self.codec), settings.config, FixOptions(
                fix_flags, reported.__contains__, line_length, sort_style(directory),
                self.document.path))
            fixed: Optional[Fixed] = Fixed(result, self.text, self.codec)
        except (FixError, UnicodeError) as exc:  # does not parse, failed self-check, ...
            LOG.debug("flake8-httpstatus: %s: not fixed: %s", self.document.uri, exc)
            fixed = None
        with _LOCK:
            _RESULTS[key] = fixed
            while len(_RESULTS) > CACHE_SIZE:
                _RESULTS.popitem(last=False)
        return fixed


_RESULTS: OrderedDict[Tuple[object, ...], Optional[Fixed]] = OrderedDict()
_LOCK = threading.Lock()


def _codec(text: str) -> str:
    """The encoding the buffer's bytes are in, as ``fix`` reads them: its coding cookie, else
    UTF-8 (a BOM stays a character of the text)."""
    try:
        head = text[:2000].encode("utf-8", "surrogatepass")
        encoding, _ = tokenize.detect_encoding(io.BytesIO(head).readline)
    except (SyntaxError, LookupError, UnicodeError):
        return "utf-8"
    return "utf-8" if encoding == "utf-8-sig" else encoding


def _quick_fix(buffer: Buffer, diagnostic: Mapping[str, Any]) -> Optional[Action]:
    from flake8_httpstatus.lsp_edits import only, text_edits
    from flake8_httpstatus.lsp_lint import column_of

    code = diagnostic["code"]
    column = column_of(buffer.text, diagnostic)
    fixed = buffer.fixed(code)
    finding = _finding_at(fixed.result.rewritten, code, diagnostic, column) if fixed else None
    if finding is None:  # an unsafe fix is offered too, not preferred (as ruff's server does)
        fixed = buffer.fixed(code, unsafe=True)
        finding = _finding_at(fixed.result.rewritten, code, diagnostic, column) if fixed else None
    if fixed is None or finding is None:
        return None  # fix leaves it (refused, noqa, not reported), or the diagnostic is stale
    old, changes = fixed.changes()
    kept = only(old, changes, fixed.result.rewritten, finding)
    if not kept:
        LOG.debug("flake8-httpstatus: %s: the fix of %s cannot be told apart from the others",
                  buffer.document.uri, code)
        return None
    assert finding.suggestion is not None
    from flake8_httpstatus.rules import RULES

    title = RULES[code].title.format(literal=_literal(old, finding),
                                     replacement=finding.suggestion.replacement)
    return {"title": title, "kind": QUICKFIX, "diagnostics": [diagnostic],
            "isPreferred": not finding.suggestion.unsafe,
            "edit": {"changes": {buffer.document.uri: text_edits(old, kept)}}}


def _finding_at(findings: Sequence[Finding], code: str, diagnostic: Mapping[str, Any],
                column: Callable[[Finding], int] = lambda finding: finding.col,
                ) -> Optional[Finding]:
    """The finding the diagnostic was made of: the same code, line, column (the range's start:
    flake8's column, in characters, from pylsp's flake8 plugin; UTF-16 code units from ours,
    ``column``) and message; none for a stale diagnostic."""
    try:
        start = diagnostic["range"]["start"]
        line, character = int(start["line"]), int(start["character"])
    except (KeyError, TypeError, ValueError):
        return None
    message = diagnostic.get("message")
    for finding in findings:
        if (finding.code == code and finding.line - 1 == line and column(finding) == character
                and message in (None, finding.text)):
            return finding
    return None


def _literal(lines: Sequence[str], finding: Finding) -> str:
    """The source text the fix replaces, on one line."""
    line, col, end_line, end_col = finding.replaced
    if line == end_line:
        return lines[line - 1][col:end_col]
    text = lines[line - 1][col:] + "".join(lines[line:end_line - 1]) + lines[end_line - 1][:end_col]
    return " ".join(text.split())


# --- the settings flake8 would use ---------------------------------------------------------------

#: pylsp's flake8 settings that it passes to flake8 on the command line -> the ``[flake8]`` key.
PYLSP_OVERRIDES = {"select": "select", "ignore": "ignore", "extendSelect": "extend-select",
                   "extendIgnore": "extend-ignore", "exclude": "exclude"}


def _settings(config: Config, root: str, document: Document, command_line: bool = True) -> Settings:
    """``fix``'s settings for the document: the flake8 config file flake8 finds when pylsp runs it
    (from the workspace's root), and (``command_line``) the values pylsp puts on its command line;
    without them, what the in-process diagnostics follow (``lsp_lint``)."""
    from flake8_httpstatus.fix.settings import add_arguments, load_settings

    flake8: Mapping[str, Any] = config.plugin_settings("flake8", document_path=document.path) or {}
    parser = argparse.ArgumentParser(add_help=False)
    add_arguments(parser)
    args = parser.parse_args([])
    path = flake8.get("config")
    if path:
        path = os.path.expanduser(os.path.expandvars(str(path)))
        args.config = path if os.path.isabs(path) else os.path.abspath(path)
    if flake8.get("maxLineLength"):
        args.max_line_length = int(flake8["maxLineLength"])
    overrides: Dict[str, str] = {}
    for key, name in (PYLSP_OVERRIDES.items() if command_line else ()):
        value = list(flake8.get(key) or [])
        if key == "ignore":
            value += _per_file_ignores(flake8.get("perFileIgnores"), document.path)
        if value:
            overrides[name] = ",".join(str(item) for item in value)
    return load_settings(args, start=root, overrides=overrides)


def _per_file_ignores(entries: Any, path: str) -> List[str]:
    """The codes pylsp adds to ``--ignore`` for this file from its ``perFileIgnores`` setting
    (``PATTERN:CODES``, a lone ``CODES`` continuing the pattern before it)."""
    codes: List[str] = []
    pattern: Optional[str] = None
    for entry in entries or []:
        head, colon, tail = str(entry).partition(":")
        if colon:
            pattern, listed = head, tail
        elif pattern is None:
            continue
        else:
            listed = head
        if path and PurePath(path).match(pattern):
            codes.extend(code for code in listed.split(",") if code)
    return codes


def _display_name(path: str, root: str) -> Optional[str]:
    """The document's path relative to the workspace's root, as pylsp passes it to flake8 (which
    it runs in the root), or None outside the root. flake8 resolves a per-file-ignores pattern
    holding a ``/`` against its current directory, and so does ``reported`` here: it is asked
    about this relative path from this process's current directory, so that both resolve
    alike."""
    if not path or not root:
        return None
    try:
        relative = os.path.relpath(path, root)
    except ValueError:  # another drive
        return None
    return None if relative.startswith(os.pardir) else relative


__all__ = ["FIX_ALL_KIND", "code_actions", "pylsp_code_actions"]
