"""The benchmark's ``editor-edit`` case: a save after a one-line edit, the result cache warm.

An editor runs flake8 on every save; between two saves the user changes a line or two. The case
gives every timed launch exactly that state: the plugin's result cache as the unchanged file left
it (filled once, copied afresh before each launch, so no launch finds what an earlier one
stored), and the file with one status statement changed -- ``assertEqual(response.status_code,
200)`` near the middle of the module becomes ``assertEqual(response.status_code, 404, "edited")``,
a text the module holds nowhere else, so nothing cached can stand for it. The file is restored
when the target ends (also on an error or an interrupt).

Stdlib only, Python >= 3.9.
"""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

#: The statement edited: its first copy past the middle of the file.
BEFORE = "self.assertEqual(response.status_code, 200)"
AFTER = 'self.assertEqual(response.status_code, 404, "edited")'


def edited(text: str) -> str:
    """``text`` with one status statement changed (the first ``BEFORE`` past the middle)."""
    if AFTER in text:
        raise ValueError(f"the file already holds {AFTER!r}: the edit would not be new")
    index = text.find(BEFORE, len(text) // 2)
    if index < 0:
        index = text.find(BEFORE)
    if index < 0:
        raise ValueError(f"the file holds no {BEFORE!r} to edit")
    return text[:index] + AFTER + text[index + len(BEFORE):]


@contextmanager
def edit_case(path: Path, template: Path, fill: Callable[[], object]) -> Iterator[None]:
    """Within: ``template`` holds the result cache the unchanged ``path`` leaves (``fill`` runs
    the plugin on it with the cache in ``template``) and ``path`` holds the edit."""
    original = path.read_bytes()
    shutil.rmtree(template, ignore_errors=True)
    fill()
    try:
        path.write_bytes(edited(original.decode("utf-8")).encode("utf-8"))
        yield
    finally:
        path.write_bytes(original)


def restore_cache(template: Path, store: Path) -> None:
    """``store`` as ``template``: the cache warm from the unchanged file, nothing from an edit."""
    shutil.rmtree(store, ignore_errors=True)
    shutil.copytree(template, store)
