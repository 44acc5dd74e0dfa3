"""Raw facts behind :mod:`flake8_httpstatus.catalogue`, kept as plain literals.

Nothing here imports from the package, so ``catalogue`` can build its objects from this
module without an import cycle.  Where each group of facts comes from:

* codes, reason phrases and states: ``shared/reference/http-status-codes.txt`` (63 codes);
  a code marked "Experimental" or "Deprecated" on the line after its heading carries that
  state, and 306 ("unused") counts as deprecated.  Summaries are our own wording.
* ``stdlib``: member names of ``http.HTTPStatus`` (CPython ``Lib/http/__init__.py`` and the
  version guards in typeshed's ``stdlib/http/__init__.pyi``).  3.9 added EARLY_HINTS,
  IM_A_TEAPOT and TOO_EARLY; 3.10, 3.11 and 3.12 added no members; 3.13 added
  CONTENT_TOO_LARGE, URI_TOO_LONG, RANGE_NOT_SATISFIABLE and UNPROCESSABLE_CONTENT (the old
  names stay as aliases); 3.14 added none.
* ``drf``: ``rest_framework/status.py``, djangorestframework 3.18.3, with the release that
  first shipped each name (3.0.0 is the baseline, listed as "always").
* ``starlette``: ``starlette/status.py``, starlette 1.10.0.  0.48.0 introduced the RFC 9110
  names for 413/414/416/422 and turned the old ones into deprecated module attributes.
* ``fastapi``: ``fastapi.status`` is ``starlette.status`` re-exported, so the names are
  Starlette's; ``since`` is the first FastAPI release whose oldest allowed Starlette has them.
* ``litestar``: ``litestar/status_codes.py``, litestar 2.0.0 to 2.25.0 (the same 63 names):
  Starlette's names before 0.48, without the RFC 9110 renames; derived from ``starlette``.
* ``falcon``: ``falcon/status_codes.py`` (checked against falcon 1.0.0, 1.4.0, 2.0.0, 3.0.0,
  3.1.0 and 4.0.0 to 4.2.0): a status-line string per code, ``HTTP_404`` (what Falcon's docs
  write), and since 3.0 an alias per code (``HTTP_NOT_FOUND``), which are only recognised.
  A code Falcon has no constant for (421 before 4.0) is sent as "421 Unknown".
* ``httpx``: ``httpx.codes`` (``httpx/_status_codes.py``): ``http.HTTPStatus``'s names as
  they were before Python 3.13 (derived from ``stdlib``), each also in lower case.
* ``requests``: ``requests/status_codes.py``, requests 2.34.2, listed under the code the
  attribute really resolves to (``precondition`` is written for 412 and 428; the later entry
  wins, so it is 428; ``uri_too_long`` meant 122 before 2.32.0 and 414 since).
"""

from __future__ import annotations

from typing import NamedTuple

STANDARD = "standard"
DEPRECATED = "deprecated"
EXPERIMENTAL = "experimental"


class Row(NamedTuple):
    """One catalogued code.  Name tuples are ordered oldest name first."""

    code: int
    phrase: str
    state: str
    summary: str
    other_phrases: tuple[str, ...]
    stdlib: tuple[str, ...]
    drf: tuple[str, ...]
    starlette: tuple[str, ...]
    requests: tuple[str, ...]


