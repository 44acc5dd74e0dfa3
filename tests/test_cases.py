"""The case corpus: ``tests/cases/*.py`` say, line by line, which findings the checker must make.

Annotation grammar (one comment at the end of a code line)::

    code_line  # HTS001@404                       one finding, column of the text "404"
    code_line  # HTS001@404#2                     ... of the second "404" in the code part
    code_line  # HTS001@200 HTS001@201            several findings on the line
    code_line  # HTS006@"404 =expected "404 Not Found"
                                                  a message check: the message of the FIRST
                                                  annotation must contain the text after "="

The column is looked up in the code part of the line (the text before the comment), so the text
after ``@`` must occur there. A line without an annotation must carry no finding at all.
A file may start with ``# httpstatus-config: key=value ...`` (keys are Config field names,
values as the option strings), which is passed to ``options.build_config`` for that file. A file in
syntax newer than Python 3.9 starts with ``# requires-python: 3.10`` (see tests/helpers.py): on an
older interpreter its tests are skipped, and every other file must parse as 3.9.

Both checker paths are held to the same expectations: ``check_source`` (the fast path) and
``check_reference`` (whole-module LibCST). ``python -m tests.test_cases`` prints per-code statistics.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from flake8_httpstatus.rules import RULES
from tests.helpers import ALL_CASE_FILES, OLDEST_PYTHON, case_param, case_params, requires_python

ALL_CODES = tuple(RULES)
CHECK_PATHS = ("check_source", "check_reference")
#: Files made only of look-alikes: they must carry no annotation.
SILENT_ONLY = {"lookalikes.py"}
#: The corpus must keep at least this many unannotated lines holding a 3-digit number.
MIN_SILENT_LOOKALIKES = 260
MIN_LINES, MAX_LINES = 40, 150

ANNOTATED_COMMENT = re.compile(r"(?P<annotations>(?:HTS\d{3}@\S+\s*)+)(?:=(?P<message>.*))?")
ANNOTATION = re.compile(r"(?P<code>HTS\d{3})@(?P<text>\S+?)(?:#(?P<nth>\d+))?")
CONFIG_COMMENT = re.compile(r"#\s*httpstatus-config:(?P<body>.*)")
THREE_DIGITS = re.compile(r"(?<!\d)\d{3}(?!\d)")

Key = tuple[int, str, int]  # (line, code, col)


class CorpusError(Exception):
    """A malformed case file: the corpus itself is wrong, not the checker."""


@dataclass
class Case:
    path: Path
    source: str
    lines: list[str]
    config: dict[str, str] = field(default_factory=dict)
    expected: set[Key] = field(default_factory=set)
    messages: dict[Key, str] = field(default_factory=dict)
    annotated_lines: set[int] = field(default_factory=set)
    #: code part (text before any comment) of every physical line, 1-based
    code_parts: dict[int, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.name

    def silent_lookalike_lines(self) -> list[int]:
        return [
            number for number, code in self.code_parts.items()
            if number not in self.annotated_lines and THREE_DIGITS.search(code)
        ]


def _column(code_part: str, text: str, nth: int, where: str) -> int:
    col = -1
    for _ in range(nth):
        col = code_part.find(text, col + 1)
        if col < 0:
            raise CorpusError(f"{where}: text {text!r} (occurrence {nth}) not in the code part")
    return col


def parse_case(path: Path) -> Case:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    case = Case(path, source, lines)
    case.code_parts = {number: text for number, text in enumerate(lines, start=1)}
    seen_code = False
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    for tok in tokens:
        if tok.type in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
                        tokenize.ENDMARKER, tokenize.ENCODING):
            continue
        if tok.type != tokenize.COMMENT:
            seen_code = True
            continue
        number, col = tok.start
        where = f"{path.name}:{number}"
        case.code_parts[number] = lines[number - 1][:col]
        config = CONFIG_COMMENT.fullmatch(tok.string.strip())
        if config:
            if seen_code:
                raise CorpusError(f"{where}: httpstatus-config must come before any code")
            for item in config.group("body").split():
                key, sep, value = item.partition("=")
                if not sep:
                    raise CorpusError(f"{where}: config item {item!r} is not key=value")
                case.config[key] = value
            continue
        body = tok.string[1:].strip()
        if "HTS0" not in body:
            continue  # a plain comment
        match = ANNOTATED_COMMENT.fullmatch(body)
        if not match:
            raise CorpusError(f"{where}: malformed annotation comment {tok.string!r}")
        if not case.code_parts[number].strip():
            raise CorpusError(f"{where}: an annotation must end a code line")
        first: Key | None = None
        for word in match.group("annotations").split():
            ann = ANNOTATION.fullmatch(word)
            if not ann:
                raise CorpusError(f"{where}: malformed annotation {word!r}")
            nth = int(ann.group("nth") or 1)
            key = (number, ann.group("code"),
                   _column(case.code_parts[number], ann.group("text"), nth, where))
            if key in case.expected:
                raise CorpusError(f"{where}: {word!r} repeats an annotation")
            case.expected.add(key)
            first = first or key
        case.annotated_lines.add(number)
        message = match.group("message")
        if message is not None:
            if not message.strip():
                raise CorpusError(f"{where}: empty message check")
            assert first is not None
            case.messages[first] = message.strip()
    return case


def _config(case: Case) -> Any:
    from flake8_httpstatus.options import build_config

    return build_config(case.config)


def _pointer(case: Case, line: int, col: int) -> str:
    text = case.lines[line - 1] if 0 < line <= len(case.lines) else "<no such line>"
    gutter = f"{line:>5} | "
    return f"{gutter}{text}\n{' ' * (len(gutter) - 2)}| {' ' * col}^"


def compare(case: Case, findings: list[Any], path_name: str) -> str:
    """Return a readable report of every disagreement ('' when there is none)."""
    actual: dict[Key, Any] = {}
    for finding in findings:
        actual.setdefault((finding.line, finding.code, finding.col), finding)
    missing = sorted(case.expected - actual.keys())
    unexpected = sorted(actual.keys() - case.expected)
    wrong_messages = [
        (key, text, actual[key].message)
        for key, text in sorted(case.messages.items())
        if key in actual and text not in actual[key].message
    ]
    duplicates = len(findings) - len(actual)
    if not (missing or unexpected or wrong_messages or duplicates):
        return ""
    out = [f"{case.name} via {path_name}: {len(missing)} missing, {len(unexpected)} unexpected, "
           f"{len(wrong_messages)} wrong message(s), {duplicates} duplicate finding(s)"]
    for line, code, col in missing:
        out.append(f"MISSING    {code} at {line}:{col}")
        out.append(_pointer(case, line, col))
    for line, code, col in unexpected:
        out.append(f"UNEXPECTED {code} at {line}:{col}: {actual[(line, code, col)].message}")
        out.append(_pointer(case, line, col))
    for (line, code, col), want, got in wrong_messages:
        out.append(f"MESSAGE    {code} at {line}:{col}: wanted text {want!r} in {got!r}")
        out.append(_pointer(case, line, col))
    return "\n".join(out)


#: Each file through each path. The fast path starts from ``ast``: it takes what this Python
#: parses. LibCST parses the syntax of every supported Python on any: the reference path takes all.
CASE_FILE_PATHS = [
    case_param(path, name, id=f"{path.stem}-{name}", interpreter_parses=name == "check_source")
    for name in CHECK_PATHS for path in ALL_CASE_FILES
]


@pytest.mark.parametrize(("path", "path_name"), CASE_FILE_PATHS)
def test_case_file(path: Path, path_name: str) -> None:
    from flake8_httpstatus import checker

    case = parse_case(path)
    findings = getattr(checker, path_name)(case.source, _config(case))
    report = compare(case, list(findings), path_name)
    assert not report, "\n" + report


@pytest.mark.parametrize("path", case_params())
def test_case_file_is_well_formed(path: Path) -> None:
    """The corpus itself: valid syntax of the oldest supported Python unless the file's first line
    asks for a newer one, sane size, annotations that resolve."""
    case = parse_case(path)  # raises CorpusError on a bad annotation
    version = requires_python(path) or OLDEST_PYTHON
    assert version >= OLDEST_PYTHON, f"{case.name}: # requires-python: below the oldest supported"
    ast.parse(case.source, filename=str(path), feature_version=version)
    assert MIN_LINES <= len(case.lines) <= MAX_LINES, f"{case.name}: {len(case.lines)} lines"
    assert case.silent_lookalike_lines(), f"{case.name}: no silent look-alike line"
    if case.name in SILENT_ONLY:
        assert not case.expected, f"{case.name} must carry no annotation"
    else:
        assert case.expected, f"{case.name}: no annotated line"
    _config(case)  # the header's values are valid options


def corpus_stats() -> tuple[Counter[str], int, Counter[str]]:
    """(annotations per code, silent look-alike lines, message checks per code)."""
    per_code: Counter[str] = Counter()
    messages: Counter[str] = Counter()
    silent = 0
    for path in ALL_CASE_FILES:  # parsing a case file reads its tokens: any Python can
        case = parse_case(path)
        per_code.update(code for _, code, _ in case.expected)
        messages.update(code for _, code, _ in case.messages)
        silent += len(case.silent_lookalike_lines())
    return per_code, silent, messages


def test_corpus_covers_every_code_and_enough_lookalikes() -> None:
    per_code, silent, _ = corpus_stats()
    absent = [code for code in ALL_CODES if not per_code[code]]
    assert not absent, f"no case for {absent}; per code: {dict(per_code)}"
    assert silent >= MIN_SILENT_LOOKALIKES, (
        f"only {silent} silent look-alike lines (want >= {MIN_SILENT_LOOKALIKES})"
    )


if __name__ == "__main__":
    counts, silent_lines, checks = corpus_stats()
    for code in ALL_CODES:
        print(f"{code}: {counts[code]:4d} findings, {checks[code]:3d} with a message check")
    print(f"silent look-alike lines: {silent_lines}")
    for case_path in ALL_CASE_FILES:
        parsed = parse_case(case_path)
        print(f"  {parsed.name:30s} {len(parsed.lines):4d} lines  "
              f"{len(parsed.annotated_lines):3d} annotated  "
              f"{len(parsed.silent_lookalike_lines()):3d} silent look-alikes")
