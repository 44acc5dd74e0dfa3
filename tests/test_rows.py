"""Every row of every table in positions.py, and every named constant the checker reports, works
on both paths: the fast path (text gate + ast prefilter + LibCST on fragments) and the reference
path (LibCST on the whole module) report the same findings, and the reference path does report
what the row is there for.

The cases are generated from the tables themselves, never from a list written here: a new row gets
its snippets (the ways users import and write that callee, attribute, keyword...) and is tested by
this file alone. Nothing slips past unwalked: ``test_every_table_is_walked`` holds every public
table of positions.py to be walked below or excluded with a reason, and
``test_every_field_of_a_row_is_walked`` does the same for the fields of a CALLS and an OWNERS row.

A case states what the reference path must report on it (``must``: a code, and a text that must
appear in the message or the suggestion), what it must not (``absent``), or that it is a
look-alike that must stay silent (``silent``); and the fast path must give exactly the reference
path's findings. The cases of one row run as one test named after the row (``calls[flask.abort]``);
a failure names the case. Where the paths disagree, or the reference path misses what a row says it
finds, the row or the case is listed in ``KNOWN_DIVERGENCES`` and xfails strictly: fixing it
without removing the entry fails the suite too.

``check_source`` and ``check_reference`` report every code whatever flake8 selects (selection is
flake8's, after the checker), so the codes that are off by default (``rules.off_by_default()``)
are exercised by the default ``Config()`` too (``test_codes_off_by_default_are_exercised``); the
suggestion styles, target versions and framework versions are walked through their own tables
(SUGGESTED_OWNERS, DISTRIBUTIONS, AUTO_STYLES), and the renamed constants (HTS008) with the
oldest and the newest versions.
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
from flake8_httpstatus.options import NEWEST_TARGET, Config
from flake8_httpstatus.rules import off_by_default

DEFAULT = Config()

#: A code the reference path must report, and a text that must appear in its message or in its
#: suggestion (replacement or ``unsafe`` reason); "" for any.
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


# --- the numbers and strings put in each position, chosen from the tables -----------------------

#: Not registered, in 100-599 (HTS002), and outside it (HTS003).
UNREGISTERED = 299
OUT_OF_RANGE = 4004
#: Preferred statuses, the first that a position takes is used (404 for errors, 302 for redirects).
PREFERRED = (404, 302, 201, 200)
#: What each non-standard state of the catalogue is reported as (judge.Judge._state).
STATE_CODES = {State.DEPRECATED: "HTS004", State.EXPERIMENTAL: "HTS005"}


def _takes(meaning: Optional[pos.Meaning], code: int) -> bool:
    """Whether a call of ``meaning`` takes ``code`` (positions.STATUS_CLASSES)."""
    taken = pos.STATUS_CLASSES.get(meaning) if meaning is not None else None
    return taken is None or str(code)[0] in taken.digits or code in taken.also


def _good(meaning: Optional[pos.Meaning] = None) -> int:
    return next(code for code in PREFERRED if _takes(meaning, code))


def _bad(meaning: pos.Meaning) -> int:
    """A standard code the call's status class forbids (HTS007)."""
    return next(code for code in (200, *PREFERRED, *sorted(CATALOGUE))
                if not _takes(meaning, code) and _standard(code))


def _standard(code: int) -> bool:
    status = lookup(code)
    return status is not None and status.state is State.STANDARD


def _in_state(state: State, meaning: Optional[pos.Meaning] = None) -> int:
    """A code in ``state``: one the call takes where there is one."""
    codes = sorted(c for c, s in CATALOGUE.items() if s.state is state)
    return next((c for c in codes if _takes(meaning, c)), codes[0])


def _phrase(code: int) -> str:
    status = lookup(code)
    assert status is not None
    return status.phrase


def _misspelt(code: int) -> str:
    """The phrase of ``code`` with its last letter dropped: no phrase of any code."""
    return f"{code} {_phrase(code)[:-1]}"


STDLIB = pos.SUGGESTED_OWNERS["stdlib"]
STDLIB_IMPORT = f"from {STDLIB.module} import {STDLIB.name}\n"


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

    @property
    def expect(self) -> Tuple[Tuple[Must, ...], Tuple[str, ...], bool]:
        """What a case with this value expects: Case's ``must``, ``absent`` and ``silent``."""
        return self.must, self.absent, self.silent