ROWS: tuple[Row, ...] = (
    # 1xx informational
    Row(
        100, "Continue", STANDARD,
        "Interim reply: the start of the request was accepted and the client may send the rest.",
        (),
        ("CONTINUE",), ("HTTP_100_CONTINUE",), ("HTTP_100_CONTINUE",),
        ("continue",),
    ),
    Row(
        101, "Switching Protocols", STANDARD,
        "The server agrees to switch to the protocol the client named in its Upgrade header.",
        (),
        ("SWITCHING_PROTOCOLS",), ("HTTP_101_SWITCHING_PROTOCOLS",),
        ("HTTP_101_SWITCHING_PROTOCOLS",),
        ("switching_protocols",),
    ),
    Row(
        102, "Processing", STANDARD,
        "Interim WebDAV reply: the request is still being worked on; no final answer yet.",
        (),
        ("PROCESSING",), ("HTTP_102_PROCESSING",), ("HTTP_102_PROCESSING",),
        ("processing", "early-hints"),
    ),
    Row(
        103, "Early Hints", EXPERIMENTAL,
        "Interim reply carrying headers (usually Link preloads) ahead of the final response.",
        (),
        ("EARLY_HINTS",), ("HTTP_103_EARLY_HINTS",), ("HTTP_103_EARLY_HINTS",),
        ("checkpoint",),
    ),
    # 2xx success
    Row(
        200, "OK", STANDARD,
        "The request worked; what the body holds depends on the method that was used.",
        (),
        ("OK",), ("HTTP_200_OK",), ("HTTP_200_OK",),
        ("ok", "okay", "all_ok", "all_okay", "all_good", "\\o/", "\u2713"),
    ),
    Row(
        201, "Created", STANDARD,
        "The request worked and brought a new resource into existence.",
        (),
        ("CREATED",), ("HTTP_201_CREATED",), ("HTTP_201_CREATED",),
        ("created",),
    ),
    Row(
        202, "Accepted", STANDARD,
        "The request was queued for processing that has not finished and may still fail.",
        (),
        ("ACCEPTED",), ("HTTP_202_ACCEPTED",), ("HTTP_202_ACCEPTED",),
        ("accepted",),
    ),
    Row(
        203, "Non-Authoritative Information", STANDARD,
        "Success, but the metadata comes from a transforming proxy or copy, not the origin.",
        ("Non Authoritative Information",),
        ("NON_AUTHORITATIVE_INFORMATION",), ("HTTP_203_NON_AUTHORITATIVE_INFORMATION",),
        ("HTTP_203_NON_AUTHORITATIVE_INFORMATION",),
        ("non_authoritative_info", "non_authoritative_information"),
    ),
    Row(
        204, "No Content", STANDARD,
        "Success with no body to send back; the headers may still be worth applying.",
        (),
        ("NO_CONTENT",), ("HTTP_204_NO_CONTENT",), ("HTTP_204_NO_CONTENT",),
        ("no_content",),
    ),
    Row(
        205, "Reset Content", STANDARD,
        "Success; the client should clear the form or view that sent the request.",
        (),
        ("RESET_CONTENT",), ("HTTP_205_RESET_CONTENT",), ("HTTP_205_RESET_CONTENT",),
        ("reset_content", "reset"),
    ),
    Row(
        206, "Partial Content", STANDARD,
        "The body holds only the byte range(s) the client asked for with a Range header.",
        (),
        ("PARTIAL_CONTENT",), ("HTTP_206_PARTIAL_CONTENT",), ("HTTP_206_PARTIAL_CONTENT",),
        ("partial_content", "partial"),
    ),
    Row(
        207, "Multi-Status", STANDARD,
        "WebDAV: the body reports a separate outcome for each of several resources.",
        ("Multi Status",),
        ("MULTI_STATUS",), ("HTTP_207_MULTI_STATUS",), ("HTTP_207_MULTI_STATUS",),
        ("multi_status", "multiple_status", "multi_stati", "multiple_stati"),
    ),
    Row(
        208, "Already Reported", STANDARD,
        "WebDAV: these binding members were listed earlier in the same reply and are not repeated.",
        (),
        ("ALREADY_REPORTED",), ("HTTP_208_ALREADY_REPORTED",), ("HTTP_208_ALREADY_REPORTED",),
        ("already_reported",),
    ),
    Row(
        226, "IM Used", STANDARD,
        "The body is the outcome of instance manipulations (such as a delta) on the resource.",
        (),
        ("IM_USED",), ("HTTP_226_IM_USED",), ("HTTP_226_IM_USED",),
        ("im_used",),
    ),
    # 3xx redirection
    Row(
        300, "Multiple Choices", STANDARD,
        "Several representations exist and the client or the user has to pick one.",
        (),
        ("MULTIPLE_CHOICES",), ("HTTP_300_MULTIPLE_CHOICES",), ("HTTP_300_MULTIPLE_CHOICES",),
        ("multiple_choices",),
    ),
    Row(
        301, "Moved Permanently", STANDARD,
        "The resource has a new permanent URL, given in the Location header.",
        (),
        ("MOVED_PERMANENTLY",), ("HTTP_301_MOVED_PERMANENTLY",), ("HTTP_301_MOVED_PERMANENTLY",),
        ("moved_permanently", "moved", "\\o-"),
    ),
    Row(
        302, "Found", STANDARD,
        "The resource sits at another URL for now; keep using the original URL afterwards.",
        ("Moved Temporarily",),
        ("FOUND",), ("HTTP_302_FOUND",), ("HTTP_302_FOUND",),
        ("found",),
    ),
    Row(
        303, "See Other", STANDARD,
        "Fetch the outcome from the URL in the Location header, using GET.",
        (),
        ("SEE_OTHER",), ("HTTP_303_SEE_OTHER",), ("HTTP_303_SEE_OTHER",),
        ("see_other", "other"),
    ),
    Row(
        304, "Not Modified", STANDARD,
        "The client's cached copy is still current, so no body is sent.",
        (),
        ("NOT_MODIFIED",), ("HTTP_304_NOT_MODIFIED",), ("HTTP_304_NOT_MODIFIED",),
        ("not_modified",),
    ),
    Row(
        305, "Use Proxy", DEPRECATED,
        "Obsolete: told the client to go through the proxy named in Location; dropped as unsafe.",
        (),
        ("USE_PROXY",), ("HTTP_305_USE_PROXY",), ("HTTP_305_USE_PROXY",),
        ("use_proxy",),
    ),
    Row(
        306, "unused", DEPRECATED,
        "Reserved number left over from an early HTTP/1.1 draft; servers must not send it.",
        ("Switch Proxy",),
        (), ("HTTP_306_RESERVED",), ("HTTP_306_RESERVED",),
        ("switch_proxy",),
    ),
    Row(
        307, "Temporary Redirect", STANDARD,
        "The resource sits at another URL for now; repeat the request there with the same method.",
        (),
        ("TEMPORARY_REDIRECT",), ("HTTP_307_TEMPORARY_REDIRECT",),
        ("HTTP_307_TEMPORARY_REDIRECT",),
        ("temporary_redirect", "temporary_moved", "temporary"),
    ),
    Row(
        308, "Permanent Redirect", STANDARD,
        "The resource moved for good; repeat the request at the new URL with the same method.",
        (),
        ("PERMANENT_REDIRECT",), ("HTTP_308_PERMANENT_REDIRECT",),
        ("HTTP_308_PERMANENT_REDIRECT",),
        ("permanent_redirect", "resume_incomplete", "resume"),
    ),
    # 4xx client error
    Row(
        400, "Bad Request", STANDARD,
        "The server will not handle the request because it looks malformed or invalid.",
        (),
        ("BAD_REQUEST",), ("HTTP_400_BAD_REQUEST",), ("HTTP_400_BAD_REQUEST",),
        ("bad_request", "bad"),
    ),
    Row(
        401, "Unauthorized", STANDARD,
        "Authentication is missing or failed; the client has to prove who it is first.",
        (),
        ("UNAUTHORIZED",), ("HTTP_401_UNAUTHORIZED",), ("HTTP_401_UNAUTHORIZED",),
        ("unauthorized",),
    ),
    Row(
        402, "Payment Required", EXPERIMENTAL,
        "Set aside for future payment schemes; there is no agreed way to use it.",
        (),
        ("PAYMENT_REQUIRED",), ("HTTP_402_PAYMENT_REQUIRED",), ("HTTP_402_PAYMENT_REQUIRED",),
        ("payment_required", "payment"),
    ),
    Row(
        403, "Forbidden", STANDARD,
        "The server knows who the client is and still refuses the request.",
        (),
        ("FORBIDDEN",), ("HTTP_403_FORBIDDEN",), ("HTTP_403_FORBIDDEN",),
        ("forbidden",),
    ),
    Row(
        404, "Not Found", STANDARD,
        "Nothing is available at this URL, or the server prefers not to say that something is.",
        (),
        ("NOT_FOUND",), ("HTTP_404_NOT_FOUND",), ("HTTP_404_NOT_FOUND",),
        ("not_found", "-o-"),
    ),
    Row(
        405, "Method Not Allowed", STANDARD,
        "The resource exists but does not support this request method.",
        (),
        ("METHOD_NOT_ALLOWED",), ("HTTP_405_METHOD_NOT_ALLOWED",),
        ("HTTP_405_METHOD_NOT_ALLOWED",),
        ("method_not_allowed", "not_allowed"),
    ),
    Row(
        406, "Not Acceptable", STANDARD,
        "No representation fits the Accept headers the client sent.",
        (),
        ("NOT_ACCEPTABLE",), ("HTTP_406_NOT_ACCEPTABLE",), ("HTTP_406_NOT_ACCEPTABLE",),
        ("not_acceptable",),
    ),
    Row(
        407, "Proxy Authentication Required", STANDARD,
        "Like 401, but the credentials are wanted by a proxy in between.",
        (),
        ("PROXY_AUTHENTICATION_REQUIRED",), ("HTTP_407_PROXY_AUTHENTICATION_REQUIRED",),
        ("HTTP_407_PROXY_AUTHENTICATION_REQUIRED",),
        ("proxy_authentication_required", "proxy_auth", "proxy_authentication"),
    ),
    Row(
        408, "Request Timeout", STANDARD,
        "The server stopped waiting for the client to finish sending a request.",
        ("Request Time-out",),
        ("REQUEST_TIMEOUT",), ("HTTP_408_REQUEST_TIMEOUT",), ("HTTP_408_REQUEST_TIMEOUT",),
        ("request_timeout", "timeout"),
    ),
    Row(
        409, "Conflict", STANDARD,
        "The request clashes with the resource's current state.",
        (),
        ("CONFLICT",), ("HTTP_409_CONFLICT",), ("HTTP_409_CONFLICT",),
        ("conflict",),
    ),
    Row(
        410, "Gone", STANDARD,
        "The resource was removed on purpose and is not coming back.",
        (),
        ("GONE",), ("HTTP_410_GONE",), ("HTTP_410_GONE",),
        ("gone",),
    ),
    Row(
        411, "Length Required", STANDARD,
        "The server insists on a Content-Length header.",
        (),
        ("LENGTH_REQUIRED",), ("HTTP_411_LENGTH_REQUIRED",), ("HTTP_411_LENGTH_REQUIRED",),
        ("length_required",),
    ),
    Row(
        412, "Precondition Failed", STANDARD,
        "A condition in the request headers, such as If-Match, turned out false.",
        (),
        ("PRECONDITION_FAILED",), ("HTTP_412_PRECONDITION_FAILED",),
        ("HTTP_412_PRECONDITION_FAILED",),
        ("precondition_failed",),
    ),
    Row(
        413, "Payload Too Large", STANDARD,
        "The request body is bigger than the server is willing to take.",
        ("Request Entity Too Large", "Content Too Large"),
        ("REQUEST_ENTITY_TOO_LARGE", "CONTENT_TOO_LARGE"),
        ("HTTP_413_REQUEST_ENTITY_TOO_LARGE",),
        ("HTTP_413_REQUEST_ENTITY_TOO_LARGE", "HTTP_413_CONTENT_TOO_LARGE"),
        ("request_entity_too_large", "content_too_large"),
    ),
    Row(
        414, "URI Too Long", STANDARD,
        "The request target is longer than the server is willing to parse.",
        ("Request-URI Too Long", "Request-URI Too Large", "Request URI Too Long"),
        ("REQUEST_URI_TOO_LONG", "URI_TOO_LONG"),
        ("HTTP_414_REQUEST_URI_TOO_LONG",),
        ("HTTP_414_REQUEST_URI_TOO_LONG", "HTTP_414_URI_TOO_LONG"),
        ("request_uri_too_large", "uri_too_long"),
    ),
    Row(
        415, "Unsupported Media Type", STANDARD,
        "The server does not accept the format of the request body.",
        (),
        ("UNSUPPORTED_MEDIA_TYPE",), ("HTTP_415_UNSUPPORTED_MEDIA_TYPE",),
        ("HTTP_415_UNSUPPORTED_MEDIA_TYPE",),
        ("unsupported_media_type", "unsupported_media", "media_type"),
    ),
    Row(
        416, "Range Not Satisfiable", STANDARD,
        "None of the requested ranges fall inside the resource's current size.",
        ("Requested Range Not Satisfiable",),
        ("REQUESTED_RANGE_NOT_SATISFIABLE", "RANGE_NOT_SATISFIABLE"),
        ("HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE",),
        ("HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE", "HTTP_416_RANGE_NOT_SATISFIABLE"),
        ("requested_range_not_satisfiable", "requested_range", "range_not_satisfiable"),
    ),
    Row(
        417, "Expectation Failed", STANDARD,
        "The server cannot honour what the request's Expect header asks for.",
        (),
        ("EXPECTATION_FAILED",), ("HTTP_417_EXPECTATION_FAILED",),
        ("HTTP_417_EXPECTATION_FAILED",),
        ("expectation_failed",),
    ),
    Row(
        418, "I'm a teapot", STANDARD,
        "Joke code from the coffee-pot protocol: a teapot declines to brew coffee.",
        ("I'm a Teapot",),
        ("IM_A_TEAPOT",), ("HTTP_418_IM_A_TEAPOT",), ("HTTP_418_IM_A_TEAPOT",),
        ("im_a_teapot", "teapot", "i_am_a_teapot"),
    ),
    Row(
        421, "Misdirected Request", STANDARD,
        "The request reached a server that cannot answer for this scheme and host.",
        (),
        ("MISDIRECTED_REQUEST",), ("HTTP_421_MISDIRECTED_REQUEST",),
        ("HTTP_421_MISDIRECTED_REQUEST",),
        ("misdirected_request",),
    ),
    Row(
        422, "Unprocessable Content", STANDARD,
        "The body parses fine, but what it asks for cannot be carried out.",
        ("Unprocessable Entity",),
        ("UNPROCESSABLE_ENTITY", "UNPROCESSABLE_CONTENT"),
        ("HTTP_422_UNPROCESSABLE_ENTITY",),
        ("HTTP_422_UNPROCESSABLE_ENTITY", "HTTP_422_UNPROCESSABLE_CONTENT"),
        ("unprocessable_entity", "unprocessable", "unprocessable_content"),
    ),
    Row(
        423, "Locked", STANDARD,
        "WebDAV: the resource being acted on is locked.",
        (),
        ("LOCKED",), ("HTTP_423_LOCKED",), ("HTTP_423_LOCKED",),
        ("locked",),
    ),
    Row(
        424, "Failed Dependency", STANDARD,
        "WebDAV: this step failed because an earlier step it relied on failed.",
        (),
        ("FAILED_DEPENDENCY",), ("HTTP_424_FAILED_DEPENDENCY",), ("HTTP_424_FAILED_DEPENDENCY",),
        ("failed_dependency", "dependency"),
    ),
    Row(
        425, "Too Early", EXPERIMENTAL,
        "The server will not risk acting on a request sent as replayable TLS early data.",
        ("Unordered Collection",),
        ("TOO_EARLY",), ("HTTP_425_TOO_EARLY",), ("HTTP_425_TOO_EARLY",),
        ("unordered_collection", "unordered", "too_early"),
    ),
    Row(
        426, "Upgrade Required", STANDARD,
        "The client has to switch to the protocol named in the Upgrade header before retrying.",
        (),
        ("UPGRADE_REQUIRED",), ("HTTP_426_UPGRADE_REQUIRED",), ("HTTP_426_UPGRADE_REQUIRED",),
        ("upgrade_required", "upgrade"),
    ),
    Row(
        428, "Precondition Required", STANDARD,
        "The server only accepts conditional requests here, to prevent lost updates.",
        (),
        ("PRECONDITION_REQUIRED",), ("HTTP_428_PRECONDITION_REQUIRED",),
        ("HTTP_428_PRECONDITION_REQUIRED",),
        ("precondition_required", "precondition"),
    ),
    Row(
        429, "Too Many Requests", STANDARD,
        "The client exceeded a rate limit; slow down and retry later.",
        (),
        ("TOO_MANY_REQUESTS",), ("HTTP_429_TOO_MANY_REQUESTS",), ("HTTP_429_TOO_MANY_REQUESTS",),
        ("too_many_requests", "too_many"),
    ),
    Row(
        431, "Request Header Fields Too Large", STANDARD,
        "One header, or all headers together, exceed what the server will accept.",
        (),
        ("REQUEST_HEADER_FIELDS_TOO_LARGE",), ("HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE",),
        ("HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE",),
        ("header_fields_too_large", "fields_too_large"),
    ),
    Row(
        451, "Unavailable For Legal Reasons", STANDARD,
        "Access is refused because of a legal demand such as a court order or censorship.",
        (),
        ("UNAVAILABLE_FOR_LEGAL_REASONS",), ("HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS",),
        ("HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS",),
        ("unavailable_for_legal_reasons", "legal_reasons"),
    ),
    # 5xx server error
    Row(
        500, "Internal Server Error", STANDARD,
        "The server ran into something unexpected that it could not cope with.",
        (),
        ("INTERNAL_SERVER_ERROR",), ("HTTP_500_INTERNAL_SERVER_ERROR",),
        ("HTTP_500_INTERNAL_SERVER_ERROR",),
        ("internal_server_error", "server_error", "/o\\", "\u2717"),
    ),
    Row(
        501, "Not Implemented", STANDARD,
        "The server lacks the feature needed to fulfil the request, such as this method.",
        (),
        ("NOT_IMPLEMENTED",), ("HTTP_501_NOT_IMPLEMENTED",), ("HTTP_501_NOT_IMPLEMENTED",),
        ("not_implemented",),
    ),
    Row(
        502, "Bad Gateway", STANDARD,
        "A gateway or proxy got an invalid answer from the server behind it.",
        (),
        ("BAD_GATEWAY",), ("HTTP_502_BAD_GATEWAY",), ("HTTP_502_BAD_GATEWAY",),
        ("bad_gateway",),
    ),
    Row(
        503, "Service Unavailable", STANDARD,
        "The server cannot take requests right now, e.g. overloaded or down for maintenance.",
        (),
        ("SERVICE_UNAVAILABLE",), ("HTTP_503_SERVICE_UNAVAILABLE",),
        ("HTTP_503_SERVICE_UNAVAILABLE",),
        ("service_unavailable", "unavailable"),
    ),
    Row(
        504, "Gateway Timeout", STANDARD,
        "A gateway or proxy gave up waiting for the server behind it.",
        ("Gateway Time-out",),
        ("GATEWAY_TIMEOUT",), ("HTTP_504_GATEWAY_TIMEOUT",), ("HTTP_504_GATEWAY_TIMEOUT",),
        ("gateway_timeout",),
    ),
    Row(
        505, "HTTP Version Not Supported", STANDARD,
        "The server refuses the HTTP major version the request was sent with.",
        (),
        ("HTTP_VERSION_NOT_SUPPORTED",), ("HTTP_505_HTTP_VERSION_NOT_SUPPORTED",),
        ("HTTP_505_HTTP_VERSION_NOT_SUPPORTED",),
        ("http_version_not_supported", "http_version"),
    ),
    Row(
        506, "Variant Also Negotiates", STANDARD,
        "Server misconfiguration: the chosen variant negotiates content itself, making a loop.",
        (),
        ("VARIANT_ALSO_NEGOTIATES",), ("HTTP_506_VARIANT_ALSO_NEGOTIATES",),
        ("HTTP_506_VARIANT_ALSO_NEGOTIATES",),
        ("variant_also_negotiates",),
    ),
    Row(
        507, "Insufficient Storage", STANDARD,
        "WebDAV: the server has no room to store what the request needs.",
        (),
        ("INSUFFICIENT_STORAGE",), ("HTTP_507_INSUFFICIENT_STORAGE",),
        ("HTTP_507_INSUFFICIENT_STORAGE",),
        ("insufficient_storage",),
    ),
    Row(
        508, "Loop Detected", STANDARD,
        "WebDAV: the server hit an infinite loop while handling the request.",
        (),
        ("LOOP_DETECTED",), ("HTTP_508_LOOP_DETECTED",), ("HTTP_508_LOOP_DETECTED",),
        (),
    ),
    Row(
        510, "Not Extended", STANDARD,
        "The request needs further HTTP extensions before the server can fulfil it.",
        (),
        ("NOT_EXTENDED",), ("HTTP_510_NOT_EXTENDED",), ("HTTP_510_NOT_EXTENDED",),
        ("not_extended",),
    ),
    Row(
        511, "Network Authentication Required", STANDARD,
        "The client has to log in to get network access, typically at a captive portal.",
        ("Network Authentication Failed",),
        ("NETWORK_AUTHENTICATION_REQUIRED",), ("HTTP_511_NETWORK_AUTHENTICATION_REQUIRED",),
        ("HTTP_511_NETWORK_AUTHENTICATION_REQUIRED",),
        ("network_authentication_required", "network_auth", "network_authentication"),
    ),
)

