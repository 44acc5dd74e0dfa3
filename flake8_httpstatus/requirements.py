"""The oldest release a version constraint allows, as packaging tools write constraints: PEP 440
specifier lists (``>=3.9,<4``, ``~=0.115``, ``==4.2.*``), PEP 508 requirements
(``fastapi[standard]~=0.115; python_version >= "3.9"``) and Poetry's constraints (``^0.110``,
``~3.9``, ``>=3.9 <4``, ``3.9.*``, ``^3.9 || ^4.0``).

Only the lower bound matters here: the code has to run on the oldest release the project allows,
and that release decides which names exist. ``packaging`` is not a dependency of the plugin, so
this is a small parser of its own; it is strict about what it accepts (anything else is a
``ValueError``, which the caller turns into a ``-vv`` note) and lenient about what it ignores
(environment markers, pre-release tags, the upper bounds).
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional, Tuple

_RELEASE = r"v?(?:(?P<epoch>\d+)!)?(?P<release>\d+(?:\.\d+)*)(?P<wild>\.\*)?"
_TAG = r"(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview|post|rev|r|dev)[-_.]?\d*)*(?:\+[a-z0-9.]+)?"
_CLAUSE = re.compile(
    rf"\s*(?P<op>===|==|~=|!=|<=|>=|<|>|\^|~|=)?\s*(?:{_RELEASE}{_TAG}|(?P<any>\*))\s*",
    re.IGNORECASE)
#: PEP 508: a name, its extras, then the specifiers (maybe in parentheses) or ``@ URL``.
_REQUIREMENT = re.compile(
    r"\s*(?P<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[(?P<extras>[^\]]*)\])?"
    r"\s*(?P<rest>.*)", re.DOTALL)
#: The operators whose version is allowed (Poetry's ``^``/``~`` and a bare version included).
_FROM = frozenset({None, "==", "===", "=", ">=", "~=", "^", "~"})

Release = Tuple[int, ...]


class Bound(NamedTuple):
    """The oldest release allowed; ``exclusive``: from ``>``, the release itself is not."""

    release: Release
    exclusive: bool = False


def normalised_name(name: str) -> str:
    """A distribution's name as PEP 503 compares them: ``Django_REST.framework`` ->
    ``django-rest-framework``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _release(text: str) -> Release:
    numbers = tuple(int(n) for n in text.split("."))
    while len(numbers) > 1 and numbers[-1] == 0:  # 0.48.0 is 0.48
        numbers = numbers[:-1]
    return numbers


def _clause(match: re.Match[str]) -> Optional[Bound]:
    op = match.group("op")
    if match.group("any") is not None:
        if op not in (None, "==", "="):
            raise ValueError(f"{match.group(0).strip()!r} is not a version constraint")
        return None
    if int(match.group("epoch") or 0):  # another numbering altogether: nothing to compare
        return None
    if op == ">":
        return Bound(_release(match.group("release")), exclusive=True)
    if op in _FROM:
        return Bound(_release(match.group("release")))
    return None  # <, <=, != : an upper bound or a hole, no lower bound


def _key(bound: Bound) -> Tuple[Release, bool]:
    return bound.release + (0,) * (8 - len(bound.release)), bound.exclusive


def _conjunction(text: str) -> Optional[Bound]:
    """The lower bound of clauses that all hold (``>=3.9,<4``, Poetry's ``>=3.9 <4``): the
    highest one."""
    bounds = []
    for part in text.split(","):
        if not part.strip():
            raise ValueError(f"{text.strip()!r} has an empty clause")
        position = 0
        while position < len(part):
            match = _CLAUSE.match(part, position)
            if match is None or match.end() == position:
                raise ValueError(f"{part.strip()!r} is not a version constraint")
            bound = _clause(match)
            if bound is not None:
                bounds.append(bound)
            position = match.end()
    return max(bounds, key=_key) if bounds else None


def lower_bound(constraint: str) -> Optional[Bound]:
    """The oldest release ``constraint`` allows, None where it sets none (``<4``, ``!=3.9.*``,
    ``*``, ""); raises ValueError where it is not a constraint. Poetry's alternatives
    (``^3.9 || ^4.0``) allow the oldest of theirs, and none when one of them sets none."""
    if not constraint.strip():
        return None
    bounds = [_conjunction(alternative) for alternative in re.split(r"\|\|?", constraint)]
    if any(bound is None for bound in bounds):
        return None
    return min((bound for bound in bounds if bound is not None), key=_key)


def requirement(text: str) -> Tuple[str, Optional[Bound]]:
    """A PEP 508 requirement's normalised name and the oldest release it allows (None: no lower
    bound, or ``name @ URL``). Environment markers after ``;`` are ignored: the project supports
    that release somewhere. Raises ValueError where it is not a requirement."""
    match = _REQUIREMENT.fullmatch(text)
    if match is None:
        raise ValueError(f"{text.strip()!r} is not a requirement")
    rest = match.group("rest")
    if rest.startswith("@"):
        return normalised_name(match.group("name")), None
    specifiers = rest.split(";", 1)[0].strip()
    if specifiers.startswith("(") and specifiers.endswith(")"):
        specifiers = specifiers[1:-1]
    if specifiers[:1] in ("^", "~") and not specifiers.startswith("~="):
        raise ValueError(f"{text.strip()!r} is not a requirement (Poetry's {specifiers[:1]} is "
                         "not PEP 508)")
    return normalised_name(match.group("name")), lower_bound(specifiers)


def python_target(bound: Bound) -> Tuple[int, int]:
    """The Python a ``requires-python`` bound targets, as ruff reads it: ``>=3.11`` and
    ``~=3.10`` the release itself, ``>3.8`` the next minor (3.9), ``>3.8.1`` 3.8."""
    major, minor = (bound.release + (0, 0))[:2]
    if bound.exclusive and len(bound.release) <= 2:
        minor += 1
    return major, minor


__all__ = ["Bound", "lower_bound", "normalised_name", "python_target", "requirement"]