def _numbers(meaning: Optional[pos.Meaning], strict: bool = True, states: bool = True,
             conditional: bool = True) -> List[Value]:
    """The numbers every position that takes a status must report; ``strict``: a position known
    to take one (numbers outside 100-599 are reported there). ``states`` (a deprecated and an
    experimental code) and ``conditional`` (``404 if busy else 299``) are about what the judge
    makes of a value, not where it stands: the many call rows, whose slots are all alike to the
    prefilter and the visitor, leave them out."""
    good = _good(meaning)
    deprecated = _in_state(State.DEPRECATED, meaning)
    experimental = _in_state(State.EXPERIMENTAL, meaning)
    values = [
        Value(str(good), str(good), (("HTS001", _phrase(good)),)),
        Value(str(UNREGISTERED), str(UNREGISTERED), (("HTS002", str(UNREGISTERED)),)),
    ]
    if conditional:
        values.append(Value("ifexp", f"{good} if busy else {UNREGISTERED}",
                            (("HTS001", ""), ("HTS002", ""))))
    if states:
        values += [
            Value(str(deprecated), str(deprecated), (("HTS004", _phrase(deprecated)),)),
            Value(str(experimental), str(experimental), (("HTS005", _phrase(experimental)),)),
        ]
    if strict:
        values.append(Value(str(OUT_OF_RANGE), str(OUT_OF_RANGE), (("HTS003", ""),)))
    else:
        values.append(Value(str(OUT_OF_RANGE), str(OUT_OF_RANGE), silent=True))
    return values


def _class_values(meaning: pos.Meaning) -> List[Value]:
    """HTS007: a status (number or named constant) the call's status class forbids; and the codes
    the class takes besides its digits (``also``), which are no contradiction."""
    taken = pos.STATUS_CLASSES.get(meaning)
    if taken is None:
        return []
    bad = _bad(meaning)
    values = [
        Value(f"contradicts-{bad}", str(bad), (("HTS007", f"{taken.role} needs a {taken.wanted}"),)),
        Value(f"contradicts-{bad}-constant", _stdlib_constant(bad),
              (("HTS007", f"{taken.role} needs a {taken.wanted}"),), header=STDLIB_IMPORT),
    ]
    values += [Value(f"also-{code}", str(code), (("HTS001", ""),), absent=("HTS007",))
               for code in sorted(taken.also)]
    return values


def _strings(row: pos.CallPosition) -> List[Value]:
    """Strings in a call's status slot: status lines where it takes one (HTS006 for a misspelt or
    malformed one), else the wrong type (HTS011) -- but for the digits where ``int()`` takes them."""
    good = _good(row.meaning)
    line = f"{good} {_phrase(good)}"
    if row.status_line or row.accepts_line:
        values = [
            Value("line", repr(line), silent=True),
            Value("misspelt-line", repr(_misspelt(good)), (("HTS006", line),)),
            Value("unregistered-line", repr(f"{UNREGISTERED} Custom"), (("HTS002", ""),)),
        ]
        if row.status_line:  # strict: a string that is no status line is malformed
            values.append(Value("malformed-line", repr(line.replace(" ", "", 1)), (("HTS006", ""),)))
        return values
    if row.int_coerced:
        return [Value("digits", repr(str(good)), silent=True),
                Value("line", repr(line), (("HTS011", pos.INT_OR_DIGITS),))]
    return [Value("digits", repr(str(good)), (("HTS011", pos.INT_REQUIRED),)),
            Value("line", repr(line), (("HTS011", pos.INT_REQUIRED),))]


# --- calls ---------------------------------------------------------------------------------------

