"""From hits to findings: what a literal or constant in a status position means.

This is where the catalogue, the rule table and the options meet. Every rule is a decision on a
``Hit``; none of them walks a tree.
"""

from __future__ import annotations

import re
from typing import Iterator, List, Optional

import libcst as cst

from flake8_httpstatus.visitor import Hit
from flake8_httpstatus.catalogue import (
    CATALOGUE,
    State,
    constant_for,
    is_known,
    likely_meant,
    lookup,
    phrase_matches,
    renamed_to,
    required_header,
    without_content,
)
from flake8_httpstatus.findings import Finding, Suggestion
from flake8_httpstatus.rules import STATE_RULES, format_message
from flake8_httpstatus.options import Config
from flake8_httpstatus.positions import INT_OR_DIGITS, STATUS_CLASSES, Meaning
from flake8_httpstatus.suggest import Suggester

STATUS_LINE = re.compile(r"(\d{3}) (\S.*)", re.DOTALL)
LEADING_CODE = re.compile(r"\s*(\d{3})(?!\d)")


class Judge:
    """Turns the hits of one module into findings."""

    def __init__(self, config: Config, suggester: Suggester) -> None:
        self.config = config
        self.suggester = suggester

    @staticmethod
    def may_report(hit: Hit) -> bool:
        """False for a hit that cannot give a finding (a string that is no status line where none
        is required), so that no position is computed for it."""
        node = hit.node
        if hit.constant_code is not None or not isinstance(node, cst.SimpleString):
            return True
        text = node.evaluated_value
        if hit.wrong_type:
            return isinstance(text, str) and LEADING_CODE.match(text) is not None
        if hit.strict:
            return True
        return isinstance(text, str) and STATUS_LINE.fullmatch(text) is not None

    def findings(self, hit: Hit) -> Iterator[Finding]:
        node = hit.node
        if hit.constant_code is not None:
            renamed = self._renamed(hit, hit.constant_code)
            if renamed is not None:
                yield renamed
            if hit.in_import:
                return
            yield from self._state(hit, hit.constant_code)
            contradiction = self._contradiction(hit, hit.constant_code)
            if contradiction is not None:
                yield contradiction
            yield from self._response(hit, hit.constant_code)
        elif isinstance(node, cst.Integer):
            try:
                value = int(node.value, 0)
            except ValueError:
                return
            yield from self._number(hit, value)
            yield from self._response(hit, value)
        elif isinstance(node, cst.SimpleString) and hit.wrong_type:
            text = node.evaluated_value
            if isinstance(text, str) and LEADING_CODE.match(text) and not (
                    hit.wrong_type == INT_OR_DIGITS and text.strip().isdigit()):  # "404", "200 OK"
                yield self._finding(hit, "HTS011", text, text=_quoted(text),
                                    problem=hit.wrong_type)
        elif isinstance(node, cst.SimpleString) and hit.status_line:
            yield from self._status_line(hit, node)

    # -------------------------------------------------------------------------------------------
    def _finding(self, hit: Hit, code: str, value: int | str,
                 suggestion: Optional[Suggestion] = None, **fields: object) -> Finding:
        assert hit.range is not None, "hits are located before the rules see them"
        start, end = hit.range.start, hit.range.end
        return Finding(
            code, start.line, start.column, end.line, end.column,
            format_message(code, value=value, **fields), value, suggestion,
        )

    def _hint(self, value: int) -> str:
        meant = likely_meant(value)
        if meant is None:
            return ""
        status = lookup(meant)
        phrase = f" ({status.phrase})" if status is not None else ""
        return f"; did you mean {meant}{phrase}?"

    def _state(self, hit: Hit, value: int) -> Iterator[Finding]:
        """HTS004 / HTS005: a code whose state a rule reports wherever it stands."""
        status = lookup(value)
        code = STATE_RULES.get(status.state.value) if status is not None else None
        if status is not None and code is not None and not self._allowed(value):
            yield self._finding(hit, code, value, phrase=status.phrase)

    def _allowed(self, value: int) -> bool:
        """An experimental code the project sends on purpose (``--httpstatus-allow-experimental``):
        a status like any other."""
        return value in self.config.allow_experimental

    def _renamed(self, hit: Hit, value: int) -> Optional[Finding]:
        """HTS008 where the constant's owner renamed it and the new name exists for the versions
        the code supports: at ``owner.OLD_NAME``, and at the name in ``from owner import
        OLD_NAME`` (whose uses ``fix`` renames with it); not at those uses."""
        node = hit.node
        if not isinstance(node, cst.Attribute) and not hit.in_import:
            return None
        config = self.config
        new = renamed_to(value, hit.constant_style, hit.constant_name, config.target_version,
                         dict(config.min_versions))
        status = lookup(value)
        if new is None or status is None:
            return None
        if isinstance(node, cst.Attribute):
            old = _code(node)
            replacement = _code(node.with_changes(attr=cst.Name(new)))
        else:
            old, replacement = hit.constant_name, new
        return self._finding(hit, "HTS008", old, Suggestion(replacement, expect=old),
                             number=value, phrase=status.phrase, constant=replacement)

    def _response(self, hit: Hit, value: int) -> Iterator[Finding]:
        """HTS009 where the response visibly lacks the header its status needs (a redirect's
        Location), HTS010 where it has content its status forbids (a body on 204)."""
        parts, status = hit.parts, lookup(value)
        if parts is None or status is None:
            return
        header = required_header(value)
        if header is not None and parts.headers is not None \
                and header.lower() not in parts.headers:
            yield self._finding(hit, "HTS009", value, phrase=status.phrase, header=header)
        if parts.content and without_content(value):
            yield self._finding(hit, "HTS010", value, phrase=status.phrase)

    def _contradiction(self, hit: Hit, value: int) -> Optional[Finding]:
        """HTS007 where the call does with the status what its class forbids: redirects take
        3xx, errors and error handlers 4xx or 5xx (``positions.STATUS_CLASSES``)."""
        taken = STATUS_CLASSES.get(hit.meaning) if hit.meaning is not None else None
        status = lookup(value)
        if taken is None or status is None or str(value)[0] in taken.digits \
                or value in taken.also:
            return None
        return self._finding(hit, "HTS007", value, phrase=status.phrase, role=taken.role,
                             wanted=taken.wanted)

    def _unregistered(self, hit: Hit, value: int, sentinel: bool) -> Optional[List[Finding]]:
        """None for a catalogued code; else what to report about it: HTS003 outside 100-599
        where a status must stand (``sentinel``: not for 0), HTS002 for an unknown code."""
        if not 100 <= value <= 599:
            strict = hit.strict and not (sentinel and value == 0)
            return [self._finding(hit, "HTS003", value, hint=self._hint(value))] if strict else []
        if lookup(value) is None:
            return [] if is_known(value, self.config.extra_codes) else [
                self._finding(hit, "HTS002", value, hint=self._hint(value))]
        return None

    def _number(self, hit: Hit, value: int) -> Iterator[Finding]:
        # 0 is the conventional "no response yet" sentinel (requests' ``status_code == 0``),
        # never a mistyped status.
        unregistered = self._unregistered(hit, value, sentinel=True)
        if unregistered is not None:
            yield from unregistered
            return
        status = lookup(value)
        assert status is not None
        contradiction = self._contradiction(hit, value)
        if contradiction is not None:
            yield contradiction  # and no constant for it: the number itself is wrong here
        if status.state is not State.STANDARD and not self._allowed(value):
            yield from self._state(hit, value)
            return
        if contradiction is not None or value in self.config.allow_literals:
            return
        suggestion = self._constructor(hit, value) if hit.call is not None \
            else self.suggester.suggest(value, hit.formatted, hit.takes_line, hit.sends_line,
                                        hit.meaning is Meaning.ERROR)
        if suggestion is not None:
            yield self._finding(hit, "HTS001", value, suggestion, phrase=status.phrase,
                                constant=suggestion.replacement)

    def _constructor(self, hit: Hit, value: int) -> Optional[Suggestion]:
        """``HTTPStatus(404)`` -> ``HTTPStatus.NOT_FOUND``, spelt as the call spells the class,
        whatever the style: the result must stay an ``HTTPStatus`` member (``.phrase``)."""
        assert hit.call is not None and hit.call_range is not None
        name = constant_for(value, "stdlib", self.config.target_version)
        if name is None:
            return None
        owner = _code(hit.call.func)
        start, end = hit.call_range.start, hit.call_range.end
        return Suggestion(f"{owner}.{name}", replaces=(start.line, start.column, end.line,
                                                       end.column))

    def _status_line(self, hit: Hit, node: cst.SimpleString) -> Iterator[Finding]:
        text = node.evaluated_value
        if not isinstance(text, str):
            return
        match = STATUS_LINE.fullmatch(text)
        if match is None:
            if hit.strict:
                leading = LEADING_CODE.match(text)
                status = lookup(int(leading.group(1))) if leading else None
                expected = f'"{status.code} {status.phrase}"' if status else '"NNN Reason-Phrase"'
                yield self._finding(hit, "HTS006", text, text=_quoted(text), expected=expected)
            return
        value, phrase = int(match.group(1)), match.group(2)
        unregistered = self._unregistered(hit, value, sentinel=False)
        if unregistered is not None:
            yield from unregistered
            return
        status = lookup(value)
        assert status is not None
        yield from self._state(hit, value)
        if not phrase_matches(value, phrase):
            shouted = phrase.isupper() and not any(phrase_matches(c, phrase) for c in CATALOGUE)
            canonical = status.phrase.upper() if shouted else status.phrase
            fixed = f"{value} {canonical}"
            quote = node.quote
            suggestion = None
            if quote[0] not in fixed and "\\" not in fixed:
                suggestion = Suggestion(f"{node.prefix}{quote}{fixed}{quote}")
            yield self._finding(hit, "HTS006", text, suggestion, text=_quoted(text),
                                expected=_quoted(fixed))


def _code(node: cst.CSTNode) -> str:
    return cst.Module([]).code_for_node(node)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
