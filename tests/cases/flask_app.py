"""A Flask app with a JSON API blueprint, redirects and error handlers."""
from flask import (
    Blueprint,
    Flask,
    Response,
    abort,
    jsonify,
    make_response,
    redirect,
    render_template,
    render_template_string,
    request,
    url_for,
)
from flask_limiter import Limiter

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024
api = Blueprint("api", __name__, url_prefix="/api")
limiter = Limiter(app, default_limits=["200 per day", "50 per hour"])

ITEMS: dict[int, dict] = {}


@app.route("/")
def index():
    limit = request.args.get("limit", 100, type=int)
    return render_template("index.html", items=list(ITEMS.values())[:limit])


@app.route("/old-index")
def old_index():
    return redirect(url_for("index"), 301)  # HTS001@301 =use HTTPStatus.MOVED_PERMANENTLY


@app.route("/login")
def login_redirect():
    return redirect("/auth/login?next=/", code=302)  # HTS001@302 =use HTTPStatus.FOUND


@api.get("/items/<int:item_id>")
@limiter.limit("100 per minute")
def get_item(item_id):
    item = ITEMS.get(item_id) or abort(404)  # HTS001@404 =use HTTPStatus.NOT_FOUND
    return jsonify(item)


@api.post("/items")
def create_item():
    data = request.get_json(silent=True)
    if data is None:
        abort(make_response(jsonify(error="JSON body required"), 400))  # HTS001@400
    if len(data.get("name", "")) > 200:
        return jsonify(error="name too long"), 422  # HTS001@422 =use HTTPStatus.UNPROCESSABLE_ENTITY
    ITEMS[len(ITEMS) + 1] = data
    return jsonify(data), 201, {"Location": url_for("api.get_item", item_id=len(ITEMS))}  # HTS001@201


@api.delete("/items/<int:item_id>")
def delete_item(item_id):
    if ITEMS.pop(item_id, None) is None:
        abort(code=404)  # HTS001@404
    return "", 204  # HTS001@204 =use HTTPStatus.NO_CONTENT


@api.get("/items/export")
def export_items():
    body = "\n".join(f"{key},{item['name'][:200]}" for key, item in ITEMS.items())
    return Response(body, 200, mimetype="text/csv")  # HTS001@200


@api.get("/items/feed")
def items_feed():
    if not ITEMS:
        return Response("not ready", status="503 SERVICE UNAVAILABLE")
    return Response(jsonify(list(ITEMS)).data, status=200, mimetype="application/json")  # HTS001@200


@api.put("/items/<int:item_id>")
def replace_item(item_id):
    if item_id not in ITEMS:
        return {"error": "unknown item"}, 404, {"X-Item": str(item_id)}  # HTS001@404
    ITEMS[item_id] = request.get_json()
    return make_response(jsonify(ITEMS[item_id]), 200)  # HTS001@200


@app.errorhandler(404)  # HTS001@404 =use HTTPStatus.NOT_FOUND
def not_found(error):
    return render_template("404.html"), 404  # HTS001@404#2


@api.app_errorhandler(413)  # HTS001@413 =use HTTPStatus.REQUEST_ENTITY_TOO_LARGE
def too_large(error):
    return make_response(jsonify(error="payload larger than 16 MiB"), 413)  # HTS001@413


@app.get("/legacy/<path:rest>")
def legacy(rest):
    return render_template_string("""
        <h1>404</h1><p>{{ rest[:200] }} moved; see the 2024 index.</p>
    """, rest=rest), 404  # HTS001@404


def server_error(error):
    app.logger.exception("500 on %s", request.path)
    return {"error": "internal"}, 500  # HTS001@500


app.register_error_handler(500, server_error)  # HTS001@500 =use HTTPStatus.INTERNAL_SERVER_ERROR


def retry_backoff():
    return 0, 200


def thumbnail_spec():
    return "webp", 200, 200, 85


if __name__ == "__main__":
    app.register_blueprint(api)
    app.run(port=5000, debug=True)
