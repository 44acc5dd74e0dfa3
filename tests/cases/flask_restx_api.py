"""A Flask-RESTX API: @ns.response(code, ...), @ns.marshal_with(model, code=...),
@ns.doc(responses={...}), api.abort() / flask_restx.abort(), and (body, status) returns.

Flask-RESTX writes the codes of response(), marshal_with() and doc(responses=...) into the Swagger
document with str(code).
"""
from flask import Flask
from flask_restx import Api, Resource, abort, fields, reqparse

app = Flask(__name__)
app.config["ERROR_404_HELP"] = False
api = Api(app, version="1.0", title="TodoMVC API", description="A simple TodoMVC API")
ns = api.namespace("todos", description="TODO operations")

todo = api.model("Todo", {
    "id": fields.Integer(readonly=True, description="The task unique identifier"),
    "task": fields.String(required=True, max_length=200, description="The task details"),
})

parser = reqparse.RequestParser()
parser.add_argument("limit", type=int, default=100, help="at most 500")


class TodoDAO:
    def __init__(self):
        self.counter = 0
        self.todos = []

    def get(self, id):
        for item in self.todos:
            if item["id"] == id:
                return item
        api.abort(404, f"Todo {id} doesn't exist")  # HTS001@404 =404 (Not Found)

    def create(self, data):
        if len(self.todos) >= 500:
            abort(507, "the list is full")  # HTS001@507
        self.counter += 1
        self.todos.append(dict(data, id=self.counter))
        return self.todos[-1]


DAO = TodoDAO()


@ns.route("/")
class TodoList(Resource):
    @ns.doc("list_todos")
    @ns.expect(parser)
    @ns.marshal_list_with(todo)
    def get(self):
        return DAO.todos[: parser.parse_args()["limit"]]

    @ns.doc("create_todo")
    @ns.expect(todo, validate=True)
    @ns.marshal_with(todo, code=201)  # HTS001@201
    def post(self):
        return DAO.create(api.payload), 201  # HTS001@201


@ns.route("/<int:id>")
@ns.response(404, "Todo not found")  # HTS001@404
@ns.param("id", "The task identifier")
class Todo(Resource):
    @ns.marshal_with(todo)
    @api.response("default", "Error")
    def get(self, id):
        return DAO.get(id)

    @ns.doc(responses={204: "Todo deleted", 403: "Not Authorized"})  # HTS001@403 HTS001@204
    def delete(self, id):
        if id == 1:
            ns.abort(code=403)  # HTS001@403
        DAO.todos.remove(DAO.get(id))
        return "", 204  # HTS001@204

    @ns.response(299, "Partially updated")  # HTS002@299
    @ns.response(302, "Moved")  # HTS001@302
    def patch(self, id):
        if id > 10000:
            abort(code=302)  # HTS007@302
        return DAO.get(id), 299  # HTS002@299


@api.errorhandler(ValueError)
def handle_value_error(error):
    return {"message": str(error)}, 400  # HTS001@400


if __name__ == "__main__":
    app.run(port=5000)
