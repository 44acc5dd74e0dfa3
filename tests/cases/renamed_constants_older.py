# httpstatus-config: min_versions=starlette:0.47
"""HTS008's silent twin: the same renamed names in code that still supports Starlette 0.47,
which has only the old ones, and HTTPStatus's old names under the default target (3.9): the
new names do not exist there, so nothing is reported and fix leaves them.
"""
from http import HTTPStatus

from fastapi import APIRouter, FastAPI, HTTPException, UploadFile, status
from flask import Flask, abort
from starlette.status import HTTP_413_REQUEST_ENTITY_TOO_LARGE
from starlette.status import HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE as RANGE_ERROR

app = FastAPI()
web = Flask(__name__)
router = APIRouter(prefix="/files")
MAX_UPLOAD = 10 * 1024 * 1024
MAX_PATH = 2048


@router.post("/", status_code=status.HTTP_201_CREATED)
async def upload(file: UploadFile):
    if file.size and file.size > MAX_UPLOAD:
        raise HTTPException(status_code=HTTP_413_REQUEST_ENTITY_TOO_LARGE)
    if not file.filename:
        raise HTTPException(
            status_code=status.HTTP_422_UNPROCESSABLE_ENTITY,
            detail="a file name is required",
        )
    return {"name": file.filename[:200]}


@router.get("/{name}")
async def download(name: str, start: int = 0, end: int = 0):
    if len(name) > MAX_PATH:
        raise HTTPException(status.HTTP_414_REQUEST_URI_TOO_LONG)
    if end and end < start:
        raise HTTPException(RANGE_ERROR, detail="bad range")
    if start > end + 1000:
        raise HTTPException(416)  # HTS001@416 =416 (Requested Range Not Satisfiable): use status.HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE
    return {"name": name, "start": start, "end": end}


@web.post("/legacy")
def legacy_upload():
    abort(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)


@web.get("/legacy/<path:rest>")
def legacy_get(rest):
    if len(rest) > MAX_PATH:
        abort(HTTPStatus.REQUEST_URI_TOO_LONG)
    if rest.endswith(".tmp"):
        abort(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
    abort(HTTPStatus.UNPROCESSABLE_ENTITY)


@web.put("/legacy")
def legacy_put():
    abort(413)  # HTS001@413 =413 (Request Entity Too Large): use status.HTTP_413_REQUEST_ENTITY_TOO_LARGE


def test_upload(client):
    too_big = client.post("/files/", files={"file": ("a.txt", b"x" * (MAX_UPLOAD + 1))})
    assert too_big.status_code == HTTP_413_REQUEST_ENTITY_TOO_LARGE
    stale = client.post("/files/", files={"file": ("", b"")})
    assert stale.status_code == status.HTTP_422_UNPROCESSABLE_ENTITY
    assert client.get("/legacy/x.tmp").status_code == HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE
