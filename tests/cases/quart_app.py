"""An async Quart API. Quart mirrors Flask: abort(), redirect(), make_response(), tuple returns."""
from http import HTTPStatus

import quart
from quart import Quart, jsonify, make_response, redirect, request
from quart import abort as stop

app = Quart(__name__)
TASKS: dict[int, dict] = {}
MAX_TITLE = 200


@app.get("/tasks/<int:tid>")
async def get_task(tid):
    task = TASKS.get(tid)
    if task is None:
        stop(404)  # HTS001@404 =use HTTPStatus.NOT_FOUND
    return jsonify(task)


@app.post("/tasks")
async def create_task():
    data = await request.get_json()
    if not data or len(data.get("title", "")) > MAX_TITLE:
        return {"error": "title required, at most 200 characters"}, 400  # HTS001@400 =use HTTPStatus.BAD_REQUEST
    tid = max(TASKS, default=100) + 1
    TASKS[tid] = data
    return (jsonify(id=tid), 201, {"Location": f"/tasks/{tid}"})  # HTS001@201


@app.delete("/tasks/<int:tid>")
async def delete_task(tid):
    if tid in TASKS and TASKS[tid].get("locked"):
        quart.abort(423)  # HTS001@423 =use HTTPStatus.LOCKED
    TASKS.pop(tid, None)
    return await make_response("", 204)  # HTS001@204


@app.post("/tasks/<int:tid>/done")
async def mark_done(tid):
    if tid not in TASKS:
        return redirect("/tasks", 303)  # HTS001@303 =use HTTPStatus.SEE_OTHER
    TASKS[tid]["done"] = True
    return jsonify(TASKS[tid]), HTTPStatus.OK


@app.get("/tasks/<int:tid>/archive")
async def archived(tid):
    stop(code=410)  # HTS001@410


@app.errorhandler(500)  # HTS001@500 =use HTTPStatus.INTERNAL_SERVER_ERROR
async def internal(error):
    app.logger.error("500 for %s", request.path)
    return {"error": "internal"}, 500  # HTS001@500


async def backoff_window():
    return 0, 300


if __name__ == "__main__":
    app.run(port=5000)
