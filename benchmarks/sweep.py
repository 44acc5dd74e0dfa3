#!/usr/bin/env python3
"""Sweep of real code bases: the plugin and the fixer on pinned sdists of popular web projects.

Usage::

    python benchmarks/sweep.py                        # every project, plugin + fixer
    python benchmarks/sweep.py --only flask,werkzeug --no-fix
    python benchmarks/sweep.py --markdown sweep.md --sample 60
    python benchmarks/sweep.py --python /path/to/venv/bin/python --jobs 2

Stdlib only, Python >= 3.9. Sdists are downloaded once with ``python -m pip download --no-deps
--no-binary :all: NAME==VERSION`` into ``benchmarks/.cache/sdists`` and unpacked once into
``benchmarks/.cache/src`` (both through ``benchmarks/_common.py``; the cache is git-ignored).
Nothing under the cache's ``src`` is ever written: the fixer works on a copy under
``benchmarks/.cache/sweep``.

For every project, with ``PY`` the interpreter of ``--python`` (default: the project's
``.venv/bin/python`` when there is one, else the running interpreter; it must have flake8 and this
plugin installed):

1. ``PY -m flake8 --select=HTS -j 1 --isolated .`` in the unpacked tree: findings per code. A crash
   is any exit status other than 0/1, or "Traceback", "PluginExecutionFailed" or "failed during
   execution" in its output; there must be none.
2. In-process, in a ``PY`` child, every file flake8 would check is read as flake8 reads it and
   given to the plugin's fast path ``check(lines, tree, config, path)``. Counted: files (``ast``
   parses them), syntax errors (flake8's E999: the plugin is never asked), skipped (LibCST refused the
   file, or at least one of its candidate statements, whose findings are then missing: what
   ``check`` returns says so in ``Checked.skipped``; ``flake8 -vv`` shows the same in its debug
   log, under the ``flake8.httpstatus`` logger), and lost (``check`` raised: ``run()``
   swallows it, the file's findings are silently lost). Findings of this pass must equal
   flake8's; a difference is reported.
3. Unless ``--no-check``: ``PY -m flake8_httpstatus check --select=HTS -j 1 --isolated .`` in the
   tree, whose lines must be flake8's lines of step 1, finding for finding and in the same order
   (path, line, column, code, message), and whose exit status must be flake8's (or 2, when its
   only errors are syntax errors in files ``ast`` cannot parse: flake8's E999, which
   ``--select=HTS`` hides). A difference is a problem ("check = flake8" column).
4. Unless ``--no-fix``, and when ``PY -m flake8_httpstatus fix --help`` works ("fixer: not
   available" otherwise): the tree is copied; ``fix --isolated --check`` and then ``fix
   --isolated`` run on the copy (``--isolated`` as for flake8: the copy lies inside this
   repository, whose setup.cfg excludes ``benchmarks/.cache``; exit 2 is accepted when its only
   errors are syntax errors in files ``ast`` cannot parse either: Django ships one on purpose);
   on the fixed copy, flake8 runs again (post-fix HTS001: those that ``fix --check`` on the fixed
   copy does not list as left for a person; ``--check`` there must also exit 0, i.e. ``fix`` is
   idempotent), ``PY -m compileall -q`` runs on the original and on the copy (new syntax errors:
   files that fail on the copy only; ``PYTHONPYCACHEPREFIX`` keeps the trees clean), and every file's
   AST is compared with the original's: the only differences allowed are an ``int`` Constant that
   became an Attribute chain or a Name (a rewrite), an ``HTTPStatus(404)`` call that became
   ``HTTPStatus.NOT_FOUND``, a constant (attribute, name or imported name) under a new upper-case
   name (HTS008), and added or extended import statements.

Output: a Markdown table (project, version, files, skipped, a column per code, crashes, fixer
rewrites, post-fix HTS001, AST-equal) and the details of every problem; ``--markdown OUT`` writes
the same to a file; ``--sample N`` prints every HTS002..HTS006 finding and a seeded random sample
of N HTS001 findings with their source lines, for human review. Every run's raw findings are kept
in ``benchmarks/.cache/sweep/NAME-VERSION.findings.txt``.

Exit status: 0 everything held; 1 a check failed (crash, lost file, new syntax error, AST
difference, HTS001 left after the fixer, fixer not idempotent, fast-path findings differ from
flake8's, check's lines differ from flake8's); 2 setup error (download, unpack, no flake8 in
``--python``), printed without traceback.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import tokenize
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from _common import CACHE_DIR, BenchError, sdist_tree  # noqa: E402

#: Pinned sdists (the newest release of each on PyPI when the sweep was written).
PROJECTS: Tuple[Tuple[str, str], ...] = (
    ("Django", "5.2.19"),
    ("djangorestframework", "3.18.3"),
    ("Flask", "3.1.3"),
    ("Werkzeug", "3.1.9"),
    ("starlette", "1.10.0"),
    ("fastapi", "0.165.0"),
    ("aiohttp", "3.14.5"),
    ("tornado", "6.6.1"),
    ("requests", "2.34.2"),
    # the frameworks of issue #11
    ("bottle", "0.13.4"),
    ("django-ninja", "1.7.1"),
    ("falcon", "4.4.0"),
    ("flask-restx", "1.3.2"),
    ("litestar", "2.25.0"),
    ("sanic", "25.12.1"),
    ("pyramid", "2.1"),
    ("WebOb", "1.8.11"),
)

sys.path.insert(0, str(ROOT))
from flake8_httpstatus.rules import RULES  # noqa: E402

#: Every code, in the rule table's order (``--select=HTS`` shows the default-off ones too).
CODES = tuple(RULES)
RARE = CODES[1:]
FINDING = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>HTS\d{3}) (?P<text>.*)$")
CRASH_MARKERS = ("Traceback", "PluginExecutionFailed", "failed during execution")
FIX_SUMMARY = re.compile(r"(?:would rewrite|rewrote) (\d+) (?:literals?|findings?) in (\d+) files?")
FIX_ERROR = re.compile(r"^(?P<path>.+?): error: (?P<message>.*)$")
COMPILE_ERROR = re.compile(r"^\*\*\* Error compiling (['\"])(?P<path>.*)\1")
FIX_REWROTE = re.compile(r"^rewrote (?P<path>.+) \(\d+ (?:literals?|findings?)\)$", re.M)
LEFT_REASON = re.compile(r"\(not rewritten: (?P<reason>.*)\)$")
ISORT_FAILED = re.compile(r"^ERROR: (?P<path>.+?) Imports are incorrectly sorted", re.M)
RUFF_FAILED = re.compile(r"^(?P<path>.+?):\d+:\d+: I00\d", re.M)

#: flake8's default --exclude (the sweep runs with --isolated).
DEFAULT_EXCLUDE = (".svn", "CVS", ".bzr", ".hg", ".git", "__pycache__", ".tox", ".nox",
                   ".eggs", "*.egg")

# The in-process pass, run by the --python interpreter: ``-c HELPER scan ROOT`` prints a JSON
# object; ``-c HELPER compare OLD NEW`` compares the ASTs of the two trees.
HELPER = r'''
import ast, fnmatch, io, json, os, sys, tokenize, warnings
warnings.simplefilter("ignore")
EXCLUDE = %(exclude)r

def files(root):
    out = []
    for directory, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not any(fnmatch.fnmatch(d, p) for p in EXCLUDE))
        for name in sorted(names):
            if name.endswith(".py") and not any(fnmatch.fnmatch(name, p) for p in EXCLUDE):
                out.append(os.path.relpath(os.path.join(directory, name), root))
    return out

def read_lines(path):
    """As flake8's FileProcessor: tokenize.open, latin-1 fallback, BOM stripped."""
    try:
        with tokenize.open(path) as fd:
            lines = fd.readlines()
    except (SyntaxError, UnicodeError):
        with open(path, encoding="latin-1") as fd:
            lines = fd.readlines()
    if lines and lines[0].startswith("\ufeff"):
        lines[0] = lines[0][1:]
    return lines

