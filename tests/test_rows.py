"""Every row of every table in positions.py, and every named constant the checker reports, works
on both paths: the fast path (text gate + ast prefilter + LibCST on fragments) and the reference
path (LibCST on the whole module) report the same findings, and the reference path does report
what the row is there for.

The cases are generated from the tables themselves, never from a list written here: a new row gets
its snippets (the ways users import and write that callee, attribute, keyword...) and is tested by
this file alone. Nothing slips past unwalked: ``test_every_table_is_walked`` holds every public
data attribute of positions.py (a table, a text, a shape such as ``FLASK_TUPLE``) to be walked
below or excluded with a reason, and ``test_every_field_of_a_row_is_walked`` does the same for the
fields of a CALLS, KEYED, OWNERS and TUPLE_RETURNS row.

The snippets are written as users write that framework's code, with what a row needs to apply: the
package it ``requires`` imported (and the same call without it as a look-alike), a list where the
slot takes a ``collection``, an HTTP package imported (``HTTP_IMPORT``) where only HTTP code makes
the loose ``status`` keyword or attribute a status (and the same code without it as a look-alike).

A case states what the reference path must report on it (``must``: a code, and a text that must
appear in the message or the suggestion), what it must not (``absent``), or that it is a
look-alike that must stay silent (``silent``); and the fast path must give exactly the reference
path's findings. The expectations are examples declared beside the tables (a status class's
``taken`` and ``refused``, ``sites.STRING_EXAMPLES`` per kind of string slot) or literal tables
here (``FORMATTED_SUGGESTS`` where a position turns the value into text with ``str()``,
``STYLE_SUGGESTS`` per constant style), never a second copy of the judge's or the suggester's
decisions.

The cases of one row run as one test named after the row (``calls[flask.abort]``); a failure
names the case. Where the paths disagree, or the reference path misses what a row says it finds,
the row or the case is listed in ``KNOWN_DIVERGENCES`` and xfails strictly: fixing it without
removing the entry fails the suite too.

``check_source`` and ``check_reference`` report every code whatever flake8 selects (selection is
flake8's, after the checker), so the codes that are off by default (``rules.off_by_default()``)
are exercised by the default ``Config()`` too (``test_codes_off_by_default_are_exercised``); the
suggestion styles, target versions and framework versions are walked through their own tables
(SUGGESTED_OWNERS, DISTRIBUTIONS, AUTO_STYLES; and the stdlib's ``HTTPStatus`` where the module
binds that name to another object), and the renamed constants (HTS008) with the oldest and the
newest versions.
"""

from __future__ import annotations

import sys
from keyword import iskeyword
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Sequence, Tuple

import pytest

from flake8_httpstatus import positions as pos
from flake8_httpstatus.catalogue import (
    CATALOGUE,
    State,
    code_for_constant,
    constant_for,
    lookup,
    phrase_matches,
    renamed_names,
    renamed_to,
    required_header,
    without_content,
)
from flake8_httpstatus.checker import check_reference, check_source
from flake8_httpstatus.findings import Finding
from flake8_httpstatus.kinds import asgi as asgi_kind
from flake8_httpstatus.kinds import keywords as keyword_kind
from flake8_httpstatus.options import NEWEST_TARGET, Config
from flake8_httpstatus.rules import off_by_default
from flake8_httpstatus.sites import STRING_EXAMPLES

DEFAULT = Config()

#: A code the reference path must report, and a text that must appear in its message or in its
#: suggestion's replacement; "" for any.
Must = Tuple[str, str]


class Case(NamedTuple):
    id: str
    source: str
    must: Tuple[Must, ...] = ()
    #: codes the reference path must not report
    absent: Tuple[str, ...] = ()
    #: a look-alike: the reference path reports nothing
    silent: bool = False
    config: Config = DEFAULT
    #: the Python whose syntax the snippet uses (``match``)
    needs: Tuple[int, int] = (3, 9)
    #: every line that is no import statement reports
    every_line: bool = False
    #: the position turns the value into text with str() (its row's ``formatted``)
    formatted: str = ""
    #: the position keeps or formats the value (``Site.kept``, ``Site.formatted``): an HTS001
    #: suggesting the stdlib's constant there is unsafe below Python 3.11, safe from it, and one
    #: suggesting a framework's plain int always safe (``problems``); None: not checked
    kept: Optional[bool] = None
    #: what every HTS001's fix must be ("safe", "unsafe"), whatever ``kept`` says; "": unchecked
    fix: str = ""


# --- the numbers and strings put in each position: examples declared beside the tables ----------

#: A status any position takes (a call whose status class refuses it takes its class's ``taken``).
GOOD = 404
#: Not registered, in 100-599 (HTS002), and outside it (HTS003).
UNREGISTERED = 299
OUT_OF_RANGE = 4004
#: A code in each non-standard state of the catalogue, and what it is reported as.
STATE_EXAMPLES = {State.DEPRECATED: (305, "HTS004"), State.EXPERIMENTAL: (425, "HTS005")}
#: A status whose response needs a header, that header (HTS009), and a status whose response has
#: no content (HTS010).
MOVED, MOVED_NEEDS, EMPTY = 302, "Location", 204


def _class(meaning: Optional[pos.Meaning]) -> Optional[pos.StatusClass]:
    return pos.STATUS_CLASSES.get(meaning) if meaning is not None else None


def _good(meaning: Optional[pos.Meaning] = None) -> int:
    """A status a call of ``meaning`` takes: its status class's example, or ``GOOD``."""
    taken = _class(meaning)
    return taken.taken if taken is not None else GOOD


def _phrase(code: int) -> str:
    status = lookup(code)
    assert status is not None
    return status.phrase


def _misspelt(code: int) -> str:
    """The phrase of ``code`` with its last letter dropped: no phrase of any code."""
    return f"{code} {_phrase(code)[:-1]}"


STDLIB = pos.SUGGESTED_OWNERS["stdlib"]
STDLIB_IMPORT = f"from {STDLIB.module} import {STDLIB.name}\n"


def _http_module() -> str:
    """A package that makes a module HTTP code (HTTP_MODULES), where the loose ``status`` keyword
    and attribute are statuses, and that changes nothing else in the cases: no package a row
    requires, no framework whose views return tuples, no constant's owner or suggested module."""
    avoid = {STDLIB.module.split(".", 1)[0], *pos.TUPLE_RETURNS,
             *(owner.path.split(".", 1)[0] for owner in pos.OWNERS),
             *(row.requires for row in pos.CALLS), *(keyed.requires for keyed in pos.KEYED)}
    return next(module for module in sorted(pos.HTTP_MODULES) if module not in avoid)


#: The import that makes a snippet HTTP code.
HTTP_IMPORT = f"import {_http_module()}\n"


def _owner_import(owner: pos.ConstantOwner, alias: str = "") -> Tuple[str, str]:
    """The import of a constant owner, and how code then spells it: ``from rest_framework import
    status`` and ``status``; for a package that owns its constants, ``import falcon``."""
    as_alias = f" as {alias}" if alias else ""
    if owner.module:
        return f"from {owner.module} import {owner.name}{as_alias}\n", alias or owner.name
    return f"import {owner.path}{as_alias}\n", alias or owner.path


def _stdlib_constant(code: int) -> str:
    name = constant_for(code, STDLIB.style)
    assert name is not None, code
    return f"{STDLIB.name}.{name}"


class Value(NamedTuple):
    """A value put in a position: its label (for the id), its source text, what it gives, and the
    import it needs."""

    label: str
    src: str
    must: Tuple[Must, ...] = ()
    absent: Tuple[str, ...] = ()
    silent: bool = False
    header: str = ""
    config: Config = DEFAULT
    formatted: str = ""
    kept: Optional[bool] = None
    fix: str = ""

    @property
    def expect(self) -> Dict[str, Any]:
        """What a case with this value expects, and how it is checked: Case's ``must``,
        ``absent``, ``silent``, ``config``, ``formatted`` and ``kept``."""
        return {"must": self.must, "absent": self.absent, "silent": self.silent,
                "config": self.config, "formatted": self.formatted, "kept": self.kept,
                "fix": self.fix}


def _numbers(meaning: Optional[pos.Meaning], strict: bool = True, states: bool = True,
             conditional: bool = True) -> List[Value]:
    """The numbers every position that takes a status must report; ``strict``: a position known
    to take one (numbers outside 100-599 are reported there). ``states`` (a deprecated and an
    experimental code) and ``conditional`` (``404 if busy else 299``) are about what the judge
    makes of a value, not where it stands: the many call rows, whose slots are all alike to the
    prefilter and the visitor, leave them out."""
    good = _good(meaning)
    values = [
        Value(str(good), str(good), (("HTS001", _phrase(good)),), absent=("HTS007",)),
        Value(str(UNREGISTERED), str(UNREGISTERED), (("HTS002", str(UNREGISTERED)),)),
    ]
    if conditional:
        values.append(Value("ifexp", f"{good} if busy else {UNREGISTERED}",
                            (("HTS001", ""), ("HTS002", ""))))
    if states:
        values += [Value(str(code), str(code), ((reported, _phrase(code)),))
                   for code, reported in STATE_EXAMPLES.values()]
    if strict:
        values.append(Value(str(OUT_OF_RANGE), str(OUT_OF_RANGE), (("HTS003", ""),)))
    else:
        values.append(Value(str(OUT_OF_RANGE), str(OUT_OF_RANGE), silent=True))
    return values


def _contradicts(taken: pos.StatusClass) -> Tuple[Must, ...]:
    return (("HTS007", f"{taken.role} needs a {taken.wanted}"),)


def _class_values(meaning: Optional[pos.Meaning]) -> List[Value]:
    """HTS007: the status (number or named constant) the call's status class gives as refused;
    and the codes the class takes besides its digits (``also``), which are no contradiction."""
    taken = _class(meaning)
    if taken is None:
        return []
    bad = taken.refused
    values = [
        Value(f"contradicts-{bad}", str(bad), _contradicts(taken)),
        Value(f"contradicts-{bad}-constant", _stdlib_constant(bad), _contradicts(taken),
              header=STDLIB_IMPORT),
    ]
    values += [Value(f"also-{code}", str(code), (("HTS001", ""),), absent=("HTS007",))
               for code in sorted(taken.also)]
    return values


def _strings(strings: str) -> List[Value]:
    """The strings in a slot that takes ``strings`` (a ``Strings`` value), with what each gives
    there (``sites.STRING_EXAMPLES``); HTS011 with the slot's reason (``WRONG_TYPE``)."""
    values = []
    for text, gives in STRING_EXAMPLES[strings]:
        label = "string-" + (text.replace(" ", "_") or "empty")
        must = ((gives, pos.WRONG_TYPE.get(strings, "") if gives == "HTS011" else ""),) \
            if gives else ()
        values.append(Value(label, repr(text), must, silent=not gives))
    return values


def _collection_values(row: pos.CallPosition) -> List[Value]:
    """Lists, tuples and sets of statuses, where the slot takes one (``collection``:
    ``Retry(status_forcelist=[502, 503])``), each element judged; elsewhere a list is no status."""
    good = _good(row.meaning)
    if not row.collection:
        return [Value("list-lookalike", f"[{good}]", silent=True)]
    values = [
        Value("list", f"[{good}, {UNREGISTERED}]",
              (("HTS001", _phrase(good)), ("HTS002", str(UNREGISTERED)))),
        Value("tuple", f"({good}, {OUT_OF_RANGE})", (("HTS001", ""), ("HTS003", ""))),
        Value("set", f"{{{good}}}", (("HTS001", _phrase(good)),)),
    ]
    taken = _class(row.meaning)
    if taken is not None:
        values.append(Value("list-contradicts", f"[{good}, {taken.refused}]",
                            _contradicts(taken)))
    values += [Value(f"list-{value.label}", f"[{value.src}]", value.must)
               for value in _strings(row.strings) if value.must]
    return values


# --- positions that turn the status into text with str() ----------------------------------------

#: Where a position turns the value into text with str() (a row's ``formatted``), what HTS001
#: suggests, by the framework of plain-int constants the module imports ("" for none) and the
#: target: before Python 3.11 str() of an ``HTTPStatus`` member is its name, so such a
#: framework's constant is preferred there, and the stdlib's is an unsafe fix (``Case.kept``).
#: None: HTS001 is silent.
FORMATTED_SUGGESTS: Dict[Tuple[str, Tuple[int, int]], Optional[str]] = {
    ("", (3, 9)): "use HTTPStatus.",
    ("", (3, 11)): "use HTTPStatus.",
    ("rest_framework", (3, 9)): "use status.HTTP_",
    ("litestar", (3, 9)): "use HTTP_",
    ("litestar", (3, 11)): "use HTTP_",
}
#: The framework of int constants put beside the stdlib's ``HTTPStatus`` where the row imports none.
BESIDE = "rest_framework"


def _framework(package: str) -> str:
    """The framework of int constants a row's ``package`` is, if FORMATTED_SUGGESTS names it."""
    return package if (package, DEFAULT.target_version) in FORMATTED_SUGGESTS else ""


