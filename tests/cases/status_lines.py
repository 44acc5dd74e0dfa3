"""Status-line strings ("200 OK") in every position that takes one: WSGI, Werkzeug, Flask.

Case does not matter and older RFC phrases are fine; a wrong phrase or a malformed line is HTS006.
"""
import logging

from flask import Response
from werkzeug.wrappers import Response as WerkzeugResponse

log = logging.getLogger(__name__)
EXAMPLES = ["200 OK", "404 Not Fund", "500 oops"]


def wsgi_app(environ, start_response):
    path = environ["PATH_INFO"]
    headers = [("Content-Type", "text/plain")]
    if path == "/upper":
        start_response("404 NOT FOUND", headers)
    elif path == "/lower":
        start_response("404 not found", headers)
    elif path == "/rfc2068":
        start_response("302 Moved Temporarily", headers)
    elif path == "/rfc4918":
        start_response("422 Unprocessable Entity", headers)
    elif path == "/rfc9110":
        start_response("422 Unprocessable Content", headers)
    elif path == "/too-large":
        start_response("413 Content Too Large", headers)
    elif path == "/wrong-code":
        start_response("404 OK", headers)  # HTS006@"404 =expected "404 Not Found"
    elif path == "/created":
        start_response("201 OK", headers)  # HTS006@"201 ="201 OK": expected "201 Created"
    elif path == "/moved":
        start_response("301 Moved", headers)  # HTS006@"301 =expected "301 Moved Permanently"
    elif path == "/no-space":
        start_response("404Not Found", headers)  # HTS006@"404Not
    elif path == "/no-code":
        start_response("Not Found", headers)  # HTS006@"Not
    elif path == "/custom":
        start_response("299 Custom Success", headers)  # HTS002@"299 =unknown HTTP status 299
    elif path == "/cloudflare":
        start_response("520 Origin Error", headers)  # HTS002@"520
    elif path == "/proxy":
        start_response("305 Use Proxy", headers)  # HTS004@"305 =305 (Use Proxy) is deprecated
    elif path == "/early":
        start_response("425 Too Early", headers)  # HTS005@"425 =425 (Too Early) is experimental
    elif path == "/hints":
        start_response("103 Early Hints", headers)  # HTS005@"103
    elif path == "/pay":
        start_response("402 payment required", headers)  # HTS005@"402
    else:
        status = "200 OK"
        start_response(status, headers)
    log.info("served %s with %s", path, "200 OK")
    return [b"done"]


def flask_responses(kind):
    if kind == "gone":
        return Response("gone", status="410 GONE")
    if kind == "gone-away":
        return Response("gone", status="410 Gone Away")  # HTS006@"410 =expected "410 Gone"
    if kind == "positional":
        return Response("missing", "404 NOT FOUND")
    if kind == "positional-typo":
        return WerkzeugResponse("missing", "404 Not Fund")  # HTS006@"404 ="404 Not Fund": expected "404 Not Found"
    if kind == "keyword-typo":
        return WerkzeugResponse("fine", status="200 Fine")  # HTS006@"200
    if kind == "not-a-line":
        return Response("queued", status="active")
    return Response("ok", status="200 OK")


def mutate(response, failed):
    if failed:
        response.status = "500 Server Error"  # HTS006@"500 =expected "500 Internal Server Error"
        response.status = "503 Service Unavailable"
    else:
        response.status = "204 NO CONTENT"
    status = "pending"
    status = "202 Acepted"  # HTS006@"202 =expected "202 Accepted"
    return status


def not_positions(order):
    print("404 Not Fund")
    label = "500 oops, try again"
    order.note = "200 Okay, shipped"
    return {"status_line": "201 OK", "label": label}
