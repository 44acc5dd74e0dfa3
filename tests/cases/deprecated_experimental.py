"""Deprecated (305, 306) and experimental (103, 402, 425) statuses, literal and named.

A payment gateway client that meets all of them; 305 and 425 here are only prose.
"""
import enum
import http
from http import HTTPStatus
from http import HTTPStatus as S

import requests
from flask import abort
from requests import codes
from rest_framework import status
from rest_framework.response import Response
from rest_framework.status import HTTP_305_USE_PROXY
from starlette.status import HTTP_425_TOO_EARLY

PROXY_STATES = {HTTPStatus.USE_PROXY: "proxy", HTTPStatus.OK: "direct"}  # HTS004@HTTPStatus


class Plan(enum.Enum):
    FREE = 100
    PAYMENT_REQUIRED = 402
    USE_PROXY = 305


def gateway_view(request, order):
    if order.via_proxy:
        abort(305)  # HTS004@305 HTS007@305 =305 (Use Proxy) is deprecated
    if order.unpaid:
        abort(402)  # HTS005@402 =402 (Payment Required) is experimental
    if order.replayed:
        return Response({"detail": "replay"}, 425)  # HTS005@425 =425 (Too Early) is experimental
    if order.legacy:
        return Response({"detail": "switch"}, status=306)  # HTS004@306
    return Response({"plan": Plan.PAYMENT_REQUIRED.value}, status=status.HTTP_200_OK)


def gateway_constants(order):
    if order.via_proxy:
        return Response(status=status.HTTP_305_USE_PROXY)  # HTS004@status.HTTP_305 =305 (Use Proxy) is deprecated
    if order.legacy:
        return Response(status=status.HTTP_306_RESERVED)  # HTS004@status.HTTP_306
    if order.unpaid:
        return Response(status=status.HTTP_402_PAYMENT_REQUIRED)  # HTS005@status.HTTP_402
    if order.replayed:
        return Response(status=status.HTTP_425_TOO_EARLY)  # HTS005@status.HTTP_425 =425 (Too Early) is experimental
    if order.hints:
        return Response(status=status.HTTP_103_EARLY_HINTS)  # HTS005@status.HTTP_103 HTS012@status.HTTP_103 =103 (Early Hints) is experimental
    return Response(status=status.HTTP_404_NOT_FOUND)


def by_name(handler, code=HTTPStatus.TOO_EARLY):  # HTS005@HTTPStatus =425 (Too Early) is experimental
    if code == HTTP_425_TOO_EARLY:  # HTS005@HTTP_425_TOO_EARLY
        return Response(status=HTTP_305_USE_PROXY)  # HTS004@HTTP_305_USE_PROXY =305 (Use Proxy) is deprecated
    return Response(status=code)


def stdlib_constants(handler, early):
    if early:
        handler.send_response(103)  # HTS005@103 =103 (Early Hints) is experimental
        handler.send_response(S.EARLY_HINTS)  # HTS005@S.EARLY_HINTS
    handler.send_response(HTTPStatus.USE_PROXY)  # HTS004@HTTPStatus =305 (Use Proxy) is deprecated
    handler.send_error(http.HTTPStatus.TOO_EARLY)  # HTS005@http.HTTPStatus
    handler.send_error(HTTPStatus.PAYMENT_REQUIRED, "card declined")  # HTS005@HTTPStatus
    handler.send_error(S.NOT_FOUND)
    return HTTPStatus(305)  # HTS004@305


def check_gateway(url):
    r = requests.get(url, timeout=300)
    if r.status_code == requests.codes.use_proxy:  # HTS004@requests.codes =305 (Use Proxy) is deprecated
        return "proxy"
    if r.status_code == codes.too_early:  # HTS005@codes.too_early =425 (Too Early) is experimental
        return "retry"
    if r.status_code == requests.codes.payment_required:  # HTS005@requests.codes
        return "pay"
    if r.status_code in (HTTPStatus.USE_PROXY, 307):  # HTS001@307 HTS004@HTTPStatus =use status.HTTP_307_TEMPORARY_REDIRECT
        return "moved"
    if r.status_code == 402 or r.status_code == 425:  # HTS005@402 HTS005@425
        return "later"
    if r.status_code == requests.codes.ok or r.status_code == codes.not_found:
        return "done"
    return Plan.USE_PROXY.name if "HTTPStatus.USE_PROXY" in r.text else None
