"""A URL shortener on plain Werkzeug: Map/Rule routing, Request/Response wrappers."""
from werkzeug import exceptions as wz_exc
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound, abort
from werkzeug.routing import Map, Rule
from werkzeug.serving import run_simple
from werkzeug.utils import redirect
from werkzeug.wrappers import Request, Response

url_map = Map([
    Rule("/", endpoint="index"),
    Rule("/s/<code>", endpoint="follow"),
    Rule("/new", endpoint="new", methods=["POST"]),
    Rule("/gone/<code>", endpoint="gone"),
])
LINKS: dict[str, str] = {}
MAX_URL = 2000


def on_index(request):
    return Response(f"{len(LINKS)} links, showing at most 100", mimetype="text/plain")


def on_follow(request, code):
    target = LINKS.get(code)
    if target is None:
        abort(404)  # HTS001@404 =use HTTPStatus.NOT_FOUND
    if request.args.get("temporary"):
        return redirect(target, code=307)  # HTS001@307
    return redirect(target, 301)  # HTS001@301 =use HTTPStatus.MOVED_PERMANENTLY


def on_new(request):
    url = request.form.get("url", "")
    if not url.startswith(("http://", "https://")):
        abort(Response("Only http(s) URLs", 400))  # HTS001@400 =use HTTPStatus.BAD_REQUEST
    if len(url) > MAX_URL:
        return Response("URL too long", status="414 Request-URI Too Long")
    code = format(len(LINKS) + 100, "x")
    LINKS[code] = url
    response = Response(code, 201, mimetype="text/plain")  # HTS001@201 =use HTTPStatus.CREATED
    response.headers["Location"] = f"/s/{code}"
    response.headers["Cache-Control"] = "max-age=300"
    return response


def on_gone(request, code):
    if LINKS.pop(code, None) is None:
        wz_exc.abort(410)  # HTS001@410 =use HTTPStatus.GONE
    response = Response("removed")
    response.status = "410 GONE"
    return response


class LinkApp:
    def dispatch(self, request):
        adapter = url_map.bind_to_environ(request.environ)
        try:
            endpoint, values = adapter.match()
            return globals()[f"on_{endpoint}"](request, **values)
        except NotFound:
            response = Response("no such link")
            response.status_code = 404  # HTS001@404
            return response
        except MethodNotAllowed:
            return Response("method not allowed", status=405)  # HTS001@405 HTS009@405
        except HTTPException as exc:
            return exc

    def __call__(self, environ, start_response):
        request = Request(environ)
        request.max_content_length = 1024 * 1024
        response = self.dispatch(request)
        if response.status_code >= 500:
            response.status = "500 INTERNAL SERVER ERROR"
        elif response.status_code == 200 and not response.data:  # HTS001@200
            response.status = "204 No Contents"  # HTS006@"204 =expected "204 No Content"
        return response(environ, start_response)


def not_modified(etag):
    response = Response(status=304)  # HTS001@304 =use HTTPStatus.NOT_MODIFIED
    response.set_etag(etag)
    return response


def teapot_free_zone():
    response = Response("brewing")
    response.status_code = 202  # HTS001@202
    response.status = "202 Accepted"
    return response


if __name__ == "__main__":
    run_simple("127.0.0.1", 5000, LinkApp(), use_reloader=True, threaded=True)
