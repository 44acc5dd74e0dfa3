"""Where an HTTP status stands in real code: the tables the kinds of position (``kinds/``) read.

Data, gathered here for the kinds, the docs and the tests: the status keywords, attributes and
keys; the dicts keyed by status; the tuples views return and which functions are views; the
packages that make a module HTTP code. The calls are rows of their own (``call_table.py``,
re-exported as ``CALLS``), the owners of named constants come with their styles
(``constant_styles.py``), and the records both are made of are in ``sites.py``. Adding a
framework is adding rows.
"""

from __future__ import annotations

import typing
from functools import lru_cache

# The owners of named constants and the tables derived from them live with their styles, one row
# each; re-exported here for the checker and the tests.
from flake8_httpstatus.constant_styles import AUTO_STYLES as AUTO_STYLES  # noqa: F401
from flake8_httpstatus.constant_styles import CONSTANT_MODULES as CONSTANT_MODULES  # noqa: F401
from flake8_httpstatus.constant_styles import CONSTANT_OWNERS as CONSTANT_OWNERS  # noqa: F401
from flake8_httpstatus.constant_styles import DISTRIBUTIONS as DISTRIBUTIONS  # noqa: F401
from flake8_httpstatus.constant_styles import LINE_STYLES as LINE_STYLES  # noqa: F401
from flake8_httpstatus.constant_styles import LINE_TITLES_SINCE as LINE_TITLES_SINCE  # noqa: F401
from flake8_httpstatus.constant_styles import OWNERS as OWNERS  # noqa: F401
from flake8_httpstatus.constant_styles import SUGGESTED_OWNERS as SUGGESTED_OWNERS  # noqa: F401
from flake8_httpstatus.constant_styles import ConstantOwner as ConstantOwner  # noqa: F401
# The records the tables are made of, and what a position does with its value (re-exported: the
# tables and their readers name them here).
from flake8_httpstatus.sites import INT_COMPARED as INT_COMPARED  # noqa: F401
from flake8_httpstatus.sites import INT_OR_DIGITS as INT_OR_DIGITS  # noqa: F401
from flake8_httpstatus.sites import INT_REQUIRED as INT_REQUIRED  # noqa: F401
from flake8_httpstatus.sites import LINE_OR_INT as LINE_OR_INT  # noqa: F401
from flake8_httpstatus.sites import LINE_STRINGS as LINE_STRINGS  # noqa: F401
from flake8_httpstatus.sites import STATUS_CLASSES as STATUS_CLASSES  # noqa: F401
from flake8_httpstatus.sites import WRONG_TYPE as WRONG_TYPE  # noqa: F401
from flake8_httpstatus.sites import KEPT_TEXT as KEPT_TEXT  # noqa: F401
from flake8_httpstatus.sites import SHOWN_IN_ATTRIBUTES as SHOWN_IN_ATTRIBUTES  # noqa: F401
from flake8_httpstatus.sites import NOT_KEPT as NOT_KEPT  # noqa: F401
from flake8_httpstatus.sites import CallPosition as CallPosition  # noqa: F401
from flake8_httpstatus.sites import Meaning as Meaning  # noqa: F401
from flake8_httpstatus.sites import Rows as Rows  # noqa: F401
from flake8_httpstatus.sites import Site as Site  # noqa: F401
from flake8_httpstatus.sites import Slot as Slot  # noqa: F401
from flake8_httpstatus.sites import StatusClass as StatusClass  # noqa: F401


from flake8_httpstatus.sites import Strings as Strings  # noqa: E402,F401

#: Where a framework writes a status into its API document with ``str()``.
API_DOCUMENT_TEXT = "the framework writes it into its API document with str()"
#: Sanic's HTTP/3 responses carry ``str(status)`` (``sanic/http/http3.py``).
SANIC_TEXT = "Sanic sends str() of the status over HTTP/3"
#: ``http.server``'s default error page (Python 3.9 to 3.12) formats the code with ``%s``.
ERROR_PAGE_TEXT = "http.server writes it into its default error page with %s"

#: Callee names that many modules spell without holding a status (``text``, ``json``, ``get``):
#: the prefilter's text gate looks for their package instead (whose import the module must
#: hold) -- ``sanic`` for ``sanic.text``.
COMMON_CALLEE_NAMES = frozenset({
    "text", "json", "html", "raw", "file", "empty", "get", "post", "put", "patch", "delete",
    "head", "options", "route", "add", "replace", "upsert", "problem", "error", "File",
    "Stream", "Template", "Status", "Redirect", "response", "marshal_with",
})


