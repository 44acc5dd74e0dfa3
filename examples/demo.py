"""A small Flask service with every kind of status mistake flake8-httpstatus reports.

Run ``flake8 --select=HTS --httpstatus-target-version=3.13 examples/demo.py`` to see one report
of each code: the service runs on Python 3.13, whose HTTPStatus has the RFC 9110 names (HTS008), and
``--select=HTS`` also shows the codes that are off by default (HTS009, HTS010).
"""

from http import HTTPStatus

from flask import Flask, abort, jsonify, redirect, request

app = Flask(__name__)


@app.get("/items/<int:item_id>")
def get_item(item_id):
    if item_id not in ITEMS:
        abort(404)  # HTS001: a bare number where HTTPStatus.NOT_FOUND says it
    return jsonify(ITEMS[item_id]), 200  # HTS001


@app.post("/items")
def create_item():
    if not request.is_json:
        abort(4004)  # HTS003: a typo for 404
    ITEMS[len(ITEMS)] = request.get_json()
    return jsonify(ok=True), 299  # HTS002: not a registered status


@app.get("/legacy")
def legacy():
    return "go through the proxy", HTTPStatus.USE_PROXY  # HTS004: deprecated


@app.get("/early")
def early():
    return "", 103  # HTS005: experimental


@app.get("/health")
def health():
    if request.args.get("strict") and len(ITEMS) > 100:
        abort("503")  # HTS011: abort needs the int 503, not a string
    return "ok"


@app.get("/old-items")
def old_items():
    return redirect("/items", code=200)  # HTS007: a redirect needs a 3xx status


@app.put("/items/<int:item_id>")
def replace_item(item_id):
    if not request.is_json:
        abort(HTTPStatus.UNPROCESSABLE_ENTITY)  # HTS008: UNPROCESSABLE_CONTENT since Python 3.13
    ITEMS[item_id] = request.get_json()
    return "", HTTPStatus.NO_CONTENT


@app.get("/catalogue")
def catalogue():
    return "see /items", HTTPStatus.MOVED_PERMANENTLY  # HTS009: a redirect without Location


@app.delete("/items/<int:item_id>")
def delete_item(item_id):
    ITEMS.pop(item_id, None)
    return "deleted", HTTPStatus.NO_CONTENT  # HTS010: a 204 has no content


def wsgi_app(environ, start_response):
    start_response("404 Not Fund", [("Content-Type", "text/plain")])  # HTS006: misspelt phrase
    return [b"nothing here"]


ITEMS: dict[int, dict[str, str]] = {}
MAX_NAME_LENGTH = 200  # not a status: never reported