def _at(value: Value, formatted: str, framework: str, target: Tuple[int, int],
        loud: bool = True) -> Value:
    """``value`` where the position formats it, in a module importing ``framework``, at
    ``target``: HTS001 as FORMATTED_SUGGESTS says (expected of a ``loud`` value), or absent."""
    suggests = FORMATTED_SUGGESTS[(framework, target)]
    config = value.config if target == DEFAULT.target_version else Config(target_version=target)
    value = value._replace(formatted=formatted, config=config, kept=True)
    if suggests is not None:
        return value._replace(must=(*value.must, ("HTS001", suggests))) if loud else value
    if not any(code == "HTS001" for code, _ in value.must):
        return value
    return value._replace(must=tuple(m for m in value.must if m[0] != "HTS001"),
                          absent=(*value.absent, "HTS001"))


def _formatted(values: List[Value], formatted: str, package: str) -> List[Value]:
    """The values of a position that turns them into text with str() (``formatted``), in a
    module importing ``package`` (the row's): the first at 3.11, every value at the default
    target, and the first with the stdlib's ``HTTPStatus`` imported beside a framework of int
    constants; HTS001 as FORMATTED_SUGGESTS says."""
    if not formatted:
        return values
    framework = _framework(package)
    first = values[0]
    assert first.src.isdigit(), first  # a number the position takes
    beside = framework or BESIDE
    imports = STDLIB_IMPORT + ("" if framework else f"import {BESIDE}\n")
    default = DEFAULT.target_version
    return [
        _at(first, formatted, framework, (3, 11))._replace(label=f"{first.label}-py311"),
        *(_at(value, formatted, framework, default, value is first) for value in values),
        _at(first, formatted, beside, default)._replace(
            label=f"{first.label}-{beside}-beside-{STDLIB.name}", header=imports + first.header),
    ]


#: Where the module binds ``HTTPStatus`` to another object (``from falcon import HTTPStatus``),
#: HTS001 suggests the stdlib's through its module.
NAME_TAKEN_SUGGESTS = "use http.HTTPStatus."


def _through_module(value: Value, header: str) -> Value:
    """``value`` in a module starting with ``header``: where the header imports another
    ``HTTPStatus`` by that name, its HTS001 says NAME_TAKEN_SUGGESTS."""
    taken = any(line.startswith("from ") and line.endswith(f" import {STDLIB.name}")
                and line.split()[1] not in ("http", "http.client")
                for line in header.splitlines())
    if not taken or not any(code == "HTS001" for code, _ in value.must):
        return value
    return value._replace(must=(*value.must, ("HTS001", NAME_TAKEN_SUGGESTS)))


# --- calls ---------------------------------------------------------------------------------------

def _label(row: pos.CallPosition) -> str:
    """The row's callee, after the package it requires (``flask_restx:.response``), and its slot
    where several rows share both."""
    name = f"{row.requires}:{row.callee}" if row.requires else row.callee
    if sum(r.callee == row.callee and r.requires == row.requires for r in pos.CALLS) == 1:
        return name
    return f"{name}@{row.arg if row.arg is not None else row.keyword}"


def _requires(row: Any) -> str:
    """The import a row needs to apply (``requires``): a module that imports the package."""
    return f"import {row.requires}\n" if row.requires else ""


def _slot(row: pos.CallPosition, value: str, keyword: bool) -> str:
    """The arguments of a call with ``value`` in the row's slot (positional ones before it)."""
    if keyword:
        return f"{row.keyword}={value}"
    assert row.arg is not None
    return ", ".join([*(f"a{i}" for i in range(row.arg)), value])


def _callee_forms(row: pos.CallPosition) -> List[Tuple[str, str, str]]:
    """(form, header, template) for each way users spell the callee; ``{call}`` is the call's
    arguments, ``{header}`` the value's import. The first form is the canonical one."""
    name = row.last_name
    required = _requires(row)
    if row.is_method:
        forms = [
            ("self", required,
             "class Handler:\n    def handle(self):\n        self.%s({call})\n" % name),
            ("object", required, "app.%s({call})\n" % name),
            # any receiver: respx.get(url).respond(404), httpserver.expect_request(...)...
            ("receiver-call", required, "mock.route('/items').%s({call})\n" % name),
        ]
        if row.meaning is pos.Meaning.HANDLER:
            forms.append(("decorator", required, "@app.%s({call})\ndef handle(error):\n"
                                                 "    return 'error'\n" % name))
        return forms
    module, _, _ = row.callee.rpartition(".")
    if not module:  # a parameter (WSGI's start_response)
        return [
            ("bare", required, "%s({call})\n" % name),
            ("parameter", required, "def app(environ, %s):\n    %s({call})\n    return []\n"
                                    % (name, name)),
        ]
    forms = [
        ("from", f"from {module} import {name}\n", "%s({call})\n" % name),
        ("import", f"import {module}\n", "%s({call})\n" % row.callee),
        ("from-as", f"from {module} import {name} as aliased\n", "aliased({call})\n"),
        ("in-function", f"from {module} import {name}\n",
         "def view(request):\n    return %s({call})\n" % name),
    ]
    if "." in module:  # from aiohttp import web; web.Response(...)
        parent, _, last = module.rpartition(".")
        forms.append(("from-parent", f"from {parent} import {last}\n",
                      "%s.%s({call})\n" % (last, name)))
    return [(form, required + header, template) for form, header, template in forms]


def _signature(row: pos.CallPosition) -> Tuple[object, ...]:
    """What the visitor and the judge read of a row besides its callee: rows alike in it take the
    same values alike (the prefilter reads only the callee's last name and the slot)."""
    return tuple(getattr(row, field) for field in pos.CallPosition._fields
                 if field not in ("callee", "headers", "body"))


def _group(row: pos.CallPosition) -> str:
    """The rows whose spellings of the callee are alike (``_callee_forms``): a module's functions
    and classes; the methods of a package a row requires (and those of any object)."""
    module = row.callee.rpartition(".")[0]
    return module if module else f"{row.requires}:"


def call_cases() -> Iterator[Case]:
    """Every row of CALLS: its canonical spelling of the callee (``from module import name``, on
    ``self`` for a method) with a status it takes; the other spellings for the first row of each
    module (``_group``) and of each signature (``_signature``) -- they are alike for the others:
    the visitor qualifies a name, aliased or not, through the module's imports and finds a method
    row by its name on any object, and the prefilter by the name or its alias; the keyword where
    the row has one (once per last name and signature); and every value in the canonical
    spelling and slot, for the first row of each signature, the other rows with the first value.
    Where the row requires a package, its call in a module that does not import it is a
    look-alike."""
    signatures = set()
    modules = set()
    keywords = set()
    lookalikes = set()
    for row in pos.CALLS:
        label = f"calls[{_label(row)}]"
        forms = _callee_forms(row)
        canonical_form, canonical_header, canonical = forms[0]
        keyword_only = row.arg is None
        assert row.keyword is not None or not keyword_only, row
        first = _signature(row) not in signatures
        signatures.add(_signature(row))
        values = [*_numbers(row.meaning, states=False, conditional=False),
                  *_class_values(row.meaning), *_strings(row.strings), *_collection_values(row)]
        # a list where a single status stands: alike for every row with such a kind of slot
        kind = (row.is_method, keyword_only)
        if kind in lookalikes:
            values = [value for value in values if value.label != "list-lookalike"]
        elif first and not row.collection:
            lookalikes.add(kind)
        if row.collection:  # users write a list there (``status_forcelist=[502, 503]``)
            values.sort(key=lambda value: value.label != "list")
        # kept as given, or turned into text with str(): the stdlib's constant an unsafe fix
        # below 3.11 (and int constants preferred where the module imports them)
        kept = bool(row.formatted) or not (row.converts or row.meaning in pos.NOT_KEPT)
        values = [value._replace(kept=kept) for value in values]
        if (row.collection or row.shows) and kept:  # a kept list (or an object printing its
            # attributes' reprs) shows its members' repr on every Python
            values = [value._replace(fix="unsafe") for value in values]
        assert not (row.formatted and row.collection), row
        values = _formatted(values, row.formatted, row.requires or row.callee.split(".")[0])
        for value in values if first else values[:1]:
            source = value.header + canonical_header + canonical.format(
                call=_slot(row, value.src, keyword_only))
            value = _through_module(value, value.header + canonical_header)
            yield Case(f"{label}-{canonical_form}-{value.label}", source, **value.expect)
        good = values[0]
        first_of_module = _group(row) not in modules
        modules.add(_group(row))
        for form, header, template in forms[1:] if first or first_of_module else ():
            source = header + template.format(call=_slot(row, good.src, keyword_only))
            yield Case(f"{label}-{form}-{good.label}", source,
                       **_through_module(good, header).expect)
        # the keyword for each callee's last name and signature: rows alike in both (flask.abort,
        # werkzeug.abort, quart.abort...) differ only in the spellings walked above
        keyword_seen = (row.last_name, _signature(row)) in keywords
        keywords.add((row.last_name, _signature(row)))
        if row.keyword is not None and not keyword_only and not keyword_seen:
            for value in (good, _strings(row.strings)[-1]) if first else (good,):
                source = value.header + canonical_header + canonical.format(
                    call=_slot(row, value.src, True))
                yield Case(f"{label}-{canonical_form}-keyword-{value.label}", source,
                           **_through_module(value, value.header + canonical_header).expect)
        if row.requires and row.is_method and not any(
                r.is_method and r.last_name == row.last_name and not r.requires for r in pos.CALLS):
            # the same call where the package is not imported: no status position (a status
            # keyword of any call is one, but only for 100-599)
            unknown = row.arg is None and row.keyword in pos.STATUS_KEYWORDS
            source = canonical.format(call=_slot(row, str(OUT_OF_RANGE) if unknown else good.src,
                                                 keyword_only))
            yield Case(f"{label}-{canonical_form}-without-{row.requires}", source, silent=True)


def _part_call(row: pos.CallPosition, status: str, body: Optional[str] = None,
               headers: Optional[str] = None) -> str:
    """The arguments of a response call with ``status`` in the row's slot, and ``body`` and
    ``headers`` in the row's slots for them: positional where the slot has a position (the
    headers: by keyword where they have one), a filler name in any gap."""
    positional: Dict[int, str] = {}
    keywords: Dict[str, str] = {}

    def place(arg: Optional[int], names: Sequence[Optional[str]], src: str) -> None:
        if arg is not None:
            positional[arg] = src
        else:
            assert names and names[0] is not None, row
            keywords[names[0]] = src

    place(row.arg, (row.keyword,), status)
    if body is not None:
        assert row.body is not None
        place(row.body.arg, row.body.keywords, body)
    if headers is not None:
        assert row.headers is not None
        place(None if row.headers.keywords else row.headers.arg, row.headers.keywords, headers)
    count = max(positional, default=-1) + 1
    # a filler in the headers' slot would put them out of sight
    assert row.headers is None or headers is not None or row.headers.arg is None \
        or row.headers.arg >= count, row
    return ", ".join([*(positional.get(i, f"a{i}") for i in range(count)),
                      *(f"{k}={v}" for k, v in keywords.items())])


def response_part_cases() -> Iterator[Case]:
    """The ``headers`` and ``body`` slots of the CALLS rows that build a response: a status that
    needs a header, returned without it (HTS009), and one that has no content, with a body
    (HTS010); and the look-alikes (the header given, the response assigned before it is
    returned, an empty body)."""
    signatures = set()
    for row in pos.CALLS:
        if row.headers is None and row.body is None:
            continue
        assert not row.is_method and "." in row.callee, row  # a response class or function
        label = f"calls[{_label(row)}]"
        # every case for the first row of each kind of slots; the other rows of that kind (which
        # differ in their callee, walked by call_cases) with the two that report
        signature = (row.arg, row.keyword, row.meaning, *(
            (slot.arg, slot.keywords) if slot is not None else None
            for slot in (row.headers, row.body)))
        first = signature not in signatures
        signatures.add(signature)
        module, _, name = row.callee.rpartition(".")
        head = f"from {module} import {name}\n\n\ndef view(request):\n"
        if row.headers is not None:
            code, header = MOVED, MOVED_NEEDS
            body = "'moved'" if row.body is not None else None
            missing = (("HTS009", header),)
            constant = _stdlib_constant(code)
            cases = {
                "missing": (head, _part_call(row, str(code), body), missing, ()),
                "missing-constant": (STDLIB_IMPORT + head, _part_call(row, constant, body),
                                     missing, ()),
                "other": (head, _part_call(row, str(code), body, repr({"X-A": "b"})), missing, ()),
                "given": (head, _part_call(row, str(code), body, repr({header: "/new"})), (),
                          ("HTS009",)),
            }
            for kind, (top, call, must, absent) in cases.items():
                if first or kind == "missing":
                    yield Case(f"{label}-headers-{kind}-{code}",
                               top + f"    return {name}({call})\n", must, absent)
            if first:
                yield Case(f"{label}-headers-assigned-{code}",
                           head + f"    response = {name}({_part_call(row, str(code), body)})\n"
                           "    return response\n", absent=("HTS009",))
        if row.body is not None:
            code = EMPTY
            content = (("HTS010", _phrase(code)),)
            cases = {
                "content": (head, _part_call(row, str(code), repr("content")), content, ()),
                "content-constant": (STDLIB_IMPORT + head,
                                     _part_call(row, _stdlib_constant(code), repr("content")),
                                     content, ()),
                "empty": (head, _part_call(row, str(code), repr("")), (), ("HTS010",)),
            }
            for kind, (top, call, must, absent) in cases.items():
                if first or kind == "content":
                    yield Case(f"{label}-body-{kind}-{code}",
                               top + f"    return {name}({call})\n", must, absent)


