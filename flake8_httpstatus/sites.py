"""The records the position tables are made of: what a call does with a status (``Meaning``),
which statuses it takes (``StatusClass``), where it takes an argument (``Slot``), what a string in
its slot is (``Strings``), a call's row (``CallPosition``), and what a position does with the value
standing in it (``Site``), which every ``Hit`` carries.

flake8 imports these in every run, so most are plain classes with ``__slots__`` (cheaper to create
than a NamedTuple or an Enum); ``Meaning`` is an Enum and ``CallPosition`` a NamedTuple, as their
values are compared and hashed by value (the rows of ``call_table`` are tuples of them).
"""

from __future__ import annotations

import enum
from typing import NamedTuple


class Meaning(str, enum.Enum):
    """What a call does with the status it is given."""

    RESPONSE = "response"
    REDIRECT = "redirect"
    ERROR = "error"
    #: an error raiser whose framework answers 204 and 304 with an empty response
    ERROR_OR_EMPTY = "error, or an empty 204 / 304"
    HANDLER = "handler"
    ASSERTION = "assertion"
    CONSTRUCTOR = "constructor"


class StatusClass:
    """The statuses a call of some meaning takes: those whose first digit is in ``digits``, and
    the codes in ``also``; ``role`` and ``wanted`` say it in HTS007's message; ``taken`` and
    ``refused``: a status it takes and one it refuses, the examples the tests put there."""

    __slots__ = ("role", "digits", "wanted", "also", "taken", "refused")

    def __init__(self, role: str, digits: str, wanted: str, also: frozenset[int] = frozenset(),
                 *, taken: int, refused: int) -> None:
        self.role = role
        self.digits = digits
        self.wanted = wanted
        self.also = also
        self.taken = taken
        self.refused = refused


#: The statuses a call of each meaning takes (HTS007 reports any other); a meaning not here
#: takes any status.
STATUS_CLASSES: dict[Meaning, StatusClass] = {
    Meaning.REDIRECT: StatusClass("a redirect", "3", "3xx", taken=302, refused=200),
    Meaning.ERROR: StatusClass("an error", "45", "4xx or 5xx", taken=404, refused=200),
    Meaning.ERROR_OR_EMPTY: StatusClass("an error", "45", "4xx, 5xx, 204 or 304",
                                        frozenset({204, 304}), taken=404, refused=200),
    Meaning.HANDLER: StatusClass("an error handler", "45", "4xx or 5xx", taken=404, refused=302),
}


class Slot:
    """Where a call takes one of its arguments: position ``arg`` and/or any of ``keywords``."""

    __slots__ = ("arg", "keywords")

    def __init__(self, arg: int | None, *keywords: str) -> None:
        self.arg = arg
        self.keywords = keywords

    def __repr__(self) -> str:
        return f"Slot({self.arg!r}, *{self.keywords!r})"


class Strings:
    """What a string in a status slot is: one value per slot (plain strings, as the rule table's
    ``Fixability``). ``WRONG_TYPE`` gives HTS011's reason for the values where a string is the
    wrong type."""

    #: Numbers only: a string here is no status (a dict's keys, a view's tuple, a comparison
    #: with ``.status``, which Werkzeug makes a line).
    IGNORED = "ignored"
    #: A WSGI status line ("200 OK"), checked strictly (``start_response``).
    LINE = "line"
    #: A number, or a status line where one is written (Werkzeug's ``Response(status=...)``,
    #: ``resp.status = ...``, a ``status=`` keyword of any call).
    LINE_OR_NUMBER = "line or number"
    #: As ``LINE_OR_NUMBER``, but the digits alone ("404") are an error (Bottle: "String status
    #: line without a reason phrase"); "404 " is a line.
    LINE_NOT_DIGITS = "line, not digits"
    #: An int is required.
    INT = "int"
    #: An int or its digits: the call turns them into an int with ``int()`` (Django, DRF,
    #: aiohttp).
    INT_OR_DIGITS = "int or digits"
    #: Compared with a status that always holds an int: a string is never equal.
    INT_COMPARED = "int compared"