# --- when each name appeared (names absent here: "always", i.e. since=None) -------------

#: ``http.HTTPStatus``: Python version that added the member.
STDLIB_SINCE: dict[str, tuple[int, ...]] = {
    "EARLY_HINTS": (3, 9),
    "IM_A_TEAPOT": (3, 9),
    "TOO_EARLY": (3, 9),
    "CONTENT_TOO_LARGE": (3, 13),
    "URI_TOO_LONG": (3, 13),
    "RANGE_NOT_SATISFIABLE": (3, 13),
    "UNPROCESSABLE_CONTENT": (3, 13),
}

#: djangorestframework release that first shipped the name (checked against 3.0.0, 3.3.0,
#: 3.4.0, 3.5.0, 3.9.4, 3.10.0, 3.11.0, 3.13.1, 3.14.0 and 3.18.3).
DRF_SINCE: dict[str, tuple[int, ...]] = {
    "HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS": (3, 4, 0),
    "HTTP_207_MULTI_STATUS": (3, 5, 0),
    "HTTP_422_UNPROCESSABLE_ENTITY": (3, 5, 0),
    "HTTP_423_LOCKED": (3, 5, 0),
    "HTTP_424_FAILED_DEPENDENCY": (3, 5, 0),
    "HTTP_507_INSUFFICIENT_STORAGE": (3, 5, 0),
    "HTTP_208_ALREADY_REPORTED": (3, 10, 0),
    "HTTP_226_IM_USED": (3, 10, 0),
    "HTTP_308_PERMANENT_REDIRECT": (3, 10, 0),
    "HTTP_426_UPGRADE_REQUIRED": (3, 10, 0),
    "HTTP_506_VARIANT_ALSO_NEGOTIATES": (3, 10, 0),
    "HTTP_508_LOOP_DETECTED": (3, 10, 0),
    "HTTP_509_BANDWIDTH_LIMIT_EXCEEDED": (3, 10, 0),
    "HTTP_510_NOT_EXTENDED": (3, 10, 0),
    "HTTP_418_IM_A_TEAPOT": (3, 11, 0),
    "HTTP_102_PROCESSING": (3, 14, 0),
    "HTTP_103_EARLY_HINTS": (3, 14, 0),
    "HTTP_421_MISDIRECTED_REQUEST": (3, 14, 0),
    "HTTP_425_TOO_EARLY": (3, 14, 0),
}

