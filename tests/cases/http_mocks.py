"""HTTP test doubles: responses, respx, pytest-httpserver, aioresponses and requests-mock, and
urllib3's Retry(status_forcelist=...). A function given to responses.add_callback returns
(status, headers, body); another function's 3-tuple is no response.

Each takes the status of the response it fakes; Retry(status=...) is a retry COUNT, no status.
"""
import httpx
import pytest
import requests
import requests_mock
import respx
import responses
from aioresponses import CallbackResult, aioresponses
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

API = "https://api.example.test"


def make_session():
    retry = Retry(total=5, status=3, backoff_factor=0.5,
                  status_forcelist=[429, 502, 503, 504])  # HTS001@429 HTS001@502 HTS001@503 HTS001@504
    session = requests.Session()
    session.mount("https://", HTTPAdapter(max_retries=retry, pool_maxsize=100))
    return session


@responses.activate
def test_missing_user():
    responses.add(responses.GET, f"{API}/users/1", json={"error": "not found"}, status=404)  # HTS001@404
    responses.get(f"{API}/users/2", json={"id": 2}, status=4004)  # HTS003@4004
    assert make_session().get(f"{API}/users/1", timeout=300).status_code == 404  # HTS001@404


def _echo(request):
    if not request.body:
        return (204, {}, "")  # HTS001@204 =use HTTPStatus.NO_CONTENT
    return (200, {"X-Echo": "yes"}, request.body)  # HTS001@200


def _page_window(page):
    return (page * 100, {}, 200)


@responses.activate
def test_callback():
    responses.add_callback(responses.POST, f"{API}/echo", callback=_echo, content_type="text/plain")
    assert requests.post(f"{API}/echo", data="x" * 200, timeout=300).ok


@respx.mock
def test_respx():
    respx.get(f"{API}/users/3").respond(404, json={"error": "gone"})  # HTS001@404
    respx.get(f"{API}/users/4").mock(return_value=httpx.Response(410))  # HTS001@410
    respx.post(f"{API}/users").respond(status_code=201, json={"id": 5})  # HTS001@201
    assert httpx.get(f"{API}/users/3").status_code == 404  # HTS001@404


def test_httpserver(httpserver):
    httpserver.expect_request("/users/6").respond_with_json({"error": "busy"}, status=503)  # HTS001@503
    httpserver.expect_request("/users/7").respond_with_data("teapot", 418)  # HTS001@418
    assert requests.get(httpserver.url_for("/users/6"), timeout=300).status_code == 503  # HTS001@503


@pytest.mark.asyncio
async def test_aioresponses(client):
    with aioresponses() as m:
        m.get(f"{API}/users/8", status=429, payload={"retry_after": 120})  # HTS001@429
        m.post(f"{API}/users", callback=lambda url, **kw: CallbackResult(status=201))  # HTS001@201
        resp = await client.get(f"{API}/users/8")
        assert resp.status == 429  # HTS001@429


def test_requests_mock():
    with requests_mock.Mocker() as m:
        m.get(f"{API}/users/9", status_code=401, json={"error": "login"})  # HTS001@401
        m.get(f"{API}/flaky", [{"status_code": 500}, {"json": {"ok": True}}])
        assert requests.get(f"{API}/users/9", timeout=300).status_code == 401  # HTS001@401
