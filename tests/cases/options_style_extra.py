# httpstatus-config: extra_codes=499,520 extra_calls=myapp.http.fail:0:code,.reply:1 allow_literals=200
"""Project options: two vendor codes accepted, a house helper that takes a status, 200 allowed.

- extra_codes=499,520: nginx's 499 and Cloudflare's 520 are known, so silent (no constant exists).
- extra_calls: myapp.http.fail takes a status first (or as code=), any .reply() second.
- allow_literals=200: a bare 200 is accepted; every other literal still gets HTS001.
"""
import myapp.http
from flask import Flask, abort, jsonify
from myapp import http as house
from myapp.http import fail

from myapp.clients import upstream

app = Flask(__name__)


@app.get("/orders/<int:oid>")
def order(oid):
    if oid <= 0:
        fail(404)  # HTS001@404 =use HTTPStatus.NOT_FOUND
    if oid > 10_000:
        fail(code=409)  # HTS001@409
    if oid == 4040:
        fail(4040)  # HTS003@4040
    if oid == 299:
        fail(299)  # HTS002@299 =unknown HTTP status 299
    if oid == 499:
        fail(499)
    if oid == 520:
        abort(520)
    myapp.http.fail(403)  # HTS001@403 =use HTTPStatus.FORBIDDEN
    house.fail(410)  # HTS001@410 =use HTTPStatus.GONE
    fail("order %d not found" % oid, 404)
    upstream.fail(404)
    return jsonify(id=oid), 200


@app.post("/orders")
def create_order():
    return jsonify(created=True), 201  # HTS001@201 =use HTTPStatus.CREATED


@app.get("/client-closed")
def client_closed():
    return jsonify(error="client closed request"), 499


class Bot:
    def handle(self, message):
        if not message.text:
            return self.reply(message, 400)  # HTS001@400 =use HTTPStatus.BAD_REQUEST
        if len(message.text) > 200:
            return self.reply(message, 413, "too long")  # HTS001@413
        self.reply(404, message)
        return self.reply(message, 200)


def check(client):
    r = client.get("/orders/1")
    assert r.status_code == 200
    assert r.status_code in (200, 201)  # HTS001@201
    assert r.status_code != 520
    assert client.get("/client-closed").status_code == 499