# --- keywords of any call ------------------------------------------------------------------------

def keyword_cases() -> Iterator[Case]:
    """STATUS_KEYWORDS in a call not in CALLS: 100-599 only (``order.update(status=3)`` is no
    status), and strings that are status lines; a loose one (LOOSE_STATUS_KEYWORDS) only in HTTP
    code (HTTP_IMPORT), a look-alike elsewhere."""
    for keyword in sorted(pos.STATUS_KEYWORDS):
        label = f"keywords[{keyword}]"
        header = HTTP_IMPORT if keyword in pos.LOOSE_STATUS_KEYWORDS else ""
        templates = {
            "call": header + "order.update(%s={v})\n" % keyword,
            "decorator": header + "@app.get('/', %s={v})\ndef view():\n    pass\n" % keyword,
            "with": header + "def f():\n    with cm(%s={v}):\n        pass\n" % keyword,
        }
        values = [*_numbers(None, strict=False),
                  Value("small", "3", silent=True), Value("word", repr("active"), silent=True),
                  *_strings(keyword_kind.SITE.strings)]
        for value in values:
            yield Case(f"{label}-call-{value.label}", templates["call"].format(v=value.src),
                       **value.expect)
        good = values[0]
        for form in ("decorator", "with"):
            yield Case(f"{label}-{form}-{good.label}", templates[form].format(v=good.src),
                       **good.expect)
        outside = templates["call"][len(header):].format(v=good.src)
        if header:
            yield Case(f"{label}-call-outside-http", outside, silent=True)
        else:  # a keyword that is a status in any module
            yield Case(f"{label}-call-outside-http-{good.label}", outside, **good.expect)


def http_module_cases() -> Iterator[Case]:
    """HTTP_MODULES, and every package a row, an owner or a view table names
    (``http_context_modules``): importing it, by module or from it, makes the loose ``status``
    keyword a status."""
    keyword = sorted(pos.LOOSE_STATUS_KEYWORDS)[0]
    good = _good()
    one = (("HTS001", _phrase(good)),)
    for index, module in enumerate(sorted(pos.http_context_modules())):
        label = f"http-modules[{module}]"
        imports = (f"import {module}\n", f"from {module} import something\n")
        yield Case(f"{label}-{keyword}-{good}",
                   imports[index % 2] + f"order.update({keyword}={good})\n", one)
    # an import of an owner of constants only is none (``fix`` adds those); a framework that
    # owns its constants (``import falcon``) is one, walked above
    for path in sorted(pos.CONSTANT_MODULES):
        module, _, name = path.rpartition(".")
        source = f"from {module} import {name}\norder.update({keyword}={good})\n"
        yield Case(f"constant-modules[{path}]-alone-{keyword}-{good}", source, silent=True)
        yield Case(f"constant-modules[{path}]-beside-http-{keyword}-{good}", HTTP_IMPORT + source,
                   one)
    assert set(pos.CONSTANT_OWNERS) - pos.CONSTANT_MODULES <= pos.http_context_modules()


# --- attributes, methods, assertions, match -----------------------------------------------------

def _status_expressions() -> Iterator[Tuple[str, str, bool, str, str]]:
    """(table, expression, strict, strings, header) for every status attribute and method;
    ``strings``: what a string compared with it is (an int attribute's is never equal,
    Werkzeug's ``.status`` is a line); the header makes the module HTTP code, where a loose
    attribute (``.status``) is a status."""
    for attr in sorted(pos.STATUS_ATTRIBUTES | pos.INT_STATUS_ATTRIBUTES
                       | pos.LOOSE_STATUS_ATTRIBUTES):
        table = "attributes"
        if attr in pos.INT_STATUS_ATTRIBUTES:
            table = "int-attributes"
        if attr in pos.LOOSE_STATUS_ATTRIBUTES:
            table = "loose-attributes"
        yield (table, f"response.{attr}", attr not in pos.LOOSE_STATUS_ATTRIBUTES,
               pos.Strings.INT_COMPARED if attr in pos.INT_STATUS_ATTRIBUTES
               else pos.Strings.IGNORED,
               HTTP_IMPORT if attr in pos.LOOSE_STATUS_ATTRIBUTES else "")
    for method in sorted(pos.STATUS_METHODS):
        yield "methods", f"urlopen(url).{method}()", True, pos.Strings.INT_COMPARED, ""


def _compared_values(strict: bool, strings: str) -> List[Value]:
    return [*_numbers(None, strict), *_strings(strings)]


def required_attribute_cases() -> Iterator[Case]:
    """REQUIRED_STATUS_ATTRIBUTES (``status_attributes``): Tornado's and urllib's ``.code``,
    compared, asserted, assigned and matched where the module imports one of their packages --
    loose, as ``.status`` is (only values in 100-599); anywhere else a look-alike."""
    good = _good()
    for attr, modules in sorted(pos.REQUIRED_STATUS_ATTRIBUTES.items()):
        for index, package in enumerate(sorted(modules)):
            label = f"required-attributes[{attr}]-{package}"
            header = (f"import {package}\n", f"from {package} import something\n")[index % 2]
            if "." in package:  # only the module itself: its package's others are no sign
                parent, _, _ = package.rpartition(".")
                header = f"from {package} import something\n"
                yield Case(f"{label}-sibling-lookalike",
                           f"from {parent}.parse import urlencode\nok = e.{attr} == {good}\n",
                           silent=True)
                # ``import urllib.request`` binds the package alone, as ``import urllib.parse``
                # does: no sign either
                yield Case(f"{label}-package-lookalike",
                           f"import {package}\nok = e.{attr} == {good}\n", silent=True)
            forms = {
                "eq": f"ok = response.{attr} == {good}\n",
                "assert-equal": f"self.assertEqual(response.{attr}, {good})\n",
                "assign": f"response.{attr} = {good}\n",
            }
            for form, source in forms.items():
                yield Case(f"{label}-{form}-{good}", header + source,
                           (("HTS001", _phrase(good)),))
                yield Case(f"{label}-{form}-elsewhere", source, silent=True)
            yield Case(f"{label}-match-{good}", header + f"match response.{attr}:\n"
                       f"    case {good}:\n        pass\n", (("HTS001", ""),), needs=(3, 10))
            yield Case(f"{label}-out-of-range", header + f"ok = e.{attr} == {OUT_OF_RANGE}\n",
                       silent=True)
            yield Case(f"{label}-unregistered", header + f"ok = e.{attr} == {UNREGISTERED}\n",
                       (("HTS002", ""),))


def attribute_cases() -> Iterator[Case]:
    """STATUS_ATTRIBUTES, INT_STATUS_ATTRIBUTES, LOOSE_STATUS_ATTRIBUTES and STATUS_METHODS:
    compared, assigned, matched; a loose one (``order.status``) only in HTTP code, a look-alike
    elsewhere."""
    for table, expr, strict, strings, header in _status_expressions():
        label = f"{table}[{expr.rpartition('.')[2]}]"
        good = _good()
        values = _compared_values(strict, strings)
        for value in values:
            operand = f"({value.src})" if " if " in value.src else value.src
            yield Case(f"{label}-eq-{value.label}",
                       header + f"if {expr} == {operand}:\n    pass\n", **value.expect)
        forms = {
            "ne": f"ok = {expr} != {good}\n",
            "reversed": f"ok = {good} == {expr}\n",
            "chained": f"ok = 100 <= {expr} == {good}\n",
            "in-tuple": f"assert {expr} in (200, {good})\n",
            "not-in-list": f"assert {expr} not in [{good}, 500]\n",
            "in-function": f"def test_it(client):\n    assert {expr} == {good}\n",
        }
        one = Value(str(good), str(good), (("HTS001", _phrase(good)),))
        for form, source in forms.items():
            yield Case(f"{label}-{form}-{good}", header + source, **one.expect)
        if header:
            for form in ("ne", "in-function"):
                yield Case(f"{label}-{form}-outside-http", forms[form], silent=True)
        yield Case(f"{label}-match-{good}",
                   header + f"match {expr}:\n    case {good} | {UNREGISTERED}:\n        pass\n"
                   "    case _:\n        pass\n",
                   must=(("HTS001", ""), ("HTS002", "")), needs=(3, 10))
        if table == "methods":
            continue
        assigned = [one, Value("misspelt-line", repr(_misspelt(good)), (("HTS006", ""),))]
        if not strict:
            assigned.append(Value(str(OUT_OF_RANGE), str(OUT_OF_RANGE), silent=True))
        for value in assigned:
            yield Case(f"{label}-assign-{value.label}", header + f"response."
                       f"{expr.rpartition('.')[2]} = {value.src}\n", **value.expect)
        yield Case(f"{label}-annassign-{good}",
                   header + f"response.{expr.rpartition('.')[2]}: int = {good}\n", **one.expect)
        if header:
            yield Case(f"{label}-assign-outside-http",
                       f"order.{expr.rpartition('.')[2]} = {good}\n", silent=True)


def assert_cases() -> Iterator[Case]:
    """ASSERT_METHODS with every status expression, either way round: every case for the first
    method, the others (alike but for their name) with the first."""
    good = _good()
    for index, method in enumerate(sorted(pos.ASSERT_METHODS)):
        for table, expr, strict, strings, header in _status_expressions():
            label = f"asserts[{method}]-{expr.rpartition('.')[2]}"
            collection = method.replace("Not", "").endswith("In")
            second = f"(200, {good})" if collection else str(good)
            one = Value(str(good), second, (("HTS001", _phrase(good)),))
            template = header + (
                "class T(TestCase):\n    def test_it(self):\n        self.%s({args})\n" % method)
            yield Case(f"{label}-first-{good}", template.format(args=f"{expr}, {second}"),
                       **one.expect)
            if not collection and index == 0:
                yield Case(f"{label}-second-{good}", template.format(args=f"{good}, {expr}"),
                           **one.expect)
                for value in _strings(strings):
                    yield Case(f"{label}-first-{value.label}",
                               template.format(args=f"{expr}, {value.src}"), **value.expect)
                yield Case(f"{label}-first-{UNREGISTERED}",
                           template.format(args=f"{expr}, {UNREGISTERED}"), must=(("HTS002", ""),))


# --- blocks a test expects to fail in -----------------------------------------------------------

def raises_cases() -> Iterator[Case]:
    """EXPECTS_RAISE_CALLEES and EXPECTS_RAISE_METHODS: in the block, a status wrong for its call
    is the test's subject (HTS007 and HTS002 silent, HTS001 still speaks); after the block, the
    same call reports."""
    header = "import pytest\nfrom unittest import TestCase\nfrom flask import abort\n\n\n" \
             "class T(TestCase):\n    def test_it(self):\n        with %s(LookupError):\n"
    opens = [*((callee, callee) for callee in sorted(pos.EXPECTS_RAISE_CALLEES)),
             *((method, f"self.{method}") for method in sorted(pos.EXPECTS_RAISE_METHODS))]
    for row, opener in opens:
        label = f"raises[{row}]"
        inside = header % opener + "            abort(%s)\n"
        yield Case(f"{label}-in-200", inside % 200, must=(("HTS001", _phrase(200)),),
                   absent=("HTS007",))
        yield Case(f"{label}-in-{UNREGISTERED}", inside % UNREGISTERED, silent=True)
        yield Case(f"{label}-after-200", header % opener + "            pass\n        abort(200)\n",
                   must=(("HTS007", ""),))


# --- names assigned in class bodies and status lines -------------------------------------------

def class_name_cases() -> Iterator[Case]:
    """CLASS_STATUS_NAMES: a status where assigned in a class body, a look-alike anywhere else.
    Other code may format a class attribute with str() (CLASS_STATUS_TEXT): HTS001 only from
    Python 3.11 on, or with a framework's int constants (``_formatted``)."""
    for name in sorted(pos.CLASS_STATUS_NAMES):
        label = f"class-names[{name}]"
        good = _good()
        values = _formatted(_numbers(None), pos.CLASS_STATUS_TEXT, "")
        for value in values:
            yield Case(f"{label}-class-{value.label}", value.header
                       + f"class NotFound(APIException):\n    {name} = {value.src}\n",
                       **value.expect)
        first = values[0]  # at 3.11
        yield Case(f"{label}-annotated-{first.label}",
                   f"class NotFound(Exception):\n    {name}: int = {good}\n", **first.expect)
        yield Case(f"{label}-nested-{first.label}",
                   f"def make():\n    class Gone(Exception):\n        {name} = {good}\n    return Gone\n",
                   **first.expect)
        yield Case(f"{label}-module-lookalike", f"{name} = {STATE_EXAMPLES[State.EXPERIMENTAL][0]}\n",
                   silent=True)
        yield Case(f"{label}-function-lookalike", f"def f():\n    {name} = {good}\n    return {name}\n",
                   silent=True)


