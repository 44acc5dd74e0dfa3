"""An aiohttp app documented with aiohttp-apispec: @response_schema(Schema, code) (the code
written into the document with "%s" % code; marshal_with is its old name) and
@docs(responses={...}) keyed by status.

marshmallow's own numbers (validate.Length(max=200)) are no status; docs(summary=...) without
responses holds none.
"""
from aiohttp import web
from aiohttp_apispec import docs, marshal_with, request_schema, response_schema, setup_aiohttp_apispec
from marshmallow import Schema, fields, validate

routes = web.RouteTableDef()
USERS: dict = {}


class UserIn(Schema):
    name = fields.Str(required=True, validate=validate.Length(max=200))


class UserOut(Schema):
    id = fields.Int()
    name = fields.Str()


class Problem(Schema):
    detail = fields.Str()


@routes.get("/users/{uid}")
@docs(tags=["users"], summary="One user", responses={404: {"description": "No such user"}})  # HTS001@404 =use HTTPStatus.NOT_FOUND
@response_schema(UserOut, 200)  # HTS001@200
async def get_user(request: web.Request) -> web.Response:
    uid = int(request.match_info["uid"])
    if uid not in USERS:
        raise web.HTTPNotFound(text="no such user")
    return web.json_response(USERS[uid])


@routes.post("/users")
@docs(tags=["users"], summary="Create a user")
@request_schema(UserIn)
@response_schema(UserOut, code=201, description="Created")  # HTS001@201
@marshal_with(Problem, 422)  # HTS001@422
async def create_user(request: web.Request) -> web.Response:
    uid = len(USERS) + 1
    USERS[uid] = {"id": uid, **request["data"]}
    return web.json_response(USERS[uid], status=201)  # HTS001@201


@routes.delete("/users/{uid}")
@docs(responses={204: {"description": "Deleted"}, 2040: {"description": "?"}})  # HTS001@204 HTS003@2040
@response_schema(Problem, 299)  # HTS002@299
async def delete_user(request: web.Request) -> web.Response:
    USERS.pop(int(request.match_info["uid"]), None)
    return web.Response(status=204)  # HTS001@204


app = web.Application(client_max_size=1024 * 500)
app.add_routes(routes)
setup_aiohttp_apispec(app, title="Users", version="v1", url="/api/docs/swagger.json")