#: starlette release that first shipped the name (checked against 0.13.0, 0.14.0, 0.14.1,
#: 0.14.2, 0.47.3, 0.48.0 and 1.10.0).
STARLETTE_SINCE: dict[str, tuple[int, ...]] = {
    "HTTP_418_IM_A_TEAPOT": (0, 14, 0),
    "HTTP_102_PROCESSING": (0, 14, 2),
    "HTTP_103_EARLY_HINTS": (0, 14, 2),
    "HTTP_208_ALREADY_REPORTED": (0, 14, 2),
    "HTTP_226_IM_USED": (0, 14, 2),
    "HTTP_308_PERMANENT_REDIRECT": (0, 14, 2),
    "HTTP_421_MISDIRECTED_REQUEST": (0, 14, 2),
    "HTTP_426_UPGRADE_REQUIRED": (0, 14, 2),
    "HTTP_506_VARIANT_ALSO_NEGOTIATES": (0, 14, 2),
    "HTTP_508_LOOP_DETECTED": (0, 14, 2),
    "HTTP_510_NOT_EXTENDED": (0, 14, 2),
    "HTTP_413_CONTENT_TOO_LARGE": (0, 48, 0),
    "HTTP_414_URI_TOO_LONG": (0, 48, 0),
    "HTTP_416_RANGE_NOT_SATISFIABLE": (0, 48, 0),
    "HTTP_422_UNPROCESSABLE_CONTENT": (0, 48, 0),
}

