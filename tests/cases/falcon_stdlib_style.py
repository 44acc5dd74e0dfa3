# httpstatus-config: style=stdlib
"""A Falcon app written with http.HTTPStatus, whose team chose that style. Falcon writes an
HTTPStatus member into its status line with the stdlib's reason phrase and an int with its own,
and they differ for 413, 418 and 422 (on every Python): there HTTPStatus would change the line
sent, and Falcon's constant (a string) what code reading the status back sees, so nothing is
suggested.
"""
from http import HTTPStatus

import falcon

MAX_BODY = 1_000_000


class UploadResource:
    def on_post(self, req, resp):
        if req.content_length and req.content_length > MAX_BODY:
            raise falcon.HTTPError(413)  # HTS001@413
        data = req.bounded_stream.read()
        if not data:
            resp.status = 422  # HTS001@422
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
        resp.status = 418  # HTS001@418
        resp.status_code = 413  # HTS001@413
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
