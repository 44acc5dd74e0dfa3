"""A Bottle app that registers its error pages in the application's error_handler dict, as
@app.error(code) does (``self.error_handler[int(code)] = callback``), and looks them up there.

The keys of that dict are statuses; any other dict keyed by numbers is not, nor is a handler
table of an object that is no Bottle app in a module without Bottle (see job_queue.py).
"""
import bottle
from bottle import Bottle, request, template

RETRIES = {0: "never", 1: "once", 3: "thrice"}
PAGE_SIZES = {100: "small", 200: "medium", 500: "large"}


def error403(err):
    return template("error", code=403, message="You may not see this page.")


def error404(err):
    return template("error", code=404, message=f"Nothing at {request.path}.")


def error500(err):
    return template("error", code=500, message="Something broke; we are looking at it.")


def setup_error_handling(app):
    app.error_handler[403] = error403  # HTS001@403 =use HTTPStatus.FORBIDDEN
    app.error_handler[404] = error404  # HTS001@404
    app.error_handler[500] = error500  # HTS001@500 =500 (Internal Server Error)
    app.error_handler[418] = app.error_handler[404]  # HTS001@418 HTS001@404
    app.error_handler[301] = error404  # HTS007@301 =an error handler needs a 4xx or 5xx status


class AdminApp(bottle.Bottle):
    def __init__(self):
        super().__init__(catchall=False)
        self.error_handler[401] = self.unauthorized  # HTS001@401
        self.error_handler[0] = self.unauthorized

    def unauthorized(self, err):
        return "Please log in first."


def page_size_name(size):
    handlers = {}
    handlers[404] = error404
    return PAGE_SIZES[200] if size is None else PAGE_SIZES.get(size, RETRIES[3])


def has_page(app, code):
    return code in app.error_handler or app.error_handler.get(500) is not None


mainapp = Bottle()
setup_error_handling(mainapp)
for subapp in (AdminApp(),):
    mainapp.mount("/admin", subapp)
    subapp.error_handler[503] = error500  # HTS001@503
    subapp.error_handler[4004] = error404

if __name__ == "__main__":
    bottle.run(mainapp, host="localhost", port=8080)