#: Keywords that carry a status in any call. A call not in CALLS is not known to take an HTTP
#: status, so only values in 100-599 count there (``order.update(status=3)`` stays silent).
STATUS_KEYWORDS: frozenset[str] = frozenset({"status", "status_code", "target_status_code"})

#: The ending of a keyword, attribute or name that holds a status in HTTP code
#: (``default_status_code = 404``, ``error_status_code=400``, ``EXPECTED_STATUS_CODE = 200``):
#: values in 100-599 only, as a status keyword of an unknown call.
STATUS_CODE_SUFFIX = "_status_code"

#: Attributes that hold a status: compared (``r.status_code == 200``), assigned
#: (``response.status = 404``) or matched (``match r.status_code:``).
STATUS_ATTRIBUTES: frozenset[str] = frozenset({"status_code", "status", "status_int"})

#: Of those, the ones that take a status line when assigned as well as a number (Falcon's,
#: Werkzeug's and WebOb's ``resp.status = 404``), where status-line constants may stand.
LINE_STATUS_ATTRIBUTES: frozenset[str] = frozenset({"status"})
#: Of those, the ones a framework writes into the status line it sends when assigned (Falcon's
#: ``resp.status`` and ``resp.status_code``), where the reason phrase an ``HTTPStatus`` member
#: brings matters.
SENT_STATUS_ATTRIBUTES: frozenset[str] = frozenset({"status", "status_code"})
#: Receivers whose status attribute is an object's own, never a framework's response
#: (``self.status = 200`` in a job class).
OWN_RECEIVERS: frozenset[str] = frozenset({"self", "cls"})

#: Of those, the ones that always hold an int (Werkzeug's ``.status`` is "200 OK"): a string
#: compared with one is never equal (HTS011).
INT_STATUS_ATTRIBUTES: frozenset[str] = frozenset({"status_code", "status_int"})


#: Of those, the ones that are also common model fields (``order.status == 3``): there only values
#: in 100-599 count, as with a status keyword of an unknown call.
LOOSE_STATUS_ATTRIBUTES: frozenset[str] = frozenset({"status"})

#: Keywords of any call that carry a status only in HTTP code (``queue.update(status=3)`` is no
#: status in a module that imports nothing of HTTP): ``status``. ``status_code`` always does.
LOOSE_STATUS_KEYWORDS: frozenset[str] = frozenset({"status"})

#: Packages whose import makes a module HTTP code, where the loose ``status`` keyword and
#: attribute are statuses: HTTP clients, servers and test doubles with no row of their own;
#: every package a row, an owner or a view table names counts too (``http_context_modules``).
HTTP_MODULES: frozenset[str] = frozenset({
    "http", "urllib", "urllib3", "requests", "httpx", "aiohttp", "wsgiref", "webtest", "webob",
    "pyramid", "responses", "respx", "aioresponses", "requests_mock", "pytest_httpserver",
    "httpretty", "asgiref", "uvicorn", "django", "werkzeug", "starlette", "fastapi", "flask",
    "tornado", "falcon", "sanic", "litestar", "bottle", "quart", "cherrypy", "blacksheep",
    "robyn", "connexion", "ninja", "channels",
})

#: Attributes that hold a status only in a module importing one of these modules (or from one),
#: where they count as the loose ``.status`` does (values in 100-599 only): Tornado's
#: ``response.code`` (its tests' ``self.assertEqual(response.code, 200)``) and urllib's
#: ``HTTPError.code`` (``except HTTPError as e: if e.code == 404``) -- not in a module that only
#: parses URLs (``urllib.parse``). A name too common to count elsewhere.
REQUIRED_STATUS_ATTRIBUTES: dict[str, frozenset[str]] = {
    "code": frozenset({"tornado", "urllib.request", "urllib.error"}),
}


def _imports_one_of(targets: list[str], modules: frozenset[str]) -> bool:
    """Whether an import target is one of ``modules`` or inside one (``tornado.testing``,
    ``urllib.error.HTTPError``). ``import urllib.request`` binds the package alone, as ``import
    urllib.parse`` does, so it is no sign: precision before recall."""
    for target in targets:
        for module in modules:
            if target == module or target.startswith(module + "."):
                return True
    return False


def status_attributes(targets: typing.Iterable[str]) -> frozenset[str]:
    """The status attributes of a module whose imports have these ``targets``:
    ``STATUS_ATTRIBUTES`` and those of ``REQUIRED_STATUS_ATTRIBUTES`` whose module it imports."""
    found = list(targets)
    return STATUS_ATTRIBUTES | frozenset(
        attr for attr, modules in REQUIRED_STATUS_ATTRIBUTES.items()
        if _imports_one_of(found, modules))


