"""Each row of the rule table as a unit, in the manner of Fixit's VALID/INVALID cases: the row's
``example`` gives exactly its code, its ``instead`` gives nothing, and ``fix`` treats a finding as
the row's ``fixability`` says (rewriting a fixable example into the row's ``instead``).

The snippets run after ``docs.PRELUDE``, the imports that make every example a status position (the
same text the README's table and docs/rules.md show the messages of)."""

from __future__ import annotations

import inspect

import pytest

from flake8_httpstatus import checks
from flake8_httpstatus.catalogue import State
from flake8_httpstatus.checker import check_source
from flake8_httpstatus.docs import PRELUDE, example_config
from flake8_httpstatus.fix.fixer import FixOptions, fix_source
from flake8_httpstatus.rules import (
    RULES,
    STATE_RULES,
    UNSAFE_FIXES,
    Fixability,
    Rule,
    in_precedence,
)

ROWS = [pytest.param(rule, id=code) for code, rule in RULES.items()]
#: Every option of ``fix`` that turns a rule's rewrites on.
FIX_FLAGS = tuple(sorted({rule.fix_flag for rule in RULES.values() if rule.fix_flag}))


def module(snippet: str) -> str:
    return PRELUDE + snippet + "\n"


@pytest.mark.parametrize("rule", ROWS)
def test_example_gives_exactly_its_code_and_instead_gives_nothing(rule: Rule) -> None:
    config = example_config(rule)
    assert [finding.code for finding in check_source(module(rule.example), config)] == [rule.code]
    assert check_source(module(rule.instead), config) == []


@pytest.mark.parametrize("rule", ROWS)
def test_fix_treats_the_example_as_the_row_says(rule: Rule) -> None:
    source = module(rule.example).encode("utf-8")
    config = example_config(rule)
    plain = fix_source(source, config)
    flagged = fix_source(source, config, FixOptions(fix_flags=FIX_FLAGS))
    if rule.fixability == Fixability.NEVER:
        assert rule.fix_flag is None
        assert not plain.changed and not flagged.changed  # no option turns it on
        assert [(left.finding.code, left.reason) for left in plain.left] == [(rule.code, "")]
        assert [left.finding.code for left in flagged.left] == [rule.code]
    elif rule.fixability == Fixability.ALWAYS:
        assert rule.fix_flag is None
        assert [finding.code for finding in plain.rewritten] == [rule.code]
        assert plain.fixed.decode("utf-8") == module(rule.instead)
        assert not plain.left
    else:
        assert rule.fixability == Fixability.ON_REQUEST and rule.fix_flag
        assert not plain.changed
        assert [(left.finding.code, left.reason) for left in plain.left] == [
            (rule.code, f"rewritten only with {UNSAFE_FIXES} or {rule.fix_flag}")]
        for flags in ((rule.fix_flag,), (UNSAFE_FIXES,)):
            only_its_flag = fix_source(source, config, FixOptions(fix_flags=flags))
            assert [finding.code for finding in only_its_flag.rewritten] == [rule.code]
            assert only_its_flag.fixed.decode("utf-8") == module(rule.instead)
            assert not only_its_flag.left


@pytest.mark.parametrize("rule", ROWS)
def test_the_row_names_its_check_what_it_silences_and_its_quick_fix_title(rule: Rule) -> None:
    check = getattr(checks, rule.check, None)
    assert inspect.isfunction(check) and check.__module__ == checks.__name__
    assert list(inspect.signature(check).parameters) == ["seen", "rule"]
    assert set(rule.silences) <= set(RULES) - {rule.code}
    if rule.fixability == Fixability.NEVER:
        assert rule.title == ""
    else:  # the editor's quick fix (lsp.py) is titled by the row
        assert "{replacement}" in rule.title
        rule.title.format(literal="404", replacement="HTTPStatus.NOT_FOUND")


def test_precedence_is_the_silences_data() -> None:
    """The checker runs every rule after the rules that silence it, and otherwise in the
    table's order."""
    order = [rule.code for rule in in_precedence()]
    assert sorted(order) == sorted(RULES)
    for rule in RULES.values():
        for silenced in rule.silences:
            assert order.index(rule.code) < order.index(silenced)
    unsilenced = [code for code in order if not any(code in r.silences for r in RULES.values())]
    assert unsilenced == [code for code in RULES if code in unsilenced]


def test_every_state_but_standard_has_its_rule() -> None:
    """A status in such a state gets no HTS001 only because its rule reports it (and silences
    HTS001); ``--httpstatus-allow-experimental`` lifts both."""
    assert set(STATE_RULES) == {state.value for state in State if state is not State.STANDARD}
    assert all("HTS001" in RULES[code].silences for code in STATE_RULES.values())
