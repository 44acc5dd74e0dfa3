"""Codes the registry does not know (HTS002) and numbers that cannot be statuses (HTS003).

HTS003 is only reported where a status must stand; elsewhere a big number is just a number.
"""
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from unittest import mock

from fastapi import HTTPException
from fastapi.responses import JSONResponse
from flask import Blueprint, abort, jsonify, redirect

from shop.models import Ticket

items = Blueprint("items", __name__)


@items.get("/items/<int:item_id>")
def flask_view(item):
    if item is None:
        abort(4004)  # HTS003@4004 =4004 is not an HTTP status (100-599); did you mean 404 (Not Found)?
    if item.locked:
        abort(299)  # HTS002@299 =unknown HTTP status 299
    if item.expired:
        abort(code=499)  # HTS002@499
    if item.moved:
        return redirect(item.url, 3020)  # HTS003@3020
    if item.warn:
        return jsonify(item.data), 299  # HTS002@299
    return jsonify(item.data), 200  # HTS001@200


def fastapi_view(user):
    if user.banned:
        raise HTTPException(status_code=420, detail="Enhance your calm")  # HTS002@420
    if user.overloaded:
        raise HTTPException(5000)  # HTS003@5000 =5000 is not an HTTP status (100-599); did you mean 500 (Internal Server Error)?
    if user.session_expired:
        return JSONResponse({"detail": "session expired"}, 419)  # HTS002@419 =unknown HTTP status 419
    return JSONResponse({"detail": "origin down"}, status_code=520)  # HTS002@520


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(2000)  # HTS003@2000 =2000 is not an HTTP status (100-599); did you mean 200 (OK)?
        self.end_headers()

    def do_POST(self):
        self.send_error(99)  # HTS003@99 =99 is not an HTTP status (100-599)

    def do_PUT(self):
        self.send_response(600)  # HTS003@600

    def do_PATCH(self):
        self.send_response_only(0)  # 0: the "no response" sentinel, not a typo


def enum_lookups():
    known = HTTPStatus(404)  # HTS001@404
    unknown = HTTPStatus(299)  # HTS002@299
    invalid = HTTPStatus(1000)  # HTS003@1000
    return known, unknown, invalid


def check_responses(r, fake_response):
    assert r.status_code == 2010  # HTS003@2010
    assert r.status_code != 499  # HTS002@499 =unknown HTTP status 499
    assert r.status_code in (200, 299)  # HTS001@200 HTS002@299
    fake_response.status_code = 0  # 0: the "no response" sentinel, not a typo
    assert r.status_code >= 1000
    assert r.status_code < 2000


def unknown_calls():
    Ticket.objects.filter(pk=7).update(status=3)
    Ticket.objects.filter(status=1000).delete()
    fake = mock.Mock(status_code=299)  # HTS002@299
    fake_ok = mock.Mock(status_code=1001, reason="not an HTTP status")
    codes = {299: "custom success", 420: "enhance your calm", 4004: "typo"}
    if len(codes) > 499:
        sys.exit(130)
    return fake, fake_ok
