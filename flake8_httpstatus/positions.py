"""Where an HTTP status stands in real code: the status-position table.

This module is data. Adding a framework is adding rows here; the checker reads nothing else to know
which numbers are statuses. Callees are written as the qualified name under which the module imports
them (``flask.abort``), or, starting with a dot, as a bare method name matched on any object
(``.send_response`` matches ``self.send_response(...)``).
"""

from __future__ import annotations

import enum
from typing import NamedTuple


class Meaning(str, enum.Enum):
    """What a call does with the status it is given."""

    RESPONSE = "response"
    REDIRECT = "redirect"
    ERROR = "error"
    #: an error raiser whose framework answers 204 and 304 with an empty response
    ERROR_OR_EMPTY = "error, or an empty 204 / 304"
    HANDLER = "handler"
    ASSERTION = "assertion"
    CONSTRUCTOR = "constructor"


class StatusClass:
    """The statuses a call of some meaning takes: those whose first digit is in ``digits``, and
    the codes in ``also``; ``role`` and ``wanted`` say it in HTS007's message. (A plain class,
    as ``ConstantOwner``: flake8 imports this table in every run.)"""

    __slots__ = ("role", "digits", "wanted", "also")

    def __init__(self, role: str, digits: str, wanted: str,
                 also: frozenset[int] = frozenset()) -> None:
        self.role = role
        self.digits = digits
        self.wanted = wanted
        self.also = also


#: The statuses a call of each meaning takes (HTS007 reports any other); a meaning not here
#: takes any status.
STATUS_CLASSES: dict[Meaning, StatusClass] = {
    Meaning.REDIRECT: StatusClass("a redirect", "3", "3xx"),
    Meaning.ERROR: StatusClass("an error", "45", "4xx or 5xx"),
    Meaning.ERROR_OR_EMPTY: StatusClass("an error", "45", "4xx, 5xx, 204 or 304",
                                        frozenset({204, 304})),
    Meaning.HANDLER: StatusClass("an error handler", "45", "4xx or 5xx"),
}


class Slot:
    """Where a call takes one of its arguments: position ``arg`` and/or any of ``keywords``.
    (A plain class, as ``StatusClass``.)"""

    __slots__ = ("arg", "keywords")

    def __init__(self, arg: int | None, *keywords: str) -> None:
        self.arg = arg
        self.keywords = keywords

    def __repr__(self) -> str:
        return f"Slot({self.arg!r}, *{self.keywords!r})"


class CallPosition(NamedTuple):
    """A call that takes a status as positional argument ``arg`` and/or keyword ``keyword``.

    ``status_line`` is True where the position takes a WSGI status line ("200 OK") rather than a
    number; ``accepts_line`` where it takes either (Werkzeug's responses). Elsewhere a number is
    required, and a string there is HTS011 -- but for the digits of a number where the call turns
    them into one with ``int()`` (``int_coerced``: Django, DRF, aiohttp).

    A call that builds a response says where it takes the response's ``headers`` (HTS009: a
    redirect without ``Location``) and its ``body`` (HTS010: content on a 204).
    """

    callee: str
    arg: int | None
    keyword: str | None
    meaning: Meaning
    status_line: bool = False
    accepts_line: bool = False
    int_coerced: bool = False
    headers: Slot | None = None
    body: Slot | None = None

    @property
    def judges_constants(self) -> bool:
        """Whether a named constant in the status slot can give a finding here, as a literal
        can: the call takes only some status classes (HTS007, ``STATUS_CLASSES``), or builds a
        response whose headers and body are read against the status (HTS009, HTS010)."""
        return self.meaning in STATUS_CLASSES or self.headers is not None or self.body is not None

    @property
    def is_method(self) -> bool:
        return self.callee.startswith(".")

    @property
    def last_name(self) -> str:
        return self.callee.rsplit(".", 1)[-1]


def _rows(callees: tuple[str, ...], arg: int | None, keyword: str | None, meaning: Meaning,
          status_line: bool = False, accepts_line: bool = False, int_coerced: bool = False,
          headers: Slot | None = None, body: Slot | None = None) -> tuple[CallPosition, ...]:
    return tuple(CallPosition(c, arg, keyword, meaning, status_line, accepts_line, int_coerced,
                              headers, body)
                 for c in callees)


_STARLETTE_RESPONSES = tuple(
    f"{module}.{cls}"
    for module in ("starlette.responses", "fastapi.responses")
    for cls in ("Response", "JSONResponse", "HTMLResponse", "PlainTextResponse",
                "RedirectResponse", "StreamingResponse", "FileResponse", "ORJSONResponse",
                "UJSONResponse")
)