#: Names starlette 0.48.0 deprecated (they still resolve, with a warning) in favour of the
#: RFC 9110 names; fastapi.status inherits this.
STARLETTE_DEPRECATED: frozenset[str] = frozenset({
    "HTTP_413_REQUEST_ENTITY_TOO_LARGE",
    "HTTP_414_REQUEST_URI_TOO_LONG",
    "HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE",
    "HTTP_422_UNPROCESSABLE_ENTITY",
})

#: fastapi release from which ``fastapi.status`` (Starlette's module) is sure to have the name:
#: the first whose oldest allowed Starlette has it. 0.65.0 pinned Starlette 0.14.2; 0.116.2 was
#: the first to allow Starlette 0.48 but still allowed 0.40, and 0.164.0 the first to require a
#: Starlette with the RFC 9110 names (>= 1.6.0); ``benchmarks/check_versions.py`` checks this.
FASTAPI_SINCE: dict[str, tuple[int, ...]] = {
    **{name: (0, 65, 0) for name in STARLETTE_SINCE if STARLETTE_SINCE[name] < (0, 48)},
    "HTTP_413_CONTENT_TOO_LARGE": (0, 164, 0),
    "HTTP_414_URI_TOO_LONG": (0, 164, 0),
    "HTTP_416_RANGE_NOT_SATISFIABLE": (0, 164, 0),
    "HTTP_422_UNPROCESSABLE_CONTENT": (0, 164, 0),
}

