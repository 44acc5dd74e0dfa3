"""Django REST framework API: viewsets, a function view, custom exceptions and API tests."""
from django.db import transaction
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action, api_view
from rest_framework.exceptions import APIException
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.test import APITestCase
from rest_framework.throttling import UserRateThrottle

from shop.models import Order


class OrderSerializer(serializers.ModelSerializer):
    note = serializers.CharField(max_length=200, allow_blank=True)

    class Meta:
        model = Order
        fields = ["id", "total", "note", "status"]


class LargePages(PageNumberPagination):
    page_size = 100
    max_page_size = 500


class BurstThrottle(UserRateThrottle):
    rate = "100/min"


class PaymentGatewayDown(APIException):
    status_code = 503  # HTS001@503 =use status.HTTP_503_SERVICE_UNAVAILABLE
    default_detail = "Payment gateway unavailable, retry in 300 seconds."
    default_code = "gateway_down"


class QuotaExceeded(APIException):
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_detail = "Quota of 500 requests exceeded."


class PaymentRequired(APIException):
    status_code = status.HTTP_402_PAYMENT_REQUIRED  # HTS005@status.HTTP_402 =402 (Payment Required) is experimental
    default_detail = "Order total above the 200 EUR credit limit."


class OrderConflict(Exception):
    def __init__(self, detail):
        super().__init__(detail)
        self.status_code = 409  # HTS001@409 =use status.HTTP_409_CONFLICT


class OrderViewSet(viewsets.ModelViewSet):
    queryset = Order.objects.all()
    serializer_class = OrderSerializer
    pagination_class = LargePages

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        if not serializer.is_valid():
            return Response(serializer.errors, 400)  # HTS001@400 =use status.HTTP_400_BAD_REQUEST
        with transaction.atomic():
            serializer.save(customer=request.user)
        return Response(serializer.data, status=201)  # HTS001@201 =use status.HTTP_201_CREATED

    def destroy(self, request, *args, **kwargs):
        order = self.get_object()
        if order.paid:
            return Response({"detail": "Paid orders stay."}, status=status.HTTP_409_CONFLICT)
        order.delete()
        return Response(status=204)  # HTS001@204

    @action(detail=True, methods=["post"], throttle_classes=[BurstThrottle])
    def pay(self, request, pk=None):
        order = self.get_object()
        if order.total > 200:
            raise PaymentRequired()
        Order.objects.filter(pk=order.pk).update(status=2)
        return Response({"id": order.pk, "state": "paid"}, status=status.HTTP_202_ACCEPTED)

    @action(detail=False)
    def stats(self, request):
        total = self.queryset.count()
        return Response({"count": total, "max": 500}, status.HTTP_200_OK)


@api_view(["GET"])
def order_lookup(request, ref):
    order = Order.objects.filter(ref=ref).first()
    if order is None:
        return Response({"detail": "Not found."}, status=404)  # HTS001@404 =use status.HTTP_404_NOT_FOUND
    return Response(OrderSerializer(order).data)


class OrderApiTests(APITestCase):
    def test_create(self):
        response = self.client.post("/api/orders/", {"total": 100}, format="json")
        assert response.status_code == 201  # HTS001@201 =use status.HTTP_201_CREATED
        self.assertEqual(response.status_code, status.HTTP_201_CREATED)
        self.assertEqual(response.data["total"], 100)
        assert status.is_success(response.status_code)

    def test_pay_needs_credit(self):
        order = Order.objects.create(total=900)
        response = self.client.post(f"/api/orders/{order.pk}/pay/")
        self.assertEqual(response.status_code, 402)  # HTS005@402 =402 (Payment Required) is experimental
        self.assertIn(response.status_code, (status.HTTP_402_PAYMENT_REQUIRED, 403))  # HTS005@status.HTTP_402 HTS001@403

    def test_list_is_paginated(self):
        Order.objects.bulk_create(Order(total=n) for n in range(150))
        response = self.client.get("/api/orders/", {"page_size": 200})
        self.assertEqual(len(response.data["results"]), 100)
        self.assertTrue(status.is_success(response.status_code))
        self.assertNotEqual(response.status_code, 500)  # HTS001@500

    def test_lookup_missing(self):
        response = self.client.get("/api/orders/lookup/XYZ-404/")
        self.assertEqual(status.HTTP_404_NOT_FOUND, response.status_code)
        self.assertEqual(response.data, {"detail": "Not found."})
