"""A CherryPy app: cherrypy.HTTPError(status, message), cherrypy.HTTPRedirect(url, status),
cherrypy.response.status, and error pages keyed by "error_page.<code>" in the config.

HTTPError takes an int, its digits or a status line and refuses anything outside 400-599;
HTTPRedirect int()s its status and refuses anything outside 300-399.
"""
import cherrypy

NOTES = {}


class Notes:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def index(self, limit=100):
        return list(NOTES)[: min(int(limit), 500)]

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def show(self, key):
        if key not in NOTES:
            raise cherrypy.HTTPError(404, f"no note {key!r}")  # HTS001@404 =404 (Not Found)
        if len(key) > 200:
            raise cherrypy.HTTPError("414 URI Too Long")
        return NOTES[key]

    @cherrypy.expose
    @cherrypy.tools.json_in()
    @cherrypy.tools.json_out()
    def create(self):
        note = cherrypy.request.json
        if "key" not in note:
            raise cherrypy.HTTPError(status=400, message="a note needs a key")  # HTS001@400
        if note["key"] in NOTES:
            raise cherrypy.HTTPError(302)  # HTS007@302
        NOTES[note["key"]] = note
        cherrypy.response.status = 201  # HTS001@201
        return {"key": note["key"]}

    @cherrypy.expose
    def old(self, key):
        raise cherrypy.HTTPRedirect(f"/show?key={key}", 301)  # HTS001@301

    @cherrypy.expose
    def legacy(self, key):
        raise cherrypy.HTTPRedirect(f"/show?key={key}", status=404)  # HTS007@404

    @cherrypy.expose
    def purge(self):
        NOTES.clear()
        cherrypy.response.status = "204 No Contents"  # HTS006@"204


def error_page_404(status, message, traceback, version):
    return f"<h1>{status}</h1><p>{message}</p>"


if __name__ == "__main__":
    cherrypy.config.update({"server.socket_port": 8080, "error_page.404": error_page_404})
    cherrypy.quickstart(Notes(), "/", {"/": {"tools.sessions.timeout": 600}})
