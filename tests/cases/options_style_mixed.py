"""Modules that import the constants of two styles keep the one they use most (here, in one
file, the stdlib's: HTTPStatus five times, DRF's status once). A tie would go to the framework.
"""
from http import HTTPStatus

from django.shortcuts import get_object_or_404
from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response

from shop.models import Order
from shop.serializers import OrderSerializer

PAGE_SIZE = 200


@api_view(["GET"])
def order_list(request):
    orders = Order.objects.order_by("-created")[:PAGE_SIZE]
    return Response(OrderSerializer(orders, many=True).data, status=HTTPStatus.OK)


@api_view(["GET", "PUT"])
def order_detail(request, pk):
    order = get_object_or_404(Order, pk=pk)
    if request.method == "GET":
        return Response(OrderSerializer(order).data)
    serializer = OrderSerializer(order, data=request.data)
    if not serializer.is_valid():
        return Response(serializer.errors, status=HTTPStatus.BAD_REQUEST)
    serializer.save()
    return Response(serializer.data, status=HTTPStatus.OK)


@api_view(["POST"])
def order_cancel(request, pk):
    order = get_object_or_404(Order, pk=pk)
    if order.shipped:
        return Response({"detail": "already shipped"}, status=409)  # HTS001@409 =use HTTPStatus.CONFLICT
    order.cancel()
    return Response(status=status.HTTP_204_NO_CONTENT)


@api_view(["POST"])
def order_refund(request, pk):
    order = get_object_or_404(Order, pk=pk)
    if order.total > 10_000:
        return Response({"detail": "refund by hand"}, status=HTTPStatus.FORBIDDEN)
    order.refund()
    return Response({"refunded": order.total}, status=202)  # HTS001@202 =use HTTPStatus.ACCEPTED


def test_order_list(client):
    response = client.get("/orders/")
    assert response.status_code == HTTPStatus.OK
    assert len(response.json()) <= 200
