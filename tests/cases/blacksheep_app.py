"""A BlackSheep app: Response(status, headers, content), the response helpers json(data, status),
text(value, status) and status_code(status, message), HTTPException(status, message), and
exception handlers registered by status; the OpenAPI handler's @docs(responses={...}), keyed by
status (an HTTPStatus key is written as its value).

BlackSheep's json/text/html helpers share their names with the stdlib json module and with
other frameworks' helpers: only the qualified import says which is meant.
"""
from blacksheep import Application, Content, Response, json, not_found, status_code, text
from blacksheep.exceptions import HTTPException
from blacksheep.server.openapi.v3 import OpenAPIHandler
from openapidocs.v3 import Info

app = Application()
docs = OpenAPIHandler(info=Info(title="Notes API", version="0.0.1"))
docs.bind_app(app)
NOTES = {}


@docs(responses={200: "The note", 404: "No such note"})  # HTS001@200 HTS001@404
@app.router.get("/notes/{key}/meta")
async def note_meta(key: str):
    return json({"key": key, "size": len(NOTES.get(key, ""))})


@docs(summary="Notes by size", tags=["notes"])
@app.router.get("/notes/by-size/{size}")
async def notes_by_size(size: int = 200):
    return json([key for key, text in NOTES.items() if len(text) <= size])


@app.router.get("/notes/{key}")
async def get_note(key: str):
    if key not in NOTES:
        return not_found({"error": f"no note {key!r}"})
    if len(key) > 200:
        return text("key too long", 414)  # HTS001@414 =414 (Request-URI Too Long): use HTTPStatus.REQUEST_URI_TOO_LONG
    return json(NOTES[key])


@app.router.post("/notes")
async def create_note(request):
    note = await request.json()
    if "key" not in note:
        return json({"error": "a note needs a key"}, status=400)  # HTS001@400
    NOTES[note["key"]] = note.get("text", "")[:500]
    return json({"key": note["key"]}, 201)  # HTS001@201


@app.router.delete("/notes/{key}")
async def delete_note(key: str):
    if NOTES.pop(key, None) is None:
        raise HTTPException(404, "no such note")  # HTS001@404
    return status_code(204)  # HTS001@204


@app.router.get("/export")
async def export(limit: int = 100):
    if not NOTES:
        return Response(2040, None, None)  # HTS003@2040
    body = Content(b"application/json", b"[]")
    return Response(206, [(b"Content-Range", b"notes 0-100")], body)  # HTS001@206


@app.exception_handler(404)  # HTS001@404
async def on_not_found(app, request, exc):
    return text("Nothing here", status=404)  # HTS001@404


@app.exception_handler(ValueError)
async def on_value_error(app, request, exc):
    return status_code(422, str(exc)[:200])  # HTS001@422
