"""A Robyn app: Response(status_code, headers, description), route decorators' status_code= and
responses=, robyn.status_codes, and the (body, headers, status) 3-tuple a handler may return.

Robyn reads a returned tuple as (description, headers, status_code): the status comes LAST.
"""
from robyn import Headers, Request, Response, Robyn, status_codes

app = Robyn(__file__)
NOTES = {}


@app.get("/notes/:key", responses={404: {"description": "No such note"}})  # HTS001@404
async def get_note(request: Request):
    key = request.path_params["key"]
    if key not in NOTES:
        return Response(status_code=404, headers={}, description="no such note")  # HTS001@404
    if len(key) > 200:
        return Response(414, Headers({}), "key too long")  # HTS001@414 =414 (Request-URI Too Long): use HTTPStatus.REQUEST_URI_TOO_LONG
    return NOTES[key]


@app.post("/notes", status_code=201)  # HTS001@201
async def create_note(request: Request):
    note = request.json()
    if "key" not in note:
        return "a note needs a key", {"Content-Type": "text/plain"}, 400  # HTS001@400
    NOTES[note["key"]] = note.get("text", "")[:500]
    return {"key": note["key"]}


@app.delete("/notes/:key")
async def delete_note(request: Request):
    if NOTES.pop(request.path_params["key"], None) is None:
        return Response(status_code=4040, headers={}, description="")  # HTS003@4040
    return Response(status_code=status_codes.HTTP_204_NO_CONTENT, headers={}, description="")


@app.get("/old")
async def old(request: Request):
    return Response(status_code=307, headers={"Location": "/notes"}, description="")  # HTS001@307


@app.get("/export")
async def export(request: Request):
    limit = int(request.query_params.get("limit", "100"))
    return list(NOTES.values())[: min(limit, 500)]


if __name__ == "__main__":
    app.start(host="127.0.0.1", port=8080)
