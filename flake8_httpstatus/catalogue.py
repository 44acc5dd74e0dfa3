"""The HTTP status catalogue: every registered code, its phrase, state and named constants.

The facts live in :mod:`flake8_httpstatus.catalogue_data`; this module turns them into
immutable objects and answers the questions the checker asks:

* :func:`lookup` / :func:`is_known` - is this number a status code?
* :func:`constant_for` - which named constant should replace a literal, per style?
* :func:`code_for_constant` - which code does a named constant stand for?
* :func:`phrase_matches` - does a reason phrase belong to this code?
* :func:`phrase_of` - which phrase belongs to the constant a message names?
* :func:`likely_meant` - "did you mean" for a number that is not a status code.
"""

from __future__ import annotations

import enum
import re
import types
from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping

from flake8_httpstatus import catalogue_data as _data
from flake8_httpstatus.constant_styles import BY_NAME, PYTHON, STYLES, SUGGESTED_OWNERS, Style

__all__ = [
    "CATALOGUE",
    "SUGGESTED_STYLES",
    "Constant",
    "State",
    "Status",
    "code_for_constant",
    "constant_for",
    "is_known",
    "likely_meant",
    "lookup",
    "other_phrase_in",
    "phrase_matches",
    "phrase_of",
    "renamed_names",
    "renamed_to",
    "required_header",
    "spellings",
    "without_content",
]


class State(str, enum.Enum):
    """Where a code stands in the reference."""

    STANDARD = "standard"
    DEPRECATED = "deprecated"
    EXPERIMENTAL = "experimental"


@dataclass(frozen=True)
class Constant:
    """A named constant for a status code in one style."""

    name: str
    #: stdlib: the Python version that added it; frameworks: the framework release.
    #: None means it has always been there (for stdlib: present in Python 3.9).
    since: tuple[int, ...] | None = None
    #: The style still offers it but discourages it (Starlette's pre-RFC 9110 names).
    deprecated: bool = False


@dataclass(frozen=True)
class Status:
    """One registered HTTP status code."""

    code: int
    phrase: str
    state: State
    summary: str
    other_phrases: tuple[str, ...]
    #: style -> constants, oldest name first; every style in ALL_STYLES has a key.
    constants: Mapping[str, tuple[Constant, ...]] = field(hash=False)


#: Styles whose constants may be suggested.
SUGGESTED_STYLES: tuple[str, ...] = tuple(SUGGESTED_OWNERS)

#: Every style the catalogue knows names for; "requests" is only recognised, never suggested.
ALL_STYLES: tuple[str, ...] = tuple(style.name for style in STYLES)


def _table(name: str) -> Any:
    """The ``catalogue_data`` attribute a ``Names`` field names, or nothing."""
    return getattr(_data, name) if name else {}


def _names(style: Style, row: _data.Row) -> tuple[Constant, ...]:
    """A style's constants for a code, as its row's ``Names`` says where to find them."""
    spec = style.names
    if spec.pattern:
        names: tuple[str, ...] = (
            () if row.code in spec.absent else (spec.pattern.format(code=row.code),))
    else:
        names = getattr(row, spec.column)
    if spec.before is not None:
        table, release = spec.before
        dated: Mapping[str, tuple[int, ...]] = _table(table)
        names = tuple(name for name in names if name not in dated or dated[name] < release)
    since: Mapping[str, tuple[int, ...]] = _table(spec.since)
    deprecated: frozenset[str] = frozenset(_table(spec.deprecated))
    return tuple(Constant(name=name, since=since.get(name), deprecated=name in deprecated)
                 for name in names)


def _build_status(row: _data.Row) -> Status:
    return Status(
        code=row.code,
        phrase=row.phrase,
        state=State(row.state),
        summary=row.summary,
        other_phrases=row.other_phrases,
        constants=types.MappingProxyType({style.name: _names(style, row) for style in STYLES}),
    )


CATALOGUE: Mapping[int, Status] = types.MappingProxyType(
    {row.code: _build_status(row) for row in _data.ROWS}
)


def _spellings(style: Style, name: str) -> tuple[str, ...]:
    """How code may write a name: as it is, and in the case ``Names.also`` gives (requests sets
    every title and, unless it starts with a slash or backslash, its upper-case form too)."""
    other = {"upper": name.upper(), "lower": name.lower()}.get(style.names.also, name)
    if other == name or name.startswith(("\\", "/")):
        return (name,)
    return (name, other)


def _build_reverse_index() -> Mapping[str, Mapping[str, int]]:
    index: dict[str, dict[str, int]] = {style: {} for style in ALL_STYLES}
    for status in CATALOGUE.values():
        for style in STYLES:
            for constant in status.constants[style.name]:
                for spelling in _spellings(style, constant.name):
                    index[style.name][spelling] = status.code
    for style in STYLES:
        aliases: Mapping[str, int] = _table(style.names.aliases)
        index[style.name].update(aliases)
        for name, code in _data.UNCATALOGUED_NAMES.get(style.name, {}).items():
            for spelling in _spellings(style, name):
                index[style.name].setdefault(spelling, code)
    return types.MappingProxyType(
        {style: types.MappingProxyType(names) for style, names in index.items()}
    )


