"""A flask-smorest API: @blp.response(status, Schema), @blp.alt_response(status, ...),
flask_smorest.abort() (webargs' abort re-exported) and MethodView returns.

flask-smorest turns the status of response() and alt_response() into an int with int(), and
apispec writes the keys with str(int(code)), so HTTPStatus members are safe here.
"""
import marshmallow as ma
from flask.views import MethodView
from flask_smorest import Api, Blueprint, Page, abort

from petstore.model import Pet

blp = Blueprint("pets", "pets", url_prefix="/pets", description="Operations on pets")


class PetSchema(ma.Schema):
    id = ma.fields.Int(dump_only=True)
    name = ma.fields.String(validate=ma.validate.Length(max=200))


class PetQueryArgsSchema(ma.Schema):
    name = ma.fields.String()
    page_size = ma.fields.Int(load_default=100, validate=ma.validate.Range(max=500))


class CursorPage(Page):
    @property
    def item_count(self):
        return self.collection.count()


@blp.route("/")
class Pets(MethodView):
    @blp.arguments(PetQueryArgsSchema, location="query")
    @blp.response(200, PetSchema(many=True))  # HTS001@200 =200 (OK)
    @blp.paginate(CursorPage, page_size=100, max_page_size=500)
    def get(self, args):
        return Pet.find(**args)

    @blp.arguments(PetSchema)
    @blp.response(201, PetSchema)  # HTS001@201
    @blp.alt_response(409, description="A pet with that name exists")  # HTS001@409
    def post(self, new_data):
        if Pet.exists(new_data["name"]):
            abort(409, message="A pet with that name exists.")  # HTS001@409
        return Pet.create(**new_data)


@blp.route("/<pet_id>")
class PetsById(MethodView):
    @blp.etag
    @blp.response(200, PetSchema)  # HTS001@200
    @blp.alt_response(404, description="Item not found")  # HTS001@404
    def get(self, pet_id):
        try:
            return Pet.get_by_id(pet_id)
        except Pet.DoesNotExist:
            abort(404, message="Item not found.")  # HTS001@404

    @blp.etag
    @blp.arguments(PetSchema)
    @blp.response("200", PetSchema)
    def put(self, update_data, pet_id):
        item = Pet.get_by_id(pet_id)
        blp.check_etag(item, PetSchema)
        item.update(update_data)
        return item

    @blp.etag
    @blp.response(204)  # HTS001@204
    @blp.alt_response(425, description="Deletion is not yet possible")  # HTS005@425
    def delete(self, pet_id):
        item = Pet.get_by_id(pet_id)
        if item.locked:
            abort(http_status_code=423, message="locked")  # HTS001@423
        if item.moved:
            abort(301)  # HTS007@301
        item.delete()


def create_api(app):
    app.config["API_TITLE"] = "Petstore"
    app.config["API_VERSION"] = "v1"
    app.config["OPENAPI_VERSION"] = "3.0.2"
    api = Api(app)
    api.register_blueprint(blp)
    return api
