"""A bare ASGI app for the load balancer's health check."""

import asyncio


async def health(scope, receive, send):
    if scope["path"] != "/health":
        await send({"type": "http.response.start",
                    "status": 404,
                    "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"not here"})
        return
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"ok"})


def call(app, path):
    """Run one GET through an ASGI app in memory: the messages it sent."""
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": path,
             "raw_path": path.encode(), "query_string": b"",
             "headers": [(b"host", b"shop")], "scheme": "http",
             "server": ("shop", 80), "client": ("127.0.0.1", 50000),
             "root_path": "", "http_version": "1.1",
             "asgi": {"version": "3.0"}}
    asyncio.run(app(scope, receive, send))
    return sent
