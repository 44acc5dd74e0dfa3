# httpstatus-config: target_version=3.11
"""HTTP exception classes that carry their status as a class attribute: Werkzeug's
HTTPException subclasses (code = 410), WebOb's and Pyramid's (code = 423 beside a title), and
classes built on them. From Python 3.11 on, str() of an HTTPStatus member is its number, so the
constant is suggested (below 3.11 only a framework's int constants would be: other code may
format the attribute). The same name in any other class is no status.
"""
import enum
from dataclasses import dataclass

from pyramid.httpexceptions import HTTPClientError
from webob import exc
from werkzeug.exceptions import HTTPException, NotFound

RETRY_AFTER = 300


class PaymentRequired(HTTPException):
    code = 402  # HTS005@402 =402 (Payment Required) is experimental
    description = "This plan does not include the export."


class Gone(HTTPException):
    code = 410  # HTS001@410 =use HTTPStatus.GONE
    description = "The page was removed."


class ArticleNotFound(NotFound):
    description = "No such article."


class ArticleGone(Gone):
    code = 451  # HTS001@451 =451 (Unavailable For Legal Reasons)
    description = "Withheld in your country."


class Teapot(HTTPException):
    code = 4180  # HTS003@4180
    description = "Short and stout."


class Locked(HTTPClientError):
    code = 423  # HTS001@423 =use HTTPStatus.LOCKED
    title = "Locked"
    explanation = "The resource is being edited."


class Unusual(exc.HTTPServerError):
    code = 599  # HTS002@599
    title = "Network Connect Timeout"


class Conflict(exc.HTTPClientError):
    code: int = 409  # HTS001@409
    title = "Conflict"

    def retry_after(self):
        code = RETRY_AFTER
        return code


class ErrorCode(enum.IntEnum):
    NOT_FOUND = 404
    code = 200


@dataclass
class Outcome:
    code: int = 200
    message: str = "ok"


class Country:
    code = 404
    name = "placeholder"


def make_error(status):
    class Dynamic(HTTPException):
        code = 503  # HTS001@503 =use HTTPStatus.SERVICE_UNAVAILABLE
        description = "Try again later."

    return Dynamic if status is None else Gone
