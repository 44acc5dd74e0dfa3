"""httpx.codes recognised under the default style: a deprecated or experimental code's member
(either spelling: httpx.codes.USE_PROXY, codes.use_proxy) is reported wherever it stands, and the
module's literals are still given HTTPStatus (``auto`` never chooses httpx's constants).
"""
from http import HTTPStatus

import httpx
from httpx import codes
from httpx import codes as status_codes

RETRY_AFTER = 120
DEPRECATED_PROXY = httpx.codes.USE_PROXY  # HTS004@httpx.codes.USE_PROXY
LEGACY_PROXY = codes.use_proxy  # HTS004@codes.use_proxy
EARLY = status_codes.EARLY_HINTS  # HTS005@status_codes.EARLY_HINTS
RETRYABLE = frozenset({codes.TOO_MANY_REQUESTS, codes.SERVICE_UNAVAILABLE, codes.bad_gateway})


def should_retry(response: httpx.Response, attempt: int) -> bool:
    if attempt > 5:
        return False
    if response.status_code == 429:  # HTS001@429 =use HTTPStatus.TOO_MANY_REQUESTS
        return True
    return response.status_code in RETRYABLE


def classify(response: httpx.Response) -> str:
    if response.status_code == codes.NOT_FOUND:
        return "missing"
    if response.status_code == HTTPStatus.GONE:
        return "gone"
    if response.status_code == httpx.codes.ok:
        return "ok"
    if response.status_code == 410:  # HTS001@410 =use HTTPStatus.GONE
        return "gone"
    return "other"


def backoff(attempt: int) -> float:
    delay = min(RETRY_AFTER, 2 ** attempt * 0.100)
    return delay if attempt < 404 else RETRY_AFTER


def fake_response(payload: dict) -> httpx.Response:
    return httpx.Response(200, json=payload)  # HTS001@200 =use HTTPStatus.OK


def not_a_status(limits: httpx.Limits) -> int:
    pool = httpx.Limits(max_connections=100, max_keepalive_connections=200)
    return pool.max_connections + limits.max_connections + 300


def reason(code: int) -> str:
    return codes.get_reason_phrase(code) or str(codes.OK)
