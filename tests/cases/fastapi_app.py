"""FastAPI inventory service: routers, declared responses, HTTPException and responses."""
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, status
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

app = FastAPI(title="inventory", responses={500: {"description": "Internal error"}})  # HTS001@500 =use status.HTTP_500_INTERNAL_SERVER_ERROR
router = APIRouter(
    prefix="/items",
    tags=["items"],
    responses={404: {"description": "Not found"}},  # HTS001@404 =use status.HTTP_404_NOT_FOUND
)


class Item(BaseModel):
    name: str = Field(max_length=200)
    price: float = Field(gt=0, le=100_000)
    quantity: int = Field(default=100, ge=0)


class Message(BaseModel):
    detail: str


class ItemLocked(Exception):
    status_code: int = 423  # HTS001@423 =use status.HTTP_423_LOCKED


ITEMS: dict[int, Item] = {}


def pagination(offset: int = 0, limit: int = Query(100, le=500)):
    return {"offset": offset, "limit": limit}


@router.get("/", response_model=list[Item])
def list_items(page: dict = Depends(pagination)):
    return list(ITEMS.values())[page["offset"]:page["offset"] + page["limit"]]


@router.get(
    "/{item_id}",
    responses={
        404: {"model": Message},  # HTS001@404
        403: {"model": Message, "description": "Hidden item"},  # HTS001@403 =use status.HTTP_403_FORBIDDEN
        "5XX": {"description": "Upstream failure"},
    },
)
def read_item(item_id: int):
    if item_id not in ITEMS:
        raise HTTPException(status_code=404, detail="Item not found")  # HTS001@404
    return ITEMS[item_id]


@router.post("/", status_code=201, response_model=Item)  # HTS001@201 =use status.HTTP_201_CREATED
def create_item(item: Item):
    if any(existing.name == item.name for existing in ITEMS.values()):
        raise HTTPException(409, "Item already exists")  # HTS001@409 =use status.HTTP_409_CONFLICT
    ITEMS[len(ITEMS) + 1] = item
    return item


@router.put("/{item_id}", status_code=status.HTTP_200_OK, responses={status.HTTP_404_NOT_FOUND: {}})
def replace_item(item_id: int, item: Item):
    if item_id not in ITEMS:
        return JSONResponse({"detail": "Item not found"}, 404)  # HTS001@404
    ITEMS[item_id] = item
    return JSONResponse(content=item.model_dump(), status_code=200)  # HTS001@200


@router.delete("/{item_id}", status_code=204)  # HTS001@204 =use status.HTTP_204_NO_CONTENT
def delete_item(item_id: int):
    ITEMS.pop(item_id, None)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@app.get("/health", response_class=PlainTextResponse)
def health():
    if len(ITEMS) > 500:
        return PlainTextResponse("degraded", status_code=503)  # HTS001@503
    return PlainTextResponse("ok", headers={"Cache-Control": "max-age=300"})


@app.get("/docs-old", include_in_schema=False)
def old_docs():
    return RedirectResponse("/docs", 308)  # HTS001@308 =use status.HTTP_308_PERMANENT_REDIRECT


@app.api_route("/ping", methods=["GET", "HEAD"], status_code=202)  # HTS001@202
def ping():
    return {"ping": "pong", "ttl": 300}


async def legacy_health():
    return RedirectResponse(url="/health", status_code=status.HTTP_301_MOVED_PERMANENTLY)


async def early():
    return PlainTextResponse("replay later", status_code=status.HTTP_425_TOO_EARLY)  # HTS005@status.HTTP_425 =425 (Too Early) is experimental


app.add_api_route("/legacy-health", legacy_health, status_code=307)  # HTS001@307
app.add_api_route("/early", early, responses={425: {"model": Message}})  # HTS005@425
app.include_router(router, responses={401: {"description": "Missing token"}})  # HTS001@401


@app.exception_handler(404)  # HTS001@404 =use status.HTTP_404_NOT_FOUND
async def not_found(request, exc):
    return JSONResponse({"detail": "gone"}, status_code=exc.status_code)


app.add_exception_handler(500, not_found)  # HTS001@500
app.add_exception_handler(ValueError, not_found)

COMMON_RESPONSES = {"responses": {503: {"description": "Maintenance"}}}


@router.get("/{item_id}/stock", **{"responses": {409: {"model": Message}}, "tags": ["stock"]})  # HTS001@409
async def stock(item_id: int):
    return {"quantity": ITEMS[item_id].quantity}


@router.get("/{item_id}/price", **COMMON_RESPONSES, **{"tags": ["prices"], "summary": "Price"})
async def price(item_id: int):
    return {"price": ITEMS[item_id].price}


# a number under another key of the dict unpacked into the route: no status
@router.get("/{item_id}/reviews", **{"openapi_extra": {"x-max-reviews": 500}, "tags": ["reviews"]})
async def reviews(item_id: int):
    return {"reviews": []}