#: HTS011's reasons: a string where a call requires an int status (or its digits, or a whole line),
#: and a string compared with a status that is always an int.
INT_REQUIRED = "this call requires an int status"
INT_OR_DIGITS = "this call requires an int status or its digits, not a status line"
LINE_OR_INT = "this call requires an int status or a whole status line, not digits alone"
INT_COMPARED = "the status it is compared with is an int, so they are never equal"
#: What makes a string the wrong type in a slot, by what the slot takes.
WRONG_TYPE: dict[str, str] = {
    Strings.INT: INT_REQUIRED, Strings.INT_OR_DIGITS: INT_OR_DIGITS,
    Strings.LINE_NOT_DIGITS: LINE_OR_INT, Strings.INT_COMPARED: INT_COMPARED,
}
#: Strings that stand for a status line in a slot of these kinds.
LINE_STRINGS: frozenset[str] = frozenset({Strings.LINE, Strings.LINE_OR_NUMBER,
                                          Strings.LINE_NOT_DIGITS})
#: Examples, for the tests: strings in a slot of each kind and what each gives there ("" for
#: nothing, else the code). A string is judged by its slot alone, not by the call's meaning.
STRING_EXAMPLES: dict[str, tuple[tuple[str, str], ...]] = {
    Strings.IGNORED: (("404", ""), ("404 Not Foun", "")),
    Strings.LINE: (("404 Not Found", ""), ("404 Not Foun", "HTS006"), ("299 Custom", "HTS002"),
                   ("404Not Found", "HTS006"), ("404", "HTS006")),
    Strings.LINE_OR_NUMBER: (("404 Not Found", ""), ("404 Not Foun", "HTS006"),
                             ("299 Custom", "HTS002"), ("404", "")),
    Strings.LINE_NOT_DIGITS: (("404 Not Found", ""), ("404 Not Foun", "HTS006"),
                              ("299 Custom", "HTS002"), ("404 ", ""), ("404", "HTS011")),
    Strings.INT: (("404 Not Found", "HTS011"), ("404", "HTS011")),
    Strings.INT_OR_DIGITS: (("404", ""), ("404 Not Found", "HTS011")),
    Strings.INT_COMPARED: (("404", "HTS011"), ("404 Not Found", "HTS011")),
}


#: Why a fix to an ``HTTPStatus`` member may change what a program prints where the value is
#: kept as given (``Site.kept``).
KEPT_TEXT = "the value is kept as given, and other code may print it with str()"
#: Where the value kept shows as its ``repr()`` on every Python (``Site.shown``, completed by
#: "<HTTPStatus.OK: 200> for it on every Python"): in a collection (a list's ``str()`` shows its
#: members' reprs), and in an object whose ``str()`` lists its attributes' reprs (a named tuple,
#: Tornado's ``HTTPResponse``).
SHOWN_IN_COLLECTION = "it stands in a collection, and str() of a collection shows"
SHOWN_IN_ATTRIBUTES = "str() of the object that keeps it lists its attributes' repr(), which shows"

#: Calls that do not keep the status by what they do: compare it, look a handler up by it, or
#: make the ``HTTPStatus`` member itself.
NOT_KEPT = frozenset({Meaning.ASSERTION, Meaning.HANDLER, Meaning.CONSTRUCTOR})


class Site:
    """What a status position does with the value standing in it: the row a ``Hit`` carries.

    ``strict``: the position is known to take a status, so numbers outside 100-599 are reported;
    ``strings``: what a string there is (``Strings``); ``meaning``: what the call does with the
    status (HTS007), where known; ``formatted``: where the framework turns the value into text
    with ``str()`` (a reason), or ""; ``takes_line``: a status line may stand there as well as a
    number, where a style of status-line constants may be suggested; ``sends_line``: the
    framework writes the value into the status line it sends, where the reason phrase an
    ``HTTPStatus`` member brings matters; ``kept``: where the value is kept as it is given, so
    that code out of sight may print it (a response's ``.status_code``, an exception's
    attribute), the reason a fix to an ``HTTPStatus`` member may change what is printed before
    Python 3.11 -- "" where it is only compared, looked up, or turned into an int or a line by
    the framework; ``shown``: where the value is kept so that ``str()`` of what keeps it shows its
    ``repr()`` (``[<HTTPStatus.BAD_GATEWAY: 502>]``) on every Python, how (``SHOWN_IN_*``), else
    ""."""

    __slots__ = ("strict", "strings", "meaning", "formatted", "takes_line", "sends_line", "kept",
                 "shown")

    def __init__(self, strict: bool, strings: str = Strings.IGNORED,
                 meaning: Meaning | None = None, formatted: str = "", takes_line: bool = False,
                 sends_line: bool = False, kept: str = "", shown: str = "") -> None:
        self.strict = strict
        self.strings = strings
        self.meaning = meaning
        self.formatted = formatted
        self.takes_line = takes_line
        self.sends_line = sends_line
        self.kept = kept
        self.shown = shown

    def __repr__(self) -> str:
        return (f"Site({self.strict!r}, {self.strings!r}, {self.meaning!r}, "
                f"{self.formatted!r}, {self.takes_line!r}, {self.sends_line!r}, {self.kept!r}, "
                f"{self.shown!r})")