def parse(lines):
    try:
        return ast.parse("".join(lines))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None

def scan(root):
    # as ``PY -m flake8`` run in the tree: the tree first on the path, so the framework versions
    # read from package metadata are the same (Falcon's own tree holds falcon's metadata)
    sys.path.insert(0, os.path.abspath(root))
    from flake8_httpstatus import checker
    from flake8_httpstatus.options import Config
    result = {"files": 0, "syntax_errors": [], "skipped": [], "lost": [], "findings": []}
    config = Config()
    for rel in files(root):
        lines = read_lines(os.path.join(root, rel))
        tree = parse(lines)
        if tree is None:
            result["syntax_errors"].append(rel)
            continue
        result["files"] += 1
        try:
            checked = checker.check(lines, tree, config, os.path.join(root, rel))
            found, skipped = checked.findings, checked.skipped
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            result["lost"].append([rel, type(exc).__name__, str(exc)[:200]])
            continue
        if skipped:
            result["skipped"].append([rel, skipped[-1][:200]])
        for f in found:
            result["findings"].append([rel, f.line, f.col + 1, f.code, f.message])
    return result

class Diff(Exception):
    pass

def is_import(node):
    return isinstance(node, (ast.Import, ast.ImportFrom))

def compare(old, new, where, counter):
    if isinstance(old, list):
        if not isinstance(new, list):
            raise Diff(where)
        j = 0
        for item in new:
            if j < len(old):
                try:
                    compare(old[j], item, where, counter)
                    j += 1
                    continue
                except Diff:
                    if not is_import(item):
                        raise
            if is_import(item):  # an import the fixer added
                continue
            raise Diff(where)
        if j != len(old):
            raise Diff(where)
        return
    if isinstance(old, ast.AST):
        line = getattr(old, "lineno", None)
        here = "%%s:%%s" %% (where.split(":")[0], line) if line else where
        if (type(old) is ast.Constant and type(old.value) is int
                and isinstance(new, (ast.Attribute, ast.Name))):
            counter[0] += 1
            return
        if (type(old) is ast.Call and isinstance(new, ast.Attribute) and not old.keywords
                and len(old.args) == 1 and type(old.args[0]) is ast.Constant
                and (getattr(old.func, "attr", None) or getattr(old.func, "id", None))
                == "HTTPStatus"):
            counter[0] += 1  # HTTPStatus(404) -> HTTPStatus.NOT_FOUND
            return
        renamed = {"Attribute": "attr", "Name": "id", "alias": "name"}.get(type(old).__name__)
        if (renamed and type(new) is type(old) and getattr(old, renamed) != getattr(new, renamed)
                and getattr(old, renamed).isupper() and getattr(new, renamed).isupper()):
            counter[0] += 1  # HTS008: a constant (or its import) under its new name
            if type(old) is ast.Attribute:
                compare(old.value, new.value, here, counter)
            return
        if type(old) is not type(new):
            raise Diff("%%s: %%s became %%s" %% (here, type(old).__name__, type(new).__name__))
        if type(old) is ast.ImportFrom and old.module == new.module and old.level == new.level:
            old_names = [(a.name, a.asname) for a in old.names]
            new_names = [(a.name, a.asname) for a in new.names]
            if set(old_names) <= set(new_names):
                return  # an existing import the fixer extended
        for name, value in ast.iter_fields(old):
            compare(value, getattr(new, name, None), here, counter)
        return
    if old != new or type(old) is not type(new):
        raise Diff("%%s: %%r became %%r" %% (where, old, new))

