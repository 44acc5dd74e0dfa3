"""A DRF API documented with drf-yasg: @swagger_auto_schema(responses={...}), keyed by status
(drf-yasg writes each key with str(sc)) or by "default".

openapi.Schema's own numbers (max_length, example values) are no status, nor is the
swagger_auto_schema of a module that does not import drf_yasg (see lookalikes.py).
"""
from drf_yasg import openapi
from drf_yasg.utils import swagger_auto_schema
from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.views import APIView

from library.serializers import BookSerializer

book_id = openapi.Parameter("id", openapi.IN_PATH, type=openapi.TYPE_INTEGER, maximum=500)
not_found = openapi.Response("No such book", examples={"application/json": {"code": 404}})
title = openapi.Schema(type=openapi.TYPE_STRING, max_length=200, example="Dune")


class BookList(APIView):
    @swagger_auto_schema(responses={200: BookSerializer(many=True)})  # HTS001@200 =use status.HTTP_200_OK
    def get(self, request):
        return Response([])

    @swagger_auto_schema(
        request_body=BookSerializer,
        responses={
            201: BookSerializer,  # HTS001@201
            400: "Invalid book",  # HTS001@400
            status.HTTP_409_CONFLICT: "Duplicate ISBN",
            "default": "Unexpected error",
        },
    )
    def post(self, request):
        serializer = BookSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        serializer.save()
        return Response(serializer.data, status=201)  # HTS001@201


@swagger_auto_schema(method="get", manual_parameters=[book_id],
                     responses={200: BookSerializer, 404: not_found, 410: "Withdrawn"})  # HTS001@200 HTS001@404 HTS001@410
@swagger_auto_schema(method="delete", responses={204: "Deleted", 302: "Moved"})  # HTS001@204 HTS001@302
@api_view(["GET", "DELETE"])
def book_detail(request, pk):
    if request.method == "DELETE":
        return Response(status=status.HTTP_204_NO_CONTENT)
    limits = {100: "page", 500: "burst"}
    return Response({"id": pk, "limits": limits})
