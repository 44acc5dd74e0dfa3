"""The rules' checks: one function per rule (its row's ``check`` names it), each a decision on one
status as ``Seen`` describes it, returning what it found (``Report``) or None.

A check knows nothing of the other rules: ``Judge`` runs them in the order their ``silences``
make, skips a rule another has silenced on the same status, and makes the finding (its code, place
and message). Nothing here walks a tree: the visitor found the status and what stands around it.
"""

from __future__ import annotations

import re
from typing import Optional, Protocol

import libcst as cst

from flake8_httpstatus.catalogue import (
    CATALOGUE,
    Status,
    constant_for,
    is_known,
    likely_meant,
    lookup,
    phrase_matches,
    phrase_of,
    renamed_to,
    required_header,
    without_content,
)
from flake8_httpstatus.findings import Suggestion
from flake8_httpstatus.options import Config
from flake8_httpstatus.positions import INT_OR_DIGITS, STATUS_CLASSES, Meaning
from flake8_httpstatus.rules import Rule
from flake8_httpstatus.visitor import Hit

STATUS_LINE = re.compile(r"(\d{3}) (\S.*)", re.DOTALL)
LEADING_CODE = re.compile(r"\s*(\d{3})(?!\d)")

# What stands in the status position (``Seen.kind``).
CONSTANT = "constant"  # a named constant: HTTPStatus.NOT_FOUND
IMPORTED = "imported"  # a constant's name in a ``from`` import of its owner (HTS008 only there)
NUMBER = "number"  # an int literal
LINE = "line"  # a status line: "404 Not Found"
MALFORMED = "malformed"  # a string where a status line stands that is none: "404NotFound"
STRING = "string"  # a string where a number must stand: abort("404")
#: The kinds that are a status of the response or call they stand in (not a line's text).
USED = (CONSTANT, NUMBER)
#: Why HTS006's fix is unsafe: the response's line changes, and a client may read the phrase.
PHRASE_CHANGES = "the status line the response sends changes"
#: The interim status a response is built with to switch protocols (HTS012 leaves it).
SWITCHING_PROTOCOLS = 101


class Seen:
    """One hit as the checks read it: what kind of thing stands there, the status number it is
    (``value``, 0 where it is none) with its catalogue entry (``status``), the string's text and a
    line's phrase; and the module's options and ``Context``."""

    __slots__ = ("hit", "kind", "value", "status", "text", "phrase", "config", "context")

    def __init__(self, hit: Hit, kind: str, value: int, text: str, phrase: str,
                 context: Context) -> None:
        self.hit = hit
        self.kind = kind
        self.value = value
        self.status: Optional[Status] = lookup(value)
        self.text = text
        self.phrase = phrase
        self.config = context.config
        self.context = context


class Context(Protocol):
    """What the checks read of the module besides the hit (``judge.Judge``): the options, and
    the constant the module's style suggests for a number."""

    config: Config

    def suggest(self, hit: Hit, value: int) -> Optional[Suggestion]: ...


def seen(hit: Hit, context: Context) -> Optional[Seen]:
    """What the hit holds, or None for nothing any rule reads (a number LibCST accepts and
    ``int`` does not, bytes, a string where a status may stand but no status line is)."""
    node = hit.node
    constant = hit.constant
    if constant is not None:
        kind = IMPORTED if constant.in_import else CONSTANT
        return Seen(hit, kind, constant.code, "", "", context)
    if isinstance(node, cst.Integer):
        try:
            return Seen(hit, NUMBER, int(node.value, 0), "", "", context)
        except ValueError:
            return None
    text = node.evaluated_value if isinstance(node, cst.SimpleString) else None
    if not isinstance(text, str):
        return None
    if hit.wrong_type:
        return Seen(hit, STRING, 0, text, "", context)
    if not hit.status_line:
        return None
    match = STATUS_LINE.fullmatch(text)
    if match is None:
        return Seen(hit, MALFORMED, 0, text, "", context)
    return Seen(hit, LINE, int(match.group(1)), text, match.group(2), context)


class Report:
    """What a check found: the value the finding names, the fix it offers (or None), and the
    fields of the rule's message besides ``value``."""

    __slots__ = ("value", "suggestion", "fields")

    def __init__(self, value: int | str, suggestion: Optional[Suggestion] = None,
                 **fields: object) -> None:
        self.value = value
        self.suggestion = suggestion
        self.fields = fields