#: falcon release that first shipped the numeric name (the catalogue lists ``HTTP_<code>`` for a
#: code). Absent here: in every release from 3.0, the first that takes an int status, so the
#: first whose code has a literal to replace (102, 207, 208, 423, 424, 507 and 508 came in 1.4).
FALCON_SINCE: dict[str, tuple[int, ...]] = {
    f"HTTP_{code}": (4, 0, 0) for code in (103, 421, 425, 506, 510)
}

#: Falcon's other names for a code (``falcon.HTTP_NOT_FOUND``, from 3.0): recognised, never
#: suggested (Falcon's docs write the numeric name). 4.0's ``HTTP_CONTENT_TOO_LARGE`` and
#: ``HTTP_PAYLOAD_TOO_LARGE`` join ``HTTP_REQUEST_ENTITY_TOO_LARGE`` as aliases, not renames.
FALCON_ALIASES: dict[str, int] = {
    "HTTP_CONTINUE": 100, "HTTP_SWITCHING_PROTOCOLS": 101, "HTTP_PROCESSING": 102,
    "HTTP_EARLY_HINTS": 103, "HTTP_OK": 200, "HTTP_CREATED": 201, "HTTP_ACCEPTED": 202,
    "HTTP_NON_AUTHORITATIVE_INFORMATION": 203, "HTTP_NO_CONTENT": 204,
    "HTTP_RESET_CONTENT": 205, "HTTP_PARTIAL_CONTENT": 206, "HTTP_MULTI_STATUS": 207,
    "HTTP_ALREADY_REPORTED": 208, "HTTP_IM_USED": 226, "HTTP_MULTIPLE_CHOICES": 300,
    "HTTP_MOVED_PERMANENTLY": 301, "HTTP_FOUND": 302, "HTTP_SEE_OTHER": 303,
    "HTTP_NOT_MODIFIED": 304, "HTTP_USE_PROXY": 305, "HTTP_TEMPORARY_REDIRECT": 307,
    "HTTP_PERMANENT_REDIRECT": 308, "HTTP_BAD_REQUEST": 400, "HTTP_UNAUTHORIZED": 401,
    "HTTP_PAYMENT_REQUIRED": 402, "HTTP_FORBIDDEN": 403, "HTTP_NOT_FOUND": 404,
    "HTTP_METHOD_NOT_ALLOWED": 405, "HTTP_NOT_ACCEPTABLE": 406,
    "HTTP_PROXY_AUTHENTICATION_REQUIRED": 407, "HTTP_REQUEST_TIMEOUT": 408,
    "HTTP_CONFLICT": 409, "HTTP_GONE": 410, "HTTP_LENGTH_REQUIRED": 411,
    "HTTP_PRECONDITION_FAILED": 412, "HTTP_REQUEST_ENTITY_TOO_LARGE": 413,
    "HTTP_CONTENT_TOO_LARGE": 413, "HTTP_PAYLOAD_TOO_LARGE": 413,
    "HTTP_REQUEST_URI_TOO_LONG": 414, "HTTP_UNSUPPORTED_MEDIA_TYPE": 415,
    "HTTP_REQUESTED_RANGE_NOT_SATISFIABLE": 416, "HTTP_EXPECTATION_FAILED": 417,
    "HTTP_IM_A_TEAPOT": 418, "HTTP_MISDIRECTED_REQUEST": 421,
    "HTTP_UNPROCESSABLE_ENTITY": 422, "HTTP_LOCKED": 423, "HTTP_FAILED_DEPENDENCY": 424,
    "HTTP_TOO_EARLY": 425, "HTTP_UPGRADE_REQUIRED": 426, "HTTP_PRECONDITION_REQUIRED": 428,
    "HTTP_TOO_MANY_REQUESTS": 429, "HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE": 431,
    "HTTP_UNAVAILABLE_FOR_LEGAL_REASONS": 451, "HTTP_INTERNAL_SERVER_ERROR": 500,
    "HTTP_NOT_IMPLEMENTED": 501, "HTTP_BAD_GATEWAY": 502, "HTTP_SERVICE_UNAVAILABLE": 503,
    "HTTP_GATEWAY_TIMEOUT": 504, "HTTP_HTTP_VERSION_NOT_SUPPORTED": 505,
    "HTTP_VARIANT_ALSO_NEGOTIATES": 506, "HTTP_INSUFFICIENT_STORAGE": 507,
    "HTTP_LOOP_DETECTED": 508, "HTTP_NOT_EXTENDED": 510,
    "HTTP_NETWORK_AUTHENTICATION_REQUIRED": 511,
}

