"""What several test modules share: running the real commands (the fixtures ``flake8``,
``httpstatus`` and ``python`` of tests/conftest.py hand out a ``Command``), and the case corpus.

The case corpus is ``tests/cases/*.py``. A case file in syntax newer than the oldest supported
Python (3.9) says so on its first line, ``# requires-python: 3.10``; tests/test_cases.py checks that
every other file parses as 3.9. Every test that reads the corpus takes its files from here:
``CASE_FILES`` are the files the running interpreter parses, ``case_params()`` all of them, those it
cannot parse skipped with the reason. (``options_style_py39.py`` and ``options_style_py313.py`` are
named after the ``target_version`` option, not the interpreter: a name decides nothing.)
"""

from __future__ import annotations

import os
import re
import site
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, List, Mapping, Optional, Sequence, Tuple, Union

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: The developer's own switches of the plugin, which a test must not inherit by accident.
DEVELOPER_SWITCHES = ("FLAKE8_HTTPSTATUS_REFERENCE",)


# --- running the real commands -------------------------------------------------------------------

@dataclass(frozen=True)
class Ran:
    """A finished command. ``out``/``err`` are the bytes it wrote; ``stdout``/``stderr`` decode them
    (the command writes UTF-8: ``PYTHONIOENCODING`` says so)."""

    args: Sequence[str]
    returncode: int
    out: bytes
    err: bytes

    @property
    def stdout(self) -> str:
        return self.out.decode("utf-8")

    @property
    def stderr(self) -> str:
        return self.err.decode("utf-8")

    @property
    def lines(self) -> List[str]:
        return self.stdout.splitlines()

    def assert_clean(self) -> None:
        """No crash, of flake8 or of a plugin, whatever was reported."""
        both = self.stdout + self.stderr
        assert "Traceback" not in both, both
        assert "PluginExecutionFailed" not in both, both
        assert self.stderr == "", both
        assert self.returncode in (0, 1), both

    def assert_reports(self, expected: Sequence[str]) -> None:
        """Exactly these output lines, nothing on stderr, exit 1 when anything was reported."""
        self.assert_clean()
        assert self.lines == list(expected), self.stdout
        assert self.returncode == (1 if expected else 0), self.stdout


class Command:
    """``python -m MODULE ARGS`` (or a program) in a directory, ``tmp_path`` unless told.

    Isolated from the developer: the environment is the suite's (result cache off) without the
    plugin's developer switches, and ``HOME`` is the parent of ``tmp_path``. flake8 looks for its
    config file from the working directory upwards and stops below ``HOME``: it finds the one a
    test wrote in ``tmp_path`` (or a directory under it) and never one above it (a stray
    ``/tmp/setup.cfg``, or a project's own when pytest's base temporary directory is inside it).
    ``PYTHONUSERBASE`` keeps the user's site-packages where they were, should flake8 be installed
    there.
    """

    def __init__(self, program: Sequence[str], tmp_path: Path) -> None:
        self.program = list(program)
        self.cwd = tmp_path
        self.env = {key: value for key, value in os.environ.items()
                    if key not in DEVELOPER_SWITCHES}
        self.env.update(HOME=str(tmp_path.parent), PYTHONIOENCODING="utf-8",
                        PYTHONUSERBASE=site.getuserbase())

    def __call__(self, *args: Union[str, Path], cwd: Optional[Path] = None,
                 stdin: Union[str, bytes, None] = None, env: Optional[Mapping[str, str]] = None,
                 timeout: float = 300) -> Ran:
        argv = [*self.program, *map(str, args)]
        data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        done = subprocess.run(argv, cwd=cwd or self.cwd, input=data, capture_output=True,
                              env={**self.env, **(env or {})}, timeout=timeout)
        return Ran(argv, done.returncode, done.stdout, done.stderr)


# --- the case corpus -----------------------------------------------------------------------------

CASES_DIR = Path(__file__).resolve().parent / "cases"
ALL_CASE_FILES = sorted(CASES_DIR.glob("*.py"))
OLDEST_PYTHON = (3, 9)

_REQUIRES = re.compile(r"#\s*requires-python:\s*(\d+)\.(\d+)\s*")


def requires_python(path: Path) -> Optional[Tuple[int, int]]:
    """The version the file's first line asks for, None when it asks for none."""
    with path.open(encoding="utf-8") as handle:
        first = handle.readline()
    match = _REQUIRES.fullmatch(first.rstrip("\r\n"))
    return (int(match.group(1)), int(match.group(2))) if match else None


def unparsable_here(path: Path) -> Optional[str]:
    """Why this Python cannot parse the file (a skip reason), None when it can."""
    required = requires_python(path)
    if required is None or sys.version_info[:2] >= required:
        return None
    running = ".".join(map(str, sys.version_info[:2]))
    return f"{path.name} is Python {required[0]}.{required[1]} syntax, this is {running}"


#: The case files this Python can parse.
CASE_FILES: List[Path] = [path for path in ALL_CASE_FILES if unparsable_here(path) is None]


def case_param(path: Path, *values: Any, id: str, interpreter_parses: bool = True) -> Any:
    """``pytest.param(path, *values)``, skipped (with the reason) when the test has the running
    interpreter parse the file and it cannot."""
    reason = unparsable_here(path) if interpreter_parses else None
    return pytest.param(path, *values, id=id,
                        marks=[pytest.mark.skip(reason=reason)] if reason else [])


def case_params(ids: str = "stem") -> List[Any]:
    """Every case file as a ``pytest.param``, those this Python cannot parse skipped."""
    return [case_param(path, id=getattr(path, ids)) for path in ALL_CASE_FILES]


def run_cli(args: Sequence[str], capsys: pytest.CaptureFixture[str]) -> Tuple[int, str, str]:
    """``flake8-httpstatus ARGS`` in-process: its exit code, stdout and stderr."""
    from flake8_httpstatus.fix import cli

    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def flake8_run(source: str, path: str, config: Any) -> List[Tuple[int, int, str]]:
    """What the plugin gives flake8 for ``source`` at ``path`` (in this process), with
    ``config`` as its options."""
    import ast

    from flake8_httpstatus.options import Config
    from flake8_httpstatus.plugin import HttpStatusChecker

    HttpStatusChecker.config = config
    try:
        found = HttpStatusChecker(ast.parse(source), source.splitlines(True), path).run()
        return [(line, col, text) for line, col, text, _ in found]
    finally:
        HttpStatusChecker.config = Config()


def count_opens(monkeypatch: pytest.MonkeyPatch, module: Any) -> List[str]:
    """The paths ``module`` opens from now on (through the builtin ``open``), in order."""
    import builtins

    opened: List[str] = []
    real_open = builtins.open

    def counting_open(file: object, *args: object, **kwargs: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(module, "open", counting_open, raising=False)
    return opened
