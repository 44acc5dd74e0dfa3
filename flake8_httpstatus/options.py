"""Option definitions and validation, shared by the flake8 plugin and the ``fix`` command.

Every option is a row of OPTIONS; both front ends register every row (``fix`` checks through the
same checker, result cache included) and turn raw strings into one validated ``Config``. A bad
value raises ``OptionError`` naming the option and what it accepts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Mapping, NamedTuple, Sequence, Union

from flake8_httpstatus.startup_tables import DISTRIBUTIONS, RULE_CODES, SUGGESTED_STYLES

if TYPE_CHECKING:  # the tables are imported where a file is checked, not by every flake8 run
    from flake8_httpstatus.positions import CallPosition

#: The values of ``--httpstatus-style``: ``auto`` and every style whose constants are suggested.
STYLE_CHOICES: tuple[str, ...] = ("auto", *SUGGESTED_STYLES)
OLDEST_TARGET = (3, 8)
DEFAULT_TARGET = (3, 9)
NEWEST_TARGET = (3, 15)

RawValue = Union[str, Sequence[str], None]


class OptionError(ValueError):
    """A bad option value; ``str()`` is the one line shown to the user."""

    def __init__(self, flag: str, message: str) -> None:
        super().__init__(f"flake8-httpstatus: error: {flag}: {message}")
        self.flag = flag


class Config(NamedTuple):
    style: str = "auto"
    target_version: tuple[int, int] = DEFAULT_TARGET
    extra_codes: frozenset[int] = frozenset()
    extra_calls: tuple[CallPosition, ...] = ()
    allow_literals: frozenset[int] = frozenset()
    cache_dir: str = ""  # "" = the environment's or the user's cache directory; "off"
    #: (style, oldest version the code supports) per framework given; the others: installed
    min_versions: tuple[tuple[str, tuple[int, ...]], ...] = ()
    #: experimental codes the project sends on purpose: no HTS005, HTS001 as for any code
    allow_experimental: frozenset[int] = frozenset()


def _items(raw: RawValue) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):
        raw = [raw]
    return [item.strip() for chunk in raw for item in chunk.split(",") if item.strip()]


def given(raw: RawValue) -> bool:
    """Whether a raw value says anything: None and an empty value leave the default."""
    return bool(_items(raw))


def _style(raw: RawValue) -> str:
    items = _items(raw)
    value = items[0] if len(items) == 1 else ",".join(items)
    if value == "":
        return "auto"
    if value not in STYLE_CHOICES:
        raise ValueError(f"{value!r} is not one of {', '.join(STYLE_CHOICES)}")
    return value


def _target(raw: RawValue) -> tuple[int, int]:
    items = _items(raw)
    if not items:
        return DEFAULT_TARGET
    value = ",".join(items)
    match = re.fullmatch(r"(?:py)?3\.?(\d+)", value)
    version = (3, int(match.group(1))) if match else None
    if version is None or not OLDEST_TARGET <= version <= NEWEST_TARGET:
        raise ValueError(f"{value!r} is not a supported Python version "
                         f"(3.{OLDEST_TARGET[1]} to 3.{NEWEST_TARGET[1]}, e.g. 3.13)")
    return version


def _codes(raw: RawValue) -> frozenset[int]:
    codes = set()
    for item in _items(raw):
        if not item.isdigit() or not 100 <= int(item) <= 599:
            raise ValueError(f"{item!r} is not a status code in 100-599 (comma-separated list)")
        codes.add(int(item))
    return frozenset(codes)


def _experimental(raw: RawValue) -> frozenset[int]:
    codes = _codes(raw)
    if not codes:
        return codes
    from flake8_httpstatus.catalogue import CATALOGUE, State  # only when the option is given

    experimental = sorted(c for c, s in CATALOGUE.items() if s.state is State.EXPERIMENTAL)
    for code in sorted(codes):
        if code not in experimental:
            raise ValueError(f"{code} is not an experimental status (those are "
                             f"{', '.join(map(str, experimental))})")
    return codes


def _directory(raw: RawValue) -> str:
    value = raw if isinstance(raw, str) or raw is None else ",".join(raw)
    return (value or "").strip()


def _versions(raw: RawValue) -> tuple[tuple[str, tuple[int, ...]], ...]:
    found: dict[str, tuple[int, ...]] = {}
    for item in _items(raw):
        name, _, version = item.partition(":")
        style = DISTRIBUTIONS.get(name.strip().lower())
        if style is None:
            raise ValueError(f"{name.strip()!r} is not one of {', '.join(sorted(DISTRIBUTIONS))} "
                             "(comma-separated FRAMEWORK:VERSION)")
        numbers = version.strip().split(".")
        if not version.strip() or not all(n.isdigit() for n in numbers):
            raise ValueError(f"{item!r} is not FRAMEWORK:VERSION, e.g. starlette:0.40")
        found[style] = tuple(int(n) for n in numbers)
    return tuple(sorted(found.items()))


def _calls(raw: RawValue) -> tuple[CallPosition, ...]:
    items = _items(raw)
    if not items:
        return ()
    from flake8_httpstatus.positions import parse_extra_call  # only when the option is given

    return tuple(row for item in items for row in parse_extra_call(item))


class Option(NamedTuple):
    name: str          # without the leading dashes, as in the [flake8] section
    attr: str          # the Config field
    metavar: str
    help: str
    parse: Callable[[RawValue], object]
    is_list: bool = False
    default: str = ""
    #: The codes whose findings the option changes (docs/rules.md, ``flake8-httpstatus rule``).
    codes: tuple[str, ...] = ()

    @property
    def flag(self) -> str:
        return f"--{self.name}"

    @property
    def key(self) -> str:
        """The key in ``pyproject.toml``'s ``[tool.flake8-httpstatus]``: no ``httpstatus-``."""
        return self.name[len("httpstatus-"):]


