"""Statuses of the wrong type (HTS011): strings where an int is required or compared."""
import unittest
from urllib.request import urlopen

import requests
from django.http import HttpResponse
from fastapi import HTTPException
from flask import Flask, Response, abort, make_response

app = Flask(__name__)


@app.route("/items/<name>")
def item(name):
    if not name:
        abort("404")  # HTS011@"404" ="404" is a string: this call requires an int status
    if name == "legacy":
        # Werkzeug takes a status line as well as a number: right, and checked as a line.
        return Response("moved", status="301 Moved Permanently")
    if name == "teapot":
        return make_response("short and stout", "418 I'M A TEAPOT")
    return Response("ok", status=200)  # HTS001@200


def django_view(request):
    if request.method != "GET":
        return HttpResponse("no", status="405 Method Not Allowed")  # HTS011@"405 =not a status line
    return HttpResponse("fine", status="200")  # Django turns the digits into the int: right


def fastapi_view(item_id: int):
    raise HTTPException(status_code="404")  # HTS011@"404" =requires an int status


def health(url):
    response = requests.get(url, timeout=5)
    if response.status_code == "200":  # HTS011@"200" =compared with is an int, so they are never
        return True
    if response.status_code in ("502", "503"):  # HTS011@"502" HTS011@"503"
        return None
    if str(response.status_code) == "204":  # the int made a string: right
        return False
    if response.status == "200 OK":  # Werkzeug's .status is a status line
        return True
    return urlopen(url).getcode() != "500"  # HTS011@"500"


class HealthTests(unittest.TestCase):
    def test_ok(self):
        response = requests.get("http://localhost/health", timeout=5)
        self.assertEqual(response.status_code, "200")  # HTS011@"200"
        self.assertEqual(response.reason, "OK")
        self.assertEqual(str(response.status_code), "200")


def lookalikes(order, environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    order.update(status="200")
    label = {"status_code": "200"}
    abort_reason = "404"
    if order.status == "404":
        return label, abort_reason
    return order.code == "200"
