"""A tiny JSON and file server on http.server, plus an urllib health probe."""
import json
import os
import urllib.request
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.abspath("public")
CHUNK = 64 * 1024


class ApiHandler(BaseHTTPRequestHandler):
    server_version = "tiny/1.0"
    timeout = 300

    def _json(self, payload, code=HTTPStatus.OK):
        body = json.dumps(payload).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/health":
            self.send_response(200)  # HTS001@200 =use HTTPStatus.OK
            self.end_headers()
            return
        if self.path.startswith("/files/"):
            return self._serve_file(self.path[len("/files/"):])
        self.send_error(404, "Not found: %s" % self.path[:200])  # HTS001@404 =use HTTPStatus.NOT_FOUND

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        if length > 1_000_000:
            self.send_error(code=413, message="Body too large")  # HTS001@413
            return
        if self.headers.get("Expect", "").lower() == "100-continue":
            self.send_response_only(100)  # HTS001@100 =use HTTPStatus.CONTINUE
            self.end_headers()
        data = json.loads(self.rfile.read(length) or b"{}")
        self._json({"received": len(data)}, HTTPStatus.CREATED)

    def do_DELETE(self):
        self.send_error(HTTPStatus.METHOD_NOT_ALLOWED, explain="read-only server")

    def do_PUT(self):
        self.send_error(501, "PUT is not supported")  # HTS001@501 =use HTTPStatus.NOT_IMPLEMENTED

    def _serve_file(self, name):
        path = os.path.join(ROOT, os.path.normpath(name))
        if not path.startswith(ROOT):
            self.send_error(403)  # HTS001@403
            return
        try:
            f = open(path, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        with f:
            self.send_response(200)  # HTS001@200
            self.send_header("Cache-Control", "max-age=600")
            self.end_headers()
            while chunk := f.read(CHUNK):
                self.wfile.write(chunk)

    def log_message(self, format, *args):
        if len(args) > 1 and args[1] == "200":
            return
        super().log_message(format, *args)


class Redirector(SimpleHTTPRequestHandler):
    def do_GET(self):
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", "https://example.com" + self.path)
        self.end_headers()

    def do_HEAD(self):
        self.send_response(307, "Temporary Redirect")  # HTS001@307
        self.send_header("Location", "https://example.com" + self.path)
        self.end_headers()


def upstream_is_healthy(url: str) -> bool:
    with urllib.request.urlopen(url, timeout=30) as resp:
        if resp.getcode() == 200:  # HTS001@200
            return True
        return resp.status in (204, 206)  # HTS001@204 HTS001@206


if __name__ == "__main__":
    with ThreadingHTTPServer(("", 8000), ApiHandler) as httpd:
        httpd.timeout = 300
        httpd.serve_forever(poll_interval=0.5)
