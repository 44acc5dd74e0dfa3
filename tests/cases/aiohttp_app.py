"""aiohttp server (route table, middleware, streaming) and a client helper."""
import asyncio
import json

import aiohttp
from aiohttp import web

routes = web.RouteTableDef()
USERS: dict[int, dict] = {}


@routes.get("/users/{uid}")
async def get_user(request: web.Request) -> web.Response:
    uid = int(request.match_info["uid"])
    if uid not in USERS:
        return web.json_response({"error": "not found"}, status=404)  # HTS001@404 =use HTTPStatus.NOT_FOUND
    return web.json_response(USERS[uid])


@routes.post("/users")
async def create_user(request: web.Request) -> web.Response:
    try:
        data = await request.json()
    except json.JSONDecodeError:
        raise web.HTTPBadRequest(text="invalid JSON")
    if len(data.get("name", "")) > 200:
        return web.Response(text="name too long", status=422)  # HTS001@422
    uid = len(USERS) + 1
    USERS[uid] = data
    return web.json_response({"id": uid}, status=201, headers={"Location": f"/users/{uid}"})  # HTS001@201 =use HTTPStatus.CREATED


@routes.delete("/users/{uid}")
async def delete_user(request: web.Request) -> web.Response:
    USERS.pop(int(request.match_info["uid"]), None)
    return web.Response(status=204)  # HTS001@204


@routes.get("/events")
async def events(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(status=200, headers={"Content-Type": "text/event-stream"})  # HTS001@200 =use HTTPStatus.OK
    await response.prepare(request)
    for n in range(100):
        await response.write(f"data: {n}\n\n".encode())
        await asyncio.sleep(0.5)
    return response


@routes.get("/legacy")
async def legacy(request: web.Request) -> web.Response:
    raise web.HTTPMovedPermanently(location="/users")


@web.middleware
async def error_middleware(request, handler):
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status == 404:  # HTS001@404
            return web.json_response({"error": "no route"}, status=exc.status)
        raise


async def fetch_profile(session: aiohttp.ClientSession, uid: int) -> dict | None:
    async with session.get(f"https://api.example.com/users/{uid}") as resp:
        if resp.status == 404:  # HTS001@404
            return None
        if resp.status in (429, 503):  # HTS001@429 HTS001@503 =use HTTPStatus.TOO_MANY_REQUESTS
            await asyncio.sleep(int(resp.headers.get("Retry-After", "300")))
            return None
        if resp.status >= 400:
            resp.raise_for_status()
        assert 200 <= resp.status < 300
        return await resp.json()


async def main():
    timeout = aiohttp.ClientTimeout(total=300)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        print(await fetch_profile(session, 200))


def make_app() -> web.Application:
    app = web.Application(middlewares=[error_middleware], client_max_size=1024 ** 2)
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8080, shutdown_timeout=60)