def class_code_cases() -> Iterator[Case]:
    """CODE_CLASS_MODULES and CLASS_CODE_NAME: ``code = 410`` in a class that subclasses one of
    such a module's classes (imported by name or through its module, or a subclass of such a
    class in the module) is a status, formatted like any class attribute; in any other class,
    and where the module imports nothing of theirs, a look-alike."""
    name = pos.CLASS_CODE_NAME
    good = _good()
    values = _formatted(_numbers(None), pos.CLASS_STATUS_TEXT, "")
    first = values[0]  # at 3.11
    for index, module in enumerate(sorted(pos.CODE_CLASS_MODULES)):
        label = f"code-class-modules[{module}]"
        parent, _, last = module.rpartition(".")
        base = "HTTPException"
        body = f"    {name} = {{}}\n    description = 'gone'\n"
        forms = {
            "from": (f"from {module} import {base}\n", base),
            "module": (f"from {parent} import {last}\n", f"{last}.{base}"),
            "import": (f"import {module}\n", f"{module}.{base}"),
        }
        for form, (header, spelt) in forms.items():
            source = header + f"\n\nclass Gone({spelt}):\n" + body
            for value in values if index == 0 and form == "from" else [first]:
                yield Case(f"{label}-{form}-{value.label}", value.header + source.format(
                    value.src), **value.expect)
        header, spelt = forms["from"]
        yield Case(f"{label}-subclass-{first.label}", header + f"\n\nclass Api({spelt}):\n"
                   "    pass\n\n\nclass Gone(Api):\n" + body.format(first.src), **first.expect)
        yield Case(f"{label}-other-class-lookalike", header + "\n\nclass Gone(Exception):\n"
                   + body.format(good), silent=True)
        yield Case(f"{label}-not-imported-lookalike", f"\n\nclass Gone({base}):\n"
                   + body.format(good), silent=True)
        yield Case(f"{label}-method-lookalike", header + f"\n\nclass Gone({spelt}):\n"
                   f"    def get(self):\n        {name} = {good}\n        return {name}\n",
                   silent=True)
    yield Case(f"class-code-name[{name}]-{first.label}", first.header
               + f"from {sorted(pos.CODE_CLASS_MODULES)[0]} import HTTPException\n\n\n"
               f"class Gone(HTTPException):\n    {name}: int = {first.src}\n", **first.expect)


def status_line_name_cases() -> Iterator[Case]:
    """STATUS_LINE_NAMES: a status line when assigned a string (WSGI's ``status = "200 OK"``)."""
    good = _good()
    deprecated = STATE_EXAMPLES[State.DEPRECATED][0]
    line = f"{good} {_phrase(good)}"
    for name in sorted(pos.STATUS_LINE_NAMES):
        label = f"status-line-names[{name}]"
        values = [
            Value("misspelt", repr(_misspelt(good)), (("HTS006", line),)),
            Value("unregistered", repr(f"{UNREGISTERED} Custom"), (("HTS002", ""),)),
            Value("deprecated", repr(f"{deprecated} {_phrase(deprecated)}"), (("HTS004", ""),)),
            Value("line", repr(line), silent=True),
            Value("word", repr("active"), silent=True),
            Value("number", "3", silent=True),
        ]
        for value in values:
            yield Case(f"{label}-module-{value.label}", f"{name} = {value.src}\n", **value.expect)
        yield Case(f"{label}-wsgi-misspelt",
                   f"def app(environ, start_response):\n    {name} = {_misspelt(good)!r}\n"
                   f"    start_response({name}, [])\n    return []\n",
                   must=(("HTS006", line),))
        yield Case(f"{label}-annotated-misspelt", f"{name}: str = {_misspelt(good)!r}\n",
                   must=(("HTS006", line),))


# --- dicts keyed by status: responses= of routes, exception_handlers= ----------------------------

def _keyed_label(keyed: pos.KeyedPosition, method: str) -> str:
    """``keyed[get(responses)]``, after the package the row requires (``flask_restx:doc(...)``)."""
    required = f"{keyed.requires}:" if keyed.requires else ""
    return f"keyed[{required}{method}({keyed.keyword})]"


def _keyed_forms(keyed: pos.KeyedPosition, method: str) -> Dict[str, str]:
    """How users write the keyword in a call of ``method`` (``{arg}``: the keyword's value): a
    decorator on the app (a route's, after its path: ``@app.get("/", responses=...)``; another's
    alone: ``@ns.doc(responses=...)``), the call assigned, the decorator imported by name, the
    keyword in a dict literal unpacked into the call (``**{"responses": ...}``); a class
    (``Starlette(exception_handlers=...)``) is built, by name or through its module."""
    kw = keyed.keyword
    if method[:1].isupper():
        return {
            "bare": "app = %s(debug=True, %s={arg})\n" % (method, kw),
            "module": "app = framework.%s(%s={arg})\n" % (method, kw),
            "in-function": "def create_app():\n    return %s(%s={arg})\n" % (method, kw),
        }
    path = "'/items', " if method in pos.VIEW_DECORATORS | pos.ROUTE_METHODS else ""
    return {
        "decorator": "@app.%s(%s%s={arg})\nasync def read_items():\n    return []\n"
                     % (method, path, kw),
        "call": "route = app.%s(%s%s={arg})\n" % (method, path, kw),
        "bare": "@%s(%s%s={arg})\ndef view():\n    return []\n" % (method, path, kw),
        "unpacked": "route = app.%s(%s**{{%r: {arg}}})\n" % (method, path, kw),
    }


def _keyed_value(keyed: pos.KeyedPosition) -> str:
    """What a status is mapped to: a handler, or what the framework documents for it."""
    return "handler" if keyed.meaning is pos.Meaning.HANDLER else "{'model': Message}"


def keyed_cases() -> Iterator[Case]:
    """KEYED: the keys of the dict under a row's keyword, in a call of any of its methods, are
    statuses (formatted with str() where the row says so; judged by the row's meaning: HTS007
    for an error handler keyed by 200); a list of them where the row takes one (``lists``), and
    a look-alike where it does not; a string key is none; and, where the row requires a package,
    the same call in a module that does not import it is none. Every value and form for the
    first method of each row; the other methods with the first value in the first form."""
    for keyed in pos.KEYED:
        header = f"import {keyed.requires}\n" if keyed.requires else ""
        mapped = _keyed_value(keyed)
        good = _good(keyed.meaning)
        values = [value for value in _numbers(keyed.meaning) if value.label != "ifexp"]
        values += _class_values(keyed.meaning)
        collections = [Value("list-lookalike", f"[{good}]", silent=True)]
        if keyed.lists:
            collections = [
                Value("list", f"[{good}, {UNREGISTERED}]",
                      (("HTS001", _phrase(good)), ("HTS002", str(UNREGISTERED)))),
                Value("tuple", f"({good}, {OUT_OF_RANGE})", (("HTS001", ""), ("HTS003", ""))),
            ]
        # turned into text with str(): HTS001 at 3.11, silent before (but with int constants)
        values = _formatted(values, keyed.formatted, keyed.requires)
        if keyed.formatted:
            collections = [_at(value, keyed.formatted, _framework(keyed.requires),
                               DEFAULT.target_version, loud=False) for value in collections]
        items: List[Tuple[Value, bool]] = [(value, False) for value in values]  # (value, listed)
        items += [(value, True) for value in collections]
        items.append((Value("string-key", repr(str(good)), silent=True), False))
        for index, method in enumerate(sorted(keyed.methods)):
            label = _keyed_label(keyed, method)
            forms = _keyed_forms(keyed, method)
            (canonical, template), *others = forms.items()
            for value, listed in items if index == 0 else items[:1]:
                arg = value.src if listed else f"{{{value.src}: {mapped}}}"
                yield Case(f"{label}-{canonical}-{value.label}",
                           value.header + header + template.format(arg=arg), **value.expect)
            first = items[0][0]
            for form, other in others if index == 0 else ():  # alike for every method
                yield Case(f"{label}-{form}-{first.label}",
                           header + other.format(arg=f"{{{first.src}: {mapped}}}"),
                           **first.expect)
            alike = [k for k in pos.KEYED if k.keyword == keyed.keyword and method in k.methods]
            if keyed.requires and all(k.requires for k in alike):
                yield Case(f"{label}-{canonical}-without-{keyed.requires}",
                           template.format(arg=f"{{{OUT_OF_RANGE}: {mapped}}}"), silent=True)


# --- mappings keyed by status ----------------------------------------------------------------------

def mapping_cases() -> Iterator[Case]:
    """STATUS_MAPPINGS: the key under an application's mapping by status, written and read, in a
    module importing what the mapping requires (HTTP code where it requires nothing): loose (a
    number outside 100-599 is no key of it), judged by its meaning (HTS007), a lookup whose fix
    is safe; a string or a class key is none; the same code elsewhere, and a plain dict under
    another name, are look-alikes."""
    for mapping in pos.STATUS_MAPPINGS:
        label = f"mappings[{mapping.attribute}]"
        header = f"import {mapping.requires}\n" if mapping.requires else HTTP_IMPORT
        values = [*_numbers(mapping.meaning, strict=False), *_class_values(mapping.meaning)]
        forms = {
            "assign": "app.{attribute}[{key}] = handler\n",
            "read": "handler = app.{attribute}[{key}]\n",
            "method": "def install(self):\n    self.{attribute}[{key}] = self.handle\n",
        }
        (canonical, template), *others = forms.items()
        for value in values:
            yield Case(f"{label}-{canonical}-{value.label}", value.header + header + template.format(
                attribute=mapping.attribute, key=value.src), **{**value.expect, "kept": False})
        good = _good(mapping.meaning)
        for form, other in others:
            yield Case(f"{label}-{form}-{good}", header + other.format(
                attribute=mapping.attribute, key=good), (("HTS001", _phrase(good)),),
                kept=False)
        for key in (repr(str(good)), "KeyError"):
            yield Case(f"{label}-key-{key.strip(chr(39))}", header + template.format(
                attribute=mapping.attribute, key=key), silent=True)
        yield Case(f"{label}-elsewhere", template.format(attribute=mapping.attribute, key=good),
                   silent=True)
        yield Case(f"{label}-plain-dict", header + template.format(
            attribute="handlers", key=good), silent=True)


# --- ASGI messages ---------------------------------------------------------------------------------

def asgi_cases() -> Iterator[Case]:
    """ASGI_RESPONSE_STARTS: the status of a message dict that starts a response (its
    ASGI_TYPE_KEY one of them) is a strict int status: HTS011 for a string. Written as an ASGI
    app sends it, built first, with the keys in another order; a message of another type, or
    with no type, is a look-alike."""
    type_key, status_key = pos.ASGI_TYPE_KEY, pos.ASGI_STATUS_KEY

    def message(kind: str, status: str, first: str = type_key) -> str:
        items = {type_key: repr(kind), status_key: status}
        if first != type_key:
            items = dict(reversed(list(items.items())))
        return "{" + ", ".join(f"{k!r}: {v}" for k, v in items.items()) + ", 'headers': []}"

    for index, kind in enumerate(sorted(pos.ASGI_RESPONSE_STARTS)):
        label = f"asgi[{kind}]"
        values = [*_numbers(asgi_kind.SITE.meaning), *_strings(asgi_kind.SITE.strings)]
        send = "async def app(scope, receive, send):\n    await send(%s)\n"
        for value in values if index == 0 else values[:1]:
            yield Case(f"{label}-send-{value.label}", send % message(kind, value.src),
                       **value.expect)
        first = values[0]
        yield Case(f"{label}-assigned-{first.label}",
                   f"start = {message(kind, first.src)}\n", **first.expect)
        yield Case(f"{label}-status-first-{first.label}",
                   send % message(kind, first.src, status_key), **first.expect)
    other = next(kind for kind in ("http.response.body", "http.request", "lifespan.startup")
                 if kind not in pos.ASGI_RESPONSE_STARTS)
    yield Case(f"asgi[{other}]-lookalike",
               f"message = {message(other, str(OUT_OF_RANGE))}\n", silent=True)
    yield Case("asgi[no-type]-lookalike",
               f"message = {{{status_key!r}: {OUT_OF_RANGE}, 'body': b''}}\n", silent=True)


# --- views returning (body, status) --------------------------------------------------------------

def _decorator() -> str:
    """The view decorator of the cases: ``get``, which every framework of TUPLE_RETURNS routes
    with (``@app.get``, ``@api.get``), where it is one."""
    return "get" if "get" in pos.VIEW_DECORATORS else sorted(pos.VIEW_DECORATORS)[0]


