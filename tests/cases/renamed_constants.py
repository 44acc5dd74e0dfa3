# httpstatus-config: min_versions=starlette:0.48
"""HTS008: constants Starlette 0.48 renamed after RFC 9110, in code that supports Starlette 0.48+.

fastapi.status is Starlette's module, so it has the same names. DRF kept the old names: its
HTTP_422_UNPROCESSABLE_ENTITY is silent. The other names (404, 429) were never renamed.
"""
from fastapi import APIRouter, FastAPI, HTTPException, UploadFile, status
from fastapi.responses import JSONResponse
from rest_framework import status as drf_status
from starlette import status as starlette_status
from starlette.status import HTTP_413_REQUEST_ENTITY_TOO_LARGE  # HTS008@HTTP_413_REQUEST_ENTITY_TOO_LARGE =413 (Content Too Large): use HTTP_413_CONTENT_TOO_LARGE
from starlette.status import (
    HTTP_404_NOT_FOUND,
    HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE as RANGE_ERROR,  # HTS008@HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE
    HTTP_429_TOO_MANY_REQUESTS,
)

app = FastAPI()
router = APIRouter(prefix="/files")
MAX_UPLOAD = 10 * 1024 * 1024
MAX_PATH = 2048


@router.post("/", status_code=status.HTTP_201_CREATED)
async def upload(file: UploadFile):
    if file.size and file.size > MAX_UPLOAD:
        raise HTTPException(status_code=HTTP_413_REQUEST_ENTITY_TOO_LARGE)
    if not file.filename:
        raise HTTPException(
            status_code=status.HTTP_422_UNPROCESSABLE_ENTITY,  # HTS008@status.HTTP_422_UNPROCESSABLE_ENTITY =is the old name of 422 (Unprocessable Content): use status.HTTP_422_UNPROCESSABLE_CONTENT
            detail="a file name is required",
        )
    return {"name": file.filename[:200]}


@router.get("/{name}")
async def download(name: str, start: int = 0, end: int = 0):
    if len(name) > MAX_PATH:
        raise HTTPException(starlette_status.HTTP_414_REQUEST_URI_TOO_LONG)  # HTS008@starlette_status.HTTP_414_REQUEST_URI_TOO_LONG =414 (URI Too Long): use starlette_status.HTTP_414_URI_TOO_LONG
    if end and end < start:
        raise HTTPException(RANGE_ERROR, detail="bad range")
    if end - start > MAX_UPLOAD:
        raise HTTPException(413)  # HTS001@413 =413 (Content Too Large): use starlette_status.HTTP_413_CONTENT_TOO_LARGE
    if name.startswith("."):
        raise HTTPException(HTTP_404_NOT_FOUND)
    if start > 500:
        raise HTTPException(HTTP_429_TOO_MANY_REQUESTS)
    return JSONResponse({"name": name, "start": start, "end": end})


@app.exception_handler(ValueError)
async def invalid(request, exc):
    return JSONResponse({"detail": str(exc)}, status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)


def drf_errors(serializer):
    """DRF has only the old name: nothing to rename."""
    if not serializer.is_valid():
        return {"errors": serializer.errors}, drf_status.HTTP_422_UNPROCESSABLE_ENTITY
    return {"data": serializer.data}, drf_status.HTTP_200_OK


def test_upload(client):
    response = client.post("/files/", files={"file": ("a.txt", b"x" * 300)})
    assert response.status_code == status.HTTP_201_CREATED
    too_big = client.post("/files/", files={"file": ("a.txt", b"x" * (MAX_UPLOAD + 1))})
    assert too_big.status_code == HTTP_413_REQUEST_ENTITY_TOO_LARGE
    missing = client.get("/files/.hidden")
    assert missing.status_code == HTTP_404_NOT_FOUND
    stale = client.post("/files/", files={"file": ("", b"")})
    assert stale.status_code in (status.HTTP_422_UNPROCESSABLE_ENTITY, 400)  # HTS008@status.HTTP_422_UNPROCESSABLE_ENTITY HTS001@400
