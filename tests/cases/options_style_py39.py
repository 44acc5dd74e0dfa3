"""Default target (Python 3.9): the suggestions use the names HTTPStatus had in 3.9.

413, 414, 416 and 422 were renamed in 3.13 (RFC 9110); the old names are the ones that exist
on every supported Python, so those are suggested. Compare options_style_py313.py.
"""
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
MAX_URL = 2048


@app.post("/upload")
def upload():
    if request.content_length and request.content_length > app.config["MAX_CONTENT_LENGTH"]:
        abort(413)  # HTS001@413 =413 (Request Entity Too Large): use HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    if len(request.url) > MAX_URL:
        abort(414)  # HTS001@414 =414 (Request-URI Too Long): use HTTPStatus.REQUEST_URI_TOO_LONG
    data = request.get_json(silent=True) or {}
    if "name" not in data:
        return jsonify(error="name is required"), 422  # HTS001@422 =422 (Unprocessable Entity): use HTTPStatus.UNPROCESSABLE_ENTITY
    return jsonify(saved=data["name"][:200]), 201  # HTS001@201 =use HTTPStatus.CREATED


@app.get("/files/<name>")
def download(name):
    start, _, end = request.headers.get("Range", "bytes=0-").removeprefix("bytes=").partition("-")
    if end and int(end) < int(start or 0):
        abort(416)  # HTS001@416 =416 (Requested Range Not Satisfiable): use HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE
    if request.args.get("expect") == "fail":
        abort(417)  # HTS001@417 =417 (Expectation Failed): use HTTPStatus.EXPECTATION_FAILED
    return jsonify(name=name, limit=100)


@app.get("/missing")
def missing():
    abort(404)  # HTS001@404 =use HTTPStatus.NOT_FOUND


def check(client):
    r = client.post("/upload", data=b"x" * 300)
    assert r.status_code in (413, 422)  # HTS001@413 HTS001@422 =use HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    assert r.status_code >= 400
    return r
