"""The project's own checks: types, lint, and the README in step with the tables it shows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from flake8_httpstatus.docs import options_table, rules_page, rules_table

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_strict_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_flake8_is_clean_on_our_own_code() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "flake8", "flake8_httpstatus", "tests", "benchmarks"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_readme_tables_come_from_the_tables() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert rules_table() in readme, "README rules table is stale: python -m flake8_httpstatus.docs"
    assert options_table() in readme, "README options table is stale: python -m flake8_httpstatus.docs"


def test_rules_page_comes_from_the_messages_table() -> None:
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == rules_page(), "docs/rules.md is stale: python -m flake8_httpstatus.docs --rules-page"


def test_the_plugin_imports_neither_the_fix_package_nor_libcst() -> None:
    """flake8 imports the plugin in every run: what it loads is start-up time for every user."""
    probe = ("import sys, flake8_httpstatus.plugin; "
             "print(sorted(m for m in sys.modules if m == 'libcst' or m.startswith("
             "('libcst.', 'flake8_httpstatus.fix'))))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
