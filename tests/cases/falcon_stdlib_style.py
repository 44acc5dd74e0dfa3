# httpstatus-config: style=stdlib
"""A Falcon app written with http.HTTPStatus, whose team chose that style: it is kept where Falcon
takes a status line, but for the codes whose reason phrase Falcon writes differently for an
HTTPStatus member (413, 418 and 422 on every Python): there Falcon's own constant keeps the line
it sends. (Under auto, Falcon's constants stand wherever Falcon takes a line.)
"""
from http import HTTPStatus

import falcon

MAX_BODY = 1_000_000


class UploadResource:
    def on_post(self, req, resp):
        if req.content_length and req.content_length > MAX_BODY:
            raise falcon.HTTPError(413)  # HTS001@413 =use falcon.HTTP_413
        data = req.bounded_stream.read()
        if not data:
            resp.status = 422  # HTS001@422 =use falcon.HTTP_422
            return
        resp.media = {"size": len(data)}
        resp.status = 201  # HTS001@201 =use HTTPStatus.CREATED

    def on_get(self, req, resp):
        resp.status = HTTPStatus.OK
        resp.media = {"max": MAX_BODY}

    def on_delete(self, req, resp):
        resp.status = HTTPStatus.NO_CONTENT


class TeapotResource:
    def on_get(self, req, resp):
        resp.status = 418  # HTS001@418 =use falcon.HTTP_418
        resp.text = "short and stout"

    def on_put(self, req, resp):
        raise falcon.HTTPError(HTTPStatus.METHOD_NOT_ALLOWED, headers={"Allow": "GET"})


def create_app():
    app = falcon.App()
    app.add_route("/upload", UploadResource())
    app.add_route("/teapot", TeapotResource())
    return app


def test_teapot(client):
    result = client.simulate_get("/teapot")
    assert result.status_code == 418  # HTS001@418 =use HTTPStatus.IM_A_TEAPOT
    assert result.status == falcon.HTTP_418
    assert len(result.text) < 100
