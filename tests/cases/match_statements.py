# requires-python: 3.10
"""Dispatching on status codes with match/case (Python 3.10+)."""
from http import HTTPStatus

import httpx


def describe(response: httpx.Response) -> str:
    match response.status_code:
        case 200 | 203:  # HTS001@200 HTS001@203 =use HTTPStatus.OK
            return "ok"
        case 201:  # HTS001@201 =use HTTPStatus.CREATED
            return "created " + response.headers.get("Location", "")
        case 204:  # HTS001@204
            return "empty"
        case 301 | 302 | 307 | 308:  # HTS001@301 HTS001@302 HTS001@307 HTS001@308
            return "moved to " + response.headers["Location"]
        case HTTPStatus.NOT_MODIFIED:
            return "cached"
        case HTTPStatus.USE_PROXY:  # HTS004@HTTPStatus =305 (Use Proxy) is deprecated
            return "proxy"
        case HTTPStatus.NOT_FOUND | HTTPStatus.GONE:
            return "missing"
        case 425:  # HTS005@425 =425 (Too Early) is experimental
            return "retry after handshake"
        case 299:  # HTS002@299 =unknown HTTP status 299
            return "vendor success"
        case 4040:  # HTS003@4040
            return "typo"
        case code if code >= 500:
            return f"server error {code}"
        case _:
            return "other"


def legacy_status(resp) -> str:
    match resp.status:
        case 200:  # HTS001@200
            return resp.read().decode()
        case 404 | 410:  # HTS001@404 HTS001@410 =use HTTPStatus.NOT_FOUND
            return ""
        case 520:  # HTS002@520
            return "origin down"
        case 500 | 502 | 503 if resp.will_close:  # HTS001@500 HTS001@502 HTS001@503
            return "retry"
    return "unknown"


def retry_delay(response: httpx.Response) -> float:
    match response.status_code // 100:
        case 5:
            return 1.0
        case 4:
            return 0.0
    match len(response.content):
        case 0:
            return 0.0
        case 200 | 404:
            return 0.5
    return 0.0


def page_size(setting: int) -> int:
    match setting:
        case 100 | 200 | 500:
            return setting
        case _:
            return 100


def parse_event(event: dict) -> str:
    match event:
        case {"type": "http", "status": 404}:
            return "missing"
        case {"type": "http", "status": int(code)} if 200 <= code < 300:
            return "success"
        case [200, body]:
            return str(body)
        case ("retry", 503):
            return "retry"
    return "other"