CALLS: tuple[CallPosition, ...] = (
    # Flask / Werkzeug / Quart / Bottle: abort(404), abort(code=404)
    *_rows(("flask.abort", "werkzeug.exceptions.abort", "werkzeug.abort", "quart.abort",
            "bottle.abort", "apiflask.abort"), 0, "code", Meaning.ERROR),
    *_rows(("flask.redirect", "werkzeug.utils.redirect", "werkzeug.redirect", "quart.redirect",
            "bottle.redirect"), 1, "code", Meaning.REDIRECT),
    *_rows(("flask.make_response", "quart.make_response"), 1, None, Meaning.RESPONSE,
           accepts_line=True, headers=Slot(2), body=Slot(0)),
    *_rows(("flask.Response", "flask.wrappers.Response", "werkzeug.Response",
            "werkzeug.wrappers.Response", "quart.Response"), 1, "status",
           Meaning.RESPONSE, accepts_line=True, headers=Slot(2, "headers"),
           body=Slot(0, "response")),
    *_rows(("bottle.HTTPResponse",), 1, "status", Meaning.RESPONSE, accepts_line=True,
           headers=Slot(2, "headers"), body=Slot(0, "body")),
    *_rows((".errorhandler", ".app_errorhandler", ".register_error_handler"), 0, "code_or_exception",
           Meaning.HANDLER),
    # Starlette / FastAPI exception handlers keyed by status
    *_rows((".exception_handler", ".add_exception_handler"), 0, "exc_class_or_status_code",
           Meaning.HANDLER),
    # http.server
    *_rows((".send_response", ".send_response_only"), 0, "code", Meaning.RESPONSE),
    *_rows((".send_error",), 0, "code", Meaning.ERROR),
    # Tornado
    *_rows((".set_status",), 0, "status_code", Meaning.RESPONSE),
    *_rows(("tornado.web.HTTPError",), 0, "status_code", Meaning.ERROR_OR_EMPTY),
    # a client's error carries the response it got, 3xx and 599 included
    *_rows(("tornado.httpclient.HTTPError", "tornado.httpclient.HTTPClientError"), 0, "code",
           Meaning.RESPONSE),
    # Starlette / FastAPI
    *_rows(("starlette.exceptions.HTTPException", "fastapi.HTTPException",
            "fastapi.exceptions.HTTPException"), 0, "status_code", Meaning.ERROR_OR_EMPTY),
    *_rows(tuple(c for c in _STARLETTE_RESPONSES
                 if not c.endswith(("RedirectResponse", "FileResponse"))), 1,
           "status_code", Meaning.RESPONSE, headers=Slot(2, "headers"), body=Slot(0, "content")),
    *_rows(tuple(c for c in _STARLETTE_RESPONSES if c.endswith("FileResponse")), 1,
           "status_code", Meaning.RESPONSE, headers=Slot(2, "headers")),  # its body is a file
    *_rows(tuple(c for c in _STARLETTE_RESPONSES if c.endswith("RedirectResponse")), 1,
           "status_code", Meaning.REDIRECT),
    # Django, DRF
    *_rows(("django.http.HttpResponse", "django.http.response.HttpResponse"), 2, "status",
           Meaning.RESPONSE, int_coerced=True, headers=Slot(5, "headers"),
           body=Slot(0, "content")),
    *_rows(("django.http.HttpResponseRedirect", "django.http.HttpResponsePermanentRedirect",
            "django.http.response.HttpResponseRedirect",
            "django.http.response.HttpResponsePermanentRedirect"), None, "status",
           Meaning.REDIRECT, int_coerced=True),
    *_rows(("rest_framework.response.Response",), 1, "status", Meaning.RESPONSE,
           int_coerced=True, headers=Slot(3, "headers"), body=Slot(0, "data")),
    *_rows((".assertContains",), 3, "status_code", Meaning.ASSERTION),
    *_rows((".assertNotContains",), 2, "status_code", Meaning.ASSERTION),
    *_rows((".assertRedirects",), 2, "status_code", Meaning.ASSERTION),
    *_rows((".assertRedirects",), 3, "target_status_code", Meaning.ASSERTION),
    # aiohttp
    *_rows(("aiohttp.web.Response",), None, "status", Meaning.RESPONSE, int_coerced=True,
           headers=Slot(None, "headers"), body=Slot(None, "body", "text")),
    *_rows(("aiohttp.web.json_response",), None, "status", Meaning.RESPONSE, int_coerced=True,
           headers=Slot(None, "headers"), body=Slot(0, "data", "text", "body")),
    *_rows(("aiohttp.web.StreamResponse",), None, "status", Meaning.RESPONSE, int_coerced=True,
           headers=Slot(None, "headers")),
    # httpx / requests test doubles, urllib
    *_rows(("httpx.Response",), 0, "status_code", Meaning.RESPONSE),
    *_rows(("urllib.error.HTTPError",), 1, "code", Meaning.RESPONSE),  # 3xx when not followed
    # the stdlib enum itself
    *_rows(("http.HTTPStatus", "http.client.HTTPStatus"), 0, None, Meaning.CONSTRUCTOR),
    # WSGI: start_response(status, headers) is the server's callable, a parameter of the app
    *_rows(("start_response", ".start_response"), 0, "status", Meaning.RESPONSE, status_line=True),
)

