"""The walk of an ``ast`` tree the prefilter and the module's summary share: ``ast.walk`` in
another order, at twice its speed, with the subtrees of some kinds of node left out."""

from __future__ import annotations

import ast
from typing import Iterator, List, Tuple


def walk(roots: List[object], prune: Tuple[type, ...] = ()) -> Iterator[ast.AST]:
    """Every node under ``roots`` (which it uses as its stack), depth first; a node whose type is
    in ``prune`` is neither given nor entered. What is not a node (a ``str`` of ``global a, b``,
    a list given as a root) is passed over."""
    stack = roots
    pop, push, extend = stack.pop, stack.append, stack.extend
    while stack:
        node = pop()
        fields = getattr(node, "_fields", None)
        if fields is None or type(node) in prune:
            continue
        yield node  # type: ignore[misc]
        for name in fields:
            value = getattr(node, name, None)
            if type(value) is list:
                extend(value)
            elif isinstance(value, ast.AST):
                push(value)
