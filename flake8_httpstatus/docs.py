"""The README's rule and option tables and ``docs/rules.md``, made from the rule and option
tables.

``python -m flake8_httpstatus.docs`` prints them; a test keeps the README in step.
"""

from __future__ import annotations

import ast

from flake8_httpstatus.checker import check_source
from flake8_httpstatus.rules import RULES
from flake8_httpstatus.options import OPTIONS, Config

#: Imports that make every rule's example a status position.
PRELUDE = (
    "from http import HTTPStatus\n"
    "from flask import abort, Response\n"
    "from fastapi import HTTPException\n"
)


def example_message(code: str) -> str:
    """What the checker really says about the rule's example."""
    rule = RULES[code]
    findings = check_source(PRELUDE + rule.example + "\n", Config())
    return next(f.text for f in findings if f.code == code)


def rules_table() -> str:
    rows = ["| code | reports | example | message | fix |", "|---|---|---|---|---|"]
    for code, rule in RULES.items():
        message = example_message(code).replace("|", "\\|")
        rows.append(f"| {code} | {rule.summary} | `{rule.example}` | `{message}` | {rule.fix} |")
    return "\n".join(rows)


def options_table() -> str:
    rows = ["| option (`[flake8]` key without dashes) | meaning | default |", "|---|---|---|"]
    for option in OPTIONS:
        default = f"`{option.default}`" if option.default else "none"
        rows.append(f"| `{option.flag}={option.metavar}` | {option.help} | {default} |")
    return "\n".join(rows)


def _code_or_prose(text: str) -> str:
    try:
        ast.parse(text)
    except SyntaxError:
        return text
    return f"`{text}`"


def rules_page() -> str:
    """``docs/rules.md``: one section per rule, in the manner of ruff's rule pages."""
    parts = ["# Rules", "", "<!-- made by `python -m flake8_httpstatus.docs --rules-page`; "
             "edit flake8_httpstatus/rules.py instead -->", ""]
    for code, rule in RULES.items():
        parts += [
            f"## {code} `{rule.name}`", "",
            f"**What it reports.** {rule.summary[0].upper()}{rule.summary[1:]}.", "",
            f"**Why.** {rule.why}", "",
            "**Example.**", "", "```python", rule.example, "```", "",
            f"flake8 says: `{example_message(code)}`", "",
            f"**Use instead.** {_code_or_prose(rule.instead)}"
            + (f" ({rule.instead_note})" if rule.instead_note else ""), "",
            f"**Fix.** {rule.fix[0].upper()}{rule.fix[1:]}.", "",
        ]
    return "\n".join(parts)


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--rules-page"]:
        print(rules_page(), end="")
    else:
        print(rules_table())
        print()
        print(options_table())
