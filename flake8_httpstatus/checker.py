"""Source -> findings. The fast path (prefilter + LibCST on candidate fragments) and the reference
path (LibCST on the whole module) share the visitor and the rules, and must agree."""

from __future__ import annotations

import ast
import bisect
import logging
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator, List, Optional, Sequence, Tuple

from flake8_httpstatus.imports import ImportMap
from flake8_httpstatus.options import Config
from flake8_httpstatus.prefilter import OWNER, RAISES, Candidates, scan, takes_tuple_returns

if TYPE_CHECKING:
    from flake8_httpstatus.findings import Finding, Suggestion
    from flake8_httpstatus.model import Model
    from flake8_httpstatus.styles import ModuleStyle

LOG = logging.getLogger("flake8.httpstatus")  # under flake8's logger: shown by -vv

#: Enough for LibCST to visit the deepest code Python's own parser accepts.
RECURSION_LIMIT = 20_000

#: How a fragment is wrapped so that LibCST sees it in the same kind of scope as in the file.
#: (A fragment from a view is wrapped in a function named ``views.VIEW_MARKER``, which the visitor
#: reads as a view: added on first use, as the plugin imports this module in every run.)
WRAPPERS = {"module": "if 1:\n", "class": "class _:\n", "function": "def _():\n"}


class Checked:
    """What checking a file gives: its findings, the statements LibCST refused to parse
    (``"line N: reason"`` each), whose findings, if any, are missing, and whether the module was
    walked (False where its text alone said no finding can be: checking it again costs less
    than keeping its result)."""

    __slots__ = ("findings", "skipped", "walked")

    def __init__(self, findings: List[Finding], skipped: Tuple[str, ...] = (),
                 walked: bool = True) -> None:
        self.findings = findings
        self.skipped = skipped
        self.walked = walked


class Known:
    """What the checker knows of a module before LibCST visits it: its imports, what ``auto``
    stands for in it (``package_style.auto_style``), and on the reference path whether each of its
    functions is a view and each of its classes a status class (``views.view_flags``,
    ``views.class_flags``; None on the fast path, where the fragments' wrappers say it); its
    subclasses and helpers (``model.summarise``)."""

    __slots__ = ("imports", "style", "view_flags", "class_flags", "path", "model")

    def __init__(self, imports: ImportMap, style: Optional[ModuleStyle] = None,
                 view_flags: Optional[Sequence[bool]] = None,
                 class_flags: Optional[Sequence[bool]] = None, path: str = "",
                 model: Optional[Model] = None) -> None:
        self.model = model
        self.imports = imports
        self.style = style
        self.view_flags = view_flags
        self.class_flags = class_flags
        #: The module's file as the tool was given it ("" for none, "stdin" from flake8's stdin
        #: without --stdin-display-name): where the project around it is read from.
        self.path = path


def _analyse(module: object, text: str, known: Known, config: Config,
             by_tokens: bool = True) -> list[tuple[int, int, Finding]]:
    """Visit, locate the hits (by tokens, or by LibCST positions on the reference path), and
    apply the rules. ``text`` is the source LibCST parsed (the module's, or its fragments')."""
    import libcst as cst

    from flake8_httpstatus.judge import Judge
    from flake8_httpstatus.locate import locate
    from flake8_httpstatus.suggest import Suggester
    from flake8_httpstatus.visitor import StatusVisitor

    assert isinstance(module, cst.Module)
    imports = known.imports
    visitor = StatusVisitor(
        imports, config.extra_calls, tuple_returns=takes_tuple_returns(imports),
        view_flags=known.view_flags, class_flags=known.class_flags, model=known.model,
    )
    module.visit(visitor)
    judge = Judge(config, Suggester(imports, config, known.style))
    hits = locate(module, [h for h in visitor.hits if judge.may_report(h)], visitor.numbers, text,
                  by_tokens)
    return [(f.line, f.end_line, f) for hit in hits for f in judge.findings(hit)]


def _around(path: str, config: Config) -> str:
    """The path whose package's convention ``auto`` follows (``package_style``): the module's,
    under ``auto``; "" (nothing read) under a style given, which decides alone."""
    return path if config.style == "auto" else ""


def _sorted(findings: Sequence[Finding]) -> list[Finding]:
    unique = {(f.line, f.col, f.code): f for f in findings}
    return [unique[key] for key in sorted(unique)]


