"""A DRF API documented with drf-spectacular: @extend_schema(responses={...}) keyed by status
(written into the schema with str(code)), OpenApiExample(status_codes=[...]) and
OpenApiParameter(response=[...]), lists of statuses.

A key may also be a string ("2XX") or a (status, media type) tuple; a plain dict keyed by numbers
is no status, nor is extend_schema's own example data.
"""
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (OpenApiExample, OpenApiParameter, OpenApiResponse,
                                   extend_schema, extend_schema_view)
from rest_framework import serializers, viewsets
from rest_framework.response import Response

from shop.models import Order

PAGE_SIZES = {100: "small", 500: "large"}


class OrderSerializer(serializers.ModelSerializer):
    class Meta:
        model = Order
        fields = ["id", "total", "note"]


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(max_length=200)


@extend_schema_view(
    list=extend_schema(responses={200: OrderSerializer(many=True)}),  # HTS001@200
    destroy=extend_schema(responses={204: None, 404: ErrorSerializer}),  # HTS001@204 HTS001@404
)
class OrderViewSet(viewsets.ModelViewSet):
    queryset = Order.objects.all()
    serializer_class = OrderSerializer

    @extend_schema(
        responses={
            201: OrderSerializer,  # HTS001@201 =use status.HTTP_201_CREATED
            400: OpenApiResponse(ErrorSerializer, description="Invalid order"),  # HTS001@400
            "4XX": ErrorSerializer,
            (409, "application/json"): ErrorSerializer,
        },
        examples=[
            OpenApiExample("Created", value={"id": 1, "total": 200}, status_codes=[201]),  # HTS001@201
            OpenApiExample("Conflict", value={"detail": "duplicate"}, status_codes=["409"]),
        ],
    )
    def create(self, request, *args, **kwargs):
        return super().create(request, *args, **kwargs)

    @extend_schema(
        parameters=[OpenApiParameter("X-Request-Id", OpenApiTypes.UUID, OpenApiParameter.HEADER,
                                     response=[200, 299])],  # HTS001@200 HTS002@299
        responses={200: OrderSerializer, 4040: ErrorSerializer},  # HTS001@200 HTS003@4040
    )
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(responses=OrderSerializer, examples=[OpenApiExample("Page", value=PAGE_SIZES)])
    def list(self, request, *args, **kwargs):
        sizes = {200: "ok", 404: "missing"}
        return Response({"sizes": sizes, "page": PAGE_SIZES[100]})
