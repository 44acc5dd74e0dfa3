"""Raw ASGI messages, websocket close codes, HTMX's 286 and Literal status types.

An ASGI "http.response.start" message carries an int status; the websocket close codes
(1000-4999) of Starlette, Channels and websockets are no HTTP statuses and stay silent, and so do
the members of a Literal type.
"""
from typing import Literal

from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.http import HttpResponse
from django_htmx.http import HTMX_STOP_POLLING, HttpResponseStopPolling
from starlette.status import WS_1008_POLICY_VIOLATION
from starlette.websockets import WebSocket, WebSocketDisconnect

RedirectCode = Literal[301, 302, 303, 307, 308]
MAX_FRAME = 200


async def app(scope, receive, send):
    if scope["type"] == "websocket":
        await websocket_app(scope, receive, send)
        return
    if scope["path"] != "/":
        await send({"type": "http.response.start", "status": 404, "headers": []})  # HTS001@404
        await send({"type": "http.response.body", "body": b"not found"})
        return
    await send({
        "type": "http.response.start",
        "status": 200,  # HTS001@200
        "headers": [(b"content-type", b"text/plain"), (b"cache-control", b"max-age=300")],
    })
    await send({"type": "http.response.body", "body": b"x" * 200})


async def websocket_app(scope, receive, send):
    message = await receive()
    if message["type"] == "websocket.connect" and not scope.get("user"):
        await send({"type": "websocket.close", "code": 4003})
        return
    await send({"type": "websocket.accept"})
    await send({"type": "websocket.close", "code": 1000, "reason": "done"})


async def starlette_endpoint(websocket: WebSocket):
    await websocket.accept()
    try:
        data = await websocket.receive_text()
        if len(data) > MAX_FRAME:
            await websocket.close(code=1009)
        elif data == "forbidden":
            await websocket.close(code=WS_1008_POLICY_VIOLATION)
        await websocket.close(code=1000, reason="bye")
    except WebSocketDisconnect as exc:
        if exc.code not in (1000, 1001):
            raise


class ChatConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        if self.scope["user"].is_anonymous:
            await self.close(code=4401)
        await self.accept()

    async def receive_json(self, content, **kwargs):
        if len(content.get("text", "")) > 500:
            await self.close(code=4413)


def poll(request, job):
    if job.done:
        return HttpResponseStopPolling()
    if job.cancelled:
        return HttpResponse("cancelled", status=HTMX_STOP_POLLING)
    return HttpResponse(f"{job.progress}%", status=286)  # HTS002@286


def follow(code: RedirectCode = 302) -> str:
    return {301: "moved", 302: "found"}.get(code, "other")
