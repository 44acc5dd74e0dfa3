"""Numbers that look like HTTP statuses but stand where no status does: nothing here is reported.

A docstring may say 404, 500 or "200 OK" freely, and so may a comment: abort(404).
"""
import sys
import time
from http import HTTPStatus
from typing import Literal

import requests
from django.core.cache import cache
from django.db import models
from urllib3.util.retry import Retry

MAX_ITEMS = 500
OkStatus = Literal[200, 201, 204]
RETRYABLE = {502, 503, 504}
EXPECTED = [200, 201, 204]
status = 200  # a plain name given a number: not a status line, not a position


def abort(code):
    """A local helper that happens to be called abort; flask's abort is not imported here."""
    raise SystemExit(code)


class Product(models.Model):
    name = models.CharField(max_length=200)
    sku = models.CharField(max_length=100, unique=True)
    stock = models.PositiveIntegerField(default=500)
    status = models.CharField(max_length=20, default="active")


def fetch(url, expected=HTTPStatus.OK):
    r = requests.get(url, timeout=500)
    if 200 <= r.status_code < 300:
        return r.json()
    if r.status_code >= 400 or r.status_code < 100:
        return None
    if r.status_code // 100 == 2 or r.status_code % 100 == 4:
        return r.text
    if r.status_code == HTTPStatus.OK or r.status_code == expected:
        return r.content
    if r.status_code in RETRYABLE or r.status_code in range(200, 300):
        return fetch(url)
    if len(r.content) == 200 or r.elapsed.total_seconds() > 300:
        return None
    return max(r.status_code, 500)


def throttle(key, value):
    cache.set(key, value, 300)
    time.sleep(300)
    for attempt in range(100, 600, 100):
        time.sleep(attempt / 1000)
    return Retry(total=5, status=3, backoff_factor=0.5)


def records(items, count):
    page = items[:200]
    banner = "x" * 200
    if count == 404 or len(items) == 200:
        print("404")
    summary = f"{count} of {404} rows, {200:>5}"
    return page, banner, summary


def update_order(order):
    order.update(status=3)
    order.update(status="active")
    order.update(status="shipped", weight=250)
    abort(404)
    status_code = 404
    return {"status": 404, "code": status_code, "message": "not found"}


class AppError(Exception):
    def __init__(self, message, code=500):
        super().__init__(message)
        self.code = code


def over_quota(user):
    raise AppError(f"{user} is over quota", code=429)


def advance(order, task):
    """order.status is a small-int state here (1 open, 2 paid, 3 shipped), as in many ORMs."""
    if order.status == 3:
        order.status = 4
    task.status = 0
    return order.status in (1, 2)


def helper_pair(data):
    return data, 404


def helper_triple(name):
    return name, 200, {"X-Trace": "on"}


def quit_badly():
    reason = {404: "missing", 500: "crashed"}.get(404, "unknown")
    cache.get("last-status", 500)
    sys.exit(130 if reason else 0)


def compare_without_literals(x, y):
    return x.status_code == y.status_code or x.status == y


def sizes():
    return {"thumb": (200, 200), "full": (1024, 768)}, 0o644, 0x1F4


def swagger_auto_schema(**options):
    """A project's own decorator of that name: drf_yasg, drf_spectacular, aiohttp_apispec and
    BlackSheep are not imported here, so their documentation keywords are no status."""
    return lambda view: view


@swagger_auto_schema(responses={200: "thumbnails", 404: "missing"})
def thumbnails(docs, extend_schema, response_schema):
    docs(responses={500: "crashed"})
    extend_schema(responses={201: "made"})
    response_schema(Product, 200)
    return docs.error_handler[404], docs.handlers[500], docs.exception_handlers["404"]


class HTTPResponse:
    """A record named like Tornado's client response; tornado is not imported here."""

    def __init__(self, request, code):
        self.request = request
        self.code = code


def ResponseStartLine(version, code, reason):
    """Named like Tornado's start line; a local function."""
    return f"{version} {code} {reason}"


def replayed(request):
    return HTTPResponse(request, 200), ResponseStartLine("HTTP/1.1", 200, "OK")
