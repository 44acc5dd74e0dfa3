# httpstatus-config: style=drf
"""Plain Django views in a project that standardises on rest_framework.status.

With style=drf every suggestion is a status.HTTP_* name, even where the module does not
import status yet (the fixer adds ``from rest_framework import status``).
"""
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from catalog.models import Product

SEARCH_LIMIT = 100


@require_GET
def product(request, sku):
    item = Product.objects.filter(sku=sku).first()
    if item is None:
        return JsonResponse({"detail": "not found"}, status=404)  # HTS001@404 =use status.HTTP_404_NOT_FOUND
    if item.discontinued:
        return render(request, "product/gone.html", status=410)  # HTS001@410 =use status.HTTP_410_GONE
    return JsonResponse({"sku": item.sku, "name": item.name[:200]})


def search(request):
    query = request.GET.get("q", "")
    if len(query) > 200:
        return JsonResponse({"detail": "query too long"}, status=400)  # HTS001@400 =use status.HTTP_400_BAD_REQUEST
    results = Product.objects.filter(name__icontains=query)[:SEARCH_LIMIT]
    return JsonResponse({"results": [p.sku for p in results]}, status=200)  # HTS001@200 =use status.HTTP_200_OK


def bulk_delete(request):
    Product.objects.filter(sku__in=request.POST.getlist("sku")).update(status=3)
    return HttpResponse(status=204)  # HTS001@204 =use status.HTTP_204_NO_CONTENT


def feed(request):
    response = HttpResponse(content_type="application/rss+xml")
    response["Cache-Control"] = "max-age=600"
    response.status_code = 503  # HTS001@503 =use status.HTTP_503_SERVICE_UNAVAILABLE
    return response


def upstream_ok(client):
    r = client.get("/catalog/ping", timeout=300)
    return r.status_code == 200 or r.status_code == 304  # HTS001@200 HTS001@304 =use status.HTTP_200_OK