def _view(header: str, returned: str) -> str:
    """A function the framework calls as a view (decorated as a route), returning ``returned``."""
    return f"{header}\n\n@app.{_decorator()}('/items')\ndef view():\n    return {returned}\n"


def _resource(header: str, returned: str) -> str:
    """A method of a class-based view (Flask-RESTful's and Flask-RESTX's resources, Flask's
    MethodView), returning ``returned``."""
    base = "Resource" if "Resource" in pos.VIEW_BASES else sorted(pos.VIEW_BASES)[0]
    return (f"{header}\n\nclass Items({base}):\n    def get(self, item_id):\n"
            f"        return {returned}\n")


def _plain_module() -> str:
    """A module whose views return tuples, but only those it routes (not spec-routed)."""
    return sorted(pos.TUPLE_RETURN_MODULES - pos.SPEC_ROUTED_MODULES)[0]


def tuple_return_cases() -> Iterator[Case]:
    """TUPLE_RETURNS: in a module that imports one, a view's returned tuple in that framework's
    shape (``(body, status)``, Ninja's ``(status, body)``, Robyn's ``(body, headers, status)``):
    the status (non-strict), the headers it needs (HTS009) and the content it forbids (HTS010);
    a tuple of another length, a number as the body, a class attribute and a plain function's
    tuple are look-alikes (but in a spec-routed module, where every function may be a view).
    Every value for the first module of each shape; the other modules (alike but for their
    name) with the first two."""
    good = str(_good())
    one = (("HTS001", _phrase(_good())),)
    shapes: List[pos.TupleShape] = []
    for module, shape in sorted(pos.TUPLE_RETURNS.items()):
        first = all(shape is not seen for seen in shapes)
        shapes.append(shape)
        label = f"tuple-returns[{module}]"
        imports = {"import": f"import {module}\n", "from": f"from {module} import helpers\n"}

        def tuple_of(body: str, status: str, headers: Optional[str] = None,
                     shape: pos.TupleShape = shape) -> Optional[str]:
            """The shape's tuple; where the shape needs headers, an empty dict stands in."""
            arranged = shape.arrange(body, status, headers)
            if arranged is None and headers is None:
                arranged = shape.arrange(body, status, "{}")
            return arranged

        def returning(body: str, status: str, headers: Optional[str] = None,
                      imported: str = imports["import"]) -> Optional[str]:
            arranged = tuple_of(body, status, headers)
            return None if arranged is None else _view(imported, arranged)

        cases: List[Tuple[str, Optional[str], Dict[str, Any]]] = []
        numbers = _numbers(None, strict=False)
        for value in numbers if first else numbers[:2]:
            cases.append((f"import-{value.label}", returning("{'ok': True}", value.src),
                          value.expect))
        # the framework converts the status, or keeps it: the fix safe, or unsafe below 3.11
        cases.append((f"from-{good}", returning("'body'", good, imported=imports["from"]),
                      {"must": one, "kept": not shape.converts}))
        pair = tuple_of("{'ok': True}", good)
        assert pair is not None, (module, "the shape holds no body and status")
        if shape is pos.FLASK_TUPLE:  # Flask's class-based views, Flask-RESTful's resources
            cases.append((f"resource-{good}", _resource(imports["import"], pair),
                          {"must": one}))
        cases.append((f"with-headers-{good}", returning("'body'", good, "{'X-A': 'b'}"),
                      {"must": one}))
        code, header = MOVED, MOVED_NEEDS
        cases.append((f"headers-missing-{code}", returning("'moved'", str(code)),
                      {"must": (("HTS009", header),)}))
        cases.append((f"headers-missing-{code}-constant",
                      returning("'moved'", _stdlib_constant(code),
                                imported=imports["import"] + STDLIB_IMPORT),
                      {"must": (("HTS009", header),)}))
        cases.append((f"headers-given-{code}",
                      returning("'moved'", str(code), f"{{{header!r}: '/new'}}"),
                      {"absent": ("HTS009",)}))
        empty = EMPTY
        cases.append((f"body-content-{empty}", returning("'content'", str(empty)),
                      {"must": (("HTS010", _phrase(empty)),)}))
        cases.append((f"body-empty-{empty}", returning("''", str(empty)),
                      {"absent": ("HTS010",)}))
        cases.append(("number-body", returning("1", good), {"silent": True}))
        longer = next(n for n in range(2, 6) if n not in shape.lengths and n > max(shape.lengths))
        cases.append((f"length-{longer}-lookalike",
                      _view(imports["import"], ", ".join([good] * longer)), {"silent": True}))
        for name, source, kwargs in cases:
            if source is not None:
                yield Case(f"{label}-{name}", source, **kwargs)
        yield Case(f"{label}-class-body",
                   imports["import"] + f"\n\nclass V:\n    pair = {pair}\n", silent=True)
        scaled = tuple_of("offset * 100", good)
        plain = imports["import"] + f"\n\ndef scale(offset):\n    return {scaled}\n"
        if module in pos.SPEC_ROUTED_MODULES:
            yield Case(f"{label}-plain-function", plain, one)
        else:
            yield Case(f"{label}-plain-function", plain, silent=True)


def view_cases() -> Iterator[Case]:
    """VIEW_DECORATORS, VIEW_BASES, VIEW_REGISTRARS and SPEC_ROUTED_MODULES: each makes a function
    a view, whose returned tuple is a response."""
    good = _good()
    one = (("HTS001", _phrase(good)),)
    header = f"import {_plain_module()}\n\n\n"
    returned = f"return {{'ok': True}}, {good}"
    for name in sorted(pos.VIEW_DECORATORS):
        label = f"view-decorators[{name}]"
        yield Case(f"{label}-call", header + f"@app.{name}(target)\ndef view():\n    {returned}\n",
                   one)
        yield Case(f"{label}-attribute", header + f"@bp.{name}\ndef view():\n    {returned}\n", one)
        yield Case(f"{label}-class", header + f"@app.{name}(target)\nclass Items:\n"
                   f"    def get(self):\n        {returned}\n", one)
    for name in sorted(pos.VIEW_BASES):
        label = f"view-bases[{name}]"
        method = f"    def get(self, item_id):\n        {returned}\n"
        yield Case(f"{label}-name", header + f"class Items({name}):\n{method}", one)
        yield Case(f"{label}-attribute", header + f"class Items(views.{name}):\n{method}", one)
        yield Case(f"{label}-nested-function",
                   header + f"class Items({name}):\n    def get(self):\n        def scale():\n"
                   f"            {returned}\n        return scale\n", silent=True)
    for name, package in sorted(pos.VIEW_REGISTRARS.items()):
        label = f"view-registrars[{name}]"
        function = f"def index():\n    {returned}\n\n\n"
        resource = f"class Items:\n    def get(self):\n        {returned}\n\n\n"
        imports = header
        if package:  # only where the module imports that package
            yield Case(f"{label}-without-{package}",
                       header + function + f"app.{name}('/', index)\n", silent=True)
            imports = f"import {package}\n" + header
        yield Case(f"{label}-function", imports + function + f"app.{name}('/', index)\n", one)
        yield Case(f"{label}-function-keyword",
                   imports + function + f"app.{name}('/', view_func=index)\n", one)
        yield Case(f"{label}-class", imports + resource + f"api.{name}(Items, '/items')\n", one)
        # registered through the class itself (``Items.as_view("items")``): equality only, as the
        # table does not say which registrar does that
        yield Case(f"{label}-on-class", imports + resource + f"view = Items.{name}('items')\n")
    for module in sorted(pos.SPEC_ROUTED_MODULES):
        label = f"spec-routed[{module}]"
        yield Case(f"{label}-function", f"import {module}\n\n\ndef search():\n    {returned}\n", one)
        yield Case(f"{label}-nested",
                   f"import {module}\n\n\ndef outer():\n    def search():\n        {returned}\n"
                   "    return search\n", one)


# --- named constants -----------------------------------------------------------------------------

def reported_constants() -> Iterator[Tuple[pos.ConstantOwner, str, int]]:
    """(owner, spelling, code) for every spelling of every owner's style that the checker reports
    wherever it stands: the names of deprecated and experimental codes. The spellings are the
    catalogue's reverse index, exactly what the visitor looks names up in (requests' upper-case
    aliases included)."""
    from flake8_httpstatus.catalogue import _REVERSE

    for owner in pos.OWNERS:
        for name, code in sorted(_REVERSE[owner.style].items()):
            status = lookup(code)
            if status is not None and status.state is not State.STANDARD and _attribute(name):
                assert code_for_constant(owner.style, name) == code
                yield owner, name, code


def _attribute(name: str) -> bool:
    """Whether code can spell ``owner.NAME`` (requests' ``early-hints`` is only for getattr)."""
    return name.isidentifier() and not iskeyword(name)


def owner_cases() -> Iterator[Case]:
    """OWNERS, and every reported constant of each: through the owner imported and the constant
    imported by name; the owner's first such constant also through its module imported, an alias,
    and as an argument (the ways of importing the owner are alike for all its names)."""
    firsts = set()
    for owner, name, code in reported_constants():
        label = f"owners[{owner.path}.{name}]"
        status = lookup(code)
        assert status is not None
        must = ((STATE_EXAMPLES[status.state][1], status.phrase),)
        imported, spelt = _owner_import(owner)
        forms = {
            "from": f"{imported}x = {spelt}.{name}\n",
            "import": f"import {owner.module or owner.path}\nx = {owner.path}.{name}\n",
            "from-as": f"{_owner_import(owner, 'S')[0]}x = S.{name}\n",
            "from-owner": f"from {owner.path} import {name}\nx = {name}\n",
            "argument": f"{imported}\n\ndef f():\n"
                        f"    return fetch(timeout=1, fallback={spelt}.{name})\n",
        }
        first = owner.path not in firsts
        firsts.add(owner.path)
        for form, source in forms.items():
            if first or form in ("from", "from-owner"):
                yield Case(f"{label}-{form}", source, must)
    yield from _every_name_cases()
    yield from _renamed_cases()
    for owner in pos.OWNERS:  # a standard constant is no finding outside a checked call
        standard = next(c.name for s in CATALOGUE.values() if s.state is State.STANDARD
                        for c in s.constants[owner.style] if _attribute(c.name))
        imported, spelt = _owner_import(owner)
        yield Case(f"owners[{owner.path}]-standard-{standard}",
                   f"{imported}x = {spelt}.{standard}\n", silent=True)


#: The newest Python and framework versions: every renamed constant's new name exists.
NEWEST = Config(target_version=NEWEST_TARGET, min_versions=tuple(sorted(
    (style, (999,)) for style in set(pos.DISTRIBUTIONS.values()))))
#: The oldest: no new name exists, so no old one is reported.
OLDEST = Config(min_versions=tuple(sorted((style, (0,)) for style in set(pos.DISTRIBUTIONS.values()))))


def _renamed_cases() -> Iterator[Case]:
    """Every renamed name (HTS008) of every owner's style: reported where the newest versions
    have the new name, through the owner and in a ``from`` import of the name; with the oldest
    versions, or in a style that kept the name (DRF), silent. The other owners of a style (which
    differ only in how they are imported) with the first form and the newest versions."""
    versions = dict(NEWEST.min_versions)
    firsts = {owner.style: owner for owner in reversed(pos.OWNERS)}
    for owner in pos.OWNERS:
        first = firsts[owner.style] is owner
        for name in sorted(renamed_names()):
            code = code_for_constant(owner.style, name)
            if code is None:
                continue
            new = renamed_to(code, owner.style, name, NEWEST.target_version, versions)
            label = f"owners[{owner.path}.{name}]"
            must = (("HTS008", new),) if new is not None else ()
            imported, spelt = _owner_import(owner)
            forms = {
                "renamed-from": f"{imported}x = {spelt}.{name}\n",
                "renamed-import": f"import {owner.module or owner.path}\nx = {owner.path}.{name}\n",
                "renamed-from-owner": f"from {owner.path} import {name}\nx = {name}\n",
            }
            for form, source in forms.items() if first else list(forms.items())[:1]:
                yield Case(f"{label}-{form}-newest", source, must, silent=new is None,
                           config=NEWEST)
            if first:
                source = forms["renamed-from"]
                yield Case(f"{label}-renamed-from-oldest", source, silent=True, config=OLDEST)
                yield Case(f"{label}-renamed-from-default", source)


def _checked_calls() -> Dict[pos.Meaning, pos.CallPosition]:
    """For each status class, the first imported callee with a positional slot that has it."""
    rows: Dict[pos.Meaning, pos.CallPosition] = {}
    for row in pos.CALLS:
        if row.meaning in pos.STATUS_CLASSES and not row.is_method and "." in row.callee \
                and row.arg is not None:
            rows.setdefault(row.meaning, row)
    return rows


