"""``flake8-httpstatus rules`` and ``flake8-httpstatus rule CODE``: the rule table on the terminal.

``rules`` lists every code, one aligned line each: its name, whether flake8 reports it unless told
(``on``/``off``) and what ``fix`` does with it. ``rule CODE`` prints the code's section of
``docs/rules.md``, made by the same function (``docs.rule_section``), so the two never differ.
"""

from __future__ import annotations

import sys
from typing import List, Optional, TextIO

from flake8_httpstatus import PROG
from flake8_httpstatus.rules import RULES, UNSAFE_FIXES, Fixability, Rule


def _fixable(rule: Rule) -> str:
    """Whether ``fix`` rewrites the rule's findings: yes (its safe fixes; the unsafe ones with
    ``--unsafe-fixes``), with an option, or no."""
    if rule.fixability == Fixability.ALWAYS:
        return "yes" if rule.safety.startswith("Safe:") else f"yes, unsafe ones with {UNSAFE_FIXES}"
    if rule.fixability == Fixability.ON_REQUEST:
        return f"with {UNSAFE_FIXES} or {rule.fix_flag}"
    return "no"


def rules_listing() -> str:
    """One line per code: code, name, default on/off, what ``fix`` does; columns aligned."""
    rows: List[List[str]] = [["code", "name", "default", "fixable"]]
    rows += [[code, rule.name, "on" if rule.default else "off", _fixable(rule)]
             for code, rule in RULES.items()]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return "".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths))
                   + "  " + row[-1] + "\n" for row in rows)


def show_rules(out: Optional[TextIO] = None) -> int:
    (out or sys.stdout).write(rules_listing())
    return 0


def show_rule(code: str, out: Optional[TextIO] = None, err: Optional[TextIO] = None) -> int:
    """Print the rule's page; an unknown code is one line on ``err`` and exit status 2."""
    wanted = code.strip().upper()
    if wanted not in RULES:
        (err or sys.stderr).write(f"{PROG}: error: unknown rule {code!r} (known: "
                                  f"{', '.join(RULES)}; `{PROG} rules` lists them)\n")
        return 2
    from flake8_httpstatus.docs import rule_section  # LibCST: it runs each rule's example

    (out or sys.stdout).write(rule_section(wanted))
    return 0


__all__ = ["rules_listing", "show_rule", "show_rules"]
