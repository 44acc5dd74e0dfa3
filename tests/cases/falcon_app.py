# httpstatus-config: min_versions=falcon:4.0
"""A Falcon app: resp.status and resp.status_code, HTTPError(status, ...), HTTPStatus(status),
and the tests' result.status_code.

Falcon's own constants (falcon.HTTP_404, falcon.HTTP_NOT_FOUND) are status-line strings. Since
Falcon 3.0 a status may also be an int, an http.HTTPStatus or digits ("404"). This module writes
Falcon's constants already, so where Falcon takes a status line its constant is suggested (at an
error from Falcon 4.0, which titles it with the line); where an int is compared, HTTPStatus
(Falcon's own HTTPStatus is imported here, so through http).
"""
import falcon
import falcon.testing
from falcon import HTTPError, HTTPStatus

NOTES = {}


class NoteResource:
    def on_get(self, req, resp, key):
        if key not in NOTES:
            raise falcon.HTTPNotFound(title="No such note")
        if len(key) > 200:
            raise HTTPError(414, title="Key too long", code=1414)  # HTS001@414 =414 (URI Too Long): use falcon.HTTP_414
        if NOTES[key].get("etag") == req.get_header("If-None-Match"):
            raise HTTPStatus(304)  # HTS001@304 =use falcon.HTTP_304
        resp.media = NOTES[key]
        resp.status = falcon.HTTP_200

    def on_put(self, req, resp, key):
        body = req.get_media()
        if not isinstance(body, dict):
            raise falcon.HTTPError(falcon.HTTP_422, title="A note is an object")
        if NOTES.get(key, {}).get("locked"):
            raise falcon.HTTPError(status=423, title="Locked")  # HTS001@423
        created = key not in NOTES
        NOTES[key] = body
        resp.status = 201 if created else 200  # HTS001@201 HTS001@200 =use falcon.HTTP_201

    def on_delete(self, req, resp, key):
        if NOTES.pop(key, None) is None:
            raise falcon.HTTPError(4040, title="No such note")  # HTS003@4040
        resp.status = "204 No Content"


class ExportResource:
    def on_get(self, req, resp):
        limit = req.get_param_as_int("limit", min_value=1, max_value=500) or 100
        if not NOTES:
            resp.status_code = 204  # HTS001@204 =use http.HTTPStatus.NO_CONTENT
            return
        if req.get_param_bool("early"):
            raise HTTPError(425, title="Try again after the handshake")  # HTS005@425
        if req.get_param_bool("partial"):
            resp.status_code = 299  # HTS002@299
        resp.media = list(NOTES.values())[:limit]
        resp.status = "200 Okay"  # HTS006@"200


class MovedResource:
    def on_get(self, req, resp):
        raise falcon.HTTPMovedPermanently("/notes")

    def on_post(self, req, resp):
        raise falcon.HTTPStatus(falcon.HTTP_307, headers={"Location": "/notes"})


def create_app():
    app = falcon.App(cors_enable=True)
    app.add_route("/notes/{key}", NoteResource())
    app.add_route("/export", ExportResource())
    app.add_route("/old", MovedResource())
    app.req_options.auto_parse_form_urlencoded = True
    return app


def test_missing_note():
    client = falcon.testing.TestClient(create_app())
    result = client.simulate_get("/notes/nope")
    assert result.status == falcon.HTTP_404
    assert result.status_code == 404  # HTS001@404 =use http.HTTPStatus.NOT_FOUND
    assert len(result.text) < 500
