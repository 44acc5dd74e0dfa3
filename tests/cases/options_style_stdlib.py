# httpstatus-config: style=stdlib
"""A DRF module that imports status, linted with style=stdlib: suggestions are HTTPStatus.*.

The named status.HTTP_* constants already in use stay silent.
"""
from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.test import APITestCase

from catalog.models import Product


@api_view(["GET"])
def product_detail(request, sku):
    product = Product.objects.filter(sku=sku).first()
    if product is None:
        return Response({"detail": "Not found."}, status=404)  # HTS001@404 =use HTTPStatus.NOT_FOUND
    return Response({"sku": product.sku}, status=status.HTTP_200_OK)


@api_view(["POST"])
def product_create(request):
    if len(request.data.get("name", "")) > 200:
        return Response({"detail": "name too long"}, 400)  # HTS001@400 =use HTTPStatus.BAD_REQUEST
    product = Product.objects.create(**request.data)
    return Response({"sku": product.sku}, status=201)  # HTS001@201 =use HTTPStatus.CREATED


@api_view(["DELETE"])
def product_delete(request, sku):
    Product.objects.filter(sku=sku).delete()
    return Response(status=status.HTTP_204_NO_CONTENT)


class ProductTests(APITestCase):
    def test_detail_missing(self):
        response = self.client.get("/products/NOPE-404/")
        self.assertEqual(response.status_code, 404)  # HTS001@404 =use HTTPStatus.NOT_FOUND
        self.assertEqual(response.status_code, status.HTTP_404_NOT_FOUND)

    def test_create(self):
        response = self.client.post("/products/", {"name": "x" * 100}, format="json")
        assert response.status_code == 201, response.data  # HTS001@201 =use HTTPStatus.CREATED
        assert status.is_success(response.status_code)
        assert len(response.data["sku"]) < 200
