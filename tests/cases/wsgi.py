"""A hand-written WSGI application with a route table and middleware, no framework."""
import json
import sys
from wsgiref.simple_server import make_server

ROUTES = {}


def route(path):
    def register(func):
        ROUTES[path] = func
        return func
    return register


@route("/")
def index(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"hello"]


@route("/api/status")
def api_status(environ, start_response):
    body = json.dumps({"status": "ok", "uptime": 300}).encode()
    headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
    start_response("200 Okay", headers)  # HTS006@"200 ="200 Okay": expected "200 OK"
    return [body]


@route("/old")
def old(environ, start_response):
    start_response("301 Moved Permanently", [("Location", "/")])
    return []


@route("/limits")
def limits(environ, start_response):
    start_response("429 Too Many Request", [("Retry-After", "120")])  # HTS006@"429 =expected "429 Too Many Requests"
    return [b"slow down"]


@route("/upload")
def upload(environ, start_response):
    size = int(environ.get("CONTENT_LENGTH") or 0)
    if size > 10 * 1024 * 1024:
        start_response("413 Request Entity Too Large", [("Connection", "close")])
        return [b""]
    status = "202 Accepted"
    start_response(status, [("Content-Length", "0")])
    return []


def not_found(environ, start_response):
    status = "404 Not Fund"  # HTS006@"404 ="404 Not Fund": expected "404 Not Found"
    start_response(status, [("Content-Type", "text/plain")])
    return [b"404 not found"]


def broken(environ, start_response):
    start_response("200OK", [])  # HTS006@"200OK =expected "200 OK"
    return [b""]


def bare(environ, start_response):
    start_response("OK", [("Content-Length", "200")])  # HTS006@"OK
    return [b""]


def dynamic(environ, start_response, code=200, reason="OK"):
    start_response(f"{code} {reason}", [("X-Code", str(code))])
    return [b"%d" % code]


class CatchErrors:
    """Turns an exception into a 500 page; a 404 from the app passes through."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        try:
            return self.app(environ, start_response)
        except Exception:
            start_response("500 Internal Server Error", [("Content-Type", "text/plain")], sys.exc_info())
            return [b"internal error"]


class StatusRecorder:
    def __init__(self, app):
        self.app = app
        self.errors = 0

    def __call__(self, environ, start_response):
        def recording_start_response(status, headers, exc_info=None):
            if int(status.split()[0]) >= 500:
                self.errors += 1
            return start_response(status, headers, exc_info)
        return self.app(environ, recording_start_response)


def application(environ, start_response):
    handler = ROUTES.get(environ.get("PATH_INFO", "/"), not_found)
    return handler(environ, start_response)


if __name__ == "__main__":
    make_server("", 8000, StatusRecorder(CatchErrors(application))).serve_forever()
