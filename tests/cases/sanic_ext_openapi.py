"""A Sanic app documented with sanic-ext: @openapi.response(status, content, description) puts
the status into the OpenAPI document (also "default"), @openapi.definition(response=...) and
openapi.definitions.Response(content, status=...).

openapi.response's status is taken positionally here; status= is any call's status keyword in
HTTP code. A number elsewhere in the documentation (a body's example, a limit) is no status.
"""
from dataclasses import dataclass

from sanic import Sanic, json
from sanic.exceptions import NotFound
from sanic_ext import openapi
from sanic_ext.extensions.openapi.definitions import Response

app = Sanic("Notes")
NOTES = {}


@dataclass
class Note:
    key: str
    text: str


@dataclass
class Problem:
    detail: str


@app.get("/notes/<key:str>")
@openapi.response(200, {"application/json": Note}, "The note")  # HTS001@200 =use HTTPStatus.OK
@openapi.response(404, {"application/json": Problem}, "No such note")  # HTS001@404
@openapi.response("default", {"application/json": Problem}, "Anything else")
async def get_note(request, key):
    if key not in NOTES:
        raise NotFound(f"no note {key!r}")
    return json(NOTES[key])


@app.post("/notes")
@openapi.body({"application/json": Note}, description="At most 200 characters of text")
@openapi.response(201, {"application/json": Note}, description="Created")  # HTS001@201
@openapi.response(status=409, content={"application/json": Problem})  # HTS001@409
@openapi.response(2010, {"application/json": Problem})  # HTS003@2010
async def create_note(request):
    NOTES[request.json["key"]] = request.json["text"][:200]
    return json(request.json, status=201)  # HTS001@201


@app.delete("/notes/<key:str>")
@openapi.definition(summary="Delete a note",
                    response=[Response({"application/json": Problem}, status=404)])  # HTS001@404
@openapi.response(299, {"application/json": Problem})  # HTS002@299
async def delete_note(request, key):
    NOTES.pop(key, None)
    return json({}, 204, headers={"X-Limit": "500"})  # HTS001@204
