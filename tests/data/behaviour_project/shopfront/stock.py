"""The client of the stock service, over urllib."""

import json
import urllib.error
from email.message import Message


def answer(url, code, reason):
    """What urllib raises when the stock service answers with an error."""
    return urllib.error.HTTPError(url, code, reason, Message(), None)


def missing(url):
    return urllib.error.HTTPError(
        url, 404, "Not Found", Message(), None)


def unavailable(url):
    return urllib.error.HTTPError(
        url, 503, "Busy", Message(), None)


def describe(err):
    if err.code == 404:
        return "missing: %s" % err
    if err.code in (502, 503):
        return f"stock service down ({err.code}): {err}"
    return str(err)


def as_event(err):
    return json.dumps({"event": "stock-error", "code": err.code})
