"""A Sanic app: the status of the response helpers (second argument, or `status=`; empty() takes
it first and redirect() third), SanicException(message, status_code) and its subclasses.

Sanic sends only an int status: HTTP/1 output raises on anything else (sanic/http/http1.py).
"""
from sanic import Sanic, empty, html, json, redirect, text
from sanic.exceptions import NotFound, SanicException
from sanic.response import file, raw

app = Sanic("Notes")
app.config.REQUEST_MAX_SIZE = 100_000_000
app.config.RESPONSE_TIMEOUT = 300
NOTES = {}


class NoteLocked(SanicException):
    status_code = 423  # HTS001@423
    message = "This note is locked."
    quiet = True


@app.get("/notes/<key:str>")
async def get_note(request, key):
    if key not in NOTES:
        raise NotFound(f"no note {key!r}")
    if len(key) > 200:
        return text("key too long", 414)  # HTS001@414
    return json(NOTES[key])


@app.post("/notes")
async def create_note(request):
    note = request.json or {}
    if "key" not in note:
        return json({"error": "a note needs a key"}, status=400)  # HTS001@400
    NOTES[note["key"]] = note.get("text", "")[:500]
    return json({"key": note["key"]}, 201)  # HTS001@201


@app.put("/notes/<key:str>")
async def replace_note(request, key):
    if NOTES.get(key, {}).get("locked"):
        raise NoteLocked()
    if request.headers.get("content-length", "0") == "0":
        raise SanicException("an empty body replaces nothing", status_code=422)  # HTS001@422
    NOTES[key] = request.body.decode()[:500]
    return empty()


@app.delete("/notes/<key:str>")
async def delete_note(request, key):
    NOTES.pop(key, None)
    return empty(status=204)  # HTS001@204


@app.get("/old/<key:str>")
async def old(request, key):
    return redirect(f"/notes/{key}", status=308)  # HTS001@308


@app.get("/legacy/<key:str>")
async def legacy(request, key):
    return redirect(f"/notes/{key}", {"X-Moved": "yes"}, 200)  # HTS007@200


@app.get("/notes/<key:str>/page")
async def page(request, key):
    if key.startswith("_"):
        return html("<p>hidden</p>", status=451)  # HTS001@451
    return html(f"<pre>{NOTES.get(key, '')}</pre>")


@app.get("/export")
async def export(request):
    if not NOTES:
        raise SanicException("Something went wrong", status_code=999)  # HTS003@999
    if request.args.get("raw"):
        return raw(b"\x00" * 100, 206)  # HTS001@206
    return await file("/tmp/notes.json", status=200, max_age=300)  # HTS001@200


@app.get("/ping")
async def ping(request):
    return text("pong", "200")  # HTS011@"200"


@app.exception(NotFound)
async def on_not_found(request, exception):
    status = getattr(exception, "status_code", 500)
    return json({"error": str(exception), "status": status}, status=404)  # HTS001@404


@app.websocket("/feed")
async def feed(request, ws):
    async for message in ws:
        if message == "bye":
            await ws.close(code=1000, reason="bye")
        await ws.send(message[:200])