class CallPosition(NamedTuple):
    """A call that takes a status as positional argument ``arg`` and/or keyword ``keyword``.

    ``strings`` says what a string in the slot is (``Strings``): a WSGI status line, a line or a
    number (Werkzeug's responses), an int required (a string there is HTS011) ...

    A call that builds a response says where it takes the response's ``headers`` (HTS009: a
    redirect without ``Location``) and its ``body`` (HTS010: content on a 204).

    ``requires``: the row applies only in a module that imports this package (a method name as
    common as ``.response`` or ``.error`` is a status position only in that framework's code);
    ``formatted``: where the framework turns the status into text with ``str()`` (its API
    document), a reason for the suggestion; ``collection``: the slot takes a list, tuple or set
    of statuses (``Retry(status_forcelist=[502, 503])``); ``converts``: the framework does not
    keep the value as given -- it turns it into an int or a status line, or only looks it up
    (Django's ``int(status)``, Werkzeug's, ``abort``'s exception table) --, so an ``HTTPStatus``
    member there prints nowhere as its name (a call that asserts, handles or constructs converts
    by its meaning); ``shows``: where the call keeps the value in an object whose ``str()`` shows
    its ``repr()`` (``SHOWN_IN_ATTRIBUTES``: Tornado's ``HTTPResponse``, a named tuple), so that a
    member prints as ``<HTTPStatus.OK: 200>`` on every Python.
    """

    callee: str
    arg: int | None
    keyword: str | None
    meaning: Meaning
    strings: str = Strings.INT
    headers: Slot | None = None
    body: Slot | None = None
    requires: str = ""
    formatted: str = ""
    collection: bool = False
    converts: bool = False
    shows: str = ""

    @property
    def judges_constants(self) -> bool:
        """Whether a named constant in the status slot can give a finding here, as a literal
        can: the call takes only some status classes (HTS007, ``STATUS_CLASSES``), or builds a
        response whose headers and body are read against the status (HTS009, HTS010)."""
        return self.meaning in STATUS_CLASSES or self.headers is not None or self.body is not None

    @property
    def is_method(self) -> bool:
        return self.callee.startswith(".")

    @property
    def last_name(self) -> str:
        return self.callee.rsplit(".", 1)[-1]

    def site(self) -> Site:
        """The row as the site of the value in its slot."""
        line = self.strings in LINE_STRINGS
        kept = "" if self.converts or self.meaning in NOT_KEPT else KEPT_TEXT
        shown = (SHOWN_IN_COLLECTION if self.collection else self.shows) if kept else ""
        return Site(True, self.strings, self.meaning, self.formatted, line, line, kept, shown)


class Rows:
    """The fields shared by a group of ``CallPosition`` rows (one framework's calls that take
    the status in the same slot)."""

    __slots__ = ("meaning", "strings", "headers", "body", "requires", "formatted", "collection",
                 "converts", "shows")

    def __init__(self, meaning: Meaning, strings: str = Strings.INT, headers: Slot | None = None,
                 body: Slot | None = None, requires: str = "", formatted: str = "",
                 collection: bool = False, converts: bool = False, shows: str = "") -> None:
        self.meaning = meaning
        self.strings = strings
        self.headers = headers
        self.body = body
        self.requires = requires
        self.formatted = formatted
        self.collection = collection
        self.converts = converts
        self.shows = shows

    def at(self, callees: tuple[str, ...], arg: int | None,
           keyword: str | None) -> tuple[CallPosition, ...]:
        """A row per callee, taking the status at ``arg`` and/or ``keyword``."""
        return tuple(CallPosition(c, arg, keyword, self.meaning, self.strings, self.headers,
                                  self.body, self.requires, self.formatted, self.collection,
                                  self.converts, self.shows)
                     for c in callees)
