"""flask-restful resources; the Flask app itself lives elsewhere and flask is not imported here.

Resource methods return (body, status) or (body, status, headers), as in Flask views.
"""
from http import HTTPStatus

from flask_restful import Api, Resource, fields, marshal_with, reqparse

from todo.wsgi import app

api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("title", type=str, required=True, help="at most 200 characters")
parser.add_argument("limit", type=int, default=100)

TODOS: dict[int, dict] = {}


class Todo(Resource):
    def get(self, todo_id):
        if todo_id not in TODOS:
            return {"message": f"Todo {todo_id} doesn't exist"}, 404  # HTS001@404 =use HTTPStatus.NOT_FOUND
        return TODOS[todo_id]

    def delete(self, todo_id):
        TODOS.pop(todo_id, None)
        return "", 204  # HTS001@204

    def put(self, todo_id):
        args = parser.parse_args()
        TODOS[todo_id] = {"title": args["title"][:200]}
        return TODOS[todo_id], 201, {"Location": f"/todos/{todo_id}"}  # HTS001@201 =use HTTPStatus.CREATED


class TodoList(Resource):
    def get(self):
        args = parser.parse_args()
        return list(TODOS.values())[: args["limit"]], 200  # HTS001@200

    def post(self):
        args = parser.parse_args()
        if len(TODOS) >= 500:
            return {"message": "too many todos, the limit is 500"}, 507  # HTS001@507 =use HTTPStatus.INSUFFICIENT_STORAGE
        todo_id = max(TODOS, default=0) + 1
        TODOS[todo_id] = {"title": args["title"]}
        return {"id": todo_id}, HTTPStatus.CREATED


todo_fields = {"id": fields.Integer, "title": fields.String}


class TodoBase(Resource):
    """A base of the resources another module registers: marshal_with makes a method's tuple a
    response whatever the class (it unpacks (data, code, headers) and passes the code on); an
    undecorated method of a class by another name is no view here."""


class TodoArchive(TodoBase):
    @marshal_with(todo_fields)
    def get(self, todo_id):
        if todo_id not in TODOS:
            return {"id": todo_id, "title": ""}, 410  # HTS001@410
        return TODOS[todo_id], 200  # HTS001@200

    def describe(self):
        return "archived todos", 200


def limits():
    return 100, 500


api.add_resource(TodoList, "/todos")
api.add_resource(Todo, "/todos/<int:todo_id>")
