"""One ``Style`` row per style of named status constants (``http.HTTPStatus``, DRF's ``status``,
``falcon.HTTP_404`` ...): its owners, how the catalogue finds its names, which release decides
which names exist, whether its constants are status lines, whether ``auto`` may choose it, and its
title in the docs. Every other table of styles is derived from ``STYLES`` here.

Adding a style is a row here and, where its names are not another style's, their facts in
``catalogue_data.py``. Plain classes, no import of the catalogue: flake8 imports this module (through
``positions``) in every run.
"""

from __future__ import annotations

#: The ``distribution`` of the standard library's style: the Python the code targets
#: (``--httpstatus-target-version``) decides which names exist, not a package's version.
PYTHON = "python"


class ConstantOwner:
    """What named status constants are attributes of (``http.HTTPStatus``, DRF's ``status``).

    ``style`` is the catalogue style their names follow; ``canonical`` is the same object's
    usual import path (``http.client.HTTPStatus`` is ``http.HTTPStatus``); ``suggested``: the
    checker may suggest, and ``fix`` import, this owner's constants; ``distribution``: the
    package whose version decides which names exist (none for the standard library).
    """

    __slots__ = ("path", "style", "canonical", "suggested", "distribution", "module", "name",
                 "names_imported")

    def __init__(self, path: str, style: str, canonical: str, suggested: bool = False,
                 distribution: str = "", names_imported: bool = False) -> None:
        self.path = path
        self.style = style
        self.canonical = canonical
        self.suggested = suggested
        self.distribution = distribution
        #: Code imports its constants by name (``from litestar.status_codes import
        #: HTTP_200_OK``), as the framework documents, not the owner (``status.HTTP_200_OK``).
        self.names_imported = names_imported
        #: ``from MODULE import NAME`` imports the owner.
        self.module, _, self.name = path.rpartition(".")

    def __repr__(self) -> str:
        return f"ConstantOwner({self.path!r}, {self.style!r})"


class Names:
    """How the catalogue finds a style's names in ``catalogue_data`` (its attributes, named by
    string so that this module need not import them).

    ``column``: the field of a catalogue row that lists them (``Row.starlette``), or ``pattern``
    formatted with the code (``HTTP_{code}``) for every code but those ``absent``; ``before``:
    only the names that table (``STARLETTE_SINCE``) dates before that release (Litestar kept
    Starlette's names of 0.47); ``since``: the table of the release that added each name;
    ``deprecated``: the set of names the style discourages; ``also``: each name is spelt in
    ``"upper"`` or ``"lower"`` case too (``requests.codes.TEAPOT``, ``httpx.codes.not_found``);
    ``aliases``: a table of other names (recognised, never suggested).
    """

    __slots__ = ("column", "pattern", "absent", "before", "since", "deprecated", "also",
                 "aliases")

    def __init__(self, column: str = "", pattern: str = "", absent: frozenset[int] = frozenset(),
                 before: tuple[str, tuple[int, ...]] | None = None, since: str = "",
                 deprecated: str = "", also: str = "", aliases: str = "") -> None:
        self.column = column
        self.pattern = pattern
        self.absent = absent
        self.before = before
        self.since = since
        self.deprecated = deprecated
        self.also = also
        self.aliases = aliases


class Style:
    """A style of named status constants.

    ``paths``: its owners, the canonical one first (the one suggested, where ``suggested``);
    ``names``: how the catalogue finds its names; ``distribution``: the package whose version
    decides which names exist (``--httpstatus-min-versions``; ``PYTHON`` for the standard
    library, "" for none known); ``reexports``: the style whose module this one re-exports
    (``fastapi.status`` is Starlette's): that package's installed version decides, and a version
    given for it serves; ``auto``: its rank where ``--httpstatus-style=auto`` chooses a
    framework's constants for a module importing the framework (None: never chosen so);
    ``status_line``: its constants are status lines ("404 Not Found"), suggested only where a
    line stands, titling errors with the line from ``line_titles_since``, with the codes of
    ``other_phrase`` (a ``catalogue_data`` table) written with another phrase for an
    ``HTTPStatus`` member; ``title``: its column's title in ``docs/codes.md``.
    """

    __slots__ = ("name", "owners", "names", "distribution", "reexports", "auto", "status_line",
                 "line_titles_since", "other_phrase", "title")

    def __init__(self, name: str, paths: tuple[str, ...], names: Names, title: str = "",
                 distribution: str = "", suggested: bool = True, names_imported: bool = False,
                 reexports: str = "", auto: int | None = None, status_line: bool = False,
                 line_titles_since: tuple[int, ...] = (), other_phrase: str = "") -> None:
        self.name = name
        self.owners = tuple(
            ConstantOwner(path, name, paths[0], suggested and path == paths[0],
                          "" if distribution == PYTHON else distribution, names_imported)
            for path in paths)
        self.names = names
        self.distribution = distribution
        self.reexports = reexports
        self.auto = auto
        self.status_line = status_line
        self.line_titles_since = line_titles_since
        self.other_phrase = other_phrase
        self.title = title

    def __repr__(self) -> str:
        return f"Style({self.name!r})"


