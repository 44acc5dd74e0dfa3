"""What ``--httpstatus-style=auto`` stands for in a module that binds no constants itself: the
style its package writes.

Deciding per module gave one ``fix`` run three styles: in a DRF project a test module that imports
no constants got ``HTTPStatus.NOT_FOUND`` while the views beside it write
``status.HTTP_404_NOT_FOUND``. So a module that binds none takes the style its neighbours write:
the modules of its own directory and, where they write none, those of the enclosing packages
(up to the top-level package: a directory without ``__init__.py``, or one holding a project's
root marker, is not climbed out of; ``MAX_LEVELS`` directories at most). Each neighbour that binds
a style casts one vote, for the style ``auto`` keeps in it (``styles.kept_style``: the one it
binds, or of two the one it names most); the most votes win. A tie, or no vote, leaves the
module's own rule (``styles.module_style``: its framework's documented constants, else
``HTTPStatus``). A module that binds a style keeps
deciding for itself: its own imports win over any convention.

A framework's constants are taken from a neighbour only because the neighbour imports them: the
package's project has that framework, so the module can import them too.

Cost: flake8 runs on every file, so the neighbours are read only for a module with candidate
statements that binds no style (``prefilter.scan``, past the text gate), and never parsed: a
neighbour is searched for its owners' names first, and only one that spells one has its import
lines read by regular expressions. Each directory's votes are kept for the process, keyed on its
``.py`` files' names, sizes and modification times (one ``scandir`` and a ``stat`` per file each
time a module asks): a long-lived process (the editor's server) sees a neighbour's edit, a
short one reads each directory once.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from typing import Dict, Iterator, List, NamedTuple, Optional, Tuple

from flake8_httpstatus.filecache import MAX_LEVELS, UNKNOWN_PATHS, listing
from flake8_httpstatus.imports import ImportMap, from_import_bindings, import_bindings
from flake8_httpstatus.styles import (
    FRAMEWORKS,
    INT_FRAMEWORKS,
    STDLIB,
    ModuleStyle,
    bindings,
    bound_styles,
    module_style,
    kept_style,
)

#: A directory's first modules (by name) that vote, and the largest file read (bytes): a
#: generated module of megabytes votes for nothing anyone wrote.
MAX_FILES = 200
MAX_BYTES = 1 << 20

#: Words one of which a module that writes a style spells: its owner's names.
_OWNER_WORDS = (STDLIB.name, *(FRAMEWORKS[style].path.split(".", 1)[0]
                               for style in INT_FRAMEWORKS))
#: ``import a.b as c, d`` and ``from a.b import (c as d, e)`` at the start of a line (the rest of
#: the statement: up to a comment, ``;`` or the line's end, over backslash continuations).
_REST = r"(?:[^\n\\#;]|\\\r?\n)+"
_IMPORT = re.compile(r"^[ \t]*import[ \t]+(%s)" % _REST, re.MULTILINE)
_FROM = re.compile(r"^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]*(\([^)]*\)|%s)" % _REST,
                   re.MULTILINE)
_COMMENT = re.compile(r"#[^\n]*")


def _names(text: str) -> Iterator[Tuple[str, Optional[str]]]:
    """``a.b as c, d`` -> ("a.b", "c"), ("d", None); anything else is skipped."""
    for item in _COMMENT.sub("", text).replace("\\", " ").strip("() \t\r\n").split(","):
        parts = item.split()
        if len(parts) == 1:
            yield parts[0], None
        elif len(parts) == 3 and parts[1] == "as":
            yield parts[0], parts[2]


def text_imports(text: str) -> ImportMap:
    """The import map of a module read off its text by regular expressions: what its import
    statements bind, as ``imports.ast_bindings`` reads them (no relative or star import). Not a
    parse: an import in a string counts too, which a vote can bear."""
    found: ImportMap = {}
    for match in _IMPORT.finditer(text):
        found.update(import_bindings(module, alias) for module, alias in _names(match.group(1)))
    for match in _FROM.finditer(text):
        module = match.group(1)
        if not module.startswith("."):
            found.update(from_import_bindings(module, _names(match.group(2))))
    return found


def vote(text: str) -> Optional[str]:
    """The style a neighbour's ``text`` votes for (``styles.kept_style``), or None."""
    if not any(word in text for word in _OWNER_WORDS):
        return None
    return kept_style(text_imports(text), text)


class _Listing(NamedTuple):
    """A directory's ``.py`` files (name, size, mtime), and whether it is a package and a
    project's root."""

    files: Tuple[Tuple[str, int, int], ...]
    package: bool
    root: bool


def _listing(directory: str) -> Optional[_Listing]:
    """``filecache.listing`` (the result cache keys its entries on the same listing), its first
    ``MAX_FILES`` modules."""
    found = listing(directory)
    if found is None:
        return None
    files, package, root = found
    return _Listing(tuple((name, size, mtime) for name, size, mtime in files[:MAX_FILES]),
                    package, root)


def _read_vote(path: str, size: int) -> Optional[str]:
    if size > MAX_BYTES:
        return None
    try:
        with open(path, "rb") as file:
            return vote(file.read().decode("utf-8", "replace"))
    except OSError:
        return None


#: Directory -> (its listing when read, each voting module's name -> its style).
_VOTES: Dict[str, Tuple[_Listing, Dict[str, str]]] = {}


def _votes(directory: str, listing: _Listing) -> Dict[str, str]:
    """The styles the directory's modules write (module name -> style; the silent left out),
    read again only when its listing changed."""
    cached = _VOTES.get(directory)
    if cached is not None and cached[0] == listing:
        return cached[1]
    votes = {}
    for name, size, _ in listing.files:
        style = _read_vote(os.path.join(directory, name), size)
        if style is not None:
            votes[name] = style
    _VOTES[directory] = (listing, votes)
    return votes


def _majority(styles: List[str]) -> Optional[str]:
    """The style with the most votes; None on a tie."""
    counted = Counter(styles).most_common(2)
    if len(counted) > 1 and counted[0][1] == counted[1][1]:
        return None
    return counted[0][0]


def convention(path: str) -> Optional[str]:
    """The style of int constants the package around the module at ``path`` writes: its
    directory's other modules' majority, else the nearest enclosing package's with a vote;
    None where nobody votes, the nearest votes tie, or ``path`` names no file."""
    if path in UNKNOWN_PATHS:
        return None
    module = os.path.abspath(path)
    directory, own = os.path.split(module)
    for level in range(MAX_LEVELS):
        listing = _listing(directory)
        if listing is None or level and not listing.package:
            return None
        styles = [style for name, style in _votes(directory, listing).items()
                  if level or name != own]
        if styles:
            return _majority(styles)
        parent = os.path.dirname(directory)
        if not listing.package or listing.root or parent == directory:
            return None
        directory = parent
    return None


def auto_style(imports: ImportMap, text: str, path: str) -> ModuleStyle:
    """What ``auto`` stands for in the module (``text``, found at ``path``): its own style
    (``styles.module_style``) where it binds one, else its package's convention where there is
    one, else its own rule."""
    own = module_style(imports, text)
    if path in UNKNOWN_PATHS or bound_styles(imports, bindings(imports)):
        return own
    package = convention(path)
    return own if package is None else own._replace(int_style=package)
