"""Exception handlers kept in a Starlette or FastAPI app's exception_handlers dict, written and
read by status (add_exception_handler fills it, ``self.exception_handlers[key] = handler``) as
projects that wrap or replace a framework's handlers do, and as their tests check them.

Its keys are exception classes or statuses: only a number in 100-599 is one.
"""
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

app = FastAPI()
LIMITS = {"page": 100, "burst": 500}


async def not_found_page(request: Request, exc: Exception) -> HTMLResponse:
    return HTMLResponse("<h1>Not here</h1>", status_code=404)  # HTS001@404


async def server_error_page(request: Request, exc: Exception) -> HTMLResponse:
    return HTMLResponse("<h1>Our fault</h1>", status_code=500)  # HTS001@500


async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)


app.exception_handlers[404] = not_found_page  # HTS001@404 =use status.HTTP_404_NOT_FOUND
app.exception_handlers[500] = server_error_page  # HTS001@500
app.exception_handlers[StarletteHTTPException] = http_error
app.exception_handlers[0] = http_error


def wrap_http(handler):
    async def wrapped(request: Request, exc: Exception):
        response = await handler(request, exc)
        response.headers["Cache-Control"] = "no-store"
        return response
    return wrapped


def install(application: FastAPI) -> None:
    application.exception_handlers[404] = wrap_http(  # HTS001@404
        application.exception_handlers.get(404, not_found_page))
    application.exception_handlers[302] = http_error  # HTS007@302
    retries = {}
    retries[500] = LIMITS["burst"]


def test_handlers_registered():
    assert app.exception_handlers[404] is not_found_page  # HTS001@404
    assert app.exception_handlers[StarletteHTTPException] is http_error
    assert len(app.exception_handlers) <= LIMITS["page"]
