"""The catalogue, served by the standard library's http.server."""

import json
import threading
import urllib.error
import urllib.request
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO

from shopfront.errors import ShopError, problem, reserve

ITEMS = {"1": {"name": "lamp"}, "2": {"name": "desk"}, "0": {"name": "tv"}}
STOCK = {"1": 3, "2": 0, "0": 1}
LOG = []


class CatalogueHandler(BaseHTTPRequestHandler):
    server_version = "shopfront/0.3"
    sys_version = ""

    def date_time_string(self, timestamp=None):
        return "Thu, 01 Jan 2026 00:00:00 GMT"

    def log_message(self, format, *args):
        LOG.append(format % args)

    def do_GET(self):
        item_id = self.path.rsplit("/", 1)[-1]
        if item_id not in ITEMS:
            self.send_error(404, "No such item")
            return
        self.send_json(200, ITEMS[item_id])

    def do_POST(self):
        item_id = self.path.rsplit("/", 1)[-1]
        try:
            reserve(STOCK, item_id)
        except ShopError as err:
            self.send_json(err.status_code, problem(err))
            return
        self.send_response(201)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_DELETE(self):
        self.send_error(405)

    def send_json(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class Exchange(CatalogueHandler):
    """One request answered in memory: ``Exchange(raw).response``."""

    def __init__(self, raw):
        super().__init__(raw, ("127.0.0.1", 50000), None)

    def setup(self):
        self.rfile = BytesIO(self.request)
        self.wfile = BytesIO()

    def finish(self):
        self.response = self.wfile.getvalue()


def in_memory(method, path):
    raw = f"{method} {path} HTTP/1.0\r\nHost: shop\r\n\r\n".encode()
    return Exchange(raw).response


def over_loopback(paths):
    """GET each path from a real server on 127.0.0.1: what urllib says."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), CatalogueHandler)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    said = []
    try:
        for path in paths:
            url = f"http://127.0.0.1:{server.server_port}{path}"
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    if response.status == 200:
                        said.append(f"{path}: ok {response.read().decode()}")
            except urllib.error.HTTPError as err:
                assert err.code == 404, err.code
                phrase = HTTPStatus(404).phrase
                said.append(f"{path}: {err.code} {phrase}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    return said
