"""Print what the shop's code prints: ``python main.py PART...``.

The parts: ``stdlib`` (the catalogue on http.server, the urllib client of
the stock service, the ASGI health check), ``starlette`` (the API),
``requests`` (the warehouse client). Each line is what real code prints:
str(), f-strings, %s, %d and json.dumps of statuses, status lines and
bodies, error messages. repr() is out of scope: it names the enum member
on every Python.
"""

import json
import sys


def stdlib():
    from shopfront import catalogue, errors, health, stock

    for method, path in [("GET", "/items/1"), ("GET", "/items/9"),
                         ("POST", "/items/1"), ("POST", "/items/2"),
                         ("POST", "/items/0"), ("DELETE", "/items/1")]:
        for line in catalogue.in_memory(method, path).decode().splitlines():
            print(f"{method} {path} | {line}")
    for line in catalogue.over_loopback(["/items/2", "/items/7"]):
        print("loopback |", line)
    for line in catalogue.LOG:
        print("log |", line)

    hidden = errors.ShopError(
        "hidden", status_code=451)
    for err in (errors.OutOfStock("lamp"), errors.BackendDown("db"),
                errors.PaymentRequired("card"), errors.ShopError("bug"),
                hidden):
        name = type(err).__name__
        print(f"{name} | str: {err}")
        print(f"{name} | f: {err.status_code}")
        print(f"{name} | str(): " + str(err.status_code))
        code = err.status_code
        print(f"{name} | %%s: %s | %%d: %d" % (code, code))
        print(f"{name} | print:", err.status_code)
        print(f"{name} | json: {json.dumps(errors.problem(err))}")
    print("class | " + str(errors.BackendDown.status_code))

    url = "https://stock.invalid/items/4"
    for err in (stock.missing(url), stock.unavailable(url),
                stock.answer(url, 500, "Oops")):
        print(f"stock | {stock.describe(err)}")
        print(f"stock | {err} | {err.code} | %s | {err.code:d}" % err.code)
        print(f"stock | {stock.as_event(err)}")
        print("stock | print:", err.code, err)

    for path in ("/health", "/nope"):
        for message in health.call(health.health, path):
            if message["type"] == "http.response.start":
                print(f"health {path} | status: %s" % message["status"])
                print(f"health {path} | str: " + str(message["status"]))
                print(f"health {path} | json: {json.dumps(message['status'])}")
            else:
                print(f"health {path} | body: {message['body'].decode()}")


def starlette():
    from shopfront import api, health

    for path in ("/items/1", "/items/9", "/retired", "/busy", "/broken"):
        for message in health.call(api.logged_app, path):
            if message["type"] == "http.response.start":
                print(f"api {path} | status: %s" % message["status"])
                print(f"api {path} | str: " + str(message["status"]))
                headers = sorted((k.decode(), v.decode())
                                 for k, v in message["headers"])
                print(f"api {path} | headers: {headers}")
            else:
                print(f"api {path} | body: {message['body'].decode()}")
    for line in api.logged_app.lines:
        print("api log |", line)
    print("api errors |", api.logged_app.errors)
    for line in api.problems():
        print("api problem |", line)


def requests():
    from shopfront import upstream

    for response in (upstream.answered(200, "OK", b'{"id": 1}'),
                     upstream.answered(404, "Not Found"),
                     upstream.gone(),
                     upstream.answered(502, "Bad Gateway")):
        print("upstream |", upstream.summary(response))
        print("upstream | str: " + str(response.status_code))
        print(f"upstream | f: {response.status_code}")
        print("upstream | json:", json.dumps({"got": response.status_code}))


if __name__ == "__main__":
    for part in sys.argv[1:]:
        print(f"== {part}")
        parts = {"stdlib": stdlib, "starlette": starlette,
                 "requests": requests}
        parts[part]()
