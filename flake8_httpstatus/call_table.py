"""The calls that take a status, framework by framework: the rows of ``positions.CALLS``.

Pure data. A row names a callee as the module imports it (``flask.abort``), or, starting with a
dot, a method on any object (``.send_response``); the slot (position and/or keyword) where it
takes the status; what it does with it (``Meaning``); and what a string there is (``Strings``).
``positions.CallPosition`` says what each field means.
"""

from __future__ import annotations

from typing import Any

from flake8_httpstatus.positions import (
    API_DOCUMENT_TEXT,
    ERROR_PAGE_TEXT,
    SANIC_TEXT,
    SHOWN_IN_ATTRIBUTES,
    CallPosition,
    Meaning,
    Rows,
    Slot,
    Strings,
)


def _rows(callees: tuple[str, ...], arg: int | None, keyword: str | None, meaning: Meaning,
          **fields: Any) -> tuple[CallPosition, ...]:
    return Rows(meaning, **fields).at(callees, arg, keyword)


def _in(modules: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """``module.name`` for each module and name: a framework's re-exports."""
    return tuple(f"{module}.{name}" for module in modules for name in names)


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
            "flask_restx.abort", "flask_restx.errors.abort"), 0, "code",
           Meaning.ERROR, converts=True),  # Werkzeug's Aborter looks the exception class up
    *_rows(("bottle.abort",), 0, "code", Meaning.ERROR),
    # Werkzeug's and Quart's responses keep int(status)
    *_rows(("flask.redirect", "werkzeug.utils.redirect", "werkzeug.redirect", "quart.redirect"),
           1, "code", Meaning.REDIRECT, converts=True),
    *_rows(("bottle.redirect",), 1, "code", Meaning.REDIRECT),
    *_rows(("flask.make_response", "quart.make_response"), 1, None, Meaning.RESPONSE,
           strings=Strings.LINE_OR_NUMBER, headers=Slot(2), body=Slot(0), converts=True),
    *_rows(("flask.Response", "flask.wrappers.Response", "werkzeug.Response",
            "werkzeug.wrappers.Response", "quart.Response"), 1, "status",
           Meaning.RESPONSE, strings=Strings.LINE_OR_NUMBER, headers=Slot(2, "headers"),
           body=Slot(0, "response"), converts=True),
    *_rows(("bottle.HTTPResponse",), 1, "status", Meaning.RESPONSE, strings=Strings.LINE_NOT_DIGITS,
           headers=Slot(2, "headers"), body=Slot(0, "body")),
    *_rows((".errorhandler", ".app_errorhandler", ".register_error_handler"), 0, "code_or_exception",
           Meaning.HANDLER),
    # Starlette / FastAPI exception handlers keyed by status
    *_rows((".exception_handler", ".add_exception_handler"), 0, "exc_class_or_status_code",
           Meaning.HANDLER),
    # http.server: the status line written with %d, logged as its value; but the default error
    # page says "Error code explanation: %(code)s" (3.9 to 3.12)
    *_rows((".send_response", ".send_response_only"), 0, "code", Meaning.RESPONSE,
           converts=True),
    *_rows((".send_error",), 0, "code", Meaning.ERROR, formatted=ERROR_PAGE_TEXT),
    # Tornado
    *_rows((".set_status",), 0, "status_code", Meaning.RESPONSE),
    *_rows(("tornado.web.HTTPError",), 0, "status_code", Meaning.ERROR_OR_EMPTY),
    # a client's error carries the response it got, 3xx and 599 included; so does the response
    # a test double or a client builds (HTTPResponse(request, 200)), and a start line (a named
    # tuple): str() of either lists its attributes' repr()
    *_rows(("tornado.httpclient.HTTPError", "tornado.httpclient.HTTPClientError"), 0, "code",
           Meaning.RESPONSE),
    *_rows(("tornado.httpclient.HTTPResponse", "tornado.httputil.ResponseStartLine"), 1, "code",
           Meaning.RESPONSE, shows=SHOWN_IN_ATTRIBUTES),
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
    # Django, DRF: int(status)
    *_rows(("django.http.HttpResponse", "django.http.response.HttpResponse"), 2, "status",
           Meaning.RESPONSE, strings=Strings.INT_OR_DIGITS, headers=Slot(5, "headers"),
           body=Slot(0, "content"), converts=True),
    *_rows(("django.http.HttpResponseRedirect", "django.http.HttpResponsePermanentRedirect",
            "django.http.response.HttpResponseRedirect",
            "django.http.response.HttpResponsePermanentRedirect"), None, "status",
           Meaning.REDIRECT, strings=Strings.INT_OR_DIGITS, converts=True),
    *_rows(("rest_framework.response.Response",), 1, "status", Meaning.RESPONSE,
           strings=Strings.INT_OR_DIGITS, headers=Slot(3, "headers"), body=Slot(0, "data"),
           converts=True),
    *_rows((".assertContains",), 3, "status_code", Meaning.ASSERTION),
    *_rows((".assertNotContains",), 2, "status_code", Meaning.ASSERTION),
    *_rows((".assertRedirects",), 2, "status_code", Meaning.ASSERTION),
    *_rows((".assertRedirects",), 3, "target_status_code", Meaning.ASSERTION),
    # aiohttp: int(status)
    *_rows(("aiohttp.web.Response",), None, "status", Meaning.RESPONSE, strings=Strings.INT_OR_DIGITS,
           headers=Slot(None, "headers"), body=Slot(None, "body", "text"), converts=True),
    *_rows(("aiohttp.web.json_response",), None, "status", Meaning.RESPONSE, strings=Strings.INT_OR_DIGITS,
           headers=Slot(None, "headers"), body=Slot(0, "data", "text", "body"), converts=True),
    *_rows(("aiohttp.web.StreamResponse",), None, "status", Meaning.RESPONSE, strings=Strings.INT_OR_DIGITS,
           headers=Slot(None, "headers"), converts=True),
    # httpx / requests test doubles, urllib
    *_rows(("httpx.Response",), 0, "status_code", Meaning.RESPONSE),
    *_rows(("urllib.error.HTTPError",), 1, "code", Meaning.RESPONSE),  # 3xx when not followed
    # the stdlib enum itself
    *_rows(("http.HTTPStatus", "http.client.HTTPStatus"), 0, None, Meaning.CONSTRUCTOR),
    # WSGI: start_response(status, headers) is the server's callable, a parameter of the app
    *_rows(("start_response", ".start_response"), 0, "status", Meaning.RESPONSE, strings=Strings.LINE),
    # Flask-RESTful, flask-smorest (webargs' abort), APIFlask
    *_rows(("flask_restful.abort", "flask_smorest.abort", "webargs.flaskparser.abort"), 0,
           "http_status_code", Meaning.ERROR, converts=True),  # Flask's abort underneath
    *_rows(("apiflask.abort", "apiflask.exceptions.abort", "apiflask.HTTPError",
            "apiflask.exceptions.HTTPError"), 0, "status_code", Meaning.ERROR),
    # Flask-RESTX's namespaces (and an Api, which forwards to its default namespace)
    *_rows((".abort",), 0, "code", Meaning.ERROR, requires="flask_restx"),
    *_rows((".response",), 0, "code", Meaning.RESPONSE, requires="flask_restx",
           formatted=API_DOCUMENT_TEXT, strings=Strings.INT_OR_DIGITS),
    *_rows((".marshal_with", ".marshal_list_with"), None, "code", Meaning.RESPONSE,
           requires="flask_restx", formatted=API_DOCUMENT_TEXT, strings=Strings.INT_OR_DIGITS),
    # flask-smorest's blueprints (apispec turns the code into an int first)
    *_rows((".response", ".alt_response"), 0, "status_code", Meaning.RESPONSE,
           requires="flask_smorest", strings=Strings.INT_OR_DIGITS, converts=True),
    # APIFlask
    *_rows((".output",), None, "status_code", Meaning.RESPONSE, requires="apiflask",
           formatted=API_DOCUMENT_TEXT),
    # sanic-ext's @openapi.response(404, ...) ("default" stands there too; its status= keyword
    # is any call's), aiohttp-apispec's @response_schema(Schema, 201) ("%s" % code)
    *_rows(("sanic_ext.openapi.response", "sanic_ext.extensions.openapi.openapi.response"), 0,
           None, Meaning.RESPONSE, strings=Strings.IGNORED, formatted=API_DOCUMENT_TEXT),
    *_rows(_in(("aiohttp_apispec", "aiohttp_apispec.decorators",
                "aiohttp_apispec.decorators.response"), ("response_schema", "marshal_with")), 1,
           "code", Meaning.RESPONSE, strings=Strings.IGNORED, formatted=API_DOCUMENT_TEXT),
    # Django Ninja
    *_rows(("ninja.errors.HttpError", "ninja.errors.AuthenticationError",
            "ninja.errors.AuthorizationError"), 0, "status_code", Meaning.ERROR,
           strings=Strings.INT_OR_DIGITS),
    *_rows(("ninja.Status", "ninja.responses.Status"), 0, "status_code", Meaning.RESPONSE),
    # Bottle
    *_rows(("bottle.HTTPError",), 0, "status", Meaning.ERROR, strings=Strings.LINE_NOT_DIGITS),
    *_rows(("bottle.BaseResponse", "bottle.Response"), 1, "status", Meaning.RESPONSE,
           strings=Strings.LINE_NOT_DIGITS, headers=Slot(2, "headers"),
           body=Slot(0, "body")),
    *_rows(("bottle.error",), 0, "code", Meaning.HANDLER),
    *_rows((".error",), 0, "code", Meaning.HANDLER, requires="bottle"),
    # Sanic (its helpers are re-exported at the top); over HTTP/3 it sends str(status)
    *_rows(_in(("sanic", "sanic.response"),
               ("text", "json", "html", "raw", "file", "HTTPResponse")), 1, "status",
           Meaning.RESPONSE, formatted=SANIC_TEXT),
    *_rows(("sanic.response.file_stream", "sanic.response.JSONResponse",
            "sanic.response.ResponseStream"), 1, "status", Meaning.RESPONSE,
           formatted=SANIC_TEXT),
    *_rows(("sanic.empty", "sanic.response.empty"), 0, "status", Meaning.RESPONSE,
           formatted=SANIC_TEXT),
    *_rows(("sanic.redirect", "sanic.response.redirect"), 2, "status", Meaning.REDIRECT,
           formatted=SANIC_TEXT),
    *_rows(("sanic.SanicException", "sanic.exceptions.SanicException"), 1, "status_code",
           Meaning.ERROR, formatted=SANIC_TEXT),
    # Falcon: a status line, an int or its digits
    *_rows(("falcon.HTTPError", "falcon.http_error.HTTPError"), 0, "status", Meaning.ERROR,
           strings=Strings.LINE_OR_NUMBER),
    *_rows(("falcon.HTTPStatus", "falcon.http_status.HTTPStatus"), 0, "status",
           Meaning.RESPONSE, strings=Strings.LINE_OR_NUMBER),
    # Litestar: every status by keyword
    *_rows(_in(("litestar.exceptions",), (
        "HTTPException", "ClientException", "InternalServerException", "NotFoundException",
        "NotAuthorizedException", "PermissionDeniedException", "ValidationException",
        "TooManyRequestsException", "ServiceUnavailableException",
        "MethodNotAllowedException")), None, "status_code", Meaning.ERROR),
    *_rows(("litestar.Response", "litestar.response.Response", "litestar.response.File",
            "litestar.response.Stream", "litestar.response.Template"), None, "status_code",
           Meaning.RESPONSE),
    *_rows(("litestar.response.Redirect", "litestar.response.redirect.Redirect"), None,
           "status_code", Meaning.REDIRECT),
    *_rows(_in(("litestar",), ("get", "post", "put", "patch", "delete", "head", "route")), None,
           "status_code", Meaning.RESPONSE, formatted=API_DOCUMENT_TEXT),
    # Pyramid / WebOb: kept as the line "404 Not Found"; the exception looked up by the code
    *_rows(("webob.Response", "webob.response.Response", "pyramid.response.Response"), 1,
           "status", Meaning.RESPONSE, strings=Strings.LINE_OR_NUMBER, converts=True),
    *_rows(("pyramid.httpexceptions.exception_response",), 0, "status_code", Meaning.RESPONSE,
           converts=True),
    # Connexion
    *_rows(("connexion.problem", "connexion.problem.problem"), 0, "status", Meaning.RESPONSE),
    *_rows(("connexion.lifecycle.ConnexionResponse",), 0, "status_code", Meaning.RESPONSE),
    *_rows(("connexion.ProblemException", "connexion.exceptions.ProblemException"), None,
           "status", Meaning.ERROR),
    *_rows(("connexion.exceptions.ClientProblem",), 0, "status", Meaning.ERROR),
    # CherryPy
    *_rows(("cherrypy.HTTPError", "cherrypy._cperror.HTTPError"), 0, "status", Meaning.ERROR,
           strings=Strings.LINE_OR_NUMBER),
    *_rows(("cherrypy.HTTPRedirect", "cherrypy._cperror.HTTPRedirect"), 1, "status",
           Meaning.REDIRECT, strings=Strings.INT_OR_DIGITS),
    # BlackSheep
    *_rows(("blacksheep.Response", "blacksheep.messages.Response"), 0, "status",
           Meaning.RESPONSE),
    *_rows(_in(("blacksheep", "blacksheep.server.responses"), ("json", "text", "html")), 1,
           "status", Meaning.RESPONSE),
    *_rows(("blacksheep.status_code", "blacksheep.server.responses.status_code"), 0, "status",
           Meaning.RESPONSE),
    *_rows(("blacksheep.HTTPException", "blacksheep.exceptions.HTTPException"), 0, "status",
           Meaning.ERROR),
    # Robyn
    *_rows(("robyn.Response",), 0, "status_code", Meaning.RESPONSE),
    # test doubles: responses, respx, aioresponses, pytest-httpserver
    *_rows(_in(("responses",), ("add", "get", "post", "put", "patch", "delete", "head",
                                "options", "replace", "upsert", "Response")), None, "status",
           Meaning.RESPONSE),
    *_rows(("respx.MockResponse",), 0, "status_code", Meaning.RESPONSE),
    *_rows((".respond",), 0, "status_code", Meaning.RESPONSE, requires="respx"),
    *_rows(("aioresponses.CallbackResult",), 1, "status", Meaning.RESPONSE),
    *_rows((".respond_with_json", ".respond_with_data"), 1, "status", Meaning.RESPONSE),
    # WebTest: app.get(url, status=404) fails the test unless the response has that status
    *_rows(tuple(f".{verb}" for verb in ("get", "post", "put", "patch", "delete", "options",
                                         "head", "post_json", "put_json", "patch_json",
                                         "delete_json", "request", "do_request")), None,
           "status", Meaning.ASSERTION, strings=Strings.LINE_OR_NUMBER, requires="webtest", collection=True),
    # urllib3: the statuses that make a request retried
    *_rows(("urllib3.Retry", "urllib3.util.Retry", "urllib3.util.retry.Retry"), None,
           "status_forcelist", Meaning.RESPONSE, collection=True),  # kept: a list shows reprs
)