def _label(row: pos.CallPosition) -> str:
    """The row's callee, and its slot where several rows share the callee."""
    if sum(r.callee == row.callee for r in pos.CALLS) == 1:
        return row.callee
    return f"{row.callee}@{row.arg if row.arg is not None else row.keyword}"


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
    if row.is_method:
        forms = [
            ("self", "", "class Handler:\n    def handle(self):\n        self.%s({call})\n" % name),
            ("object", "", "app.%s({call})\n" % name),
        ]
        if row.meaning is pos.Meaning.HANDLER:
            forms.append(("decorator", "", "@app.%s({call})\ndef handle(error):\n"
                                           "    return 'error'\n" % name))
        return forms
    module, _, _ = row.callee.rpartition(".")
    if not module:  # a parameter (WSGI's start_response)
        return [
            ("bare", "", "%s({call})\n" % name),
            ("parameter", "", "def app(environ, %s):\n    %s({call})\n    return []\n"
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
    return forms


def _signature(row: pos.CallPosition) -> Tuple[object, ...]:
    """What the visitor and the judge read of a row besides its callee: rows alike in it take the
    same values alike (the prefilter reads only the callee's last name and the slot)."""
    return tuple(getattr(row, field) for field in pos.CallPosition._fields
                 if field not in ("callee", "headers", "body"))


#: The spellings of a callee that depend on the row (its own name, imported or aliased); the others
#: (through its module) are alike for the rows of one module, and walked for the first of them.
ROW_FORMS = ("from", "from-as", "self", "object", "decorator", "bare", "parameter")


def call_cases() -> Iterator[Case]:
    """Every row of CALLS: the spellings of the callee (ROW_FORMS; the others for the first row
    of each module) with a status it takes, and the keyword where the row has one; and every value
    in its canonical form and slot, for the first row of each signature (``_signature``), the other
    rows with the first value."""
    signatures = set()
    modules = set()
    for row in pos.CALLS:
        label = f"calls[{_label(row)}]"
        forms = _callee_forms(row)
        canonical_form, canonical_header, canonical = forms[0]
        keyword_only = row.arg is None
        assert row.keyword is not None or not keyword_only, row
        first = _signature(row) not in signatures
        signatures.add(_signature(row))
        values = [*_numbers(row.meaning, states=False, conditional=False),
                  *_class_values(row.meaning), *_strings(row)]
        for value in values if first else values[:1]:
            source = value.header + canonical_header + canonical.format(
                call=_slot(row, value.src, keyword_only))
            yield Case(f"{label}-{canonical_form}-{value.label}", source, *value.expect)
        good = values[0]
        module = row.callee.rpartition(".")[0]
        first_of_module = module not in modules
        modules.add(module)
        for form, header, template in forms[1:]:
            if form not in ROW_FORMS and not first_of_module:
                continue
            source = header + template.format(call=_slot(row, good.src, keyword_only))
            yield Case(f"{label}-{form}-{good.label}", source, *good.expect)
        if row.keyword is not None and not keyword_only:
            for value in (good, _strings(row)[-1]) if first else (good,):
                source = value.header + canonical_header + canonical.format(
                    call=_slot(row, value.src, True))
                yield Case(f"{label}-{canonical_form}-keyword-{value.label}", source,
                           *value.expect)


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


def _needing_header(meaning: Optional[pos.Meaning]) -> Tuple[int, str]:
    """A status the call takes whose response needs a header (302: Location), and the header."""
    code = next(c for c in (302, *sorted(CATALOGUE)) if required_header(c) and _takes(meaning, c))
    header = required_header(code)
    assert header is not None
    return code, header


def _without_content(meaning: Optional[pos.Meaning]) -> int:
    """A status the call takes whose response has no content (204)."""
    return next(c for c in (204, *sorted(CATALOGUE)) if without_content(c) and _takes(meaning, c))


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
            code, header = _needing_header(row.meaning)
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
            code = _without_content(row.meaning)
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
    status), and strings that are status lines."""
    for keyword in sorted(pos.STATUS_KEYWORDS):
        label = f"keywords[{keyword}]"
        templates = {
            "call": "order.update(%s={v})\n" % keyword,
            "decorator": "@app.get('/', %s={v})\ndef view():\n    pass\n" % keyword,
            "with": "def f():\n    with cm(%s={v}):\n        pass\n" % keyword,
        }
        values = [*_numbers(None, strict=False),
                  Value("small", "3", silent=True),
                  Value("misspelt-line", repr(_misspelt(_good())), (("HTS006", ""),)),
                  Value("line", repr(f"{_good()} {_phrase(_good())}"), silent=True),
                  Value("word", repr("active"), silent=True)]
        for value in values:
            yield Case(f"{label}-call-{value.label}", templates["call"].format(v=value.src),
                       *value.expect)
        good = values[0]
        for form in ("decorator", "with"):
            yield Case(f"{label}-{form}-{good.label}", templates[form].format(v=good.src),
                       *good.expect)


# --- attributes, methods, assertions, match -----------------------------------------------------

def _status_expressions() -> Iterator[Tuple[str, str, bool, str]]:
    """(table, expression, strict, HTS011 reason) for every status attribute and method; the
    reason is "" where a string compared with it is no error (Werkzeug's ``.status``)."""
    for attr in sorted(pos.STATUS_ATTRIBUTES | pos.INT_STATUS_ATTRIBUTES
                       | pos.LOOSE_STATUS_ATTRIBUTES):
        table = "attributes"
        if attr in pos.INT_STATUS_ATTRIBUTES:
            table = "int-attributes"
        if attr in pos.LOOSE_STATUS_ATTRIBUTES:
            table = "loose-attributes"
        yield (table, f"response.{attr}", attr not in pos.LOOSE_STATUS_ATTRIBUTES,
               pos.INT_COMPARED if attr in pos.INT_STATUS_ATTRIBUTES else "")
    for method in sorted(pos.STATUS_METHODS):
        yield "methods", f"urlopen(url).{method}()", True, pos.INT_COMPARED


def _compared_values(strict: bool, reason: str) -> List[Value]:
    values = _numbers(None, strict)
    digits = repr(str(_good()))
    if reason:
        values.append(Value("digits", digits, (("HTS011", reason),)))
    else:
        values.append(Value("digits", digits, silent=True))
    return values


def attribute_cases() -> Iterator[Case]:
    """STATUS_ATTRIBUTES, INT_STATUS_ATTRIBUTES, LOOSE_STATUS_ATTRIBUTES and STATUS_METHODS:
    compared, assigned, matched."""
    for table, expr, strict, reason in _status_expressions():
        label = f"{table}[{expr.rpartition('.')[2]}]"
        good = _good()
        values = _compared_values(strict, reason)
        for value in values:
            operand = f"({value.src})" if " if " in value.src else value.src
            yield Case(f"{label}-eq-{value.label}", f"if {expr} == {operand}:\n    pass\n",
                       *value.expect)
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
            yield Case(f"{label}-{form}-{good}", source, *one.expect)
        yield Case(f"{label}-match-{good}",
                   f"match {expr}:\n    case {good} | {UNREGISTERED}:\n        pass\n"
                   "    case _:\n        pass\n",
                   must=(("HTS001", ""), ("HTS002", "")), needs=(3, 10))
        if table == "methods":
            continue
        assigned = [one, Value("misspelt-line", repr(_misspelt(good)), (("HTS006", ""),))]
        if not strict:
            assigned.append(Value(str(OUT_OF_RANGE), str(OUT_OF_RANGE), silent=True))
        for value in assigned:
            yield Case(f"{label}-assign-{value.label}", f"response.{expr.rpartition('.')[2]} = "
                       f"{value.src}\n", *value.expect)
        yield Case(f"{label}-annassign-{good}",
                   f"response.{expr.rpartition('.')[2]}: int = {good}\n", *one.expect)


def assert_cases() -> Iterator[Case]:
    """ASSERT_METHODS with every status expression, either way round: every case for the first
    method, the others (alike but for their name) with the first."""
    good = _good()
    for index, method in enumerate(sorted(pos.ASSERT_METHODS)):
        for table, expr, strict, reason in _status_expressions():
            label = f"asserts[{method}]-{expr.rpartition('.')[2]}"
            collection = method.replace("Not", "").endswith("In")
            second = f"(200, {good})" if collection else str(good)
            one = Value(str(good), second, (("HTS001", _phrase(good)),))
            template = "class T(TestCase):\n    def test_it(self):\n        self.%s({args})\n" % method
            yield Case(f"{label}-first-{good}", template.format(args=f"{expr}, {second}"),
                       *one.expect)
            if not collection and index == 0:
                yield Case(f"{label}-second-{good}", template.format(args=f"{good}, {expr}"),
                           *one.expect)
                if reason:
                    yield Case(f"{label}-first-digits",
                               template.format(args=f"{expr}, {str(good)!r}"),
                               must=(("HTS011", reason),))
                yield Case(f"{label}-first-{UNREGISTERED}",
                           template.format(args=f"{expr}, {UNREGISTERED}"), must=(("HTS002", ""),))


# --- names assigned in class bodies and status lines -------------------------------------------

def class_name_cases() -> Iterator[Case]:
    """CLASS_STATUS_NAMES: a status where assigned in a class body (formatted with str(): the
    suggestion says so, CLASS_STATUS_TEXT), a look-alike anywhere else."""
    for name in sorted(pos.CLASS_STATUS_NAMES):
        label = f"class-names[{name}]"
        good = _good()
        for value in _numbers(None):
            must = value.must
            if value.label == str(good):
                must = (("HTS001", pos.CLASS_STATUS_TEXT),)
            yield Case(f"{label}-class-{value.label}",
                       f"class NotFound(APIException):\n    {name} = {value.src}\n",
                       must, value.absent, value.silent)
        yield Case(f"{label}-annotated-{good}", f"class NotFound(Exception):\n    {name}: int = {good}\n",
                   must=(("HTS001", pos.CLASS_STATUS_TEXT),))
        yield Case(f"{label}-nested-{good}",
                   f"def make():\n    class Gone(Exception):\n        {name} = {good}\n    return Gone\n",
                   must=(("HTS001", ""),))
        yield Case(f"{label}-module-lookalike", f"{name} = {_in_state(State.EXPERIMENTAL)}\n",
                   silent=True)
        yield Case(f"{label}-function-lookalike", f"def f():\n    {name} = {good}\n    return {name}\n",
                   silent=True)


def status_line_name_cases() -> Iterator[Case]:
    """STATUS_LINE_NAMES: a status line when assigned a string (WSGI's ``status = "200 OK"``)."""
    good = _good()
    deprecated = _in_state(State.DEPRECATED)
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
            yield Case(f"{label}-module-{value.label}", f"{name} = {value.src}\n", *value.expect)
        yield Case(f"{label}-wsgi-misspelt",
                   f"def app(environ, start_response):\n    {name} = {_misspelt(good)!r}\n"
                   f"    start_response({name}, [])\n    return []\n",
                   must=(("HTS006", line),))
        yield Case(f"{label}-annotated-misspelt", f"{name}: str = {_misspelt(good)!r}\n",
                   must=(("HTS006", line),))


# --- responses= of routes ------------------------------------------------------------------------

def responses_cases() -> Iterator[Case]:
    """RESPONSES_KEYWORD of every ROUTE_METHODS entry: its dict keys are statuses (formatted with
    str(): RESPONSES_TEXT)."""
    good = _good()
    keyword = pos.RESPONSES_KEYWORD
    for index, method in enumerate(sorted(pos.ROUTE_METHODS)):
        label = f"responses[{method}]"
        # every value under the first method; the others with one (the method is what differs)
        for value in _numbers(None) if index == 0 else _numbers(None)[:1]:
            must = value.must
            if value.label == str(good):
                must = (("HTS001", pos.RESPONSES_TEXT),)
            if value.label == "ifexp":
                continue  # a conditional key is no way to write a dict
            yield Case(f"{label}-decorator-{value.label}",
                       f"@app.{method}('/items', {keyword}={{{value.src}: {{'model': Message}}}})\n"
                       "async def read_items():\n    return []\n",
                       must, value.absent, value.silent)
        one = (("HTS001", pos.RESPONSES_TEXT),)
        yield Case(f"{label}-call-{good}",
                   f"router = app.{method}(prefix='/x', {keyword}={{{good}: {{}}}})\n", one)
        yield Case(f"{label}-bare-{good}", f"router = {method}({keyword}={{{good}: {{}}}})\n", one)
        yield Case(f"{label}-string-key", f"@app.{method}('/', {keyword}={{'404': {{}}}})\n"
                   "def f():\n    pass\n", silent=True)


# --- views returning (body, status) --------------------------------------------------------------

def _decorator() -> str:
    """The view decorator of the cases: ``route`` where it is one."""
    return "route" if "route" in pos.VIEW_DECORATORS else sorted(pos.VIEW_DECORATORS)[0]


def _view(body: str, returned: str) -> str:
    """A function the framework calls as a view (decorated as a route), returning ``returned``."""
    return f"{body}\n\n@app.{_decorator()}('/items')\ndef view():\n    return {returned}\n"


def _plain_module() -> str:
    """A module whose views return tuples, but only those it routes (not spec-routed)."""
    return sorted(pos.TUPLE_RETURN_MODULES - pos.SPEC_ROUTED_MODULES)[0]


def tuple_return_cases() -> Iterator[Case]:
    """TUPLE_RETURN_MODULES: in a module that imports one, ``return body, status`` in a view: the
    status (non-strict), the headers it needs (HTS009) and the content it forbids (HTS010); a
    plain function's tuple is a look-alike, but in a spec-routed module."""
    good = _good()
    one = (("HTS001", _phrase(good)),)
    for index, module in enumerate(sorted(pos.TUPLE_RETURN_MODULES)):
        label = f"tuple-returns[{module}]"
        imports = {"import": f"import {module}\n", "from": f"from {module} import helpers\n"}
        numbers = _numbers(None, strict=False)
        for value in numbers if index == 0 else numbers[:2]:  # every value under the first
            yield Case(f"{label}-import-{value.label}",
                       _view(imports["import"], f"{{'ok': True}}, {value.src}"), *value.expect)
        yield Case(f"{label}-from-{good}", _view(imports["from"], f"'body', {good}"), one)
        yield Case(f"{label}-with-headers-{good}",
                   _view(imports["import"], f"'body', {good}, {{'X-A': 'b'}}"), one)
        code, header = _needing_header(pos.Meaning.RESPONSE)
        yield Case(f"{label}-headers-missing-{code}", _view(imports["import"], f"'moved', {code}"),
                   (("HTS009", header),))
        yield Case(f"{label}-headers-missing-{code}-constant",
                   _view(imports["import"] + STDLIB_IMPORT, f"'moved', {_stdlib_constant(code)}"),
                   (("HTS009", header),))
        yield Case(f"{label}-headers-given-{code}",
                   _view(imports["import"], f"'moved', {code}, {{{header!r}: '/new'}}"),
                   absent=("HTS009",))
        empty = _without_content(pos.Meaning.RESPONSE)
        yield Case(f"{label}-body-content-{empty}", _view(imports["import"], f"'content', {empty}"),
                   (("HTS010", _phrase(empty)),))
        yield Case(f"{label}-body-empty-{empty}", _view(imports["import"], f"'', {empty}"),
                   absent=("HTS010",))
        yield Case(f"{label}-number-first", _view(imports["import"], f"1, {good}"), silent=True)
        yield Case(f"{label}-class-body",
                   imports["import"] + f"\n\nclass V:\n    pair = 'body', {good}\n", silent=True)
        plain = imports["import"] + f"\n\ndef scale(offset):\n    return offset * 100, {good}\n"
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
    for name in sorted(pos.VIEW_REGISTRARS):
        label = f"view-registrars[{name}]"
        function = f"def index():\n    {returned}\n\n\n"
        resource = f"class Items:\n    def get(self):\n        {returned}\n\n\n"
        yield Case(f"{label}-function", header + function + f"app.{name}('/', index)\n", one)
        yield Case(f"{label}-function-keyword",
                   header + function + f"app.{name}('/', view_func=index)\n", one)
        yield Case(f"{label}-class", header + resource + f"api.{name}(Items, '/items')\n", one)
        # registered through the class itself (``Items.as_view("items")``): equality only, as the
        # table does not say which registrar does that
        yield Case(f"{label}-on-class", header + resource + f"view = Items.{name}('items')\n")
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
        must = ((STATE_CODES[status.state], status.phrase),)
        forms = {
            "from": f"from {owner.module} import {owner.name}\nx = {owner.name}.{name}\n",
            "import": f"import {owner.module}\nx = {owner.path}.{name}\n",
            "from-as": f"from {owner.module} import {owner.name} as S\nx = S.{name}\n",
            "from-owner": f"from {owner.path} import {name}\nx = {name}\n",
            "argument": f"from {owner.module} import {owner.name}\n\n\ndef f():\n"
                        f"    return fetch(timeout=1, fallback={owner.name}.{name})\n",
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
        yield Case(f"owners[{owner.path}]-standard-{standard}",
                   f"from {owner.module} import {owner.name}\nx = {owner.name}.{standard}\n",
                   silent=True)


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
            forms = {
                "renamed-from": f"from {owner.module} import {owner.name}\nx = {owner.name}.{name}\n",
                "renamed-import": f"import {owner.module}\nx = {owner.path}.{name}\n",
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
                row = next(r for m, r in calls.items() if not _takes(m, code))
                kind = "catalogue-names" if name in catalogued else "index-spellings"
                kinds.setdefault(kind, []).append((name, row))
        for kind, lines in kinds.items():
            rows = {row.callee: row for _, row in lines}.values()
            imports = "".join(f"from {r.callee.rpartition('.')[0]} import {r.last_name}\n"
                              for r in rows)
            label = f"owners[{owner.path}]-{kind}"
            yield Case(f"{label}-contradict",
                       imports + f"from {owner.module} import {owner.name}\n" + "".join(
                           f"{row.last_name}({_slot(row, f'{owner.name}.{name}', False)})\n"
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

def _suggestion_snippets() -> Dict[str, str]:
    """One snippet per way a suggestion is made: a call's slot, a compared attribute, a class
    attribute and a responses key (formatted: str() matters), a constructor call."""
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


def style_cases() -> Iterator[Case]:
    """SUGGESTED_OWNERS (every style, old and new target), DISTRIBUTIONS (oldest and newest
    framework versions) and AUTO_STYLES (the framework imported decides the style)."""
    snippets = _suggestion_snippets()
    for style, owner in pos.SUGGESTED_OWNERS.items():
        for target in ((3, 9), (3, 13)):
            config = Config(style=style, target_version=target)
            for kind, source in snippets.items():
                want = owner.name if kind != "constructor" else ""
                yield Case(f"styles[{style}]-py{target[0]}{target[1]}-{kind}", source,
                           (("HTS001", want),), config=config)
    for distribution, style in pos.DISTRIBUTIONS.items():
        for version in ((0,), (99,)):
            config = Config(style=style, min_versions=((style, version),))
            renamed = {code_for_constant(style, name) for name in renamed_names()}
            for code in sorted({_good(), *(c for c in renamed if c is not None)}):
                yield Case(f"distributions[{distribution}]-{version[0]}-{code}",
                           f"x = Response(status={code})\n", (("HTS001", ""),), config=config)
    for style in pos.AUTO_STYLES:
        owner = pos.SUGGESTED_OWNERS[style]
        top = owner.module.split(".", 1)[0]
        yield Case(f"auto-styles[{style}]", f"import {top}\n\nx = handle(status_code=404)\n",
                   (("HTS001", f"{owner.name}.HTTP_404"),))
        yield Case(f"auto-styles[{style}]-owner-imported",
                   f"from {owner.module} import {owner.name} as st\n\nx = handle(status_code=404)\n",
                   (("HTS001", "st.HTTP_404"),))


#: Table -> what walks it. ``test_every_table_is_walked`` holds every public table of positions.py
#: to be here or in EXCLUDED.
WALKERS = {
    "CALLS": call_cases,  # and response_part_cases: the rows' headers and body
    "STATUS_CLASSES": call_cases,  # the meanings of the rows: HTS007 and the ``also`` codes
    "INT_REQUIRED": call_cases,  # HTS011's reasons, each expected in a message
    "INT_OR_DIGITS": call_cases,
    "STATUS_KEYWORDS": keyword_cases,
    "STATUS_ATTRIBUTES": attribute_cases,
    "INT_STATUS_ATTRIBUTES": attribute_cases,
    "LOOSE_STATUS_ATTRIBUTES": attribute_cases,
    "INT_COMPARED": attribute_cases,
    "STATUS_METHODS": attribute_cases,
    "ASSERT_METHODS": assert_cases,
    "CLASS_STATUS_NAMES": class_name_cases,
    "CLASS_STATUS_TEXT": class_name_cases,  # expected in the suggestion's unsafe reason
    "STATUS_LINE_NAMES": status_line_name_cases,
    "RESPONSES_KEYWORD": responses_cases,
    "ROUTE_METHODS": responses_cases,
    "RESPONSES_TEXT": responses_cases,
    "TUPLE_RETURN_MODULES": tuple_return_cases,
    "VIEW_DECORATORS": view_cases,
    "VIEW_BASES": view_cases,
    "VIEW_REGISTRARS": view_cases,
    "SPEC_ROUTED_MODULES": view_cases,
    "OWNERS": owner_cases,
    "SUGGESTED_OWNERS": style_cases,
    "DISTRIBUTIONS": style_cases,
    "AUTO_STYLES": style_cases,
}

#: Public tables of positions.py not walked here, and why.
EXCLUDED = {
    # derived from OWNERS, which is walked; test_derived_tables_follow_owners holds it so
    "CONSTANT_OWNERS": "OWNERS' paths and styles (checked to be derived)",
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
    for walker in dict.fromkeys((*WALKERS.values(), response_part_cases)):
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
        shown += [suggestion.replacement, suggestion.unsafe]
    return any(text in part for part in shown)


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
    """Every public attribute of positions.py that holds data (not a class, function, module or
    the ``annotations`` feature)."""
    kinds = (tuple, list, set, frozenset, dict, str, int)
    return {name: value for name, value in vars(pos).items()
            if not name.startswith("_") and isinstance(value, kinds) and name.isupper()}


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
    "status_line": "the strings (_strings): HTS006",
    "accepts_line": "the strings (_strings): HTS006, not HTS011",
    "int_coerced": "the strings (_strings): HTS011 for a status line, not for digits",
    "headers": "response_part_cases: HTS009",
    "body": "response_part_cases: HTS010",
}
#: Attributes of an OWNERS row and what walks them.
OWNER_FIELDS = {
    "path": "owner_cases", "module": "owner_cases", "name": "owner_cases", "style": "owner_cases",
    "suggested": "style_cases (SUGGESTED_OWNERS)", "distribution": "style_cases (DISTRIBUTIONS)",
    "canonical": "excluded: where the fix command imports a constant from (fix/scope.py); no "
                 "finding depends on it",
}


def test_every_field_of_a_row_is_walked() -> None:
    assert set(pos.CallPosition._fields) == set(CALL_FIELDS), "a CallPosition field not walked"
    assert set(pos.ConstantOwner.__slots__) == set(OWNER_FIELDS), "a ConstantOwner field not walked"


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
        "ROUTE_METHODS": "responses", "TUPLE_RETURN_MODULES": "tuple-returns",
        "VIEW_DECORATORS": "view-decorators", "VIEW_BASES": "view-bases",
        "VIEW_REGISTRARS": "view-registrars", "SPEC_ROUTED_MODULES": "spec-routed",
        "SUGGESTED_OWNERS": "styles", "DISTRIBUTIONS": "distributions", "AUTO_STYLES": "auto-styles",
    }
    if table == "CALLS":
        return [(f"calls[{_label(row)}]-",) for row in value]
    if table == "OWNERS":
        return [(f"owners[{owner.path}.",) for owner in value]
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
    if isinstance(value, str):  # a keyword, or a reason expected in findings
        assert any(value in case.source or value in text for case in loud
                   for _, text in case.must), f"{table}: no case expects {value!r}"
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
    """The numbers and strings chosen above are what this file takes them for."""
    assert lookup(UNREGISTERED) is None and 100 <= UNREGISTERED <= 599
    good = _good()
    misspelt = _misspelt(good).split(" ", 1)[1]
    assert not any(phrase_matches(code, misspelt) for code in CATALOGUE)
    assert not 100 <= OUT_OF_RANGE <= 599
    assert set(STATE_CODES) == {state for state in State if state is not State.STANDARD}
    for meaning in pos.Meaning:
        assert _takes(meaning, _good(meaning)) and _standard(_good(meaning))
        if meaning in pos.STATUS_CLASSES:
            assert not _takes(meaning, _bad(meaning))
