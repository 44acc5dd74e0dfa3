"""Shared helpers for the benchmark scripts: cached sdists and cached virtualenvs.

Stdlib only, Python >= 3.9.  Everything lives under one cache directory
(default ``benchmarks/.cache/``, git-ignored); nothing is downloaded twice.
Downloads go through ``python -m pip download`` only, so no host name is
written here: pip's own configuration decides where packages come from.

Public API (kept deliberately small; ``run.py`` and ``sweep.py`` use it):

``CACHE_DIR``
    Default cache directory (``benchmarks/.cache``).
``BenchError``
    Raised for every expected failure (download, unpack, venv, install).
    Its message is meant to be printed as is, without a traceback.
``sdist_tree(name, version, sha256=None, cache_dir=CACHE_DIR, python=None) -> Path``
    Download (once) and unpack (once) the sdist ``name==version``; returns the
    unpacked top-level directory, e.g. ``.cache/src/django-5.2.8/django-5.2.8``.
    With ``sha256`` the archive is checked (pip ``--require-hashes``).
``fetch_sdist(...)`` / ``unpack_sdist(archive, cache_dir)``
    The two halves of ``sdist_tree``.
``ensure_venv(dest, requirements, constraints=(), project=None, python=None) -> Path``
    Create (or reuse) a virtualenv at ``dest`` with ``requirements`` installed;
    with ``project`` (a source tree with a pyproject.toml) also install that
    project, non-editable, from a throw-away copy (so the source tree is never
    written to).  The venv is rebuilt when the interpreter, requirements or
    constraints change; the project is reinstalled when the hash of its
    pyproject.toml / setup.* / package files changes (see ``project_hash``).
    Returns ``dest``; executables are in ``venv_bin(dest)``.
``venv_bin(venv) -> Path`` and ``project_hash(root) -> str``
    Small helpers for the above.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path
from typing import Dict, Iterable, Optional, Sequence, Union

__all__ = [
    "CACHE_DIR",
    "BenchError",
    "sdist_tree",
    "fetch_sdist",
    "unpack_sdist",
    "ensure_venv",
    "venv_bin",
    "project_hash",
]

CACHE_DIR = Path(__file__).resolve().parent / ".cache"

# Directories never copied from the project tree when installing it.
_COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "venv", ".cache", ".tox", ".nox", "build", "dist",
    "*.egg-info", "__pycache__", "*.pyc", ".pytest_cache", ".mypy_cache",
    ".hypothesis", "node_modules",
)


class BenchError(Exception):
    """An expected failure; print ``str(exc)`` and stop, no traceback."""


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _run_quiet(cmd: Sequence[Union[str, Path]], what: str,
               env: Optional[Dict[str, str]] = None,
               cwd: Optional[Path] = None) -> str:
    """Run ``cmd``; on failure raise BenchError with the tail of its output."""
    proc = subprocess.run(
        [str(c) for c in cmd], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, env=env, cwd=None if cwd is None else str(cwd),
    )
    if proc.returncode != 0:
        lines = [ln for ln in proc.stdout.splitlines()
                 if not ln.startswith("WARNING: Location ")]
        tail = "\n".join("    " + ln for ln in lines[-25:])
        raise BenchError(
            f"{what} failed (exit {proc.returncode}).\n"
            f"  command: {' '.join(str(c) for c in cmd)}\n"
            f"  last output lines:\n{tail}"
        )
    return proc.stdout


# --------------------------------------------------------------------- sdists

def fetch_sdist(name: str, version: str, sha256: Optional[str] = None,
                cache_dir: Path = CACHE_DIR, python: Optional[str] = None) -> Path:
    """Return the path of the cached sdist archive of ``name==version``.

    Downloaded once with ``python -m pip download --no-deps --no-binary :all:``
    into ``cache_dir/sdists/<name>-<version>/``.  ``python`` is the interpreter
    whose pip is used (default: the running one).
    """
    dest = Path(cache_dir) / "sdists" / f"{_normalize(name)}-{version}"
    found = _archive_in(dest)
    if found is not None:
        if sha256 and _sha256(found) != sha256.lower():
            raise BenchError(f"cached {found} does not match the pinned sha256 "
                             f"{sha256}; delete it to download again")
        return found
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".dl-", dir=dest.parent))
    try:
        cmd = [python or sys.executable, "-m", "pip", "download", "--no-deps",
               "--no-binary", ":all:", "--disable-pip-version-check",
               "-d", str(tmp)]
        if sha256:
            req = tmp / "requirement.txt"
            req.write_text(f"{name}=={version} --hash=sha256:{sha256}\n")
            cmd += ["--require-hashes", "-r", str(req)]
        else:
            cmd.append(f"{name}=={version}")
        print(f"[cache] downloading sdist {name}=={version} ...", flush=True)
        _run_quiet(cmd, f"downloading the sdist {name}=={version}")
        archive = _archive_in(tmp)
        if archive is None:
            raise BenchError(f"pip download of {name}=={version} produced no sdist in {tmp}")
        for extra in tmp.iterdir():
            if extra != archive:
                extra.unlink()
        _replace_dir(tmp, dest)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    found = _archive_in(dest)
    assert found is not None
    return found


def _replace_dir(tmp: Path, dest: Path) -> None:
    """Move the finished ``tmp`` to ``dest``; if a concurrent run got there
    first (``dest`` now exists), keep theirs."""
    try:
        os.replace(tmp, dest)
    except OSError:
        if not dest.is_dir():
            raise


def _archive_in(folder: Path) -> Optional[Path]:
    if not folder.is_dir():
        return None
    for p in sorted(folder.iterdir()):
        if p.name.endswith((".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip")):
            return p
    return None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def unpack_sdist(archive: Path, cache_dir: Path = CACHE_DIR) -> Path:
    """Unpack ``archive`` once under ``cache_dir/src/`` and return its top directory.

    The unpacking is atomic (temp dir then rename) and refuses members that
    would land outside the target (absolute paths, ``..``, links out).
    """
    archive = Path(archive)
    stem = re.sub(r"\.(tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$", "", archive.name)
    dest = Path(cache_dir) / "src" / stem
    if not (dest / ".complete").exists():
        if dest.exists():
            shutil.rmtree(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".unpack-", dir=dest.parent))
        try:
            print(f"[cache] unpacking {archive.name} ...", flush=True)
            _extract(archive, tmp)
            (tmp / ".complete").write_text(archive.name + "\n")
            _replace_dir(tmp, dest)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
    tops = [p for p in dest.iterdir() if p.is_dir()]
    if len(tops) == 1:
        return tops[0]
    return dest


def _extract(archive: Path, target: Path) -> None:
    root = target.resolve()

    def check(name: str) -> None:
        p = (root / name).resolve()
        if os.path.isabs(name) or (p != root and root not in p.parents):
            raise BenchError(f"{archive.name}: unsafe member path {name!r}")

    if archive.name.endswith(".zip"):
        with zipfile.ZipFile(archive) as zf:
            for n in zf.namelist():
                check(n)
            zf.extractall(target)
        return
    with tarfile.open(archive) as tf:
        if hasattr(tarfile, "data_filter"):  # 3.9.17+/3.10.12+/3.11.4+
            try:
                tf.extractall(target, filter="data")
            except tarfile.FilterError as exc:
                raise BenchError(f"{archive.name}: refused to unpack: {exc}") from None
            return
        members = []
        for m in tf.getmembers():
            check(m.name)
            if m.issym() or m.islnk():
                check(os.path.join(os.path.dirname(m.name), m.linkname))
            if m.isdev():
                continue
            members.append(m)
        tf.extractall(target, members=members)


def sdist_tree(name: str, version: str, sha256: Optional[str] = None,
               cache_dir: Path = CACHE_DIR, python: Optional[str] = None) -> Path:
    """Download and unpack ``name==version`` (both cached); return the source tree."""
    return unpack_sdist(fetch_sdist(name, version, sha256, cache_dir, python), cache_dir)


# ---------------------------------------------------------------------- venvs

def venv_bin(venv: Path) -> Path:
    """The directory holding the venv's executables."""
    return Path(venv) / ("Scripts" if os.name == "nt" else "bin")


