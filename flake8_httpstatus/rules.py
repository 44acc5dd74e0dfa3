"""The rule table: one row per code, and each rule is its row.

A row holds the rule's name, its message, whether flake8 reports it by default, the check that
decides it (``check``: a function of ``checks.py``, named, so that this table, which flake8
imports in every run, imports no checker), the rules it silences on the same status (``silences``:
the precedence between rules, and the only one), its fix (what ``flake8-httpstatus fix`` does
with a finding and the editor's quick-fix title), an example that gives exactly this code and
what to write instead (which gives none; a test checks both). The checker (``judge.py``), the
flake8 adapter, the fixer, the editor adapter, ``docs/rules.md`` and the README's rule table read
this table; nothing else formats a message.
"""

from __future__ import annotations

from typing import List, Optional


class Fixability:
    """What ``flake8-httpstatus fix`` does with a finding of the rule (plain strings: flake8
    imports this table in every run, and an Enum class costs more to create)."""

    NEVER = "never"
    ALWAYS = "always"
    ON_REQUEST = "on request"  # only when the rule's ``fix_flag`` is given


class Rule:
    """One code's row. (A plain class: flake8 imports this table in every run, and a NamedTuple
    class costs several times more to create.)"""

    __slots__ = ("code", "name", "template", "summary", "why", "example", "instead", "fix",
                 "fixability", "fix_flag", "default", "instead_note", "example_options", "state",
                 "check", "silences", "title", "where_raised", "safety")

    def __init__(self, code: str, name: str, template: str, summary: str, why: str,
                 example: str, instead: str, fix: str, fixability: str = Fixability.NEVER,
                 fix_flag: Optional[str] = None, default: bool = True,
                 instead_note: str = "", example_options: str = "", state: str = "",
                 check: str = "", silences: tuple[str, ...] = (), title: str = "",
                 where_raised: bool = True, safety: str = "") -> None:
        self.code = code
        self.name = name
        self.template = template
        self.summary = summary
        self.why = why
        self.example = example
        self.instead = instead
        self.fix = fix
        self.fixability = fixability
        #: The ``fix`` option that turns an ON_REQUEST rule's rewrites on.
        self.fix_flag = fix_flag
        #: Reported unless the user ignores it; False: only when named in select / extend-select.
        self.default = default
        #: More on what to write instead, where the example cannot say it all.
        self.instead_note = instead_note
        #: The options the example needs to give its code (``--httpstatus-target-version=3.13``).
        self.example_options = example_options
        #: The catalogue state whose codes this rule reports wherever they stand, literal or named
        #: constant (``deprecated``), or "".
        self.state = state
        #: The function of ``checks.py`` that decides the rule on one hit.
        self.check = check
        #: The codes not reported for a status this rule reports (HTS007 silences HTS001: a
        #: number wrong for its call gets no constant suggested).
        self.silences = silences
        #: The editor's quick-fix title (``{literal}``: the source text replaced,
        #: ``{replacement}``: what replaces it); "" for a rule ``fix`` never rewrites.
        self.title = title
        #: Reported in a ``with`` block expecting a raise (``pytest.raises``, ``assertRaises``),
        #: where the status is the test's subject; False for the rules that say it is wrong.
        self.where_raised = where_raised
        #: When its fix is safe (applied by ``fix`` and preferred in the editor) and when unsafe
        #: (applied with ``--unsafe-fixes``, offered in the editor but not preferred), as ruff
        #: classes fixes; "" for a rule with no fix.
        self.safety = safety

    def __repr__(self) -> str:
        return f"Rule({self.code!r}, {self.name!r})"


#: The ``fix`` option that applies unsafe fixes too (``Suggestion.unsafe``), and the rules'
#: fixed only on request (it implies every rule's ``fix_flag``).
UNSAFE_FIXES = "--unsafe-fixes"

#: The quick-fix title of a rule whose fix replaces the text by another.
REPLACE = "Replace {literal} with {replacement}"

RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule(
            "HTS001", "literal-status",
            "{value} ({phrase}): use {constant}",
            "a literal HTTP status that has a named constant",
            "A bare number makes the reader recall what it means, and a typo in it is another "
            "valid-looking number. A named constant says what is meant and cannot be mistyped "
            "without an error.",
            "abort(404)",
            "abort(HTTPStatus.NOT_FOUND)",
            "`flake8-httpstatus fix` replaces the literal with the constant and adds the import",
            Fixability.ALWAYS,
            check="literal_status", title=REPLACE,
            safety="Safe where the value cannot print otherwise: where it is only compared or "
                   "asserted, looked up (`abort(404)`, an error handler's code), or turned into "
                   "an int or a status line by the framework (Django's, DRF's, Werkzeug's, "
                   "aiohttp's and WebOb's responses, `http.server`'s `send_response`); where the "
                   "constant is a "
                   "plain int or prints as one (DRF, Starlette and FastAPI `status`, Litestar, "
                   "`requests.codes`, `httpx.codes`); and anywhere from target 3.11, where "
                   "`str()` of an `HTTPStatus` member is its number. Unsafe below 3.11 where "
                   "the framework keeps the value as given or formats it (Starlette's, "
                   "Tornado's, Sanic's and the test doubles' responses, class attributes, "
                   "`responses=` keys, `send_error`'s error page, assigned attributes): "
                   "`str(HTTPStatus.NOT_FOUND)` is `'HTTPStatus.NOT_FOUND'` there; where the "
                   "value is formatted, a framework's plain-int constant the module imports is "
                   "suggested instead, and safe. Unsafe at every target where the status is "
                   "kept in a collection (`str()` of a list shows its members' repr) and where "
                   "Falcon would send the stdlib's reason phrase instead of its own",
        ),
        Rule(
            "HTS002", "unknown-status",
            "unknown HTTP status {value}{hint}",
            "a number in 100-599 that is not a registered HTTP status",
            "Clients, proxies and monitoring treat an unregistered code by its class only (299 is "
            "\"some success\"), and most such numbers are typos. Vendor codes a project really "
            "sends (nginx 499, Cloudflare 520) can be allowed with `--httpstatus-extra-codes`.",
            "Response(status=299)",
            "Response(status=HTTPStatus.OK)",
            "never fixed automatically: a person decides what was meant",
            check="unknown_status", where_raised=False,
        ),
        Rule(
            "HTS003", "not-a-status",
            "{value} is not an HTTP status (100-599){hint}",
            "a number outside 100-599 where an HTTP status must stand",
            "Most frameworks fail at run time; those that accept up to 999 (Bottle, Falcon) send "
            "a status line no client understands. Usually a key pressed twice; the message names "
            "the likely code where one stands out.",
            "abort(4004)",
            "abort(HTTPStatus.NOT_FOUND)",
            "never fixed automatically",
            check="not_a_status", where_raised=False,
        ),
        Rule(
            "HTS004", "deprecated-status",
            "{value} ({phrase}) is deprecated",
            "a deprecated status (305 Use Proxy, 306 unused), literal or named constant",
            "305 was deprecated for security reasons and clients ignore it; 306 is reserved and "
            "must not be sent.",
            "self.send_response(HTTPStatus.USE_PROXY)",
            "self.send_response(HTTPStatus.TEMPORARY_REDIRECT)",
            "never fixed automatically",
            instead_note="a redirect, or a proxy configured on the client",
            state="deprecated",
            check="in_state", silences=("HTS001",), where_raised=False,
        ),
        Rule(
            "HTS005", "experimental-status",
            "{value} ({phrase}) is experimental",
            "an experimental status (103 Early Hints, 402 Payment Required, 425 Too Early), "
            "literal or named constant",
            "Support in clients, proxies and CDNs is uneven; make sure it is meant, and `noqa` it "
            "where it is.",
            "raise HTTPException(status_code=425)",
            "raise HTTPException(status_code=HTTPStatus.SERVICE_UNAVAILABLE)",
            "never fixed automatically",
            instead_note="a widely supported code, or `# noqa: HTS005` where the experimental "
                         "one is intended",
            state="experimental",
            check="in_state", silences=("HTS001",), where_raised=False,
        ),
        Rule(
            "HTS006", "bad-status-line",
            "{text}: expected {expected}",
            "a status-line string that is malformed or whose phrase does not belong to its code",
            "WSGI servers send the status line as written: a misspelt or mismatched phrase reaches "
            "every client and every log.",
            'start_response("404 Not Fund", headers)',
            'start_response("404 Not Found", headers)',
            "`flake8-httpstatus fix --fix-phrases` writes the registered phrase",
            Fixability.ON_REQUEST,
            fix_flag="--fix-phrases",
            check="bad_status_line", title="Write the registered phrase {replacement}",
            where_raised=False,
            safety="Unsafe: the status line the response sends changes, and a client may read "
                   "its phrase",
        ),
        Rule(
            "HTS007", "status-contradicts-call",
            "{value} ({phrase}): {role} needs a {wanted} status",
            "a status whose class contradicts what the call does with it: a redirect without a "
            "3xx status, an error or error handler without a 4xx or 5xx one",
            "A redirect with 200 sends no redirect, `abort(302)` raises a LookupError instead of "
            "the error, and a handler registered for 302 never runs: the call and the status "
            "cannot both be what was meant, and tests rarely reach these paths.",
            'redirect("/login", code=200)',
            'redirect("/login", code=HTTPStatus.SEE_OTHER)',
            "never fixed automatically: a person decides whether the call or the status is wrong",
            check="status_contradicts_call", where_raised=False, silences=("HTS001",),
        ),
        Rule(
            "HTS008", "renamed-constant",
            "{value} is the old name of {number} ({phrase}): use {constant}",
            "a status constant its owner renamed, where the new name exists for the Python and "
            "framework versions the code supports",
            "RFC 9110 renamed 413, 414, 416 and 422, and the constants followed: Starlette 0.48 "
            "(and so FastAPI's `status`) renamed `HTTP_422_UNPROCESSABLE_ENTITY` and its three "
            "siblings and warns on every use of the old names (since Starlette 1.3.1 with a "
            "UserWarning subclass, shown by default); Python 3.13 added the new names to "
            "`HTTPStatus`, keeping the old ones as aliases. The new name is the one the "
            "framework documents; the old one fills test runs with deprecation warnings and "
            "will go. Which names exist is decided by `--httpstatus-target-version` and "
            "`--httpstatus-min-versions`, else by what the project declares (`requires-python`, "
            "its dependencies), else by the installed versions: where the new name is missing, "
            "or the framework's version is unknown, nothing is reported. DRF kept the old "
            "names.",
            "abort(HTTPStatus.UNPROCESSABLE_ENTITY)",
            "abort(HTTPStatus.UNPROCESSABLE_CONTENT)",
            "`flake8-httpstatus fix` writes the new name (the same object); in `from "
            "starlette.status import HTTP_422_UNPROCESSABLE_ENTITY` it renames the import and "
            "the module's uses of the name",
            Fixability.ALWAYS,
            example_options="--httpstatus-target-version=3.13",
            check="renamed_constant", title=REPLACE,
            safety="Safe: the new name is the same object as the old one",
        ),
        Rule(
            "HTS009", "missing-header",
            "{value} ({phrase}) without the {header} header it needs",
            "a response built with a status that needs a header (a redirect's Location, 401's "
            "WWW-Authenticate, 405's Allow, 407's Proxy-Authenticate, 426's Upgrade) when the "
            "call visibly has none",
            "A redirect without Location goes nowhere, and RFC 9110 requires the challenge of 401 "
            "and 407, the methods of 405 and the protocols of 426: clients cannot act on the "
            "status without them. Off by default, as an API may answer 401 to a token client "
            "on purpose; only a response returned where it is built and whose headers are all in "
            "sight is checked (not `headers=some_dict`, `**kwargs`, or a response assigned to a "
            "name), and the redirect helpers (`redirect()`, `RedirectResponse`, "
            "`HttpResponseRedirect`) set Location themselves.",
            "def old(): return Response(\"moved\", HTTPStatus.MOVED_PERMANENTLY)",
            "def old(): return redirect(\"/new\", HTTPStatus.MOVED_PERMANENTLY)",
            "never fixed automatically: only a person knows the header's value",
            default=False,
            instead_note="or the header in the call: `Response(\"moved\", "
                         "HTTPStatus.MOVED_PERMANENTLY, {\"Location\": \"/new\"})`",
            check="missing_header",
        ),
        Rule(
            "HTS010", "content-forbidden",
            "{value} ({phrase}) with a body: this status has no content",
            "a response with a body built with a status that has no content (1xx, 204, 205, 304)",
            "HTTP/1.1 sends no content with these statuses, so a server drops the body, sends "
            "it as the start of the next response on the connection, or fails (a Content-Length "
            "that does not match); the body is either a bug or the status is. Off by default; "
            "only a body in sight counts (a non-empty literal: not `\"\"`, `None` or a "
            "variable).",
            "Response(\"deleted\", HTTPStatus.NO_CONTENT)",
            "Response(status=HTTPStatus.NO_CONTENT)",
            "never fixed automatically: a person decides whether the body or the status is wrong",
            default=False,
            instead_note="or a 200 with the body",
            check="content_forbidden",
        ),
        Rule(
            "HTS011", "string-status",
            "{text} is a string: {problem}",
            "a status of the wrong type: a string where a call requires an int (or, in Bottle, "
            "an int or a whole status line), or a string compared with a status that is always "
            "an int",
            "`r.status_code == \"200\"` is never true, so the check it guards never passes (or "
            "never fails); `HttpResponse(status=\"200 OK\")`, `abort(\"404\")` and Bottle's "
            "`HTTPError(\"410\")` fail at run time, often on a path tests do not take. Where a "
            "status line is meant (WSGI's `start_response`, Werkzeug's `Response(status=...)`), "
            "strings are right and not reported.",
            'abort("404")',
            "abort(HTTPStatus.NOT_FOUND)",
            "never fixed automatically: a person decides whether the number or the type was meant",
            check="string_status", where_raised=False,
        ),
        Rule(
            "HTS012", "interim-status",
            "{value} ({phrase}) is interim: the client waits for a final response",
            "a response built with an interim status (100, 102, 103): a response object, or a "
            "view's returned tuple",
            "A 1xx status tells the client that the answer is still to come, so a response "
            "built with one is never an answer: the client keeps waiting until the connection "
            "closes (Werkzeug's server sends the line and closes) or the server refuses the "
            "response (servers built on h11). Interim responses are the server's to send "
            "(`Expect: 100-continue`) or have their own call (`send_response_only(100)` in "
            "`http.server`, not reported). 101 Switching Protocols is not reported: an upgrade "
            "answers with it, and aiohttp's `WebSocketResponse` is built with it.",
            'Response("still working", status=102)',
            'Response("still working", status=HTTPStatus.ACCEPTED)',
            "never fixed automatically: a person decides which final status was meant",
            instead_note="a final status: 202 Accepted where the work goes on after the answer",
            check="interim_status", silences=("HTS001", "HTS010"),
        ),
    )
}


def format_message(code: str, **fields: object) -> str:
    """The message text for ``code``, without the code itself."""
    return RULES[code].template.format(**fields)


#: Catalogue state -> the code reporting every status in it (``deprecated`` -> HTS004).
STATE_RULES: dict[str, str] = {rule.state: code for code, rule in RULES.items() if rule.state}


def off_by_default() -> list[str]:
    """The codes flake8 reports only when a user selects them."""
    return [code for code, rule in RULES.items() if not rule.default]


def in_precedence() -> List[Rule]:
    """The rules in the order the checker runs them on a status: the table's, except that a rule
    comes after every rule that silences it (so that it is skipped where one of them reported).
    ``silences`` is the only precedence; the findings are sorted by place and code anyway."""
    silencers = {code: {other.code for other in RULES.values() if code in other.silences}
                 for code in RULES}
    ordered: List[Rule] = []
    placed: set[str] = set()
    pending = list(RULES.values())
    while pending:
        ready = next((rule for rule in pending if silencers[rule.code] <= placed), None)
        if ready is None:
            raise ValueError(f"rules silence each other in a cycle: {pending}")
        pending.remove(ready)
        ordered.append(ready)
        placed.add(ready.code)
    return ordered
