"""``check --output-format``, each format held to what its consumer reads: SARIF 2.1.0 to the
official JSON schema (tests/data, see its README), GitLab's code-quality report to the fields
GitLab's documentation requires, GitHub's workflow commands to the escaping of the actions
toolkit (read back here as the runner reads them), json to its documented keys."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import jsonschema
import pytest

from flake8_httpstatus.fix.formats import FORMATS, Shown, render
from flake8_httpstatus.findings import Finding
from flake8_httpstatus.rules import RULES
from tests.helpers import run_cli

SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"

VIEW = ('from flask import abort, Response\n'
        '\n'
        '\n'
        'def view(r):\n'
        '    abort(404)\n'
        '    abort(299)\n'
        '    abort(404)\n'
        '    return Response("x", 204)\n')


def run(args: Sequence[str], capsys: pytest.CaptureFixture[str]) -> Tuple[int, str, str]:
    return run_cli(args, capsys)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "views.py").write_text(VIEW, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def report(fmt: str, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    code, out, err = run(["check", "--isolated", "--select=HTS", "--output-format", fmt, *extra,
                          "."], capsys)
    assert (code, err) == (1, "")
    return out


def test_default_is_flake8s_lines(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert report("default", capsys).splitlines() == [
        "./app/views.py:5:11: HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND",
        "./app/views.py:6:11: HTS002 unknown HTTP status 299",
        "./app/views.py:7:11: HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND",
        "./app/views.py:8:26: HTS001 204 (No Content): use HTTPStatus.NO_CONTENT",
        "./app/views.py:8:26: HTS010 204 (No Content) with a body: this status has no content",
    ]


def test_json(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = json.loads(report("json", capsys))
    assert items[0] == {"path": "./app/views.py", "line": 5, "column": 11, "end_line": 5,
                        "end_column": 14, "code": "HTS001",
                        "message": "HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND",
                        "fixable": True,
                        "fix": {"applicability": "safe", "replacement": "HTTPStatus.NOT_FOUND"}}
    assert [item["code"] for item in items] == ["HTS001", "HTS002", "HTS001", "HTS001", "HTS010"]
    assert [item["fixable"] for item in items] == [True, False, True, True, False]
    assert [item["fix"] is None for item in items] == [False, True, False, False, True]


def test_json_gives_an_unsafe_fix_with_its_reason(project: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """As ruff's JSON: the fix's applicability; an unsafe one says why (a class attribute any
    code may print, below Python 3.11)."""
    (project / "app" / "views.py").write_text("class Gone(Exception):\n    status_code = 410\n",
                                              encoding="utf-8")
    (item,) = json.loads(report("json", capsys, "--httpstatus-target-version=3.10"))
    assert item["fix"] == {
        "applicability": "unsafe", "replacement": "HTTPStatus.GONE",
        "reason": "other code may format a class attribute with str(), and before Python 3.11 "
                  "str(HTTPStatus.GONE) is 'HTTPStatus.GONE', not '410' (target 3.10)"}
    (item,) = json.loads(report("json", capsys, "--httpstatus-target-version=3.11"))
    assert item["fix"] == {"applicability": "safe", "replacement": "HTTPStatus.GONE"}


def test_sarif_is_valid_sarif_2_1_0(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = json.loads(report("sarif", capsys))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == list(RULES)  # a rule entry per code
    for rule in rules:
        assert rule["shortDescription"]["text"] == RULES[rule["id"]].summary
        assert rule["help"]["markdown"].startswith(f"## {rule['id']}")
        assert rule["defaultConfiguration"]["enabled"] == RULES[rule["id"]].default
    first = run_["results"][0]
    assert first["ruleId"] == "HTS001" and rules[first["ruleIndex"]]["id"] == "HTS001"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "app/views.py"
    assert location["region"] == {"startLine": 5, "startColumn": 11, "endLine": 5,
                                  "endColumn": 14}
    assert run_["columnKind"] == "unicodeCodePoints"


def test_sarif_of_a_clean_run_is_valid_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ok.py").write_text("x = 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["check", "--isolated", "--output-format=sarif", "."], capsys)
    assert code == 0
    log = json.loads(out)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)
    assert log["runs"][0]["results"] == []


#: GitLab's code-quality report: the fields its documentation lists as required for each issue,
#: with the severities it accepts (docs.gitlab.com, "Code Quality report format").
GITLAB_ISSUE = {
    "type": "object",
    "required": ["description", "check_name", "fingerprint", "severity", "location"],
    "properties": {
        "description": {"type": "string", "minLength": 1},
        "check_name": {"type": "string", "minLength": 1},
        "fingerprint": {"type": "string", "minLength": 1},
        "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
        "location": {
            "type": "object", "required": ["path", "lines"],
            "properties": {
                "path": {"type": "string", "pattern": "^[^/.]"},  # relative, no ./
                "lines": {"type": "object", "required": ["begin"],
                          "properties": {"begin": {"type": "integer", "minimum": 1}}},
            },
        },
    },
}


def test_gitlab_code_quality(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    issues = json.loads(report("gitlab", capsys))
    jsonschema.validate(issues, {"type": "array", "items": GITLAB_ISSUE})
    assert [(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"])
            for i in issues] == [("HTS001", "app/views.py", 5), ("HTS002", "app/views.py", 6),
                                 ("HTS001", "app/views.py", 7), ("HTS001", "app/views.py", 8),
                                 ("HTS010", "app/views.py", 8)]
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == len(fingerprints)  # GitLab shows one issue per fingerprint
    assert [i["severity"] for i in issues] == ["minor", "major", "minor", "minor", "major"]


def test_gitlab_fingerprints_survive_moved_lines(project: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = [i["fingerprint"] for i in json.loads(report("gitlab", capsys))]
    views = project / "app" / "views.py"
    views.write_text("# a comment above\n" + VIEW, encoding="utf-8")
    after = [i["fingerprint"] for i in json.loads(report("gitlab", capsys))]
    assert after == before


def _unescape(text: str) -> str:
    """What the runner does with an escaped value (the toolkit's escaping, undone)."""
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


COMMAND = re.compile(r"^::(?P<command>[a-z]+) (?P<properties>[^:]*)::(?P<message>.*)$")


def parse_command(line: str) -> Tuple[str, Dict[str, str], str]:
    """A workflow command as the runner parses it: ``::command k=v,k=v::message``."""
    match = COMMAND.match(line)
    assert match, line
    properties = dict(pair.split("=", 1) for pair in match["properties"].split(","))
    return match["command"], {k: _unescape(v) for k, v in properties.items()}, \
        _unescape(match["message"])


def test_github_workflow_commands(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = report("github", capsys).splitlines()
    command, properties, message = parse_command(lines[0])
    assert command == "error"
    assert properties == {"file": "app/views.py", "line": "5", "col": "11", "endLine": "5",
                          "endColumn": "14", "title": "HTS001 literal-status"}
    assert message == "HTS001 404 (Not Found): use HTTPStatus.NOT_FOUND"
    assert len(lines) == 5


def test_github_escaping_round_trips() -> None:
    """Commas, colons, percent signs and newlines in a path or a message reach GitHub intact."""
    finding = Finding("HTS006", 3, 0, 3, 5, '"404 Not Fund": expected "404, 100%: x\r\ny"', "x")
    out = render("github", [Shown("dir,a:b/50%.py", finding)])
    assert out.count("\n") == 1 and "\r" not in out
    _, properties, message = parse_command(out.rstrip("\n"))
    assert properties["file"] == "dir,a:b/50%.py"
    assert message == "HTS006 " + finding.message


def test_every_format_of_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert render("default", []) == "" and render("github", []) == ""
    for name in ("json", "gitlab"):
        assert json.loads(render(name, [])) == []
    assert set(FORMATS) == {"default", "json", "github", "gitlab", "sarif"}


def test_output_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["check", "--isolated", "--output-format=gitlab", "--output-file",
                          "reports/quality.json", "."], capsys)
    assert (code, out, err) == (1, "", "")
    issues: List[object] = json.loads((project / "reports" / "quality.json").read_text())
    assert len(issues) == 4  # HTS010 is off by default
