"""A Falcon-style API toolkit's settings: statuses held by names ending in _status_code."""
import logging

import falcon

log = logging.getLogger(__name__)

EXPECTED_STATUS_CODE = 200  # HTS001@200
RETRYABLE_STATUS_CODES = (502, 503)


class Resource:
    default_status_code = 404  # HTS001@404
    error_status_code: int = 500  # HTS001@500
    max_retries = 300
    page_size = 100

    def __init__(self, success_status_code=201):
        self.success_status_code = success_status_code
        self.created_status_code = 201  # HTS001@201
        self.timeout = 200

    def on_get(self, req, resp):
        resp.media = {"ok": True}


class Validator:
    def __init__(self, *, invalid_status_code=422, limit=100):
        self.invalid_status_code = invalid_status_code
        self.limit = limit


def make_app():
    app = falcon.App()
    app.add_route("/items", Resource(success_status_code=202))  # HTS001@202
    validator = Validator(invalid_status_code=400, limit=500)  # HTS001@400
    validator.fallback_status_code = 503 if app else 500  # HTS001@503 HTS001@500
    validator.bad_status_code = 299  # HTS002@299
    validator.weird_status_code = 1000
    validator.text_status_code = "404"
    return app, validator


def check(resp):
    expected_status_code = 204  # HTS001@204
    if resp.status_code != expected_status_code:
        log.warning("got %s", resp.status_code)
    return Resource(success_status_code=3)