STYLES: tuple[Style, ...] = (
    Style("stdlib", ("http.HTTPStatus", "http.client.HTTPStatus"),
          Names("stdlib", since="STDLIB_SINCE"), "`http.HTTPStatus`", PYTHON),
    Style("drf", ("rest_framework.status",), Names("drf", since="DRF_SINCE"), "DRF `status`",
          "djangorestframework", auto=1),
    Style("starlette", ("starlette.status",),
          Names("starlette", since="STARLETTE_SINCE", deprecated="STARLETTE_DEPRECATED"),
          "Starlette `status`", "starlette", auto=3),
    Style("fastapi", ("fastapi.status",),
          Names("starlette", since="FASTAPI_SINCE", deprecated="STARLETTE_DEPRECATED"),
          "FastAPI `status`", "fastapi", reexports="starlette", auto=2),
    # litestar.status_codes: Starlette's names before 0.48, unchanged since Litestar 2.0
    Style("litestar", ("litestar.status_codes",),
          Names("starlette", before=("STARLETTE_SINCE", (0, 48))), "Litestar `status_codes`",
          "litestar", names_imported=True, auto=4),
    # falcon.HTTP_404: the package itself is their owner; a status line, none for 306
    Style("falcon", ("falcon", "falcon.status_codes"),
          Names(pattern="HTTP_{code}", absent=frozenset({306}), since="FALCON_SINCE",
                aliases="FALCON_ALIASES"),
          "Falcon (status lines)", "falcon", status_line=True, line_titles_since=(4, 0),
          other_phrase="FALCON_OTHER_PHRASE"),
    Style("requests", ("requests.codes", "requests.status_codes.codes"),
          Names("requests", since="REQUESTS_SINCE", also="upper"), suggested=False),
    # httpx.codes: an IntEnum whose str() is the number on every Python; HTTPStatus's names
    # before 3.13, and each in lower case (a plain int); offered, never chosen by auto
    Style("httpx", ("httpx.codes",),
          Names("stdlib", before=("STDLIB_SINCE", (3, 13)), since="HTTPX_SINCE", also="lower"),
          "httpx `codes`", "httpx"),
)

#: Style name -> its row.
BY_NAME: dict[str, Style] = {style.name: style for style in STYLES}
#: The standard library's style (``http.HTTPStatus``), the one suggested where no other is.
STANDARD: Style = next(style for style in STYLES if style.distribution == PYTHON)

#: Every owner of named constants. A module can only name one after importing from one of these,
#: which the prefilter relies on.
OWNERS: tuple[ConstantOwner, ...] = tuple(owner for style in STYLES for owner in style.owners)

#: Qualified owner -> the catalogue style of its names.
CONSTANT_OWNERS: dict[str, str] = {owner.path: owner.style for owner in OWNERS}

#: The owners that are modules or classes of constants only: importing one is no sign of HTTP
#: code, as ``fix`` adds such imports. (A framework that owns its constants, ``falcon``, is.)
CONSTANT_MODULES: frozenset[str] = frozenset(owner.path for owner in OWNERS if "." in owner.path)

#: Styles whose constants are status lines (``falcon.HTTP_404`` is "404 Not Found"): suggested
#: only where the position takes a line (``Site.takes_line``), in a module of that framework --
#: there always under ``auto``, as the framework documents them (an int compared beside them
#: takes another style's constant, so a count of uses would tip with each rewrite).
LINE_STYLES: frozenset[str] = frozenset(style.name for style in STYLES if style.status_line)
#: The release from which such a framework titles an error built without a title with the status
#: line (Falcon 4.0's ``HTTPError``; Falcon 3 titled it with the status as given, so
#: ``HTTPError(404)`` sent ``{"title": 404}``).
LINE_TITLES_SINCE: dict[str, tuple[int, ...]] = {
    style.name: style.line_titles_since for style in STYLES if style.line_titles_since}

#: Style -> the owner whose constants are suggested in that style.
SUGGESTED_OWNERS: dict[str, ConstantOwner] = {
    owner.style: owner for owner in OWNERS if owner.suggested
}

#: Distribution -> the style whose names its version decides (``--httpstatus-min-versions``).
DISTRIBUTIONS: dict[str, str] = {
    style.distribution: style.name for style in STYLES
    if style.distribution and style.distribution != PYTHON
}

#: ``--httpstatus-style=auto``: in a module that imports one of these frameworks (and no
#: framework's ``status``), its constants, the first that applies (FastAPI code imports from
#: Starlette too, and documents ``from fastapi import status``).
AUTO_STYLES: tuple[str, ...] = tuple(
    style.name for style in sorted((s for s in STYLES if s.auto is not None),
                                   key=lambda s: s.auto or 0))

#: Style -> its column's title in ``docs/codes.md``.
STYLE_TITLES: dict[str, str] = {style.name: style.title for style in STYLES if style.title}
