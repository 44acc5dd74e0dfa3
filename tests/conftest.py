"""What every test shares.

* Hypothesis runs derandomized: CI must be repeatable. Explore new examples locally with
  ``HYPOTHESIS_PROFILE=explore``.
* The result cache is off: no test reads or fills the developer's cache (tests/test_cache.py
  points it elsewhere).
* ``slow``: every test that starts a process or runs Hypothesis carries the marker, so that
  ``pytest -m "not slow"`` is the in-process logic alone. This is checked, not hoped for: an unmarked
  test that starts a process fails, and so does collecting an unmarked Hypothesis test.
* The fixtures ``flake8``, ``httpstatus`` and ``python`` run ``python -m flake8``,
  ``python -m flake8_httpstatus`` and a fresh interpreter as a user does, in ``tmp_path`` and
  isolated from the developer's configuration (``Command`` in tests/helpers.py). Every test that
  runs flake8 or the fix command in a process goes through them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import List

import pytest
from hypothesis import settings

from tests.helpers import Command

os.environ["FLAKE8_HTTPSTATUS_CACHE_DIR"] = "off"

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


# --- the slow marker, kept honest ----------------------------------------------------------------

@pytest.hookimpl(tryfirst=True)  # before ``-m`` deselects: every collected test is looked at
def pytest_collection_modifyitems(items: List[pytest.Item]) -> None:
    unmarked = [item.nodeid for item in items
                if getattr(getattr(item, "obj", None), "is_hypothesis_test", False)
                and item.get_closest_marker("slow") is None]
    if unmarked:
        raise pytest.UsageError("Hypothesis tests must be marked slow (pytest.mark.slow): "
                                + ", ".join(unmarked))


@pytest.fixture(autouse=True)
def _in_process(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test not marked slow runs in-process: it cannot start a process (``subprocess`` in any
    form). When it has a ``tmp_path``, ``HOME`` is that directory's parent, so that the fix command
    it runs in-process there looks for flake8's config no higher than ``tmp_path``, as the real
    commands of the fixtures below do (tests/helpers.py, ``Command``)."""
    if request.node.get_closest_marker("slow") is not None:
        return

    def refuse(self: subprocess.Popen[bytes], args: object, *rest: object, **kwargs: object) -> None:
        raise AssertionError(f"{request.node.nodeid} starts a process ({args!r}): mark it "
                             "@pytest.mark.slow, or test the logic in-process")

    monkeypatch.setattr(subprocess.Popen, "_execute_child", refuse)
    if "tmp_path" in request.fixturenames:
        monkeypatch.setenv("HOME", str(request.getfixturevalue("tmp_path").parent))


# --- running the real commands (tests/helpers.py) ------------------------------------------------

@pytest.fixture
def flake8(tmp_path: Path) -> Command:
    """``flake8(*args, cwd=tmp_path, stdin=None, env=None)``: the real ``python -m flake8``."""
    return Command([sys.executable, "-m", "flake8"], tmp_path)


@pytest.fixture
def httpstatus(tmp_path: Path) -> Command:
    """``httpstatus(*args, ...)``: the real ``python -m flake8_httpstatus`` (the fix command)."""
    return Command([sys.executable, "-m", "flake8_httpstatus"], tmp_path)


@pytest.fixture
def python(tmp_path: Path) -> Command:
    """``python(*args, ...)``: a fresh interpreter, for what only a new process shows (what an
    import loads)."""
    return Command([sys.executable], tmp_path)