def _every_name_cases() -> Iterator[Case]:
    """Every name of every style (catalogued codes; HTS007 needs the code's phrase) in a checked
    call whose status class it contradicts, through the style's first owner, one module per kind
    of name (the catalogue's names, and the other spellings its index adds: requests' upper-case
    aliases): each line reports; and one name per code imported by name. The other owners of a
    style differ only in how they are imported, which owner_cases walks."""
    from flake8_httpstatus.catalogue import _REVERSE

    calls = _checked_calls()
    styles = {owner.style: owner for owner in reversed(pos.OWNERS)}  # the first owner of each
    seen: List[object] = []
    for owner in reversed(styles.values()):
        if _REVERSE[owner.style] in seen:
            continue  # a style with the same names as another (fastapi.status is Starlette's)
        seen.append(_REVERSE[owner.style])
        catalogued = {c.name for status in CATALOGUE.values() for c in status.constants[owner.style]}
        kinds: Dict[str, List[Tuple[str, pos.CallPosition]]] = {}
        for name, code in sorted(_REVERSE[owner.style].items()):
            if lookup(code) is not None and _attribute(name):
                # a redirect refuses every code but a 3xx, which an error refuses
                row = calls[pos.Meaning.ERROR if code // 100 == 3 else pos.Meaning.REDIRECT]
                kind = "catalogue-names" if name in catalogued else "index-spellings"
                kinds.setdefault(kind, []).append((name, row))
        for kind, lines in kinds.items():
            rows = {row.callee: row for _, row in lines}.values()
            imports = "".join(f"from {r.callee.rpartition('.')[0]} import {r.last_name}\n"
                              for r in rows)
            label = f"owners[{owner.path}]-{kind}"
            imported, spelt = _owner_import(owner)
            yield Case(f"{label}-contradict",
                       imports + imported + "".join(
                           f"{row.last_name}({_slot(row, f'{spelt}.{name}', False)})\n"
                           for name, row in lines),
                       (("HTS007", ""),), every_line=True)
            imported = list({_REVERSE[owner.style][name]: (name, row)
                             for name, row in reversed(lines)}.values())  # a name per code
            yield Case(f"{label}-imported-contradict",
                       imports + "".join(f"from {owner.path} import {name}\n" for name, _ in imported)
                       + "".join(f"{row.last_name}({_slot(row, name, False)})\n"
                                 for name, row in imported),
                       (("HTS007", ""),), every_line=True)


# --- styles, versions, frameworks of the suggestion ---------------------------------------------

#: The snippets of ``_suggestion_snippets`` whose position turns the value into text with str().
FORMATTED_SNIPPETS = {"class": pos.CLASS_STATUS_TEXT, "responses": pos.KEYED[0].formatted}


def _suggestion_snippets() -> Dict[str, str]:
    """One snippet per way a suggestion is made: a call's slot, a compared attribute, a class
    attribute and a responses key (formatted: str() matters, FORMATTED_SNIPPETS), a constructor
    call."""
    call = next(r for r in pos.CALLS if not r.is_method and r.arg is not None and "." in r.callee
                and r.meaning is pos.Meaning.ERROR)
    constructor = next(r for r in pos.CALLS if r.meaning is pos.Meaning.CONSTRUCTOR)
    module, _, name = call.callee.rpartition(".")
    cmodule, _, cname = constructor.callee.rpartition(".")
    return {
        "call": f"from {module} import {name}\n{name}({_slot(call, '404', False)})\n",
        "compared": f"ok = response.{sorted(pos.INT_STATUS_ATTRIBUTES)[0]} == 404\n",
        "class": f"class E(Exception):\n    {sorted(pos.CLASS_STATUS_NAMES)[0]} = 404\n",
        "responses": f"@app.get('/', {pos.RESPONSES_KEYWORD}={{404: {{}}}})\ndef f():\n    pass\n",
        "constructor": f"from {cmodule} import {cname}\nx = {cname}(404)\n",
    }


#: What HTS001 suggests for 404 in each style (SUGGESTED_OWNERS): at a position, and where the
#: position turns it into text with str() before Python 3.11 (FORMATTED_SNIPPETS; the stdlib's
#: member, which would print as its name, as an unsafe fix: ``Case.kept``). A status-line
#: style's constants (``falcon.HTTP_404``) stand only where a line does, which no snippet here
#: takes.
STYLE_SUGGESTS: Dict[str, Tuple[str, Optional[str]]] = {
    "stdlib": ("use HTTPStatus.NOT_FOUND", "use HTTPStatus.NOT_FOUND"),
    "drf": ("use status.HTTP_404_NOT_FOUND", "use status.HTTP_404_NOT_FOUND"),
    "starlette": ("use status.HTTP_404_NOT_FOUND", "use status.HTTP_404_NOT_FOUND"),
    "fastapi": ("use status.HTTP_404_NOT_FOUND", "use status.HTTP_404_NOT_FOUND"),
    "litestar": ("use HTTP_404_NOT_FOUND", "use HTTP_404_NOT_FOUND"),
    "falcon": ("use HTTPStatus.NOT_FOUND", "use HTTPStatus.NOT_FOUND"),
    "httpx": ("use codes.NOT_FOUND", "use codes.NOT_FOUND"),
}


def style_cases() -> Iterator[Case]:
    """SUGGESTED_OWNERS (every style, old and new target), DISTRIBUTIONS (oldest and newest
    framework versions) and AUTO_STYLES (the framework imported decides the style)."""
    snippets = _suggestion_snippets()
    assert pos.KEYED[0].keyword == pos.RESPONSES_KEYWORD
    for style, owner in pos.SUGGESTED_OWNERS.items():
        for target in ((3, 9), (3, 13)):
            config = Config(style=style, target_version=target)
            for kind, source in snippets.items():
                formatted = FORMATTED_SNIPPETS.get(kind, "")
                want = STYLE_SUGGESTS[style][1 if formatted and target < (3, 11) else 0]
                expect: Dict[str, Any] = {"must": (("HTS001", want),)}
                if kind == "constructor":  # HTTPStatus(404): the constant, whatever the style
                    expect = {"must": (("HTS001", ""),)}
                elif want is None:
                    expect = {"absent": ("HTS001",)}
                kept = True if formatted else False if kind == "compared" else None
                yield Case(f"styles[{style}]-py{target[0]}{target[1]}-{kind}", source,
                           config=config, formatted=formatted, kept=kept, **expect)
    # the stdlib's owner's name bound to another object: the constant through its module, or
    # none where that too is bound to another
    call = snippets["call"]
    elsewhere = f"from elsewhere import {STDLIB.name}\n"
    yield Case("styles[stdlib]-name-taken", elsewhere + call,
               (("HTS001", f"use {_stdlib_constant(_good()).replace(STDLIB.name, STDLIB.path)}"),))
    yield Case("styles[stdlib]-name-taken-module-imported",
               f"import {STDLIB.module}\n" + elsewhere + call,
               (("HTS001", f"use {STDLIB.path}."),))
    yield Case("styles[stdlib]-name-and-module-taken",
               f"from elsewhere import {STDLIB.name}, {STDLIB.module}\n" + call,
               absent=("HTS001",))
    for distribution, style in pos.DISTRIBUTIONS.items():
        for version in ((0,), (99,)):
            config = Config(style=style, min_versions=((style, version),))
            renamed = {code_for_constant(style, name) for name in renamed_names()}
            for code in sorted({_good(), *(c for c in renamed if c is not None)}):
                yield Case(f"distributions[{distribution}]-{version[0]}-{code}",
                           HTTP_IMPORT + f"x = Response(status={code})\n", (("HTS001", ""),),
                           config=config)
    yield from _line_style_cases()
    for style in pos.AUTO_STYLES:
        owner = pos.SUGGESTED_OWNERS[style]
        top = owner.path.split(".", 1)[0]
        spelt = "HTTP_404" if owner.names_imported else f"{_owner_import(owner)[1]}.HTTP_404"
        position = "x = handle(status_code=404)"
        yield Case(f"auto-styles[{style}]", f"import {top}\n\n{position}\n",
                   (("HTS001", spelt),))
        yield Case(f"auto-styles[{style}]-owner-imported",
                   f"{_owner_import(owner, 'st')[0]}\n{position}\n",
                   (("HTS001", "st.HTTP_404"),))
        if owner.names_imported:
            yield Case(f"auto-styles[{style}]-constant-imported",
                       f"from {owner.path} import HTTP_200_OK\n\nx = handle(status_code=404)\n",
                       (("HTS001", "use HTTP_404_NOT_FOUND"),))


#: Where Falcon's own reason phrase and the stdlib's differ, by target (what was read off Python
#: 3.9 to 3.13 against falcon 3.1.3, 4.0.0 and 4.2.0): 414 and 416 took Falcon's phrase in 3.13.
LINE_PHRASE_DIFFERS = {
    413: {(3, 9), (3, 13)}, 414: {(3, 9)}, 416: {(3, 9)}, 418: {(3, 9), (3, 13)},
    422: {(3, 9), (3, 13)},
}


def _line_style_cases() -> Iterator[Case]:
    """LINE_STYLES (``falcon.HTTP_404`` is the string "404 Not Found"): suggested only where a
    row or ``LINE_STATUS_ATTRIBUTES`` takes a status line, in the framework's module -- with the
    style chosen, or under ``auto`` where the module already writes such a constant (else an
    int read back would change: ``HTTPStatus``); never on an object's own attribute
    (``OWN_RECEIVERS``), nor at an error before ``LINE_TITLES_SINCE``; elsewhere (an int
    compared, another framework's module) ``HTTPStatus``. Where the framework writes a value into
    its status line (``SENT_STATUS_ATTRIBUTES`` and those rows) and the stdlib's phrase differs
    from its own (``FALCON_OTHER_PHRASE``), or it has no constant for the versions supported,
    only its own constant, or none."""
    from flake8_httpstatus.catalogue_data import FALCON_OTHER_PHRASE

    for style in sorted(pos.LINE_STYLES):
        owner = pos.SUGGESTED_OWNERS[style]
        imported, spelt = _owner_import(owner)
        written = imported + f"ok = {spelt}.HTTP_200\n"  # a module that writes the constants
        newest = ((style, (99,)),)
        rows = [r for r in pos.CALLS if r.callee.split(".", 1)[0] == owner.path
                and r.strings in pos.LINE_STRINGS and r.arg is not None]
        errors = [r for r in rows if r.meaning is pos.Meaning.ERROR]
        others = [r for r in rows if r.meaning is not pos.Meaning.ERROR]
        assert errors and others, style
        theirs = f"use {spelt}.HTTP_404"
        stdlib = f"use {STDLIB.name}."
        for attribute in sorted(pos.LINE_STATUS_ATTRIBUTES):
            label = f"line-attributes[{attribute}]-{style}"
            assign = f"resp.{attribute} = 404\n"
            yield Case(f"{label}-auto-written", written + assign, (("HTS001", theirs),))
            yield Case(f"{label}-auto-not-written", imported + assign, (("HTS001", stdlib),))
            yield Case(f"{label}-chosen", imported + assign, (("HTS001", theirs),),
                       config=Config(style=style))
            yield Case(f"{label}-elsewhere", HTTP_IMPORT + assign, (("HTS001", stdlib),),
                       config=Config(style=style))
            for receiver in sorted(pos.OWN_RECEIVERS):
                yield Case(f"line-own[{receiver}]-{attribute}",
                           written + f"{receiver}.{attribute} = 404\n",
                           (("HTS001", stdlib),), config=Config(style=style))
        label = f"line-styles[{style}]"
        call = f"x = {others[0].callee}({_slot(others[0], '404', False)})\n"
        error = f"x = {errors[0].callee}({_slot(errors[0], '404', False)})\n"
        yield Case(f"{label}-call-auto-written", written + call, (("HTS001", theirs),))
        yield Case(f"{label}-call-auto-not-written", imported + call, (("HTS001", stdlib),))
        yield Case(f"{label}-error-titled", written + error, (("HTS001", theirs),),
                   config=Config(min_versions=newest))
        title = pos.LINE_TITLES_SINCE[style]
        before_title = ((style, (title[0] - 1,)),)
        yield Case(f"{label}-error-before-titles", written + error, (("HTS001", stdlib),),
                   config=Config(min_versions=before_title))
        yield Case(f"{label}-compared", written + "ok = resp.status_code == 404\n",
                   (("HTS001", stdlib),), config=Config(style=style))
        # a code its framework names only from some release: below it, the framework sends the
        # int as "421 Unknown", which no constant keeps
        since = {c.since for status in CATALOGUE.values() for c in status.constants[style]
                 if c.since is not None}
        newer = next(status.code for status in CATALOGUE.values() if status.state is
                     State.STANDARD and any(c.since for c in status.constants[style]))
        for version in sorted(since):
            before = version[:-1] + (version[-1] - 1,) if version[-1] else (version[0] - 1,)
            source = written + f"resp.status = {newer}\n"
            for chosen in ("auto", STDLIB.style):
                label = f"line-styles[{style}]-{chosen}-since-{newer}"
                yield Case(f"{label}-before", source, (("HTS001", f"{STDLIB.name}."),),
                           config=Config(style=chosen, min_versions=((style, before),)),
                           fix="unsafe")
                want = f"{spelt}.HTTP_{newer}" if chosen == "auto" else f"{STDLIB.name}."
                yield Case(f"{label}-at", source, (("HTS001", want),),
                           config=Config(style=chosen, min_versions=((style, version),)))
        # a code whose stdlib phrase differs from the framework's: its own constant where it is
        # chosen, else HTTPStatus as an unsafe fix (it would change the line), wherever the
        # value is sent
        for code in sorted(FALCON_OTHER_PHRASE):
            for target in ((3, 9), (3, 13)):
                other = target in LINE_PHRASE_DIFFERS[code]
                for attribute in sorted(pos.SENT_STATUS_ATTRIBUTES):
                    label = f"line-sent[{attribute}]-{style}-{code}-py{target[0]}{target[1]}"
                    source = written + f"resp.{attribute} = {code}\n"
                    for chosen in ("auto", STDLIB.style):
                        config = Config(style=chosen, target_version=target)
                        if chosen == "auto" and attribute in pos.LINE_STATUS_ATTRIBUTES:
                            yield Case(f"{label}-{chosen}", source,
                                       (("HTS001", f"use {spelt}.HTTP_{code}"),), config=config)
                        elif not other:
                            yield Case(f"{label}-{chosen}", source, (("HTS001", stdlib),),
                                       config=config)
                        else:
                            yield Case(f"{label}-{chosen}", source, (("HTS001", stdlib),),
                                       config=config, fix="unsafe")


# --- options that change what a table's position reports ---------------------------------------

def allowed_experimental_cases() -> Iterator[Case]:
    """``--httpstatus-allow-experimental`` (``Config.allow_experimental``): an experimental code
    the project sends on purpose is a status like any other -- HTS001, not HTS005, as a number in
    a status position, no finding in a status line or as a named constant -- while the other
    experimental codes are still HTS005."""
    codes = sorted(code for code, status in CATALOGUE.items() if status.state is State.EXPERIMENTAL)
    keyword = sorted(pos.STATUS_KEYWORDS - pos.LOOSE_STATUS_KEYWORDS)[0]
    for code in codes:
        config = Config(allow_experimental=frozenset({code}))
        label = f"allow-experimental[{code}]"
        yield Case(f"{label}-number", f"order.update({keyword}={code})\n",
                   (("HTS001", _phrase(code)),), ("HTS005",), config=config)
        yield Case(f"{label}-status-line", f"status = {f'{code} {_phrase(code)}'!r}\n",
                   silent=True, config=config)
        yield Case(f"{label}-constant", STDLIB_IMPORT + f"x = {_stdlib_constant(code)}\n",
                   silent=True, config=config)
        other = next((c for c in codes if c != code), None)
        if other is not None:
            yield Case(f"{label}-other-{other}", f"order.update({keyword}={other})\n",
                       (("HTS005", _phrase(other)),), config=config)


#: Table -> what walks it. ``test_every_table_is_walked`` holds every public table of positions.py
#: to be here or in EXCLUDED.
WALKERS = {
    "CALLS": call_cases,  # and response_part_cases: the rows' headers and body
    "STATUS_CLASSES": call_cases,  # the meanings of the rows: HTS007 and the ``also`` codes
    "INT_REQUIRED": call_cases,  # HTS011's reasons, each expected in a message
    "INT_OR_DIGITS": call_cases,
    "LINE_OR_INT": call_cases,
    "WRONG_TYPE": call_cases,  # which Strings make a string HTS011, with which reason
    "LINE_STRINGS": call_cases,  # which Strings read a string as a status line (HTS006)
    "STATUS_KEYWORDS": keyword_cases,
    "LOOSE_STATUS_KEYWORDS": keyword_cases,
    "HTTP_MODULES": http_module_cases,  # and the packages of the rows (http_context_modules)
    "STATUS_ATTRIBUTES": attribute_cases,
    "INT_STATUS_ATTRIBUTES": attribute_cases,
    "LOOSE_STATUS_ATTRIBUTES": attribute_cases,
    "INT_COMPARED": attribute_cases,
    "STATUS_METHODS": attribute_cases,
    "REQUIRED_STATUS_ATTRIBUTES": required_attribute_cases,
    "ASSERT_METHODS": assert_cases,
    "CLASS_STATUS_NAMES": class_name_cases,
    "CLASS_STATUS_TEXT": class_name_cases,  # formatted: HTS001 from 3.11 (_formatted)
    "CODE_CLASS_MODULES": class_code_cases,
    "CLASS_CODE_NAME": class_code_cases,
    "STATUS_LINE_NAMES": status_line_name_cases,
    "KEYED": keyed_cases,
    "RESPONSES_KEYWORD": keyed_cases,  # the keyword of KEYED's first row
    "ROUTE_METHODS": keyed_cases,  # the methods of KEYED's first row
    "RESPONSES_TEXT": keyed_cases,  # formatted: HTS001 from 3.11 (_formatted)
    "API_DOCUMENT_TEXT": call_cases,  # and keyed_cases: the rows formatted for an API document
    "SANIC_TEXT": call_cases,  # Sanic's rows, formatted over HTTP/3
    "STATUS_MAPPINGS": mapping_cases,
    "ASGI_RESPONSE_STARTS": asgi_cases,
    "ASGI_TYPE_KEY": asgi_cases,
    "ASGI_STATUS_KEY": asgi_cases,
    "TUPLE_RETURNS": tuple_return_cases,
    "TUPLE_RETURN_MODULES": tuple_return_cases,
    "FLASK_TUPLE": tuple_return_cases,  # the shape of TUPLE_RETURNS' Flask-like rows
    "VIEW_DECORATORS": view_cases,
    "VIEW_BASES": view_cases,
    "VIEW_REGISTRARS": view_cases,
    "SPEC_ROUTED_MODULES": view_cases,
    "OWNERS": owner_cases,
    "SUGGESTED_OWNERS": style_cases,
    "DISTRIBUTIONS": style_cases,
    "AUTO_STYLES": style_cases,
    "LINE_STYLES": style_cases,  # _line_style_cases
    "LINE_STATUS_ATTRIBUTES": style_cases,  # _line_style_cases
    "SENT_STATUS_ATTRIBUTES": style_cases,  # _line_style_cases
    "OWN_RECEIVERS": style_cases,  # _line_style_cases
    "LINE_TITLES_SINCE": style_cases,  # _line_style_cases
    "CONSTANT_MODULES": http_module_cases,
    "EXPECTS_RAISE_CALLEES": raises_cases,
    "EXPECTS_RAISE_METHODS": raises_cases,
}

#: Public tables of positions.py not walked here, and why.
EXCLUDED = {
    "STATUS_CODE_SUFFIX": "its kind's case file, tests/cases/named_status_codes.py, reports on "
                          "keywords, attributes and names with it in both paths, and "
                          "job_queue.py holds the silent twin (no HTTP imported)",
    "STATUS_KEYS": "its kind's case file, tests/cases/asgi_middleware.py, reports on each key in "
                   "both paths, and job_queue.py holds the silent twin (no HTTP imported)",
    "COMMON_CALLEE_NAMES": "the text gate's words only (the package instead of the callee): no "
                           "finding depends on it, and every case runs through the gate",
    # derived from OWNERS, which is walked; test_derived_tables_follow_owners holds it so
    "CONSTANT_OWNERS": "OWNERS' paths and styles (checked to be derived)",
    # functions (cached) that derive package sets from the walked tables
    "required_packages": "the `requires` of CALLS and KEYED, walked with their rows",
    "table_packages": "the packages of CALLS, OWNERS and TUPLE_RETURNS, walked with them",
    "http_context_modules": "HTTP_MODULES and table_packages; walked by http_module_cases",
    "ERROR_PAGE_TEXT": "a row's formatted text (http.server's send_error), walked with the row "
                       "(test_every_formatted_position_is_an_unsafe_fix_before_311)",
    "SHOWN_IN_ATTRIBUTES": "the reason of a row's unsafe fix at every target (CallPosition."
                           "shows), walked with the row (Case.fix)",
    "KEPT_TEXT": "the reason of a kept site's unsafe fix; every call row's HTS001 is checked "
                 "safe or unsafe by it (Case.kept)",
    "NOT_KEPT": "the meanings that keep nothing; call_cases reads it for Case.kept",
}


# --- cases the two paths disagree on, or the reference path misses -------------------------------

#: Row or case id -> what differs. A row's whole group, or a single case split out of its row,
#: xfails strictly: fixing it without removing the entry here fails the suite. (Empty: the twelve
#: found when this test was written -- requests' upper-case spellings, which the prefilter's word
#: lists missed -- are fixed; the word lists come from the catalogue's spellings now.)
KNOWN_DIVERGENCES: Dict[str, str] = {}


def all_cases() -> List[Case]:
    seen = set()
    cases = []
    for walker in dict.fromkeys((*WALKERS.values(), response_part_cases,
                                 allowed_experimental_cases)):
        for case in walker():
            assert case.id not in seen, f"two cases named {case.id}"
            assert "]" in case.id, case.id
            seen.add(case.id)
            cases.append(case)
    return cases


CASES = all_cases()


def row_of(case_id: str) -> str:
    """The row a case exercises: its id up to the table's closing bracket (``calls[flask.abort]``)."""
    return case_id[: case_id.index("]") + 1]


def _params() -> List[Any]:
    """One parameter per row (its cases run together: the id names the row, the failure the
    case), and one per case listed on its own in KNOWN_DIVERGENCES. Cases in syntax newer than
    this Python are left out of their row."""
    rows: Dict[str, List[Case]] = {}
    alone = []
    for case in CASES:
        if sys.version_info < case.needs:
            continue
        if case.id in KNOWN_DIVERGENCES:
            alone.append(pytest.param((case,), id=case.id, marks=pytest.mark.xfail(
                strict=True, reason=KNOWN_DIVERGENCES[case.id])))
        else:
            rows.setdefault(row_of(case.id), []).append(case)
    params = []
    for row, cases in rows.items():
        reason = KNOWN_DIVERGENCES.get(row)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason is not None else []
        params.append(pytest.param(tuple(cases), id=row, marks=marks))
    return params + alone


def _key(findings: Sequence[Finding]) -> List[Tuple[object, ...]]:
    return [(f.line, f.col, f.end_line, f.end_col, f.code, f.message, f.value, f.suggestion)
            for f in findings]


def _shows(finding: Finding, text: str) -> bool:
    suggestion = finding.suggestion
    shown = [finding.message]
    if suggestion is not None:
        shown.append(suggestion.replacement)
    return any(text in part for part in shown)


#: How the stdlib's constant starts in a suggestion (``HTTPStatus.X``, ``http.HTTPStatus.X``).
STDLIB_SPELLINGS = (f"{STDLIB.name}.", f"{STDLIB.module}.{STDLIB.name}.")


def _safety_problems(case: Case, reference: Sequence[Finding]) -> List[str]:
    """Where the case says whether its position keeps the value (``Case.kept``): each HTS001's
    fix classed as it must be -- the stdlib's constant unsafe where the value is kept below
    Python 3.11, safe otherwise; a framework's plain int safe everywhere."""
    if case.kept is None and not case.fix:
        return []
    found = []
    for finding in reference:
        suggestion = finding.suggestion
        if finding.code != "HTS001" or suggestion is None:
            continue
        stdlib = suggestion.replacement.startswith(STDLIB_SPELLINGS)
        unsafe = case.fix == "unsafe" if case.fix else \
            stdlib and bool(case.kept) and case.config.target_version < (3, 11)
        if bool(suggestion.unsafe) != unsafe:
            found.append(f"its HTS001 fix is {suggestion.safety}, not "
                         f"{'unsafe' if unsafe else 'safe'}")
    return found


def problems(case: Case) -> List[str]:
    """What is wrong with the case: the reference path missing what it must report, reporting
    what it must not, or the fast path giving other findings."""
    reference = check_reference(case.source, case.config)
    fast = check_source(case.source, case.config)
    found = []
    for code, text in case.must:
        if not any(f.code == code and _shows(f, text) for f in reference):
            found.append(f"the reference path misses {code} ({text!r})")
    found += [f"the reference path reports {code}" for code in case.absent
              if any(f.code == code for f in reference)]
    found += _safety_problems(case, reference)
    if case.silent and reference:
        found.append("the reference path reports a look-alike")
    if case.every_line:
        reported = {f.line for f in reference}
        silent = [n for n, line in enumerate(case.source.splitlines(), 1)
                  if not line.startswith(("from ", "import ")) and n not in reported]
        if silent:
            found.append(f"the reference path reports nothing on lines {silent}")
    if _key(fast) != _key(reference):
        found.append("the paths disagree")
    if not found:
        return []

    def shown(findings: Sequence[Finding]) -> str:
        return "".join(f"\n    {f.line}:{f.col} {f.text}  {f.suggestion}" for f in findings) \
            or " nothing"

    return [f"{case.id}: {'; '.join(found)}\n  source:\n    "
            + case.source.rstrip("\n").replace("\n", "\n    ")
            + f"\n  reference:{shown(reference)}\n  fast:{shown(fast)}"]


@pytest.mark.parametrize("cases", _params())
def test_row(cases: Tuple[Case, ...]) -> None:
    """The row's snippets: the reference path reports what they are there for, and the fast path
    the same findings."""
    found = [problem for case in cases for problem in problems(case)]
    assert not found, "\n\n".join(found)


# --- the walk itself ------------------------------------------------------------------------------

def _public_tables() -> Dict[str, object]:
    """Every public attribute of positions.py that holds data: anything but a class, function,
    module or ``__future__`` feature (an instance of a class of its own, ``FLASK_TUPLE``, too)."""
    import __future__
    import types

    code = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType,
            __future__._Feature)
    return {name: value for name, value in vars(pos).items()
            if not name.startswith("_") and not isinstance(value, code)}


