"""The shop's JSON API, on Starlette."""

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

ITEMS = {"1": {"name": "lamp"}, "2": {"name": "desk"}}


async def item(request):
    item_id = request.path_params["item_id"]
    if item_id not in ITEMS:
        detail = f"no item {item_id}"
        raise HTTPException(404, detail)
    return JSONResponse(ITEMS[item_id])


async def create(request):
    return JSONResponse({"id": "3"}, status_code=201)


async def retired(request):
    return PlainTextResponse("gone for good", 410)


async def busy(request):
    response = PlainTextResponse("try later")
    response.status_code = 503
    response.headers["Retry-After"] = "60"
    return response


async def broken(request):
    raise HTTPException(status_code=422,
                        detail="bad item")


async def not_found(request, exc):
    body = {"error": exc.detail, "status": exc.status_code}
    return JSONResponse(body, status_code=exc.status_code)


class StatusLog:
    """ASGI middleware: one line per response, and a count of errors."""

    def __init__(self, app):
        self.app = app
        self.lines = []
        self.errors = 0

    async def __call__(self, scope, receive, send):
        async def logged(message):
            if message["type"] == "http.response.start":
                if message["status"] == 503:
                    self.errors += 1
                elif message["status"] == 422:
                    self.errors += 1
                self.lines.append("%s %s" % (scope["path"], message["status"]))
            await send(message)

        await self.app(scope, receive, logged)


app = Starlette(
    routes=[
        Route("/items/{item_id}", item),
        Route("/items", create, methods=["POST"]),
        Route("/retired", retired),
        Route("/busy", busy),
        Route("/broken", broken),
    ],
    exception_handlers={404: not_found},
)
logged_app = StatusLog(app)


def problems():
    """The HTTPExceptions the API raises, as it would log them."""
    exc = HTTPException(status_code=409)
    return [str(exc), f"{exc.status_code}", "%d" % exc.status_code]