_REVERSE: Mapping[str, Mapping[str, int]] = _build_reverse_index()


def spellings() -> Iterator[tuple[str, str, int]]:
    """(style, name, code) for every name a constant of a style is written with -- each
    catalogued name, requests' upper-case forms (``codes.TEAPOT``), and a style's names for codes
    the reference does not list: exactly what :func:`code_for_constant` knows."""
    for style, names in _REVERSE.items():
        for name, code in names.items():
            yield style, name, code


def lookup(code: int) -> Status | None:
    """The catalogue entry for ``code``, or None when the reference does not list it."""
    return CATALOGUE.get(code)


def is_known(code: int, extra: frozenset[int] = frozenset()) -> bool:
    """True for a catalogued code or one the user added (``extra``)."""
    return code in CATALOGUE or code in extra


def _since_key(constant: Constant) -> tuple[int, ...]:
    return constant.since if constant.since is not None else ()


def _released(since: tuple[int, ...], version: tuple[int, ...]) -> bool:
    """Whether ``version`` is ``since`` or later (``0.48`` is ``0.48.0``)."""
    width = max(len(since), len(version))
    return since + (0,) * (width - len(since)) <= version + (0,) * (width - len(version))


def constant_for(code: int, style: str, target: tuple[int, int] = (3, 9),
                 versions: Mapping[str, tuple[int, ...]] = types.MappingProxyType({})) -> str | None:
    """The constant name to suggest for ``code`` in ``style``, or None if there is none.

    * the standard library's (``Style.distribution`` is ``PYTHON``): the newest
      ``http.HTTPStatus`` member that exists in Python ``target`` (413 ->
      ``REQUEST_ENTITY_TOO_LARGE`` up to 3.12, ``CONTENT_TOO_LARGE`` from 3.13).
    * a framework's: the newest name that the oldest version the code supports has,
      ``versions[style]`` (for a style that ``reexports`` another's module, ``fastapi.status``,
      that one's version serves too); with no version known, a name every version has -- but
      none where the framework renamed the code's constant (Starlette's 413, 414, 416, 422):
      the old name warns on the new releases and the new one fails on the old, so the caller
      falls back to ``HTTPStatus``, which is the same int whatever is installed.
    * a style never suggested (``requests``) or an unknown one: None.
    """
    status = CATALOGUE.get(code)
    if status is None or style not in SUGGESTED_STYLES:
        return None
    row = BY_NAME[style]
    names_of, version = style, versions.get(style)
    if row.distribution == PYTHON:
        version = tuple(target)
    elif version is None and row.reexports and row.reexports in versions:
        names_of, version = row.reexports, versions[row.reexports]
    if version is None and len(status.constants[names_of]) > 1:
        return None  # renamed, and which release the code meets is unknown: no name is safe
    usable = [c for c in status.constants[names_of]
              if c.since is None or (version is not None and _released(c.since, version))]
    if not usable:
        return None
    return max(usable, key=_since_key).name


def renamed_to(code: int, style: str, name: str, target: tuple[int, int] = (3, 9),
               versions: Mapping[str, tuple[int, ...]] = types.MappingProxyType({})) -> str | None:
    """The newer name of ``code``'s constant ``name`` in ``style``, where its owner renamed it and
    the new name exists for ``target`` and ``versions`` (what :func:`constant_for` would
    suggest); else None (``HTTPStatus.UNPROCESSABLE_ENTITY`` before Python 3.13, DRF's names)."""
    status = CATALOGUE.get(code)
    preferred = constant_for(code, style, target, versions)
    if status is None or preferred is None or preferred == name:
        return None
    names = [constant.name for constant in status.constants[style]]
    if name in names and preferred in names and names.index(name) < names.index(preferred):
        return preferred
    return None


def renamed_names() -> frozenset[str]:
    """Every name of a suggested style that has a newer name for the same code (the words
    HTS008 can report)."""
    return frozenset(
        older.name
        for status in CATALOGUE.values()
        for style in SUGGESTED_STYLES
        for index, older in enumerate(status.constants[style])
        if any(newer.since is not None for newer in status.constants[style][index + 1:])
    )


def other_phrase_in(code: int, style: str, target: tuple[int, int] = (3, 9)) -> bool:
    """Whether the framework of a status-line ``style`` writes ``code`` with another reason
    phrase for an ``http.HTTPStatus`` member than for the int, on Python ``target`` or a later
    one (Falcon: 413 always, 414 before 3.13: its row's ``other_phrase``)."""
    row = BY_NAME.get(style)
    other: Mapping[int, tuple[int, int] | None] = _table(row.other_phrase if row else "")
    if code not in other:
        return False
    agree_from = other[code]
    return agree_from is None or tuple(target) < agree_from


