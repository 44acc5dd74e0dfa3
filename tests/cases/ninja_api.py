"""A Django Ninja API: response={status: Schema} maps, Status(...) and (status, body) returns,
HttpError.

Ninja reads a returned 2-tuple as (status, body), status FIRST, the other way round from Flask.
"""
from typing import List

from django.shortcuts import get_object_or_404
from ninja import Field, NinjaAPI, Router, Schema, Status
from ninja.errors import HttpError
from ninja.pagination import PageNumberPagination, paginate
from ninja.responses import codes_4xx

from shop.models import Item

api = NinjaAPI(title="Shop", version="1.0.0")
router = Router(tags=["items"])


class ItemIn(Schema):
    name: str = Field(..., max_length=200)
    price: int = Field(..., ge=0, le=100000)


class ItemOut(Schema):
    id: int
    name: str


class Message(Schema):
    message: str


@router.get("/", response=List[ItemOut])
@paginate(PageNumberPagination, page_size=100)
def list_items(request):
    return Item.objects.all()


@router.post("/", response={201: ItemOut, 409: Message, 422: Message})  # HTS001@201 HTS001@409 HTS001@422
def create_item(request, payload: ItemIn):
    if Item.objects.filter(name=payload.name).exists():
        return Status(409, {"message": "an item with that name exists"})  # HTS001@409 =409 (Conflict)
    if len(payload.name) > 200:
        return 422, {"message": "name too long"}  # HTS001@422
    item = Item.objects.create(**payload.dict())
    return 201, item  # HTS001@201


@router.get("/{item_id}", response={200: ItemOut, codes_4xx: Message})  # HTS001@200
def get_item(request, item_id: int):
    if item_id > 10**6:
        raise HttpError(400, "item ids are below a million")  # HTS001@400 =400 (Bad Request)
    return get_object_or_404(Item, id=item_id)


@router.delete("/{item_id}", response={204: None, 403: Message})  # HTS001@204 HTS001@403
def delete_item(request, item_id: int):
    if not request.user.is_staff:
        raise HttpError(status_code=403, message="staff only")  # HTS001@403
    Item.objects.filter(id=item_id).delete()
    return Status(204, None)  # HTS001@204


@router.post("/{item_id}/buy", response={200: ItemOut, 402: Message})  # HTS001@200 HTS005@402
def buy(request, item_id: int):
    item = get_object_or_404(Item, id=item_id)
    if not request.user.has_credit(item.price):
        return Status(4020, {"message": "add credit first"})  # HTS003@4020
    if item.moved_to:
        raise HttpError(302, "moved")  # HTS007@302 =an error needs a 4xx or 5xx status
    return Status(200, item)  # HTS001@200


@api.exception_handler(TimeoutError)
def on_timeout(request, exc):
    return api.create_response(request, {"message": "retry later"}, status=503)  # HTS001@503


def page_window(items, page=1):
    per_page = 100
    start = (page - 1) * per_page
    return items[start:start + per_page], 200


def count_and_rows(rows):
    return len(rows), rows[:500]


api.add_router("/items", router)