def compare_trees(old_root, new_root):
    result = {"files": 0, "equal": 0, "rewrites": 0, "differ": [], "new_syntax_errors": []}
    for rel in files(old_root):
        old = parse(read_lines(os.path.join(old_root, rel)))
        if old is None:
            continue
        result["files"] += 1
        new = parse(read_lines(os.path.join(new_root, rel)))
        if new is None:
            result["new_syntax_errors"].append(rel)
            continue
        counter = [0]
        try:
            compare(old, new, rel, counter)
        except Diff as exc:
            result["differ"].append(str(exc)[:300])
            continue
        except RecursionError:
            result["differ"].append(rel + ": too deep to compare")
            continue
        result["equal"] += 1
        result["rewrites"] += counter[0]
    return result

if sys.argv[1] == "scan":  # at flake8's recursion limit: a RecursionError there is one here
    print(json.dumps(scan(sys.argv[2])))
else:
    sys.setrecursionlimit(10000)
    print(json.dumps(compare_trees(sys.argv[2], sys.argv[3])))
''' % {"exclude": DEFAULT_EXCLUDE}


# --------------------------------------------------------------------------------------- results

@dataclass
class Finding:
    path: str
    line: int
    col: int
    code: str
    text: str

    def key(self) -> Tuple[str, int, int, str]:
        return (os.path.normpath(self.path), self.line, self.col, self.code)


@dataclass
class Result:
    name: str
    version: str
    tree: Optional[Path] = None
    files: int = 0
    syntax_errors: int = 0
    skipped: List[List[str]] = field(default_factory=list)
    lost: List[List[str]] = field(default_factory=list)
    findings: List[Finding] = field(default_factory=list)
    crashes: List[str] = field(default_factory=list)
    mismatch: List[str] = field(default_factory=list)
    #: ``check --select=HTS`` against flake8's lines: None not run, else the differences
    check_mismatch: Optional[List[str]] = None
    fixer: str = "not run"          # "not run", "not available", "ok", "error: ..."
    rewrites: Optional[int] = None
    rewrites_ast: Optional[int] = None
    left_for_person: List[str] = field(default_factory=list)
    post_fix_hts001: Optional[int] = None
    post_fix_unexplained: List[str] = field(default_factory=list)
    idempotent: Optional[bool] = None
    new_syntax_errors: List[str] = field(default_factory=list)
    ast_files: int = 0
    ast_equal: int = 0
    ast_differ: List[str] = field(default_factory=list)
    #: tool -> (files failing before, files failing after), among the files fix changed
    sorting: Dict[str, Tuple[int, int]] = field(default_factory=dict)
    error: Optional[str] = None

    @property
    def left_reasons(self) -> Dict[str, int]:
        """Why the fixer left findings for a person: the reason, or the code when it never fixes
        that code."""
        counts: Dict[str, int] = {}
        for line in self.left_for_person:
            match, finding = LEFT_REASON.search(line), FINDING.match(line)
            reason = re.sub(r"HTTPStatus\.\w+", "an HTTPStatus member", match["reason"]) \
                if match else ""
            key = reason.split(",")[0] if match else finding["code"] if finding else line
            counts[key] = counts.get(key, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: -item[1]))

    def count(self, code: str) -> int:
        return sum(1 for f in self.findings if f.code == code)

    @property
    def problems(self) -> List[str]:
        out = []
        if self.error:
            out.append(f"setup error: {self.error}")
        out += [f"crash: {c}" for c in self.crashes]
        out += [f"lost (check() raised, findings silently dropped): {p[0]}: {p[1]} {p[2]}"
                for p in self.lost]
        out += [f"fast-path pass differs from flake8: {m}" for m in self.mismatch]
        out += [f"check differs from flake8 --select=HTS: {m}" for m in self.check_mismatch or []]
        if self.fixer.startswith("error"):
            out.append(f"fixer {self.fixer}")
        out += [f"new syntax error after fix: {p}" for p in self.new_syntax_errors]
        out += [f"AST differs after fix: {d}" for d in self.ast_differ]
        out += [f"HTS001 left after fix (not listed for a person): {p}"
                for p in self.post_fix_unexplained]
        out += [f"{tool}: {after - before} more files fail the import sorting after fix"
                for tool, (before, after) in self.sorting.items() if after > before]
        if self.idempotent is False:
            out.append("fix is not idempotent: fix --check on the fixed tree would change more")
        return out


# ------------------------------------------------------------------------------------ the steps

def default_python() -> str:
    venv = ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    return str(venv) if venv.exists() else sys.executable


def run(cmd: Sequence[str], cwd: Path, env: Optional[Dict[str, str]] = None,
        timeout: int = 3600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(cmd), cwd=str(cwd), env=env, capture_output=True, text=True,
                          errors="replace", timeout=timeout)


def flake8(python: str, tree: Path) -> Tuple[List[Finding], List[str]]:
    proc = run([python, "-m", "flake8", "--select=HTS", "-j", "1", "--isolated", "."], tree,
               env={**os.environ, "FLAKE8_HTTPSTATUS_CACHE_DIR": "off"})  # what the code says
    crashes = []
    both = proc.stdout + proc.stderr
    if proc.returncode not in (0, 1):
        crashes.append(f"flake8 exit status {proc.returncode}")
    for marker in CRASH_MARKERS:
        if marker in both:
            line = next(ln for ln in both.splitlines() if marker in ln)
            crashes.append(f"{marker!r} in flake8's output: {line.strip()[:200]}")
    findings = []
    for line in proc.stdout.splitlines():
        match = FINDING.match(line)
        if match:
            findings.append(Finding(match["path"], int(match["line"]), int(match["col"]),
                                    match["code"], match["text"]))
        elif line.strip():
            crashes.append(f"unexpected flake8 output: {line[:200]}")
    return findings, crashes


def check_step(python: str, tree: Path, findings: Sequence[Finding],
               unparsable: set[str]) -> List[str]:
    """``check --select=HTS`` in the tree, as flake8 ran: its lines against flake8's, finding for
    finding (path, line, column, code, message, order); the differences. Exit 2 is accepted
    when its only errors are syntax errors in files ``ast`` cannot parse (flake8's E999, which
    ``--select=HTS`` hides)."""
    proc = run([python, "-m", "flake8_httpstatus", "check", "--select=HTS", "-j", "1",
                "--isolated", "."], tree, env={**os.environ, "FLAKE8_HTTPSTATUS_CACHE_DIR": "off"})
    problems = []
    errors = [line for line in fix_errors(proc.stderr, unparsable)
              if not line.startswith("flake8-httpstatus: ")]
    expected = 1 if findings else 0
    if proc.returncode not in (expected, 2) or (proc.returncode == 2 and errors) or any(
            marker in proc.stderr for marker in CRASH_MARKERS):
        why = "; ".join(errors) or proc.stderr.strip()[-300:]
        problems.append(f"check exit {proc.returncode}: {why}")
    theirs = [f"{f.path}:{f.line}:{f.col}: {f.code} {f.text}" for f in findings]
    ours = proc.stdout.splitlines()
    if ours != theirs:
        only_theirs = [line for line in theirs if line not in set(ours)]
        only_ours = [line for line in ours if line not in set(theirs)]
        problems += [f"only flake8: {line}" for line in only_theirs[:20]]
        problems += [f"only check: {line}" for line in only_ours[:20]]
        if not only_theirs and not only_ours:
            problems.append("the same lines in another order")
    return problems


def helper(python: str, *args: str) -> Dict[str, Any]:
    proc = run([python, "-c", HELPER, *args], ROOT)
    if proc.returncode != 0:
        raise BenchError(f"the in-process pass failed (exit {proc.returncode}):\n"
                         + proc.stderr[-3000:])
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def fixer_available(python: str) -> bool:
    proc = run([python, "-m", "flake8_httpstatus", "fix", "--help"], ROOT, timeout=120)
    return proc.returncode == 0 and "--check" in proc.stdout


def parse_fix_output(stderr: str) -> Tuple[Optional[int], List[str]]:
    """(findings rewritten or to rewrite, the 'left for a person' finding lines)."""
    match = None
    for match in FIX_SUMMARY.finditer(stderr):
        pass
    count = int(match.group(1)) if match else None
    left = []
    if "left for a person" in stderr:
        tail = stderr[stderr.rindex("left for a person"):].splitlines()[1:]
        left = [line for line in tail if FINDING.match(line)]
    return count, left


def compile_errors(python: str, tree: Path, prefix: Path) -> set[str]:
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(prefix))
    proc = run([python, "-m", "compileall", "-q", "."], tree, env=env)
    return {os.path.normpath(m["path"]) for m in map(COMPILE_ERROR.match, proc.stdout.splitlines())
            if m}


def fix_errors(stderr: str, unparsable: set[str]) -> List[str]:
    """The fixer's error lines, less those about files ``ast`` cannot parse either (flake8's E999:
    an input error the fixer must report, not a fixer failure)."""
    errors = []
    for line in stderr.splitlines():
        match = FIX_ERROR.match(line)
        if match and not (os.path.normpath(match["path"]) in unparsable
                          and "syntax error" in match["message"]):
            errors.append(line)
    return errors


def run_fix(result: Result, label: str, cmd: List[str], work: Path,
            unparsable: set[str]) -> Optional[subprocess.CompletedProcess[str]]:
    """Run one fix command; None (with ``result.fixer`` saying why) when the fixer failed: a crash,
    or exit 2 for anything but the input errors it must report."""
    proc = run(cmd, work)
    errors = fix_errors(proc.stderr, unparsable)
    if proc.returncode not in (0, 1, 2) or (proc.returncode == 2 and (
            errors or "error" not in proc.stderr)):
        result.fixer = f"error: {label} exit {proc.returncode}: " + (
            "; ".join(errors) or proc.stderr.strip()[-300:])
        return None
    return proc


def fix_step(result: Result, python: str, tree: Path, unparsable: set[str]) -> None:
    if not fixer_available(python):
        result.fixer = "not available"
        return
    work = CACHE_DIR / "sweep" / f"{result.name.lower()}-{result.version}-fixed"
    if work.exists():
        shutil.rmtree(work)
    work.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(tree, work, symlinks=True)
    fix = [python, "-m", "flake8_httpstatus", "fix", "--isolated"]
    check = run_fix(result, "fix --check", [*fix, "--check", "."], work, unparsable)
    if check is None:
        return
    would, _ = parse_fix_output(check.stderr)
    done = run_fix(result, "fix", [*fix, "."], work, unparsable)
    if done is None:
        return
    result.rewrites, result.left_for_person = parse_fix_output(done.stderr)
    changed = sorted({os.path.normpath(m["path"]) for m in FIX_REWROTE.finditer(done.stderr)})
    result.sorting = sorting_failures(python, tree, work, changed)
    if would != result.rewrites:
        result.fixer = f"error: fix --check announced {would} rewrites, fix did {result.rewrites}"
        return
    result.fixer = "ok"
    again = run([*fix, "--check", "."], work)
    result.idempotent = again.returncode == 0 or (
        again.returncode == 2 and not fix_errors(again.stderr, unparsable)
        and (parse_fix_output(again.stderr)[0] or 0) == 0)
    _, left_after = parse_fix_output(again.stderr)
    left_keys = {Finding(m["path"], int(m["line"]), int(m["col"]), m["code"], m["text"]).key()
                 for m in map(FINDING.match, left_after) if m}
    post, crashes = flake8(python, work)
    result.crashes += [f"after fix: {c}" for c in crashes]
    remaining = [f for f in post if f.code == "HTS001"]
    result.post_fix_hts001 = len(remaining)
    result.post_fix_unexplained = [f"{f.path}:{f.line}:{f.col}: {f.code} {f.text}"
                                   for f in remaining if f.key() not in left_keys]
    with tempfile.TemporaryDirectory(prefix="sweep-pyc-") as pyc:
        before = compile_errors(python, tree, Path(pyc) / "before")
        after = compile_errors(python, work, Path(pyc) / "after")
    compared = helper(python, "compare", str(tree), str(work))
    result.new_syntax_errors = sorted((after - before) | set(compared["new_syntax_errors"]))
    result.ast_files = int(compared["files"])
    result.ast_equal = int(compared["equal"])
    result.ast_differ = list(compared["differ"])
    result.rewrites_ast = int(compared["rewrites"])
    if result.rewrites is not None and result.rewrites_ast != result.rewrites:
        result.ast_differ.append(f"the fixer reported {result.rewrites} rewrites, the ASTs show "
                                 f"{result.rewrites_ast}")


def _failing(python: str, tool: str, root: Path, files: Sequence[str]) -> Optional[set[str]]:
    """The files among ``files`` that fail the import sorting of ``tool``, with the project's own
    configuration where it has one; None when the tool is not installed."""
    failing: set[str] = set()
    for start in range(0, len(files), 200):
        chunk = list(files[start:start + 200])
        if tool == "isort":
            # --filter-files: the files the project's own settings skip stay skipped
            proc = run([python, "-m", "isort", "--check-only", "--filter-files",
                        "--settings-path", ".", *chunk],
                       root)
            found = ISORT_FAILED.finditer(proc.stderr + proc.stdout)
        else:
            proc = run([python, "-m", "ruff", "check", "--select", "I", "--no-cache",
                        "--force-exclude", "--output-format", "concise", "--exit-zero", *chunk],
                       root)
            found = RUFF_FAILED.finditer(proc.stdout)
        if "No module named" in proc.stderr:
            return None
        failing |= {os.path.normpath(os.path.relpath(os.path.join(root, m["path"]), root))
                    for m in found}
    return failing


def sorting_failures(python: str, tree: Path, work: Path,
                     changed: Sequence[str]) -> Dict[str, Tuple[int, int]]:
    """Per tool, how many of the files fix changed fail its import-sorting check before (in the
    original tree) and after (in the fixed copy)."""
    counts: Dict[str, Tuple[int, int]] = {}
    for tool in ("isort", "ruff"):
        before = _failing(python, tool, tree, changed)
        after = _failing(python, tool, work, changed)
        if before is not None and after is not None:
            counts[tool] = (len(before), len(after))
    return counts


def sweep_one(name: str, version: str, python: str, do_fix: bool, do_check: bool = True) -> Result:
    result = Result(name, version)
    try:
        tree = sdist_tree(name, version, python=python)
        result.tree = tree
        findings, crashes = flake8(python, tree)
        result.findings, result.crashes = findings, crashes
        scanned = helper(python, "scan", str(tree))
        result.files = int(scanned["files"])
        result.syntax_errors = len(scanned["syntax_errors"])
        result.skipped = list(scanned["skipped"])
        result.lost = list(scanned["lost"])
        mine = {Finding(p, ln, c, code, text).key() for p, ln, c, code, text in scanned["findings"]}
        theirs = {f.key() for f in findings}
        result.mismatch = [f"only flake8: {k}" for k in sorted(theirs - mine)[:20]] + \
                          [f"only the in-process pass: {k}" for k in sorted(mine - theirs)[:20]]
        out = CACHE_DIR / "sweep" / f"{name.lower()}-{version}.findings.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("".join(f"{f.path}:{f.line}:{f.col}: {f.code} {f.text}\n"
                               for f in findings))
        if do_check:
            result.check_mismatch = check_step(
                python, tree, findings, {os.path.normpath(p) for p in scanned["syntax_errors"]})
        if do_fix:
            fix_step(result, python, tree,
                     {os.path.normpath(p) for p in scanned["syntax_errors"]})
    except (BenchError, subprocess.TimeoutExpired, OSError, ValueError) as exc:
        result.error = str(exc)
    return result


# ----------------------------------------------------------------------------------------- report

def cell(text: str) -> str:
    """One Markdown table cell: one line, no bare pipe."""
    line = " ".join(text.split())
    line = (line[:117] + "...") if len(line) > 120 else line
    return line.replace("|", "\\|")


def table(results: Sequence[Result]) -> str:
    head = ["project", "version", "files", "skipped", *CODES, "crashes", "check = flake8",
            "fixer rewrites",
            "left for a person", "post-fix HTS001", "AST-equal", "isort fails (before → after)",
            "ruff I fails (before → after)"]
    rows = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in results:
        if r.error:
            rows.append(f"| {r.name} | {r.version} | {cell('error: ' + r.error)} |")
            continue
        if r.fixer == "ok":
            rewrites = str(r.rewrites)
            post = str(r.post_fix_hts001)
            if r.post_fix_unexplained:
                post += f" ({len(r.post_fix_unexplained)} unexplained)"
            equal = "yes" if not r.ast_differ and not r.new_syntax_errors else \
                f"no ({r.ast_files - r.ast_equal} files)"
            left = str(len(r.left_for_person))
        else:
            rewrites = post = equal = left = cell(f"fixer: {r.fixer}")
        sorting = [f"{r.sorting[t][0]} → {r.sorting[t][1]}" if t in r.sorting else "-"
                   for t in ("isort", "ruff")]
        skipped = str(len(r.skipped)) + (f" (+{len(r.lost)} lost)" if r.lost else "")
        rows.append("| " + " | ".join([
            r.name, r.version, str(r.files), skipped, *(str(r.count(c)) for c in CODES),
            str(len(r.crashes)), _check_cell(r), rewrites, left, post, equal, *sorting]) + " |")
    return "\n".join(rows)


def _check_cell(r: Result) -> str:
    if r.check_mismatch is None:
        return "-"
    return "yes" if not r.check_mismatch else f"no ({len(r.check_mismatch)})"


def details(results: Sequence[Result]) -> str:
    out = []
    for r in results:
        notes = []
        if r.syntax_errors:
            notes.append(f"{r.syntax_errors} file(s) ast cannot parse (flake8's E999; not "
                         "checked; the fixer reports those that may hold a finding as errors, "
                         "exit 2)")
        notes += [f"skipped (LibCST cannot parse): {p} ({why})" for p, why in r.skipped]
        if r.left_for_person:
            reasons = "; ".join(f"{count} {reason}" for reason, count in r.left_reasons.items())
            notes.append(f"{len(r.left_for_person)} findings left for a person by the fixer: "
                         f"{reasons}")
        if r.rewrites_ast is not None and r.fixer == "ok":
            notes.append(f"AST comparison: {r.ast_equal}/{r.ast_files} files equal up to "
                         f"{r.rewrites_ast} rewrites and added imports")
        problems = r.problems
        if notes or problems:
            out.append(f"\n### {r.name} {r.version}\n")
            out += [f"- {n}" for n in notes]
            out += [f"- **{' '.join(p.split())}**" for p in problems[:50]]
            if len(problems) > 50:
                out.append(f"- ... and {len(problems) - 50} more problems")
    return "\n".join(out)


def source_line(tree: Optional[Path], finding: Finding) -> str:
    if tree is None:
        return ""
    path = tree / finding.path
    try:
        with tokenize.open(path) as fd:
            lines = fd.readlines()
    except (OSError, SyntaxError, UnicodeError):
        try:
            lines = path.read_text(encoding="latin-1").splitlines(True)
        except OSError:
            return ""
    return lines[finding.line - 1].rstrip("\r\n") if finding.line <= len(lines) else ""


def samples(results: Sequence[Result], n: int, seed: int) -> str:
    out = ["\n## Rare findings (HTS002..HTS006)\n"]
    for r in results:
        for f in r.findings:
            if f.code in RARE:
                out.append(f"- `{r.name}/{f.path}:{f.line}:{f.col}` {f.code} {f.text}\n"
                           f"  `{source_line(r.tree, f).strip()}`")
    pool = [(r, f) for r in results for f in r.findings if f.code == "HTS001"]
    rng = random.Random(seed)
    chosen = rng.sample(pool, min(n, len(pool)))
    out.append(f"\n## {len(chosen)} of {len(pool)} HTS001 findings (seed {seed})\n")
    for r, f in chosen:
        out.append(f"- `{r.name}/{f.path}:{f.line}:{f.col}` {f.text}\n"
                   f"  `{source_line(r.tree, f).strip()}`")
    return "\n".join(out)


# ------------------------------------------------------------------------------------------ main

def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=default_python(),
                        help="interpreter with flake8 and the plugin (default: %(default)s)")
    parser.add_argument("--only", default="",
                        help="comma-separated project names (case-insensitive)")
    parser.add_argument("--no-fix", action="store_true", help="skip the fixer step")
    parser.add_argument("--no-check", action="store_true",
                        help="skip comparing flake8-httpstatus check with flake8")
    parser.add_argument("--jobs", type=int, default=1, help="projects swept at once (default 1)")
    parser.add_argument("--markdown", metavar="OUT", help="also write the report to OUT")
    parser.add_argument("--sample", type=int, metavar="N", default=0,
                        help="print every rare finding and N random HTS001 findings")
    parser.add_argument("--seed", type=int, default=20251126, help="seed of --sample")
    args = parser.parse_args(argv)

    wanted = {w.strip().lower() for w in args.only.split(",") if w.strip()}
    projects = [(n, v) for n, v in PROJECTS if not wanted or n.lower() in wanted]
    unknown = wanted - {n.lower() for n, _ in PROJECTS}
    if unknown or not projects:
        print(f"sweep: error: unknown project(s) {', '.join(sorted(unknown)) or args.only!r}; "
              f"known: {', '.join(n for n, _ in PROJECTS)}", file=sys.stderr)
        return 2
    probe = run([args.python, "-c", "import flake8, flake8_httpstatus.plugin"], ROOT, timeout=120)
    if probe.returncode != 0:
        print(f"sweep: error: {args.python} cannot import flake8 and flake8_httpstatus:\n"
              f"{probe.stderr.strip()[-500:]}", file=sys.stderr)
        return 2
    try:  # download and unpack serially (pip and the cache are not made for parallel writers)
        for name, version in projects:
            sdist_tree(name, version, python=args.python)
    except BenchError as exc:
        print(f"sweep: error: {exc}", file=sys.stderr)
        return 2

    def one(project: Tuple[str, str]) -> Result:
        print(f"[sweep] {project[0]} {project[1]} ...", file=sys.stderr, flush=True)
        return sweep_one(project[0], project[1], args.python, not args.no_fix,
                         not args.no_check)

    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        results = list(pool.map(one, projects))

    report = "## flake8-httpstatus sweep\n\n" + table(results) + "\n" + details(results) + "\n"
    if args.sample:
        report += samples(results, args.sample, args.seed) + "\n"
    print(report)
    if args.markdown:
        Path(args.markdown).write_text(report, encoding="utf-8")
    if any(r.error for r in results):
        return 2
    return 1 if any(r.problems for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
