"""A Pyramid app with WebOb responses and WebTest tests: Response(status=...),
request.response.status / status_int / status_code, exception_response(code), HTTP exception
classes with a `code`, and WebTest's status= expectations.

WebOb's Response(status=...) and .status take an int, its digits or a status line; WebTest's
status= takes an int, a list of ints, an exact status line or a glob such as "4*".
"""
from pyramid.config import Configurator
from pyramid.httpexceptions import HTTPClientError, HTTPFound, HTTPNotFound, exception_response
from pyramid.response import Response
from pyramid.view import view_config
from webob import Response as WebObResponse
from webtest import TestApp

NOTES = {}


class HTTPNoteLocked(HTTPClientError):
    code = 423  # HTS001@423
    title = "Locked"
    explanation = "This note is locked."


@view_config(route_name="note", request_method="GET", renderer="json")
def get_note(request):
    key = request.matchdict["key"]
    if key not in NOTES:
        raise HTTPNotFound(f"no note {key!r}")
    if len(key) > 200:
        raise exception_response(414)  # HTS001@414 =414 (Request-URI Too Long): use HTTPStatus.REQUEST_URI_TOO_LONG
    return NOTES[key]


@view_config(route_name="notes", request_method="POST", renderer="json")
def create_note(request):
    note = request.json_body
    if "key" not in note:
        return Response(json_body={"error": "a note needs a key"}, status=400)  # HTS001@400
    NOTES[note["key"]] = note.get("text", "")[:500]
    request.response.status = 201  # HTS001@201
    return {"key": note["key"]}


@view_config(route_name="note", request_method="PUT")
def replace_note(request):
    key = request.matchdict["key"]
    if NOTES.get(key, {}).get("locked"):
        raise HTTPNoteLocked()
    NOTES[key] = {"text": request.text[:500]}
    request.response.status_int = 204  # HTS001@204
    return request.response


@view_config(route_name="note", request_method="DELETE")
def delete_note(request):
    if NOTES.pop(request.matchdict["key"], None) is None:
        return WebObResponse("no such note", status="404 Not Fond")  # HTS006@"404 =expected "404 Not Found"
    return Response(status="204 No Content")


@view_config(route_name="old")
def old(request):
    return HTTPFound(location=request.route_url("notes"))


@view_config(route_name="export")
def export(request):
    if not NOTES:
        return exception_response(status_code=4040)  # HTS003@4040
    return Response(body=b"\x00" * 100, status=206, content_type="application/octet-stream")  # HTS001@206


def make_app():
    with Configurator() as config:
        config.add_route("notes", "/notes")
        config.add_route("note", "/notes/{key}")
        config.add_route("old", "/old")
        config.add_route("export", "/export")
        config.scan()
        return config.make_wsgi_app()


def test_notes():
    app = TestApp(make_app())
    app.post_json("/notes", {"key": "a", "text": "x" * 200}, status=201)  # HTS001@201
    app.get("/notes/missing", status=404)  # HTS001@404
    app.get("/notes/" + "k" * 300, status="4*")
    app.get("/old", status=[301, 302])  # HTS001@301 HTS001@302
    res = app.put("/notes/a", "new text", status="204 No Content")
    assert res.status_int == 204  # HTS001@204
    res = app.delete("/notes/nope", expect_errors=True)
    assert res.status == "404 Not Found"
    assert res.status_code == 404  # HTS001@404
