"""The project's own checks: types, lint, and the README and docs in step with the tables they show."""

from __future__ import annotations

import pytest

from flake8_httpstatus.docs import PAGES, options_table, packages_line, rules_table
from tests.helpers import ROOT, Command


@pytest.mark.slow
def test_mypy_strict_is_clean(python: Command) -> None:
    result = python("-m", "mypy", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_flake8_is_clean_on_our_own_code(flake8: Command) -> None:
    result = flake8("flake8_httpstatus", "tests", "benchmarks", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_readme_lists_the_packages_of_the_tables() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert packages_line() in readme, "README packages line is stale: docs.packages_line()"


def test_readme_tables_come_from_the_tables() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert rules_table() in readme, "README rules table is stale: python -m flake8_httpstatus.docs"
    assert options_table() in readme, "README options table is stale: python -m flake8_httpstatus.docs"


@pytest.mark.parametrize("name", ["startup_tables.py"])
def test_the_modules_written_out_are_the_tables(name: str) -> None:
    """``startup_tables.py`` is what ``docs.startup_module`` makes of the rules and styles
    (every flake8 run reads it so as not to import them)."""
    from flake8_httpstatus.docs import WRITTEN

    written = (ROOT / "flake8_httpstatus" / name).read_text(encoding="utf-8")
    assert written == WRITTEN[name](), f"{name} is stale: python -m flake8_httpstatus.docs --write"


def test_the_gate_words_written_out_are_the_tables() -> None:
    """``gate_words.py`` is what ``words.trigger_words`` makes of the tables (the plugin's gate
    reads it so as not to import them)."""
    from flake8_httpstatus.words import gate_module

    written = (ROOT / "flake8_httpstatus" / "gate_words.py").read_text(encoding="utf-8")
    assert written == gate_module(), "gate_words.py is stale: python -m flake8_httpstatus.docs --write"


@pytest.mark.parametrize("name", sorted(PAGES))
def test_docs_pages_come_from_the_tables(name: str) -> None:
    page = (ROOT / "docs" / name).read_text(encoding="utf-8")
    assert page == PAGES[name](), f"docs/{name} is stale: python -m flake8_httpstatus.docs --write"
