"""The messages table: one row per code, the only place a message's wording lives.

The README's rule list and the fixer's summary read this table; nothing else formats a message.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    template: str
    summary: str
    example: str
    fix: str


RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule(
            "HTS001", "literal-status",
            "{value} ({phrase}): use {constant}",
            "a literal HTTP status that has a named constant",
            "abort(404)",
            "`flake8-httpstatus fix` replaces the literal with the constant and adds the import",
        ),
        Rule(
            "HTS002", "unknown-status",
            "unknown HTTP status {value}{hint}",
            "a number in 100-599 that is not a registered HTTP status",
            "Response(status=299)",
            "never fixed automatically: a person decides what was meant",
        ),
        Rule(
            "HTS003", "not-a-status",
            "{value} is not an HTTP status (100-599){hint}",
            "a number outside 100-599 where an HTTP status must stand",
            "abort(4004)",
            "never fixed automatically",
        ),
        Rule(
            "HTS004", "deprecated-status",
            "{value} ({phrase}) is deprecated",
            "a deprecated status (305 Use Proxy, 306 unused), literal or named constant",
            "self.send_response(HTTPStatus.USE_PROXY)",
            "never fixed automatically",
        ),
        Rule(
            "HTS005", "experimental-status",
            "{value} ({phrase}) is experimental",
            "an experimental status (103 Early Hints, 402 Payment Required, 425 Too Early), "
            "literal or named constant",
            "raise HTTPException(status_code=425)",
            "never fixed automatically",
        ),
        Rule(
            "HTS006", "bad-status-line",
            "{text}: expected {expected}",
            "a status-line string that is malformed or whose phrase does not belong to its code",
            'start_response("404 Not Fund", headers)',
            "`flake8-httpstatus fix --fix-phrases` writes the registered phrase",
        ),
    )
}


def format_message(code: str, **fields: object) -> str:
    """The message text for ``code``, without the code itself."""
    return RULES[code].template.format(**fields)
