"""A FastAPI service's own exceptions and responses: subclasses of the framework's classes take
their base's status slot in super().__init__ and in their own calls."""
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException
from fastapi.responses import JSONResponse
from starlette.responses import Response
from werkzeug.exceptions import HTTPException as WerkzeugHTTPException

app = FastAPI()


class ConflictError(HTTPException):
    def __init__(self, detail: str = "Conflict") -> None:
        super().__init__(409, detail)  # HTS001@409


class LockedError(HTTPException):
    def __init__(self) -> None:
        super().__init__(status_code=423, detail="Locked")  # HTS001@423


class GoneError(HTTPException):
    """Keeps HTTPException's __init__: its own calls take the status first."""


class APIError(HTTPException):
    def __init__(self, status_code: int = 400, detail: str = "Bad request") -> None:  # HTS001@400
        super().__init__(status_code=status_code, detail=detail)


class NotFoundError(APIError):
    def __init__(self, what: str) -> None:
        super().__init__(404, f"{what} not found")  # HTS001@404


class RedirectError(APIError):
    pass


class CreatedResponse(JSONResponse):
    def __init__(self, content: object) -> None:
        super().__init__(content, 201)  # HTS001@201


class Teapot(WerkzeugHTTPException):
    code = 418  # HTS001@418
    description = "I'm a teapot"


class Unavailable(ConflictError):
    status_code = 503  # HTS001@503


@app.get("/items/{item_id}")
def read_item(item_id: int) -> dict:
    if item_id == 0:
        raise GoneError(410)  # HTS001@410
    if item_id == 1:
        raise APIError(status_code=422, detail="no")  # HTS001@422
    if item_id == 2:
        raise RedirectError(200)  # HTS007@200
    if item_id == 3:
        raise NotFoundError("item")
    if item_id == 4:
        return Response(status_code=204)  # HTS001@204
    raise ConflictError()


# Look-alikes: bases that are no framework class, classes that change the constructor.


class RetryableError(Exception):
    def __init__(self, attempts: int = 500) -> None:
        super().__init__(404, attempts)


class JobFailed(RuntimeError):
    pass


@dataclass
class RateLimited(HTTPException):
    retry_after: int = 300


class Batch:
    def __init__(self, size: int = 200) -> None:
        self.size = size


class Paged(GoneError):
    def __init__(self, page: int, per_page: int = 100) -> None:
        super().__init__(400 + page, f"{per_page} per page")


def jobs() -> list:
    return [JobFailed(500), Batch(404), RateLimited(300), Paged(404), RetryableError(201)]
