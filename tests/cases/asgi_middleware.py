"""ASGI middleware and API tests that read a status by its key: an ASGI message's ``"status"``,
a JSON body's ``"status_code"``. A key this common holds a status only in HTTP code, and there
only values in 100-599 count (a body's ``"status": 1`` is an application's own state).
"""
import json
import logging

import httpx
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)
SLOW_REQUEST_MS = 500


class ErrorLoggingMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                if message["status"] == 500:  # HTS001@500
                    log.error("server error on %s", scope["path"])
                elif message["status"] in (502, 503, 504):  # HTS001@502 HTS001@503 HTS001@504
                    log.warning("upstream failure on %s", scope["path"])
                elif message["status"] == 299:  # HTS002@299
                    log.info("odd status")
                if message["status"] == 1:  # outside 100-599: another meaning
                    log.debug("never an HTTP status")
            await send(message)

        await self.app(scope, receive, send_wrapper)


def summarise(body: bytes) -> str:
    payload = json.loads(body)
    if payload["status"] == "ok":  # a string: no status
        return "ok"
    if payload["state"] == 404:  # another key
        return "missing"
    if payload["status_code"] != 404:  # HTS001@404
        return "found"
    return "not found"


def test_health(client: httpx.Client) -> None:
    response = client.get("/health")
    body = response.json()
    assert body["status"] == 200  # HTS001@200
    assert body["checks"]["database"]["status"] == "up"
    assert body["uptime"] > SLOW_REQUEST_MS


def test_error_envelope(client: httpx.Client) -> None:
    body = client.get("/missing").json()
    assert body["status_code"] == 404  # HTS001@404
    assert body["error"]["code"] == 404
    assert len(body["errors"]) == 0
    assert body["status"] != 2


class APITestCase:
    def assertEqual(self, first: object, second: object) -> None:
        assert first == second

    def test_created(self, client: httpx.Client) -> None:
        body = client.post("/items", json={"name": "x"}).json()
        self.assertEqual(body["status_code"], 201)  # HTS001@201
        self.assertEqual(201, body["status"])  # HTS001@201
        self.assertEqual(body["count"], 201)
