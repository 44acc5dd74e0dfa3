"""Client-side tests: requests, httpx, the responses library, unittest.mock and pytest."""
import urllib.error
import urllib.request
from unittest import mock
from urllib.error import HTTPError

import httpx
import pytest
import requests
import responses

API = "https://api.example.com"


@pytest.fixture
def client():
    with httpx.Client(base_url=API, timeout=300) as c:
        yield c


@responses.activate
def test_get_user_not_found():
    responses.add(responses.GET, f"{API}/users/42", json={"detail": "missing"}, status=404)  # HTS001@404 =use HTTPStatus.NOT_FOUND
    r = requests.get(f"{API}/users/42", timeout=5)
    assert r.status_code == 404  # HTS001@404
    assert r.json() == {"detail": "missing"}


@responses.activate
def test_create_user():
    responses.add(responses.POST, f"{API}/users", json={"id": 200}, status=201)  # HTS001@201 =use HTTPStatus.CREATED
    r = requests.post(f"{API}/users", json={"name": "ann"}, timeout=5)
    assert r.status_code == requests.codes.created
    assert 201 == r.status_code, r.text  # HTS001@201
    assert r.json()["id"] == 200


@responses.activate
def test_callback_and_retry():
    responses.add_callback(responses.GET, f"{API}/ping", callback=lambda req: (200, {}, "pong"))
    responses.add(responses.GET, f"{API}/flaky", status=503)  # HTS001@503
    assert requests.get(f"{API}/ping", timeout=5).status_code == 200  # HTS001@200 =use HTTPStatus.OK
    r = requests.get(f"{API}/flaky", timeout=5)
    assert r.status_code in (502, 503, 504)  # HTS001@502 HTS001@503 HTS001@504
    assert r.status_code not in [200, 204]  # HTS001@200 HTS001@204


@pytest.mark.parametrize(("path", "expected"), [("/", 200), ("/missing", 404), ("/gone", 410)])
def test_paths(client, path, expected):
    r = client.get(path)
    assert r.status_code == expected
    assert len(r.content) < 200


@pytest.mark.parametrize("code", [500, 502, 503])
def test_server_errors_raise(code):
    transport = httpx.MockTransport(lambda request: httpx.Response(code, text="boom"))
    with httpx.Client(transport=transport) as c, pytest.raises(httpx.HTTPStatusError):
        c.get(f"{API}/x").raise_for_status()


def test_httpx_mock_transport():
    def handler(request):
        if request.url.path == "/ok":
            return httpx.Response(200, json={"ok": True})  # HTS001@200
        return httpx.Response(status_code=503, headers={"Retry-After": "120"})  # HTS001@503
    with httpx.Client(transport=httpx.MockTransport(handler), timeout=300) as c:
        assert c.get("https://x/ok").status_code == 200  # HTS001@200
        r = c.get("https://x/down")
    assert r.status_code != 200  # HTS001@200
    assert r.is_server_error
    assert r.status_code // 100 == 5
    assert 500 <= r.status_code < 600


def test_mocked_session(monkeypatch):
    fake = mock.Mock(status_code=404, text="nope")  # HTS001@404 =use HTTPStatus.NOT_FOUND
    fake.json.return_value = {"count": 200}
    monkeypatch.setattr(requests, "get", lambda *a, **k: fake)
    r = requests.get(API)
    assert r.status_code in [404, 410]  # HTS001@404 HTS001@410 =use HTTPStatus.NOT_FOUND
    assert r.json()["count"] == 200
    assert r.status_code == requests.codes.not_found


def test_urlopen_http_error(monkeypatch):
    def boom(*args, **kwargs):
        raise urllib.error.HTTPError(API, 404, "Not Found", {}, None)  # HTS001@404
    monkeypatch.setattr(urllib.request, "urlopen", boom)
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(API, timeout=300)
    assert info.value.status == 404  # HTS001@404
    assert info.value.code == 404  # HTS001@404


def fetch_or_none(url):
    try:
        return urllib.request.urlopen(url, timeout=5).read()
    except HTTPError as error:
        if error.code in (404, 410):  # HTS001@404 HTS001@410
            return None
        raise


def test_urlopen_ok():
    with urllib.request.urlopen(f"{API}/health", timeout=5) as resp:
        assert resp.getcode() == 200  # HTS001@200
        assert resp.status in {200, 204}  # HTS001@200 HTS001@204
        assert resp.length <= 200


def test_redirect_chain_and_webtest(testapp):
    r = requests.get(f"{API}/old", timeout=5)
    assert r.history[0].status_code == 301, f"expected 301, got {r.history[0].status_code}"  # HTS001@301
    assert all(hop.status_code == 302 for hop in r.history[1:])  # HTS001@302
    assert r.status_code == \
        200  # HTS001@200
    res = testapp.get("/missing", status=404)  # HTS001@404
    assert res.status_int == 404  # HTS001@404 =use HTTPStatus.NOT_FOUND
    assert testapp.get("/", status="*").status == "200 OK"


async def test_async_client():
    async with httpx.AsyncClient(base_url=API, timeout=300) as ac:
        assert (await ac.get("/health")).status_code == 204  # HTS001@204


def test_session_with_retries():
    adapter = requests.adapters.HTTPAdapter(max_retries=3, pool_maxsize=100)
    session = requests.Session()
    session.mount("https://", adapter)
    r = session.get(f"{API}/items", params={"limit": 200}, timeout=(3.05, 300))
    if r.status_code == 429:  # HTS001@429
        pytest.skip("rate limited")
    assert r.ok and r.headers["X-Total"] == "200"