# --- the checks, one per rule (each takes the status and its rule's row) -----------------------

def literal_status(seen: Seen, rule: Rule) -> Optional[Report]:
    """HTS001: a catalogued number that has a constant in the module's style (``HTTPStatus(404)``
    becomes ``HTTPStatus.NOT_FOUND``), unless the project allows the literal. The message gives
    the phrase of the name suggested (413 with ``CONTENT_TOO_LARGE``: "Content Too Large")."""
    status, hit = seen.status, seen.hit
    if seen.kind != NUMBER or status is None or seen.value in seen.config.allow_literals:
        return None
    suggestion = _constructor(seen) if hit.call is not None \
        else seen.context.suggest(hit, seen.value)
    if suggestion is None:
        return None
    return Report(seen.value, suggestion, phrase=phrase_of(seen.value, suggestion.replacement),
                  constant=suggestion.replacement)


def unknown_status(seen: Seen, rule: Rule) -> Optional[Report]:
    """HTS002: a number or line in 100-599 that is neither catalogued nor an extra code."""
    value = seen.value
    if seen.kind not in (NUMBER, LINE) or not 100 <= value <= 599 or seen.status is not None \
            or is_known(value, seen.config.extra_codes):
        return None
    return Report(value, hint=_hint(value))


def not_a_status(seen: Seen, rule: Rule) -> Optional[Report]:
    """HTS003: outside 100-599 where a status must stand; not the number 0, the conventional
    "no response yet" (requests' ``status_code == 0``), never a mistyped status."""
    value = seen.value
    if seen.kind not in (NUMBER, LINE) or 100 <= value <= 599 or not seen.hit.strict \
            or (seen.kind == NUMBER and value == 0):
        return None
    return Report(value, hint=_hint(value))


def in_state(seen: Seen, rule: Rule) -> Optional[Report]:
    """HTS004, HTS005: a status in the row's catalogue state, wherever it stands, unless the
    project sends it on purpose (``--httpstatus-allow-experimental``)."""
    status = seen.status
    if seen.kind not in (*USED, LINE) or status is None or status.state.value != rule.state \
            or seen.value in seen.config.allow_experimental:
        return None
    return Report(seen.value, phrase=status.phrase)


def bad_status_line(seen: Seen, rule: Rule) -> Optional[Report]:
    """HTS006: a status line that is malformed where one is required, or whose phrase is not its
    code's (the registered phrase offered, in capitals where the line shouts)."""
    text, status = seen.text, seen.status
    if seen.kind == MALFORMED:
        return _malformed(text) if seen.hit.strict else None
    if seen.kind != LINE or status is None or phrase_matches(seen.value, seen.phrase):
        return None
    shouted = seen.phrase.isupper() and not any(phrase_matches(c, seen.phrase) for c in CATALOGUE)
    fixed = f"{seen.value} {status.phrase.upper() if shouted else status.phrase}"
    node = seen.hit.node
    assert isinstance(node, cst.SimpleString)
    quote = node.quote
    suggestion = Suggestion(f"{node.prefix}{quote}{fixed}{quote}", unsafe=PHRASE_CHANGES) \
        if quote[0] not in fixed and "\\" not in fixed else None
    return Report(text, suggestion, text=_quoted(text), expected=_quoted(fixed))


def status_contradicts_call(seen: Seen, rule: Rule) -> Optional[Report]:
    """HTS007: the call does with the status what its class forbids: redirects take 3xx, errors
    and error handlers 4xx or 5xx (``positions.STATUS_CLASSES``)."""
    meaning, status, value = seen.hit.site.meaning, seen.status, seen.value
    taken = STATUS_CLASSES.get(meaning) if meaning is not None else None
    if seen.kind not in USED or taken is None or status is None \
            or str(value)[0] in taken.digits or value in taken.also:
        return None
    return Report(value, phrase=status.phrase, role=taken.role, wanted=taken.wanted)