#: Keys that hold a status in a mapping of HTTP code (an ASGI message's ``"status"``, a JSON
#: body's ``"status_code"``), where it is compared or asserted: values in 100-599 only.
STATUS_KEYS: frozenset[str] = frozenset({"status", "status_code"})

#: Calls that open a ``with`` block whose code a test expects to fail: there the status is the
#: test's subject (``with pytest.raises(LookupError): abort(200)``), and the rules that say a
#: status is wrong (HTS002-HTS007, HTS011) stay silent. By qualified name, and by method name
#: (unittest's and Django's ``self.assertRaises...``).
EXPECTS_RAISE_CALLEES: frozenset[str] = frozenset({"pytest.raises"})
EXPECTS_RAISE_METHODS: frozenset[str] = frozenset({
    "assertRaises", "assertRaisesRegex", "assertRaisesRegexp", "assertRaisesMessage"})

#: Methods whose result is a status (``urlopen(url).getcode() == 200``).
STATUS_METHODS: frozenset[str] = frozenset({"getcode"})

#: Names that hold a status when assigned in a class body (DRF/Werkzeug exception classes).
CLASS_STATUS_NAMES: frozenset[str] = frozenset({"status_code"})
#: Modules of exception classes that take their status from a class attribute: a class that
#: subclasses one of theirs (``class Gone(HTTPException): code = 410`` with Werkzeug's
#: ``HTTPException``; WebOb's and Pyramid's ``HTTPClientError``) holds a status in
#: ``CLASS_CODE_NAME``, a name too common to count elsewhere.
CODE_CLASS_MODULES: frozenset[str] = frozenset({
    "werkzeug.exceptions", "webob.exc", "pyramid.httpexceptions",
})
CLASS_CODE_NAME = "code"

#: Where such a value goes: any code may format a class attribute, and ``str()`` of an
#: ``HTTPStatus`` member is its name before Python 3.11.
CLASS_STATUS_TEXT = "other code may format a class attribute with str()"

#: Plain names that hold a WSGI status line when assigned a string (``status = "200 OK"``).
STATUS_LINE_NAMES: frozenset[str] = frozenset({"status"})

#: unittest assertions comparing their first two arguments.
ASSERT_METHODS: frozenset[str] = frozenset({
    "assertEqual", "assertEquals", "assertNotEqual", "assertNotEquals", "assertIn", "assertNotIn",
})

#: Route decorators and routers whose ``responses={404: {...}}`` keys are statuses (FastAPI,
#: Litestar, Robyn).
RESPONSES_KEYWORD = "responses"
#: ... and what becomes of those keys.
RESPONSES_TEXT = "the framework turns the keys of responses= into text with str()"
ROUTE_METHODS: frozenset[str] = frozenset({
    "get", "post", "put", "patch", "delete", "head", "options", "trace", "api_route", "route",
    "add_api_route", "APIRouter", "FastAPI", "include_router",
})


#: ASGI: a message dict whose ``"type"`` is one of these starts a response, and its
#: ``"status"`` is the response's int status (``{"type": "http.response.start", "status": 200}``).
ASGI_RESPONSE_STARTS: frozenset[str] = frozenset({
    "http.response.start", "websocket.http.response.start",
})
ASGI_TYPE_KEY = "type"
ASGI_STATUS_KEY = "status"


class KeyedPosition:
    """A keyword of some calls whose dict literal is keyed by status (``responses={404: ...}``),
    or, with ``lists``, that may also be a list of statuses (``responses=[404, 418]``).
    ``methods``: the callee's last name; ``meaning``: what the call does with the statuses (None:
    documents them); ``formatted`` and ``requires`` as for a ``CallPosition``."""

    __slots__ = ("methods", "keyword", "meaning", "formatted", "requires", "lists")

    def __init__(self, methods: frozenset[str], keyword: str, meaning: Meaning | None = None,
                 formatted: str = "", requires: str = "", lists: bool = False) -> None:
        self.methods = methods
        self.keyword = keyword
        self.meaning = meaning
        self.formatted = formatted
        self.requires = requires
        self.lists = lists


