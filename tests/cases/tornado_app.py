"""Tornado book service: RequestHandlers, HTTPError, redirects and an upstream fetch."""
import tornado.escape
import tornado.ioloop
import tornado.web
from tornado.httpclient import AsyncHTTPClient, HTTPClientError
from tornado.web import HTTPError, RequestHandler

BOOKS: dict[str, dict] = {}


class BookHandler(RequestHandler):
    def get(self, isbn):
        book = BOOKS.get(isbn)
        if book is None:
            raise tornado.web.HTTPError(404, "book %s not found", isbn)  # HTS001@404 =use HTTPStatus.NOT_FOUND
        self.set_header("Cache-Control", "max-age=300")
        self.write(book)

    def put(self, isbn):
        created = isbn not in BOOKS
        BOOKS[isbn] = tornado.escape.json_decode(self.request.body)
        if created:
            self.set_status(201)  # HTS001@201 =use HTTPStatus.CREATED
        self.finish()

    def delete(self, isbn):
        if not self.current_user:
            raise HTTPError(403)  # HTS001@403
        if BOOKS.pop(isbn, None) is None:
            self.send_error(404)  # HTS001@404
            return
        self.set_status(204)  # HTS001@204

    def write_error(self, status_code, **kwargs):
        self.finish({"error": self._reason, "code": status_code})


class LegacyHandler(RequestHandler):
    def get(self):
        self.redirect("/books", status=301)  # HTS001@301 =use HTTPStatus.MOVED_PERMANENTLY

    def post(self):
        self.set_status(299, reason="Accepted With Warnings")  # HTS002@299 =unknown HTTP status 299


class UpstreamHandler(RequestHandler):
    async def get(self):
        client = AsyncHTTPClient()
        try:
            response = await client.fetch("https://books.example.com/feed", request_timeout=300)
        except HTTPClientError as exc:
            raise HTTPError(status_code=502, reason="Bad upstream") from exc  # HTS001@502
        except TimeoutError:
            raise HTTPError(504)  # HTS001@504 =use HTTPStatus.GATEWAY_TIMEOUT
        self.set_header("Content-Type", "application/json")
        self.set_status(200, reason="OK")  # HTS001@200
        self.write(response.body[:1000])


class HealthHandler(RequestHandler):
    def get(self):
        if not BOOKS:
            raise tornado.web.HTTPError(status_code=503, log_message="no books loaded")  # HTS001@503
        self.write({"books": len(BOOKS), "limit": 500})


def fake_timeout():
    return HTTPClientError(599, message="Timeout")  # HTS002@599


def make_app():
    return tornado.web.Application(
        [
            (r"/books/([0-9]{13})", BookHandler),
            (r"/legacy", LegacyHandler),
            (r"/upstream", UpstreamHandler),
            (r"/health", HealthHandler),
        ],
        compress_response=True,
        max_body_size=100 * 1024,
    )


if __name__ == "__main__":
    make_app().listen(8888)
    loop = tornado.ioloop.IOLoop.current()
    loop.call_later(600, loop.stop)
    loop.start()