def renamed_constant(seen: Seen, rule: Rule) -> Optional[Report]:
    """HTS008: a constant its owner renamed, where the new name exists for the versions the code
    supports: at ``owner.OLD_NAME`` and at the name in ``from owner import OLD_NAME`` (whose uses
    ``fix`` renames with it), not at those uses."""
    constant, config = seen.hit.constant, seen.config
    node = seen.hit.node
    if constant is None or seen.status is None \
            or not (isinstance(node, cst.Attribute) or seen.kind == IMPORTED):
        return None
    new = renamed_to(seen.value, constant.style, constant.name, config.target_version,
                     dict(config.min_versions))
    if new is None:
        return None
    if isinstance(node, cst.Attribute):
        old, replacement = _code(node), _code(node.with_changes(attr=cst.Name(new)))
    else:
        old, replacement = constant.name, new
    return Report(old, Suggestion(replacement, expect=old), number=seen.value,
                  phrase=phrase_of(seen.value, new), constant=replacement)


def missing_header(seen: Seen, rule: Rule) -> Optional[Report]:
    """HTS009: a response built with a status that needs a header (a redirect's Location) when
    all its headers are in sight and that one is not among them."""
    parts, status = seen.hit.parts, seen.status
    header = required_header(seen.value) if seen.kind in USED else None
    if header is None or status is None or parts is None or parts.headers is None \
            or header.lower() in parts.headers:
        return None
    return Report(seen.value, phrase=status.phrase, header=header)


def content_forbidden(seen: Seen, rule: Rule) -> Optional[Report]:
    """HTS010: a response built with a body in sight and a status that has no content (a body
    on 204)."""
    parts, status = seen.hit.parts, seen.status
    if seen.kind not in USED or status is None or parts is None or not parts.content \
            or not without_content(seen.value):
        return None
    return Report(seen.value, phrase=status.phrase)


def string_status(seen: Seen, rule: Rule) -> Optional[Report]:
    """HTS011: a string starting with a status where the position requires an int (the digits
    alone are right where the call also takes those: ``HttpResponse(status="404")``)."""
    text, why = seen.text, seen.hit.wrong_type
    if seen.kind != STRING or LEADING_CODE.match(text) is None \
            or (why == INT_OR_DIGITS and text.strip().isdigit()):
        return None
    return Report(text, text=_quoted(text), problem=why)


def interim_status(seen: Seen, rule: Rule) -> Optional[Report]:
    """HTS012: an interim (1xx) status given to a response being built (a response object, a
    view's returned tuple), which the server then sends as its only answer; not 101, with which
    an upgrade ends HTTP on the connection (aiohttp's ``WebSocketResponse`` is built with it)."""
    hit, status = seen.hit, seen.status
    if seen.kind not in USED or status is None or hit.parts is None \
            or hit.site.meaning is not Meaning.RESPONSE or seen.value // 100 != 1 \
            or seen.value == SWITCHING_PROTOCOLS:
        return None
    return Report(seen.value, phrase=status.phrase)


# --- shared by the checks ----------------------------------------------------------------------

def _hint(value: int) -> str:
    """"; did you mean 404 (Not Found)?" where one code stands out as the one mistyped."""
    meant = likely_meant(value)
    if meant is None:
        return ""
    status = lookup(meant)
    phrase = f" ({status.phrase})" if status is not None else ""
    return f"; did you mean {meant}{phrase}?"


def _malformed(text: str) -> Report:
    """HTS006 for a string that is no status line, expecting its code's line if it starts with
    a known one."""
    leading = LEADING_CODE.match(text)
    meant = lookup(int(leading.group(1))) if leading else None
    expected = f'"{meant.code} {meant.phrase}"' if meant else '"NNN Reason-Phrase"'
    return Report(text, text=_quoted(text), expected=expected)


def _constructor(seen: Seen) -> Optional[Suggestion]:
    """``HTTPStatus(404)`` -> ``HTTPStatus.NOT_FOUND``, spelt as the call spells the class,
    whatever the style: the result must stay an ``HTTPStatus`` member (``.phrase``)."""
    hit = seen.hit
    assert hit.call is not None and hit.call_range is not None
    name = constant_for(seen.value, "stdlib", seen.config.target_version)
    if name is None:
        return None
    start, end = hit.call_range.start, hit.call_range.end
    return Suggestion(f"{_code(hit.call.func)}.{name}",
                      replaces=(start.line, start.column, end.line, end.column))


def _code(node: cst.CSTNode) -> str:
    return cst.Module([]).code_for_node(node)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
