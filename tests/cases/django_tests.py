"""Tests for the shop views, written with django.test.TestCase and the test client."""
from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.test import Client, TestCase, override_settings
from django.urls import reverse

from shop.models import Order


class OrderViewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_user("ann", password="pw")
        Order.objects.bulk_create(Order(customer=cls.user, total=i) for i in range(250))

    def setUp(self):
        self.client.force_login(self.user)

    def test_list_first_page(self):
        response = self.client.get(reverse("orders:list"))
        self.assertEqual(response.status_code, 200)  # HTS001@200 =use HTTPStatus.OK
        self.assertEqual(len(response.context["page"]), 200)
        self.assertContains(response, "Order #1", status_code=200)  # HTS001@200
        self.assertContains(response, "<tr>", 200, 200)  # HTS001@200#2

    def test_detail_gone(self):
        order = Order.objects.create(customer=self.user, total=10, archived=True)
        response = self.client.get(reverse("orders:detail", args=[order.pk]))
        self.assertEqual(410, response.status_code)  # HTS001@410 =use HTTPStatus.GONE
        self.assertTemplateUsed(response, "orders/gone.html")

    def test_create_rejects_bad_json(self):
        response = self.client.post(reverse("orders:create"), "{", content_type="application/json")
        self.assertEqual(response.status_code, HTTPStatus.BAD_REQUEST)
        self.assertNotContains(response, "Traceback", 400)  # HTS001@400 =use HTTPStatus.BAD_REQUEST
        self.assertNotContains(response, "id", status_code=HTTPStatus.BAD_REQUEST)

    def test_create(self):
        response = self.client.post(
            reverse("orders:create"),
            {"note": "x" * 300},
            content_type="application/json",
        )
        self.assertEquals(response.status_code, 201)  # HTS001@201
        self.assertEqual(len(Order.objects.last().note), 200)
        self.assertLess(response.status_code, 300)
        self.assertTrue(200 <= response.status_code < 300)

    def test_anonymous_is_redirected(self):
        response = Client().get(reverse("orders:list"))
        self.assertRedirects(response, "/accounts/login/?next=/orders/", 302, 200)  # HTS001@302 HTS001@200
        self.assertIn(response.status_code, (301, 302))  # HTS001@301 HTS001@302 =use HTTPStatus.MOVED_PERMANENTLY

    def test_legacy_export_moved(self):
        response = self.client.get("/orders/export.csv")
        self.assertRedirects(
            response,
            "/orders/export/",
            status_code=301,  # HTS001@301
            target_status_code=200,  # HTS001@200 =use HTTPStatus.OK
            fetch_redirect_response=False,
        )

    def test_cancel_unknown(self):
        response = self.client.post(reverse("orders:cancel", args=[99999]))
        self.assertNotEqual(response.status_code, 500)  # HTS001@500 =use HTTPStatus.INTERNAL_SERVER_ERROR
        self.assertNotIn(response.status_code, [200, 204])  # HTS001@200 HTS001@204
        self.assertEqual(response["Content-Type"], "text/plain")
        self.assertEqual(Order.objects.count(), 250)

    def test_search_limit(self):
        response = self.client.get(reverse("orders:search"), {"q": "a", "limit": 600})
        self.assertEqual(len(response.json()), 250)
        self.assertEqual(response.json()[0], 100)
        self.assertEqual(response.status_code, HTTPStatus.OK)

    @override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=100)
    def test_health_draining(self):
        response = self.client.get("/health/?drain=1")
        self.assertEqual(503, response.status_code)  # HTS001@503
        self.assertGreaterEqual(response.status_code, 500)
        self.assertEqual(response.content, b"ok")
        with self.assertNumQueries(0):
            self.client.get("/health/")

    def test_maintenance_page(self):
        response = self.client.get("/maintenance/")
        self.assertContains(response, "back soon", count=1, status_code=503)  # HTS001@503
        self.assertEqual(response["Retry-After"], "600")
        self.assertTemplateUsed(response, "500.html", count=0)


class ErrorPageTests(TestCase):
    @override_settings(DEBUG=False)
    def test_custom_404(self):
        response = self.client.get("/does-not-exist/")
        assert response.status_code == 404  # HTS001@404
        assert "404.html" in [t.name for t in response.templates]
        self.assertEqual(response.status_code, HTTPStatus.NOT_FOUND)