def test_every_table_is_walked() -> None:
    tables = set(_public_tables())
    assert not set(WALKERS) & set(EXCLUDED)
    assert tables == set(WALKERS) | set(EXCLUDED), (
        f"not walked (add a walker to tests/test_rows.py, or an excluded reason): "
        f"{sorted(tables - set(WALKERS) - set(EXCLUDED))}; "
        f"gone from positions.py: {sorted((set(WALKERS) | set(EXCLUDED)) - tables)}")


#: Fields of a CALLS row and what each decides in the cases above.
CALL_FIELDS = {
    "callee": "the spellings of the call (_callee_forms)",
    "arg": "the positional slot (_slot)",
    "keyword": "the keyword slot",
    "meaning": "the status class (HTS007) and the statuses chosen",
    "strings": "the strings (_strings): HTS006 for a line where one stands, HTS011 where a "
               "string is the wrong type, silent for digits where int() takes them",
    "headers": "response_part_cases: HTS009",
    "body": "response_part_cases: HTS010",
    "requires": "the package imported with every spelling of the call (_requires), and the call "
                "silent without it (-without-PACKAGE); in the id (_label)",
    "formatted": "HTS001 an unsafe fix below 3.11 but with int constants, a safe one from it "
                 "(_formatted, Case.kept)",
    "converts": "HTS001 a safe fix at every target where the framework converts the value, "
                "an unsafe one below 3.11 where it keeps it (Case.kept)",
    "collection": "lists, tuples and sets in the slot, or a list as a look-alike "
                  "(_collection_values)",
    "shows": "HTS001 an unsafe fix at every target where the kept value shows its repr() "
             "(Case.fix)",
}
#: Attributes of a KEYED row and what walks them.
KEYED_FIELDS = {
    "methods": "keyed_cases: every method", "keyword": "keyed_cases",
    "meaning": "keyed_cases: the statuses chosen, HTS007 (_class_values)",
    "formatted": "keyed_cases: HTS001 silent below 3.11 but with int constants (_formatted)",
    "requires": "keyed_cases: imported, and the call silent without it",
    "lists": "keyed_cases: a list of statuses, or a list as a look-alike",
}
#: Attributes of a TUPLE_RETURNS shape and what walks them.
SHAPE_FIELDS = {
    "status": "tuple_return_cases (TupleShape.arrange)", "body": "tuple_return_cases: HTS010",
    "headers": "tuple_return_cases: HTS009", "lengths": "tuple_return_cases (TupleShape.arrange)",
    "converts": "tuple_return_cases: the fix safe, or unsafe below 3.11 (Case.kept)",
}
#: Attributes of an OWNERS row and what walks them.
OWNER_FIELDS = {
    "path": "owner_cases", "module": "owner_cases", "name": "owner_cases", "style": "owner_cases",
    "suggested": "style_cases (SUGGESTED_OWNERS)", "distribution": "style_cases (DISTRIBUTIONS)",
    "names_imported": "style_cases (the constant's own name, and its import by name)",
    "canonical": "excluded: where the fix command imports a constant from (fix/scope.py); no "
                 "finding depends on it",
}


