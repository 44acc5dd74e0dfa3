"""The messages table: one row per code, the only place a message's wording lives.

The README's rule table, ``docs/rules.md`` and the fixer's summary read this table; nothing else
formats a message.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    template: str
    summary: str
    why: str
    example: str
    instead: str
    fix: str


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
        ),
        Rule(
            "HTS003", "not-a-status",
            "{value} is not an HTTP status (100-599){hint}",
            "a number outside 100-599 where an HTTP status must stand",
            "The framework will fail at run time, or send a status line no client understands. "
            "Usually a key pressed twice; the message names the likely code where one stands out.",
            "abort(4004)",
            "abort(HTTPStatus.NOT_FOUND)",
            "never fixed automatically",
        ),
        Rule(
            "HTS004", "deprecated-status",
            "{value} ({phrase}) is deprecated",
            "a deprecated status (305 Use Proxy, 306 unused), literal or named constant",
            "305 was deprecated for security reasons and clients ignore it; 306 is reserved and "
            "must not be sent.",
            "self.send_response(HTTPStatus.USE_PROXY)",
            "a redirect (HTTPStatus.TEMPORARY_REDIRECT) or a proxy configured on the client",
            "never fixed automatically",
        ),
        Rule(
            "HTS005", "experimental-status",
            "{value} ({phrase}) is experimental",
            "an experimental status (103 Early Hints, 402 Payment Required, 425 Too Early), "
            "literal or named constant",
            "Support in clients, proxies and CDNs is uneven; make sure it is meant, and `noqa` it "
            "where it is.",
            "raise HTTPException(status_code=425)",
            "a widely supported code, or `# noqa: HTS005` where the experimental one is intended",
            "never fixed automatically",
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
        ),
    )
}


def format_message(code: str, **fields: object) -> str:
    """The message text for ``code``, without the code itself."""
    return RULES[code].template.format(**fields)