def check_reference(source: str, config: Config, path: str = "") -> list[Finding]:
    """Slow reference path: the whole module through LibCST. Raises on a LibCST parse error."""
    import libcst as cst

    from flake8_httpstatus.imports import Package
    from flake8_httpstatus.model import summarise
    from flake8_httpstatus.package_style import auto_style
    from flake8_httpstatus.versions import resolved
    from flake8_httpstatus.views import class_flags, takes_class_codes, view_flags
    from flake8_httpstatus.visitor import collect_imports

    config = resolved(config)

    with _deep_recursion():
        module = cst.parse_module(source)
        imports = collect_imports(module, Package(path))
        config = _with_project(config, source, path, imports)
        flags: Sequence[bool] = []
        classes: Sequence[bool] = []
        model = None
        tuple_returns = takes_tuple_returns(imports) is not None
        try:
            tree = ast.parse(source)
            flags = view_flags(tree, imports) if tuple_returns else []
            classes = class_flags(tree, imports) if takes_class_codes(imports) else []
            model = summarise(tree, imports, config.extra_calls)
        except (SyntaxError, ValueError):  # newer syntax than this Python's: none is known
            pass
        known = Known(imports, auto_style(imports, source, _around(path, config)), flags,
                      classes, path, model)
        found = _analyse(module, source, known, config, by_tokens=False)
    return _sorted([f for _, _, f in found])


def _with_project(config: Config, source: str, path: str, imports: ImportMap) -> Config:
    """The config with the call rows of the project's helpers the module imports, where it passes
    the text gate (as the fast path reads them: ``prefilter.scan``)."""
    from flake8_httpstatus.imports import Package
    from flake8_httpstatus.project import project_rows
    from flake8_httpstatus.words import may_call_project, may_hold_findings

    extra = config.extra_calls
    if not may_hold_findings(source, extra, Package(path)) and not may_call_project(source, path):
        return config
    project = project_rows(path, imports, source, extra)
    return config._replace(extra_calls=(*extra, *project)) if project else config


def _places(candidates: Candidates) -> dict[tuple[str, str], List[int]]:
    """Each distinct fragment, (wrapper, text), with the file line of each copy's first line."""
    places: dict[tuple[str, str], List[int]] = {}
    for fragment in candidates.fragments:
        first = fragment.text[:1]
        wrapper = "" if fragment.scope == "module" and first not in (" ", "\t", "\f") else \
            _wrapper(fragment.scope, first)
        places.setdefault((wrapper, fragment.text), []).append(fragment.first_line)
    return places


def _analysed(parts: Sequence[tuple[str, str]], candidates: Candidates, config: Config,
              path: str) -> dict[tuple[str, str], list[tuple[int, int, Finding]]]:
    """LibCST on ``parts`` joined into one synthetic module: each part's findings, their lines
    counted from the part's first line (0)."""
    from flake8_httpstatus.cache import split

    if not parts:
        return {}
    import libcst as cst

    text = "".join(wrapper + fragment for wrapper, fragment in parts)
    found = _analyse(cst.parse_module(text), text,
                     Known(candidates.imports, candidates.style, path=path,
                           model=candidates.model), config)
    return split(found, parts)


def _check_fragments(candidates: Candidates, config: Config, path: str = "") -> list[Finding]:
    """LibCST on the candidate fragments, joined into one synthetic module. A fragment's findings
    depend on its text, scope (its wrapper), the module's imports, style and summary (its own
    subclasses and helpers) and the options only, so a text that occurs many times
    (``self.assertEqual(response.status_code, 200)`` in a test module) is analysed once and its
    findings are repeated at each place it occurs; and with the result cache, after an edit only
    the fragments the last check of the file did not have are analysed
    (``cache.ResultCache.previous``)."""
    from flake8_httpstatus.versions import resolved

    config = resolved(config)  # the installed framework versions are part of the cache key
    places = _places(candidates)
    return _sorted(_placed(_found(list(places), candidates, config, path), list(places), places))


def _found(parts: List[tuple[str, str]], candidates: Candidates, config: Config,
           path: str) -> list[tuple[int, int, Finding]]:
    """The findings of the joined text of ``parts``: from the result cache, else from LibCST on
    the parts the file's last check did not have (the others' results reused), stored."""
    from flake8_httpstatus.cache import for_setting

    cache = for_setting(config.cache_dir)
    model = candidates.model  # the module's own subclasses and helpers: part of the context
    context = cache.context(candidates.imports, config,
                            repr(candidates.style) + (repr(model) if model else "")) \
        if cache is not None else None
    if cache is None or context is None:
        return _shifted_back(_analysed(parts, candidates, config, path), parts)
    key = context + "\0" + "".join(wrapper + text for wrapper, text in parts)
    found = cache.get(key)
    if found is None:
        reuse = cache.previous(path, config, context)
        by_part = _analysed([part for part in parts if part not in reuse], candidates, config,
                            path)
        by_part.update((part, reuse[part]) for part in parts if part not in by_part)
        found = _shifted_back(by_part, parts)
        cache.put(key, found, parts)
    cache.last_set[path] = cache.entry_name(key)
    return found


def _shifted_back(by_part: dict[tuple[str, str], list[tuple[int, int, Finding]]],
                  parts: Sequence[tuple[str, str]]) -> list[tuple[int, int, Finding]]:
    """Each part's findings at their lines in the joined text of ``parts``."""
    from flake8_httpstatus.cache import shifted, starts

    return [shifted(first, last, finding, start)
            for part, start in zip(parts, starts(parts))
            for first, last, finding in by_part[part]]


