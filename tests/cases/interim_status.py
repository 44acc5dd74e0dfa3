"""HTS012: an interim (1xx) status given to a response being built, which the server then sends as
its only answer: the client waits for a final response that never comes.

A job API that means "accepted, still working" and writes 100 or 102, beside the places where a
1xx is right: http.server's interim responses, an upgrade (101), a client's mock of a server.
"""
import http.server
from http import HTTPStatus

import httpx
from aiohttp import web
from django.http import HttpResponse
from fastapi import FastAPI
from fastapi.responses import FileResponse, JSONResponse
from flask import Flask, Response, jsonify, make_response
from rest_framework import status
from rest_framework.response import Response as ApiResponse

app = Flask(__name__)
api = FastAPI()
POLL_EVERY_MS = 100
MAX_JOBS = 101


@app.post("/jobs")
def start_job():
    job = queue_job(limit=MAX_JOBS)
    return jsonify(id=job.id, poll=POLL_EVERY_MS), 102  # HTS012@102 =102 (Processing) is interim: the client waits for a final response


@app.get("/jobs/<int:job_id>")
def job_state(job_id):
    if not finished(job_id):
        return Response("still working", status=100)  # HTS012@100 =100 (Continue) is interim
    return jsonify(done=True), 200  # HTS001@200


@app.get("/jobs/<int:job_id>/log")
def job_log(job_id):
    response = make_response("", HTTPStatus.PROCESSING)  # HTS012@HTTPStatus
    response.headers["Retry-After"] = "1"
    return response


@app.get("/jobs/<int:job_id>/wait")
def job_wait(job_id):
    return jsonify(id=job_id, poll=POLL_EVERY_MS), HTTPStatus.ACCEPTED


@api.post("/exports")
async def export():
    return JSONResponse({"queued": True}, status_code=102)  # HTS012@102


@api.get("/exports/{name}")
async def download(name: str):
    return FileResponse(f"/exports/{name}", status_code=HTTPStatus.EARLY_HINTS)  # HTS005@HTTPStatus HTS012@HTTPStatus


@api.get("/exports/{name}/state")
async def export_state(name: str):
    return JSONResponse({"queued": True, "poll": 100}, status_code=HTTPStatus.ACCEPTED)


def django_poll(request):
    if request.session.get("authorizing"):
        return HttpResponse(status=100)  # HTS012@100
    return HttpResponse("done", status=HTTPStatus.OK)


def drf_poll(request):
    return ApiResponse({"state": "pending"}, status=status.HTTP_102_PROCESSING)  # HTS012@status.HTTP_102


async def preload(request):
    return web.Response(text="", status=103, headers={"Link": "</a.css>; rel=preload"})  # HTS005@103 HTS012@103


async def upgrade(request):
    # an upgrade answers 101, then the connection speaks the new protocol: not reported
    response = web.StreamResponse(status=HTTPStatus.SWITCHING_PROTOCOLS,
                                  headers={"Upgrade": "h2c", "Connection": "Upgrade"})
    await response.prepare(request)
    return response


async def upgrade_with_text(request):
    return web.Response(text="switching", status=HTTPStatus.SWITCHING_PROTOCOLS)  # HTS010@HTTPStatus


class Handler(http.server.BaseHTTPRequestHandler):
    def handle_expect_100(self):
        self.send_response_only(HTTPStatus.CONTINUE)  # the interim response, as http.server sends it
        self.end_headers()
        return True

    def do_PUT(self):
        self.send_response(HTTPStatus.CREATED)
        self.end_headers()


def test_client_waits_through_interim():
    served = httpx.Response(HTTPStatus.EARLY_HINTS, headers={"Link": "</a.css>"})  # HTS005@HTTPStatus
    assert served.status_code == HTTPStatus.EARLY_HINTS  # HTS005@HTTPStatus
    assert httpx.Response(status_code=HTTPStatus.CONTINUE).is_informational
