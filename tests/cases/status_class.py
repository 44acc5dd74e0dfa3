"""Statuses whose class contradicts the call they are given to (HTS007), across frameworks."""
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler

from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from fastapi import FastAPI, HTTPException, status
from flask import Flask, abort, redirect
from starlette.responses import RedirectResponse
from tornado.web import HTTPError, RequestHandler

app = Flask(__name__)
api = FastAPI()


@app.route("/old")
def old_page():
    return redirect("/new", code=200)  # HTS007@200 =a redirect needs a 3xx status


@app.route("/moved")
def moved():
    return redirect("/new", 301)  # HTS001@301


@app.route("/admin")
def admin(user=None):
    if user is None:
        abort(302)  # HTS007@302 =an error needs a 4xx or 5xx status
    if not user.active:
        abort(HTTPStatus.OK)  # HTS007@HTTPStatus.OK =200 (OK): an error needs a 4xx or 5xx
    abort(HTTPStatus.FORBIDDEN)
    abort(403)  # HTS001@403


@app.errorhandler(302)  # HTS007@302 =an error handler needs a 4xx or 5xx status
def found_handler(error):
    return "moved", 302  # HTS001@302 HTS009@302


@app.errorhandler(404)  # HTS001@404
def not_found(error):
    return "missing", 404  # HTS001@404


@api.get("/items/{item_id}")
def read_item(item_id: int):
    if item_id < 0:
        raise HTTPException(status_code=201)  # HTS007@201 =an error needs a 4xx, 5xx, 204 or 304 status
    if item_id == 0:
        raise HTTPException(status_code=status.HTTP_200_OK)  # HTS007@status.HTTP_200_OK
    if item_id == 1:
        raise HTTPException(status_code=304)  # HTS001@304 =use status.HTTP_304_NOT_MODIFIED
    if item_id > 1000:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)
    code = 404 if item_id > 100 else 410  # a variable: the call cannot be judged
    raise HTTPException(status_code=code)


@api.get("/go")
def go(permanent: bool):
    if permanent:
        return RedirectResponse("/there", status_code=308)  # HTS001@308
    return RedirectResponse("/there", status_code=404)  # HTS007@404 =a redirect needs a 3xx


def django_views(request):
    if request.GET.get("legacy"):
        return HttpResponseRedirect("/new/", status=200)  # HTS007@200
    return HttpResponsePermanentRedirect("/new/")


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/ok":
            self.send_error(200)  # HTS007@200 =an error needs a 4xx or 5xx status
        self.send_error(HTTPStatus.NOT_FOUND)
        self.send_response(301)  # HTS001@301

    def do_POST(self):
        self.send_error(503, "busy")  # HTS001@503


class TornadoHandler(RequestHandler):
    def get(self):
        if self.request.headers.get("If-None-Match"):
            raise HTTPError(304)  # HTS001@304 =use status.HTTP_304_NOT_MODIFIED
        raise HTTPError(200)  # HTS007@200 =an error needs a 4xx, 5xx, 204 or 304 status


def responses_take_any_class(make_response):
    # A plain response may carry any class; so may a call the checker does not know.
    make_response("created", 201)
    abort_later = {"code": 200}
    return abort_later