#: Every code: an option that decides where a status stands changes them all.
ALL_CODES: tuple[str, ...] = RULE_CODES

OPTIONS: tuple[Option, ...] = (
    Option("httpstatus-style", "style", "STYLE",
           "constant style to suggest: auto (default: the constants the module uses most, else "
           "those its package's modules use, else those its framework documents: status.HTTP_* "
           "for DRF, Starlette and FastAPI, "
           "Litestar's status_codes, falcon.HTTP_* where Falcon takes a status line; else "
           "HTTPStatus), "
           + ", ".join(STYLE_CHOICES[1:]), _style, default="auto", codes=("HTS001",)),
    Option("httpstatus-target-version", "target_version", "VERSION",
           "oldest Python the code runs on (default: the oldest the project's requires-python "
           "allows, else 3.9): decides which HTTPStatus names exist, and below 3.11 which fixes "
           "are unsafe",
           _target, default="3.9", codes=("HTS001", "HTS008")),
    Option("httpstatus-extra-codes", "extra_codes", "CODES",
           "comma-separated status codes to accept as known, e.g. 499,520", _codes, is_list=True,
           codes=("HTS002", "HTS003")),
    Option("httpstatus-extra-calls", "extra_calls", "CALLS",
           "comma-separated calls that take a status: CALLEE:POSITION, CALLEE:KEYWORD or "
           "CALLEE:POSITION:KEYWORD, e.g. myapp.http.fail:0 (.name matches a method)",
           _calls, is_list=True, codes=ALL_CODES),
    Option("httpstatus-allow-literals", "allow_literals", "CODES",
           "comma-separated codes whose literals HTS001 accepts, e.g. 200,404", _codes,
           is_list=True, codes=("HTS001",)),
    Option("httpstatus-allow-experimental", "allow_experimental", "CODES",
           "comma-separated experimental codes the project sends on purpose, e.g. 402: not "
           "reported as experimental (HTS005), suggested as a constant like any other (HTS001)",
           _experimental, is_list=True, codes=("HTS001", "HTS005")),
    Option("httpstatus-min-versions", "min_versions", "VERSIONS",
           "comma-separated oldest versions of the frameworks the code supports, e.g. "
           "starlette:0.40,djangorestframework:3.14: decides which of their constants exist "
           "(default: the oldest the project's dependencies allow, else the installed ones; "
           "where none is known, only the names every version has, and HTTPStatus for a code "
           "the framework renamed)", _versions, is_list=True, codes=("HTS001", "HTS008")),
    Option("httpstatus-cache-dir", "cache_dir", "DIR",
           "where results are cached so that unchanged files skip LibCST (default: "
           "$FLAKE8_HTTPSTATUS_CACHE_DIR, else the user cache directory); off disables",
           _directory),
)


def build_config(raw: Mapping[str, RawValue]) -> Config:
    """Validate raw values keyed by Config field name (missing keys take the default)."""
    values: dict[str, object] = {}
    for option in OPTIONS:
        if option.attr not in raw:
            continue
        try:
            values[option.attr] = option.parse(raw[option.attr])
        except ValueError as exc:
            raise OptionError(option.flag, str(exc)) from None
    return Config(**values)  # type: ignore[arg-type]


def config_from_namespace(namespace: object) -> Config:
    return build_config({
        option.attr: getattr(namespace, option.attr)
        for option in OPTIONS
        if hasattr(namespace, option.attr)
    })


__all__ = ["Config", "OPTIONS", "Option", "OptionError", "STYLE_CHOICES", "build_config",
           "config_from_namespace", "given"]