#: Codes whose status line Falcon writes with another reason phrase for an ``http.HTTPStatus``
#: member than for the int (or its own constant), on some Python from 3.9 on: Falcon formats a
#: member with the stdlib's phrase and an int with its own table ("413 Content Too Large" in
#: Falcon 4, "413 Payload Too Large" in 3; the stdlib's "413 Request Entity Too Large" up to
#: 3.12). Value: the Python from which they agree on every later Python too, or None where some
#: Python from 3.13 on differs (422: "Unprocessable Content" from 3.13, so a program supporting
#: 3.13 is affected whatever its oldest Python). (Read off each Python's ``http.HTTPStatus``
#: against falcon 3.1.3, 4.0.0 and 4.2.0.)
FALCON_OTHER_PHRASE: dict[int, tuple[int, int] | None] = {
    413: None, 414: (3, 13), 416: (3, 13), 418: None, 422: None,
}

#: requests release that first mapped the name to this code (2.31.0 vs 2.32.0).
REQUESTS_SINCE: dict[str, tuple[int, ...]] = {
    "early-hints": (2, 32, 0),
    "content_too_large": (2, 32, 0),
    "uri_too_long": (2, 32, 0),
    "unprocessable_content": (2, 32, 0),
    "too_early": (2, 32, 0),
}

