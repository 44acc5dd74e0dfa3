# httpstatus-config: target_version=3.13
"""target_version=3.13: the suggestions use the RFC 9110 names HTTPStatus has since 3.13.

413, 414, 416 and 422 got new names in 3.13; a project that runs on 3.13+ only gets those.
Compare options_style_py39.py, the same code under the default target.
"""
from http import HTTPStatus

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
MAX_URL = 2048


@app.post("/upload")
def upload():
    if request.content_length and request.content_length > app.config["MAX_CONTENT_LENGTH"]:
        abort(413)  # HTS001@413 =413 (Content Too Large): use HTTPStatus.CONTENT_TOO_LARGE
    if len(request.url) > MAX_URL:
        abort(414)  # HTS001@414 =414 (URI Too Long): use HTTPStatus.URI_TOO_LONG
    data = request.get_json(silent=True) or {}
    if "name" not in data:
        return jsonify(error="name is required"), 422  # HTS001@422 =422 (Unprocessable Content): use HTTPStatus.UNPROCESSABLE_CONTENT
    return jsonify(saved=data["name"][:200]), 201  # HTS001@201 =use HTTPStatus.CREATED


@app.get("/files/<name>")
def download(name):
    start, _, end = request.headers.get("Range", "bytes=0-").removeprefix("bytes=").partition("-")
    if end and int(end) < int(start or 0):
        abort(416)  # HTS001@416 =416 (Range Not Satisfiable): use HTTPStatus.RANGE_NOT_SATISFIABLE
    if request.args.get("expect") == "fail":
        abort(417)  # HTS001@417 =use HTTPStatus.EXPECTATION_FAILED
    return jsonify(name=name, limit=100)


@app.get("/missing")
def missing():
    abort(404)  # HTS001@404 =404 (Not Found): use HTTPStatus.NOT_FOUND


@app.get("/legacy")
def legacy():
    abort(HTTPStatus.UNPROCESSABLE_ENTITY)  # HTS008@HTTPStatus.UNPROCESSABLE_ENTITY =old name of 422 (Unprocessable Content): use HTTPStatus.UNPROCESSABLE_CONTENT
    abort(HTTPStatus.NOT_FOUND)
    abort(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)  # HTS008@HTTPStatus.REQUEST_ENTITY_TOO_LARGE =old name of 413 (Content Too Large): use HTTPStatus.CONTENT_TOO_LARGE
    abort(HTTPStatus(413))  # HTS001@413 =413 (Content Too Large): use HTTPStatus.CONTENT_TOO_LARGE


def check(client):
    r = client.post("/upload", data=b"x" * 300)
    assert r.status_code in (413, 422)  # HTS001@413 HTS001@422 =use HTTPStatus.CONTENT_TOO_LARGE
    assert r.status_code >= 400
    return r
