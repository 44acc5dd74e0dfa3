"""Are the catalogue's version facts true? Each framework release it names, read from its sdist.

    python benchmarks/check_versions.py

Downloads (once, into benchmarks/.cache/ like sweep.py) the sdists of the djangorestframework and
starlette releases that ``catalogue_data`` names, reads the names their ``status`` module defines
(assignments and, from Starlette 0.48, the deprecated names its ``__getattr__`` serves), and
checks every catalogued name: present in every release from its ``since`` on, absent before. For
FastAPI, whose ``status`` module is Starlette's, it reads the Starlette requirement of the FastAPI
releases named in ``FASTAPI_SINCE`` and checks that each one's oldest allowed Starlette has the
names. Prints one line per release and every disagreement; exit 1 if there is one. Stdlib only
(plus this checkout, for the catalogue).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Dict, List, Set, Tuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _common import CACHE_DIR, BenchError, sdist_tree  # noqa: E402

from flake8_httpstatus import catalogue_data as data  # noqa: E402
from flake8_httpstatus.catalogue import CATALOGUE  # noqa: E402

Version = Tuple[int, ...]

#: The releases the catalogue's comments say its facts were checked against.
RELEASES: Dict[str, Tuple[str, ...]] = {
    "djangorestframework": ("3.0.0", "3.3.0", "3.4.0", "3.5.0", "3.9.4", "3.10.0", "3.11.0",
                            "3.13.1", "3.14.0", "3.18.3"),
    "starlette": ("0.13.0", "0.14.0", "0.14.1", "0.14.2", "0.47.3", "0.48.0", "1.10.0"),
}
STATUS_MODULES = {"djangorestframework": "rest_framework/status.py",
                  "starlette": "starlette/status.py"}
STYLES = {"djangorestframework": "drf", "starlette": "starlette"}


def version(text: str) -> Version:
    return tuple(int(n) for n in re.findall(r"\d+", text)[:3])


def defined_names(source: str) -> Set[str]:
    """``HTTP_*`` names a status module defines, its deprecated ``__getattr__`` names included."""
    names: Set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names.add(node.value)  # keys of a deprecation table
    return {n for n in names if re.fullmatch(r"HTTP_\d{3}_[A-Z0-9_]+", n)}


def catalogued(style: str) -> Dict[str, Version]:
    """Every name of a style with the release that added it (() for "always")."""
    return {c.name: c.since or () for status in CATALOGUE.values()
            for c in status.constants[style]}


def check_release(distribution: str, release: str) -> List[str]:
    tree = sdist_tree(distribution, release)
    source = (tree / STATUS_MODULES[distribution]).read_text(encoding="utf-8")
    found = defined_names(source)
    problems = []
    for name, since in catalogued(STYLES[distribution]).items():
        expected = since <= version(release)
        if expected and name not in found:
            problems.append(f"{distribution} {release}: {name} is catalogued since "
                            f"{'.'.join(map(str, since)) or 'always'} but is not defined")
        if not expected and name in found:
            problems.append(f"{distribution} {release}: {name} is defined, but catalogued only "
                            f"from {'.'.join(map(str, since))}")
    print(f"{distribution} {release}: {len(found)} names, {len(problems)} disagreements")
    return problems


def starlette_floor(release: str) -> Version:
    """The oldest Starlette a FastAPI release allows, from its wheel's metadata (old FastAPI sdists
    no longer build with today's flit)."""
    folder = CACHE_DIR / "wheels" / f"fastapi-{release}"
    wheels = sorted(folder.glob("*.whl")) if folder.is_dir() else []
    if not wheels:
        folder.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps",
                               "--only-binary", ":all:", "--disable-pip-version-check", "-d",
                               str(folder), f"fastapi=={release}"], capture_output=True, text=True)
        wheels = sorted(folder.glob("*.whl"))
        if done.returncode or not wheels:
            raise BenchError(f"downloading the fastapi {release} wheel failed: {done.stderr[-300:]}")
    with zipfile.ZipFile(wheels[0]) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(name).decode("utf-8")
    match = re.search(r"^Requires-Dist: starlette\b[^\n]*?(?:==|>=|~=)\s*([\d.]+)", metadata, re.M)
    if match is None:
        raise BenchError(f"fastapi {release}: no starlette requirement in its metadata")
    return version(match.group(1))


def check_fastapi() -> List[str]:
    problems = []
    for release in sorted({".".join(map(str, v)) for v in data.FASTAPI_SINCE.values()}):
        floor = starlette_floor(release)
        missing = [name for name, since in data.FASTAPI_SINCE.items()
                   if ".".join(map(str, since)) == release
                   and data.STARLETTE_SINCE.get(name, ()) > floor]
        print(f"fastapi {release}: allows starlette >= {'.'.join(map(str, floor))}; "
              f"{len(missing)} of its names missing there")
        problems += [f"fastapi {release}: {name} is catalogued from this release, but the oldest "
                     f"Starlette it allows ({'.'.join(map(str, floor))}) lacks it"
                     for name in missing]
    return problems


def main() -> int:
    problems: List[str] = []
    try:
        for distribution, releases in RELEASES.items():
            for release in releases:
                problems += check_release(distribution, release)
        problems += check_fastapi()
    except BenchError as exc:
        print(f"check_versions: {exc}", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"DISAGREES: {problem}")
    print(f"{len(problems)} disagreements")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