#: Keywords that carry a status in any call. A call not in CALLS is not known to take an HTTP
#: status, so only values in 100-599 count there (``order.update(status=3)`` stays silent).
STATUS_KEYWORDS: frozenset[str] = frozenset({"status", "status_code", "target_status_code"})

#: Attributes that hold a status: compared (``r.status_code == 200``), assigned
#: (``response.status = 404``) or matched (``match r.status_code:``).
STATUS_ATTRIBUTES: frozenset[str] = frozenset({"status_code", "status", "status_int"})

#: Of those, the ones that always hold an int (Werkzeug's ``.status`` is "200 OK"): a string
#: compared with one is never equal (HTS011).
INT_STATUS_ATTRIBUTES: frozenset[str] = frozenset({"status_code", "status_int"})

#: HTS011's two reasons: a string where a call requires an int status, and a string compared
#: with a status that is always an int.
INT_REQUIRED = "this call requires an int status"
INT_OR_DIGITS = "this call requires an int status or its digits, not a status line"
INT_COMPARED = "the status it is compared with is an int, so they are never equal"

#: Of those, the ones that are also common model fields (``order.status == 3``): there only values
#: in 100-599 count, as with a status keyword of an unknown call.
LOOSE_STATUS_ATTRIBUTES: frozenset[str] = frozenset({"status"})

#: Methods whose result is a status (``urlopen(url).getcode() == 200``).
STATUS_METHODS: frozenset[str] = frozenset({"getcode"})

#: Names that hold a status when assigned in a class body (DRF/Werkzeug exception classes).
CLASS_STATUS_NAMES: frozenset[str] = frozenset({"status_code"})
#: Where such a value goes: any code may format a class attribute, and ``str()`` of an
#: ``HTTPStatus`` member is its name before Python 3.11.
CLASS_STATUS_TEXT = "other code may format a class attribute with str()"

#: Plain names that hold a WSGI status line when assigned a string (``status = "200 OK"``).
STATUS_LINE_NAMES: frozenset[str] = frozenset({"status"})

#: unittest assertions comparing their first two arguments.
ASSERT_METHODS: frozenset[str] = frozenset({
    "assertEqual", "assertEquals", "assertNotEqual", "assertNotEquals", "assertIn", "assertNotIn",
})

#: Route decorators and routers whose ``responses={404: {...}}`` keys are statuses (FastAPI).
RESPONSES_KEYWORD = "responses"
#: ... and what becomes of those keys.
RESPONSES_TEXT = "FastAPI turns the keys of responses= into text with str()"
ROUTE_METHODS: frozenset[str] = frozenset({
    "get", "post", "put", "patch", "delete", "head", "options", "trace", "api_route", "route",
    "add_api_route", "APIRouter", "FastAPI", "include_router",
})


class ConstantOwner:
    """What named status constants are attributes of (``http.HTTPStatus``, DRF's ``status``).

    ``style`` is the catalogue style their names follow; ``canonical`` is the same object's
    usual import path (``http.client.HTTPStatus`` is ``http.HTTPStatus``); ``suggested``: the
    checker may suggest, and ``fix`` import, this owner's constants; ``distribution``: the
    package whose version decides which names exist (``--httpstatus-min-versions``; none for the
    standard library, which ``--httpstatus-target-version`` covers). (A plain class: flake8
    imports this table in every run.)
    """

    __slots__ = ("path", "style", "canonical", "suggested", "distribution", "module", "name")

    def __init__(self, path: str, style: str, canonical: str, suggested: bool = False,
                 distribution: str = "") -> None:
        self.path = path
        self.style = style
        self.canonical = canonical
        self.suggested = suggested
        self.distribution = distribution
        #: ``from MODULE import NAME`` imports the owner.
        self.module, _, self.name = path.rpartition(".")

    def __repr__(self) -> str:
        return f"ConstantOwner({self.path!r}, {self.style!r})"


