"""Answers of the warehouse service, as requests hands them over."""

import requests


def answered(code, reason, body=b""):
    response = requests.Response()
    response.status_code = code
    response.reason = reason
    response.url = "https://warehouse.invalid/orders"
    response._content = body
    return response


def gone():
    response = answered(200, "Gone")
    response.status_code = 410
    return response


def summary(response):
    if response.status_code == 200:
        return f"ok: {response.text}"
    if response.status_code in (404, 410):
        return "no such order (%s)" % response.status_code
    try:
        response.raise_for_status()
    except requests.HTTPError as err:
        return str(err)
    return "unexpected: " + str(response.status_code)