KEYED: tuple[KeyedPosition, ...] = (
    KeyedPosition(ROUTE_METHODS, RESPONSES_KEYWORD, formatted=RESPONSES_TEXT),
    # Django Ninja: response={200: Out, 404: Error} (kept as ints in its schema)
    KeyedPosition(frozenset({"get", "post", "put", "patch", "delete", "api_operation",
                             "add_api_operation"}), "response", requires="ninja"),
    # Flask-RESTX's and APIFlask's @doc(responses=...)
    KeyedPosition(frozenset({"doc"}), RESPONSES_KEYWORD, formatted=API_DOCUMENT_TEXT,
                  requires="flask_restx"),
    KeyedPosition(frozenset({"doc"}), RESPONSES_KEYWORD, formatted=API_DOCUMENT_TEXT,
                  requires="apiflask", lists=True),
    # handlers by status: Starlette(exception_handlers={404: not_found}), FastAPI, Litestar
    KeyedPosition(frozenset({"Starlette", "FastAPI", "Litestar", "Router"}),
                  "exception_handlers", Meaning.HANDLER),
    # drf-spectacular: @extend_schema(responses={404: ...}) (str(code)), the status_codes of an
    # OpenApiExample and the response= of an OpenApiParameter (a list, mapped with str)
    KeyedPosition(frozenset({"extend_schema"}), RESPONSES_KEYWORD, formatted=API_DOCUMENT_TEXT,
                  requires="drf_spectacular"),
    KeyedPosition(frozenset({"OpenApiExample"}), "status_codes", formatted=API_DOCUMENT_TEXT,
                  requires="drf_spectacular", lists=True),
    KeyedPosition(frozenset({"OpenApiParameter"}), "response", formatted=API_DOCUMENT_TEXT,
                  requires="drf_spectacular", lists=True),
    # drf-yasg: @swagger_auto_schema(responses={404: ...}) (str(sc))
    KeyedPosition(frozenset({"swagger_auto_schema"}), RESPONSES_KEYWORD,
                  formatted=API_DOCUMENT_TEXT, requires="drf_yasg"),
    # BlackSheep's OpenAPIHandler: @docs(responses={404: ...}) (an HTTPStatus written as its
    # value); aiohttp-apispec's @docs(responses={...}) (apispec writes the keys as given)
    KeyedPosition(frozenset({"docs"}), RESPONSES_KEYWORD, requires="blacksheep"),
    KeyedPosition(frozenset({"docs"}), RESPONSES_KEYWORD, formatted=API_DOCUMENT_TEXT,
                  requires="aiohttp_apispec"),
)


class StatusMapping:
    """A framework's mapping keyed by status, read or written by subscript under an attribute of
    its application (``app.error_handler[404] = handle`` in Bottle, ``app.exception_handlers[404]
    = handle`` in Starlette): the key is a status where the module imports ``requires`` (""
    for any HTTP code); ``meaning``: what the framework does with the statuses."""

    __slots__ = ("attribute", "meaning", "requires")

    def __init__(self, attribute: str, meaning: Meaning, requires: str = "") -> None:
        self.attribute = attribute
        self.meaning = meaning
        self.requires = requires


STATUS_MAPPINGS: tuple[StatusMapping, ...] = (
    # Bottle: the dict that @app.error(404) fills (``self.error_handler[int(code)]``)
    StatusMapping("error_handler", Meaning.HANDLER, "bottle"),
    # Starlette and FastAPI: the dict add_exception_handler(404, ...) fills, keyed by exception
    # class or status; Litestar's app config keeps one too
    StatusMapping("exception_handlers", Meaning.HANDLER),
)


class TupleShape:
    """Where a view's returned tuple holds the status, the body and the headers (HTS009 and
    HTS010 read those), and how many items it has; ``converts``: the framework turns the status
    into an int (Werkzeug's responses, Django's), so an ``HTTPStatus`` member there prints as
    the number (``Site.kept`` otherwise: responses keeps its callback's status as given)."""

    __slots__ = ("status", "body", "headers", "lengths", "converts")

    def __init__(self, status: int, body: int, headers: int | None,
                 lengths: frozenset[int], converts: bool = False) -> None:
        self.status = status
        self.body = body
        self.headers = headers
        self.lengths = lengths
        self.converts = converts

    def arrange(self, body: str, status: str, headers: str | None = None) -> str | None:
        """The source of such a tuple, or None where the shape cannot hold these items."""
        items = {self.body: body, self.status: status}
        if headers is not None:
            if self.headers is None:
                return None
            items[self.headers] = headers
        if len(items) not in self.lengths:
            return None
        return ", ".join(items[index] for index in sorted(items))