def required_header(code: int) -> str | None:
    """The header a response with ``code`` must carry (``Location`` for 302), or None."""
    return _data.REQUIRED_HEADERS.get(code)


def without_content(code: int) -> bool:
    """Whether a response with ``code`` has no content (1xx, 204, 205, 304)."""
    return code in _data.WITHOUT_CONTENT


def code_for_constant(style: str, name: str) -> int | None:
    """The code a constant name of ``style`` stands for, old and deprecated names included.

    The index also holds a style's names for codes the reference does not list (DRF's
    ``HTTP_509_BANDWIDTH_LIMIT_EXCEEDED``, requests' ``client_closed_request``...), so the
    result is not always a key of :data:`CATALOGUE`: use :func:`lookup` on it.
    """
    names = _REVERSE.get(style)
    if names is None:
        return None
    return names.get(name)


def _normalise_phrase(phrase: str) -> str:
    return " ".join(phrase.split()).casefold()


def phrase_matches(code: int, phrase: str) -> bool:
    """True when ``phrase`` is the code's phrase or a known alternative.

    Comparison ignores case and collapses runs of whitespace.
    """
    status = CATALOGUE.get(code)
    if status is None:
        return False
    wanted = _normalise_phrase(phrase)
    return any(
        _normalise_phrase(known) == wanted
        for known in (status.phrase,) + status.other_phrases
    )


def _spelt_as_name(phrase: str) -> str:
    """A phrase as a constant's name spells it: "Request-URI Too Long" -> "REQUEST_URI_TOO_LONG"."""
    return "_".join(re.findall(r"[A-Z0-9]+", phrase.upper()))


def _renamed_in_some_style(code: int, name: str) -> bool:
    """Whether ``name`` is one of a suggested style's names for ``code`` that its owner renamed
    (both the old and the new name: ``REQUEST_ENTITY_TOO_LARGE``, ``CONTENT_TOO_LARGE``)."""
    status = CATALOGUE[code]
    return any(len(status.constants[style]) > 1
               and name in (constant.name for constant in status.constants[style])
               for style in SUGGESTED_STYLES)


def phrase_of(code: int, name: str) -> str:
    """The reason phrase that belongs to the constant ``name`` of ``code`` (its last dotted part
    is read): where the owner renamed that constant (413, 414, 416, 422), the phrase its name
    spells -- ``CONTENT_TOO_LARGE`` is RFC 9110's "Content Too Large",
    ``REQUEST_ENTITY_TOO_LARGE`` RFC 2616's "Request Entity Too Large", as ``HTTPStatus``'s own
    ``phrase`` says on the Pythons that have each; else the code's registered phrase ("" for
    an uncatalogued code)."""
    status = CATALOGUE.get(code)
    if status is None:
        return ""
    name = name.rsplit(".", 1)[-1]
    if not _renamed_in_some_style(code, name):
        return status.phrase
    spelt = [phrase for phrase in (status.phrase, *status.other_phrases)
             if name.upper() == _spelt_as_name(phrase)
             or name.upper().endswith("_" + _spelt_as_name(phrase))]
    return max(spelt, key=len) if spelt else status.phrase


def _as_code(digits: str) -> int | None:
    # A slip that leaves a leading zero (or nothing) is not a code anyone meant.
    if not digits or digits[0] == "0":
        return None
    return int(digits)


def _doubled_digit(digits: str) -> set[int | None]:
    """One of two equal adjacent digits typed twice: 4004 -> 404."""
    return {
        _as_code(digits[:i] + digits[i + 1:])
        for i in range(len(digits) - 1)
        if digits[i] == digits[i + 1]
    }


def _swapped_pair(digits: str) -> set[int | None]:
    """Two adjacent digits swapped: 520 -> 502."""
    return {
        _as_code(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])
        for i in range(len(digits) - 1)
        if digits[i] != digits[i + 1]
    }


def _dropped_digit(digits: str) -> set[int | None]:
    """A digit left out: 43 -> 403 (or 413: then no hint)."""
    return {
        _as_code(digits[:i] + digit + digits[i:])
        for i in range(len(digits) + 1)
        for digit in "0123456789"
    }


_SLIP_RULES = (_doubled_digit, _swapped_pair, _dropped_digit)


def likely_meant(number: int) -> int | None:
    """The one everyday status code ``number`` is most likely a typing slip of, or None.

    Only for numbers that are not catalogued codes, and only toward the codes of
    ``HINT_TARGETS``. The rules are tried in order -- one of two equal adjacent digits doubled,
    two adjacent digits swapped, a digit dropped -- and the first that finds any target decides:
    exactly one is the answer, two or more mean "ambiguous" and give None. Any other slip (a
    digit replaced by another) explains too many numbers to be worth a hint.
    """
    if number < 0 or number in CATALOGUE:
        return None
    digits = str(number)
    for rule in _SLIP_RULES:
        found = {code for code in rule(digits) if code in _data.HINT_TARGETS}
        found.discard(number)
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None