def test_every_field_of_a_row_is_walked() -> None:
    assert set(pos.CallPosition._fields) == set(CALL_FIELDS), "a CallPosition field not walked"
    assert set(pos.ConstantOwner.__slots__) == set(OWNER_FIELDS), "a ConstantOwner field not walked"
    assert set(pos.KeyedPosition.__slots__) == set(KEYED_FIELDS), "a KeyedPosition field not walked"
    assert set(pos.TupleShape.__slots__) == set(SHAPE_FIELDS), "a TupleShape field not walked"


def test_codes_off_by_default_are_exercised() -> None:
    """The checker reports every code, flake8 selects: codes off by default are in the cases."""
    expected = {code for case in CASES for code, _ in case.must}
    assert set(off_by_default()) <= expected


def test_derived_tables_follow_owners() -> None:
    assert pos.CONSTANT_OWNERS == {owner.path: owner.style for owner in pos.OWNERS}


def _row_prefixes(table: str) -> List[Tuple[str, ...]]:
    """For each row of a walked table, the id prefixes of the cases that exercise it."""
    value = getattr(pos, table)
    attribute_tables = ("attributes", "int-attributes", "loose-attributes")
    prefix = {
        "STATUS_KEYWORDS": "keywords", "STATUS_METHODS": "methods", "ASSERT_METHODS": "asserts",
        "CLASS_STATUS_NAMES": "class-names", "STATUS_LINE_NAMES": "status-line-names",
        "TUPLE_RETURN_MODULES": "tuple-returns", "TUPLE_RETURNS": "tuple-returns",
        "LOOSE_STATUS_KEYWORDS": "keywords", "HTTP_MODULES": "http-modules",
        "ASGI_RESPONSE_STARTS": "asgi",
        "VIEW_DECORATORS": "view-decorators", "VIEW_BASES": "view-bases",
        "VIEW_REGISTRARS": "view-registrars", "SPEC_ROUTED_MODULES": "spec-routed",
        "SUGGESTED_OWNERS": "styles", "DISTRIBUTIONS": "distributions", "AUTO_STYLES": "auto-styles",
        "LINE_STYLES": "line-styles", "LINE_STATUS_ATTRIBUTES": "line-attributes",
        "SENT_STATUS_ATTRIBUTES": "line-sent", "OWN_RECEIVERS": "line-own",
        "LINE_TITLES_SINCE": "line-styles",
        "CONSTANT_MODULES": "constant-modules", "CODE_CLASS_MODULES": "code-class-modules",
        "REQUIRED_STATUS_ATTRIBUTES": "required-attributes",
        "EXPECTS_RAISE_CALLEES": "raises", "EXPECTS_RAISE_METHODS": "raises",
    }
    if table == "CALLS":
        return [(f"calls[{_label(row)}]-",) for row in value]
    if table in ("WRONG_TYPE", "LINE_STRINGS"):  # Strings values: the rows that take each
        compared = ("int-attributes[", "methods[")  # INT_COMPARED: no row, a comparison
        return [tuple(f"calls[{_label(row)}]-" for row in pos.CALLS if row.strings == strings)
                or compared for strings in value]
    if table == "OWNERS":
        return [(f"owners[{owner.path}.",) for owner in value]
    if table == "KEYED":
        return [tuple(_keyed_label(keyed, method) for method in keyed.methods) for keyed in value]
    if table == "STATUS_MAPPINGS":
        return [(f"mappings[{mapping.attribute}]-",) for mapping in value]
    if table == "ROUTE_METHODS":
        return [tuple(_keyed_label(keyed, method) for keyed in pos.KEYED if method in keyed.methods)
                for method in value]
    if isinstance(value, pos.TupleShape):  # a shape: the modules whose views return it
        return [tuple(f"tuple-returns[{module}]" for module, shape in pos.TUPLE_RETURNS.items()
                      if shape is value)]
    if table == "STATUS_METHODS":
        return [(f"methods[{row}()]-",) for row in value]
    if table in ("STATUS_ATTRIBUTES", "INT_STATUS_ATTRIBUTES", "LOOSE_STATUS_ATTRIBUTES"):
        return [tuple(f"{t}[{row}]-" for t in attribute_tables) for row in value]
    if table in prefix:
        return [(f"{prefix[table]}[{row}]",) for row in value]
    return []


@pytest.mark.parametrize("table", sorted(WALKERS))
def test_every_row_has_a_case_that_reports(table: str) -> None:
    """Each row of each walked table has cases, and one of them must report: the row is really
    exercised, not only found equal to nothing on both paths."""
    loud = [case for case in CASES if case.must]
    value = getattr(pos, table)
    if isinstance(value, str):  # a keyword, a reason expected in findings, a formatted text
        assert any(value in case.source or value in text or value == case.formatted
                   for case in loud for _, text in case.must), f"{table}: no case expects {value!r}"
        return
    if table == "STATUS_CLASSES":
        assert set(value) <= {row.meaning for row in pos.CALLS}, "a status class no call has"
        for taken in value.values():
            wanted = f"{taken.role} needs a {taken.wanted}"
            assert any(wanted in text for case in loud for _, text in case.must), wanted
        return
    rows = _row_prefixes(table)
    assert rows, f"{table}: no rows, or no prefixes for them"
    for prefixes in rows:
        assert any(case.id.startswith(prefixes) for case in loud), f"{table}: no case for {prefixes}"


def _formatted_texts() -> Dict[str, str]:
    """Every text a table gives a position that turns the value into text, and where from."""
    texts = {row.formatted: f"calls[{_label(row)}]" for row in pos.CALLS if row.formatted}
    texts.update((keyed.formatted, _keyed_label(keyed, sorted(keyed.methods)[0]))
                 for keyed in pos.KEYED if keyed.formatted)
    texts[pos.CLASS_STATUS_TEXT] = "class-names"
    return texts


@pytest.mark.parametrize("text", sorted(_formatted_texts()))
def test_every_formatted_position_is_an_unsafe_fix_before_311(text: str) -> None:
    """Each text a position is formatted with (a row's ``formatted``) has a case where HTS001's
    fix is checked unsafe (FORMATTED_SUGGESTS: below 3.11, no int constants), and one that
    reports it at 3.11."""
    cases = [case for case in CASES if case.formatted == text]
    assert any(case.kept and case.config.target_version < (3, 11)
               and any(code == "HTS001" for code, _ in case.must) for case in cases), \
        f"{_formatted_texts()[text]}: no case of an unsafe fix before 3.11"
    assert any(code == "HTS001" and case.config.target_version == (3, 11)
               for case in cases for code, _ in case.must), \
        f"{_formatted_texts()[text]}: no case reporting from 3.11"


def test_known_divergences_are_cases() -> None:
    ids = {case.id for case in CASES} | {row_of(case.id) for case in CASES}
    assert not set(KNOWN_DIVERGENCES) - ids, sorted(set(KNOWN_DIVERGENCES) - ids)


def test_every_reported_constant_has_a_case_that_reports() -> None:
    """Every name the checker reports wherever it stands (a deprecated or experimental code's),
    through every owner; and every renamed name (HTS008) of a style that renamed it."""
    loud = {row_of(case.id) for case in CASES if case.must}
    missing = [f"owners[{owner.path}.{name}]" for owner, name, _ in reported_constants()
               if f"owners[{owner.path}.{name}]" not in loud]
    assert not missing, missing
    renamed = {text for case in CASES for code, text in case.must if code == "HTS008"}
    versions = dict(NEWEST.min_versions)
    for owner in pos.OWNERS:
        for name in renamed_names():
            code = code_for_constant(owner.style, name)
            new = code and renamed_to(code, owner.style, name, NEWEST.target_version, versions)
            assert not new or new in renamed, (owner.path, name)


def test_the_values_mean_what_they_say() -> None:
    """The numbers and strings chosen above, and the examples declared beside the tables, are
    what this file takes them for (facts of the catalogue, and every row of a table given its
    examples)."""
    assert lookup(UNREGISTERED) is None and 100 <= UNREGISTERED <= 599
    misspelt = _misspelt(GOOD).split(" ", 1)[1]
    assert not any(phrase_matches(code, misspelt) for code in CATALOGUE)
    assert not 100 <= OUT_OF_RANGE <= 599
    assert set(STATE_EXAMPLES) == {state for state in State if state is not State.STANDARD}
    for state, (code, _) in STATE_EXAMPLES.items():
        assert CATALOGUE[code].state is state, code
    assert required_header(MOVED) == MOVED_NEEDS and without_content(EMPTY)
    strings = {value for name, value in vars(pos.Strings).items() if not name.startswith("_")}
    assert set(STRING_EXAMPLES) == strings, "a Strings value without its examples"
    assert set(STYLE_SUGGESTS) == set(pos.SUGGESTED_OWNERS), "a style without its suggestion"
    assert {target for _, target in FORMATTED_SUGGESTS} == {DEFAULT.target_version, (3, 11)}
    for taken in pos.STATUS_CLASSES.values():
        for code in (taken.taken, taken.refused):
            assert CATALOGUE[code].state is State.STANDARD, code
    assert any(len(targets) == 1 for targets in LINE_PHRASE_DIFFERS.values())  # targets differ
