"""Tornado's own test style: AsyncHTTPTestCase.fetch returns an HTTPResponse whose status is
.code (an int). In a module importing Tornado (or urllib), .code holds a status; the value
counts only in 100-599, as for .status, and the same attribute elsewhere is no status. A
client's HTTPResponse(request, code) and a ResponseStartLine(version, code, reason) keep theirs.
"""
import json
from io import BytesIO
from unittest import mock

from tornado.httpclient import HTTPClientError, HTTPRequest, HTTPResponse
from tornado.httputil import HTTPHeaders, ResponseStartLine
from tornado.testing import AsyncHTTPTestCase, gen_test

from bookshop.app import make_app

PAGE = 200


class BookHandlerTest(AsyncHTTPTestCase):
    def get_app(self):
        return make_app()

    def test_get_book(self):
        response = self.fetch("/books/9780131103627")
        self.assertEqual(response.code, 200)  # HTS001@200 =use HTTPStatus.OK
        self.assertEqual(json.loads(response.body)["pages"], 272)

    def test_missing_book(self):
        response = self.fetch("/books/0000000000000")
        self.assertEqual(response.code, 404)  # HTS001@404
        self.assertIn(b"not found", response.body)

    def test_put_book(self):
        body = json.dumps({"title": "K&R", "pages": 272})
        response = self.fetch("/books/9780131103627", method="PUT", body=body)
        assert response.code in (200, 201)  # HTS001@200 HTS001@201
        assert len(response.body) < PAGE

    def test_legacy_redirect(self):
        response = self.fetch("/legacy", follow_redirects=False)
        assert response.code == 301  # HTS001@301
        assert response.headers["Location"] == "/books"

    def test_upstream_timeout(self):
        response = self.fetch("/upstream")
        self.assertEqual(response.code, 599)  # HTS002@599
        self.assertEqual(response.code // 100, 5)
        self.assertTrue(500 <= response.code < 600)

    @gen_test
    async def test_client_error(self):
        with self.assertRaises(HTTPClientError) as context:
            await self.http_client.fetch(self.get_url("/health"), raise_error=True)
        assert context.exception.code == 503  # HTS001@503
        assert context.exception.response.request_time < 300

    def test_error_payload(self):
        response = self.fetch("/books/bad")
        payload = json.loads(response.body)
        assert payload["code"] == 400
        assert payload.get("retry", 0) == 0
        self.assertEqual(response.code, 1000 + 400 - 1000)

    def test_upstream_mocked(self):
        request = HTTPRequest("http://upstream.test/books")
        ok = HTTPResponse(request, 200, buffer=BytesIO(b"[]"))  # HTS001@200
        gone = HTTPResponse(request=request, code=410, headers=HTTPHeaders())  # HTS001@410
        late = HTTPResponse(request, 599, error=TimeoutError(), request_time=300)  # HTS002@599
        line = ResponseStartLine("HTTP/1.1", 404, "Not Found")  # HTS001@404
        with mock.patch("bookshop.app.fetch", side_effect=[ok, gone, late]):
            assert self.fetch("/books").code == 200  # HTS001@200
        assert line.code == 404 and len(ok.body) < PAGE  # HTS001@404
