"""The output formats of ``flake8-httpstatus check``: each turns the run's findings into the text
its consumer reads.

* ``default``: flake8's lines, ``path:line:column: CODE message`` (column 1-based, as flake8
  prints it).
* ``json``: a list of objects, ``path``, ``line``, ``column``, ``end_line``, ``end_column`` (the
  end 1-based and exclusive), ``code``, ``message`` (the code first, as flake8 prints it) and
  ``fixable`` (whether ``fix`` rewrites the rule's findings), ``fix`` (as ruff's: its
  ``applicability``, ``safe`` or ``unsafe``, the ``replacement`` and an unsafe fix's ``reason``;
  null where there is none).
* ``github``: GitHub Actions workflow commands, ``::error file=...,line=...,col=...,
  endLine=...,endColumn=...,title=...::message``, escaped as the actions toolkit escapes them
  (``%``, CR and LF in the message; ``:`` and ``,`` too in the properties). Each line becomes
  an annotation on the pull request; the log shows them as they come.
* ``gitlab``: a GitLab code-quality report (a list of Code Climate issues: ``description``,
  ``check_name``, ``fingerprint``, ``severity``, ``location.path``, ``location.lines.begin``).
  The fingerprint is made of the path, the code, the message and the line's text (with a count
  for repeats), not of the line number, so a finding keeps it when lines above it move.
* ``sarif``: SARIF 2.1.0, one run, a rule entry per code with its help from the rule table
  (``docs/rules.md``'s section), columns counted in Unicode code points.

Paths are the ones flake8 prints (``./app/views.py`` for ``check .``); the CI formats write them
relative to the directory the command ran in, without ``./``, as their consumers resolve them
against the repository's root.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence

from flake8_httpstatus import __version__
from flake8_httpstatus.findings import Finding
from flake8_httpstatus.rules import RULES, Fixability

FORMATS = ("default", "json", "github", "gitlab", "sarif")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/flake8-httpstatus/"


@dataclass(frozen=True)
class Shown:
    """One finding as the report shows it: the file's display name and the finding's line."""

    path: str
    finding: Finding
    source_line: str = ""

    @property
    def column(self) -> int:
        """1-based, as flake8 prints it."""
        return self.finding.col + 1


def relative(path: str) -> str:
    """The path as a CI system resolves it: relative to the working directory, ``/`` separated."""
    if os.path.isabs(path):
        rel = os.path.relpath(path)
        path = path if rel.startswith("..") else rel
    return os.path.normpath(path).replace(os.sep, "/")


def default(shown: Sequence[Shown]) -> str:
    return "".join(f"{s.path}:{s.finding.line}:{s.column}: {s.finding.text}\n" for s in shown)


def _fix(finding: Finding) -> Optional[Dict[str, str]]:
    """The finding's fix as ruff's JSON gives it: its applicability (``safe``, ``unsafe``), the
    text that replaces the span, and why it is unsafe; None where there is none."""
    suggestion = finding.suggestion
    if suggestion is None or RULES[finding.code].fixability == Fixability.NEVER:
        return None
    fix = {"applicability": suggestion.safety, "replacement": suggestion.replacement}
    if suggestion.unsafe:
        fix["reason"] = suggestion.unsafe
    return fix


def as_json(shown: Sequence[Shown]) -> str:
    items = [{
        "path": s.path, "line": s.finding.line, "column": s.column,
        "end_line": s.finding.end_line, "end_column": s.finding.end_col + 1,
        "code": s.finding.code, "message": s.finding.text,
        "fixable": RULES[s.finding.code].fixability != Fixability.NEVER,
        "fix": _fix(s.finding),
    } for s in shown]
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github(shown: Sequence[Shown]) -> str:
    lines = []
    for s in shown:
        f = s.finding
        properties = {"file": relative(s.path), "line": f.line, "col": s.column,
                      "endLine": f.end_line, "endColumn": f.end_col + 1,
                      "title": f"{f.code} {RULES[f.code].name}"}
        joined = ",".join(f"{key}={_escape_property(str(value))}"
                          for key, value in properties.items())
        lines.append(f"::error {joined}::{_escape_data(f.text)}\n")
    return "".join(lines)


def _severity(code: str) -> str:
    """A constant to write (HTS001, HTS008) is minor; every other rule is a status that is wrong."""
    return "minor" if RULES[code].fixability == Fixability.ALWAYS else "major"


def gitlab(shown: Sequence[Shown]) -> str:
    issues = []
    seen: Dict[str, int] = {}
    for s in shown:
        f = s.finding
        basis = "\0".join((relative(s.path), f.code, f.message, s.source_line.strip()))
        seen[basis] = seen.get(basis, 0) + 1
        fingerprint = hashlib.sha256(f"{basis}\0{seen[basis]}".encode("utf-8", "surrogatepass"))
        issues.append({
            "type": "issue",
            "description": f.text,
            "check_name": f.code,
            "fingerprint": fingerprint.hexdigest(),
            "severity": _severity(f.code),
            "categories": ["Bug Risk"] if _severity(f.code) == "major" else ["Style"],
            "location": {"path": relative(s.path), "lines": {"begin": f.line, "end": f.end_line}},
        })
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"


def _sarif_rules() -> List[Dict[str, Any]]:
    from flake8_httpstatus.docs import rule_section  # LibCST: it runs each rule's example

    rules = []
    for code, rule in RULES.items():
        rules.append({
            "id": code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.why},
            "help": {"text": f"{rule.summary}. {rule.why} Fix: {rule.fix}.",
                     "markdown": rule_section(code)},
            "defaultConfiguration": {"enabled": rule.default,
                                     "level": "note" if _severity(code) == "minor" else "warning"},
            "properties": {"fixable": rule.fixability != Fixability.NEVER},
        })
    return rules


def _uri(path: str) -> str:
    from urllib.parse import quote
    from pathlib import Path

    shown = relative(path)
    return Path(shown).as_uri() if os.path.isabs(shown) else quote(shown)


def sarif(shown: Sequence[Shown]) -> str:
    rules = _sarif_rules()
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    results = [{
        "ruleId": s.finding.code,
        "ruleIndex": index[s.finding.code],
        "level": rules[index[s.finding.code]]["defaultConfiguration"]["level"],
        "message": {"text": s.finding.text},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(s.path)},
            "region": {"startLine": s.finding.line, "startColumn": s.column,
                       "endLine": s.finding.end_line, "endColumn": s.finding.end_col + 1},
        }}],
    } for s in shown]
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "flake8-httpstatus", "version": __version__,
                            "informationUri": INFORMATION_URI, "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


WRITERS: Mapping[str, Callable[[Sequence[Shown]], str]] = {
    "default": default, "json": as_json, "github": github, "gitlab": gitlab, "sarif": sarif,
}


def render(name: str, shown: Sequence[Shown]) -> str:
    """The whole report in format ``name`` (one of FORMATS)."""
    return WRITERS[name](shown)


__all__ = ["FORMATS", "Shown", "render"]
