"""Is it safe to write ``binding.NAME`` where a literal stands? LibCST's ScopeProvider answers.

A rewrite is safe when, in the scope of the literal, the name the replacement starts with
(``ImportNeed.binding``) is either bound only by the import the replacement needs, or not bound at
all (then ``fix`` adds that import at module level, which binds it), and nowhere in the module is
that name bound to anything else or deleted. Anything else -- a parameter named ``status``, a
module-level ``HTTPStatus = 3``, ``import status``, ``del HTTPStatus``, a ``status`` variable in
another function, an import made only under ``if TYPE_CHECKING:`` or made after the literal in
the same scope -- leaves the literal for a person.
"""

from __future__ import annotations

from dataclasses import dataclass
import ast
from typing import Collection, Dict, Mapping, Optional, Set

import libcst as cst
from libcst.metadata import (
    Assignment,
    BaseAssignment,
    CodeRange,
    ImportAssignment,
    MetadataWrapper,
    ParentNodeProvider,
    Scope,
    ScopeProvider,
)

from flake8_httpstatus.findings import ImportNeed
from flake8_httpstatus.imports import ast_bindings, cst_bindings
from flake8_httpstatus.positions import OWNERS

#: Import targets that are the same object under another path.
SAME_TARGET: Mapping[str, str] = {o.path: o.canonical for o in OWNERS if o.path != o.canonical}


@dataclass(frozen=True)
class Verdict:
    """``safe``: the replacement may be written; ``add_import``: only once the import is added."""

    safe: bool
    add_import: bool = False
    reason: str = ""


def need_target(need: ImportNeed) -> str:
    return f"{need.module}.{need.name}" if need.name else need.module


def _canonical(target: str) -> str:
    return SAME_TARGET.get(target, target)


def import_target(assignment: ImportAssignment) -> Optional[str]:
    """What the import statement binds ``assignment.name`` to (``a.b`` for ``from a import b``)."""
    node = assignment.node
    if not isinstance(node, (cst.Import, cst.ImportFrom)):
        return None
    return dict(cst_bindings(node)).get(assignment.name)


def _describe(name: str, assignment: BaseAssignment) -> str:
    if isinstance(assignment, ImportAssignment):
        return f"`{name}` is another import here"
    if isinstance(assignment, Assignment):
        if isinstance(assignment.node, cst.Param):
            return f"`{name}` is a parameter here"
        if isinstance(assignment.node, (cst.FunctionDef, cst.ClassDef)):
            return f"`{name}` is a function or class here"
        return f"`{name}` is a variable here"
    return f"`{name}` is a builtin"


class BindingCheck:
    """Per module: decides for each literal whether ``needs.binding`` may be written there."""

    def __init__(self, wrapper: MetadataWrapper, positions: Mapping[cst.CSTNode, CodeRange],
                 rebound: Mapping[str, Collection[str]]) -> None:
        self.wrapper = wrapper
        self.positions = positions
        self.scopes: Mapping[cst.CSTNode, Optional[Scope]] = wrapper.resolve(ScopeProvider)
        self.rebound = rebound
        self._parents: Optional[Mapping[cst.CSTNode, cst.CSTNode]] = None

    def _type_checking_only(self, node: cst.CSTNode) -> bool:
        if self._parents is None:
            self._parents = self.wrapper.resolve(ParentNodeProvider)
        current: Optional[cst.CSTNode] = node
        while current is not None:
            if isinstance(current, cst.If) and "TYPE_CHECKING" in cst.Module([]).code_for_node(
                    current.test):
                return True
            current = self._parents.get(current)
        return False

    def _order(self, assignment: BaseAssignment) -> tuple[int, int]:
        node = getattr(assignment, "node", None)
        where = self.positions.get(node) if isinstance(node, cst.CSTNode) else None
        return (where.start.line, where.start.column) if where is not None else (0, 0)

    def check(self, literal: cst.CSTNode, need: ImportNeed) -> Verdict:
        verdict = self._in_scope(literal, need)
        if not verdict.safe:
            return verdict
        elsewhere = self.rebound.get(need.binding, ())
        wanted = _canonical(need_target(need))
        if any(_canonical(target) != wanted for target in elsewhere):
            what = "deleted" if "" in elsewhere else "bound in a match pattern" \
                if MATCH_CAPTURE in elsewhere else "bound to something else"
            return Verdict(False, reason=f"`{need.binding}` is {what} elsewhere in this module")
        return verdict

    def _in_scope(self, literal: cst.CSTNode, need: ImportNeed) -> Verdict:
        name = need.binding
        wanted = _canonical(need_target(need))
        scope = self.scopes.get(literal)
        if scope is None:
            return Verdict(False, reason="no scope information for this literal")
        assignments: Set[BaseAssignment] = set(scope[name])
        if not assignments:
            return Verdict(True, add_import=True)
        at = self.positions[literal].start
        for assignment in sorted(assignments, key=self._order):
            if not isinstance(assignment, ImportAssignment):
                return Verdict(False, reason=_describe(name, assignment))
            target = import_target(assignment)
            if target is None or _canonical(target) != wanted:
                return Verdict(False, reason=_describe(name, assignment))
            if self._type_checking_only(assignment.node):
                return Verdict(False, reason=f"`{name}` is imported only for type checking")
            where = self.positions[assignment.node].start
            if assignment.scope is scope and (where.line, where.column) > (at.line, at.column):
                return Verdict(False, reason=f"`{name}` is imported after this line")
        return Verdict(True)


#: What ``rebound_names`` records for a name a ``match`` pattern captures.
MATCH_CAPTURE = "<match pattern>"


def rebound_names(tree: ast.Module) -> Dict[str, Set[str]]:
    """Every name the module binds anywhere, in any scope, with what it binds it to: an import's
    qualified target, ``MATCH_CAPTURE`` for a ``match`` capture, ``"<binding>"`` for any other
    binding (an assignment, a parameter, a ``def``, an ``except ... as``), ``""`` for ``del``."""
    names: Dict[str, Set[str]] = {}

    def bind(name: Optional[str], target: str = "<binding>") -> None:
        if name:
            names.setdefault(name, set()).add(target)

    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            bind(node.id, "" if isinstance(node.ctx, ast.Del) else "<binding>")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bind(node.name)
        elif isinstance(node, ast.arg):
            bind(node.arg)
        elif isinstance(node, ast.ExceptHandler):
            bind(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for binding, target in ast_bindings(node):
                bind(binding, target)
        elif type(node).__name__ in ("MatchAs", "MatchStar"):
            bind(getattr(node, "name", None), MATCH_CAPTURE)
        elif type(node).__name__ == "MatchMapping":
            bind(getattr(node, "rest", None), MATCH_CAPTURE)
    return names
