"""A Starlette notes service: routes, middleware and a websocket endpoint."""
import http

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket

NOTES: dict[str, str] = {}


async def homepage(request: Request):
    return HTMLResponse("<h1>Notes</h1>", http.HTTPStatus.OK)


async def read_note(request: Request):
    key = request.path_params["key"]
    if key not in NOTES:
        raise HTTPException(status_code=404, detail="no such note")  # HTS001@404 =use http.HTTPStatus.NOT_FOUND
    return PlainTextResponse(NOTES[key][:500])


async def write_note(request: Request):
    body = (await request.body()).decode()
    if len(body) > 100_000:
        raise HTTPException(413, http.HTTPStatus(413).phrase)  # HTS001@413 HTS001@413#2 =use http.HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    if request.headers.get("Early-Data") == "1":
        return PlainTextResponse("retry", http.HTTPStatus.TOO_EARLY)  # HTS005@http.HTTPStatus =425 (Too Early) is experimental
    key = request.path_params["key"]
    created = key not in NOTES
    NOTES[key] = body
    return JSONResponse({"key": key}, 201 if created else 200)  # HTS001@201 HTS001@200


async def delete_note(request: Request):
    if NOTES.pop(request.path_params["key"], None) is None:
        return Response(status_code=http.HTTPStatus.NOT_FOUND)
    return Response(None, 204)  # HTS001@204 =use http.HTTPStatus.NO_CONTENT


async def old_notes(request: Request):
    return RedirectResponse(url="/notes", status_code=301)  # HTS001@301


async def notes_socket(websocket: WebSocket):
    await websocket.accept()
    if websocket.query_params.get("token") is None:
        await websocket.close(code=1008)
        return
    async for message in websocket.iter_text():
        await websocket.send_text(message[:200])
    await websocket.close(code=1000)


class CacheHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        if response.status_code >= 500:
            response.headers["Retry-After"] = "120"
        elif response.status_code == 304:  # HTS001@304 =use http.HTTPStatus.NOT_MODIFIED
            response.headers["Cache-Control"] = "max-age=600"
        elif response.status_code in [200, 203]:  # HTS001@200 HTS001@203
            response.headers["Cache-Control"] = "public, max-age=300"
        return response


app = Starlette(
    routes=[
        Route("/", homepage),
        Route("/notes/{key}", read_note, methods=["GET"]),
        Route("/notes/{key}", write_note, methods=["PUT"]),
        Route("/notes/{key}", delete_note, methods=["DELETE"]),
        Route("/old-notes", old_notes),
        WebSocketRoute("/ws", notes_socket),
    ],
    middleware=[
        Middleware(GZipMiddleware, minimum_size=500),
        Middleware(CORSMiddleware, allow_origins=["*"], max_age=600),
        Middleware(CacheHeaders),
    ],
)