def _placed(found: list[tuple[int, int, Finding]], parts: Sequence[tuple[str, str]],
            places: dict[tuple[str, str], List[int]]) -> list[Finding]:
    """The findings of the joined text at every place in the file its fragment stands."""
    from flake8_httpstatus.cache import starts
    from flake8_httpstatus.findings import Finding

    first_lines = starts(parts)
    findings = []
    for start_line, end_line, finding in found:
        index = bisect.bisect_right(first_lines, start_line) - 1
        for first_line in places[parts[index]]:
            offset = first_line - first_lines[index]
            findings.append(Finding(
                finding.code, start_line + offset, finding.col, end_line + offset,
                finding.end_col, finding.message, finding.value,
                _moved(finding.suggestion, offset),
            ))
    return findings


def _wrapper(scope: str, first: str) -> str:
    """The lines a fragment of ``scope`` is put under; ``first``: its first character. A fragment
    from a block expecting a raise (``function+raises``) is also put in such a block, indented
    as the fragment is (it is, by one level at least); one from a class the module's summary
    reads (``function@ConflictError``), in a class of that name."""
    if "view" not in WRAPPERS:
        from flake8_httpstatus.views import STATUS_CLASS_MARKER, VIEW_MARKER  # past the gate

        WRAPPERS["view"] = f"def {VIEW_MARKER}():\n"
        WRAPPERS["status-class"] = f"class {STATUS_CLASS_MARKER}:\n"
    scope, _, owner = scope.partition(OWNER)
    base, raises, _ = scope.partition(RAISES)
    if not raises and not owner:
        return WRAPPERS[base]
    indent = first if first in (" ", "\t") else " "
    if owner:  # in a class whose name the module's summary reads: in a class of that name
        head, depth = f"class {owner}:\n", 1
        if base != "class":
            head, depth = head + indent + WRAPPERS[base], 2
    else:
        head, depth = ("", 0) if base == "module" else (WRAPPERS[base], 1)
    if not raises:
        return head
    from flake8_httpstatus.views import RAISES_MARKER

    return head + indent * depth + f"with {RAISES_MARKER}():\n"


def _moved(suggestion: Optional[Suggestion], lines: int) -> Optional[Suggestion]:
    """The suggestion of a finding moved down by ``lines`` lines (from a fragment to its file)."""
    if suggestion is None or suggestion.replaces is None or not lines:
        return suggestion
    from dataclasses import replace  # past the gate: findings.py has loaded dataclasses

    line, col, end_line, end_col = suggestion.replaces
    return replace(suggestion, replaces=(line + lines, col, end_line + lines, end_col))


@contextmanager
def _deep_recursion() -> Iterator[None]:
    """LibCST visits recursively: 200 nested calls or 1,000 implicitly concatenated strings need
    more frames than Python's default limit (Python frames, not C stack, since 3.11)."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, RECURSION_LIMIT))
    try:
        yield
    finally:
        sys.setrecursionlimit(limit)


def _first_line(exc: BaseException) -> str:
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__


def check(lines: Sequence[str], tree: ast.Module, config: Config, path: str = "") -> Checked:
    """Fast path, as flake8 calls it: ``lines`` and ``tree`` of one file, found at ``path``
    (flake8's ``filename``; never read: the text is ``lines``)."""
    candidates = scan(tree, lines, config.extra_calls, path, _around(path, config))
    if candidates is None:
        return Checked([], walked=False)
    if not candidates.fragments:
        return Checked([])
    if candidates.project:  # the project's helpers it imports: calls like the user's own
        config = config._replace(extra_calls=(*config.extra_calls, *candidates.project))
    with _deep_recursion():
        try:
            return Checked(_check_fragments(candidates, config, path))
        except Exception as exc:  # LibCST would not take a fragment: try the whole module
            LOG.debug("flake8-httpstatus: fragments failed (%s); checking the whole module", exc)
        try:
            return Checked(check_reference("".join(lines), config, path))
        except Exception as exc:  # ParserSyntaxError, and the odd TypeError of LibCST's parser
            LOG.debug("flake8-httpstatus: LibCST cannot parse the module: %s", exc)
        # Keep what the statements LibCST does take give; drop only the ones it refuses.
        findings: list[Finding] = []
        skipped: list[str] = []
        for fragment in candidates.fragments:
            try:
                findings += _check_fragments(
                    candidates._replace(fragments=[fragment]), config, path)
            except Exception as exc:
                skipped.append(f"line {fragment.first_line}: {_first_line(exc)}")
        return Checked(_sorted(findings), tuple(skipped))


def check_source(source: str, config: Config, path: str = "") -> list[Finding]:
    """Parse ``source`` and check it (fast path): its findings. Raises SyntaxError when Python
    cannot parse it."""
    from flake8_httpstatus.lines import split_lines

    tree = ast.parse(source)
    return check(split_lines(source), tree, config, path).findings
