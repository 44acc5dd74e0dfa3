"""HTS009 (a status without the header it needs) and HTS010 (a body on a status without content).

Both are off by default in flake8; the checker reports them and flake8 shows them when selected.
Only what is in sight counts: a response returned where it is built, every header in the call.
"""
from http import HTTPStatus

from aiohttp import web
from django.http import HttpResponse, HttpResponseRedirect
from fastapi import FastAPI
from fastapi.responses import JSONResponse, RedirectResponse
from flask import Flask, Response, make_response, redirect
from rest_framework import status
from rest_framework.response import Response as ApiResponse

app = Flask(__name__)
api = FastAPI()
PAGE_SIZE = 100


@app.get("/old")
def old():
    return "moved", 301  # HTS009@301 HTS001@301 =without the Location header it needs


@app.get("/older")
def older():
    return "", 308, {"Location": "/new"}  # HTS001@308


@app.get("/login")
def login():
    return Response("log in first", 401)  # HTS009@401 HTS001@401 =without the WWW-Authenticate header it needs


@app.get("/basic")
def basic():
    return Response("log in", 401, {"www-authenticate": 'Basic realm="x"'})  # HTS001@401


@app.get("/ping")
def ping():
    return "pong", 204  # HTS010@204 HTS001@204 =204 (No Content) with a body: this status has no content


@app.get("/pong")
def pong():
    return "", HTTPStatus.NO_CONTENT


@app.delete("/items/<int:item_id>")
def delete_item(item_id):
    response = make_response("deleted", HTTPStatus.NO_CONTENT)  # HTS010@HTTPStatus.NO_CONTENT
    response.headers["X-Deleted"] = str(item_id)
    return response


@app.get("/go")
def go():
    response = Response(status=302)  # HTS001@302
    response.headers["Location"] = "/there"
    return redirect("/there", 302)  # HTS001@302


def django_redirect(request):
    if request.GET.get("legacy"):
        return HttpResponse(status=302)  # HTS001@302 HTS009@302
    return HttpResponseRedirect("/new", status=307)  # HTS001@307


def django_method(request, allowed):
    if request.method == "PUT":
        return HttpResponse("no", status=405, headers={"Allow": ", ".join(allowed)})  # HTS001@405
    return HttpResponse("no", status=HTTPStatus.METHOD_NOT_ALLOWED, headers=allowed)


def drf_delete(request, obj):
    obj.delete()
    if request.query_params.get("verbose"):
        return ApiResponse({"deleted": obj.pk}, status=status.HTTP_204_NO_CONTENT)  # HTS010@status.HTTP_204_NO_CONTENT
    return ApiResponse(None, status=status.HTTP_204_NO_CONTENT)


def drf_not_modified(request, etag, payload):
    return ApiResponse(payload, status=status.HTTP_304_NOT_MODIFIED, headers={"ETag": etag})


@api.get("/legacy")
async def legacy():
    return JSONResponse({"moved": True}, status_code=301)  # HTS001@301 HTS009@301


@api.get("/legacy2")
async def legacy_redirect():
    return RedirectResponse("/new", status_code=301)  # HTS001@301


@api.get("/upgrade", status_code=200)  # HTS001@200
async def upgrade(**headers):
    return JSONResponse({"upgrade": "h2c"}, status_code=426, **headers)  # HTS001@426


async def aiohttp_gone(request):
    return web.Response(text="", status=204)  # HTS001@204


async def aiohttp_early(request):
    return web.json_response({"ok": True}, status=204)  # HTS001@204 HTS010@204


async def aiohttp_auth(request):
    return web.Response(text="who are you?", status=401)  # HTS001@401 HTS009@401


def page(request, offset):
    return HttpResponse(str(offset * PAGE_SIZE), status=200)  # HTS001@200
