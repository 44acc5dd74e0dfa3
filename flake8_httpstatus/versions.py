"""Which versions of the frameworks the checked code supports, which decides which of their
constants exist: ``--httpstatus-min-versions`` where it names the framework, else the oldest
release the project declares (``declared``: its dependencies; the front ends put these in
``Config.min_versions`` when they read the options), else the version installed where flake8
runs (read from the package metadata; the framework is never imported), else unknown, and then
only the names every version has are suggested, and none of a framework's for a code it renamed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Optional, Tuple

from flake8_httpstatus.options import Config
from flake8_httpstatus.constant_styles import BY_NAME, DISTRIBUTIONS

Versions = Tuple[Tuple[str, Tuple[int, ...]], ...]  # (style, version), sorted by style


@lru_cache(maxsize=None)
def installed(distribution: str) -> Optional[Tuple[int, ...]]:
    """The release of ``distribution`` installed here (``(0, 48, 0)``), or None."""
    from importlib import metadata

    try:
        text = metadata.version(distribution)
    except Exception:  # not installed, or metadata this Python cannot read
        return None
    numbers = re.match(r"\d+(?:\.\d+)*", text or "")
    return tuple(int(n) for n in numbers.group(0).split(".")) if numbers else None


@lru_cache(maxsize=64)
def supported(given: Versions) -> Versions:
    """The option's versions, completed with the installed ones."""
    found = dict(given)
    for distribution, style in DISTRIBUTIONS.items():
        # a style re-exporting another's module (fastapi.status is Starlette's): what is
        # installed, that package says exactly
        if style not in found and not BY_NAME[style].reexports:
            version = installed(distribution)
            if version is not None:
                found[style] = version
    return tuple(sorted(found.items()))


def resolved(config: Config) -> Config:
    """``config`` with every framework version that can be known filled in."""
    return config._replace(min_versions=supported(config.min_versions))


def explained(config: Config) -> List[str]:
    """For ``flake8 -vv``: where the frameworks the options and declarations left open get their
    version (installed, another's, or unknown). Reads the metadata: called only at that level."""
    given = dict(config.min_versions)
    found = dict(supported(config.min_versions))
    lines = []
    for distribution, style in sorted(DISTRIBUTIONS.items()):
        if style in given:
            continue
        if style in found:
            shown = ".".join(map(str, found[style]))
            lines.append(f"{distribution} {shown} installed")
        elif BY_NAME[style].reexports:
            other = BY_NAME[style].reexports
            lines.append(f"{distribution}: its status module is {other}'s: {other}'s version "
                         "serves")
        else:
            lines.append(f"{distribution}: version unknown: only the names every release has, "
                         "none for a code it renamed")
    return lines
