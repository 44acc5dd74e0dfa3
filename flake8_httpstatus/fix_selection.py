"""Would flake8 report this code in this file? ``select``/``ignore``/``per-file-ignores`` decide.

``fix`` rewrites only what flake8 would show: a project that ignores HTS001 (``extend-ignore``), or
ignores HTS in ``tests/*`` (``per-file-ignores``), gets no rewrite there. The decision is flake8's
own ``StyleGuideManager``/``DecisionEngine``, fed the values of the same ``[flake8]`` section.
Should a future flake8 change those classes, every code counts as selected (and a warning says so).
"""

from __future__ import annotations

import argparse
from typing import Any, Callable, Mapping, Optional

from flake8.utils import parse_comma_separated_list

#: flake8's default selection plus this plugin's prefix (flake8 adds every plugin's prefix).
DEFAULT_SELECT = ["C90", "F", "E", "W", "HTS"]
LIST_OPTIONS = ("select", "ignore", "extend-select", "extend-ignore")

Reported = Callable[[str, str], bool]  # (path, code) -> would flake8 show it


def _value(section: Mapping[str, str], name: str) -> Optional[str]:
    for key in (name, name.replace("-", "_")):
        if key in section:
            return section[key]
    return None


def namespace(section: Mapping[str, str]) -> argparse.Namespace:
    values: dict[str, Any] = {}
    for name in LIST_OPTIONS:
        raw = _value(section, name)
        values[name.replace("-", "_")] = None if raw is None else parse_comma_separated_list(raw)
    values["per_file_ignores"] = _value(section, "per-file-ignores") or ""
    values["extended_default_select"] = list(DEFAULT_SELECT)
    values["extended_default_ignore"] = []
    values["disable_noqa"] = False
    return argparse.Namespace(**values)


def reported_by_flake8(section: Mapping[str, str]) -> tuple[Reported, Optional[str]]:
    """A predicate, and a warning when flake8's classes could not be used."""
    try:
        from flake8.style_guide import Decision, StyleGuideManager

        manager = StyleGuideManager(namespace(section), formatter=None)
        manager.style_guide_for("probe.py").should_report_error("HTS001")
    except Exception as exc:  # flake8's internals moved: do not block the fix
        return (lambda path, code: True), (
            "flake8-httpstatus: warning: cannot read select/ignore/per-file-ignores with this "
            f"flake8 ({type(exc).__name__}); every code counts as selected")

    def reported(path: str, code: str) -> bool:
        decision = manager.style_guide_for(path).should_report_error(code)
        return bool(decision is Decision.Selected)

    return reported, None
