"""Views of a small shop app: order pages, a JSON API, a CSV export and error pages.

Error pages are 404.html and 500.html; nothing in this docstring is a finding.
"""
from __future__ import annotations

import csv
import json
from http import HTTPStatus

from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views import View
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_POST

from shop.models import Order

PAGE_SIZE = 200


def order_list(request):
    orders = Order.objects.filter(status="open").order_by("-created")[:1000]
    page = Paginator(orders, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "orders/list.html", {"page": page})


@cache_page(60 * 15)
def order_detail(request, pk):
    order = get_object_or_404(Order, pk=pk)
    if order.archived:
        return render(request, "orders/gone.html", status=410)  # HTS001@410 =use HTTPStatus.GONE
    return render(request, "orders/detail.html", {"order": order})


@require_POST
def order_create(request):
    try:
        payload = json.loads(request.body)
    except ValueError:
        return JsonResponse({"error": "invalid JSON"}, status=400)  # HTS001@400 =use HTTPStatus.BAD_REQUEST
    if len(payload.get("lines", [])) > 200:
        return JsonResponse({"error": "too many lines"}, status=HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
    order = Order.objects.create(customer=request.user, note=payload.get("note", "")[:200])
    return JsonResponse({"id": order.pk}, status=201)  # HTS001@201 =use HTTPStatus.CREATED


def order_cancel(request, pk):
    updated = Order.objects.filter(pk=pk).update(status=3)
    if not updated:
        return HttpResponse("No such order", content_type="text/plain", status=404)  # HTS001@404
    return HttpResponse(status=204)  # HTS001@204 =use HTTPStatus.NO_CONTENT


def order_detail_fr(request, pk):
    if not Order.objects.filter(pk=pk).exists():
        return JsonResponse({"détail": "commande introuvable — réessayez"}, status=404)  # HTS001@404
    return JsonResponse({"détail": "ok"}, status=HTTPStatus.OK)


def order_search(request):
    query = request.GET.get("q", "")[:100]
    limit = min(int(request.GET.get("limit", 100)), 500)
    results = list(Order.objects.filter(note__icontains=query)[:limit])
    if not results:
        return JsonResponse({"results": [], "status": 404})
    return JsonResponse([o.pk for o in results], safe=False, status=200)  # HTS001@200


def export_csv(request):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="orders.csv"'
    response["Cache-Control"] = "max-age=300"
    writer = csv.writer(response)
    for order in Order.objects.all()[:500]:
        writer.writerow([order.pk, order.total, order.status])
    return response


def legacy_export(request):
    return HttpResponse("moved to /orders/export/", "text/plain", 301)  # HTS001@301 HTS009@301 =use HTTPStatus.MOVED_PERMANENTLY


def health(request):
    response = HttpResponse("ok")
    response.status_code = 503 if request.GET.get("drain") else 200  # HTS001@503 HTS001@200
    return response


class MaintenanceView(View):
    status_code = 503  # HTS001@503
    retry_after = 600

    def get(self, request):
        response = render(request, "maintenance.html")
        response.status_code = self.status_code
        response["Retry-After"] = str(self.retry_after)
        return response


class ArchiveRedirect(View):
    def get(self, request, year):
        response = HttpResponseRedirect(f"/archive/{year}/")
        response.status_code = 301  # HTS001@301
        return response


def page_not_found(request, exception):
    return render(request, "404.html", status=404)  # HTS001@404#2


def server_error(request):
    return render(request, "500.html", {"code": 500}, status=500)  # HTS001@500#3 =use HTTPStatus.INTERNAL_SERVER_ERROR


handler404 = "shop.views.page_not_found"
handler500 = "shop.views.server_error"
