"""A Bottle app: abort(), redirect(), HTTPResponse and the thread-local response.status.

Bottle does not read a status from a returned tuple, so ``return body, 404`` is no status here.
"""
import bottle
from bottle import HTTPResponse, abort, redirect, request, response, route, run

GREETINGS = {"en": "Hello", "fr": "Bonjour"}


@route("/hello/<name>")
def hello(name):
    if len(name) > 100:
        abort(414, "Name too long")  # HTS001@414
    lang = request.query.get("lang", "en")
    if lang not in GREETINGS:
        return "unknown language", 404
    return f"{GREETINGS[lang]} {name}"


@route("/old")
def old():
    redirect("/hello/world", 301)  # HTS001@301 =use HTTPStatus.MOVED_PERMANENTLY


@route("/greetings", method="POST")
def create_greeting():
    lang = request.json.get("lang", "")[:200]
    GREETINGS[lang] = request.json["text"]
    response.status = 201  # HTS001@201 =use HTTPStatus.CREATED
    return {"lang": lang}


@route("/greetings/<lang>", method="DELETE")
def delete_greeting(lang):
    if lang == "en":
        raise HTTPResponse("the default language stays", status=403)  # HTS001@403
    if GREETINGS.pop(lang, None) is None:
        bottle.abort(404, "no such language")  # HTS001@404
    response.status = "204 No Content"


@route("/greetings/<lang>/legacy")
def legacy(lang):
    return bottle.HTTPResponse(f"moved to /greetings/{lang}", 308)  # HTS001@308 HTS009@308


@route("/greetings/<lang>/raw")
def raw(lang):
    if lang not in GREETINGS:
        return HTTPResponse(body="missing", status="404 Not Fund")  # HTS006@"404 =expected "404 Not Found"
    response.status = "200 Okey"  # HTS006@"200
    return GREETINGS[lang]


if __name__ == "__main__":
    run(host="localhost", port=8080, reloader=True)
