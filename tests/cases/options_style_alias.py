"""http.server handler in a module that imports HTTPStatus under an alias (auto style).

Suggestions follow the module's own spelling: S.NOT_FOUND, not HTTPStatus.NOT_FOUND.
"""
import json
from http import HTTPStatus as S
from http.server import BaseHTTPRequestHandler, HTTPServer

MAX_BODY = 64 * 1024


class KeyValueHandler(BaseHTTPRequestHandler):
    store: dict[str, bytes] = {}

    def do_GET(self):
        value = self.store.get(self.path)
        if value is None:
            self.send_error(404)  # HTS001@404 =use S.NOT_FOUND
            return
        self.send_response(200)  # HTS001@200 =use S.OK
        self.send_header("Content-Length", str(len(value)))
        self.send_header("Cache-Control", "max-age=300")
        self.end_headers()
        self.wfile.write(value)

    def do_PUT(self):
        length = int(self.headers.get("Content-Length", 0))
        if length > MAX_BODY:
            self.send_error(413)  # HTS001@413 =use S.REQUEST_ENTITY_TOO_LARGE
            return
        created = self.path not in self.store
        self.store[self.path] = self.rfile.read(length)
        self.send_response(S.CREATED if created else S.NO_CONTENT)
        self.end_headers()

    def do_DELETE(self):
        if self.store.pop(self.path, None) is None:
            self.send_error(S.NOT_FOUND)
            return
        self.send_response(204)  # HTS001@204 =use S.NO_CONTENT
        self.end_headers()

    def do_POST(self):
        self.send_response(S.USE_PROXY)  # HTS004@S.USE_PROXY =305 (Use Proxy) is deprecated
        self.send_header("Location", "http://proxy.internal:3128")
        self.end_headers()
        self.wfile.write(json.dumps({"retry_in": 300}).encode())


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), KeyValueHandler).serve_forever()
