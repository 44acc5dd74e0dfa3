# httpstatus-config: style=httpx
"""An httpx client and its tests, linted with style=httpx: suggestions are httpx.codes members.

httpx.codes is an IntEnum whose str() is the number on every Python, so it is suggested where
the value is formatted too. The names already written stay silent but for a deprecated code.
"""
import json
import logging

import httpx
import respx
from httpx import codes

API = "https://api.example.test"
LOG = logging.getLogger(__name__)


def fetch_user(client: httpx.Client, user_id: int):
    response = client.get(f"/users/{user_id}", timeout=300)
    if response.status_code == 404:  # HTS001@404 =use codes.NOT_FOUND
        return None
    if response.status_code == codes.TOO_MANY_REQUESTS:
        LOG.warning("rate limited, retry in %s s", response.headers.get("Retry-After", 120))
        return None
    if response.status_code != 200:  # HTS001@200 =use codes.OK
        response.raise_for_status()
    return response.json()


def delete_user(client: httpx.Client, user_id: int) -> bool:
    response = client.delete(f"/users/{user_id}")
    if codes.is_error(response.status_code):
        return False
    return response.status_code in (204, codes.ACCEPTED)  # HTS001@204 =use codes.NO_CONTENT


def through_proxy(client: httpx.Client) -> bool:
    return client.get("/legacy").status_code == codes.USE_PROXY  # HTS004@codes.USE_PROXY


def page_of(payload: dict) -> list:
    if payload.get("count", 0) > 500:
        return payload["results"][:200]
    return payload["results"]


@respx.mock
def test_fetch_user_missing():
    respx.get(f"{API}/users/1").mock(return_value=httpx.Response(404))  # HTS001@404 =use codes.NOT_FOUND
    with httpx.Client(base_url=API) as client:
        assert fetch_user(client, 1) is None


@respx.mock
def test_fetch_user_ok():
    body = {"id": 2, "name": "Ada", "quota": 100}
    respx.get(f"{API}/users/2").mock(return_value=httpx.Response(200, json=body))  # HTS001@200 =use codes.OK
    with httpx.Client(base_url=API) as client:
        assert fetch_user(client, 2) == body


@respx.mock
def test_delete_user():
    respx.delete(f"{API}/users/3").mock(return_value=httpx.Response(status_code=codes.NO_CONTENT))
    with httpx.Client(base_url=API) as client:
        assert delete_user(client, 3)


def test_upstream_down():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, headers={"Retry-After": "300"})  # HTS001@503 =use codes.SERVICE_UNAVAILABLE

    with httpx.Client(transport=httpx.MockTransport(handler), base_url=API) as client:
        assert client.get("/health").status_code == 503  # HTS001@503 =use codes.SERVICE_UNAVAILABLE


def test_codes_print_as_numbers():
    assert str(codes.OK) == "200"
    assert json.dumps({"status": codes.CREATED}) == '{"status": 201}'
    assert f"{codes.NOT_FOUND}" == "404"
    assert codes.get_reason_phrase(418) == "I'm a teapot"