def project_hash(root: Path, package_dirs: Iterable[str] = ()) -> str:
    """Hash of what decides the installed project: pyproject.toml, setup.cfg,
    setup.py, MANIFEST.in and every file under ``package_dirs`` (default: every
    top-level directory holding an ``__init__.py``), ``__pycache__`` excluded."""
    root = Path(root)
    h = hashlib.sha256()
    files = [root / n for n in ("pyproject.toml", "setup.cfg", "setup.py", "MANIFEST.in")]
    dirs = list(package_dirs) or sorted(
        p.name for p in root.iterdir() if (p / "__init__.py").is_file())
    for d in dirs:
        for p in sorted((root / d).rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc":
                files.append(p)
    for f in files:
        if f.is_file():
            h.update(str(f.relative_to(root)).encode() + b"\0")
            h.update(f.read_bytes() + b"\0")
    return h.hexdigest()


def ensure_venv(dest: Path, requirements: Sequence[str],
                constraints: Sequence[str] = (), project: Optional[Path] = None,
                python: Optional[str] = None, force_project: bool = False) -> Path:
    """Create or reuse the virtualenv ``dest``; see the module docstring.

    ``requirements`` and ``constraints`` are pip requirement strings (e.g.
    ``"flake8==7.5.0"``).  ``project`` is installed after them, with its
    dependencies, under the same constraints.
    """
    dest = Path(dest)
    python = python or sys.executable
    stamp_file = dest / "bench-stamp.json"
    base_key = {
        "python": os.path.realpath(python),
        "python_version": _run_quiet([python, "-c", "import sys; print(sys.version)"],
                                     "querying the interpreter").strip(),
        "requirements": list(requirements),
        "constraints": list(constraints),
    }
    stamp = {}
    if stamp_file.is_file():
        try:
            stamp = json.loads(stamp_file.read_text())
        except ValueError:
            stamp = {}
    bindir = venv_bin(dest)
    vpy = bindir / ("python.exe" if os.name == "nt" else "python")
    cons_file = dest / "bench-constraints.txt"
    if stamp.get("base") != base_key or not vpy.exists():
        print(f"[cache] building virtualenv {dest} ...", flush=True)
        if dest.exists():
            if not ((dest / "pyvenv.cfg").exists() or stamp_file.exists()):
                raise BenchError(f"{dest} exists and is not a virtualenv; not deleting it")
            shutil.rmtree(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        _run_quiet([python, "-m", "venv", str(dest)], f"creating the virtualenv {dest}")
        cons_file.write_text("".join(c + "\n" for c in constraints))
        if requirements:
            _run_quiet([vpy, "-m", "pip", "install", "--disable-pip-version-check",
                        "-c", cons_file, *requirements],
                       f"installing {' '.join(requirements)} into {dest}")
        stamp = {"base": base_key}
        stamp_file.write_text(json.dumps(stamp, indent=1))
    if project is not None:
        proj_key = project_hash(Path(project))
        if force_project or stamp.get("project") != proj_key:
            print(f"[cache] installing {project} into {dest} ...", flush=True)
            stamp.pop("project", None)
            stamp_file.write_text(json.dumps(stamp, indent=1))
            with tempfile.TemporaryDirectory(prefix=".proj-", dir=dest) as tmp:
                copy = Path(tmp) / Path(project).resolve().name
                shutil.copytree(project, copy, ignore=_COPY_IGNORE, symlinks=True)
                _run_quiet([vpy, "-m", "pip", "install", "--disable-pip-version-check",
                            "-c", cons_file, str(copy)],
                           f"installing the project {project} into {dest}")
            stamp["project"] = proj_key
            stamp_file.write_text(json.dumps(stamp, indent=1))
    return dest