#: ``(body, status)`` or ``(body, status, headers)``: Flask and the frameworks built on it.
FLASK_TUPLE = TupleShape(status=1, body=0, headers=2, lengths=frozenset({2, 3}),
                         converts=True)

#: Modules whose views may return a tuple, and its shape: Flask's; Django Ninja's ``(status,
#: body)`` (deprecated in 1.6 for ``Status(...)``, still common); Robyn's ``(body, headers,
#: status)``; and the mock library responses' callbacks, ``(status, headers, body)``.
TUPLE_RETURNS: dict[str, TupleShape] = {
    "flask": FLASK_TUPLE, "quart": FLASK_TUPLE, "apiflask": FLASK_TUPLE,
    # Connexion 3's AsyncApp answers through Starlette, which keeps the status as given
    "connexion": TupleShape(status=1, body=0, headers=2, lengths=frozenset({2, 3})),
    "flask_restful": FLASK_TUPLE, "flask_restx": FLASK_TUPLE, "flask_smorest": FLASK_TUPLE,
    "ninja": TupleShape(status=0, body=1, headers=None, lengths=frozenset({2}), converts=True),
    "robyn": TupleShape(status=2, body=0, headers=1, lengths=frozenset({3})),
    "responses": TupleShape(status=0, body=2, headers=1, lengths=frozenset({3})),
}
TUPLE_RETURN_MODULES: frozenset[str] = frozenset(TUPLE_RETURNS)

#: Only the functions such a framework calls count (``return offset * 100, 200`` in a helper is
#: no response): those decorated as routes, error handlers or request hooks (``@app.get(...)``,
#: ``@bp.errorhandler(404)``) ...
VIEW_DECORATORS: frozenset[str] = frozenset({
    "route", "get", "post", "put", "patch", "delete", "head", "options", "endpoint",
    "errorhandler", "app_errorhandler", "before_request", "before_app_request",
    # what such a decorator returns, or the framework's error handler returns for it:
    # Flask-RESTful's and Flask-RESTX's marshal_with (``(data, code, headers)`` unpacked and
    # passed on), APIFlask's error_processor, Flask-Login's and Flask-HTTPAuth's handlers, and
    # Flask-JWT-Extended's loaders of error responses (returned by its errorhandler)
    "marshal_with", "marshal_list_with", "marshal_with_field", "error_processor",
    "unauthorized_handler", "needs_refresh_handler", "error_handler",
    "expired_token_loader", "invalid_token_loader", "needs_fresh_token_loader",
    "revoked_token_loader", "token_verification_failed_loader", "unauthorized_loader",
    "user_lookup_error_loader",
})
#: ... the methods of class-based views and resources ...
VIEW_BASES: frozenset[str] = frozenset({"View", "MethodView", "Resource"})
#: ... and what the module registers by name (``app.add_url_rule("/", view_func=index)``,
#: ``app.register_error_handler(404, not_found)``, ``api.add_resource(Items, "/items")``,
#: ``Items.as_view("items")``, responses' ``add_callback(GET, url, callback=reply)``): the method,
#: and the package a module must import for it to count ("" for any).
VIEW_REGISTRARS: dict[str, str] = {
    "add_url_rule": "", "register_error_handler": "", "add_resource": "", "as_view": "",
    "add_callback": "responses",
}
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
    return (CallPosition(callee, arg, keyword, Meaning.RESPONSE, strings=Strings.LINE_OR_NUMBER),)


@lru_cache(maxsize=None)
def required_packages() -> frozenset[str]:
    """The packages some row or keyed position ``requires``."""
    return frozenset(row.requires for row in CALLS if row.requires) | frozenset(
        keyed.requires for keyed in KEYED if keyed.requires)


@lru_cache(maxsize=None)
def table_packages() -> frozenset[str]:
    """Every package the tables name: of a callee matched through the imports (not a method,
    nor WSGI's ``start_response``, a parameter), a constant owner, a view's tuple, a required
    framework."""
    callees = (row.callee for row in CALLS if not row.is_method and "." in row.callee)
    return required_packages() | frozenset(
        name.split(".", 1)[0]
        for name in (*callees, *(owner.path for owner in OWNERS), *TUPLE_RETURNS))


@lru_cache(maxsize=None)
def http_context_modules() -> frozenset[str]:
    """Every package whose import makes a module HTTP code: ``HTTP_MODULES`` and those the
    tables name."""
    return HTTP_MODULES | table_packages()


# The rows, framework by framework, are data of their own (they use the classes above).
from flake8_httpstatus.call_table import CALLS as CALLS  # noqa: E402
