"""The kinds of status position, one module each, registered as pyupgrade registers its fixers.

A kind's module holds all the checker knows of it: its LibCST matcher (``@visits``: what the
visitor does at a node type, the authority on what a status position is), and the cheap ``ast``
gate the prefilter runs before any LibCST (``@gates``: may a node of this type hold such a
position; ``@keeps``: must a simple statement of this type be handed to LibCST whatever its lines
say; ``@whole``: must a statement be handed over whole; ``@prepares``: what the gates read off
the module first; ``@finishes``: what they read off it once the lines holding a position's word
are known, and the lines that then hold one too).
A gate over-approximates its matcher, and both read the same tables of ``positions``.

The prefilter imports the kinds without LibCST: a kind's matchers refer to ``cst``, which
``bind()`` sets when the visitor loads LibCST.
"""

from __future__ import annotations

import ast
import importlib
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Tuple, Type, TypeVar

if TYPE_CHECKING:
    from types import ModuleType

#: The kinds, in the order their matchers run at a node (a first hit of a node wins).
KINDS: Tuple[str, ...] = (
    "calls", "local", "keywords", "named", "comparisons", "subscripts", "mappings", "keyed",
    "asgi", "assignments", "returns", "match", "constants",
)
#: Modules the kinds share (what a status expression is, what a response carries), loaded and
#: bound with them.
SHARED: Tuple[str, ...] = ("expressions", "parts")

Matcher = Callable[[Any, Any], Any]
Gate = Callable[[Any, Any], bool]
Keep = Callable[[Any, Any, str], bool]
F = TypeVar("F", bound=Callable[..., Any])

#: LibCST node class name -> the matchers to run when the visitor enters such a node.
VISITS: Dict[str, List[Matcher]] = {}
#: ``ast`` node type -> the gates that say whether such a node may hold a position.
GATES: Dict[Type[ast.AST], List[Gate]] = {}
#: ``ast`` statement type -> the checks that keep such a statement whatever its lines hold.
KEEPS: Dict[Type[ast.AST], List[Keep]] = {}
#: ``ast`` statement type -> the checks that hand such a statement to LibCST whole, whatever its
#: lines hold (``(scanner, stmt)``).
WHOLE: Dict[Type[ast.AST], List[Gate]] = {}
#: What a kind reads off a module once before its gates run (``(scanner) -> None``).
PREPARES: List[Callable[[Any], None]] = []
#: What a kind reads off a module once its hot lines are known (``(scanner, text, hot) -> hot``:
#: the hot lines, with any its own words add).
FINISHES: List[Callable[[Any, str, List[int]], List[int]]] = []
_MODULES: List[ModuleType] = []


def _registrar(table: Dict[Any, List[Any]], keys: Tuple[Any, ...]) -> Callable[[F], F]:
    def register(function: F) -> F:
        for key in keys:
            table.setdefault(key, []).append(function)
        return function
    return register


def visits(*names: str) -> Callable[[F], F]:
    """Register a LibCST matcher for the node classes ``names`` (``"Call"``)."""
    return _registrar(VISITS, names)


def gates(*types: Type[ast.AST]) -> Callable[[F], F]:
    """Register an ``ast`` gate for nodes of ``types``."""
    return _registrar(GATES, types)


def keeps(*types: Type[ast.AST]) -> Callable[[F], F]:
    """Register a check that keeps statements of ``types`` (``(scanner, stmt, scope)``)."""
    return _registrar(KEEPS, types)


def whole(*types: Type[ast.AST]) -> Callable[[F], F]:
    """Register a check that hands statements of ``types`` to LibCST whole."""
    return _registrar(WHOLE, types)


def prepares(function: F) -> F:
    """Register what a kind reads off a module before its gates run."""
    PREPARES.append(function)
    return function


def finishes(function: F) -> F:
    """Register what a kind reads off a module once its hot lines are known."""
    FINISHES.append(function)
    return function


def load() -> None:
    """Import every kind (once): their decorators fill the registries."""
    if not _MODULES:
        _MODULES.extend(importlib.import_module(f"{__name__}.{name}")
                        for name in (*SHARED, *KINDS))


def modules() -> List[ModuleType]:
    """The kinds' modules, in ``KINDS`` order."""
    load()
    return _MODULES[len(SHARED):]


def bind(libcst: ModuleType) -> None:
    """Give every kind's matchers LibCST (the visitor calls this when it loads it)."""
    load()
    for module in _MODULES:
        module.cst = libcst  # type: ignore[attr-defined]
