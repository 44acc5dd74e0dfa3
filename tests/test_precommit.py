"""The ``flake8-httpstatus-fix`` hook through the real pre-commit.

The hook repository is this project as it stands in the working tree: its files are committed into
a scratch git repository (pre-commit installs hooks from a git revision), and a scratch project
uses that repository at that revision in its ``.pre-commit-config.yaml``. pre-commit builds the
hook's virtualenv with pip, as it does for a user (this needs the package index, like any
``language: python`` hook). PRE_COMMIT_HOME points into tmp_path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, Sequence

import pytest
import yaml  # pre-commit's own dependency: pre-commit is in the test extra

from tests.helpers import ROOT

HOOK_FILES = ("pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE", ".pre-commit-hooks.yaml")

VIEW = "from flask import abort\n\n\ndef view():\n    abort(404)\n"
FIXED = "from http import HTTPStatus\n\nfrom flask import abort\n\n\ndef view():\n" \
        "    abort(HTTPStatus.NOT_FOUND)\n"


def git(args: Sequence[str], cwd: Path, env: Dict[str, str]) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=60, check=True)
    return done.stdout.strip()


@pytest.fixture
def fix_env(tmp_path: Path) -> Dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("GIT_", "PRE_COMMIT", "VIRTUAL_ENV"))}
    env.update({
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
    })
    return env


@pytest.fixture
def fix_hook_repo(tmp_path: Path, fix_env: Dict[str, str]) -> tuple[Path, str]:
    """This project's working tree committed into a scratch repository: (path, revision)."""
    repo = tmp_path / "hook-repo"
    repo.mkdir()
    for name in HOOK_FILES:
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, repo / name)
    shutil.copytree(ROOT / "flake8_httpstatus", repo / "flake8_httpstatus",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    git(["init", "-q", "-b", "main"], repo, fix_env)
    git(["add", "-A"], repo, fix_env)
    git(["commit", "-q", "-m", "hook"], repo, fix_env)
    return repo, git(["rev-parse", "HEAD"], repo, fix_env)


def pre_commit(args: Sequence[str], cwd: Path, env: Dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def test_the_hook_file_declares_the_hooks() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    by_id = {hook["id"]: hook for hook in hooks}
    fix = by_id["flake8-httpstatus-fix"]
    assert fix["entry"] == "flake8-httpstatus fix"
    assert fix["language"] == "python" and fix["types"] == ["python"]
    check = by_id["flake8-httpstatus-check"]
    assert check["entry"] == "flake8-httpstatus check"
    assert check["language"] == "python" and check["types"] == ["python"]


@pytest.mark.slow
def test_precommit_runs_the_fix_hook_from_this_repository(
        tmp_path: Path, fix_env: Dict[str, str], fix_hook_repo: tuple[Path, str]) -> None:
    hook_repo, revision = fix_hook_repo
    project = tmp_path / "project"
    project.mkdir()
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hook_repo}\n  rev: {revision}\n"
        "  hooks:\n  - id: flake8-httpstatus-fix\n", encoding="utf-8")
    (project / "views.py").write_text(VIEW, encoding="utf-8")
    (project / "notes.txt").write_text("abort(404)\n", encoding="utf-8")
    git(["init", "-q", "-b", "main"], project, fix_env)
    git(["add", "-A"], project, fix_env)

    first = pre_commit(["run", "--all-files"], project, fix_env)
    output = first.stdout + first.stderr
    assert first.returncode == 1, output
    assert "flake8-httpstatus fix" in output and "Failed" in output
    assert "files were modified by this hook" in output
    assert "rewrote 1 finding in 1 file" in output
    assert (project / "views.py").read_text(encoding="utf-8") == FIXED
    assert (project / "notes.txt").read_text(encoding="utf-8") == "abort(404)\n"

    git(["add", "-A"], project, fix_env)
    second = pre_commit(["run", "--all-files"], project, fix_env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout


@pytest.mark.slow
def test_precommit_runs_the_check_hook_with_pyproject_settings(
        tmp_path: Path, fix_env: Dict[str, str], fix_hook_repo: tuple[Path, str]) -> None:
    """The check hook reports (and fails) on the staged file, reads pyproject.toml's table, and
    passes once the file is clean."""
    hook_repo, revision = fix_hook_repo
    project = tmp_path / "project"
    project.mkdir()
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hook_repo}\n  rev: {revision}\n"
        "  hooks:\n  - id: flake8-httpstatus-check\n", encoding="utf-8")
    (project / "pyproject.toml").write_text('[tool.flake8-httpstatus]\nstyle = "drf"\n',
                                            encoding="utf-8")
    (project / "views.py").write_text(VIEW, encoding="utf-8")
    git(["init", "-q", "-b", "main"], project, fix_env)
    git(["add", "-A"], project, fix_env)

    first = pre_commit(["run", "--all-files"], project, fix_env)
    output = first.stdout + first.stderr
    assert first.returncode == 1, output
    assert "flake8-httpstatus check" in output and "Failed" in output
    assert "views.py:5:11: HTS001 404 (Not Found): use status.HTTP_404_NOT_FOUND" in output
    assert (project / "views.py").read_text(encoding="utf-8") == VIEW  # nothing written

    (project / "views.py").write_text(FIXED, encoding="utf-8")
    git(["add", "-A"], project, fix_env)
    second = pre_commit(["run", "--all-files"], project, fix_env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout
