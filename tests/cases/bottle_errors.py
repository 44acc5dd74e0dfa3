"""A Bottle app beyond abort()/redirect(): HTTPError, HTTPResponse, BaseResponse, @error(code)
and app.error(code) handlers, response.status.

Bottle's status setter takes an int (100-999) or a status line with a reason phrase; a string of
digits alone ("404") raises ValueError.
"""
import json

import bottle
from bottle import Bottle, HTTPError, HTTPResponse, error, request, response, run

app = Bottle()
NOTES = {}


@error(404)  # HTS001@404 =404 (Not Found)
def not_found(err):
    return f"Nothing at {request.path}"


@app.error(500)  # HTS001@500
def server_error(err):
    return "Something broke; we are looking at it."


@app.error(302)  # HTS007@302
def found(err):
    return "moved"


@app.get("/notes/<key>")
def get_note(key):
    if key not in NOTES:
        raise HTTPError(404, f"no note {key!r}")  # HTS001@404
    if len(key) > 200:
        raise HTTPError(status=414, body="key too long")  # HTS001@414
    response.set_header("Cache-Control", "max-age=300")
    return NOTES[key]


@app.post("/notes")
def create_note():
    note = request.json or {}
    if "key" not in note:
        return HTTPError(400, "a note needs a key")  # HTS001@400
    NOTES[note["key"]] = note.get("text", "")[:500]
    response.status = 201  # HTS001@201
    return {"key": note["key"]}


@app.put("/notes/<key>")
def replace_note(key):
    NOTES[key] = request.body.read(1024).decode()
    body = json.dumps({"key": key})
    return HTTPResponse(body, 200, {"Content-Type": "application/json"})  # HTS001@200


@app.delete("/notes/<key>")
def delete_note(key):
    if NOTES.pop(key, None) is None:
        raise HTTPError(4040, "no such note")  # HTS003@4040
    return bottle.BaseResponse("", 204)  # HTS001@204


@app.get("/notes/<key>/raw")
def raw_note(key):
    if key.startswith("_"):
        raise HTTPResponse("hidden", status="404 Not Found")
    if key == "teapot":
        return bottle.Response(status="418 I'm a teapot")
    if key == "gone":
        raise HTTPError("410", "removed")  # HTS011@"410 =not digits alone
    return bottle.HTTPResponse(NOTES.get(key, ""), status="200 Okay")  # HTS006@"200


@app.get("/limits")
def limits():
    per_page = int(request.query.get("per_page", 100))
    teapot = bottle.HTTP_CODES[418]
    return {"per_page": min(per_page, 500), "known": len(bottle.HTTP_CODES), "teapot": teapot}


if __name__ == "__main__":
    run(app, host="localhost", port=8080)