#: Every owner of named constants. A module can only name one after importing from one of these,
#: which the prefilter relies on.
OWNERS: tuple[ConstantOwner, ...] = (
    ConstantOwner("http.HTTPStatus", "stdlib", "http.HTTPStatus", suggested=True),
    ConstantOwner("http.client.HTTPStatus", "stdlib", "http.HTTPStatus"),
    ConstantOwner("rest_framework.status", "drf", "rest_framework.status", suggested=True,
                  distribution="djangorestframework"),
    ConstantOwner("starlette.status", "starlette", "starlette.status", suggested=True,
                  distribution="starlette"),
    ConstantOwner("fastapi.status", "fastapi", "fastapi.status", suggested=True,
                  distribution="fastapi"),
    ConstantOwner("requests.codes", "requests", "requests.codes"),
    ConstantOwner("requests.status_codes.codes", "requests", "requests.codes"),
)

#: Qualified owner -> the catalogue style of its names.
CONSTANT_OWNERS: dict[str, str] = {owner.path: owner.style for owner in OWNERS}

#: Style -> the owner whose constants are suggested in that style.
SUGGESTED_OWNERS: dict[str, ConstantOwner] = {
    owner.style: owner for owner in OWNERS if owner.suggested
}

#: Distribution -> the style whose names its version decides (``--httpstatus-min-versions``).
DISTRIBUTIONS: dict[str, str] = {
    owner.distribution: owner.style for owner in OWNERS if owner.distribution
}

#: ``--httpstatus-style=auto``: in a module that imports one of these frameworks (and no
#: framework's ``status``), its constants, the first that applies (FastAPI code imports from
#: Starlette too, and documents ``from fastapi import status``).
AUTO_STYLES: tuple[str, ...] = ("drf", "fastapi", "starlette")

#: Modules whose views may return ``(body, status)`` or ``(body, status, headers)`` (the body,
#: and the headers of the three-item form, are what HTS009 and HTS010 read there).
TUPLE_RETURN_MODULES: frozenset[str] = frozenset({
    "flask", "quart", "apiflask", "connexion", "flask_restful", "flask_restx",
})

#: Only the functions such a framework calls count (``return offset * 100, 200`` in a helper is
#: no response): those decorated as routes, error handlers or request hooks (``@app.get(...)``,
#: ``@bp.errorhandler(404)``) ...
VIEW_DECORATORS: frozenset[str] = frozenset({
    "route", "get", "post", "put", "patch", "delete", "head", "options", "endpoint",
    "errorhandler", "app_errorhandler", "before_request", "before_app_request",
})
#: ... the methods of class-based views and resources ...
VIEW_BASES: frozenset[str] = frozenset({"View", "MethodView", "Resource"})
#: ... and what the module registers by name (``app.add_url_rule("/", view_func=index)``,
#: ``app.register_error_handler(404, not_found)``, ``api.add_resource(Items, "/items")``,
#: ``Items.as_view("items")``).
VIEW_REGISTRARS: frozenset[str] = frozenset({
    "add_url_rule", "register_error_handler", "add_resource", "as_view",
})
#: Frameworks that call plain functions named in a spec file: every function may be a view.
SPEC_ROUTED_MODULES: frozenset[str] = frozenset({"connexion"})


def parse_extra_call(spec: str) -> tuple[CallPosition, ...]:
    """Parse a user row: ``callee:ARG`` where ARG is a position (``0``), a keyword (``code``) or
    both (``0:code``). Raises ValueError with a reason."""
    parts = [p.strip() for p in spec.split(":")]
    if len(parts) not in (2, 3) or not parts[0]:
        raise ValueError(f"{spec!r} is not CALLEE:POSITION, CALLEE:KEYWORD or CALLEE:POSITION:KEYWORD")
    callee = parts[0]
    names = callee[1:] if callee.startswith(".") else callee
    if not all(p.isidentifier() for p in names.split(".")):
        raise ValueError(f"{callee!r} is not a dotted name")
    arg: int | None = None
    keyword: str | None = None
    for part in parts[1:]:
        if part.isdigit() and arg is None and keyword is None:
            arg = int(part)
        elif part.isidentifier() and keyword is None:
            keyword = part
        else:
            raise ValueError(f"{spec!r}: {part!r} is neither a position nor a keyword")
    return (CallPosition(callee, arg, keyword, Meaning.RESPONSE, accepts_line=True),)
