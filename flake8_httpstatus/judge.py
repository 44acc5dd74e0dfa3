"""From hits to findings: each rule's check on each hit, in the order the rules' ``silences`` make.

This is where the catalogue, the rule table and the options meet. A rule is its row in
``rules.py`` and its check in ``checks.py``; the judge only runs them: a rule another has silenced
on the same status is skipped, and what a check reports becomes a ``Finding`` with the rule's code
and message. None of them walks a tree.
"""

from __future__ import annotations

from typing import Callable, Iterator, List, Optional, Tuple, cast

import libcst as cst

from flake8_httpstatus import checks
from flake8_httpstatus.checks import LEADING_CODE, STATUS_LINE, Report, Seen
from flake8_httpstatus.findings import Finding, Suggestion
from flake8_httpstatus.options import Config
from flake8_httpstatus.rules import Rule, format_message, in_precedence
from flake8_httpstatus.suggest import Suggester
from flake8_httpstatus.visitor import Hit

Check = Callable[[Seen, Rule], Optional[Report]]

#: Every rule with its check, silencers before the rules they silence.
RULE_CHECKS: List[Tuple[Rule, Check]] = [
    (rule, cast(Check, getattr(checks, rule.check))) for rule in in_precedence()]


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
        if hit.constant is not None or not isinstance(node, cst.SimpleString):
            return True
        text = node.evaluated_value
        if hit.wrong_type:
            return isinstance(text, str) and LEADING_CODE.match(text) is not None
        if hit.strict:
            return True
        return isinstance(text, str) and STATUS_LINE.fullmatch(text) is not None

    def suggest(self, hit: Hit, value: int) -> Optional[Suggestion]:
        """The constant the module's style has for the number (HTS001)."""
        return self.suggester.suggest(value, hit.site)

    def findings(self, hit: Hit) -> Iterator[Finding]:
        seen = checks.seen(hit, self)
        if seen is None:
            return
        silenced: set[str] = set()
        raised = hit.expects_raise
        for rule, check in RULE_CHECKS:
            if rule.code in silenced or raised and not rule.where_raised:
                continue
            report = check(seen, rule)
            if report is not None:
                silenced.update(rule.silences)
                yield _finding(hit, rule.code, report)


def _finding(hit: Hit, code: str, report: Report) -> Finding:
    assert hit.range is not None, "hits are located before the rules see them"
    start, end = hit.range.start, hit.range.end
    return Finding(code, start.line, start.column, end.line, end.column,
                   format_message(code, value=report.value, **report.fields), report.value,
                   report.suggestion)