#: httpx release that first had the ``httpx.codes`` member (an ``IntEnum`` whose names are
#: ``http.HTTPStatus``'s before Python 3.13, each also as a lower-case plain int; checked against
#: httpx 0.6.8, 0.9.0, 0.11.0, 0.13.0, 0.14.0 to 0.14.3, 0.15.0, 0.15.5, 0.16.0, 0.18.0, 0.21.0,
#: 0.23.0, 0.25.0, 0.27.0, 0.28.1 and 0.29.0).
HTTPX_SINCE: dict[str, tuple[int, ...]] = {"EARLY_HINTS": (0, 14, 3), "TOO_EARLY": (0, 14, 3)}

# --- what a response with the status must or must not carry (RFC 9110) ----------------------

#: Status -> the header a response with it needs: a redirect's target (15.4: the server SHOULD
#: send Location, and without one a client has nowhere to go), the challenge of 401 (15.5.2) and
#: 407 (15.5.8), the methods of 405 (15.5.6) and the protocols of 426 (15.5.22) (each a MUST).
REQUIRED_HEADERS: dict[int, str] = {
    301: "Location", 302: "Location", 303: "Location", 307: "Location", 308: "Location",
    401: "WWW-Authenticate", 405: "Allow", 407: "Proxy-Authenticate", 426: "Upgrade",
}

#: Statuses whose response has no content: 1xx (15.2), 204 (15.3.5), 205 (15.3.6: the server
#: MUST NOT generate content) and 304 (15.4.5).
WITHOUT_CONTENT: frozenset[int] = frozenset({100, 101, 102, 103, 204, 205, 304})

# --- "did you mean" -----------------------------------------------------------------------

#: The codes a "did you mean" hint may name: those web code sends every day (our choice, not a
#: fact of the reference). A slip toward a rare code (150 -> 510 Not Extended) is no likelier
#: than a number meant as it is, so such a hint would mislead.
HINT_TARGETS: frozenset[int] = frozenset({
    100, 101, 200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405,
    406, 408, 409, 410, 412, 413, 415, 422, 429, 500, 501, 502, 503, 504,
})

# --- names for codes the reference does not list -----------------------------------------
# They are real names of a style, so the reverse index knows them; there is no Status for
# these codes.

UNCATALOGUED_NAMES: dict[str, dict[str, int]] = {
    "drf": {"HTTP_509_BANDWIDTH_LIMIT_EXCEEDED": 509},
    # Falcon's "developer errors" (701 Meh ... 799 End of the world), in every release
    "falcon": {f"HTTP_{code}": code for code in (
        701, 702, 703, 710, 711, 712, 719, 720, 721, 722, 723, 724, 725, 726, 727, 740, 741,
        742, 743, 744, 745, 748, 749, 750, 753, 754, 755, 759, 771, 772, 773, 774, 776, 777,
        778, 779, 780, 781, 782, 783, 784, 785, 786, 791, 792, 797, 799)},
    "requests": {
        "request_uri_too_long": 122,
        "no_response": 444,
        "none": 444,
        "retry_with": 449,
        "retry": 449,
        "blocked_by_windows_parental_controls": 450,
        "parental_controls": 450,
        "client_closed_request": 499,
        "bandwidth_limit_exceeded": 509,
        "bandwidth": 509,
    },
}
