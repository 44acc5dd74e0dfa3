"""Is it safe to write ``binding.NAME`` where a literal stands? LibCST's ScopeProvider answers.

A rewrite is safe when, in the scope of the literal, the name the replacement starts with
(``ImportNeed.binding``) is either bound only by the import the replacement needs, or not bound at
all (then ``fix`` adds that import at module level, which binds it). Anything else -- a parameter
named ``status``, a module-level ``HTTPStatus = 3``, ``import status``, an import made only under
``if TYPE_CHECKING:`` or made after the literal in the same scope -- leaves the literal for a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Mapping, Optional, Set

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
from flake8_httpstatus.imports import cst_bindings
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
                 pattern_names: Collection[str]) -> None:
        self.wrapper = wrapper
        self.positions = positions
        self.scopes: Mapping[cst.CSTNode, Optional[Scope]] = wrapper.resolve(ScopeProvider)
        self.pattern_names = pattern_names
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
        name = need.binding
        if name in self.pattern_names:
            return Verdict(False, reason=f"`{name}` is a name bound in a match pattern")
        scope = self.scopes.get(literal)
        if scope is None:
            return Verdict(False, reason="no scope information for this literal")
        assignments: Set[BaseAssignment] = set(scope[name])
        if not assignments:
            return Verdict(True, add_import=True)
        wanted = _canonical(need_target(need))
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


def match_pattern_names(module: cst.Module) -> frozenset[str]:
    """Names bound by ``match`` patterns, which LibCST's scope analysis does not record."""
    names: set[str] = set()

    class _Patterns(cst.CSTVisitor):
        def visit_MatchAs(self, node: cst.MatchAs) -> None:
            if node.name is not None:
                names.add(node.name.value)

        def visit_MatchStar(self, node: cst.MatchStar) -> None:
            if node.name is not None:
                names.add(node.name.value)

        def visit_MatchMapping(self, node: cst.MatchMapping) -> None:
            if node.rest is not None:
                names.add(node.rest.value)

    module.visit(_Patterns())
    return frozenset(names)
