"""A Litestar app: route handlers' status_code= and responses={...}, HTTPException(status_code=...),
Response(content, status_code=...), Redirect(path, status_code=...), exception_handlers keyed by
status, and litestar.status_codes.

Every status argument in Litestar is keyword-only; its constants are plain ints, and its OpenAPI
generator writes the keys of responses= with str().
"""
from dataclasses import dataclass

from litestar import Litestar, Request, Response, delete, get, post, websocket
from litestar.connection import WebSocket
from litestar.exceptions import ClientException, HTTPException, NotFoundException, WebSocketException
from litestar.openapi.datastructures import ResponseSpec
from litestar.response import Redirect
from litestar.status_codes import HTTP_200_OK, HTTP_425_TOO_EARLY, WS_1008_POLICY_VIOLATION

BOOKS = {}


@dataclass
class Book:
    id: int
    title: str


@dataclass
class Problem:
    detail: str


@get("/books/{book_id:int}", responses={404: ResponseSpec(Problem, description="No such book")})  # HTS001@404
async def get_book(book_id: int) -> Book:
    if book_id not in BOOKS:
        raise NotFoundException(detail=f"no book {book_id}")
    return BOOKS[book_id]


@post("/books", status_code=201, responses={409: ResponseSpec(Problem)})  # HTS001@201 HTS001@409
async def create_book(data: Book) -> Book:
    if data.id in BOOKS:
        raise HTTPException(detail="a book with that id exists", status_code=409)  # HTS001@409
    if len(data.title) > 200:
        raise ClientException(detail="title too long", status_code=4220)  # HTS003@4220
    BOOKS[data.id] = data
    return data


@delete("/books/{book_id:int}", status_code=204)  # HTS001@204
async def delete_book(book_id: int) -> None:
    if book_id == 0:
        raise HTTPException(status_code=HTTP_425_TOO_EARLY)  # HTS005@HTTP_425_TOO_EARLY
    BOOKS.pop(book_id, None)


@get("/export", status_code=HTTP_200_OK)
async def export(limit: int = 100) -> Response[list]:
    books = list(BOOKS.values())[: min(limit, 500)]
    if not books:
        return Response([], status_code=204)  # HTS001@204
    return Response(books, status_code=206, headers={"Content-Range": f"books 0-{len(books)}"})  # HTS001@206


@get("/old/{book_id:int}")
async def old(book_id: int) -> Redirect:
    return Redirect(path=f"/books/{book_id}", status_code=301)  # HTS001@301


@get("/legacy")
async def legacy() -> Redirect:
    return Redirect(path="/books", status_code=200)  # HTS007@200


@websocket("/feed")
async def feed(socket: WebSocket) -> None:
    await socket.accept()
    if not socket.query_params.get("token"):
        raise WebSocketException(detail="no token", code=WS_1008_POLICY_VIOLATION)
    await socket.send_text("hello"[:200])
    await socket.close(code=1000)


def on_server_error(request: Request, exc: Exception) -> Response:
    return Response({"detail": "server error"}, status_code=500)  # HTS001@500


app = Litestar(
    route_handlers=[get_book, create_book, delete_book, export, old, legacy, feed],
    exception_handlers={500: on_server_error, ValueError: on_server_error},  # HTS001@500
    request_max_body_size=10_000_000,
)
