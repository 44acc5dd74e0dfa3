"""A Falcon app that writes int statuses and reads them back: auto keeps HTTPStatus here (an int
that compares as before), not Falcon's string constants, which this module does not write.
Where Falcon would send another reason phrase for the HTTPStatus member (413, 418, 422), or has
no constant of its own for the versions supported (421 before Falcon 4.0: "421 Unknown"),
nothing is suggested. An object's own .status (self.status) is no Falcon response.
"""
import logging

import falcon

LOG = logging.getLogger(__name__)
MAX_ITEMS = 200


class ItemsResource:
    def on_get(self, req, resp):
        resp.media = {"items": [], "limit": MAX_ITEMS}
        resp.status = 200  # HTS001@200 =use HTTPStatus.OK

    def on_post(self, req, resp):
        if req.content_length and req.content_length > 10_000:
            resp.status = 413  # HTS001@413
            return
        if req.get_header("X-Legacy"):
            resp.status_code = 422  # HTS001@422
            return
        resp.status = 201  # HTS001@201 =use HTTPStatus.CREATED

    def on_put(self, req, resp):
        if req.get_header("X-Wrong-Host"):
            resp.status = 421  # HTS001@421
            return
        raise falcon.HTTPError(409, title="Conflict")  # HTS001@409 =use HTTPStatus.CONFLICT


class AccessLog:
    def process_response(self, req, resp, resource, req_succeeded):
        if resp.status == 404:  # HTS001@404 =use HTTPStatus.NOT_FOUND
            LOG.info("not found: %s", req.path)


class Job:
    def __init__(self):
        self.status = 200  # HTS001@200 =use HTTPStatus.OK

    def failed(self):
        return self.status >= 400


def create_app():
    app = falcon.App(middleware=[AccessLog()])
    app.add_route("/items", ItemsResource())
    return app
