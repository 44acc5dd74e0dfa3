"""Tests of failure: inside `with pytest.raises(...)` and `with self.assertRaises(...)`, the status
is the test's subject: the rules that say it is wrong (HTS002-HTS007, HTS011) stay silent, HTS001
still speaks. The same calls outside such a block (after it, under `pytest.warns`, `open`, in a
function defined inside it) report as anywhere else.
"""
import unittest

import pytest
from django.test import TestCase
from flask import Flask, abort, redirect
from pytest import raises
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

app = Flask(__name__)


def test_abort_refuses_a_success():
    with pytest.raises(LookupError):
        abort(200)  # HTS001@200
    with pytest.raises(LookupError, match="no exception for 299"):
        abort(299)
    abort(200)  # HTS007@200


def test_redirect_needs_a_redirect_code():
    with app.test_request_context("/"):
        with pytest.raises(ValueError) as info:
            redirect("/login", code=200)  # HTS001@200
            Response("bad", status=4004)
        assert "4004" in str(info.value)
        redirect("/login", code=200)  # HTS007@200


def test_string_status_is_refused():
    with raises(TypeError):
        abort("404")
    with raises(HTTPException):
        abort(425)  # HTS001@425
    abort(425)  # HTS005@425


def test_in_a_nested_function(client):
    with pytest.raises(HTTPException):
        def handler():
            abort(200)  # HTS007@200
        handler()
        assert client.get("/").status_code == 404  # HTS001@404


def test_warnings_and_files_are_not_failures(tmp_path):
    with pytest.warns(DeprecationWarning):
        abort(200)  # HTS007@200
    with open(tmp_path / "codes.txt") as codes:
        abort(299)  # HTS002@299
    with app.test_request_context("/"), pytest.raises(LookupError):
        abort(299)


class AbortTests(unittest.TestCase):
    def test_success_is_no_error(self):
        with self.assertRaises(LookupError):
            abort(200)  # HTS001@200
        with self.assertRaisesRegex(LookupError, "305"):
            abort(305)  # HTS001@305
        abort(305)  # HTS004@305 HTS007@305

    def test_after_the_block(self):
        with self.assertRaises(LookupError):
            pass
        abort(200)  # HTS007@200


class ViewTests(TestCase):
    def test_bad_status(self):
        with self.assertRaisesMessage(ValueError, "HTTP status code must be"):
            Response("x", status=4004)
        response = self.client.get("/orders/")
        self.assertEqual(response.status_code, 200)  # HTS001@200
