"""A Flask API's own helpers: a parameter handed unchanged to a status slot makes the helper a
status position, at its calls, its default, and through helpers that call it."""
from flask import Flask, abort, jsonify, make_response, redirect
from flask.views import MethodView

app = Flask(__name__)


def error(message, code=400):  # HTS001@400
    return make_response(jsonify(error=message), code)


def not_found(message="no such item"):
    return error(message, 404)  # HTS001@404


def fail(code, *, reason=""):
    abort(code)


def moved(url, code=302):  # HTS001@302
    return redirect(url, code=code)


@app.get("/items/<int:item_id>")
def item(item_id):
    if item_id < 0:
        return error("negative id", 422)  # HTS001@422
    if item_id == 0:
        return error("zero", code=409)  # HTS001@409
    if item_id == 1:
        fail(200)  # HTS007@200
    if item_id == 2:
        return moved("/items/3", 200)  # HTS007@200
    if item_id == 3:
        return not_found()

    def refuse(status):
        abort(status)

    refuse(403)  # HTS001@403
    return jsonify(id=item_id)


class ItemAPI(MethodView):
    def deny(self, code=403):  # HTS001@403
        abort(code)

    def get(self, item_id):
        if item_id == 5:
            self.deny(401)  # HTS001@401
        self.deny(code=451)  # HTS001@451
        return jsonify(id=item_id)


class ReadOnlyItemAPI(ItemAPI):
    def delete(self, item_id):
        self.deny(405)  # HTS001@405


# Look-alikes: parameters changed on the way, names that mean something else.


def scaled(code, base=400):
    abort(base + code)


def parsed(code="404"):
    code = int(code)
    abort(code)


def paginate(items, size=100):
    return items[:size]


class Queue:
    def deny(self, code=500):
        return code

    def run(self):
        self.deny(404)
        return paginate([], 200)


def report():
    scaled(4)
    parsed("410")
    return [Queue().deny(404), len(paginate(range(300), 250))]
