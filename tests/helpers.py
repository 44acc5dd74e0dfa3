"""Small helpers shared by the tests: running the real flake8 on files the tests write."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Sequence


def run_flake8(args: Sequence[str], cwd: Path, stdin: str | None = None,
               env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m flake8 ARGS`` in ``cwd``, isolated from the developer's own configuration
    unless the test writes one."""
    return subprocess.run(
        [sys.executable, "-m", "flake8", *args], cwd=cwd, input=stdin, capture_output=True,
        text=True, env=env, timeout=120,
    )
